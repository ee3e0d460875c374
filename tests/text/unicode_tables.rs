//! Generator of `src/text/shaping_table.rs`, run as a test so that the committed table can never
//! silently drift from the generator.
//!
//! The test reads ArabicShaping.txt and UnicodeData.txt (Debian package `unicode-data`, or the
//! directory in `HAMISH_UNICODE_DIR`), regenerates the table text and asserts that it equals the
//! committed file. With `HAMISH_REGENERATE=1` it rewrites the file instead:
//!
//! ```sh
//! HAMISH_REGENERATE=1 cargo test --test text unicode_tables
//! ```
//!
//! Without the Unicode files the test is ignored (see `build.rs`), unless `CI` is set: then it
//! fails, so that CI always checks the table.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::common::reference;

const TABLE_PATH: &str = "src/text/shaping_table.rs";
const DEFAULT_UNICODE_DIR: &str = "/usr/share/unicode";

/// Joining classes as named in the generated `Joining` enum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Joining {
    U,
    R,
    D,
    L,
    C,
    T,
    Tf,
}

impl Joining {
    fn name(self) -> &'static str {
        match self {
            Joining::U => "U",
            Joining::R => "R",
            Joining::D => "D",
            Joining::L => "L",
            Joining::C => "C",
            Joining::T => "T",
            Joining::Tf => "Tf",
        }
    }
}

/// Form indexes in the generated table, as `shaping.rs` computes them:
/// `joins_previous as usize | (joins_next as usize) << 1`.
const ISOLATED: usize = 0;
const FINAL: usize = 1;
const INITIAL: usize = 2;
const MEDIAL: usize = 3;
const FORM_TAGS: [&str; 4] = ["<isolated>", "<final>", "<initial>", "<medial>"];

/// Which other forms to try, in order, when a letter has no form of its own for a position.
/// A missing medial form falls back to the final one (the letter still joins the one before
/// it), a missing initial or final form to the isolated one; no form at all keeps the letter.
const FALLBACK: [&[usize]; 4] = [
    &[ISOLATED],
    &[FINAL, ISOLATED],
    &[INITIAL, ISOLATED],
    &[MEDIAL, FINAL, INITIAL, ISOLATED],
];

const LAM: u32 = 0x0644;

struct UnicodeChar {
    name: String,
    category: String,
}

struct Data {
    version: String,
    chars: BTreeMap<u32, UnicodeChar>,
    /// Explicit joining types from ArabicShaping.txt.
    explicit: BTreeMap<u32, Joining>,
    /// Single-letter presentation forms: base → [isolated, final, initial, medial].
    forms: BTreeMap<u32, [Option<u32>; 4]>,
    /// Lam-alef ligatures: alef → [isolated, final].
    lam_alef: BTreeMap<u32, [Option<u32>; 2]>,
}

fn hex(s: &str) -> u32 {
    u32::from_str_radix(s.trim(), 16).unwrap_or_else(|e| panic!("bad code point {s:?}: {e}"))
}

fn parse(arabic_shaping: &str, unicode_data: &str) -> Data {
    let (chars, forms, lam_alef) = presentation_forms(unicode_data);
    Data {
        version: version(arabic_shaping),
        chars,
        explicit: joining_types(arabic_shaping),
        forms,
        lam_alef,
    }
}

/// The Unicode version ArabicShaping.txt names in its first line.
fn version(arabic_shaping: &str) -> String {
    arabic_shaping
        .lines()
        .next()
        .and_then(|l| {
            l.trim_start_matches('#')
                .trim()
                .strip_prefix("ArabicShaping-")
        })
        .and_then(|l| l.strip_suffix(".txt"))
        .expect("ArabicShaping.txt should start with `# ArabicShaping-<version>.txt`")
        .to_string()
}

/// The joining types ArabicShaping.txt lists.
fn joining_types(arabic_shaping: &str) -> BTreeMap<u32, Joining> {
    let mut explicit = BTreeMap::new();
    for line in arabic_shaping.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split(';').map(str::trim).collect();
        assert!(fields.len() >= 3, "ArabicShaping.txt: bad line {line:?}");
        let jt = match fields[2] {
            "U" => Joining::U,
            "R" => Joining::R,
            "D" => Joining::D,
            "L" => Joining::L,
            "C" => Joining::C,
            "T" => Joining::T,
            other => panic!("ArabicShaping.txt: unknown joining type {other:?}"),
        };
        explicit.insert(hex(fields[0]), jt);
    }
    explicit
}

