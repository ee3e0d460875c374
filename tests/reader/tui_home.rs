//! The home and the grouped library as a person uses them: groups in order (saved articles,
//! each feed newest first, samples) with hints in empty ones, unread marks that go once an
//! article is opened, the reading position and the last article kept (in the same run and in
//! the next), filtering by text inside the articles and by `#tag`, files added while the library
//! shows, files that are not articles, and the titles filled in by the background reader.

use std::path::{Path, PathBuf};

use hamish::library::{dir_groups, home_groups};
use hamish::tui::app::App;
use hamish::tui::memory::{Memory, FILE};
use hamish::tui::screens::library::slots::{slots, Slot};
use hamish::tui::screens::library::state::Library;

use crate::common::reader::*;

/// A sidecar with metadata (`published` and `fetched` when given) and one annotation per tag.
fn sidecar(
    dir: &Path,
    file: &str,
    title: &str,
    dates: (Option<&str>, Option<&str>),
    tags: &[&str],
) {
    let mut text = format!(
        "version = 1\n\n[article]\nfile = \"{file}\"\ntitle = \"{title}\"\nsource = \"المصدر\"\n"
    );
    if let Some(p) = dates.0 {
        text.push_str(&format!("published = {p}\n"));
    }
    if let Some(f) = dates.1 {
        text.push_str(&format!("fetched = {f}\n"));
    }
    for (i, tag) in tags.iter().enumerate() {
        text.push_str(&format!(
            "\n[[annotations]]\nid = \"01J000000000000000000000{i:02}\"\nstart = 0\nend = 3\nexact = \"نصٌ\"\ntags = [\"{tag}\"]\n"
        ));
    }
    std::fs::write(dir.join(format!("{file}.annotations.toml")), text).unwrap();
}

/// A data directory with one saved article, a feed "news" of three articles (dated by
/// `published`, by `fetched` only, and a newer `published`), an empty feed "empty", and samples
/// of two articles. Returns (data dir, samples dir).
fn home_dirs(root: &Path) -> (PathBuf, PathBuf) {
    let data = root.join("data");
    let saved = data.join("articles");
    let news = data.join("feeds/news");
    let samples = data.join("samples");
    for d in [&saved, &news, &samples] {
        std::fs::create_dir_all(d).unwrap();
    }
    std::fs::write(saved.join("mine.txt"), "نصٌ محفوظ\nفيه كلمة نادرة\n").unwrap();
    sidecar(
        &saved,
        "mine.txt",
        "مقالي المحفوظ",
        (Some("2024-01-02"), None),
        &[],
    );
    for (file, title, dates, tags) in [
        (
            "a.txt",
            "خبر قديم",
            (Some("2024-03-01"), None),
            &["طاقة"][..],
        ),
        (
            "b.txt",
            "خبر بلا تاريخ نشر",
            (None, Some("2024-03-05T10:00:00Z")),
            &[],
        ),
        (
            "c.txt",
            "خبر جديد",
            (Some("2024-03-09"), None),
            &["طاقة", "نفط"],
        ),
    ] {
        std::fs::write(news.join(file), format!("نصٌ {title}\nسطر\n")).unwrap();
        sidecar(&news, file, title, dates, tags);
    }
    std::fs::write(samples.join("s1.txt"), "Sample one\ntext\n").unwrap();
    std::fs::write(samples.join("s2.txt"), "Sample two\ntext\n").unwrap();
    (data, samples)
}

/// An app on the home of `root` (read in the background and waited for), remembering in
/// `root/state.toml`.
fn home_app(root: &Path, size: (u16, u16)) -> App {
    let (data, samples) = home_dirs(root);
    let feeds = ["news".to_string(), "empty".to_string()];
    let mut library = Library::list(data.clone(), home_groups(&data, &feeds, &[], &samples));
    library.home = true;
    let mut app = app(size);
    app.memory = Some(Memory::load(&root.join(FILE)).0);
    app.open_library(library);
    app.wait_for_library();
    app
}

fn shown_titles(app: &App) -> Vec<String> {
    let lib = app.library.as_ref().unwrap();
    lib.shown
        .iter()
        .map(|&i| lib.entries[i].title.clone())
        .collect()
}

fn selected(app: &App) -> String {
    let lib = app.library.as_ref().unwrap();
    lib.selected_entry().unwrap().title.clone()
}

