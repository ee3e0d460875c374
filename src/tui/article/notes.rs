//! The open article's annotations as the reader holds them: the store, or why annotating is off
//! (a sidecar that does not parse, an unreadable one, no place to keep one), or not yet (a huge
//! article still loading); which annotation is under a selection; and the messages the status
//! line gives for what opening and changing the store did (annotations moved or needing review,
//! the XDG fallback, merges with changes made elsewhere, failed saves).
//!
//! Every string made here from user files (paths, tags, notes, parse errors) is sanitised.
//! Knows the annotation store; nothing about keys, terminals or drawing.

use std::ops::Range;
use std::path::Path;

use crate::annotate::anchor::AnchorState;
use crate::annotate::location::LocateError;
use crate::annotate::merge::{MergeReport, Side};
use crate::annotate::model::{Annotation, AnnotationId};
use crate::annotate::store::{Applied, Entry, OpenError, Opened, SaveError, Saved, Store};
use crate::text::sanitize::sanitize;
use crate::text::Article;
use crate::tui::input::action::Action;
use crate::tui::input::hints;
use crate::tui::input::keymap::Keymap;

/// Chars of a note the status line shows.
const NOTE_START: usize = 80;

/// An article's annotations.
#[derive(Debug)]
pub enum Notes {
    /// The store is open.
    Open(Box<Store>),
    /// Annotating is off for this article.
    Off {
        /// One line for the status line.
        short: String,
        /// The whole story: the error (with line and column) and how to fix or move the file.
        detail: String,
    },
    /// The article is still loading; its annotations open with the whole text.
    Pending,
}

impl Notes {
    /// Opens the annotations of `article`, read from `path`; also the status line's message
    /// about it (moved annotations, the fallback location, why annotating is off).
    pub fn open(path: &Path, article: &Article) -> (Notes, Option<String>) {
        Notes::from_result(Store::open(path, article))
    }

    /// The notes for what [`Store::open`] gave, and the status line's message about it.
    pub fn from_result(result: Result<Opened, OpenError>) -> (Notes, Option<String>) {
        match result {
            Ok(opened) => {
                let message = opened_message(&opened);
                (Notes::Open(Box::new(opened.store)), message)
            }
            Err(e) => {
                let notes = off(&e);
                let message = match &notes {
                    Notes::Off { short, .. } => Some(short.clone()),
                    _ => None,
                };
                (notes, message)
            }
        }
    }

    /// The store, when open.
    pub fn store(&self) -> Option<&Store> {
        match self {
            Notes::Open(store) => Some(store),
            _ => None,
        }
    }

    /// The store, or why there is none (for the status line).
    pub fn store_mut(&mut self) -> Result<&mut Store, String> {
        match self {
            Notes::Open(store) => Ok(store),
            Notes::Off { short, .. } => Err(short.clone()),
            Notes::Pending => Err("annotations open once the whole article has loaded".into()),
        }
    }

    /// The annotation a selection (or caret) at `selection` is in: among those overlapping it,
    /// the one holding `point` that is drawn on top (starting last, shortest), else the last
    /// overlapping one.
    pub fn under(&self, selection: &Range<usize>, point: usize) -> Option<Entry<'_>> {
        let store = self.store()?;
        let end = selection.end.max(selection.start + 1);
        let found = store.overlapping(selection.start..end);
        let top = |e: &&Entry| e.range.map(|r| (r.start, std::cmp::Reverse(r.end)));
        found
            .iter()
            .filter(|e| e.range.is_some_and(|r| r.contains(&point)))
            .max_by_key(top)
            .or_else(|| found.iter().max_by_key(top))
            .copied()
    }
}

/// Why annotating is off, from an open error.
fn off(e: &OpenError) -> Notes {
    let short = match e {
        OpenError::Unparsable { error, .. } => format!(
            "annotating off: annotation file broken at line {}, column {} (a: why)",
            error.line, error.column
        ),
        OpenError::Read { .. } => "annotating off: annotation file unreadable (a: why)".into(),
        OpenError::Locate(LocateError::UnsafeLink { .. }) => {
            "annotating off: the annotation file is a link hamish will not follow (a: why)".into()
        }
        OpenError::Locate(_) => "annotating off: nowhere to keep annotations (a: why)".into(),
    };
    let detail = format!("annotating is off for this article.\n\n{e}\n\n{}", e.hint());
    Notes::Off {
        short: sanitize(&short),
        detail: detail.lines().map(sanitize).collect::<Vec<_>>().join("\n"),
    }
}