/// Forms and lam-alef ligatures of [`Data`], from UnicodeData.txt, with each char's name and
/// category.
#[allow(clippy::type_complexity)] // the three maps of `Data`, returned at once
fn presentation_forms(
    unicode_data: &str,
) -> (
    BTreeMap<u32, UnicodeChar>,
    BTreeMap<u32, [Option<u32>; 4]>,
    BTreeMap<u32, [Option<u32>; 2]>,
) {
    let mut chars = BTreeMap::new();
    let mut forms: BTreeMap<u32, [Option<u32>; 4]> = BTreeMap::new();
    let mut lam_alef: BTreeMap<u32, [Option<u32>; 2]> = BTreeMap::new();
    for line in unicode_data.lines() {
        let fields: Vec<&str> = line.split(';').collect();
        if fields.len() < 6 {
            continue;
        }
        let cp = hex(fields[0]);
        chars.insert(
            cp,
            UnicodeChar {
                name: fields[1].to_string(),
                category: fields[2].to_string(),
            },
        );
        let in_blocks = (0xFB50..=0xFDFF).contains(&cp) || (0xFE70..=0xFEFF).contains(&cp);
        let mut decomposition = fields[5].split(' ');
        let Some(form) = decomposition
            .next()
            .and_then(|tag| FORM_TAGS.iter().position(|t| *t == tag))
        else {
            continue;
        };
        if !in_blocks {
            continue;
        }
        let parts: Vec<u32> = decomposition.map(hex).collect();
        match parts[..] {
            [base] => {
                let slot = &mut forms.entry(base).or_default()[form];
                // Forms-B comes after Forms-A in the file; both never give the same form of
                // the same letter (checked here so that a future version cannot change it
                // silently).
                assert!(
                    slot.is_none(),
                    "two {} forms of U+{base:04X}",
                    FORM_TAGS[form]
                );
                *slot = Some(cp);
            }
            [LAM, alef] if form == ISOLATED || form == FINAL => {
                lam_alef.entry(alef).or_default()[form] = Some(cp);
            }
            _ => {}
        }
    }
    // Only the mandatory lam-alef ligatures of Forms-B (U+FEF5..U+FEFC): the lam + other
    // letter ligatures of Forms-A are optional and not used.
    lam_alef.retain(|_, f| f.iter().flatten().all(|&c| (0xFE70..=0xFEFF).contains(&c)));
    (chars, forms, lam_alef)
}

impl Data {
    /// Joining type as defined by ArabicShaping.txt: explicit entries, then T for general
    /// categories Mn, Me and Cf, then U. T of a Cf char becomes `Tf`.
    fn joining(&self, cp: u32) -> Joining {
        let category = self.chars.get(&cp).map(|c| c.category.as_str());
        let jt = match self.explicit.get(&cp) {
            Some(&jt) => jt,
            None if matches!(category, Some("Mn" | "Me" | "Cf")) => Joining::T,
            None => Joining::U,
        };
        if jt == Joining::T && category == Some("Cf") {
            Joining::Tf
        } else {
            jt
        }
    }

    fn name(&self, cp: u32) -> &str {
        self.chars.get(&cp).map_or("?", |c| c.name.as_str())
    }

    /// The four forms of a letter with fallbacks applied; the letter itself where it has no
    /// form. Letters that never join (U: hamza) keep their own code point, like FriBidi does.
    fn resolved_forms(&self, cp: u32) -> Option<[u32; 4]> {
        let raw = self.forms.get(&cp)?;
        if !matches!(self.joining(cp), Joining::R | Joining::D | Joining::L) {
            return None;
        }
        Some(std::array::from_fn(|form| {
            FALLBACK[form].iter().find_map(|&f| raw[f]).unwrap_or(cp)
        }))
    }
}

fn generate(data: &Data) -> String {
    let mut s = String::new();
    write_header(&mut s, data);
    write_arabic_joining(&mut s, data);
    write_joining_ranges(&mut s, data);
    write_forms(&mut s, data);
    write_lam_alef(&mut s, data);
    s
}