#[test]
fn home_groups_in_order_feeds_newest_first_and_hints_in_empty_groups() {
    let root = tempfile::tempdir().unwrap();
    let app = home_app(root.path(), (80, 40));
    assert_eq!(
        shown_titles(&app),
        [
            "مقالي المحفوظ",
            "خبر جديد",
            "خبر بلا تاريخ نشر",
            "خبر قديم",
            "Sample one",
            "Sample two"
        ]
    );
    let lib = app.library.as_ref().unwrap();
    let headings: Vec<_> = slots(lib)
        .into_iter()
        .filter_map(|s| match s {
            Slot::Heading(g, n) => Some((lib.groups[g].title.clone(), n)),
            Slot::Hint(_) => Some(("hint".into(), 0)),
            Slot::Entry(_) => None,
        })
        .collect();
    let expected = [
        ("Saved articles", 1),
        ("Feed: news", 3),
        ("Feed: empty", 0),
        ("hint", 0),
        ("Samples", 2),
    ];
    assert_eq!(headings, expected.map(|(t, n)| (t.to_string(), n)));
    let screen = screen_text(frame(&app).buffer());
    assert!(
        screen.contains("F (or hamish fetch) fetches the feeds"),
        "{screen}"
    );
}

#[test]
fn home_with_groups_and_unread_marks_snapshot() {
    let root = tempfile::tempdir().unwrap();
    let mut app = home_app(root.path(), (70, 30));
    press(&mut app, &["j", "enter", "q"]);
    insta::assert_snapshot!(frame(&app));
}

#[test]
fn unread_marks_go_once_opened_and_stay_gone_in_the_next_run() {
    let root = tempfile::tempdir().unwrap();
    let mut app = home_app(root.path(), (80, 24));
    let unread = |app: &App| {
        let lib = app.library.as_ref().unwrap();
        lib.shown.iter().filter(|&&i| lib.entries[i].unread).count()
    };
    assert_eq!(unread(&app), 6);
    let screen = screen_text(frame(&app).buffer());
    let mine = screen.lines().find(|l| l.contains("mine.txt")).unwrap();
    assert!(mine.trim_start().starts_with("unread · "), "{screen}");
    press(&mut app, &["j", "enter"]);
    assert!(app.article.as_ref().unwrap().path.ends_with("c.txt"));
    press(&mut app, &["q"]);
    assert_eq!(unread(&app), 5);
    assert!(
        !app.library
            .as_ref()
            .unwrap()
            .selected_entry()
            .unwrap()
            .unread
    );
    press(&mut app, &["ctrl-c"]);
    let again = home_app(root.path(), (80, 24));
    assert_eq!(unread(&again), 5);
    assert_eq!(
        selected(&again),
        "خبر جديد",
        "the last article opened is selected"
    );
}

#[test]
fn the_reading_position_comes_back_in_the_same_run_and_the_next() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("lib");
    std::fs::create_dir(&dir).unwrap();
    let text: String = (0..200).map(|i| format!("الفقرة رقم {i}\n\n")).collect();
    std::fs::write(dir.join("long.txt"), &text).unwrap();
    let open = |root: &Path| {
        let mut app = app((60, 20));
        app.memory = Some(Memory::load(&root.join(FILE)).0);
        app.open_library(Library::load(&root.join("lib")).unwrap());
        press(&mut app, &["enter"]);
        app
    };
    let mut app = open(root.path());
    let top = |app: &App| app.article.as_ref().unwrap().top_char();
    assert_eq!(top(&app), 0);
    press(&mut app, &["space", "space", "j"]);
    let read_to = top(&app);
    assert!(read_to > 0);
    press(&mut app, &["q", "enter"]);
    assert_eq!(top(&app), read_to, "back and in again: same place");
    press(&mut app, &["j", "ctrl-c"]);
    let moved = top(&app);
    let app = open(root.path());
    assert_eq!(top(&app), moved, "the next run opens where this one quit");
}

