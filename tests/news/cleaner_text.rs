//! Cleaner news in (issue 16, the defects found on 8ee4a1f): entities in titles decoded (and
//! so in file names), lines that are only invisible characters or share counters left out, a
//! gzip-compressed saved page read (and another binary file refused), the cited address
//! without tracking parameters (and so a second copy with other ones is the same article), the
//! page's language recorded (declared, or told from its letters).

use std::io::Write;

use crate::run::{article_table, articles, stderr, stdout, Home};
use crate::server::{Route, Server};

/// A Persian page with the defects: an entity in its JSON-LD headline, invisible and counter
/// lines, a canonical address with tracking parameters, no declared language.
fn persian_page(canonical: &str) -> String {
    let body = [
        "وزیر امور خارجه ایران روز دوشنبه گفت که گفت‌وگوها با کشورهای همسایه ادامه خواهد داشت.",
        "\u{200b}",
        "0",
        "\u{feff}",
        "او افزود که هیئت‌های دو کشور هفته آینده در تهران دیدار خواهند کرد و درباره تجارت گفت‌وگو می‌کنند.",
        "به گفته این مقام، توافق‌های پیشین درباره مرزها و آب همچنان پابرجا است و اجرا می‌شود.",
    ]
    .map(|p| format!("<p>{p}</p>"))
    .join("\n");
    format!(
        "<html><head><title>x</title>\
         <link rel=\"canonical\" href=\"{canonical}\">\
         <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
         \"headline\":\"&#8216;گفت‌وگو&#8217; &amp; دیپلماسی\"}}</script></head>\
         <body><article>{body}</article></body></html>"
    )
}

#[test]
fn a_persian_page_is_saved_clean_with_its_language_and_a_clean_address() {
    let (home, server) = (Home::new(), Server::start());
    let canonical = server.url("/fa/1?utm_source=telegram&utm_medium=share&id=9#comments");
    for path in ["/fa/1?fbclid=abc", "/fa/1?utm_campaign=x"] {
        server.route(path, Route::html(&persian_page(&canonical)));
    }
    let o = home.run(&["add", &server.url("/fa/1?fbclid=abc")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let dir = home.data().join("hamish/articles");
    let saved = articles(&dir);
    assert_eq!(saved.len(), 1);
    let name = saved[0].file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(name, "\u{2018}گفت‌وگو\u{2019} & دیپلماسی.txt");
    let text = std::fs::read_to_string(&saved[0]).unwrap();
    assert_eq!(
        text.lines().count(),
        4,
        "title and three paragraphs: {text}"
    );
    assert!(!text.contains('\u{200b}') && !text.contains('\u{feff}') && !text.contains("\n0\n"));
    let info = article_table(&saved[0]);
    assert_eq!(info.url.clone(), Some(server.url("/fa/1?id=9")));
    assert_eq!(info.language.as_deref(), Some("fa"));
    // The same story reached with other tracking parameters is the article saved already.
    let o = home.run(&["add", &server.url("/fa/1?utm_campaign=x")]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), saved[0].display().to_string());
    assert_eq!(articles(&dir).len(), 1);
}

#[test]
fn a_gzip_compressed_saved_page_is_read_and_a_binary_one_refused() {
    let home = Home::new();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(persian_page("https://example.com/fa/1").as_bytes())
        .unwrap();
    let page = home.dir.path().join("page.html");
    std::fs::write(&page, gz.finish().unwrap()).unwrap();
    let o = home.run(&["add", page.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let saved = articles(&home.data().join("hamish/articles"));
    let text = std::fs::read_to_string(&saved[0]).unwrap();
    assert!(
        text.contains("وزیر امور خارجه") && !text.contains('\u{fffd}'),
        "{text}"
    );
    let png = home.dir.path().join("image.html");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let o = home.run(&["add", png.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("a binary file, not a web page"),
        "{}",
        stderr(&o)
    );
}
