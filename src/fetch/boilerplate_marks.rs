//! Elements that hold no article text, known by their name (`figcaption`, `nav`) and by the
//! words their `class` or `id` is made of (caption, credit, share, related, newsletter…): the
//! boxes removed before Readability reads a page. Rules about page structure, never about
//! particular sites. Functions from data to data; knows nothing about files or lines of text.

/// Words of a `class` or `id` that mark an element as not article text. Matched as whole
/// words of the attribute (split at `-`, `_`, spaces and case changes), so `ad` does not
/// match `head`.
const MARKS: &[&str] = &[
    "caption",
    "captions",
    "credit",
    "credits",
    "byline",
    "dateline",
    "timestamp",
    "share",
    "sharing",
    "social",
    "related",
    "newsletter",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "breadcrumb",
    "breadcrumbs",
    "subscribe",
    "subscription",
    "tags",
    "comments",
    "gallery",
    "slideshow",
    "slider",
    "carousel",
    "bio",
    "kicker",
    "rotitr",
    "standfirst",
    "dek",
    "subtitle",
    "excerpt",
    "lead",
    "recommended",
    "recirc",
    "outbrain",
    "taboola",
    "disclaimer",
];

/// Words of a `class` or `id` that mark a post the article embeds and quotes (a tweet, an
/// Instagram post): kept, even in a box whose other words say "social" or "share".
const EMBEDS: &[&str] = &["embed", "embedded", "tweet", "twitter", "instagram"];

/// Elements that are never article text (besides scripts and the like).
const ELEMENTS: &[&str] = &["figcaption", "nav"];

/// Whether an element named `name` with these `class` and `id` holds no article text.
pub(crate) fn is_boilerplate_element(name: &str, class: Option<&str>, id: Option<&str>) -> bool {
    let words: Vec<String> = [class, id]
        .into_iter()
        .flatten()
        .flat_map(words_and_compounds)
        .collect();
    ELEMENTS.contains(&name)
        || (words.iter().any(|w| MARKS.contains(&w.as_str()))
            && !words.iter().any(|w| EMBEDS.contains(&w.as_str())))
}

/// Whether an element with these `class` and `id` holds a post the article embeds (a tweet
/// and its box), which a reader keeps as a quote.
pub(crate) fn is_embed(class: Option<&str>, id: Option<&str>) -> bool {
    [class, id]
        .into_iter()
        .flatten()
        .flat_map(words)
        .any(|w| EMBEDS.contains(&w.as_str()))
}

/// The words of an attribute value, and each two neighbours of a class name joined, so that a
/// mark written in two words is found too (`subTitle`, `sub-title` → subtitle).
fn words_and_compounds(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    for name in value.split_whitespace() {
        let w = words(name);
        out.extend(w.windows(2).map(|pair| pair.concat()));
        out.extend(w);
    }
    out
}

/// The lower-case words of an attribute value: `article-caption__text` → article, caption, text;
/// `relatedLinks` → related, links.
fn words(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut prev_lower = false;
    for c in value.chars() {
        let boundary = !c.is_ascii_alphanumeric() || (c.is_ascii_uppercase() && prev_lower);
        if boundary && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        }
        prev_lower = c.is_ascii_lowercase();
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_whole_words_of_class_and_id() {
        assert!(is_boilerplate_element(
            "div",
            Some("article-caption__text"),
            None
        ));
        assert!(is_boilerplate_element("div", None, Some("relatedLinks")));
        assert!(is_boilerplate_element("figcaption", None, None));
        assert!(!is_boilerplate_element(
            "div",
            Some("header headline"),
            None
        ));
        assert!(!is_boilerplate_element("p", Some("article-body"), None));
        assert!(!is_boilerplate_element(
            "div",
            Some("social-media-embed"),
            None
        ));
        assert!(!is_boilerplate_element(
            "blockquote",
            Some("twitter-tweet"),
            None
        ));
        assert!(is_boilerplate_element("div", Some("social-links"), None));
        // Slideshows, author bios and the kicker above a headline (`rotitr` in Persian CMSs).
        for class in [
            "slider",
            "owl-carousel",
            "author-bio",
            "story-kicker",
            "rotitr",
        ] {
            assert!(is_boilerplate_element("div", Some(class), None), "{class}");
        }
        assert!(!is_boilerplate_element("div", Some("biography-text"), None));
        // A standfirst under its several names, one written in two words.
        for class in [
            "standfirst",
            "article-dek",
            "subTitle",
            "sub-title",
            "excerpt",
            "lead",
        ] {
            assert!(is_boilerplate_element("p", Some(class), None), "{class}");
        }
        assert!(!is_boilerplate_element("h1", Some("mainTitle"), None));
        assert!(is_embed(Some("social-media-embed"), None));
        assert!(!is_embed(Some("social-links"), Some("main")));
    }
}
