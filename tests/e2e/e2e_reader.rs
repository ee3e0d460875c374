//! End to end: the real binary in tmux. Opens the home (its samples), opens a seed, scrolls,
//! searches an Arabic word typed with `send-keys -l`, resizes the pane, quits; checks at each
//! step what `capture-pane` shows, that the article's lines are exactly what `hamish render`
//! prints for the same width, and that the terminal's BiDi mode is switched and restored.

use std::path::Path;
use std::process::Command;

use crate::common::tmux::*;

/// At 80 columns the reading column is 78 wide, one column in from the left.
const COLUMN: (usize, u16) = (1, 78);

fn seed_in(tmux: &Tmux, name: &str) -> std::path::PathBuf {
    tmux.data_dir().join("hamish/samples").join(name)
}

/// Searches an Arabic word in the open article and checks the match's colours.
fn search_is_drawn_in_its_colours(tmux: &Tmux) {
    // Search an Arabic word as typed (without tanween): the match is drawn in the search
    // colours, and the view moves to it.
    tmux.keys(&["g", "/"]);
    tmux.wait_for_text("search:");
    tmux.type_text("تحالفا");
    tmux.wait_for("the query in the prompt", |s| s.contains("search: ﺎﻔﻟﺎﺤﺗ"));
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the prompt to close", |s| !s.contains("search:"));
    assert!(screen.contains("ﺎًﻔﻟﺎﺤﺗ"), "{screen}");
    let coloured = tmux.screen_with_colours();
    // dark theme: search = cyan background, selection = the text colour as background.
    assert!(
        coloured.contains("48;2;86;182;194m"),
        "search colour missing:\n{coloured}"
    );
    assert!(
        coloured.contains("48;2;215;218;224m"),
        "selection colour missing:\n{coloured}"
    );
    tmux.keys(&["n"]);
    tmux.keys(&["Escape"]);
    tmux.wait_for("highlights to clear", |_| {
        !tmux.screen_with_colours().contains("48;2;86;182;194m")
    });
}

/// With paragraph 5 at the top (after `g}}`), a narrower terminal keeps it there, re-wrapped.
fn resize_keeps_the_top_paragraph(tmux: &Tmux, seed: &Path) {
    // Resize: the paragraph at the top stays at the top, re-wrapped to the new width.
    let paragraph = std::fs::read_to_string(seed)
        .unwrap()
        .lines()
        .nth(4)
        .unwrap()
        .to_string();
    let para_file = tmux.dir.path().join("para.txt");
    std::fs::write(&para_file, &paragraph).unwrap();
    let wide = render(&para_file, COLUMN.1);
    tmux.wait_for("paragraph 5 at the top", |s| {
        rows(s, 1..2, COLUMN.0)[0] == wide[0]
    });
    tmux.resize(50, 20);
    let narrow = render(&para_file, 48);
    let n = narrow.len().min(18);
    let screen = tmux.wait_for("the re-wrapped paragraph at the top", |s| {
        rows(s, 1..n + 1, 1) == narrow[..n]
    });
    assert_eq!(
        rows(&screen, 1..n + 1, 1),
        narrow[..n].to_vec(),
        "\n{screen}"
    );
}

