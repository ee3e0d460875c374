//! Property tests of the sidecar format: load → save → load is the identity for any sidecar
//! (any text in any field, unknown keys of any shape), written with every terminal control and
//! bidi override escaped; a patch of one sidecar's text reads back as the other and leaves text
//! that did not change as it was; and no input — random, or a valid file cut, spliced or
//! garbled — makes parsing panic.

use std::collections::BTreeMap;

use hamish::annotate::model::{
    normalize_tags, Annotation, AnnotationId, ArticleDate, ArticleInfo, Extra, Sidecar,
};
use hamish::annotate::sidecar::{must_escape, parse, parse_bytes, patch, write};
use hamish::annotate::time::Timestamp;
use proptest::prelude::*;
use toml::Value;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        // Anything at all: controls, NUL, CR, BOM, quotes, backslashes…
        prop::collection::vec(any::<char>(), 0..24).prop_map(String::from_iter),
        // Realistic Arabic with harakat, newlines and the characters TOML escapes.
        "[ابتثجحخدذرسشصضطظعغفقكلمنهوي ًٌٍَُِّْـ«»،.\"\\\\\n\t'#=\\[\\]{}]{0,40}",
        // What a terminal would obey: C0 and C1 controls, bidi overrides and isolates, marks.
        prop::collection::vec(
            prop_oneof![
                0x00u32..0x20,
                0x7fu32..0xa0,
                0x202au32..0x202f,
                0x2066u32..0x206a,
                Just(0x200e),
                Just(0x200f),
                Just(0x061c),
                Just(0x0628),
                Just(0x61),
            ]
            .prop_map(|c| char::from_u32(c).unwrap()),
            0..24
        )
        .prop_map(String::from_iter),
    ]
}

fn timestamp() -> impl Strategy<Value = Timestamp> {
    (
        -62_167_219_200i64..=253_402_300_799,
        prop_oneof![Just(0u32), 0u32..1_000_000_000],
    )
        .prop_map(|(s, n)| Timestamp::from_unix(s, n).unwrap())
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        text().prop_map(Value::String),
        any::<i64>().prop_map(Value::Integer),
        any::<f64>()
            .prop_filter("NaN is not equal to itself", |f| !f.is_nan())
            .prop_map(Value::Float),
        any::<bool>().prop_map(Value::Boolean),
        timestamp().prop_map(|t| Value::Datetime(t.to_toml())),
        timestamp().prop_map(|t| {
            let mut d = t.to_toml();
            d.offset = None;
            Value::Datetime(d)
        }),
        timestamp().prop_map(|t| {
            let mut d = t.to_toml();
            d.time = None;
            d.offset = None;
            Value::Datetime(d)
        }),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(text(), inner, 0..4)
                .prop_map(|m| Value::Table(m.into_iter().collect())),
        ]
    })
}

fn extra(reserved: &'static [&'static str]) -> impl Strategy<Value = Extra> {
    prop::collection::btree_map(text(), value(), 0..3).prop_map(move |m| {
        m.into_iter()
            .filter(|(k, _)| !reserved.contains(&k.as_str()))
            .collect()
    })
}

const ANNOTATION_KEYS: &[&str] = &[
    "id", "start", "end", "exact", "prefix", "suffix", "tags", "color", "note", "created",
    "updated",
];

fn annotation() -> impl Strategy<Value = Annotation> {
    (
        text().prop_filter("ids are not empty", |s| !s.is_empty()),
        0usize..1_000_000,
        0usize..500,
        (text(), text(), text()),
        prop::collection::vec(text(), 0..4),
        (text(), text()),
        (prop::option::of(timestamp()), prop::option::of(timestamp())),
        extra(ANNOTATION_KEYS),
    )
        .prop_map(
            |(
                id,
                start,
                len,
                (exact, prefix, suffix),
                tags,
                (color, note),
                (created, updated),
                extra,
            )| {
                Annotation {
                    id: AnnotationId::new(id).unwrap(),
                    start,
                    end: start + len,
                    exact,
                    prefix,
                    suffix,
                    tags: normalize_tags(tags),
                    color,
                    note,
                    created,
                    updated,
                    extra,
                }
            },
        )
}

