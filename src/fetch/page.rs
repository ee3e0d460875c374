//! One page turned into an article ready to save: its bytes decoded, the article's paragraphs
//! extracted, its metadata read and completed from what the caller knows (a feed item's title
//! and date, the feed's name, the address). Functions from data to data.

use toml::value::Datetime;

use super::{address, charset, clean, depth, extract, language, metadata};

/// An article with everything its sidecar records.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// The headline.
    pub title: String,
    /// The site's name.
    pub source: Option<String>,
    /// The address it was fetched from (after redirects), or its canonical address.
    pub url: Option<String>,
    /// The author(s).
    pub author: Option<String>,
    /// When it was published.
    pub published: Option<Datetime>,
    /// The text, one paragraph per entry.
    pub paragraphs: Vec<String>,
    /// Its language (BCP 47), as the page declares it or as its letters tell.
    pub language: Option<String>,
}

/// What is known about a page before it is read (from a feed item); used when the page is
/// silent.
#[derive(Clone, Debug, Default)]
pub struct Hints {
    /// The item's title.
    pub title: Option<String>,
    /// The feed's name.
    pub source: Option<String>,
    /// The item's date, RFC 3339.
    pub published: Option<String>,
    /// The item's author.
    pub author: Option<String>,
}

/// The article in a page's `bytes`.
pub fn read(
    bytes: &[u8],
    content_type: Option<&str>,
    url: Option<&str>,
    hints: &Hints,
) -> Result<Article, String> {
    let html = charset::decode(bytes, content_type);
    depth::check(&html)?;
    let (meta, extracted) =
        crate::contained::run(|| (metadata::read(&html), extract::extract(&html, url)))
            .map_err(|e| format!("the page could not be taken apart ({e})"))?;
    let extracted = extracted?;
    let title = meta
        .title
        .or_else(|| hints.title.as_deref().map(clean::one_line))
        .filter(|t| !t.is_empty())
        .unwrap_or(extracted.title);
    let source = meta
        .source
        .or_else(|| hints.source.as_deref().map(clean::one_line))
        .or_else(|| url.and_then(host));
    let published = meta
        .published
        .as_deref()
        .and_then(datetime)
        .or_else(|| hints.published.as_deref().and_then(datetime));
    // The page's own canonical address when it gives one, else where it was fetched from.
    let url = meta
        .canonical
        .filter(|u| crate::annotate::meta::is_web_address(u))
        .or(url.map(str::to_string))
        .filter(|u| crate::annotate::meta::is_web_address(u))
        .map(|u| address::without_tracking(&u));
    let author = meta
        .author
        .or_else(|| hints.author.as_deref().map(clean::one_line));
    let paragraphs = without_headline(extracted.paragraphs, &title);
    let paragraphs = without_byline(paragraphs, author.as_deref());
    let language = meta
        .language
        .or_else(|| language::from_letters(&paragraphs).map(str::to_string));
    Ok(Article {
        title,
        source,
        url,
        author,
        published,
        paragraphs,
        language,
    })
}

/// Longest line taken for a byline.
const BYLINE_CHARS: usize = 80;

/// `paragraphs` without a byline line at their start (a short line naming the author, which
/// readability keeps when the metadata already gave the author): the sidecar holds it.
fn without_byline(mut paragraphs: Vec<String>, author: Option<&str>) -> Vec<String> {
    let Some(author) = author.filter(|a| !a.is_empty()) else {
        return paragraphs;
    };
    let is_byline = |p: &String| p.chars().count() <= BYLINE_CHARS && p.contains(author);
    if paragraphs.len() > 1 && paragraphs.iter().take(2).any(is_byline) {
        let at = paragraphs.iter().position(is_byline).unwrap_or(0);
        paragraphs.remove(at);
    }
    paragraphs
}

/// The most paragraphs before the headline looked at, and the longest (in words) of the
/// kicker or section name that may stand before it.
const HEADLINE_WITHIN: usize = 3;
const KICKER_WORDS: usize = 4;

