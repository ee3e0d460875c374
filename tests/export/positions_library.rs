//! A small library for the position tests: two articles saved the way `fetch` saves them (title
//! line, then paragraphs, blank lines between some), edited after they were annotated (no
//! SHA-256), so that their annotations are anchored, moved, needing review and orphaned; one
//! passage in the title, one quote over two paragraphs, a note of several lines that Markdown
//! would take for a list or a code block; a `published` date-time just after midnight in the
//! source's zone.

use std::path::Path;

use hamish::annotate::model::{Annotation, AnnotationId, ArticleDate, Extra, Sidecar};
use hamish::annotate::offsets::TextIndex;
use hamish::annotate::sidecar::write;

/// The first article: its paragraphs after the title are ¶ 1 to ¶ 5.
pub const FIRST: &str = "روسيا والصين: شراكة بلا تحالف\n\
\n\
قال الرئيس الروسي فلاديمير بوتين اليوم إن العلاقات مع بكين تقوم على التعاون.\n\
\n\
وأضاف المتحدث باسم الكرملين أن البلدين لا يسعيان إلى تحالف عسكري.\n\
وتبلغ قيمة التجارة بين البلدين مئتين وأربعين مليار دولار سنويا.\n\
\n\
ويرى محللون أن موسكو تعتمد أكثر فأكثر على الأسواق الصينية.\n\
وختم الكرملين بيانه بالدعوة إلى عالم متعدد الأقطاب.\n";

/// The second article.
pub const SECOND: &str = "الاقتصاد الروسي بعد العقوبات\n\
تراجع الروبل أمام الدولار للمرة الثالثة هذا الشهر.\n\
وقال البنك المركزي إنه سيرفع سعر الفائدة.\n";

/// The file names.
pub const FILES: [&str; 2] = ["first.txt", "second.txt"];

/// The note that Markdown would make lists and a code block of.
pub const LIST_NOTE: &str = "a) أولا\n(1) ثانيا\n\n    سطر مزاح\ni. ثالثا";

/// An annotation of the first occurrence of `quote` in `text`, its offsets moved by `shift`.
fn at(text: &str, quote: &str, id: &str, tags: &[&str], note: &str, shift: isize) -> Annotation {
    let byte = text.find(quote).expect("quote in text");
    let start = text[..byte].chars().count();
    let range = start..start + quote.chars().count();
    let q = TextIndex::new(text).quote(range.clone());
    Annotation {
        id: AnnotationId::new(id).unwrap(),
        start: range.start.saturating_add_signed(shift),
        end: range.end.saturating_add_signed(shift),
        exact: q.exact,
        prefix: q.prefix,
        suffix: q.suffix,
        tags: tags.iter().map(|t| t.to_string()).collect(),
        color: String::new(),
        note: note.into(),
        created: None,
        updated: None,
        extra: Extra::new(),
    }
}

/// `s` with half its chars (the first half, or the last with `keep_end`) made `x`.
fn half(s: &str, keep_end: bool) -> String {
    let n = s.chars().count();
    s.chars()
        .enumerate()
        .map(|(i, c)| if (i >= n / 2) == keep_end { c } else { 'x' })
        .collect()
}

fn first_annotations() -> Vec<Annotation> {
    let t = FIRST;
    let mut orphan = at(t, "العلاقات مع بكين", "orphan", &["سياسة"], "كان هنا", 0);
    orphan.exact = "جملة حذفت من المقال تماما ولم تعد".into();
    orphan.prefix = "zzzzzzzz".into();
    orphan.suffix = "qqqqqqqq".into();
    let mut changed = at(t, "بالدعوة إلى عالم متعدد", "review", &["خطاب"], "", 0);
    changed.exact = "بالدعوة إلى نظام متعدد".into();
    // The same words, its context half gone: probably here, not surely.
    let mut unsure = at(t, "محللون أن موسكو", "unsure", &["روسيا"], "", 40);
    unsure.prefix = half(&unsure.prefix, true);
    unsure.suffix = half(&unsure.suffix, false);
    vec![
        unsure,
        at(t, "شراكة بلا تحالف", "title", &["تحالف"], "", 0),
        at(
            t,
            "أن البلدين لا يسعيان إلى تحالف عسكري.\nوتبلغ قيمة التجارة",
            "multi",
            &["تحالف", "اقتصاد"],
            LIST_NOTE,
            0,
        ),
        at(
            t,
            "تعتمد أكثر فأكثر على الأسواق الصينية",
            "moved",
            &["اقتصاد"],
            "",
            -12,
        ),
        at(t, "فلاديمير بوتين", "anchored", &["روسيا"], "Said on TV", 0),
        orphan,
        changed,
    ]
}

/// Builds the library in `dir`.
pub fn positions_library(dir: &Path) {
    let mut first = Sidecar::new(FILES[0]);
    for a in first_annotations() {
        first.annotations.insert(a.id.clone(), a);
    }
    let meta = &mut first.article;
    meta.source = Some("الجزيرة".into());
    meta.url = Some("https://example.com/first".into());
    meta.published = Some(ArticleDate::Date(
        "2025-03-03T00:30:00+03:00".parse().unwrap(),
    ));
    let mut second = Sidecar::new(FILES[1]);
    for a in [
        at(SECOND, "سعر الفائدة", "rate", &["اقتصاد"], "", 0),
        at(
            SECOND,
            "تراجع الروبل",
            "rouble",
            &["اقتصاد", "روسيا"],
            "",
            0,
        ),
    ] {
        second.annotations.insert(a.id.clone(), a);
    }
    second
        .article
        .extra
        .insert("url".into(), "https://example.com/second".into());
    for (file, (text, sidecar)) in FILES.iter().zip([(FIRST, first), (SECOND, second)]) {
        std::fs::write(dir.join(file), text).unwrap();
        std::fs::write(
            dir.join(format!("{file}.annotations.toml")),
            write(&sidecar),
        )
        .unwrap();
    }
}
