//! The reader stopped in the middle of `F` (issue 19, M1, M2), in tmux against a local server
//! whose page answers slowly: killed with SIGTERM or SIGHUP, hamish gives the terminal back
//! whole (no alternate screen, no mouse capture, the cursor shown, the line discipline cooked
//! with echo, as `stty` at the shell's next prompt says), and the next fetch saves the article
//! once, leaving nothing of the interrupted one behind.

use std::time::Duration;

use crate::common::tmux::*;
use crate::fixtures::{page, rss, story};
use crate::server::{Route, Server};

/// A tmux format value of the pane (`#{alternate_on}`).
fn pane_flag(tmux: &Tmux, format: &str) -> String {
    let out = tmux.run(&["display-message", "-p", "-t", "t", format]);
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// The pid of the program the pane's shell runs now.
fn foreground_child(tmux: &Tmux) -> String {
    let shell = pane_flag(tmux, "#{pane_pid}");
    let out = std::process::Command::new("pgrep")
        .args(["-P", &shell])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn killed_in_the_middle_of_f_the_terminal_is_given_back_whole() {
    require_tmux();
    let server = Server::start();
    let mut slow = Route::html(&page(&story(8)));
    slow.delay = Some(Duration::from_secs(3));
    server.route("/news/1", slow);
    let feed = rss("أخبار", &[server.url("/news/1")]);
    server.route("/feed.xml", Route::ok("application/rss+xml", feed));
    let tmux = Tmux::start_shell((90, 30));
    tmux.wait_for("the prompt", |s| s.starts_with('$'));
    let hamish = format!("HAMISH_FETCH_TIMEOUT_MS=10000 '{}'", hamish());
    let add = format!("{hamish} feed add {} --name news", server.url("/feed.xml"));
    tmux.type_text(&add);
    tmux.keys(&["Enter"]);
    tmux.wait_for("the feed added", |s| s.lines().any(|l| l.trim() == "news"));
    for signal in ["TERM", "HUP"] {
        tmux.type_text(&format!("clear; {hamish}"));
        tmux.keys(&["Enter"]);
        tmux.wait_for_text("── Feed: news · 0 ──");
        assert_eq!(pane_flag(&tmux, "#{alternate_on}"), "1");
        tmux.keys(&["F"]);
        tmux.wait_for_text("fetching 0/1 feeds");
        let pid = foreground_child(&tmux);
        assert!(!pid.is_empty(), "hamish runs");
        let kill = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .unwrap();
        assert!(kill.success());
        tmux.wait_for("the prompt again", |s| {
            s.lines().any(|l| l.starts_with('$')) && !s.contains("Feed: news")
        });
        assert_eq!(pane_flag(&tmux, "#{alternate_on}"), "0", "{signal}");
        assert_eq!(pane_flag(&tmux, "#{mouse_any_flag}"), "0", "{signal}");
        assert_eq!(pane_flag(&tmux, "#{cursor_flag}"), "1", "{signal}");
        tmux.type_text("clear; stty -a | tr ' ;' '\\n\\n' | grep -x -e -icanon -e icanon -e -echo -e echo | tr '\\n' ' '; echo");
        tmux.keys(&["Enter"]);
        // The answer is a line of its own (the typed command holds the words too).
        let answer = |s: &str| {
            s.lines()
                .find(|l| l.starts_with("icanon") || l.starts_with("-icanon"))
                .map(str::trim_end)
                .map(str::to_string)
        };
        let screen = tmux.wait_for("stty's answer", |s| answer(s).is_some());
        assert_eq!(
            answer(&screen).as_deref(),
            Some("icanon echo"),
            "{signal}: {screen}"
        );
    }
    // The fetch again, to the end: the article once, nothing left of the killed runs.
    tmux.type_text(&format!("clear; {hamish} fetch"));
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("news: 1 new");
    let dir = tmux.data_dir().join("hamish/feeds/news");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

/// A huge article opens on its first part, and what the first frame does not need starts once
/// it is out (issue 18): the rest of the article still arrives (`G` reaches its last line) and
/// a SIGTERM is still handled (the terminal given back, exit status 143).
#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn after_a_huge_articles_first_frame_the_rest_arrives_and_a_signal_is_handled() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let line = "سطر من نص عربي طويل نسبياً يتكرر في المقال الكبير\n";
    let mut text = line.repeat((9 << 20) / line.len());
    text.push_str("THE LAST LINE OF THE FILE");
    std::fs::write(&path, &text).unwrap();
    let tmux = Tmux::start(&[path.to_str().unwrap()], (80, 24), &[]);
    tmux.wait_for_text("? help");
    tmux.keys(&["G"]);
    tmux.wait_for_text("THE LAST LINE OF THE FILE");
    let pid = foreground_child(&tmux);
    assert!(!pid.is_empty(), "hamish runs");
    let kill = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    assert!(kill.success());
    assert_eq!(tmux.wait_for_exit(), 128 + 15);
    tmux.wait_for_output(|raw| raw.windows(8).any(|w| w == b"\x1b[?1049l"));
}
