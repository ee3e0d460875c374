//! Three-way merge of sidecars by annotation id, for when the file changed on disk since hamish
//! read it (another hamish, a `git pull`, a hand edit) — and usable as a git merge driver.
//!
//! With the version read as the base: an annotation added on either side is kept; one deleted on
//! one side stays deleted (even if the other side edited it — reported, so that the driver can
//! ask a person); one changed on one side takes that change; one changed on both sides is
//! merged field by field (`merge_fields`): a field changed on one side takes that change, and a
//! field changed differently on both sides takes the version with the strictly later `updated`,
//! or ours when `updated` is equal or missing (reported as a tie), and is reported as a
//! conflict. Unknown keys merge the same way,
//! key by key, ours winning conflicts (reported). `[article]` is ours: it describes the article
//! this hamish verified. A theirs that holds nothing (an empty or header-only file) where the
//! base had annotations is not taken as deleting them all: it counts as unchanged, and the
//! report says it was emptied. Knows nothing about files or anchoring.

use std::collections::BTreeMap;

use super::merge_fields::merge_fields;
pub use super::merge_fields::Side;
use super::model::{Annotation, AnnotationId, Extra, Sidecar};
use super::sidecar::article;

/// An annotation changed differently on both sides.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// Its id.
    pub id: AnnotationId,
    /// The version kept (the one updated later).
    pub kept: Side,
}

/// What a merge took from the disk side, and the conflicts it resolved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergeReport {
    /// Annotations that appeared on disk.
    pub added: Vec<AnnotationId>,
    /// Annotations whose disk version was taken over ours.
    pub changed: Vec<AnnotationId>,
    /// Annotations deleted on disk (and so deleted here).
    pub removed: Vec<AnnotationId>,
    /// Annotations we had deleted that disk had changed: they stay deleted.
    pub deleted_despite_edit: Vec<AnnotationId>,
    /// Annotations we had changed that disk had deleted: they are deleted (our edit is lost).
    pub removed_despite_edit: Vec<AnnotationId>,
    /// Annotations edited on both sides.
    pub conflicts: Vec<Conflict>,
    /// Of `conflicts`, those whose `updated` times were equal or missing: ours was kept without
    /// either being the later edit.
    pub ties: Vec<AnnotationId>,
    /// Unknown keys (`key` at the top level, `article.key` in `[article]`) changed differently
    /// on both sides: ours was kept.
    pub key_conflicts: Vec<String>,
    /// Theirs held no annotations and no keys where the base had annotations: taken as
    /// unchanged rather than as deleting everything.
    pub theirs_emptied: bool,
}

impl MergeReport {
    /// Whether the disk side contributed nothing.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.changed.is_empty()
            && self.removed.is_empty()
            && self.deleted_despite_edit.is_empty()
            && self.removed_despite_edit.is_empty()
            && self.conflicts.is_empty()
            && self.key_conflicts.is_empty()
            && !self.theirs_emptied
    }

    /// Ids whose merged version came from disk (to re-anchor and redraw).
    pub(crate) fn taken_from_disk(&self) -> impl Iterator<Item = &AnnotationId> {
        self.added.iter().chain(&self.changed).chain(
            self.conflicts
                .iter()
                .filter(|c| c.kept == Side::Theirs)
                .map(|c| &c.id),
        )
    }
}

/// Merges `ours` and `theirs`, both derived from `base`.
pub fn merge(base: &Sidecar, ours: &Sidecar, theirs: &Sidecar) -> (Sidecar, MergeReport) {
    let mut report = MergeReport::default();
    let theirs = if is_blank(theirs) && !base.annotations.is_empty() {
        report.theirs_emptied = true;
        base
    } else {
        theirs
    };
    let annotations = merge_annotations(
        &base.annotations,
        &ours.annotations,
        &theirs.annotations,
        &mut report,
    );
    let merged = Sidecar {
        version: ours.version,
        article: article::from_table(
            ours.article.file.clone(),
            ours.article.sha256.clone(),
            merge_extra(
                &article::to_table(&base.article),
                &article::to_table(&ours.article),
                &article::to_table(&theirs.article),
                ("article.", &mut report.key_conflicts),
            ),
        ),
        annotations,
        extra: merge_extra(
            &base.extra,
            &ours.extra,
            &theirs.extra,
            ("", &mut report.key_conflicts),
        ),
    };
    (merged, report)
}

/// Whether a sidecar holds nothing a merge could lose: no annotations, no unknown top-level keys
/// and no citation metadata (an empty file, or only `version` and `[article]`'s file and
/// checksum).
pub(crate) fn is_blank(sidecar: &Sidecar) -> bool {
    sidecar.annotations.is_empty()
        && sidecar.extra.is_empty()
        && article::to_table(&sidecar.article).is_empty()
}

