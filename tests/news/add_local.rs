//! `hamish add FILE.html`: a saved news page becomes an article with its metadata.

use hamish::annotate::model::ArticleDate;

use crate::fixtures::{expected_text, page, story, BOILERPLATE};
use crate::run::{article_table, articles, stderr, stdout, Home};

#[test]
fn a_local_page_becomes_its_paragraphs_and_metadata() {
    let home = Home::new();
    let s = story(6);
    let html = home.dir.path().join("page.html");
    std::fs::write(&html, page(&s)).unwrap();
    let out_dir = home.dir.path().join("lib");
    let o = home.run(&[
        "add",
        html.to_str().unwrap(),
        "--to",
        out_dir.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let saved = articles(&out_dir);
    assert_eq!(saved.len(), 1);
    assert_eq!(stdout(&o), format!("{}\n", saved[0].display()));
    assert_eq!(
        saved[0].file_name().unwrap().to_str().unwrap(),
        format!("{}.txt", s.title)
    );
    let text = std::fs::read_to_string(&saved[0]).unwrap();
    assert_eq!(text, expected_text(&s));
    for b in BOILERPLATE {
        assert!(!text.contains(b), "{b} in {text}");
    }
    let info = article_table(&saved[0]);
    assert_eq!(info.file, format!("{}.txt", s.title));
    assert_eq!(info.title.as_deref(), Some(s.title));
    assert_eq!(info.source.as_deref(), Some(s.site));
    assert_eq!(info.author.as_deref(), Some(s.author));
    assert_eq!(
        info.published.as_ref().map(ToString::to_string).as_deref(),
        Some("2026-11-20T11:00:00+03:00"),
        "the offset the page gave"
    );
    assert!(info.fetched.as_ref().map(ToString::to_string).is_some());
    assert!(matches!(info.published, Some(ArticleDate::Date(_))));
    // The library reads it with its title.
    let lib = hamish::tui::screens::library::state::Library::load(&out_dir).unwrap();
    assert_eq!(lib.entries.len(), 1);
    assert_eq!(lib.entries[0].title, s.title);
}

#[test]
fn not_html_and_missing_files_fail_after_the_others_are_saved() {
    let home = Home::new();
    let html = home.dir.path().join("a.htm");
    std::fs::write(&html, page(&story(4))).unwrap();
    let notes = home.dir.path().join("notes.txt");
    std::fs::write(&notes, "x").unwrap();
    let o = home.run(&[
        "add",
        notes.to_str().unwrap(),
        "/nonexistent.html",
        html.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 2, "{err}");
    let saved = articles(&home.data().join("hamish/articles"));
    assert_eq!(saved.len(), 1, "the default directory holds the good one");
    assert_eq!(stdout(&o).lines().count(), 1);
}

#[test]
fn a_saved_article_is_annotated_and_keeps_its_metadata() {
    use hamish::annotate::store::Store;
    let home = Home::new();
    let s = story(3);
    let html = home.dir.path().join("page.html");
    std::fs::write(&html, page(&s)).unwrap();
    let out_dir = home.dir.path().join("lib");
    let o = home.run(&[
        "add",
        html.to_str().unwrap(),
        "--to",
        out_dir.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let saved = articles(&out_dir);
    let article = hamish::text::Article::load(&saved[0]).unwrap();
    let mut opened = Store::open(&saved[0], &article).unwrap();
    opened.store.add(0..7, ["نقل"], "yellow", "ملاحظة").unwrap();
    let sidecar = std::fs::read(format!("{}.annotations.toml", saved[0].display())).unwrap();
    let parsed = hamish::annotate::sidecar::parse_bytes(&sidecar).unwrap();
    assert_eq!(parsed.annotations.len(), 1);
    assert_eq!(parsed.annotations.values().next().unwrap().exact, "الحكومة");
    assert_eq!(parsed.article.title.as_deref(), Some(s.title));
    assert_eq!(parsed.article.source.as_deref(), Some(s.site));
    assert_eq!(
        parsed
            .article
            .published
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("2026-11-20T11:00:00+03:00"),
        "the offset the page gave"
    );
}

/// Saves the page of `s` with `hamish add` and returns the saved text.
fn add_page(home: &Home, s: &crate::fixtures::Story) -> String {
    let html = home.dir.path().join("page.html");
    std::fs::write(&html, page(s)).unwrap();
    let lib = home.dir.path().join("lib");
    let o = home.run(&["add", html.to_str().unwrap(), "--to", lib.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::read_to_string(stdout(&o).trim()).unwrap()
}

#[test]
fn a_one_paragraph_brief_leaves_the_boilerplate_out_too() {
    let home = Home::new();
    let s = story(1);
    let text = add_page(&home, &s);
    assert_eq!(text, expected_text(&s));
}

#[test]
fn subheadings_quotations_and_list_items_are_lines_of_their_own() {
    let home = Home::new();
    let mut s = story(4);
    s.paragraphs[1] = format!(
        "{}</p><h2>عنوان فرعي</h2><blockquote><p>«قولٌ منقول»</p></blockquote>\
         <ul><li>بندٌ أول</li><li>بند ثانٍ</li></ul><p>فقرة",
        s.paragraphs[1]
    );
    let text = add_page(&home, &s);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[3..8],
        ["عنوان فرعي", "«قولٌ منقول»", "بندٌ أول", "بند ثانٍ", "فقرة"]
    );
    assert_eq!(lines.len(), 10, "{text}");
}
