//! End to end, the points of daily work that only the real binary shows: a broken config.toml
//! names its file, line and key in a notice that stays until a key closes it; a box the pane is
//! too small for says so, takes no keys, and comes back when the pane grows.

use std::path::{Path, PathBuf};

use crate::common::tmux::*;

/// The screen's words, one space apart, without the borders of boxes: text wrapped in a box
/// reads on.
fn joined(screen: &str) -> String {
    screen
        .replace('│', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn article(dir: &Path) -> PathBuf {
    let path = dir.join("words.txt");
    std::fs::write(&path, "alpha beta gamma\n\ndelta epsilon\n").unwrap();
    path
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn a_broken_config_is_shown_with_its_key_until_a_key_closes_it() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    std::fs::create_dir_all(config.join("hamish")).unwrap();
    std::fs::write(
        config.join("hamish/config.toml"),
        "theme = \"dark\"\nreading_width = \"wide\"\n",
    )
    .unwrap();
    let path = article(dir.path());
    let env = [("XDG_CONFIG_HOME", config.to_str().unwrap())];
    let tmux = Tmux::start(&[path.to_str().unwrap()], (80, 24), &env);
    let screen = tmux.wait_for("the config error", |s| {
        joined(s).contains("(key reading_width)")
    });
    let text = joined(&screen);
    assert!(text.contains("config.toml: line 2, column 17"), "{screen}");
    assert!(text.contains("any key closes"), "{screen}");
    // Still there a while later (it is not a status message that the next redraw clears).
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(joined(&tmux.screen()).contains("(key reading_width)"));
    tmux.keys(&["j"]);
    let screen = tmux.wait_for("the notice to close", |s| !s.contains("any key closes"));
    assert!(screen.contains("alpha beta gamma"), "{screen}");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_for_exit(), 0);
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn the_editor_in_a_too_small_pane_says_so_and_takes_no_keys() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let path = article(dir.path());
    let tmux = Tmux::start(&[path.to_str().unwrap()], (80, 24), &[]);
    tmux.wait_for_text("alpha beta gamma");
    tmux.keys(&["/"]);
    tmux.type_text("beta");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("1/1");
    tmux.keys(&["a"]);
    tmux.wait_for_text("annotate");
    tmux.resize(36, 9);
    tmux.wait_for("the too-small message", |s| {
        joined(s).contains("window too small for the editor: needs 40×10")
    });
    tmux.type_text("blind");
    tmux.keys(&["Enter"]);
    tmux.resize(80, 24);
    let screen = tmux.wait_for("the editor again", |s| {
        s.contains("edit annotation") || s.contains(" annotate ")
    });
    assert!(!screen.contains("blind"), "{screen}");
    assert!(!dir.path().join("words.txt.annotations.toml").exists());
    tmux.type_text("seen");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("annotated: seen");
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_for_exit(), 0);
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn render_piped_to_a_pager_takes_the_width_of_the_terminal_on_stderr() {
    require_tmux();
    let shell = Tmux::start_shell((50, 10));
    let out = shell.dir.path().join("out.txt");
    let file = shell.dir.path().join("a.txt");
    std::fs::write(&file, "كلمة ".repeat(30)).unwrap();
    // Standard output is a pipe; standard error is the 50-column pane. No $COLUMNS exported.
    shell.type_text(&format!(
        "unset COLUMNS; {} render {} | cat > {}; echo done",
        hamish(),
        file.display(),
        out.display()
    ));
    shell.keys(&["Enter"]);
    shell.wait_for("render to finish", |s| s.lines().any(|l| l == "done"));
    let text = std::fs::read_to_string(&out).unwrap();
    let widths: Vec<usize> = text.lines().map(|l| l.chars().count()).collect();
    assert!(
        !widths.is_empty() && widths.iter().all(|&w| w == 50),
        "{widths:?}\n{text}"
    );
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn a_refused_config_value_is_shown_with_its_file_line_and_key() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    std::fs::create_dir_all(config.join("hamish")).unwrap();
    std::fs::write(
        config.join("hamish/config.toml"),
        "mouse = true\n[keys]\n\"ctrl-x\" = \"fly\"\n",
    )
    .unwrap();
    let path = article(dir.path());
    let env = [("XDG_CONFIG_HOME", config.to_str().unwrap())];
    let tmux = Tmux::start(&[path.to_str().unwrap()], (80, 24), &env);
    let screen = tmux.wait_for("the refused remap", |s| {
        joined(s).contains("unknown action")
    });
    let text = joined(&screen);
    assert!(
        text.contains("config.toml: line 3: [keys] \"ctrl-x\": unknown action \"fly\""),
        "{screen}"
    );
    tmux.keys(&["q"]);
    tmux.wait_for("the notice to close", |s| !s.contains("any key closes"));
    tmux.keys(&["q"]);
    assert_eq!(tmux.wait_for_exit(), 0);
}
