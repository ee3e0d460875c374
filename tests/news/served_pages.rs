//! News-site-shaped pages in Arabic, Persian and Hebrew (`tests/data/news-pages`) served from
//! 127.0.0.1 and saved with `hamish add URL` as a person saves them (issue 16): the text is the
//! article's body line for line under its title, and the sidecar has the metadata a citation
//! needs — the headline without the site's name, the source, the author where the page names
//! one, the date with its offset, the language and the address without tracking parameters.

use crate::news_pages::{json, pages_dir};
use crate::run::{article_table, articles, stderr, Home};
use crate::server::{Route, Server};
use hamish::annotate::model::ArticleInfo;

/// What one page must come out as: its name in the corpus and the metadata expected, the
/// address written as a path on the test server or as the page's own canonical address.
struct Expected {
    page: &'static str,
    title: &'static str,
    source: &'static str,
    author: Option<&'static str>,
    published: &'static str,
    language: &'static str,
    url: Url,
}

enum Url {
    Served(&'static str),
    Canonical(&'static str),
}

const PAGES: [Expected; 3] = [
    Expected {
        page: "ar-wordpress",
        title: "بوتين: لا تحالف عسكريا مع الصين",
        source: "شبكة الأفق الإخبارية",
        author: Some("سامر الخطيب"),
        published: "2026-11-08T09:30:00+03:00",
        language: "ar",
        url: Url::Canonical("https://alofuq.example/2026/11/putin-china/"),
    },
    Expected {
        page: "fa-bbcstyle",
        title: "چرا قیمت برنج در بازار افزایش یافت؟",
        source: "رادیو نو",
        author: None,
        published: "2026-11-03T08:15:00Z",
        language: "fa",
        url: Url::Served("/fa-bbcstyle?id=3"),
    },
    Expected {
        page: "he-portal",
        title: "רכבת הקלה: הקו הסגול ייפתח באיחור של שנה",
        source: "חדשות העמק",
        author: Some("נועה לוי"),
        published: "2026-11-12T07:45:00+02:00",
        language: "he",
        url: Url::Served("/he-portal?id=3"),
    },
];

#[test]
fn served_rtl_news_pages_come_out_as_their_body_with_full_metadata() {
    let (home, server) = (Home::new(), Server::start());
    let truth = json("news-pages", "ground-truth.json");
    for want in &PAGES {
        let page = pages_dir("news-pages").join(format!("{}.html", want.page));
        let html = std::fs::read_to_string(page).unwrap();
        let path = format!("/{}?utm_source=telegram&id=3&fbclid=x", want.page);
        server.route(&path, Route::html(&html));
        let to = home.dir.path().join(want.page);
        let o = home.run(&["add", "--to", to.to_str().unwrap(), &server.url(&path)]);
        assert!(o.status.success(), "{}: {}", want.page, stderr(&o));
        let saved = articles(&to);
        let text = std::fs::read_to_string(&saved[0]).unwrap();
        let body = truth[want.page]["articleBody"].as_str().unwrap();
        assert_eq!(
            text.trim_end(),
            format!("{}\n{body}", want.title),
            "{}",
            want.page
        );
        check_metadata(&article_table(&saved[0]), want, &server);
    }
}

fn check_metadata(info: &ArticleInfo, want: &Expected, server: &Server) {
    let page = want.page;
    assert_eq!(info.title.as_deref(), Some(want.title), "{page}");
    assert_eq!(info.source.as_deref(), Some(want.source), "{page}");
    assert_eq!(info.author.as_deref(), want.author, "{page}");
    let published = info.published.as_ref().map(ToString::to_string);
    assert_eq!(published.as_deref(), Some(want.published), "{page}");
    assert_eq!(info.language.as_deref(), Some(want.language), "{page}");
    let url = match want.url {
        Url::Served(path) => server.url(path),
        Url::Canonical(url) => url.to_string(),
    };
    assert_eq!(info.url.as_deref(), Some(url.as_str()), "{page}");
}
