//! `hamish add URL` against a local server: the article, its metadata, one copy per address,
//! character sets, gzip, and every way a server can fail or misbehave.

use std::io::Write;
use std::time::{Duration, Instant};

use crate::fixtures::{expected_text, page, story, BOILERPLATE};
use crate::run::{article_table, articles, stderr, stdout, Home};
use crate::server::{Route, Server};

fn add(home: &Home, urls: &[&str]) -> std::process::Output {
    let to = home.data().join("lib");
    let mut args = vec!["add", "--to", to.to_str().unwrap()];
    args.extend_from_slice(urls);
    home.run(&args)
}

#[test]
fn a_page_over_http_saved_once() {
    let (home, server) = (Home::new(), Server::start());
    let s = story(5);
    server.route("/news/1", Route::html(&page(&s)));
    let url = server.url("/news/1");
    let o = add(&home, &[&url]);
    assert!(o.status.success(), "{}", stderr(&o));
    let saved = articles(&home.data().join("lib"));
    assert_eq!(saved.len(), 1);
    let text = std::fs::read_to_string(&saved[0]).unwrap();
    assert_eq!(text, expected_text(&s));
    for b in BOILERPLATE {
        assert!(!text.contains(b), "{b}");
    }
    let info = article_table(&saved[0]);
    assert_eq!(info.url.clone(), Some(url.clone()));
    assert_eq!(info.source.as_deref(), Some(s.site));
    // The same address again: one copy, the same path printed, no request made.
    let before = server.requests().len();
    let again = add(&home, &[&url]);
    assert!(again.status.success());
    assert_eq!(stdout(&again), stdout(&o));
    assert_eq!(articles(&home.data().join("lib")).len(), 1);
    assert_eq!(server.requests().len(), before);
}

