//! Writing a changed sidecar over the text it was read from, so that only what changed changes.
//!
//! Researchers keep sidecars in git and edit them by hand: an annotation that did not change
//! keeps its exact text (spacing, key order, comments), a changed one has only its changed keys
//! replaced (a key whose new value is empty is removed, an absent key whose value stays empty
//! stays absent), a deleted one loses its table, a new one is appended in the layout
//! [`super::write()`] uses. The edit is made with `toml_edit`, on the whole document; which way a
//! change is written (splice, this, or the canonical text) is decided in [`super::rewrite`].
//! Knows nothing about files.

use toml_edit::{DocumentMut, Item, Key, Table, TableLike, Value};

use super::escape::{self, string, value};
use super::write::{annotation_table, tags};
use crate::annotate::model::{Annotation, AnnotationId, ArticleInfo, Extra, Sidecar};

/// The whole document patched with `toml_edit` (not checked: see [`super::rewrite::patch`]).
pub(super) fn patched(body: &str, old: &Sidecar, new: &Sidecar) -> Option<String> {
    let mut doc: DocumentMut = body.parse().ok()?;
    extra(doc.as_table_mut(), &old.extra, &new.extra)?;
    if old.article != new.article {
        article(doc.as_table_mut(), &old.article, &new.article)?;
    }
    if old.annotations != new.annotations {
        annotations(doc.as_table_mut(), old, new)?;
    }
    Some(doc.to_string())
}

fn article(root: &mut Table, old: &ArticleInfo, new: &ArticleInfo) -> Option<()> {
    if !root.contains_key("article") {
        // Before every other table, where the canonical layout has it.
        let mut table = Table::new();
        table.decor_mut().set_prefix("\n");
        table.set_position(Some(-1));
        root.insert("article", Item::Table(table));
    }
    let t = root.get_mut("article")?.as_table_like_mut()?;
    if old.file != new.file {
        set(t, "file", Some(encoded(&new.file)))?;
    }
    if old.sha256 != new.sha256 {
        set(t, "sha256", optional(&new.sha256))?;
    }
    extra(
        t,
        &super::article::to_table(old),
        &super::article::to_table(new),
    )
}

fn annotations(root: &mut Table, old: &Sidecar, new: &Sidecar) -> Option<()> {
    if !root.contains_key("annotations") {
        root.insert("annotations", Item::ArrayOfTables(Default::default()));
    }
    let array = root.get_mut("annotations")?.as_array_of_tables_mut()?;
    let mut gone = Vec::new();
    for (i, table) in array.iter_mut().enumerate() {
        let id = AnnotationId::new(table.get("id")?.as_str()?)?;
        match (old.annotations.get(&id), new.annotations.get(&id)) {
            (Some(o), Some(n)) if o == n => {}
            (Some(o), Some(n)) => annotation(table, o, n)?,
            (_, None) => gone.push(i),
            (None, Some(_)) => return None,
        }
    }
    for i in gone.into_iter().rev() {
        array.remove(i);
    }
    // New ones go before the first with a greater id, so a file in id order stays in order.
    let mut ids: Vec<AnnotationId> = array
        .iter()
        .filter_map(|t| AnnotationId::new(t.get("id")?.as_str()?))
        .collect();
    for (id, a) in &new.annotations {
        if !old.annotations.contains_key(id) {
            let at = ids.iter().position(|i| i > id).unwrap_or(ids.len());
            array.insert(at, new_table(a)?);
            ids.insert(at, id.clone());
        }
    }
    Some(())
}

fn annotation(t: &mut dyn TableLike, o: &Annotation, n: &Annotation) -> Option<()> {
    if o.start != n.start {
        set(t, "start", Some(n.start.to_string()))?;
    }
    if o.end != n.end {
        set(t, "end", Some(n.end.to_string()))?;
    }
    if o.exact != n.exact {
        set(t, "exact", Some(encoded(&n.exact)))?;
    }
    let strings = [
        ("prefix", &o.prefix, &n.prefix),
        ("suffix", &o.suffix, &n.suffix),
        ("color", &o.color, &n.color),
        ("note", &o.note, &n.note),
    ];
    for (key, before, after) in strings {
        if before != after {
            set(t, key, optional(after))?;
        }
    }
    if o.tags != n.tags {
        let text = (!n.tags.is_empty()).then(|| {
            let mut out = String::new();
            tags(&mut out, &n.tags);
            out
        });
        set(t, "tags", text)?;
    }
    if o.created != n.created {
        set(t, "created", n.created.map(|t| t.to_string()))?;
    }
    if o.updated != n.updated {
        set(t, "updated", n.updated.map(|t| t.to_string()))?;
    }
    extra(t, &o.extra, &n.extra)
}

