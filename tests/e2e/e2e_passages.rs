//! End to end in tmux: the passages view. A library of three seeds whose sidecars hold Arabic
//! tags; `A` lists every passage, `f` and a tag typed in Arabic (`send-keys -l`) filter them, `j`
//! and Enter open the article scrolled to the passage with it selected (found by the selection's
//! colour with `capture-pane -e`), and `q` comes back to the same row with the same filter.

use std::path::Path;

use crate::common::tmux::*;
use hamish::annotate::fingerprint::sha256_hex;
use hamish::annotate::model::{Annotation, AnnotationId, Extra, Sidecar};
use hamish::annotate::offsets::TextIndex;
use hamish::annotate::sidecar::write;

/// The dark theme's selection background (its foreground colour, #d7dae0).
const SELECTED: &str = "215;218;224";
/// Near the end of seed 000: opening the article there needs scrolling.
const DEEP: &str = "الحرب الباردة";

/// Copies seed `name` into `dir` and writes its sidecar: one annotation per phrase, with tags.
fn annotated(dir: &Path, name: &str, passages: &[(&str, &[&str])]) {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(name);
    let text = std::fs::read_to_string(seed).unwrap();
    std::fs::write(dir.join(name), &text).unwrap();
    let mut sidecar = Sidecar::new(name);
    sidecar.article.sha256 = sha256_hex(text.as_bytes());
    for (i, (phrase, tags)) in passages.iter().enumerate() {
        let byte = text.find(phrase).unwrap();
        let start = text[..byte].chars().count();
        let end = start + phrase.chars().count();
        let quote = TextIndex::new(&text).quote(start..end);
        let id = AnnotationId::new(format!("01J0000000000000000000000{i}")).unwrap();
        let a = Annotation {
            id: id.clone(),
            start,
            end,
            exact: quote.exact,
            prefix: quote.prefix,
            suffix: quote.suffix,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            color: "yellow".into(),
            note: String::new(),
            created: None,
            updated: None,
            extra: Extra::new(),
        };
        sidecar.annotations.insert(id, a);
    }
    std::fs::write(
        dir.join(format!("{name}.annotations.toml")),
        write(&sidecar),
    )
    .unwrap();
}

/// Waits (up to 20 s) until the cells in the selection's colour are `passage`'s glyphs.
fn wait_until_selected(tmux: &Tmux, passage: &str) {
    let expected = glyph_multiset(&rendered(tmux.dir.path(), passage));
    let selected = |s: &str| {
        let cells = cells_on_background(s, SELECTED);
        let text: String = cells.iter().map(|(_, t)| t.as_str()).collect();
        glyph_multiset(&text) == expected
    };
    let start = std::time::Instant::now();
    while !selected(&tmux.screen_with_colours()) {
        let screen = tmux.screen_with_colours();
        assert!(
            start.elapsed().as_secs() < 20,
            "the passage is not shown selected:\n{screen}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn library_a_arabic_tag_filter_enter_reads_the_passage_and_q_returns_to_the_same_row() {
    require_tmux();
    let library = tempfile::tempdir().unwrap();
    let dir = library.path();
    annotated(
        dir,
        "000_634842d1e9bc2a25.txt",
        &[("الناتو العالمي", &["سياسة"]), (DEEP, &["سياسة", "طاقة"])],
    );
    annotated(
        dir,
        "001_f0ad7be50af453a6.txt",
        &[("قمة شي-بوتين", &["طاقة"])],
    );
    annotated(
        dir,
        "002_5dd5e1b6f7efb101.txt",
        &[("مستوى غير مسبوق", &["سياسة"])],
    );
    let tmux = Tmux::start(&[dir.to_str().unwrap()], (80, 24), &[]);
    tmux.wait_for_text("3 of 3 articles");
    tmux.keys(&["A"]);
    tmux.wait_for_text("passages · 4 passages in 3 articles");
    tmux.keys(&["f"]);
    tmux.wait_for_text("tags:");
    tmux.type_text("سياسة");
    tmux.wait_for_text("3 passages in 2 articles (of 4)");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the prompt to close", |s| !s.contains("tags:"));
    tmux.keys(&["j"]);
    tmux.wait_for_text("2/3 ·");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the article view", |s| s.contains("% · app/forms"));
    assert!(
        !screen.contains(" 0% · "),
        "scrolled to the passage:\n{screen}"
    );
    // The passage is on screen and selected: the cells in the selection's colour are its.
    wait_until_selected(&tmux, DEEP);
    tmux.keys(&["q"]);
    // Polled for all three at once: a capture can catch a frame half drawn.
    tmux.wait_for("the same row with the same filter", |s| {
        s.contains("3 passages in 2 articles (of 4)")
            && s.contains("2/3 ·")
            && s.contains("filters: tags all of:")
    });
    tmux.keys(&["q"]);
    tmux.wait_for_text("3 of 3 articles");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_for_exit(), 0);
}
