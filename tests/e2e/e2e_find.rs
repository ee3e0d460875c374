//! End to end in tmux: find, then annotate in three keys. `/` and a word typed with
//! `send-keys -l`, Enter; `v` starts caret mode on the match, `s` grows it to its sentence, `a`,
//! a tag, Enter: the sidecar holds that sentence. Esc and `j` sent in one `send-keys` (so they
//! reach hamish in one read, as over ssh) clear the match and scroll a line. The search prompt's
//! count, `n` wrapping and ↑ recall. Arabic letters typed with `send-keys -l` act as the Latin
//! key on the same physical key (`ت` is `j`, `ن` is `k`, `ض` is `q`).

use std::path::Path;

use crate::common::tmux::*;
use hamish::annotate::sidecar::parse_bytes;

const SEED: &str = "000_634842d1e9bc2a25.txt";
const WORD: &str = "تحالفاً";
const SENTENCE: &str = "وقال بوتين، في مقابلة مع قناة «روسيا 24» التلفزيونية، إن روسيا والصين تعملان على تطوير التعاون، بما في ذلك على المسار العسكري، لكنه أكد أن هذا «ليس تحالفاً عسكرياً»، وفق وكالة أنباء «تاس» الروسية.";

fn open_copy(dir: &Path) -> (Tmux, std::path::PathBuf) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(SEED);
    let article = dir.join(SEED);
    std::fs::copy(from, &article).unwrap();
    let tmux = Tmux::start(&[article.to_str().unwrap()], (80, 24), &[]);
    tmux.wait_for("the article view", |s| s.contains("% · app/forms · ? help"));
    (tmux, article)
}

fn search(tmux: &Tmux) {
    tmux.keys(&["/"]);
    tmux.wait_for_text("search:");
    tmux.type_text(WORD);
    tmux.keys(&["Enter"]);
    tmux.wait_for("the prompt to close", |s| !s.contains("search:"));
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn search_v_s_a_annotates_the_sentence_of_the_match() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let (tmux, article) = open_copy(dir.path());
    search(&tmux);
    tmux.keys(&["v", "s", "a"]);
    tmux.wait_for_text("annotate");
    tmux.type_text("quote");
    tmux.wait_for_text("quote");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("annotated: quote");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_for_exit(), 0);
    let file = format!("{}.annotations.toml", article.display());
    let sidecar = parse_bytes(&std::fs::read(file).unwrap()).unwrap();
    let annotation = sidecar.annotations.values().next().unwrap();
    assert_eq!(annotation.exact, SENTENCE);
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn esc_and_a_key_sent_together_are_esc_then_the_key() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let (tmux, _article) = open_copy(dir.path());
    search(&tmux);
    // The text's rows: below the header line, above the status line.
    let text_rows = |screen: &str| {
        screen
            .lines()
            .skip(1)
            .take(22)
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let before = text_rows(&tmux.screen());
    tmux.keys(&["Escape", "j"]);
    tmux.wait_for("a line scrolled", |s| text_rows(s)[0] == before[1]);
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_for_exit(), 0);
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn search_counts_matches_recalls_queries_and_wraps_with_a_message() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let (tmux, _article) = open_copy(dir.path());
    tmux.keys(&["/"]);
    tmux.wait_for_text("search:");
    tmux.type_text("عسكريا");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("1/2 · ");
    tmux.keys(&["n"]);
    tmux.wait_for_text("2/2 · ");
    tmux.keys(&["n"]);
    tmux.wait_for_text("search hit the end, went on from the top");
    tmux.keys(&["Escape"]);
    tmux.wait_for("the count to go", |s| !s.contains("1/2 · "));
    tmux.keys(&["/", "Up"]);
    tmux.wait_for("the query recalled", |s| {
        s.lines()
            .last()
            .is_some_and(|l| l.contains("search:") && !l.trim_end().ends_with(':'))
    });
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("1/2 · ");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_for_exit(), 0);
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn an_arabic_letter_typed_with_the_layout_still_active_scrolls_as_its_latin_key() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let (tmux, _article) = open_copy(dir.path());
    // The text's rows: below the header line, above the status line.
    let text_rows = |screen: &str| {
        screen
            .lines()
            .skip(1)
            .take(22)
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let before = text_rows(&tmux.screen());
    tmux.type_text("ت");
    tmux.wait_for("ت to scroll a line as j", |s| text_rows(s)[0] == before[1]);
    tmux.type_text("ن");
    tmux.wait_for("ن to scroll back as k", |s| text_rows(s) == before);
    tmux.type_text("ض");
    assert_eq!(tmux.wait_for_exit(), 0, "ض quits as q");
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn help_shows_the_articles_keys_first_and_scrolls_to_its_end() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let (tmux, _article) = open_copy(dir.path());
    tmux.keys(&["?"]);
    let screen = tmux.wait_for_text("↓ more");
    assert!(
        screen.lines().nth(1).unwrap().contains("— article —"),
        "{screen}"
    );
    tmux.keys(&["G"]);
    tmux.wait_for("the help's end", |s| {
        !s.contains("↓ more") && s.contains("Hebrew layouts")
    });
    tmux.keys(&["Escape", "q"]);
    assert_eq!(tmux.wait_for_exit(), 0);
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn the_position_is_the_top_lines_place_and_an_empty_article_says_so() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let (tmux, _article) = open_copy(dir.path());
    tmux.wait_for_text(" 0% · app/forms");
    tmux.keys(&["G"]);
    tmux.wait_for_text("100% · app/forms");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_for_exit(), 0);
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "\n\n").unwrap();
    let tmux = Tmux::start(&[empty.to_str().unwrap()], (80, 24), &[]);
    let screen = tmux.wait_for_text("(this article is empty)");
    assert!(screen.contains("empty · app/forms"), "{screen}");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_for_exit(), 0);
}
