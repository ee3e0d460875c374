//! The text to write for a changed sidecar, the most faithful way that works: a few changed
//! annotations of a large file spliced in without re-reading the rest ([`super::splice`]), else
//! the whole document patched with `toml_edit` ([`mod@super::patch`]) when that reads back as
//! the new sidecar, else the canonical text ([`super::write()`]). Knows nothing about files.

use super::parse;
use super::patch::patched;
use super::splice::splice;
use super::write::write;
use crate::annotate::model::Sidecar;

/// The text of `new`, written over `old_text` (which reads as `old`) with as few changes as
/// possible: `old_text` itself when `new == old`.
pub fn patch(old_text: &str, old: &Sidecar, new: &Sidecar) -> String {
    if old == new {
        return old_text.to_owned();
    }
    let (bom, body) = match old_text.strip_prefix('\u{feff}') {
        Some(body) => ("\u{feff}", body),
        None => ("", old_text),
    };
    if let Some(text) = splice(body, old, new) {
        return format!("{bom}{text}");
    }
    match patched(body, old, new) {
        Some(text) if parse(&text).as_ref() == Ok(new) => format!("{bom}{text}"),
        _ => write(new),
    }
}
