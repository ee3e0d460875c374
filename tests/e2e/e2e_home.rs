//! End to end in tmux, against a real HTTP server on 127.0.0.1 that the test starts: in a shell
//! with isolated HOME and XDG directories, `hamish feed add` subscribes to an RSS feed; `hamish`
//! opens the home, where the feed's group is empty until `F` fetches it in the background (a
//! progress line, then a summary); the fetched article shows in its group with its title, its
//! source and the unread mark; opened, searched, annotated (`a`, a tag, Enter) and left, it is
//! no longer unread. Quit and started again, the home selects it and it opens where it was read.

use std::time::Duration;

use crate::common::tmux::*;
use crate::fixtures::{page, rss, story};
use crate::server::{Route, Server};

const PHRASE: &str = "المرحلة المقبلة";

/// The status line's position ("37%"), read from the screen.
fn percent(screen: &str) -> String {
    let status = screen.lines().last().unwrap_or("");
    status
        .split_whitespace()
        .find(|w| w.ends_with('%'))
        .unwrap_or("")
        .to_string()
}

/// Runs `hamish ARGS` at the shell's prompt.
fn shell_hamish(tmux: &Tmux, args: &str) {
    tmux.type_text(&format!(
        "HAMISH_FETCH_TIMEOUT_MS=5000 '{}' {args}",
        hamish()
    ));
    tmux.keys(&["Enter"]);
}

#[test]
#[cfg_attr(missing_tmux, ignore = "needs tmux (apt-get install tmux)")]
fn fetch_from_the_home_read_annotate_and_come_back_where_you_were() {
    require_tmux();
    let server = Server::start();
    let story = story(30);
    server.route("/news/1", Route::html(&page(&story)));
    let feed = rss("أخبار الاختبار", &[server.url("/news/1")]);
    server.route("/feed.xml", Route::ok("application/rss+xml", feed));
    let tmux = Tmux::start_shell((90, 30));
    tmux.wait_for("the prompt", |s| s.starts_with('$'));
    shell_hamish(
        &tmux,
        &format!("feed add {} --name news", server.url("/feed.xml")),
    );
    tmux.wait_for("the feed added", |s| s.lines().any(|l| l.trim() == "news"));
    shell_hamish(&tmux, "");
    let screen = tmux.wait_for_text("── Feed: news · 0 ──");
    assert!(screen.contains("nothing fetched yet"), "{screen}");

    tmux.keys(&["F"]);
    tmux.wait_for_text("fetched 1 feeds · 1 new");
    let title = rendered(tmux.dir.path(), story.title);
    let source = rendered(tmux.dir.path(), story.site);
    tmux.wait_for_text("── Feed: news · 1 ──");
    // Listed at once, its title and source filled in when read.
    let screen = tmux.wait_for_text(&source);
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines.iter().position(|l| l.trim() == title).expect(&screen);
    let meta = lines[at + 1];
    assert!(meta.contains("unread ·"), "{screen}");
    assert!(meta.contains(&source), "{meta}\n{source}");

    // The selection stayed on the first sample; the fetched article is now the first entry.
    tmux.keys(&["g", "Enter"]);
    tmux.wait_for("the article view", |s| s.contains("% · app/forms"));
    let read_to = annotate_and_scroll(&tmux);

    tmux.keys(&["q"]);
    let screen = tmux.wait_for_text("── Feed: news · 1 ──");
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines.iter().position(|l| l.trim() == title).expect(&screen);
    assert!(!lines[at + 1].contains("unread"), "{screen}");
    assert!(lines[at + 1].contains("· 1 annotation ·"), "{screen}");
    check_sidecar(&tmux);
    tmux.keys(&["C-c"]);
    tmux.wait_for("the shell again", |s| !s.contains("? help"));

    shell_hamish(&tmux, "");
    tmux.wait_for_text("── Feed: news · 1 ──");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the article again", |s| s.contains("% · app/forms"));
    assert_eq!(percent(&screen), read_to, "{screen}");
    tmux.keys(&["C-c"]);
}

/// Searches the phrase, annotates it (tag خطة), scrolls down; returns the position shown.
fn annotate_and_scroll(tmux: &Tmux) -> String {
    tmux.keys(&["/"]);
    tmux.wait_for_text("search:");
    tmux.type_text(PHRASE);
    tmux.keys(&["Enter"]);
    tmux.wait_for("the prompt to close", |s| !s.contains("search:"));
    tmux.keys(&["a"]);
    tmux.wait_for_text("annotate");
    tmux.type_text("خطة");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("annotated:");
    tmux.keys(&["Escape", "g", "space", "space"]);
    let screen = tmux.wait_for("scrolled", |s| !["", "0%"].contains(&percent(s).as_str()));
    std::thread::sleep(Duration::from_millis(200));
    let read_to = percent(&tmux.screen());
    assert_ne!(read_to, "0%", "{screen}");
    read_to
}

/// The feed's article has one sidecar, holding the phrase and the tag.
fn check_sidecar(tmux: &Tmux) {
    let news = tmux.data_dir().join("hamish/feeds/news");
    let sidecars: Vec<_> = std::fs::read_dir(&news)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".annotations.toml"))
        .collect();
    assert_eq!(sidecars.len(), 1, "{sidecars:?}");
    let sidecar = std::fs::read_to_string(news.join(&sidecars[0])).unwrap();
    assert!(
        sidecar.contains("خطة") && sidecar.contains(PHRASE),
        "{sidecar}"
    );
}
