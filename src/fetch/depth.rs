//! How deeply a page nests its elements, measured before anything builds a tree of it.
//!
//! Building a DOM (html5ever's tree builder, then Readability's scoring of every ancestor) costs
//! time that grows with the square of the nesting depth, and walks that recurse over the tree
//! overflow the stack: a hostile page of 100,000 nested `<div>`s (1.1 MB) took a quarter of an
//! hour, 10,000 nested `<span>`s crashed. So a page is first run through html5ever's tokenizer
//! alone (linear in the page, no tree) keeping a stack of the elements still open, and a page
//! deeper than [`MAX_DEPTH`] is refused with the reason. The stack is never allowed past the
//! limit, so the whole check is linear too. Elements whose end tag HTML lets a page leave out
//! (`p`, `li`, `td`, …) and void elements (`br`, `img`, …) are not counted: a page of unclosed
//! paragraphs is not deep. Knows nothing about articles, files or the network.

use std::cell::RefCell;

use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::LocalName;

/// The deepest nesting read: Blink's HTML parser stops nesting at 512 too (deeper elements
/// become siblings there). News pages nest a few dozen deep.
pub(crate) const MAX_DEPTH: usize = 512;

/// `Err` with a message when `html` nests its elements deeper than [`MAX_DEPTH`].
pub fn check(html: &str) -> Result<(), String> {
    let sink = Depth::default();
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(html.into());
    // `feed` stops only for a script the sink asks to run; this sink never does.
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    if tokenizer.sink.too_deep.get() {
        return Err(format!(
            "the page nests its elements more than {MAX_DEPTH} deep, which no article needs \
             (hamish does not read such pages: they take minutes to take apart)"
        ));
    }
    Ok(())
}

/// The tokenizer's listener: the elements open now, and whether the limit was passed.
#[derive(Default)]
struct Depth {
    open: RefCell<Vec<LocalName>>,
    too_deep: std::cell::Cell<bool>,
}

impl TokenSink for Depth {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::TagToken(tag) if !self.too_deep.get() => self.tag(tag),
            _ => TokenSinkResult::Continue,
        }
    }
}

impl Depth {
    fn tag(&self, tag: Tag) -> TokenSinkResult<()> {
        let name = &*tag.name;
        match tag.kind {
            TagKind::EndTag => {
                let mut open = self.open.borrow_mut();
                if let Some(at) = open.iter().rposition(|n| *n == tag.name) {
                    open.truncate(at);
                }
                TokenSinkResult::Continue
            }
            TagKind::StartTag => {
                if !tag.self_closing && !VOID_OR_OPTIONAL_END.contains(&name) {
                    let mut open = self.open.borrow_mut();
                    open.push(tag.name.clone());
                    if open.len() > MAX_DEPTH {
                        self.too_deep.set(true);
                        open.clear();
                    }
                }
                raw_kind(name).map_or(TokenSinkResult::Continue, TokenSinkResult::RawData)
            }
        }
    }
}

/// What the tree builder would switch the tokenizer to after this start tag (so that a
/// script's `"<div>"` strings are not taken for elements).
fn raw_kind(name: &str) -> Option<RawKind> {
    match name {
        "script" => Some(RawKind::ScriptData),
        "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => Some(RawKind::Rawtext),
        "title" | "textarea" => Some(RawKind::Rcdata),
        _ => None,
    }
}

/// Elements that never have an end tag, or whose end tag a page may leave out.
const VOID_OR_OPTIONAL_END: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
    "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(tag: &str, n: usize) -> String {
        format!(
            "<body>{}text{}</body>",
            format!("<{tag}>").repeat(n),
            format!("</{tag}>").repeat(n)
        )
    }

    #[test]
    fn pages_up_to_the_limit_are_read_and_deeper_ones_refused() {
        assert_eq!(check(&nested("div", MAX_DEPTH)), Ok(()));
        let e = check(&nested("div", MAX_DEPTH + 1)).unwrap_err();
        assert!(e.contains("more than 512 deep"), "{e}");
        assert!(check(&nested("span", 10_000)).is_err());
    }

    #[test]
    fn closed_siblings_and_unclosed_paragraphs_are_not_deep() {
        let siblings = "<div><span>x</span></div>".repeat(100_000);
        assert_eq!(check(&siblings), Ok(()));
        let paragraphs = format!("<div>{}</div>", "<p>x<li>y<br>".repeat(10_000));
        assert_eq!(check(&paragraphs), Ok(()));
    }

    #[test]
    fn tags_inside_scripts_styles_and_comments_do_not_count() {
        let inside = "<div>".repeat(2 * MAX_DEPTH);
        let page = format!(
            "<head><script>var s = '{inside}';</script><style>/*{inside}*/</style>\
             <title>{inside}</title></head><body><!--{inside}--><textarea>{inside}</textarea></body>"
        );
        assert_eq!(check(&page), Ok(()));
    }

    #[test]
    fn unclosed_elements_nest() {
        assert!(check(&"<div>".repeat(MAX_DEPTH + 1)).is_err());
        // An end tag closes what was opened inside its element too.
        let closed = format!("<section>{}</section>", "<b>".repeat(400));
        assert_eq!(check(&closed.repeat(3)), Ok(()));
    }
}