#[test]
fn the_filter_finds_text_inside_articles_and_tags() {
    let root = tempfile::tempdir().unwrap();
    let mut app = home_app(root.path(), (80, 24));
    press(&mut app, &["/"]);
    type_text(&mut app, "نادرة");
    assert_eq!(
        shown_titles(&app),
        ["مقالي المحفوظ"],
        "a word only in the text"
    );
    press(&mut app, &["esc", "/"]);
    type_text(&mut app, "#طاقة");
    assert_eq!(shown_titles(&app), ["خبر جديد", "خبر قديم"]);
    type_text(&mut app, " #نفط");
    assert_eq!(shown_titles(&app), ["خبر جديد"]);
    press(&mut app, &["enter", "esc"]);
    assert_eq!(shown_titles(&app).len(), 6);
}

#[test]
fn files_added_while_the_library_shows_appear_and_other_files_say_why() {
    let root = tempfile::tempdir().unwrap();
    let mut app = home_app(root.path(), (80, 24));
    let saved = root.path().join("data/articles");
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(saved.join("later.txt"), "جاء لاحقاً\n").unwrap();
    std::fs::write(saved.join("page.html"), "<html></html>").unwrap();
    assert!(app.rescan(), "the directory changed");
    app.wait_for_library();
    let lib = app.library.as_ref().unwrap();
    let later = lib.entries.iter().find(|e| e.name == "later.txt").unwrap();
    assert_eq!(later.title, "جاء لاحقاً");
    assert!(later.unread);
    let page = lib.entries.iter().find(|e| e.name == "page.html").unwrap();
    assert!(page.error.as_deref().unwrap().contains("hamish add FILE"));
    assert!(!app.rescan(), "nothing new: nothing done");
}

#[test]
fn a_directory_lists_its_subdirectories_as_groups_filled_in_the_background() {
    let root = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(root.path().join("sub")).unwrap();
    std::fs::write(root.path().join("top.txt"), "Top\n").unwrap();
    std::fs::write(root.path().join("sub/inner.txt"), "Inner\n").unwrap();
    let mut app = app((80, 24));
    app.open_library(Library::list(
        root.path().into(),
        dir_groups(root.path()).unwrap(),
    ));
    let lib = app.library.as_ref().unwrap();
    assert!(lib.entries.iter().all(|e| e.pending && e.title.is_empty()));
    assert!(screen_text(frame(&app).buffer()).contains("top.txt · reading…"));
    app.wait_for_library();
    assert_eq!(shown_titles(&app), ["Top", "Inner"]);
    let screen = screen_text(frame(&app).buffer());
    assert!(screen.contains("── sub · 1 ──"), "{screen}");
}

#[test]
fn the_theme_and_bidi_chosen_with_keys_are_remembered() {
    let root = tempfile::tempdir().unwrap();
    let mut app = home_app(root.path(), (80, 24));
    press(&mut app, &["t", "T"]);
    let theme = app.theme().name.clone();
    let (memory, _) = Memory::load(&root.path().join(FILE));
    assert_eq!(memory.data.theme.as_deref(), Some(theme.as_str()));
    assert_eq!(memory.data.bidi.as_deref(), Some("terminal"));
    assert_eq!(memory.data.shaping, None, "not chosen: not kept");
}

#[test]
fn a_feed_added_while_the_home_shows_gets_its_group_and_what_was_read_stays() {
    let root = tempfile::tempdir().unwrap();
    let mut app = home_app(root.path(), (80, 40));
    let data = root.path().join("data");
    let samples = data.join("samples");
    let feeds = ["news".to_string(), "later".to_string()];
    std::fs::create_dir_all(data.join("feeds/later")).unwrap();
    std::fs::write(data.join("feeds/later/x.txt"), "Later news\n").unwrap();
    let lib = app.library.as_mut().unwrap();
    lib.set_groups(home_groups(&data, &feeds, &[], &samples));
    assert!(app.rescan());
    app.wait_for_library();
    let titles = shown_titles(&app);
    assert_eq!(
        titles,
        [
            "مقالي المحفوظ",
            "خبر جديد",
            "خبر بلا تاريخ نشر",
            "خبر قديم",
            "Later news",
            "Sample one",
            "Sample two"
        ],
        "the empty feed's group is gone, the new one listed"
    );
    let lib = app.library.as_ref().unwrap();
    assert_eq!(lib.groups[2].title, "Feed: later");
    assert_eq!(lib.entries.iter().filter(|e| e.annotations > 0).count(), 2);
}

