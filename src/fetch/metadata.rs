//! An article's citation metadata from its page, each field from the most trusted place that
//! has it: JSON-LD `NewsArticle` (or another `Article`), then Open Graph (`og:title`,
//! `og:site_name`, `article:published_time`), then `<meta name="author">` and
//! `<time datetime>`, then the page `<title>` without the site name. Values are one line,
//! without controls. Knows nothing about files or the article's text.

use dom_query::Document;
use serde_json::Value;

use super::clean;

/// What a page says about its article; empty fields are unknown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metadata {
    /// The headline.
    pub title: Option<String>,
    /// The site's name.
    pub source: Option<String>,
    /// The author(s), comma-separated.
    pub author: Option<String>,
    /// When it was published, as the page writes it.
    pub published: Option<String>,
    /// The page's canonical address.
    pub canonical: Option<String>,
    /// Its language as a BCP 47 tag (`ar`, `fa-IR`), as the page declares it.
    pub language: Option<String>,
}

/// The metadata of the page `html`.
pub fn read(html: &str) -> Metadata {
    let doc = Document::from(html);
    let ld = json_ld(&doc);
    let meta = |attr: &str, name: &str| {
        let sel = doc.select(&format!("meta[{attr}=\"{name}\"]"));
        sel.attr("content").map(|v| v.to_string())
    };
    let ld_str = |f: fn(&Value) -> Option<String>| ld.as_ref().and_then(f);
    let source = first([
        ld_str(|v| text(v.get("publisher")?.get("name")?)),
        meta("property", "og:site_name"),
        meta("name", "application-name"),
    ]);
    let page_title = clean::one_line(&doc.select("title").text());
    let headline = clean::one_line(&doc.select("h1").first().text());
    let title = first([
        ld_str(|v| text(v.get("headline")?)),
        meta("property", "og:title"),
        meta("name", "twitter:title"),
        Some(match headline_in(&page_title, &headline) {
            Some(headline) => headline.to_string(),
            None => without_site(&page_title, source.as_deref()),
        }),
    ]);
    let author = first([
        ld_str(|v| authors(v.get("author")?)),
        meta("name", "author"),
        meta("property", "article:author").filter(|a| !a.starts_with("http")),
    ]);
    let published = first([
        ld_str(|v| text(v.get("datePublished")?)),
        meta("property", "article:published_time"),
        doc.select("time[datetime]")
            .attr("datetime")
            .map(|v| v.to_string()),
    ]);
    let canonical = first([
        doc.select("link[rel=\"canonical\"]")
            .attr("href")
            .map(|v| v.to_string()),
        meta("property", "og:url"),
    ]);
    let language = first([
        ld_str(|v| text(v.get("inLanguage")?)),
        doc.select("html").attr("lang").map(|v| v.to_string()),
        meta("property", "og:locale"),
        meta("http-equiv", "content-language"),
    ])
    .and_then(|l| language_tag(&l));
    Metadata {
        title,
        source,
        author,
        published,
        canonical,
        language,
    }
}

/// A language as a BCP 47 tag: `ar_AR` → `ar-AR`, `FA` → `fa`; `None` when it is not one.
fn language_tag(text: &str) -> Option<String> {
    let tag = text.trim().replace('_', "-");
    let mut parts = tag.split('-');
    let primary = parts.next()?.to_ascii_lowercase();
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let rest: Vec<&str> = parts
        .take_while(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
        .collect();
    Some(
        std::iter::once(primary.as_str())
            .chain(rest)
            .collect::<Vec<_>>()
            .join("-"),
    )
}

/// The first value that is not empty once cleaned: HTML entities decoded (sites write
/// `&#8216;` or `&quot;` into JSON-LD and `content` attributes, where no parser decodes them),
/// controls removed, on one line.
fn first<const N: usize>(candidates: [Option<String>; N]) -> Option<String> {
    candidates
        .into_iter()
        .flatten()
        .map(|v| clean::one_line(&html_escape::decode_html_entities(&v)))
        .find(|v| !v.is_empty())
}

/// The first JSON-LD object whose `@type` is an article, looking into arrays and `@graph`.
fn json_ld(doc: &Document) -> Option<Value> {
    doc.select("script[type=\"application/ld+json\"]")
        .iter()
        .filter_map(|s| serde_json::from_str::<Value>(s.text().trim()).ok())
        .find_map(|v| find_article(&v))
}

fn find_article(value: &Value) -> Option<Value> {
    match value {
        Value::Array(items) => items.iter().find_map(find_article),
        Value::Object(map) => {
            if is_article(map.get("@type")) {
                return Some(value.clone());
            }
            map.get("@graph").and_then(find_article)
        }
        _ => None,
    }
}

fn is_article(kind: Option<&Value>) -> bool {
    let named = |v: &Value| {
        v.as_str()
            .is_some_and(|s| s.ends_with("Article") || s == "Report")
    };
    match kind {
        Some(Value::Array(kinds)) => kinds.iter().any(named),
        Some(v) => named(v),
        None => false,
    }
}

/// A JSON-LD string, or the `name` of an object.
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Object(map) => map.get("name").and_then(text),
        Value::Array(items) => items.iter().find_map(text),
        _ => None,
    }
}

