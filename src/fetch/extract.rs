//! A page's article as paragraphs: `dom_smoothie` (a port of Mozilla's Readability) finds the
//! article and drops menus, share bars, related-links boxes, comments, scripts and footers;
//! its cleaned HTML becomes one line per block (paragraph, heading, list item, quotation, …)
//! with white space collapsed and controls removed. Knows nothing about files or metadata.

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};

use super::{boilerplate, boilerplate_marks, clean};

/// The article found in a page.
#[derive(Debug)]
pub struct Extracted {
    /// Readability's title (the metadata's title is preferred when there is one).
    pub title: String,
    /// The article's paragraphs, one per entry, each non-empty.
    pub paragraphs: Vec<String>,
}

/// Article length (chars) below which readability retries with looser rules (which let share
/// bars and bylines in). Readability's 500 is too long for a news brief of one paragraph.
const MIN_ARTICLE_CHARS: usize = 140;

/// Elements that end a line: a paragraph-like block starts and stops at each.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "section",
    "article",
    "figure",
    "figcaption",
    "table",
    "tr",
    "br",
    "hr",
    "header",
    "footer",
    "main",
    "aside",
    "address",
    "details",
    "summary",
];

/// Elements whose text is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "button", "form", "iframe",
];

/// The article in `html` (whose address, when known, resolves relative links).
pub fn extract(html: &str, url: Option<&str>) -> Result<Extracted, String> {
    let config = Config {
        char_threshold: MIN_ARTICLE_CHARS,
        // The classes tell captions, credits and boxes apart (see `boilerplate_marks`).
        keep_classes: true,
        ..Config::default()
    };
    let cleaned = without_marked(html);
    let html = cleaned.as_deref().unwrap_or(html);
    let mut readability = Readability::new(html, url, Some(config))
        .map_err(|e| format!("not an article page: {e}"))?;
    let article = readability
        .parse()
        .map_err(|e| format!("no article found in the page: {e}"))?;
    let paragraphs = boilerplate::clean_lines(article_lines(&article.content));
    if paragraphs.is_empty() {
        return Err("no article text found in the page".into());
    }
    Ok(Extracted {
        title: clean::one_line(&html_escape::decode_html_entities(&article.title)),
        paragraphs,
    })
}

/// `html` without the elements its classes and ids mark as captions, credits, share bars,
/// related boxes and the like (see `boilerplate_marks`), taken out before Readability, which would
/// otherwise merge some into the article and drop their classes, and with the posts it embeds
/// (tweets) marked so that Readability keeps them; `None` when there are none,
/// or when they would take away most of the page's text (a page that marks its whole article
/// `ad-free` or `share-body`).
fn without_marked(html: &str) -> Option<String> {
    let doc = Document::from(html);
    let text_len = |d: &Document| {
        d.select("body")
            .text()
            .chars()
            .filter(|c| !c.is_whitespace())
            .count()
    };
    let before = text_len(&doc);
    let mut removed = false;
    for node in doc.select("[class], [id]").nodes() {
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if name != "body"
            && name != "html"
            && is_marked(node)
            && node.text().chars().count() <= SMALL_BOX
        {
            node.remove_from_parent();
            removed = true;
        }
    }
    for node in doc.select("figcaption, nav").nodes() {
        node.remove_from_parent();
        removed = true;
    }
    // Readability drops a box whose class says "social", as a tweet's often does: the posts
    // the article quotes get a class it keeps.
    for node in doc.select("[class], [id]").nodes() {
        let (class, id) = (node.attr("class"), node.attr("id"));
        if boilerplate_marks::is_embed(class.as_deref(), id.as_deref()) {
            node.set_attr("class", "embedded-post");
            node.remove_attr("id");
            removed = true;
        }
    }
    (removed && text_len(&doc) * 2 >= before).then(|| doc.html().to_string())
}

/// The most text (in chars) an element taken out before Readability may hold: captions,
/// credits and share bars are small; a container marked `has-comments` is not one of them.
const SMALL_BOX: usize = 300;

fn is_marked(node: &NodeRef) -> bool {
    let name = node
        .node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default();
    boilerplate_marks::is_boilerplate_element(
        &name,
        node.attr("class").as_deref(),
        node.attr("id").as_deref(),
    )
}

/// One line per block of `html`.
pub fn paragraphs(html: &str) -> Vec<String> {
    lines_of(&Document::from(html), false)
}

