//! What `feed add` subscribes to: the address itself when it is a feed, or the feed a site's
//! page names (`<link rel="alternate" type="application/rss+xml">`, Atom or JSON Feed), checked
//! to be one. An address that is neither is refused with the reason, so a typo or a page
//! without a feed is not subscribed to and then failing on every fetch. Knows nothing about
//! files.

use dom_query::Document;

use super::http::{Client, Fetched};
use super::{charset, depth};

/// The feed found for an address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The feed's own address (after redirects).
    pub url: String,
    /// Whether it was named by the page at the address given (not the address itself).
    pub from_page: bool,
}

/// Types of feed a page may name.
const FEED_TYPES: [&str; 4] = [
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
];

/// The feed at or named by `url`.
pub(crate) fn find_feed(client: &Client, url: &str) -> Result<Found, String> {
    let (final_url, body, content_type) = get(client, url)?;
    if is_feed(&body, &final_url) {
        return Ok(Found {
            url: final_url,
            from_page: false,
        });
    }
    let html = charset::decode(&body, content_type.as_deref());
    let named = named_feeds(&html, &final_url)?;
    let Some(first) = named.first() else {
        return Err("neither a feed nor a page that names one".into());
    };
    let (feed_url, body, _) = get_led(client, first, &final_url)?;
    if !is_feed(&body, &feed_url) {
        return Err(format!(
            "the page names {first} as its feed, but that is not a feed"
        ));
    }
    Ok(Found {
        url: feed_url,
        from_page: true,
    })
}

fn get(client: &Client, url: &str) -> Result<(String, Vec<u8>, Option<String>), String> {
    get_led(client, url, url)
}

/// What a page at `from` led to (guarded when it is public: see `guard.rs`).
fn get_led(
    client: &Client,
    url: &str,
    from: &str,
) -> Result<(String, Vec<u8>, Option<String>), String> {
    match client.get_led(url, None, from).map_err(|e| e.to_string())? {
        Fetched::Body(r) => Ok((r.url, r.body, r.content_type)),
        Fetched::NotModified => Err("the server answered 304 Not Modified".into()),
    }
}

fn is_feed(body: &[u8], base: &str) -> bool {
    feed_rs::parser::Builder::new()
        .base_uri(Some(base))
        .build()
        .parse(body)
        .is_ok()
}

/// The feeds `html` (read from `base`) names, in its order, as absolute addresses.
pub(crate) fn named_feeds(html: &str, base: &str) -> Result<Vec<String>, String> {
    depth::check(html)?;
    let base = url::Url::parse(base).ok();
    let doc = Document::from(html);
    let mut found = Vec::new();
    for link in doc.select("link[rel~=\"alternate\"][href]").iter() {
        let kind = link.attr("type").map(|t| t.trim().to_ascii_lowercase());
        if !kind.is_some_and(|k| FEED_TYPES.contains(&k.as_str())) {
            continue;
        }
        let href = link.attr("href").unwrap_or_default().trim().to_string();
        let absolute = match &base {
            Some(b) => b.join(&href).map(|u| u.to_string()).ok(),
            None => url::Url::parse(&href).ok().map(|u| u.to_string()),
        };
        if let Some(a) = absolute.filter(|a| a.starts_with("http")) {
            if !found.contains(&a) {
                found.push(a);
            }
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_names_its_feeds_in_order() {
        let html = r#"<html><head>
            <link rel="stylesheet" href="/a.css">
            <link rel="alternate" type="application/rss+xml" title="الأخبار" href="/rss.xml">
            <link rel="alternate" hreflang="en" href="/en/">
            <link rel="alternate" type="application/atom+xml" href="https://ex.com/atom">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            </head></html>"#;
        assert_eq!(
            named_feeds(html, "https://ex.com/ar/index.html").unwrap(),
            ["https://ex.com/rss.xml", "https://ex.com/atom"]
        );
        assert!(named_feeds("<p>x</p>", "https://ex.com/")
            .unwrap()
            .is_empty());
    }
}