/// `paragraphs` without the headline readability kept at their start when it is longer or
/// shorter than the title the metadata gave (`<h1>` "X: the full story" beside `og:title`
/// "X"), and the kicker or section name above it ("سينما", "Politics"): the title line says it.
fn without_headline(mut paragraphs: Vec<String>, title: &str) -> Vec<String> {
    let title = title.trim();
    if title.split_whitespace().count() < 3 {
        return paragraphs;
    }
    // The metadata's title may keep the site's name before the headline ("Site | Headline").
    let is_headline = |p: &String| {
        p == title
            || p.starts_with(title)
            || title.starts_with(p.as_str())
            || title.ends_with(p.as_str())
    };
    let at = paragraphs
        .iter()
        .take(HEADLINE_WITHIN)
        .position(|p| is_headline(p) && p.split_whitespace().count() >= 3);
    if let Some(at) = at {
        let kickers = paragraphs[..at]
            .iter()
            .all(|p| p.split_whitespace().count() <= KICKER_WORDS);
        if kickers && paragraphs.len() > at + 1 {
            paragraphs.drain(..=at);
        }
    }
    paragraphs
}

/// An address's host name, without `www.`.
fn host(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    let host = parsed.host_str()?;
    Some(host.strip_prefix("www.").unwrap_or(host).to_string())
}

/// A date as the page writes it, as a TOML datetime: RFC 3339 (and RFC 2822) times with the
/// offset the page gave (so the day is the source's own: `2025-03-03T00:30:00+03:00` stays
/// 3 March), `Z` for UTC; plain dates as they are; `None` when it is neither.
pub fn datetime(text: &str) -> Option<Datetime> {
    let text = text.trim();
    let parsed = chrono::DateTime::parse_from_rfc3339(text)
        .or_else(|_| chrono::DateTime::parse_from_rfc2822(text))
        .or_else(|_| chrono::DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%z"))
        .or_else(|_| chrono::DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M%:z"))
        .or_else(|_| chrono::DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M%z"))
        .ok();
    match parsed {
        Some(t) if t.offset().local_minus_utc() == 0 => {
            t.format("%Y-%m-%dT%H:%M:%SZ").to_string().parse().ok()
        }
        Some(t) => t.format("%Y-%m-%dT%H:%M:%S%:z").to_string().parse().ok(),
        None => {
            let date = text.get(..10)?;
            chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
            date.parse().ok()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_longer_than_the_title_and_its_kicker_go() {
        let p = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let body = "افتتح مهرجان القاهرة السينمائي مساء أمس دورته الجديدة.";
        assert_eq!(
            without_headline(
                p(&[
                    "سينما",
                    "مهرجان القاهرة يفتتح دورته الجديدة بحضور نجوم عرب",
                    body
                ]),
                "مهرجان القاهرة يفتتح دورته الجديدة"
            ),
            p(&[body])
        );
        // A first line that only begins like the title, or comes after a long line, stays.
        let kept = p(&[
            "A long first paragraph that is the article's text itself, not a kicker.",
            "Mayor opens the new bridge today",
            body,
        ]);
        assert_eq!(
            without_headline(kept.clone(), "Mayor opens the new bridge"),
            kept
        );
        let kept = p(&["Mayor opens the bridge, and the city celebrates.", body]);
        assert_eq!(
            without_headline(kept.clone(), "Mayor opens the new bridge"),
            kept
        );
    }

    #[test]
    fn dates_keep_the_offset_the_page_gave() {
        let d = |s| datetime(s).map(|d| d.to_string());
        assert_eq!(
            d("2026-11-20T11:00:00+03:00").as_deref(),
            Some("2026-11-20T11:00:00+03:00")
        );
        // Just after midnight in the source's zone: still its day, not the UTC day before.
        assert_eq!(
            d("2025-03-03T00:30+03:00").as_deref(),
            Some("2025-03-03T00:30:00+03:00")
        );
        assert_eq!(
            d("Mon, 03 Mar 2025 00:30:00 +0330").as_deref(),
            Some("2025-03-03T00:30:00+03:30")
        );
        assert_eq!(
            d("Fri, 20 Nov 2026 08:00:00 GMT").as_deref(),
            Some("2026-11-20T08:00:00Z")
        );
        assert_eq!(d("2026-11-20").as_deref(), Some("2026-11-20"));
        assert_eq!(d("أمس"), None);
    }
}
