//! One annotation changed on both sides of a merge, merged field by field against the base:
//! its place (start, end and the quote with its context, which change together), its tags,
//! colour, note and each unknown key. A field changed on one side only takes that change, so a
//! note edited in the reader and a tag renamed by `hamish tags --rename` meanwhile are both
//! kept. Only a field changed differently on both sides is a conflict: there the side with the
//! strictly later `updated` wins (ours on a tie). Knows nothing about files.

use super::model::Annotation;

/// Which side of a merge a version came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The in-memory version.
    Ours,
    /// The version found on disk.
    Theirs,
}

/// `ours` and `theirs` (both changed since `base`) merged; `Some(side)` when a field was changed
/// differently on both sides and `side`'s version of it was kept.
pub(crate) fn merge_fields(
    base: &Annotation,
    ours: &Annotation,
    theirs: &Annotation,
) -> (Annotation, Option<Side>) {
    let later = if theirs.updated > ours.updated {
        Side::Theirs
    } else {
        Side::Ours
    };
    let mut conflict = false;
    let mut pick = |b: Place, o: Place, t: Place| -> Side {
        if o == b {
            Side::Theirs
        } else if t == b || o == t {
            Side::Ours
        } else {
            conflict = true;
            later
        }
    };
    let take = |side: Side| if side == Side::Ours { ours } else { theirs };
    let mut out = ours.clone();
    let place = pick(Place::of(base), Place::of(ours), Place::of(theirs));
    let from = take(place);
    (out.start, out.end) = (from.start, from.end);
    out.exact.clone_from(&from.exact);
    out.prefix.clone_from(&from.prefix);
    out.suffix.clone_from(&from.suffix);
    let tags = pick(
        Place::Tags(&base.tags),
        Place::Tags(&ours.tags),
        Place::Tags(&theirs.tags),
    );
    out.tags.clone_from(&take(tags).tags);
    let color = pick(
        Place::Text(&base.color),
        Place::Text(&ours.color),
        Place::Text(&theirs.color),
    );
    out.color.clone_from(&take(color).color);
    let note = pick(
        Place::Text(&base.note),
        Place::Text(&ours.note),
        Place::Text(&theirs.note),
    );
    out.note.clone_from(&take(note).note);
    out.extra = merge_extra(base, ours, theirs, &mut pick);
    out.updated = ours.updated.max(theirs.updated);
    (out, conflict.then_some(later))
}

/// One field's value, compared between the sides.
#[derive(PartialEq)]
enum Place<'a> {
    Position(usize, usize, &'a str, &'a str, &'a str),
    Tags(&'a [String]),
    Text(&'a str),
    Value(Option<&'a toml::Value>),
}

impl<'a> Place<'a> {
    fn of(a: &'a Annotation) -> Place<'a> {
        Place::Position(a.start, a.end, &a.exact, &a.prefix, &a.suffix)
    }
}

fn merge_extra(
    base: &Annotation,
    ours: &Annotation,
    theirs: &Annotation,
    pick: &mut impl FnMut(Place, Place, Place) -> Side,
) -> super::model::Extra {
    let mut keys: Vec<&String> = base
        .extra
        .keys()
        .chain(ours.extra.keys())
        .chain(theirs.extra.keys())
        .collect();
    keys.sort();
    keys.dedup();
    let mut out = super::model::Extra::new();
    for key in keys {
        let value = |a: &'_ Annotation| a.extra.get(key).cloned();
        let side = pick(
            Place::Value(base.extra.get(key)),
            Place::Value(ours.extra.get(key)),
            Place::Value(theirs.extra.get(key)),
        );
        if let Some(v) = value(if side == Side::Ours { ours } else { theirs }) {
            out.insert(key.clone(), v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::time::Timestamp;

    fn at(updated: i64) -> Annotation {
        Annotation {
            id: crate::annotate::model::AnnotationId::new("a").unwrap(),
            start: 0,
            end: 3,
            exact: "نصّ".into(),
            prefix: String::new(),
            suffix: String::new(),
            tags: vec!["old".into()],
            color: String::new(),
            note: "base".into(),
            created: Timestamp::from_unix(0, 0),
            updated: Timestamp::from_unix(updated, 0),
            extra: crate::annotate::model::Extra::new(),
        }
    }

    #[test]
    fn a_note_edited_here_and_a_tag_renamed_there_are_both_kept() {
        let base = at(1);
        let mut ours = at(5);
        ours.note = "edited in the reader".into();
        let mut theirs = at(3);
        theirs.tags = vec!["renamed".into()];
        let (m, conflict) = merge_fields(&base, &ours, &theirs);
        assert_eq!(conflict, None);
        assert_eq!(
            (m.note.as_str(), m.tags.clone()),
            ("edited in the reader", vec!["renamed".to_string()])
        );
        assert_eq!(m.updated, ours.updated);
    }

    #[test]
    fn the_same_field_changed_on_both_sides_goes_to_the_later() {
        let base = at(1);
        let mut ours = at(2);
        ours.note = "ours".into();
        let mut theirs = at(9);
        theirs.note = "theirs".into();
        theirs.color = "red".into();
        let (m, conflict) = merge_fields(&base, &ours, &theirs);
        assert_eq!(conflict, Some(Side::Theirs));
        assert_eq!((m.note.as_str(), m.color.as_str()), ("theirs", "red"));
        let (m, conflict) = merge_fields(&base, &theirs, &ours);
        assert_eq!(conflict, Some(Side::Ours));
        assert_eq!(m.note, "theirs");
    }
}
