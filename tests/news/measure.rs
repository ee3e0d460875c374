//! Measurements for BENCHMARKS.md, ignored by default (run with
//! `cargo test --test news measure -- --ignored --nocapture`): `hamish fetch` of 20 feeds of 50
//! items each against the local server, and the extraction time of one page.

use std::time::Instant;

use crate::fixtures::{page, rss, story};
use crate::run::{articles, stderr, Home};
use crate::server::{Route, Server};

#[test]
#[ignore]
fn measure_fetch_of_20_feeds_of_50_items() {
    let (home, server) = (Home::new(), Server::start());
    for f in 0..20 {
        let mut links = Vec::new();
        for i in 0..50 {
            let mut s = story(8);
            s.paragraphs[0] = format!("{} ({f}/{i})", s.paragraphs[0]);
            let path = format!("/f{f}/{i}");
            server.route(&path, Route::html(&page(&s)));
            links.push(server.url(&path));
        }
        server.route(
            &format!("/f{f}.xml"),
            Route::ok("application/rss+xml", rss("x", &links)),
        );
        let url = server.url(&format!("/f{f}.xml"));
        assert!(home
            .run(&["feed", "add", &url, "--name", &format!("f{f}")])
            .status
            .success());
    }
    let start = Instant::now();
    let o = home.run(&["fetch"]);
    let first = start.elapsed();
    assert!(o.status.success(), "{}", stderr(&o));
    let start = Instant::now();
    assert!(home.run(&["fetch"]).status.success());
    let second = start.elapsed();
    let saved: usize = (0..20)
        .map(|f| articles(&home.data().join(format!("hamish/feeds/f{f}"))).len())
        .sum();
    assert_eq!(saved, 1000);
    println!("fetch, 20 feeds x 50 items: first {first:?}, second (all 304) {second:?}");

    let html = page(&story(8));
    let n = 200;
    let start = Instant::now();
    for _ in 0..n {
        let hints = hamish::fetch::page::Hints::default();
        hamish::fetch::page::read(html.as_bytes(), None, None, &hints).unwrap();
    }
    println!(
        "extraction of one {}-byte page: {:?}",
        html.len(),
        start.elapsed() / n
    );
}
