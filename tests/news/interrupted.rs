//! `fetch` interrupted, run twice at once, or given a huge feed (issue 19, M2–M4): a kill leaves
//! nothing the next run does not clean, two runs of one feed save each article once, and a feed
//! of hundreds of items is saved a hundred per run with its validators kept.

use std::time::Duration;

use crate::fixtures::{page, rss, story};
use crate::run::{articles, stdout, Home};
use crate::server::{Route, Server};

/// Serves `n` distinct stories at `/s/i`, each answered after `delay`, and a feed of them at
/// `/rss` (with an ETag); returns the feed's address.
fn serve(server: &Server, n: usize, delay: Duration) -> String {
    let mut links = Vec::new();
    for i in 0..n {
        let mut s = story(4);
        s.paragraphs[0] = format!("{} ({i})", s.paragraphs[0]);
        let mut route = Route::html(&page(&s));
        route.delay = Some(delay);
        server.route(&format!("/s/{i}"), route);
        links.push(server.url(&format!("/s/{i}")));
    }
    server.route(
        "/rss",
        Route::ok("application/rss+xml", rss("f", &links)).with("ETag", "\"v1\""),
    );
    server.url("/rss")
}

fn subscribe(home: &Home, url: &str) {
    assert!(home
        .run(&["feed", "add", url, "--name", "f"])
        .status
        .success());
}

/// The addresses the feed folder's annotations files record, sorted (each saved article once).
fn saved_urls(home: &Home) -> Vec<String> {
    let dir = home.data().join("hamish/feeds/f");
    let mut urls: Vec<String> = articles(&dir)
        .iter()
        .map(|a| {
            let side =
                std::fs::read_to_string(format!("{}.annotations.toml", a.display())).unwrap();
            let line = side
                .lines()
                .find(|l| l.starts_with("url = "))
                .unwrap()
                .to_string();
            line.trim_start_matches("url = ")
                .trim_matches('"')
                .to_string()
        })
        .collect();
    urls.sort();
    urls
}

/// Every file name in the feed's folder.
fn names(home: &Home) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(home.data().join("hamish/feeds/f"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    v.sort();
    v
}

#[test]
fn two_fetches_of_one_feed_at_once_save_each_article_once() {
    let (home, server) = (Home::new(), Server::start());
    let url = serve(&server, 3, Duration::from_millis(300));
    subscribe(&home, &url);
    let a = home
        .command(&["fetch"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(100));
    let b = home.command(&["fetch"]).output().unwrap();
    let a = a.wait_with_output().unwrap();
    let both = format!("{}{}", stdout(&a), stdout(&b));
    assert!(both.contains("f: 3 new"), "{both}");
    assert!(
        both.contains("another hamish is saving articles into this folder"),
        "{both}"
    );
    let urls = saved_urls(&home);
    let expected: Vec<String> = (0..3).map(|i| server.url(&format!("/s/{i}"))).collect();
    assert_eq!(urls, expected, "each article once: {:?}", names(&home));
}

#[test]
fn a_killed_fetch_leaves_nothing_the_next_one_does_not_clean() {
    let (home, server) = (Home::new(), Server::start());
    let url = serve(&server, 2, Duration::from_millis(600));
    subscribe(&home, &url);
    let mut child = home.command(&["fetch"]).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(300));
    child.kill().unwrap();
    child.wait().unwrap();
    // What a kill in the middle of writing leaves: the writer's temporary file, the sidecar
    // written before its article.
    let dir = home.data().join("hamish/feeds/f");
    std::fs::write(dir.join(".x.txt.Ab12Cd.tmp"), "half an article").unwrap();
    std::fs::write(
        dir.join("half.txt.annotations.toml"),
        format!(
            "version = 1\n[article]\nfile = \"half.txt\"\nurl = \"{}\"\n\
             fetched = 2026-12-01T00:00:00Z\n",
            server.url("/s/0")
        ),
    )
    .unwrap();
    let o = home.run(&["fetch"]);
    // Killed before its first page came: the feed's validators were not written, it is read again.
    assert_eq!(stdout(&o), "f: 2 new\n");
    let left = names(&home);
    let expected: Vec<String> = (0..2).map(|i| server.url(&format!("/s/{i}"))).collect();
    assert_eq!(saved_urls(&home), expected, "each article once: {left:?}");
    assert!(
        left.iter()
            .all(|n| !n.ends_with(".tmp") && !n.starts_with("half")),
        "{left:?}"
    );
}

#[test]
fn a_feed_of_250_items_is_saved_100_per_fetch_and_its_etag_kept() {
    let (home, server) = (Home::new(), Server::start());
    let url = serve(&server, 250, Duration::ZERO);
    subscribe(&home, &url);
    let dir = home.data().join("hamish/feeds/f");
    let page_requests = || {
        server
            .requests()
            .iter()
            .filter(|r| r.path.starts_with("/s/"))
            .count()
    };
    for (run, saved, waiting) in [(1, 100, 150), (2, 200, 50), (3, 250, 0)] {
        let out = stdout(&home.run(&["fetch"]));
        let expected = match waiting {
            0 => "f: 50 new\n".to_string(),
            w => format!("f: 100 new, {w} wait for a later fetch\n"),
        };
        assert_eq!(out, expected, "run {run}");
        assert_eq!(articles(&dir).len(), saved);
        assert_eq!(page_requests(), saved, "one request per saved item");
    }
    // The feed was asked conditionally after the first run, and answered 304 each time.
    let conditional = server
        .requests()
        .iter()
        .filter(|r| r.path == "/rss" && r.headers.contains_key("if-none-match"))
        .count();
    assert_eq!(conditional, 2);
    assert_eq!(stdout(&home.run(&["fetch"])), "f: not changed\n");
}
