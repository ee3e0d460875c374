//! `hamish annotate` on Persian and Urdu articles, run through the real binary (issue 15):
//! `--quote` is matched with the one folding search uses, so Arabic letters find their Persian
//! and Urdu forms and ASCII digits find Arabic-Indic and Extended Arabic-Indic ones; and `--tag`
//! splits at `,` and `،` as the editor does.

use std::path::Path;
use std::process::{Command, Output};

/// Persian news as an Iranian site writes it (ی, ک, ۀ, digits ۰–۹).
const PERSIAN: &str = "به گزارش خبرگزاری ایسنا، وزیر امور خارجه روز ۱۴ اسفند ۱۴۰۲ در مسکو با \
همتای روسی خود دیدار کرد و دربارهٔ توسعۀ همکاری‌های اقتصادی گفت‌وگو کرد.\n";

/// Arabic news with Arabic-Indic digits.
const ARABIC: &str = "أعلنت الهيئة أن التضخم بلغ ١٤٫٥٪ في عام ٢٠٢٢، وهو الأعلى منذ ١٤ عاماً.\n";

fn hamish(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hamish"))
        .args(args)
        .env_remove("COLUMNS")
        .env("XDG_DATA_HOME", "/nonexistent-data")
        .output()
        .expect("hamish runs")
}

/// Annotates `quote` (with `extra` arguments) in a fresh copy of `text`; the sidecar written.
fn annotate(dir: &Path, text: &str, quote: &str, extra: &[&str]) -> String {
    let file = dir.join("a.txt");
    std::fs::write(&file, text).unwrap();
    let _ = std::fs::remove_file(dir.join("a.txt.annotations.toml"));
    let file = file.to_str().unwrap();
    let o = hamish(&[&["annotate", file, "--quote", quote][..], extra].concat());
    assert!(
        o.status.success(),
        "{quote}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    std::fs::read_to_string(dir.join("a.txt.annotations.toml")).unwrap()
}

#[test]
fn arabic_letters_and_ascii_digits_find_persian_and_arabic_indic_text() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (text, quote, exact) in [
        (PERSIAN, "مسكو", "مسکو"),
        (PERSIAN, "14 اسفند 1402", "۱۴ اسفند ۱۴۰۲"),
        (PERSIAN, "توسعه همكاريهاي", "توسعۀ همکاری\u{200c}های"),
        (ARABIC, "2022", "٢٠٢٢"),
        (ARABIC, "14.5%", "١٤٫٥٪"),
        (ARABIC, "۱۴ عاما", "١٤ عاماً"),
    ] {
        let s = annotate(d, text, quote, &["--tag", "t"]);
        assert!(s.contains(&format!("exact = \"{exact}\"")), "{quote}: {s}");
    }
}

#[test]
fn a_tag_with_a_comma_is_split_as_the_editor_splits_it() {
    let dir = tempfile::tempdir().unwrap();
    let s = annotate(
        dir.path(),
        PERSIAN,
        "مسکو",
        &["--tag", "روسیه،دیپلماسی", "--tag", "energy, trade"],
    );
    let tags = s.lines().find(|l| l.starts_with("tags")).unwrap();
    for tag in ["\"روسیه\"", "\"دیپلماسی\"", "\"energy\"", "\"trade\""] {
        assert!(tags.contains(tag), "{tag} in {tags}");
    }
    assert!(
        !tags.contains('،') && !tags.contains("\"energy, trade\""),
        "{tags}"
    );
}