/// A new annotation's table, as [`super::write()`] lays it out, after a blank line.
fn new_table(a: &Annotation) -> Option<Table> {
    let mut doc: DocumentMut = annotation_table(a).parse().ok()?;
    let mut array = doc.remove("annotations")?.into_array_of_tables().ok()?;
    let mut table = array.remove(0);
    table.set_position(None);
    table.decor_mut().set_prefix("\n");
    Some(table)
}

fn extra(t: &mut dyn TableLike, old: &Extra, new: &Extra) -> Option<()> {
    for key in old.keys().chain(new.keys()) {
        let after = new.get(key);
        if old.get(key) != after {
            let text = after.map(|v| {
                let mut out = String::new();
                value(&mut out, v);
                out
            });
            set(t, key, text)?;
        }
    }
    Some(())
}

fn encoded(s: &str) -> String {
    let mut out = String::new();
    string(&mut out, s);
    out
}

/// An optional string key: absent when empty.
fn optional(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| encoded(s))
}

/// Sets `key` to the value written as `text`, keeping the spacing and comments around an
/// existing value; `None` removes the key.
fn set(t: &mut dyn TableLike, key: &str, text: Option<String>) -> Option<()> {
    let Some(text) = text else {
        t.remove(key);
        return Some(());
    };
    let mut new: Value = text.parse().ok()?;
    match t.get_mut(key) {
        Some(Item::Value(old)) => {
            let decor = old.decor().clone();
            *old = new;
            *old.decor_mut() = decor;
        }
        Some(item) => *item = Item::Value(new),
        None => {
            // The key as the canonical writer spells it (escaped), not as toml_edit would.
            let mut spelled = String::new();
            escape::key(&mut spelled, key);
            let key: Key = spelled.parse().ok()?;
            new.decor_mut().clear();
            t.entry_format(&key).or_insert(Item::Value(new));
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::model::Annotation;
    use crate::annotate::sidecar::{parse, patch, write};

    const HAND: &str = "\u{feff}# my notes on the speech\nversion=1\n\n[[annotations]]\n\
        id = \"a\"   # the denial\nstart = 0\nend = 3\nexact = \"نفى\"\n\n\
        [[annotations]]\nid=\"b\"\nstart = 4\nend = 10\nexact = \"الرئيس\"\n\
        tags = [ \"z\" , \"q\" ]  # mine\n";

    fn get<'s>(s: &'s mut Sidecar, id: &str) -> &'s mut Annotation {
        s.annotations
            .get_mut(&AnnotationId::new(id).unwrap())
            .unwrap()
    }

    #[test]
    fn nothing_changed_is_the_same_text() {
        let old = parse(HAND).unwrap();
        assert_eq!(patch(HAND, &old, &old.clone()), HAND);
    }

    #[test]
    fn only_the_changed_keys_of_the_changed_annotation_differ() {
        let old = parse(HAND).unwrap();
        let mut new = old.clone();
        get(&mut new, "b").note = "قال\n\u{202e}x".into();
        let text = patch(HAND, &old, &new);
        let expected = HAND.replace(
            "  # mine\n",
            "  # mine\nnote = \"\"\"\nقال\n\\u202Ex\"\"\"\n",
        );
        assert_eq!(text, expected);
        assert_eq!(parse(&text).unwrap(), new);
    }

    #[test]
    fn values_change_in_place_and_empty_ones_go() {
        let old = parse(HAND).unwrap();
        let mut new = old.clone();
        get(&mut new, "a").start = 1;
        get(&mut new, "b").tags = vec![];
        let text = patch(HAND, &old, &new);
        assert_eq!(
            text,
            HAND.replace("start = 0", "start = 1")
                .replace("tags = [ \"z\" , \"q\" ]  # mine\n", "")
        );
    }

    #[test]
    fn deleted_and_added_annotations_and_a_new_article_table() {
        let old = parse(HAND).unwrap();
        let mut new = old.clone();
        new.annotations.remove(&AnnotationId::new("a").unwrap());
        let mut c = old.annotations.values().next().unwrap().clone();
        c.id = AnnotationId::new("c").unwrap();
        new.annotations.insert(c.id.clone(), c);
        new.article.sha256 = "ab".into();
        let text = patch(HAND, &old, &new);
        assert!(!text.contains("the denial"), "{text}");
        assert!(
            text.contains("tags = [ \"z\" , \"q\" ]  # mine\n"),
            "{text}"
        );
        assert!(
            text.contains("\n[[annotations]]\nid = \"c\"\nstart = 0\nend = 3\nexact = \"نفى\"\n"),
            "{text}"
        );
        assert_eq!(parse(&text).unwrap(), new);
    }

    #[test]
    fn an_unusual_shape_falls_back_to_the_canonical_text() {
        let inline = "annotations = [{ id = \"a\", start = 0, end = 1, exact = \"x\" }]\n";
        let old = parse(inline).unwrap();
        let mut new = old.clone();
        get(&mut new, "a").note = "n".into();
        assert_eq!(patch(inline, &old, &new), write(&new));
    }
}