/// The module comment and the `Joining` type.
fn write_header(w: &mut String, data: &Data) {
    let version = &data.version;
    writeln!(
        w,
        "//! Arabic joining types and presentation forms. @generated by `tests/text/unicode_tables.rs` from\n\
         //! ArabicShaping.txt and UnicodeData.txt of Unicode {version}: do not edit by hand, regenerate with\n\
         //! `HAMISH_REGENERATE=1 cargo test --test text unicode_tables`.\n\
         //!\n\
         //! Joining types follow ArabicShaping.txt: explicit entries, then T for general categories Mn,\n\
         //! Me and Cf, then U. Presentation forms are the `<isolated>`, `<final>`, `<initial>` and\n\
         //! `<medial>` single-letter decompositions of U+FB50..U+FDFF and U+FE70..U+FEFF, with the\n\
         //! fallbacks already applied: a missing medial form falls back to the final one, a missing\n\
         //! initial or final form to the isolated one, a letter with no form keeps its code point.\n\
         \n\
         /// How a char joins its neighbours: its Unicode joining type, with T split in two.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq)]\n\
         pub(super) enum Joining {{\n    \
             /// Non-joining, and every char not listed.\n    \
             U,\n    \
             /// Right-joining: joins the char before it (in logical order) only.\n    \
             R,\n    \
             /// Dual-joining.\n    \
             D,\n    \
             /// Left-joining: joins the char after it only.\n    \
             L,\n    \
             /// Join-causing: tatweel, zero width joiner.\n    \
             C,\n    \
             /// Transparent mark (general category Mn or Me): harakat and the like.\n    \
             T,\n    \
             /// Transparent format char (general category Cf): does not break joining but, not being\n    \
             /// a mark, does break a lam-alef ligature.\n    \
             Tf,\n\
         }}\n\
         \n\
         use Joining::*;"
    )
    .unwrap();
}

/// Joining types of U+0600..U+06FF: a direct array.
fn write_arabic_joining(w: &mut String, data: &Data) {
    writeln!(
        w,
        "\n/// Joining types of U+0600..=U+06FF, indexed by code point - 0x600.\n\
         #[rustfmt::skip]\n\
         pub(super) static ARABIC_JOINING: [Joining; 256] = ["
    )
    .unwrap();
    for row in 0..16u32 {
        let first = 0x600 + row * 16;
        let items: Vec<String> = (first..first + 16)
            .map(|cp| format!("{:<4}", format!("{},", data.joining(cp).name())))
            .collect();
        writeln!(w, "    {}// U+{first:04X}", items.concat()).unwrap();
    }
    writeln!(w, "];").unwrap();
}

/// Everything else that is not U: sorted ranges for a binary search.
fn write_joining_ranges(w: &mut String, data: &Data) {
    let mut ranges: Vec<(u32, u32, Joining)> = Vec::new();
    let candidates = data
        .explicit
        .keys()
        .copied()
        .chain(data.chars.keys().copied())
        .filter(|cp| !(0x600..=0x6FF).contains(cp))
        .collect::<std::collections::BTreeSet<u32>>();
    for cp in candidates {
        let jt = data.joining(cp);
        if jt == Joining::U {
            continue;
        }
        match ranges.last_mut() {
            Some((_, last, t)) if *last + 1 == cp && *t == jt => *last = cp,
            _ => ranges.push((cp, cp, jt)),
        }
    }
    writeln!(
        w,
        "\n/// Joining types outside U+0600..=U+06FF other than U: sorted, disjoint\n\
         /// `(first, last, type)` ranges.\n\
         #[rustfmt::skip]\n\
         pub(super) static JOINING_RANGES: [(u32, u32, Joining); {}] = [",
        ranges.len()
    )
    .unwrap();
    for (first, last, jt) in &ranges {
        writeln!(
            w,
            "    (0x{first:04X}, 0x{last:04X}, {}), // {}",
            jt.name(),
            data.name(*first)
        )
        .unwrap();
    }
    writeln!(w, "];").unwrap();
}

/// Presentation forms, one row per code point from the first to the last letter that has any.
fn write_forms(w: &mut String, data: &Data) {
    let letters: Vec<u32> = data
        .forms
        .keys()
        .copied()
        .filter(|&cp| data.resolved_forms(cp).is_some())
        .collect();
    let (first, last) = (letters[0], letters[letters.len() - 1]);
    assert!(
        (0x600..=0x6FF).contains(&first) && (0x600..=0x6FF).contains(&last),
        "letters with presentation forms outside U+0600..U+06FF: shaping.rs assumes there are none"
    );
    writeln!(
        w,
        "\n/// First code point of [`FORMS`].\n\
         pub(super) const FORMS_FIRST: u32 = 0x{first:04X};\n\
         \n\
         /// Presentation forms `[isolated, final, initial, medial]` of U+{first:04X}..=U+{last:04X}, indexed by\n\
         /// code point - [`FORMS_FIRST`]. Letters that never join and chars that are not letters keep\n\
         /// their own code point.\n\
         #[rustfmt::skip]\n\
         pub(super) static FORMS: [[char; 4]; {}] = [",
        last - first + 1
    )
    .unwrap();
    for cp in first..=last {
        let forms = data.resolved_forms(cp).unwrap_or([cp; 4]);
        let items: Vec<String> = forms.iter().map(|f| format!("'\\u{{{f:04x}}}'")).collect();
        writeln!(
            w,
            "    [{}], // U+{cp:04X} {}",
            items.join(", "),
            data.name(cp)
        )
        .unwrap();
    }
    writeln!(w, "];").unwrap();
}