fn merge_annotations(
    base: &BTreeMap<AnnotationId, Annotation>,
    ours: &BTreeMap<AnnotationId, Annotation>,
    theirs: &BTreeMap<AnnotationId, Annotation>,
    report: &mut MergeReport,
) -> BTreeMap<AnnotationId, Annotation> {
    let mut out = BTreeMap::new();
    for id in union(base.keys().chain(ours.keys()).chain(theirs.keys())) {
        let (b, o, t) = (base.get(id), ours.get(id), theirs.get(id));
        let kept = match (b, o, t) {
            _ if o == t => o,
            _ if o == b => {
                match (b, t) {
                    (None, Some(_)) => report.added.push(id.clone()),
                    (Some(_), Some(_)) => report.changed.push(id.clone()),
                    (_, None) => report.removed.push(id.clone()),
                }
                t
            }
            _ if t == b => o,
            // Changed on both sides, one of which deleted it: deleted.
            (_, None, Some(_)) => {
                report.deleted_despite_edit.push(id.clone());
                None
            }
            (_, Some(_), None) => {
                report.removed_despite_edit.push(id.clone());
                None
            }
            (Some(b), Some(o), Some(t)) => {
                out.insert(id.clone(), both_changed(id, (b, o, t), report));
                continue;
            }
            (None, Some(o), Some(t)) => {
                // Added on both sides with one id (a copy): the later whole.
                let kept = conflict(id, o, t, report);
                Some(if kept == Side::Theirs { t } else { o })
            }
            (_, None, None) => None,
        };
        if let Some(a) = kept {
            out.insert(id.clone(), a.clone());
        }
    }
    out
}

/// An annotation changed on both sides, merged field by field; a field changed differently on
/// both is a conflict (reported).
fn both_changed(
    id: &AnnotationId,
    (b, o, t): (&Annotation, &Annotation, &Annotation),
    report: &mut MergeReport,
) -> Annotation {
    let (merged, clash) = merge_fields(b, o, t);
    if clash.is_some() {
        conflict(id, o, t, report);
    }
    merged
}

/// Reports a conflict between `o` and `t`; the side whose `updated` is strictly later wins
/// (ours on a tie, reported as one).
fn conflict(id: &AnnotationId, o: &Annotation, t: &Annotation, report: &mut MergeReport) -> Side {
    let kept = if t.updated > o.updated {
        Side::Theirs
    } else {
        if o.updated.is_none() || o.updated == t.updated {
            report.ties.push(id.clone());
        }
        Side::Ours
    };
    report.conflicts.push(Conflict {
        id: id.clone(),
        kept,
    });
    kept
}

/// Merges unknown keys; `conflicts` gets the keys (after the prefix given) changed differently
/// on both sides.
fn merge_extra(
    base: &Extra,
    ours: &Extra,
    theirs: &Extra,
    (prefix, conflicts): (&str, &mut Vec<String>),
) -> Extra {
    let mut out = Extra::new();
    for key in union(base.keys().chain(ours.keys()).chain(theirs.keys())) {
        let (b, o, t) = (base.get(key), ours.get(key), theirs.get(key));
        if o != b && t != b && o != t {
            conflicts.push(format!("{prefix}{key}"));
        }
        let kept = if o == b { t } else { o };
        if let Some(v) = kept {
            out.insert(key.clone(), v.clone());
        }
    }
    out
}