/// After hamish exits: the terminal was put in explicit BiDi mode before the first draw and
/// back after.
fn bidi_mode_is_set_around_the_screen(tmux: &Tmux) {
    // The terminal was put in explicit BiDi mode before the first draw and back after.
    let raw = tmux.wait_for_output(|raw| raw.ends_with(b"\x1b[8h"));
    let find = |needle: &[u8]| raw.windows(needle.len()).position(|w| w == needle);
    let rfind = |needle: &[u8]| raw.windows(needle.len()).rposition(|w| w == needle);
    let explicit = find(b"\x1b[8l").expect("CSI 8 l sent");
    let alternate = find(b"\x1b[?1049h").expect("alternate screen entered");
    assert!(
        explicit < alternate,
        "CSI 8 l comes before the screen is cleared"
    );
    let left = rfind(b"\x1b[?1049l").expect("alternate screen left");
    assert!(
        rfind(b"\x1b[8h").unwrap() > left,
        "CSI 8 h after leaving the alternate screen"
    );
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn library_article_scroll_search_resize_quit() {
    require_tmux();
    let tmux = Tmux::start(&[], (80, 24), &[]);
    // The home: its samples group holds the samples, installed on first run (listed at once,
    // their titles and word counts filled in as they are read).
    tmux.wait_for_text("5 of 5 articles");
    let screen = tmux.wait_for_text("900 words · 000_634842d1e9bc2a25.txt");
    let seed = seed_in(&tmux, "000_634842d1e9bc2a25.txt");
    assert!(seed.is_file());
    let lines = render(&seed, COLUMN.1);
    // The title is laid out by the engine, right-aligned: the same visual text as render's
    // first line, cut with "…" on its left.
    let entry = screen
        .lines()
        .position(|l| l.contains("000_634842d1e9bc2a25.txt"));
    let title_row = screen.lines().nth(entry.unwrap() - 1).unwrap().trim();
    let title_tail: String = lines[0].trim().chars().rev().take(30).collect();
    let shown_tail: String = title_row.chars().rev().take(30).collect();
    assert_eq!(shown_tail, title_tail, "{title_row}");

    // Open the first article: below the header line, the rows are render's lines.
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the article view", |s| s.contains("% · app/forms · ? help"));
    assert_eq!(
        rows(&screen, 1..23, COLUMN.0),
        lines[..22].to_vec(),
        "\n{screen}"
    );

    // Scroll: a line, then a page (which keeps one line of the old one).
    tmux.keys(&["j"]);
    tmux.wait_for("one line down", |s| rows(s, 1..2, COLUMN.0)[0] == lines[1]);
    tmux.keys(&["Space"]);
    let screen = tmux.wait_for("a page down", |s| rows(s, 1..23, COLUMN.0) == lines[22..44]);
    assert_eq!(rows(&screen, 1..23, COLUMN.0), lines[22..44].to_vec());

    search_is_drawn_in_its_colours(&tmux);

    tmux.keys(&["g", "}", "}"]);
    resize_keeps_the_top_paragraph(&tmux, &seed);

    // Quit: back to the library, then out, with status 0.
    tmux.keys(&["q"]);
    tmux.wait_for_text("5 of 5 articles");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_for_exit(), 0);

    bidi_mode_is_set_around_the_screen(&tmux);
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn resize_storm_and_tiny_panes_then_ctrl_c() {
    require_tmux();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/003_5f974563870b29f1.txt");
    let tmux = Tmux::start(&[seed.to_str().unwrap()], (80, 24), &[]);
    tmux.wait_for_text("? help");
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 3),
        (5, 2),
        (200, 60),
        (13, 7),
        (3, 40),
        (1, 1),
        (80, 24),
    ] {
        tmux.resize(w, h);
    }
    tmux.keys(&["G"]);
    let screen = tmux.wait_for("the bottom after the storm", |s| {
        s.contains("100% · app/forms")
    });
    assert_eq!(tmux.exit_status(), None, "{screen}");
    let lines = render(&seed, COLUMN.1);
    assert_eq!(
        rows(&screen, 22..23, COLUMN.0)[0],
        *lines.last().unwrap(),
        "\n{screen}"
    );
    tmux.keys(&["C-c"]);
    assert_eq!(tmux.wait_for_exit(), 0);
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn ctrl_z_suspends_and_fg_resumes() {
    require_tmux();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/001_f0ad7be50af453a6.txt");
    // An interactive shell runs hamish, so that Ctrl-Z hands the terminal back to it.
    let shell = Tmux::start_shell((80, 24));
    shell.type_text(&format!("{} {}", hamish(), seed.display()));
    shell.keys(&["Enter"]);
    shell.wait_for_text("? help");
    shell.keys(&["C-z"]);
    let screen = shell.wait_for("the shell's job report", |s| s.contains("Stopped"));
    assert!(
        !screen.contains("? help"),
        "the alternate screen was left:\n{screen}"
    );
    shell.type_text("fg");
    shell.keys(&["Enter"]);
    let screen = shell.wait_for("hamish again", |s| s.contains("? help"));
    let lines = render(&seed, COLUMN.1);
    assert_eq!(
        rows(&screen, 1..6, COLUMN.0),
        lines[..5].to_vec(),
        "\n{screen}"
    );
    shell.keys(&["q"]);
    shell.wait_for("the shell prompt", |s| !s.contains("? help"));
    let count =
        |raw: &[u8], needle: &[u8]| raw.windows(needle.len()).filter(|w| w == &needle).count();
    let raw = shell.wait_for_output(|raw| count(raw, b"\x1b[8h") >= 2);
    assert_eq!(
        count(&raw, b"\x1b[8l"),
        2,
        "explicit mode on start and on resume"
    );
    assert_eq!(
        count(&raw, b"\x1b[8h"),
        2,
        "implicit mode on suspend and on quit"
    );
}