/// What opening did that the reader should hear about: annotations moved, needing review or
/// orphaned, the sidecar kept in the XDG fallback, a save that failed.
pub fn opened_message(opened: &Opened) -> Option<String> {
    let store = &opened.store;
    let counts = store.counts();
    let mut parts = Vec::new();
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    if counts.moved > 0 {
        parts.push(plural(
            counts.moved,
            "annotation moved",
            "annotations moved",
        ));
    }
    if counts.needs_review > 0 {
        parts.push(format!("{} needs review", counts.needs_review));
    }
    if counts.orphaned > 0 {
        parts.push(plural(counts.orphaned, "not found", "not found"));
    }
    if !parts.is_empty() {
        parts.push("A lists them".into());
    }
    if store.location().fallback {
        parts.push(format!("annotations kept in {}", store.location()));
    }
    if let Some(Err(e)) = &opened.saved {
        parts.push(save_error_message(e));
    }
    (!parts.is_empty()).then(|| sanitize(&parts.join(", ")))
}

/// The status line after a change: `done` (what was done), then what the save said.
pub fn change_message(done: &str, applied: &Applied) -> String {
    sanitize(&match &applied.saved {
        Ok(saved) => match saved_message(saved) {
            Some(more) => format!("{done}; {more}"),
            None => done.to_string(),
        },
        Err(e) => format!("{done}; {}", save_error_message(e)),
    })
}