/// Keys, sorted, each once.
fn union<'a, K: Ord + 'a>(keys: impl Iterator<Item = &'a K>) -> Vec<&'a K> {
    let mut keys: Vec<&K> = keys.collect();
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::time::Timestamp;

    fn annotation(id: &str, note: &str, updated: i64) -> Annotation {
        Annotation {
            id: AnnotationId::new(id).unwrap(),
            start: 0,
            end: 4,
            exact: "نص م".into(),
            prefix: String::new(),
            suffix: String::new(),
            tags: vec![],
            color: String::new(),
            note: note.into(),
            created: Timestamp::from_unix(0, 0),
            updated: Timestamp::from_unix(updated, 0),
            extra: Extra::new(),
        }
    }

    fn sidecar(annotations: &[Annotation]) -> Sidecar {
        let mut s = Sidecar::new("a.txt");
        for a in annotations {
            s.annotations.insert(a.id.clone(), a.clone());
        }
        s
    }

    fn notes(s: &Sidecar) -> Vec<(String, String)> {
        s.annotations
            .values()
            .map(|a| (a.id.to_string(), a.note.clone()))
            .collect()
    }

    fn id(s: &str) -> AnnotationId {
        AnnotationId::new(s).unwrap()
    }

    #[test]
    fn additions_on_both_sides_are_kept() {
        let base = sidecar(&[annotation("A", "a", 1)]);
        let ours = sidecar(&[annotation("A", "a", 1), annotation("B", "ours", 2)]);
        let theirs = sidecar(&[annotation("A", "a", 1), annotation("C", "theirs", 2)]);
        let (m, r) = merge(&base, &ours, &theirs);
        assert_eq!(
            notes(&m),
            [
                ("A".into(), "a".into()),
                ("B".into(), "ours".into()),
                ("C".into(), "theirs".into())
            ]
        );
        assert_eq!(r.added, [id("C")]);
        assert!(r.conflicts.is_empty());
    }

    #[test]
    fn a_deletion_on_one_side_stays_deleted() {
        let base = sidecar(&[annotation("A", "a", 1), annotation("B", "b", 1)]);
        // We deleted A; they edited A and deleted B; we edited B.
        let ours = sidecar(&[annotation("B", "b2", 2)]);
        let theirs = sidecar(&[annotation("A", "a2", 2)]);
        let (m, r) = merge(&base, &ours, &theirs);
        assert!(m.annotations.is_empty(), "{:?}", notes(&m));
        assert_eq!(r.deleted_despite_edit, [id("A")]);
        // Our edit of B lost to their deletion is told apart from a plain deletion.
        assert_eq!(r.removed_despite_edit, [id("B")]);
        assert!(r.removed.is_empty());
    }

    #[test]
    fn one_sided_changes_are_taken() {
        let base = sidecar(&[annotation("A", "a", 1), annotation("B", "b", 1)]);
        let ours = sidecar(&[annotation("A", "mine", 2), annotation("B", "b", 1)]);
        let theirs = sidecar(&[annotation("A", "a", 1), annotation("B", "theirs", 2)]);
        let (m, r) = merge(&base, &ours, &theirs);
        assert_eq!(
            notes(&m),
            [("A".into(), "mine".into()), ("B".into(), "theirs".into())]
        );
        assert_eq!(r.changed, [id("B")]);
        assert_eq!(r.taken_from_disk().collect::<Vec<_>>(), [&id("B")]);
    }

    #[test]
    fn edits_on_both_sides_keep_the_later_and_are_reported() {
        let base = sidecar(&[annotation("A", "a", 1), annotation("B", "b", 1)]);
        let ours = sidecar(&[annotation("A", "ours", 5), annotation("B", "ours", 3)]);
        let theirs = sidecar(&[annotation("A", "theirs", 4), annotation("B", "theirs", 9)]);
        let (m, r) = merge(&base, &ours, &theirs);
        assert_eq!(
            notes(&m),
            [("A".into(), "ours".into()), ("B".into(), "theirs".into())]
        );
        assert_eq!(
            r.conflicts,
            [
                Conflict {
                    id: id("A"),
                    kept: Side::Ours
                },
                Conflict {
                    id: id("B"),
                    kept: Side::Theirs
                }
            ]
        );
        // Same edit on both sides is no conflict; a tie keeps ours.
        let (_, r) = merge(&base, &ours, &ours);
        assert!(r.is_empty());
        let tie = sidecar(&[annotation("A", "theirs", 5)]);
        let (m, _) = merge(&base, &ours, &tie);
        assert_eq!(m.annotations[&id("A")].note, "ours");
    }

    #[test]
    fn ties_emptied_sides_and_key_conflicts_are_reported() {
        let base = sidecar(&[annotation("A", "a", 1)]);
        let ours = sidecar(&[annotation("A", "ours", 5)]);
        let (m, r) = merge(&base, &ours, &sidecar(&[annotation("A", "theirs", 5)]));
        assert_eq!(
            (m.annotations[&id("A")].note.as_str(), &r.ties[..]),
            ("ours", &[id("A")][..])
        );
        let (_, r) = merge(&base, &ours, &sidecar(&[annotation("A", "theirs", 4)]));
        assert!(r.ties.is_empty() && r.conflicts.len() == 1);

        let (m, r) = merge(&base, &ours, &Sidecar::new("a.txt"));
        assert!(r.theirs_emptied);
        assert_eq!(notes(&m), [("A".into(), "ours".into())]);
        let (_, r) = merge(&Sidecar::new("a.txt"), &ours, &Sidecar::new("a.txt"));
        assert!(!r.theirs_emptied && r.is_empty());

        let (mut ours, mut theirs) = (base.clone(), base.clone());
        ours.extra.insert("k".into(), 1.into());
        theirs.extra.insert("k".into(), 2.into());
        theirs.article.extra.insert("k".into(), 2.into());
        let (m, r) = merge(&base, &ours, &theirs);
        assert_eq!(r.key_conflicts, ["k"]);
        assert_eq!(m.extra["k"].as_integer(), Some(1));
        assert_eq!(m.article.extra["k"].as_integer(), Some(2));
    }

    #[test]
    fn unknown_keys_merge_key_by_key() {
        let mut base = sidecar(&[]);
        base.extra.insert("x".into(), 1.into());
        base.extra.insert("y".into(), 1.into());
        let mut ours = base.clone();
        ours.extra.insert("x".into(), 2.into());
        let mut theirs = base.clone();
        theirs.extra.insert("y".into(), 3.into());
        theirs.extra.insert("z".into(), 4.into());
        theirs.article.sha256 = "other".into();
        let (m, _) = merge(&base, &ours, &theirs);
        assert_eq!(m.extra["x"].as_integer(), Some(2));
        assert_eq!(m.extra["y"].as_integer(), Some(3));
        assert_eq!(m.extra["z"].as_integer(), Some(4));
        assert_eq!(m.article.sha256, "");
    }
}