#[test]
fn a_bad_path_is_one_line_and_exit_1_before_the_screen_is_touched() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    let out = Command::new(hamish()).arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "nothing written to the terminal");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr,
        format!("hamish: {}: no such file or directory\n", missing.display())
    );
    let binary = dir.path().join("binary.txt");
    std::fs::write(&binary, b"abc\0def").unwrap();
    let out = Command::new(hamish()).arg(&binary).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with(&format!(
        "hamish: {}: looks like a binary file",
        binary.display()
    )));
    assert_eq!(stderr.lines().count(), 1);
}

/// Run by [`a_panic_restores_the_terminal`] inside tmux: takes the terminal as the reader does,
/// then panics.
#[test]
#[ignore = "a helper, run inside tmux by a_panic_restores_the_terminal"]
fn panic_helper() {
    if std::env::var_os("HAMISH_PANIC_HELPER").is_none() {
        return;
    }
    hamish::tui::terminal::install_panic_hook();
    hamish::tui::terminal::enter(hamish::text::BidiMode::App, true).unwrap();
    panic!("boom: a panic while the reader holds the terminal");
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn a_panic_restores_the_terminal() {
    require_tmux();
    let shell = Tmux::start_shell((80, 24));
    let stty = shell.dir.path().join("stty.txt");
    let me = std::env::current_exe().unwrap();
    shell.type_text(&format!(
        "HAMISH_PANIC_HELPER=1 '{}' --exact e2e_reader::panic_helper --ignored --nocapture; stty -a > '{}'",
        me.display(),
        stty.display()
    ));
    shell.keys(&["Enter"]);
    let screen = shell.wait_for_text("boom: a panic while the reader holds the terminal");
    assert!(
        screen.contains("$ "),
        "back on the shell's screen:\n{screen}"
    );
    shell.wait_for_output(|_| std::fs::read_to_string(&stty).is_ok_and(|t| t.ends_with('\n')));
    let modes = std::fs::read_to_string(&stty).unwrap();
    assert!(
        modes.contains(" icanon") && modes.contains(" echo"),
        "raw mode left:\n{modes}"
    );
    // The panic message comes after the terminal was restored: mouse capture off, the alternate
    // screen left, implicit BiDi mode back.
    let raw = shell.raw_output();
    let find = |needle: &[u8]| raw.windows(needle.len()).position(|w| w == needle);
    let rfind = |needle: &[u8]| raw.windows(needle.len()).rposition(|w| w == needle);
    let entered = find(b"\x1b[8l").expect("explicit mode set");
    let mouse_off = rfind(b"\x1b[?1000l").expect("mouse capture turned off");
    let left = rfind(b"\x1b[?1049l").expect("alternate screen left");
    let implicit = rfind(b"\x1b[8h").expect("implicit mode restored");
    let message = find(b"boom: a panic").expect("panic message shown");
    assert!(entered < mouse_off && mouse_off < left && left < implicit && implicit < message);
}