/// Lam-alef ligatures.
fn write_lam_alef(w: &mut String, data: &Data) {
    writeln!(
        w,
        "\n/// Lam-alef ligatures `(alef, isolated, final)`: lam (U+0644) followed by that alef.\n\
         #[rustfmt::skip]\n\
         pub(super) static LAM_ALEF: [(char, char, char); {}] = [",
        data.lam_alef.len()
    )
    .unwrap();
    for (alef, forms) in &data.lam_alef {
        let [Some(isolated), Some(fin)] = *forms else {
            panic!("lam + U+{alef:04X}: missing isolated or final ligature");
        };
        writeln!(
            w,
            "    ('\\u{{{alef:04x}}}', '\\u{{{isolated:04x}}}', '\\u{{{fin:04x}}}'), // {}",
            data.name(*alef)
        )
        .unwrap();
    }
    writeln!(w, "];").unwrap();
}

fn unicode_dir() -> PathBuf {
    std::env::var_os("HAMISH_UNICODE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(DEFAULT_UNICODE_DIR))
}

fn flag(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0")
}

/// Both Unicode files.
fn read_unicode_files() -> (String, String) {
    let dir = unicode_dir();
    let read = |name: &str| std::fs::read_to_string(dir.join(name));
    match (read("ArabicShaping.txt"), read("UnicodeData.txt")) {
        (Ok(shaping), Ok(data)) => (shaping, data),
        (Err(e), _) | (_, Err(e)) => panic!(
            "cannot read ArabicShaping.txt and UnicodeData.txt in {}: {e}; {}",
            dir.display(),
            reference::missing("unicode-data (apt-get install -y unicode-data)")
        ),
    }
}

#[test]
#[cfg_attr(
    missing_unicode_data,
    ignore = "needs Unicode's data files (apt-get install unicode-data)"
)]
fn shaping_table_matches_the_unicode_files() {
    let (shaping, unicode_data) = read_unicode_files();
    let data = parse(&shaping, &unicode_data);
    let generated = generate(&data);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(TABLE_PATH);
    if flag("HAMISH_REGENERATE") {
        std::fs::write(&path, &generated)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        eprintln!("rewrote {}", path.display());
        return;
    }
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    if committed != generated {
        let line = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| committed.lines().count().min(generated.lines().count()));
        panic!(
            "{TABLE_PATH} differs from what the Unicode {} files in {} give (first at line {}): \
             regenerate with `HAMISH_REGENERATE=1 cargo test --test text unicode_tables`",
            data.version,
            unicode_dir().display(),
            line + 1
        );
    }
}

#[test]
#[cfg_attr(
    missing_unicode_data,
    ignore = "needs Unicode's data files (apt-get install unicode-data)"
)]
fn generator_finds_what_shaping_needs() {
    let (shaping, unicode_data) = read_unicode_files();
    let data = parse(&shaping, &unicode_data);
    // Basic Arabic, Persian, Urdu and Uyghur letters all have their forms.
    for letter in "بپچژگکیےۆۈېڭھۇ".chars() {
        assert!(
            data.resolved_forms(letter as u32).is_some(),
            "no forms for {letter}"
        );
    }
    assert_eq!(data.lam_alef.len(), 4);
    assert_eq!(data.joining(0x0640), Joining::C);
    assert_eq!(data.joining(0x200D), Joining::C);
    assert_eq!(data.joining(0x200C), Joining::U);
    assert_eq!(data.joining(0x064E), Joining::T);
    assert_eq!(data.joining(0x200F), Joining::Tf);
    // Noon ghunna has no initial or medial form: isolated and final stand in.
    assert_eq!(
        data.resolved_forms(0x06BA),
        Some([0xFB9E, 0xFB9F, 0xFB9E, 0xFB9F])
    );
}
