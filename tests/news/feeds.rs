//! `hamish feed add|list|remove` and `hamish fetch` against a local server: RSS 2.0 and Atom
//! feeds whose items link to pages, a second fetch that adds nothing and asks conditionally,
//! and failures kept to their feed or item.

use crate::fixtures::{atom, expected_text, page, rss, story, Story};
use crate::run::{article_table, articles, stderr, stdout, Home};
use crate::server::{Route, Server};

/// Serves `n` distinct stories under `/PREFIX/i` and returns their addresses and stories.
fn serve_stories(server: &Server, prefix: &str, n: usize) -> (Vec<String>, Vec<Story>) {
    let mut urls = Vec::new();
    let mut stories = Vec::new();
    for i in 0..n {
        let mut s = story(4);
        s.paragraphs[0] = format!("{} ({prefix} {i})", s.paragraphs[0]);
        let path = format!("/{prefix}/{i}");
        server.route(&path, Route::html(&page(&s)));
        urls.push(server.url(&path));
        stories.push(s);
    }
    (urls, stories)
}

#[test]
fn feeds_are_added_listed_and_removed() {
    let (home, server) = (Home::new(), Server::start());
    let (links, _) = serve_stories(&server, "s", 1);
    server.route(
        "/rss",
        Route::ok("application/rss+xml", rss("أخبار", &links)),
    );
    server.route(
        "/atom",
        Route::ok("application/atom+xml", atom("x", &links)),
    );
    let rss_url = server.url("/rss");
    let o = home.run(&["feed", "add", &rss_url, "--name", "BBC عربي"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = home.run(&["feed", "add", &server.url("/atom")]);
    assert_eq!(stdout(&o), "127.0.0.1\n", "named after its host");
    let dup = home.run(&["feed", "add", &server.url("/other"), "--name", "BBC عربي"]);
    assert_eq!(dup.status.code(), Some(1));
    let bad = home.run(&["feed", "add", &server.url("/x"), "--name", "../up"]);
    assert_eq!(bad.status.code(), Some(1));
    let o = home.run(&["feed", "list"]);
    assert_eq!(
        stdout(&o),
        format!("BBC عربي\t{rss_url}\n127.0.0.1\t{}\n", server.url("/atom"))
    );
    let text = std::fs::read_to_string(home.config().join("hamish/feeds.toml")).unwrap();
    assert!(text.contains("[[feed]]\nname = \"BBC عربي\""), "{text}");
    assert!(home.run(&["feed", "remove", "127.0.0.1"]).status.success());
    assert_eq!(
        home.run(&["feed", "remove", "127.0.0.1"]).status.code(),
        Some(1)
    );
    assert_eq!(
        stdout(&home.run(&["feed", "list"])),
        format!("BBC عربي\t{rss_url}\n")
    );
}

#[test]
fn feed_add_finds_the_feed_a_page_names_and_refuses_what_is_no_feed() {
    let (home, server) = (Home::new(), Server::start());
    let (links, _) = serve_stories(&server, "s", 1);
    server.route(
        "/feeds/ar.xml",
        Route::ok("application/rss+xml", rss("أخبار", &links)),
    );
    let site = "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" \
                href=\"/feeds/ar.xml\"></head><body><p>الصفحة الرئيسية</p></body></html>";
    server.route("/ar/", Route::html(site));
    let o = home.run(&["feed", "add", &server.url("/ar/"), "--name", "site"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!(
            "subscribed to the feed it names: {}",
            server.url("/feeds/ar.xml")
        )),
        "{}",
        stderr(&o)
    );
    let list = stdout(&home.run(&["feed", "list"]));
    assert_eq!(list, format!("site\t{}\n", server.url("/feeds/ar.xml")));
    // A page that names no feed, an address that does not answer, a page naming a broken feed.
    server.route(
        "/plain",
        Route::html("<html><body><p>لا شيء هنا</p></body></html>"),
    );
    server.route(
        "/liar",
        Route::html("<link rel=alternate type=application/atom+xml href=/plain>"),
    );
    for (path, why) in [
        ("/plain", "neither a feed nor a page that names one"),
        ("/missing", "HTTP 404"),
        ("/liar", "but that is not a feed"),
    ] {
        let o = home.run(&["feed", "add", &server.url(path), "--name", "x"]);
        assert_eq!(o.status.code(), Some(1), "{path}");
        assert!(stderr(&o).contains(why), "{path}: {}", stderr(&o));
    }
    assert_eq!(stdout(&home.run(&["feed", "list"])).lines().count(), 1);
}

#[test]
fn fetch_saves_new_items_once_and_asks_conditionally() {
    let (home, server) = (Home::new(), Server::start());
    let (rss_urls, rss_stories) = serve_stories(&server, "rss", 3);
    let (atom_urls, _) = serve_stories(&server, "atom", 2);
    server.route(
        "/rss.xml",
        Route::ok("application/rss+xml", rss("أخبار", &rss_urls)).with("ETag", "\"v1\""),
    );
    server.route(
        "/atom.xml",
        Route::ok("application/atom+xml", atom("مقالات", &atom_urls))
            .with("Last-Modified", "Fri, 20 Nov 2026 08:00:00 GMT"),
    );
    assert!(home
        .run(&["feed", "add", &server.url("/rss.xml"), "--name", "أخبار"])
        .status
        .success());
    assert!(home
        .run(&["feed", "add", &server.url("/atom.xml"), "--name", "atom"])
        .status
        .success());
    let o = home.run(&["fetch"]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    assert_eq!(stdout(&o), "أخبار: 3 new\natom: 2 new\n");
    let feeds = home.data().join("hamish/feeds");
    let saved = articles(&feeds.join("أخبار"));
    assert_eq!(saved.len(), 3);
    let texts: Vec<String> = saved
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    for s in &rss_stories {
        assert!(texts.contains(&expected_text(s)));
    }
    let urls: Vec<Option<String>> = saved.iter().map(|p| article_table(p).url.clone()).collect();
    assert!(rss_urls.iter().all(|u| urls.contains(&Some(u.clone()))));
    assert_eq!(articles(&feeds.join("atom")).len(), 2);

    a_second_fetch_adds_nothing_and_asks_conditionally(&home, &server);
    a_changed_feed_gives_only_its_new_item(&home, &server, &rss_urls);
}

/// A second `fetch` asks for the feeds only, with their validators, and adds nothing.
fn a_second_fetch_adds_nothing_and_asks_conditionally(home: &Home, server: &Server) {
    let before = server.requests().len();
    let o = home.run(&["fetch"]);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "أخبار: not changed\natom: not changed\n");
    let second: Vec<_> = server.requests()[before..].to_vec();
    assert_eq!(second.len(), 2, "only the feeds are asked for: {second:?}");
    let rss_req = second.iter().find(|r| r.path == "/rss.xml").unwrap();
    assert_eq!(
        rss_req.headers.get("if-none-match").map(String::as_str),
        Some("\"v1\"")
    );
    let atom_req = second.iter().find(|r| r.path == "/atom.xml").unwrap();
    assert_eq!(
        atom_req
            .headers
            .get("if-modified-since")
            .map(String::as_str),
        Some("Fri, 20 Nov 2026 08:00:00 GMT")
    );
}

/// A changed feed with the old items and one more: only the new one is fetched.
fn a_changed_feed_gives_only_its_new_item(home: &Home, server: &Server, rss_urls: &[String]) {
    let feeds = home.data().join("hamish/feeds");
    let (more, _) = serve_stories(server, "more", 1);
    let all = [rss_urls.to_vec(), more].concat();
    server.route(
        "/rss.xml",
        Route::ok("application/rss+xml", rss("أخبار", &all)),
    );
    let o = home.run(&["fetch", "أخبار"]);
    assert_eq!(stdout(&o), "أخبار: 1 new\n");
    assert_eq!(articles(&feeds.join("أخبار")).len(), 4);
}

/// Writes `feeds.toml` naming each `(path on the server, name)`, without fetching anything.
fn subscribe_by_hand(home: &Home, server: &Server, feeds: &[(&str, &str)]) {
    let subscriptions: String = feeds
        .iter()
        .map(|(path, name)| {
            format!(
                "[[feed]]\nname = \"{name}\"\nurl = \"{}\"\n\n",
                server.url(path)
            )
        })
        .collect();
    std::fs::create_dir_all(home.config().join("hamish")).unwrap();
    std::fs::write(home.config().join("hamish/feeds.toml"), subscriptions).unwrap();
}

#[test]
fn a_broken_feed_or_item_does_not_stop_the_rest() {
    let (home, server) = (Home::new(), Server::start());
    let (mut urls, _) = serve_stories(&server, "ok", 2);
    urls.insert(1, server.url("/gone"));
    server.route(
        "/good.xml",
        Route::ok("application/rss+xml", rss("good", &urls)),
    );
    server.route(
        "/broken.xml",
        Route::ok("application/rss+xml", "<rss><channel><item><title>x</titl"),
    );
    // Subscribed by hand (feed add would refuse the first two): as feeds that broke later.
    subscribe_by_hand(
        &home,
        &server,
        &[
            ("/broken.xml", "broken"),
            ("/missing.xml", "missing"),
            ("/good.xml", "good"),
        ],
    );
    let o = home.run(&["fetch"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    let starts = [
        "broken: failed: not a valid feed",
        "missing: failed: HTTP 404",
        "good: 2 new, 1 failed: http://127.0.0.1:",
    ];
    for (line, start) in lines.iter().zip(starts) {
        assert!(line.starts_with(start), "{out}");
    }
    let end = "/gone: HTTP 404 Not Found, 1 wait for a later fetch";
    assert!(lines[2].ends_with(end), "{out}");
    // The failed item waits an hour before it is tried again; the saved ones never are.
    let before = server.requests().len();
    let o = home.run(&["fetch", "good"]);
    assert_eq!(stdout(&o), "good: 0 new, 1 wait for a later fetch\n");
    let paths = |from: usize| paths_since(&server, from);
    assert_eq!(paths(before), ["/good.xml"]);
    // Once its time has come (here: written by hand), it is tried again, and given up after
    // the fifth failure: marked seen, never requested again.
    let state = home.data().join("hamish/feeds/good/.hamish-feed.toml");
    for tries in 2..=5 {
        let text = std::fs::read_to_string(&state).unwrap();
        assert!(text.contains(&format!("tries = {}", tries - 1)), "{text}");
        let due = text.replace(&after_line(&text), "after = 0");
        std::fs::write(&state, due).unwrap();
        let before = server.requests().len();
        let out = stdout(&home.run(&["fetch", "good"]));
        assert_eq!(paths(before), ["/good.xml", "/gone"]);
        if tries == 5 {
            assert!(out.ends_with(", 1 given up after 5 tries\n"), "{out}");
        }
    }
    let before = server.requests().len();
    assert_eq!(stdout(&home.run(&["fetch", "good"])), "good: 0 new\n");
    assert_eq!(paths(before), ["/good.xml"]);
}

/// The paths the server was asked for, from its `from`th request on.
fn paths_since(server: &Server, from: usize) -> Vec<String> {
    server.requests()[from..]
        .iter()
        .map(|r| r.path.clone())
        .collect()
}

/// The `after = …` line of a feed's state file.
fn after_line(state: &str) -> String {
    state
        .lines()
        .find(|l| l.starts_with("after = "))
        .unwrap()
        .to_string()
}

#[test]
fn a_json_feed_and_an_rss_1_feed_are_read_too() {
    let (home, server) = (Home::new(), Server::start());
    let (urls, stories) = serve_stories(&server, "json", 2);
    let items: Vec<String> = urls
        .iter()
        .map(|u| format!("{{\"id\":\"{u}\",\"url\":\"{u}\",\"title\":\"خبر\"}}"))
        .collect();
    let json = format!(
        "{{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"ج\",\"items\":[{}]}}",
        items.join(",")
    );
    server.route("/feed.json", Route::ok("application/feed+json", json));
    let (rdf_urls, _) = serve_stories(&server, "rdf", 1);
    let rdf = format!(
        "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" \
         xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"x\"><title>r</title><link>x</link>\
         <description>d</description></channel><item rdf:about=\"{u}\"><title>خبر</title>\
         <link>{u}</link></item></rdf:RDF>",
        u = rdf_urls[0]
    );
    server.route("/rdf.xml", Route::ok("application/rdf+xml", rdf));
    home.run(&["feed", "add", &server.url("/feed.json"), "--name", "json"]);
    home.run(&["feed", "add", &server.url("/rdf.xml"), "--name", "rdf"]);
    let o = home.run(&["fetch"]);
    assert_eq!(stdout(&o), "json: 2 new\nrdf: 1 new\n", "{}", stderr(&o));
    let saved = articles(&home.data().join("hamish/feeds/json"));
    let texts: Vec<String> = saved
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert!(stories.iter().all(|s| texts.contains(&expected_text(s))));
}

#[test]
fn fetch_without_feeds_or_with_an_unknown_name_says_so() {
    let home = Home::new();
    let o = home.run(&["fetch"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no feeds yet"), "{}", stderr(&o));
    std::fs::create_dir_all(home.config().join("hamish")).unwrap();
    std::fs::write(
        home.config().join("hamish/feeds.toml"),
        "[[feed]]\nname = \"a\"\nurl = \"http://127.0.0.1:9/rss\"\n",
    )
    .unwrap();
    let o = home.run(&["fetch", "b\u{1b}[2J"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
    assert!(
        stderr(&o).starts_with("hamish: b␛[2J: no such feed"),
        "{}",
        stderr(&o)
    );
}
