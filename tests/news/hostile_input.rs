//! Input built to make `add` and `fetch` hang or crash (issue 19): pages nested deep (H3, M1:
//! 100,000 nested `<div>`s took a quarter of an hour for one feed item, 10,000 nested `<span>`s
//! overflowed the stack), refused at once with the reason while the feed's other items are
//! saved; and named pipes where the files they read should be (H1), named, never waited on.

use crate::common::bounded::mkfifo;
use crate::fixtures::{page, rss, story};
use crate::run::{articles, stderr, stdout, Home};
use crate::server::{Route, Server};

/// A page whose article sits inside `n` nested `tag`s.
fn nested(tag: &str, n: usize) -> String {
    let text = "<p>نص عربي طويل بما يكفي ليكون مقالاً كاملاً يقرؤه الباحث.</p>".repeat(20);
    format!(
        "<html><head><title>عميق</title></head><body>{}{text}{}</body></html>",
        format!("<{tag}>").repeat(n),
        format!("</{tag}>").repeat(n)
    )
}

#[test]
fn deeply_nested_local_pages_are_refused_with_the_reason() {
    let home = Home::new();
    for (tag, n) in [("div", 100_000), ("span", 10_000)] {
        let html = home.dir.path().join(format!("{tag}.html"));
        std::fs::write(&html, nested(tag, n)).unwrap();
        let o = home.run(&["add", html.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("nests its elements more than 512 deep"),
            "{err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    assert!(articles(&home.data().join("hamish/articles")).is_empty());
    // The same text nested a few dozen deep, as real pages are, is read.
    let html = home.dir.path().join("fine.html");
    std::fs::write(&html, nested("div", 60)).unwrap();
    let o = home.run(&["add", html.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_deep_feed_item_fails_alone_and_the_others_are_saved() {
    let (home, server) = (Home::new(), Server::start());
    server.route("/ok", Route::html(&page(&story(4))));
    server.route("/deep", Route::html(&nested("div", 100_000)));
    server.route("/crash", Route::html(&nested("span", 10_000)));
    let links = [server.url("/deep"), server.url("/ok"), server.url("/crash")];
    server.route(
        "/rss",
        Route::ok("application/rss+xml", rss("hostile", &links)),
    );
    let add = home.run(&["feed", "add", &server.url("/rss"), "--name", "hostile"]);
    assert!(add.status.success(), "{}", stderr(&add));
    let o = home.run(&["fetch"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("hostile: 1 new, 2 failed: "), "{out}");
    assert!(out.contains("more than 512 deep"), "{out}");
    assert_eq!(articles(&home.data().join("hamish/feeds/hostile")).len(), 1);
}

#[test]
fn pipes_for_the_files_add_and_fetch_read_are_named_not_waited_on() {
    let (home, server) = (Home::new(), Server::start());
    server.route("/ok", Route::html(&page(&story(4))));
    server.route(
        "/rss",
        Route::ok("application/rss+xml", rss("f", &[server.url("/ok")])),
    );
    // A pipe where an annotations file of the folder `add` saves into would be.
    let lib = home.dir.path().join("lib");
    mkfifo(&lib.join("old.txt.annotations.toml"));
    let html = home.dir.path().join("p.html");
    std::fs::write(&html, page(&story(4))).unwrap();
    let o = home.run_bounded(&["add", "--to", lib.to_str().unwrap(), html.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(articles(&lib).len(), 1);
    // A pipe as the feed's state file: the feed is fetched as if new.
    let add = home.run_bounded(&["feed", "add", &server.url("/rss"), "--name", "f"]);
    assert!(add.status.success(), "{}", stderr(&add));
    mkfifo(&home.data().join("hamish/feeds/f/.hamish-feed.toml"));
    let o = home.run_bounded(&["fetch"]);
    assert!(
        stdout(&o).starts_with("f: 1 new"),
        "{}{}",
        stdout(&o),
        stderr(&o)
    );
    // A pipe as the subscriptions file: named, exit 1.
    let feeds = home.config().join("hamish/feeds.toml");
    std::fs::remove_file(&feeds).unwrap();
    mkfifo(&feeds);
    for args in [&["feed", "list"][..], &["fetch"]] {
        let o = home.run_bounded(args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&o).contains("named pipe"),
            "{args:?}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn script_links_and_bidi_overrides_from_a_page_never_reach_the_files() {
    let home = Home::new();
    let body = "<p>نص عربي طويل بما يكفي ليكون مقالاً كاملاً يقرؤه الباحث في الصباح.</p>".repeat(8);
    let html = format!(
        "<html><head><title>عنوان\u{202e}txt.exe</title>\
         <meta property=\"og:site_name\" content=\"مصدر\u{2066}\u{85}x\">\
         <meta name=\"author\" content=\"كاتب\u{202d}\">\
         <link rel=\"canonical\" href=\"javascript:alert(1)\"></head>\
         <body><article>{body}</article></body></html>"
    );
    let page = home.dir.path().join("p.html");
    std::fs::write(&page, html).unwrap();
    let lib = home.dir.path().join("lib");
    let o = home.run_bounded(&["add", "--to", lib.to_str().unwrap(), page.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let saved = articles(&lib);
    let sidecar =
        std::fs::read_to_string(format!("{}.annotations.toml", saved[0].display())).unwrap();
    for raw in ['\u{202e}', '\u{2066}', '\u{202d}', '\u{85}'] {
        assert!(
            !sidecar.contains(raw),
            "U+{:04X} raw in {sidecar}",
            raw as u32
        );
    }
    assert!(!sidecar.contains("javascript"), "{sidecar}");
    let o = home.run_bounded(&[
        "meta",
        saved[0].to_str().unwrap(),
        "--url",
        "javascript:alert(1)",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("http"), "{}", stderr(&o));
}

#[test]
fn feed_names_that_cannot_be_folders_are_refused_saying_why() {
    let home = Home::new();
    let long = "خبر".repeat(30);
    for (name, why) in [
        ("\u{200d}", "invisible characters alone"),
        ("../up", "leading dot"),
        ("CON", "names Windows reserves"),
        (long.as_str(), "at most 120 bytes (this one has 180)"),
    ] {
        let o = home.run(&["feed", "add", "http://127.0.0.1:9/rss", "--name", name]);
        assert_eq!(o.status.code(), Some(1), "{name}");
        assert!(stderr(&o).contains(why), "{name}: {}", stderr(&o));
    }
    // A folder that cannot be saved into is named, not the page.
    let html = home.dir.path().join("p.html");
    std::fs::write(&html, page(&story(4))).unwrap();
    let not_a_folder = html.join("lib");
    let o = home.run(&[
        "add",
        "--to",
        not_a_folder.to_str().unwrap(),
        html.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.starts_with(&format!("hamish: {}:", not_a_folder.display())),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn a_name_that_resolves_inward_is_refused_only_when_a_public_address_led_there() {
    use hamish::fetch::http::{Client, Fetched};
    use std::net::ToSocketAddrs;
    // This machine's own name: on the project's machines it resolves to 127.0.0.1 (/etc/hosts),
    // a name the literal check cannot judge, as a rebinding attacker's name would be.
    let name = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    let name = name.trim();
    let server = Server::start();
    server.route("/x", Route::html("<p>internal</p>"));
    let port = server.base.rsplit(':').next().unwrap().to_string();
    let loopback = (name, 80)
        .to_socket_addrs()
        .is_ok_and(|mut a| a.all(|a| a.ip().is_loopback()));
    if name.is_empty() || !loopback {
        eprintln!("skipped: this machine's name does not resolve to loopback");
        return;
    }
    let inward = format!("http://{name}:{port}/x");
    let client = Client::new(std::time::Duration::from_secs(5));
    // Asked for directly (a user's own intranet feed), it is fetched.
    assert!(matches!(client.get(&inward, None), Ok(Fetched::Body(_))));
    // Led to by a public feed or page, it is refused before anything is sent.
    let before = server.requests().len();
    let Err(e) = client.get_led(&inward, None, "https://news.example.com/feed.xml") else {
        panic!("a public feed led to {inward}, and it was fetched");
    };
    assert!(e.to_string().contains("a public address led there"), "{e}");
    assert_eq!(server.requests().len(), before);
}
