//! Articles in windows-1256 and UTF-16 (with and without a BOM), run through the real binary
//! wherever an article is read: `render` prints them as their UTF-8 twin, `annotate` anchors on
//! chars of the decoded text and never changes the article file, `export` quotes them, and a
//! file whose encoding is only likely is refused with the `iconv` command that converts it.

use std::path::Path;
use std::process::{Command, Output};

const TEXT: &str = "بوتين في بكين\n\nنفى الرئيس الروسي فلاديمير بوتين وجود تحالف عسكري مع الصين، \
                    وأكد أن علاقات روسيا ببكين تقتصر على التعاون فقط.\n";

fn hamish(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hamish"))
        .args(args)
        .env_remove("COLUMNS")
        .env("XDG_DATA_HOME", "/nonexistent-data")
        .output()
        .expect("hamish runs")
}

fn ok(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn encodings() -> Vec<(&'static str, Vec<u8>)> {
    let utf16le: Vec<u8> = TEXT.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let utf16be: Vec<u8> = TEXT.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let (cp1256, _, bad) = encoding_rs::WINDOWS_1256.encode(TEXT);
    assert!(!bad);
    vec![
        ("utf16le-bom.txt", [&[0xff, 0xfe][..], &utf16le].concat()),
        ("utf16le.txt", utf16le),
        ("utf16be-bom.txt", [&[0xfe, 0xff][..], &utf16be].concat()),
        ("cp1256.txt", cp1256.into_owned()),
    ]
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn render_prints_every_encoding_as_its_utf8_twin() {
    let dir = tempfile::tempdir().unwrap();
    let utf8 = write(dir.path(), "utf8.txt", TEXT.as_bytes());
    let expected = ok(&hamish(&["render", "--width", "40", &utf8]));
    for (name, bytes) in encodings() {
        let file = write(dir.path(), name, &bytes);
        assert_eq!(
            ok(&hamish(&["render", "--width", "40", &file])),
            expected,
            "{name}"
        );
    }
}

#[test]
fn annotate_and_export_read_the_decoded_text_and_leave_the_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let quote = "تحالف عسكري";
    let start = TEXT.chars().count() - TEXT[TEXT.find(quote).unwrap()..].chars().count();
    for (name, bytes) in encodings() {
        let file = write(dir.path(), name, &bytes);
        ok(&hamish(&[
            "annotate", &file, "--quote", quote, "--tag", "t",
        ]));
        assert_eq!(std::fs::read(&file).unwrap(), bytes, "{name} was changed");
        let sidecar = std::fs::read_to_string(format!("{file}.annotations.toml")).unwrap();
        assert!(
            sidecar.contains(&format!("start = {start}\n")),
            "{name}: {sidecar}"
        );
        let jsonl = ok(&hamish(&["export", "--format", "jsonl", &file]));
        assert!(jsonl.contains(quote), "{name}: {jsonl}");
        assert!(jsonl.contains("\"anchored\""), "{name}: {jsonl}");
    }
}

#[test]
fn an_uncertain_encoding_is_refused_with_how_to_convert_it() {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode("عنوان قصير\nhello\n");
    let file = write(dir.path(), "short.txt", &bytes);
    let o = hamish(&["render", &file]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("it looks like windows-1256"), "{err}");
    assert!(err.contains("iconv -f WINDOWS-1256 -t UTF-8"), "{err}");
}

#[test]
fn the_library_lists_every_encoding_with_its_title_and_words() {
    use hamish::tui::screens::library::state::Entry;
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in encodings() {
        let path = Path::new(&write(dir.path(), name, &bytes)).to_path_buf();
        let entry = Entry::read(&path);
        assert_eq!(entry.error, None, "{name}");
        assert_eq!(entry.title, "بوتين في بكين", "{name}");
        assert_eq!(entry.words, TEXT.split_whitespace().count(), "{name}");
    }
    // Article::load (the reader, annotate, meta) decodes it too.
    let (name, bytes) = encodings().remove(0);
    let path = Path::new(&write(dir.path(), name, &bytes)).to_path_buf();
    assert_eq!(hamish::text::Article::load(&path).unwrap().text(), TEXT);
}
