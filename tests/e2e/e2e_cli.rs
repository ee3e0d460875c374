//! The command line's words in a real shell: a word naming a directory opens it, a path opens a
//! file named like a subcommand, and the bare subcommand stays the subcommand.

use crate::common::tmux::{hamish, require_tmux, Tmux};

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn a_word_naming_a_directory_opens_it_and_a_path_opens_a_file_named_like_a_subcommand() {
    require_tmux();
    let shell = Tmux::start_shell((80, 24));
    let home = shell.dir.path().join("home");
    std::fs::create_dir(home.join("notes")).unwrap();
    std::fs::write(home.join("notes/a.txt"), "عنوان المقال\nنص\n").unwrap();
    std::fs::write(home.join("render"), "مقال اسمه render\n").unwrap();
    let run = |args: &str| {
        let quoted = hamish().replace('\'', "'\\''");
        shell.type_text(&format!("cd '{}' && '{quoted}' {args}", home.display()));
        shell.keys(&["Enter"]);
    };
    // `notes` is a directory: its library opens.
    run("notes");
    shell.wait_for_text("hamish · 1 of 1 articles");
    shell.keys(&["q"]);
    shell.wait_for("the shell prompt", |s| !s.contains("1 of 1 articles"));
    // `./render` is the file named `render`: its article view opens.
    run("./render");
    shell.wait_for("the article named render", |s| s.contains("? help"));
    shell.keys(&["q"]);
    shell.wait_for("the shell prompt", |s| !s.contains("? help"));
    // `render` is the subcommand, even with a file of that name here.
    run("render; echo status=$?");
    let screen = shell.wait_for_text("status=2");
    assert!(
        screen.contains("required arguments were not provided"),
        "{screen}"
    );
}
