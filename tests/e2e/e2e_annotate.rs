//! End to end in tmux: annotating a seed copied into a temporary directory. `/` + an Arabic
//! phrase typed with `send-keys -l` + Enter, `a`, tags, Enter, quit: the sidecar holds the
//! phrase as `exact` with those tags at the right offsets. Reopened, the phrase is drawn in its
//! highlight colour (found with `capture-pane -e`). After a paragraph is inserted above it, the
//! highlight is still on the phrase and the sidecar's offsets moved. `x` deletes and `u` brings
//! back, on disk. A corrupted sidecar gives a clear message and stays byte for byte as it was.

use std::path::{Path, PathBuf};

use crate::common::tmux::*;
use hamish::annotate::model::{Annotation, Sidecar};
use hamish::annotate::sidecar::parse_bytes;

const PHRASE: &str = "ليس تحالفاً عسكرياً";
const SEED: &str = "000_634842d1e9bc2a25.txt";
/// The dark theme's yellow highlight background (#5c4b12).
const YELLOW: &str = "92;75;18";

/// Seed 000 copied into `dir`.
fn copy_seed(dir: &Path) -> PathBuf {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(SEED);
    let to = dir.join(SEED);
    std::fs::copy(from, &to).unwrap();
    to
}

fn sidecar_path(article: &Path) -> PathBuf {
    PathBuf::from(format!("{}.annotations.toml", article.display()))
}

fn sidecar(article: &Path) -> Sidecar {
    parse_bytes(&std::fs::read(sidecar_path(article)).unwrap()).unwrap()
}

fn only(sidecar: &Sidecar) -> &Annotation {
    assert_eq!(sidecar.annotations.len(), 1, "{sidecar:?}");
    sidecar.annotations.values().next().unwrap()
}

/// Article chars `start..end` of the file.
fn chars(article: &Path, start: usize, end: usize) -> String {
    let text = std::fs::read_to_string(article).unwrap();
    text.chars().skip(start).take(end - start).collect()
}

/// hamish on `article` in an 80×24 pane, once the article view shows.
fn open(article: &Path) -> Tmux {
    let tmux = Tmux::start(&[article.to_str().unwrap()], (80, 24), &[]);
    tmux.wait_for("the article view", |s| s.contains("% · app/forms · ? help"));
    tmux
}

/// Searches the phrase, annotates it with `tags`.
fn annotate(tmux: &Tmux, tags: &str) {
    tmux.keys(&["/"]);
    tmux.wait_for_text("search:");
    tmux.type_text(PHRASE);
    tmux.keys(&["Enter"]);
    tmux.wait_for("the prompt to close", |s| !s.contains("search:"));
    tmux.keys(&["a"]);
    tmux.wait_for_text("annotate");
    tmux.type_text(tags);
    tmux.wait_for_text(tags);
    tmux.keys(&["Enter"]);
    // The status line echoes the tags as saved: normalised (sorted, one spelling each).
    let saved = hamish::annotate::model::normalize_tags(tags.split(',')).join(", ");
    tmux.wait_for_text(&format!("annotated: {saved}"));
}

fn quit(tmux: &Tmux) {
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_for_exit(), 0);
}

