//! End to end in tmux: a library of three seeds annotated with Arabic tags; `#` shows the tags
//! view with its counts; `r`, a new name typed in Arabic (`send-keys -l`) and Enter rename the
//! tag in every sidecar (on disk), the view shows the renamed tag with the same counts; `u`
//! puts every sidecar back byte for byte; `m` with Tab merges one tag into another and the
//! counts drop by one tag.

use std::path::{Path, PathBuf};

use crate::common::tmux::*;
use hamish::annotate::store::Store;
use hamish::text::Article;

const SEEDS: [&str; 3] = [
    "000_634842d1e9bc2a25.txt",
    "001_f0ad7be50af453a6.txt",
    "002_5dd5e1b6f7efb101.txt",
];

/// (seed, phrase, tags).
const PASSAGES: &[(usize, &str, &[&str])] = &[
    (0, "فلاديمير بوتين", &["روسيا", "بوتين"]),
    (0, "تحالف عسكري", &["عسكري", "الصين"]),
    (1, "بكين وموسكو", &["الصين", "روسيا"]),
    (2, "سيرغي شويغو", &["روسيا"]),
];

/// The seeds copied into `dir` and annotated.
fn library(dir: &Path) -> Vec<PathBuf> {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let paths: Vec<PathBuf> = SEEDS
        .iter()
        .map(|name| {
            let to = dir.join(name);
            std::fs::copy(seeds.join(name), &to).unwrap();
            to
        })
        .collect();
    for &(i, phrase, tags) in PASSAGES {
        let article = Article::load(&paths[i]).unwrap();
        let text = article.text();
        let start = text[..text.find(phrase).unwrap()].chars().count();
        let range = start..start + phrase.chars().count();
        let mut store = Store::open(&paths[i], &article).unwrap().store;
        store.add(range, tags, "", "").unwrap().saved.unwrap();
    }
    paths
}

fn sidecars(paths: &[PathBuf]) -> Vec<Vec<u8>> {
    paths
        .iter()
        .map(|p| std::fs::read(format!("{}.annotations.toml", p.display())).unwrap())
        .collect()
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn tags_view_rename_in_arabic_counts_and_undo() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let paths = library(dir.path());
    let before = sidecars(&paths);
    let tmux = Tmux::start(&[dir.path().to_str().unwrap()], (80, 24), &[]);
    tmux.wait_for_text("3 of 3 articles");
    tmux.keys(&["#"]);
    tmux.wait_for_text("tags · 4 tags in 3 articles · by passages");
    // روسيا (3 passages in 3 articles) is the first row: rename it.
    let screen = tmux.screen();
    let first = screen.lines().nth(4).unwrap();
    assert!(first.contains("3         3"), "{screen}");
    tmux.keys(&["r"]);
    tmux.wait_for_text("rename «");
    tmux.keys(&["C-u"]);
    tmux.type_text("روسيا الاتحادية");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for_text(": 3 passages in 3 articles");
    assert!(screen.contains("tags · 4 tags in 3 articles"), "{screen}");
    let renamed = rendered(dir.path(), "روسيا الاتحادية");
    assert!(
        screen.lines().nth(4).unwrap().contains(&renamed),
        "the renamed tag, with its counts, on the first row:\n{screen}"
    );
    for sidecar in sidecars(&paths) {
        let text = String::from_utf8(sidecar).unwrap();
        assert!(text.contains("\"روسيا الاتحادية\"") && !text.contains("\"روسيا\""));
    }
    tmux.keys(&["u"]);
    tmux.wait_for_text("undone:");
    assert_eq!(
        sidecars(&paths),
        before,
        "every sidecar byte for byte as before"
    );
    // Merge عسكري (the last row) into الصين, chosen with Tab: one tag fewer.
    tmux.keys(&["G", "m"]);
    tmux.wait_for_text("merge «");
    tmux.type_text("ال");
    tmux.keys(&["Tab", "Enter"]);
    tmux.wait_for_text("tags · 3 tags in 3 articles");
    tmux.wait_for_text(": 1 passage in 1 article · u undoes");
    tmux.keys(&["u"]);
    tmux.wait_for_text("tags · 4 tags in 3 articles");
    assert_eq!(sidecars(&paths), before);
    tmux.keys(&["Escape"]);
    tmux.wait_for_text("3 of 3 articles");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_for_exit(), 0);
}