#[test]
fn coming_back_from_an_article_lists_files_added_meanwhile() {
    let root = tempfile::tempdir().unwrap();
    let mut app = home_app(root.path(), (80, 24));
    press(&mut app, &["enter"]);
    assert!(app.article.is_some());
    std::thread::sleep(std::time::Duration::from_millis(20));
    let saved = root.path().join("data/articles");
    std::fs::write(saved.join("meanwhile.txt"), "أضيف أثناء القراءة\n").unwrap();
    press(&mut app, &["q"]);
    let lib = app.library.as_ref().unwrap();
    assert!(
        lib.entries.iter().any(|e| e.name == "meanwhile.txt"),
        "listed on coming back, before any timer"
    );
}

#[test]
fn while_the_library_shows_a_tick_after_a_second_lists_new_files() {
    let root = tempfile::tempdir().unwrap();
    let mut app = home_app(root.path(), (80, 24));
    assert_eq!(app.wake_after(), Some(std::time::Duration::from_secs(1)));
    std::thread::sleep(std::time::Duration::from_millis(20));
    let saved = root.path().join("data/articles");
    std::fs::write(saved.join("ticked.txt"), "Ticked\n").unwrap();
    let has = |app: &App| {
        let lib = app.library.as_ref().unwrap();
        lib.entries.iter().any(|e| e.name == "ticked.txt")
    };
    app.last_scan = std::time::Instant::now();
    assert!(
        !app.tick() && !has(&app),
        "not yet: the last look was just now"
    );
    app.last_scan -= std::time::Duration::from_secs(2);
    assert!(app.tick() && has(&app));
    app.wait_for_library();
    assert_eq!(
        selected(&app),
        "مقالي المحفوظ",
        "the selection stays where it was"
    );
}

#[test]
fn an_article_opened_on_its_own_opens_where_it_was_left() {
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("alone.txt");
    let text: String = (0..100).map(|i| format!("سطر رقم {i}\n\n")).collect();
    std::fs::write(&path, text).unwrap();
    let open = || {
        let mut app = app((60, 20));
        app.memory = Some(Memory::load(&root.path().join(FILE)).0);
        app.open_article(&path, hamish::text::Article::load(&path).unwrap());
        app
    };
    let mut app = open();
    press(&mut app, &["space", "j", "q"]);
    let left_at = app.article.as_ref().unwrap().top_char();
    assert!(left_at > 0);
    let app = open();
    assert_eq!(app.article.as_ref().unwrap().top_char(), left_at);
}

#[test]
fn an_annotation_made_in_the_article_counts_and_filters_as_soon_as_q_goes_back() {
    let root = tempfile::tempdir().unwrap();
    let mut app = home_app(root.path(), (80, 24));
    press(&mut app, &["enter"]);
    search(&mut app, "نادرة");
    press(&mut app, &["a"]);
    type_text(&mut app, "كلمات");
    press(&mut app, &["enter", "q"]);
    let lib = app.library.as_ref().unwrap();
    let mine = lib.entries.iter().find(|e| e.name == "mine.txt").unwrap();
    assert_eq!(mine.annotations, 1);
    press(&mut app, &["/"]);
    type_text(&mut app, "#كلمات");
    assert_eq!(shown_titles(&app), ["مقالي المحفوظ"]);
}

#[test]
fn passages_and_tags_of_the_home_cover_every_group_and_a_feed_not_fetched_yet_is_no_error() {
    let root = tempfile::tempdir().unwrap();
    let mut app = home_app(root.path(), (80, 24));
    // The feed "empty" has no directory yet: nothing to read there, nothing to complain of.
    press(&mut app, &["A"]);
    while app.busy() {
        app.work(1 << 20);
    }
    let passages = app.passages().unwrap();
    assert!(passages.skipped.is_empty(), "{:?}", passages.skipped);
    let heading = passages.heading();
    assert!(heading.starts_with("3 passages in 2 articles"), "{heading}");
    assert_eq!(app.message, None);
    press(&mut app, &["q", "#"]);
    let tags = app.tags().unwrap();
    let counts: Vec<(String, usize)> = tags
        .rows
        .iter()
        .map(|r| (r.tag.clone(), r.passages))
        .collect();
    assert_eq!(counts, [("طاقة".to_string(), 2), ("نفط".to_string(), 1)]);
    assert_eq!(app.message, None);
}