/// The keys of `[article]` the model types.
const ARTICLE_KEYS: &[&str] = &[
    "file",
    "sha256",
    "title",
    "source",
    "url",
    "author",
    "published",
    "language",
    "fetched",
    "path",
];

/// Some of the typed `[article]` fields: a text, and a date either typed or as text.
fn article_fields() -> impl Strategy<Value = (Option<String>, Option<String>, Option<ArticleDate>)>
{
    let date = prop_oneof![
        timestamp().prop_map(|t| ArticleDate::Date(t.to_toml())),
        text().prop_map(ArticleDate::Text),
    ];
    (
        prop::option::of(text()),
        prop::option::of(text()),
        prop::option::of(date),
    )
}

fn sidecar() -> impl Strategy<Value = Sidecar> {
    (
        (text(), text(), extra(ARTICLE_KEYS), article_fields()),
        prop::collection::vec(annotation(), 0..6),
        extra(&["version", "article", "annotations"]),
    )
        .prop_map(
            |((file, sha256, article_extra, (title, url, published)), annotations, extra)| {
                Sidecar {
                    version: 1,
                    article: ArticleInfo {
                        file,
                        sha256,
                        title,
                        url,
                        published,
                        extra: article_extra,
                        ..ArticleInfo::default()
                    },
                    annotations: annotations
                        .into_iter()
                        .map(|a| (a.id.clone(), a))
                        .collect::<BTreeMap<_, _>>(),
                    extra,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn load_save_load_is_the_identity(s in sidecar()) {
        let text = write(&s);
        let loaded = parse(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&loaded, &s);
        prop_assert_eq!(write(&loaded), text.clone());
        // Nothing a terminal obeys is written raw (newlines only inside multi-line strings).
        let raw = text.chars().find(|&c| must_escape(c) || (c.is_control() && c != '\n' && c != '\t'));
        prop_assert_eq!(raw, None, "{}", text.escape_debug());
    }

    #[test]
    fn a_patch_reads_back_as_the_new_sidecar(old in sidecar(), new in sidecar(), keep in any::<prop::sample::Index>(), same_header in any::<bool>()) {
        let text = write(&old);
        prop_assert_eq!(patch(&text, &old, &old), text.clone());
        // The new sidecar shares one annotation with the old: that one's text is kept. With the
        // same `[article]` and top-level keys, only annotations changed: they are spliced.
        let mut new = new;
        if same_header {
            new.article = old.article.clone();
            new.extra = old.extra.clone();
        }
        let kept = (!old.annotations.is_empty()).then(|| {
            let a = old.annotations.values().nth(keep.index(old.annotations.len())).unwrap();
            new.annotations.insert(a.id.clone(), a.clone());
            a.clone()
        });
        let patched = patch(&text, &old, &new);
        prop_assert_eq!(parse(&patched).unwrap(), new.clone());
        let raw = patched.chars().find(|&c| must_escape(c));
        prop_assert_eq!(raw, None, "{}", patched.escape_debug());
        if let Some(a) = kept {
            let mut one = old.clone();
            one.annotations.retain(|id, _| *id == a.id);
            let table = write(&one);
            let table = &table[table.find("[[annotations]]").unwrap()..];
            prop_assert!(patched.contains(table), "{}\n----\n{}", text, patched);
        }
    }

    #[test]
    fn random_text_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(s) = parse_bytes(&bytes) {
            prop_assert_eq!(parse(&write(&s)).unwrap(), s);
        }
    }

    #[test]
    fn garbled_sidecars_never_panic(
        s in sidecar(),
        cuts in prop::collection::vec((any::<prop::sample::Index>(), 0usize..20, prop::collection::vec(any::<u8>(), 0..6)), 1..4),
    ) {
        let mut bytes = write(&s).into_bytes();
        for (at, len, insert) in cuts {
            let at = at.index(bytes.len() + 1);
            let end = (at + len).min(bytes.len());
            bytes.splice(at..end, insert);
        }
        match parse_bytes(&bytes) {
            Ok(parsed) => prop_assert_eq!(parse(&write(&parsed)).unwrap(), parsed),
            Err(e) => {
                prop_assert!(e.line >= 1 && e.column >= 1);
                prop_assert!(!e.message.is_empty());
            }
        }
    }
}

#[test]
fn a_sidecar_written_by_hamish_is_stable_under_rewriting() {
    // The example from the issue, verbatim.
    let example = r#"# Annotations for 000_634842d1e9bc2a25.txt, written by hamish. Safe to edit by hand.
version = 1

[article]
file = "000_634842d1e9bc2a25.txt"
sha256 = "…"                 # of the article's bytes when these offsets were last verified

[[annotations]]
id = "01JDCX3V8W2T5R0Q9Y7K4M6N1P"   # ULID
start = 269                         # chars from the start of the text (after a BOM), inclusive
end = 288                           # exclusive
exact = "ليس تحالفاً عسكرياً"
prefix = "…"                        # up to 32 chars before
suffix = "…"                        # up to 32 chars after
tags = ["putin", "quote"]           # sorted, no duplicates
color = "yellow"
note = """…"""
created = 2026-11-22T10:00:00Z      # UTC
updated = 2026-11-22T10:05:00Z
"#;
    let s = parse(example).unwrap();
    let a = s.annotations.values().next().unwrap();
    assert_eq!(
        (a.start, a.end, a.exact.as_str()),
        (269, 288, "ليس تحالفاً عسكرياً")
    );
    assert_eq!(a.updated.unwrap().to_string(), "2026-11-22T10:05:00Z");
    let rewritten = write(&s);
    assert_eq!(parse(&rewritten).unwrap(), s);
    assert_eq!(write(&parse(&rewritten).unwrap()), rewritten);
}

/// A sidecar as hamish wrote it before its ids and times came from the `ulid` and `chrono`
/// crates: ids from its own generator, whole-second and fractional times, an annotation without
/// times, unknown keys. `HAMISH_REGENERATE=1` writes it anew (only ever with that old code).
fn written_before() -> Sidecar {
    let mut s = Sidecar::new("000_634842d1e9bc2a25.txt");
    s.article.sha256 = "59df006e678d200d22c9d2dbead59e9d0f4dc7618757af088a41595fbe9d4684".into();
    s.article
        .extra
        .insert("title".into(), Value::String("نفى الرئيس".into()));
    let times = [
        (
            Timestamp::from_unix(1_795_341_600, 0),
            Timestamp::from_unix(1_795_341_900, 0),
        ),
        (
            Timestamp::from_unix(-1, 999_999_999),
            Timestamp::from_unix(951_868_799, 250_000_000),
        ),
        (None, None),
    ];
    for (i, (created, updated)) in times.into_iter().enumerate() {
        let id = AnnotationId::generate();
        let mut extra = Extra::new();
        extra.insert("by".into(), Value::String(format!("reader {i}")));
        let a = Annotation {
            id: id.clone(),
            start: i * 10,
            end: i * 10 + 5,
            exact: format!("quote {i}"),
            prefix: String::new(),
            suffix: "بعد".into(),
            tags: normalize_tags(["روسيا", "quote"]),
            color: String::new(),
            note: "سطر\nline".into(),
            created,
            updated,
            extra,
        };
        s.annotations.insert(id, a);
    }
    s
}

#[test]
fn sidecars_written_before_are_read_and_written_back_byte_for_byte() {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/annotate/data/written_by_hamish.txt.annotations.toml");
    if std::env::var_os("HAMISH_REGENERATE").is_some() {
        std::fs::write(&fixture, write(&written_before())).unwrap();
    }
    let mut files = vec![fixture];
    files.extend(
        crate::common::seeds::seeds()
            .into_iter()
            .map(|p| p.with_extension("txt.annotations.toml")),
    );
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let s = parse(&text).unwrap();
        assert_eq!(write(&s), text, "{}", file.display());
    }
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/annotate/data/written_by_hamish.txt.annotations.toml"),
    )
    .unwrap();
    let s = parse(&text).unwrap();
    assert!(
        text.contains("updated = 2000-02-29T23:59:59.25Z\n"),
        "{text}"
    );
    assert!(s
        .annotations
        .keys()
        .all(|id| *id < AnnotationId::generate()));
}