/// One line per block of Readability's `html`, without the elements that its classes mark as
/// captions, credits, share bars and the like — unless that would take away most of the text
/// (a page that marks its whole article `ad-free` or `share-body`): then all of it.
fn article_lines(html: &str) -> Vec<String> {
    let doc = Document::from(html);
    let all = lines_of(&doc, false);
    let marked = lines_of(&doc, true);
    let chars = |lines: &[String]| lines.iter().map(|l| l.chars().count()).sum::<usize>();
    if chars(&marked) * 2 < chars(&all) {
        all
    } else {
        marked
    }
}

fn lines_of(doc: &Document, marks: bool) -> Vec<String> {
    let mut lines = Lines {
        marks,
        ..Lines::default()
    };
    lines.walk(&doc.root());
    lines.flush();
    lines.done
}

#[derive(Default)]
struct Lines {
    current: String,
    done: Vec<String>,
    /// Whether elements marked as boilerplate by their classes are left out.
    marks: bool,
}

impl Lines {
    fn walk(&mut self, node: &NodeRef) {
        for child in node.children() {
            if child.is_text() {
                self.current.push_str(&child.text());
            } else if child.is_element() {
                let name = child
                    .node_name()
                    .map(|n| n.to_ascii_lowercase())
                    .unwrap_or_default();
                if SKIPPED.contains(&name.as_str())
                    || self.marks
                        && boilerplate_marks::is_boilerplate_element(
                            &name,
                            child.attr("class").as_deref(),
                            child.attr("id").as_deref(),
                        )
                {
                    continue;
                }
                let block = BLOCKS.contains(&name.as_str());
                // A table's row is one line, its cells apart by a space.
                let cell = matches!(name.as_str(), "td" | "th");
                if block {
                    self.flush();
                }
                if cell {
                    self.current.push(' ');
                }
                self.walk(&child);
                if block {
                    self.flush();
                }
                if cell {
                    self.current.push(' ');
                }
            }
        }
    }

    fn flush(&mut self) {
        let line = clean::one_line(&self.current);
        self.current.clear();
        // A line without a letter is a share counter (`0`), a separator or an invisible
        // character left by the page (U+200B, U+FEFF), never article text.
        if line.chars().any(char::is_alphabetic) {
            self.done.push(line);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_per_block() {
        let html = "<div><h2>عنوان</h2><p>فقرةٌ <b>أولى</b>\n ـــ ١٢٣</p><ul><li>بند</li>\
                    <li><p>بند ٢</p></li></ul><blockquote>قول</blockquote><script>x()</script></div>";
        assert_eq!(
            paragraphs(html),
            ["عنوان", "فقرةٌ أولى ـــ ١٢٣", "بند", "بند ٢", "قول"]
        );
    }

    #[test]
    fn a_table_row_is_one_line() {
        let html = "<table><tr><th>المركز</th><th>السائق</th><th>النقاط</th></tr>\
                    <tr><td>1</td><td>كايل</td><td>5040</td></tr><tr><td>2</td><td>3</td></tr></table>";
        assert_eq!(paragraphs(html), ["المركز السائق النقاط", "1 كايل 5040"]);
    }

    #[test]
    fn lines_without_a_letter_are_not_kept() {
        let html = "<p>نص</p><p>\u{200b}</p><p>\u{feff}</p><p>0</p><p>١٢ · ٣٤</p><p>—</p>\
                    <p>عام 2024</p>";
        assert_eq!(paragraphs(html), ["نص", "عام 2024"]);
    }

    #[test]
    fn an_embedded_tweet_in_a_social_box_is_kept_and_a_share_bar_is_not() {
        let para = "<p>BODY</p>".replace("BODY", "قال الوزير إن المفاوضات ستستمر الأسبوع المقبل في العاصمة، وإن الوفدين سيبحثان كل الملفات العالقة بين البلدين. قال الوزير إن المفاوضات ستستمر الأسبوع المقبل في العاصمة، وإن الوفدين سيبحثان كل الملفات العالقة بين البلدين. قال الوزير إن المفاوضات ستستمر الأسبوع المقبل في العاصمة، وإن الوفدين سيبحثان كل الملفات العالقة بين البلدين. قال الوزير إن المفاوضات ستستمر الأسبوع المقبل في العاصمة، وإن الوفدين سيبحثان كل الملفات العالقة بين البلدين. ");
        let html = format!(
            "<html><body><article>{para}{para}\
             <div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\">\
             <p lang=\"ar\">هذه تغريدة الوزير عن المفاوضات</p>— الوزير (@minister)\
             </blockquote></div>\
             <div class=\"social-share\">واتساب فيسبوك تويتر</div>{para}</article></body></html>"
        );
        let text = extract(&html, None).unwrap().paragraphs.join("\n");
        assert!(text.contains("هذه تغريدة الوزير عن المفاوضات"), "{text}");
        assert!(!text.contains("فيسبوك"), "{text}");
    }
}
