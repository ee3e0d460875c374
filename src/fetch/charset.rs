//! Bytes to text: the character set from a BOM, the HTTP `Content-Type` header or the page's
//! `<meta charset>` / `<meta http-equiv>` (in that order), UTF-8 otherwise; decoded by
//! `encoding_rs` (windows-1256, ISO-8859-6 and the rest of the WHATWG encodings). Knows nothing
//! about HTML beyond finding the meta tag.

use encoding_rs::{Encoding, UTF_8};

/// How far into a page its `<meta charset>` is looked for (the HTML standard's prescan limit).
const PRESCAN: usize = 1024;

/// `bytes` decoded; malformed sequences become U+FFFD.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    let encoding = Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or_else(|| content_type.and_then(label_in))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(PRESCAN)]))
        .unwrap_or(UTF_8);
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// The encoding named by `charset=` in a header value or a meta tag's content.
fn label_in(text: &str) -> Option<&'static Encoding> {
    let lower = text.to_ascii_lowercase();
    let at = lower.find("charset")?;
    let rest = lower[at + "charset".len()..].trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let label: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    Encoding::for_label(label.as_bytes())
}

/// The encoding a page's head declares in its first bytes: `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let text = String::from_utf8_lossy(head);
    let lower = text.to_ascii_lowercase();
    lower
        .match_indices("<meta")
        .filter_map(|(at, _)| {
            let tag = &lower[at..];
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            label_in(tag)
        })
        .next()
        // A page that says UTF-16 in ASCII bytes is not UTF-16 (the HTML standard).
        .map(|e| {
            if e.name().starts_with("UTF-16") {
                UTF_8
            } else {
                e
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_charset() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode("<p>السلام</p>");
        let meta = [b"<meta charset='windows-1256'>".as_slice(), &bytes].concat();
        assert_eq!(
            decode(&meta, None),
            "<meta charset='windows-1256'><p>السلام</p>"
        );
        let header = decode(&bytes, Some("text/html; charset=\"windows-1256\""));
        assert_eq!(header, "<p>السلام</p>");
        let (iso, _, _) = encoding_rs::ISO_8859_6.encode("سلام");
        assert_eq!(decode(&iso, Some("text/html;charset=iso-8859-6")), "سلام");
        let bom = [b"\xef\xbb\xbf".as_slice(), "سلام".as_bytes()].concat();
        assert_eq!(decode(&bom, Some("text/html; charset=windows-1256")), "سلام");
        let equiv =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">";
        assert_eq!(meta_charset(equiv), Some(encoding_rs::WINDOWS_1256));
    }
}