/// What a successful save did besides writing: merged changes from elsewhere, a fallback.
pub fn saved_message(saved: &Saved) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(report) = &saved.merge {
        parts.extend(merge_message(report));
    }
    if saved.fell_back {
        parts.push(
            "the article's directory is not writable: annotations now kept in the data directory"
                .into(),
        );
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// A merge with changes made on disk, in a few words.
pub fn merge_message(report: &MergeReport) -> Option<String> {
    let mut parts = Vec::new();
    if !report.conflicts.is_empty() {
        let theirs = report
            .conflicts
            .iter()
            .filter(|c| c.kept == Side::Theirs)
            .count();
        let ties = report.ties.len();
        parts.push(format!(
            "{} edited elsewhere too: kept the later one{}{}",
            count(report.conflicts.len()),
            if theirs > 0 {
                format!(" ({theirs} from elsewhere)")
            } else {
                String::new()
            },
            if ties > 0 {
                format!(" ({ties} with neither later: kept the one here)")
            } else {
                String::new()
            }
        ));
    }
    if !report.key_conflicts.is_empty() {
        parts.push(format!(
            "{} changed elsewhere too: kept the value here",
            report.key_conflicts.join(", ")
        ));
    }
    if !report.added.is_empty() {
        parts.push(format!("{} added elsewhere", count(report.added.len())));
    }
    if !report.changed.is_empty() {
        parts.push(format!("{} changed elsewhere", count(report.changed.len())));
    }
    if !report.removed.is_empty() {
        parts.push(format!("{} deleted elsewhere", count(report.removed.len())));
    }
    if !report.removed_despite_edit.is_empty() {
        parts.push(format!(
            "{} edited here was deleted elsewhere",
            count(report.removed_despite_edit.len())
        ));
    }
    if report.theirs_emptied {
        parts.push("the sidecar was emptied elsewhere: kept the annotations here".into());
    }
    if !report.deleted_despite_edit.is_empty() {
        parts.push(format!(
            "{} deleted here though edited elsewhere",
            count(report.deleted_despite_edit.len())
        ));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

fn count(n: usize) -> String {
    if n == 1 {
        "1 annotation".into()
    } else {
        format!("{n} annotations")
    }
}

/// A failed save, with what happens next.
pub fn save_error_message(e: &SaveError) -> String {
    sanitize(&format!("{e} — {}", e.hint()))
}

/// One line about an annotation for the status line: its state when not anchored, tags, and
/// the start of its note (tags and note each isolated, so a right-to-left note does not
/// reorder around the tags).
pub fn summary(annotation: &Annotation, state: &AnchorState, keymap: &Keymap) -> String {
    let mut parts = Vec::new();
    let key = |action| hints::key(keymap, action);
    match state {
        AnchorState::NeedsReview { .. } => parts.push(format!(
            "needs review ({}, then {} or {})",
            key(Action::AnnotationList),
            key(Action::ConfirmAnnotation),
            key(Action::ReselectAnnotation)
        )),
        AnchorState::Orphaned => parts.push("not found in the article".to_string()),
        AnchorState::Moved { .. } | AnchorState::Anchored => {}
    }
    parts.push(tags_text(&annotation.tags));
    let note = note_start(&annotation.note, NOTE_START);
    if !note.is_empty() {
        parts.push(isolate(&note));
    }
    parts.join(" · ")
}

/// Tags for display: sanitised, comma-separated, isolated ("no tags" when there are none).
pub fn tags_text(tags: &[String]) -> String {
    if tags.is_empty() {
        "no tags".into()
    } else {
        isolate(&sanitize(&tags.join(", ")))
    }
}

/// `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: laid out in its own
/// direction without reordering what is around it. `text` must be sanitised already (sanitising
/// drops these marks).
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// The first line of a note, at most `chars` chars (with "…" when cut), sanitised.
pub fn note_start(note: &str, chars: usize) -> String {
    let first = note.trim().lines().next().unwrap_or("");
    let mut out: String = first.chars().take(chars).collect();
    if first.chars().count() > chars || note.trim().lines().count() > 1 {
        out.push('…');
    }
    sanitize(&out)
}

/// A short name for an annotation in messages: its first tag, else its id's end.
pub fn label(id: &AnnotationId, annotation: Option<&Annotation>) -> String {
    match annotation.and_then(|a| a.tags.first()) {
        Some(tag) => sanitize(tag),
        None => {
            let id = id.as_str();
            let tail: String = id
                .chars()
                .rev()
                .take(6)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            sanitize(&format!("#{tail}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::merge::Conflict;

    #[test]
    fn merge_reports_in_words() {
        let id = AnnotationId::new("a").unwrap();
        let report = MergeReport {
            conflicts: vec![Conflict {
                id: id.clone(),
                kept: Side::Ours,
            }],
            added: vec![id.clone(), id.clone()],
            ..MergeReport::default()
        };
        assert_eq!(
            merge_message(&report).unwrap(),
            "1 annotation edited elsewhere too: kept the later one, 2 annotations added elsewhere"
        );
        assert_eq!(merge_message(&MergeReport::default()), None);
        let report = MergeReport {
            ties: vec![id.clone()],
            key_conflicts: vec!["reviewer".into()],
            theirs_emptied: true,
            ..report
        };
        assert_eq!(
            merge_message(&report).unwrap(),
            "1 annotation edited elsewhere too: kept the later one (1 with neither later: kept \
             the one here), reviewer changed elsewhere too: kept the value here, 2 annotations \
             added elsewhere, the sidecar was emptied elsewhere: kept the annotations here"
        );
    }

    #[test]
    fn summaries_isolate_tags_and_notes() {
        let mut a = Annotation {
            id: AnnotationId::new("x").unwrap(),
            start: 0,
            end: 1,
            exact: String::new(),
            prefix: String::new(),
            suffix: String::new(),
            tags: vec!["quote".into(), "بوتين".into()],
            color: "yellow".into(),
            note: "قالها\x07 لتاس".into(),
            created: None,
            updated: None,
            extra: Default::default(),
        };
        assert_eq!(
            summary(&a, &AnchorState::Anchored, &Keymap::default()),
            "\u{2068}quote, بوتين\u{2069} · \u{2068}قالها␇ لتاس\u{2069}"
        );
        a.tags.clear();
        a.note.clear();
        assert_eq!(
            summary(&a, &AnchorState::Orphaned, &Keymap::default()),
            "not found in the article · no tags"
        );
    }

    #[test]
    fn notes_are_cut_and_sanitised() {
        assert_eq!(
            note_start("  first\x1b[31m line\nsecond", 40),
            "first␛[31m line…"
        );
        assert_eq!(note_start("abcdef", 3), "abc…");
        assert_eq!(note_start("", 3), "");
    }
}