#[test]
fn a_different_article_with_the_same_title_gets_its_own_file() {
    let (home, server) = (Home::new(), Server::start());
    let (a, mut b) = (story(4), story(5));
    b.paragraphs[0] = "فقرة مختلفة تماما عن الأولى في هذا الخبر الطويل بما يكفي لأن تكون مقالا، وفيها كلام كثير عن موضوع آخر.".into();
    server.route("/a", Route::html(&page(&a)));
    server.route("/b", Route::html(&page(&b)));
    let o = add(&home, &[&server.url("/a"), &server.url("/b")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let printed: Vec<String> = stdout(&o).lines().map(str::to_string).collect();
    assert_eq!(articles(&home.data().join("lib")).len(), 2);
    assert!(
        printed[0].ends_with(&format!("/{}.txt", a.title)),
        "{printed:?}"
    );
    assert!(
        printed[1].ends_with(&format!("/{}-2.txt", b.title)),
        "{printed:?}"
    );
    assert_eq!(
        std::fs::read_to_string(&printed[0]).unwrap(),
        expected_text(&a)
    );
    assert_eq!(
        std::fs::read_to_string(&printed[1]).unwrap(),
        expected_text(&b)
    );
}

#[test]
fn windows_1256_from_the_header_and_from_meta() {
    let (home, server) = (Home::new(), Server::start());
    let s = story(4);
    let html = page(&s).replace("<meta charset=\"utf-8\">", "");
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&html);
    server.route(
        "/h",
        Route::ok("text/html; charset=windows-1256", bytes.to_vec()),
    );
    let with_meta = html.replace("<head>", "<head><meta charset=\"windows-1256\">");
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&with_meta);
    server.route("/m", Route::ok("text/html", bytes.to_vec()));
    let o = add(&home, &[&server.url("/h")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let path = stdout(&o).trim().to_string();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), expected_text(&s));
    let o = home.run(&[
        "add",
        "--to",
        home.dir.path().join("m").to_str().unwrap(),
        &server.url("/m"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let path = stdout(&o).trim().to_string();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), expected_text(&s));
}

#[test]
fn gzip_and_redirects_are_followed() {
    let (home, server) = (Home::new(), Server::start());
    let s = story(4);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(page(&s).as_bytes()).unwrap();
    let route = Route::ok("text/html; charset=utf-8", gz.finish().unwrap())
        .with("Content-Encoding", "gzip");
    server.route("/final", route);
    server.route("/r1", Route::redirect("/r2"));
    server.route("/r2", Route::redirect(&server.url("/final")));
    let o = add(&home, &[&server.url("/r1")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let path = stdout(&o).trim().to_string();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), expected_text(&s));
    let info = article_table(std::path::Path::new(&path));
    assert_eq!(info.url.clone(), Some(server.url("/final")));
}

#[test]
fn failures_are_one_line_each_and_the_rest_is_saved() {
    let (home, server) = (Home::new(), Server::start());
    server.route("/good", Route::html(&page(&story(4))));
    server.route("/loop", Route::redirect("/loop"));
    server.route("/six", Route::redirect("/r5"));
    for i in 1..=5 {
        server.route(&format!("/r{i}"), Route::redirect(&format!("/r{}", i - 1)));
    }
    server.route("/r0", Route::html(&page(&story(4))));
    server.route("/ftp", Route::redirect("ftp://127.0.0.1/x"));
    let mut slow = Route::html(&page(&story(4)));
    slow.delay = Some(Duration::from_secs(4));
    server.route("/slow", slow);
    server.route("/huge", Route::html(&"x".repeat(21 * 1024 * 1024)));
    let urls = [
        "/loop", "/six", "/ftp", "/missing", "/slow", "/huge", "/good",
    ]
    .map(|p| server.url(p));
    let mut args: Vec<&str> = urls.iter().map(String::as_str).collect();
    args.push("file:///etc/passwd");
    let start = Instant::now();
    let o = add(&home, &args);
    assert!(
        start.elapsed() < Duration::from_secs(4),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 7, "{err}");
    assert!(lines[0].contains("redirects"), "{err}");
    assert!(lines[1].contains("redirects"), "{err}");
    assert!(lines[2].contains("only http and https"), "{err}");
    assert!(lines[3].contains("404"), "{err}");
    assert!(lines[4].contains("timed out"), "{err}");
    assert!(lines[5].contains("20 MB"), "{err}");
    assert!(lines[6].contains("only http and https"), "{err}");
    assert_eq!(articles(&home.data().join("lib")).len(), 1);
    let hosts: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.headers["host"].clone())
        .collect();
    assert!(hosts.iter().all(|h| h.starts_with("127.0.0.1:")));
}

#[test]
fn escape_sequences_never_reach_the_file_or_the_terminal() {
    let (home, server) = (Home::new(), Server::start());
    let mut s = story(4);
    s.paragraphs[1] = format!(
        "{}\u{1b}[2J\u{1b}]52;c;aGFjaw==\u{7}\u{9b}31m",
        s.paragraphs[1]
    );
    let html = page(&s).replace(s.title, &format!("{}\u{1b}[31m", s.title));
    server.route("/esc", Route::html(&html));
    let o = add(
        &home,
        &[&server.url("/esc"), &server.url("/\u{1b}[2Jmissing")],
    );
    let all = [o.stdout.clone(), o.stderr.clone()].concat();
    assert!(
        !all.iter().any(|&b| b == 0x1b || b == 0x07),
        "{}",
        stderr(&o)
    );
    let saved = articles(&home.data().join("lib"));
    assert_eq!(saved.len(), 1, "{}", stderr(&o));
    let bytes = std::fs::read(&saved[0]).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{text:?}"
    );
    s.paragraphs[1] = s.paragraphs[1].replace("\u{1b}[2J\u{1b}]52;c;aGFjaw==\u{7}\u{9b}31m", "");
    assert_eq!(text, expected_text(&s));
    let sidecar =
        std::fs::read_to_string(format!("{}.annotations.toml", saved[0].display())).unwrap();
    assert!(
        !sidecar.contains("\\u001b") && !sidecar.contains('\u{1b}'),
        "{sidecar}"
    );
}