/// One author or several, by name.
fn authors(value: &Value) -> Option<String> {
    match value {
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(text).collect();
            (!names.is_empty()).then(|| names.join("، "))
        }
        other => text(other),
    }
}

/// The separators sites put between a headline and their name in a page's `<title>`.
const TITLE_SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " :: ", " · "];

/// The headline of a page `title` that is the page's `<h1>` and the site's name on either side
/// of a separator (`العنوان - الموقع`), when the site's name is written nowhere else.
fn headline_in<'a>(title: &str, headline: &'a str) -> Option<&'a str> {
    let headline = headline.trim();
    headline.split_whitespace().nth(1)?;
    TITLE_SEPARATORS.iter().find_map(|sep| {
        let after = title
            .strip_prefix(headline)
            .and_then(|r| r.strip_prefix(sep));
        let before = title
            .strip_suffix(headline)
            .and_then(|r| r.strip_suffix(sep));
        after
            .or(before)
            .filter(|site| !site.trim().is_empty())
            .map(|_| headline)
    })
}

/// A page title without the site's name (`العنوان - الموقع`, `الموقع | العنوان`).
fn without_site(title: &str, site: Option<&str>) -> String {
    let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) else {
        return title.to_string();
    };
    for sep in TITLE_SEPARATORS {
        if let Some(rest) = title.strip_suffix(site).and_then(|r| r.strip_suffix(sep)) {
            return rest.trim().to_string();
        }
        if let Some(rest) = title.strip_prefix(site).and_then(|r| r.strip_prefix(sep)) {
            return rest.trim().to_string();
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_of_trust() {
        let html = r#"<html><head><title>عنوان الصفحة - الموقع</title>
            <meta property="og:title" content="عنوان og">
            <meta property="og:site_name" content="الموقع">
            <meta name="author" content="كاتب meta">
            <script type="application/ld+json">{"@graph":[{"@type":"WebSite"},
              {"@type":"NewsArticle","headline":"عنوان\u001b[31m LD","author":[{"name":"أ"},{"name":"ب"}],
               "datePublished":"2026-11-20T08:00:00+03:00"}]}</script></head>
            <body><time datetime="2020-01-01">x</time></body></html>"#;
        let m = read(html);
        assert_eq!(m.title.as_deref(), Some("عنوان LD"));
        assert_eq!(m.source.as_deref(), Some("الموقع"));
        assert_eq!(m.author.as_deref(), Some("أ، ب"));
        assert_eq!(m.published.as_deref(), Some("2026-11-20T08:00:00+03:00"));
        let escaped = read(
            r#"<script type="application/ld+json">{"@type":"NewsArticle",
            "headline":"&#8216;\u0642\u0627\u0644&#8217; &quot;\u0646\u0639\u0645&quot; &amp; \u0644\u0627"}</script>"#,
        );
        assert_eq!(
            escaped.title.as_deref(),
            Some("\u{2018}قال\u{2019} \"نعم\" & لا")
        );
        assert_eq!(
            read("<html lang='fa-IR'>").language.as_deref(),
            Some("fa-IR")
        );
        let og = read("<meta property='og:locale' content='ar_AR'>");
        assert_eq!(og.language.as_deref(), Some("ar-AR"));
        assert_eq!(read("<html lang='\u{1b}[2J'>").language, None);
        let plain = read("<title>الموقع | خبر اليوم</title><meta property='og:site_name' content='الموقع'><time datetime='2026-01-02'>");
        assert_eq!(plain.title.as_deref(), Some("خبر اليوم"));
        assert_eq!(plain.published.as_deref(), Some("2026-01-02"));
        assert_eq!(plain.author, None);
    }

    #[test]
    fn a_title_without_metadata_loses_the_site_name_written_beside_the_headline() {
        let page = |title: &str, h1: &str| {
            read(&format!(
                "<title>{title}</title><body><h1>{h1}</h1><p>نص</p>"
            ))
            .title
            .unwrap()
        };
        let headline = "صداقة بوتين وشي.. حائط صد";
        assert_eq!(page(&format!("{headline} - وكالة خبر"), headline), headline);
        assert_eq!(page(&format!("وكالة خبر | {headline}"), headline), headline);
        // A headline that is the whole title, or not in it, or one word, changes nothing.
        assert_eq!(page(headline, headline), headline);
        assert_eq!(page("عنوان آخر - موقع", headline), "عنوان آخر - موقع");
        assert_eq!(page("خبر - موقع", "خبر"), "خبر - موقع");
    }
}