/// Waits for the phrase to show in yellow, and returns the rows it is on.
fn wait_for_highlight(tmux: &Tmux, dir: &Path) -> Vec<usize> {
    let expected = glyph_multiset(&rendered(dir, PHRASE));
    let shown = |cells: &[(usize, String)]| {
        glyph_multiset(&cells.iter().map(|(_, s)| s.as_str()).collect::<String>())
    };
    tmux.wait_for("the phrase in its highlight colour", |_| {
        shown(&cells_on_background(&tmux.screen_with_colours(), YELLOW)) == expected
    });
    let cells = cells_on_background(&tmux.screen_with_colours(), YELLOW);
    assert_eq!(shown(&cells), expected);
    cells.iter().map(|(y, _)| *y).collect()
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn annotate_reopen_highlighted_then_follow_an_edit() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let article = copy_seed(dir.path());
    let tmux = open(&article);
    annotate(&tmux, "quote, putin");
    quit(&tmux);

    let file = sidecar(&article);
    let a = only(&file);
    assert_eq!(a.exact, PHRASE);
    assert_eq!(a.tags, ["putin", "quote"]);
    assert_eq!(a.color, "yellow");
    assert_eq!(chars(&article, a.start, a.end), PHRASE);
    // The search went from the top: the first occurrence.
    let text = std::fs::read_to_string(&article).unwrap();
    let first = text[..text.find(PHRASE).unwrap()].chars().count();
    assert_eq!((a.start, a.end), (first, first + PHRASE.chars().count()));
    let (old_start, old_end) = (a.start, a.end);

    // Reopened: drawn in yellow, with the gutter mark beside its rows.
    let tmux = open(&article);
    let rows = wait_for_highlight(&tmux, dir.path());
    let screen = tmux.screen();
    for y in &rows {
        let row = screen.lines().nth(*y).unwrap();
        assert!(row.ends_with('▐'), "gutter mark on row {y}: {row:?}");
    }
    quit(&tmux);

    // A paragraph inserted above the phrase: still highlighted there, offsets moved.
    let inserted = "فقرة جديدة أضيفت هنا قبل الاقتباس، لتتحرك الإزاحات.\n";
    let paragraph_start = text[..text.find(PHRASE).unwrap()].rfind('\n').unwrap() + 1;
    let edited = format!(
        "{}{inserted}{}",
        &text[..paragraph_start],
        &text[paragraph_start..]
    );
    std::fs::write(&article, edited).unwrap();
    let tmux = open(&article);
    tmux.wait_for_text("1 annotation moved");
    wait_for_highlight(&tmux, dir.path());
    quit(&tmux);
    let file = sidecar(&article);
    let a = only(&file);
    let shift = inserted.chars().count();
    assert_eq!((a.start, a.end), (old_start + shift, old_end + shift));
    assert_eq!(chars(&article, a.start, a.end), PHRASE);
    assert_eq!(a.exact, PHRASE);
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn delete_and_undo_reach_the_file_and_a_corrupt_file_is_left_alone() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let article = copy_seed(dir.path());
    let tmux = open(&article);
    annotate(&tmux, "quote");
    let id = only(&sidecar(&article)).id.clone();
    // ] selects it, x deletes it, u brings it back, Ctrl-R deletes it again, u once more.
    tmux.keys(&["g", "]"]);
    tmux.wait_for_text("quote");
    tmux.keys(&["x"]);
    tmux.wait_for_text("deleted quote — u undoes");
    // The sidecar was created in this session: holding nothing, it is removed (issue 10).
    assert!(!sidecar_path(&article).exists());
    tmux.keys(&["u"]);
    tmux.wait_for_text("undone: quote brought back");
    assert_eq!(only(&sidecar(&article)).id, id);
    tmux.keys(&["C-r"]);
    tmux.wait_for_text("redone: quote removed");
    assert!(!sidecar_path(&article).exists());
    tmux.keys(&["u"]);
    tmux.wait_for_text("undone: quote brought back");
    quit(&tmux);
    assert_eq!(only(&sidecar(&article)).exact, PHRASE);

    // Corrupt the file: a clear message with line and column, annotating off, file untouched.
    let path = sidecar_path(&article);
    let text = std::fs::read_to_string(&path).unwrap();
    let broken = text.replacen("start = ", "start = = ", 1);
    let line = broken
        .lines()
        .position(|l| l.starts_with("start = ="))
        .unwrap()
        + 1;
    std::fs::write(&path, &broken).unwrap();
    let tmux = Tmux::start(&[article.to_str().unwrap()], (80, 24), &[]);
    let screen = tmux.wait_for_text("annotating is off for this article");
    // The notice's text, its rows joined.
    let notice: Vec<&str> = screen
        .lines()
        .filter_map(|l| l.split('│').nth(1))
        .map(str::trim)
        .collect();
    let notice = notice.join(" ");
    assert!(
        notice.contains(&format!("line {line}, column 9: ")),
        "{screen}"
    );
    assert!(notice.contains("rename it"), "{screen}");
    // Any key closes the notice; the annotating keys say why again; nothing is written.
    tmux.keys(&["j"]);
    tmux.wait_for("the notice to close", |s| {
        !s.contains("annotating is off for")
    });
    for key in ["a", "x", "u", "e"] {
        tmux.keys(&[key]);
        tmux.wait_for_text("annotating is off for this article");
        tmux.keys(&["Escape"]);
        tmux.wait_for("the notice to close", |s| {
            !s.contains("annotating is off for")
        });
    }
    quit(&tmux);
    assert_eq!(std::fs::read(&path).unwrap(), broken.as_bytes());
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn ctrl_e_hands_the_terminal_to_the_editor_and_takes_the_note_back() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let article = copy_seed(dir.path());
    // An "editor" that appends a line to the file it is given, like a person would.
    let editor = dir.path().join("editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nprintf 'from the editor: سطر\\n' >> \"$1\"\n",
    )
    .unwrap();
    let mut permissions = std::fs::metadata(&editor).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    std::fs::set_permissions(&editor, permissions).unwrap();
    let tmux = Tmux::start(
        &[article.to_str().unwrap()],
        (80, 24),
        &[("EDITOR", editor.to_str().unwrap())],
    );
    tmux.wait_for("the article view", |s| s.contains("% · app/forms · ? help"));
    tmux.keys(&["/"]);
    tmux.type_text(PHRASE);
    tmux.keys(&["Enter"]);
    tmux.wait_for("the prompt to close", |s| !s.contains("search:"));
    tmux.keys(&["a"]);
    tmux.wait_for_text("annotate");
    tmux.type_text("quote");
    tmux.keys(&["Down", "Down"]);
    tmux.type_text("typed here");
    tmux.keys(&["C-e"]);
    tmux.wait_for_text("from the editor:");
    let count =
        |raw: &[u8], needle: &[u8]| raw.windows(needle.len()).filter(|w| *w == needle).count();
    // What hamish wrote up to taking the terminal back (the pipe may lag behind the screen).
    let raw = tmux.wait_for_output(|raw| count(raw, b"\x1b[?1049h") >= 2);
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("annotated: quote");
    quit(&tmux);
    let a = sidecar(&article);
    assert_eq!(only(&a).note, "typed here\nfrom the editor: سطر");
    // Around the editor: the alternate screen left and BiDi mode back to implicit, then both
    // taken again, as on suspend.
    let find_all = |needle: &[u8]| {
        raw.windows(needle.len())
            .enumerate()
            .filter(|(_, w)| *w == needle)
            .map(|(i, _)| i)
            .collect::<Vec<_>>()
    };
    let left = find_all(b"\x1b[?1049l");
    let entered = find_all(b"\x1b[?1049h");
    let implicit = find_all(b"\x1b[8h");
    let explicit = find_all(b"\x1b[8l");
    assert_eq!((left.len(), entered.len()), (1, 2), "{left:?} {entered:?}");
    assert!(implicit.len() == 1 && implicit[0] > left[0]);
    assert!(explicit.len() == 2 && explicit[1] > implicit[0] && explicit[1] < entered[1]);
}
