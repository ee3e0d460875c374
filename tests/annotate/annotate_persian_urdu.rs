//! Persian and Urdu articles, and harakat, as re-anchoring sees them (issue 15): an article whose
//! Persian or Urdu letters and digits were rewritten in their Arabic forms (as many sites and
//! tools do) keeps its annotations anchored; a change of harakat alone is a change of wording,
//! so it needs review with the new text shown, and the cited quote stays until confirmed.

use std::fs;

use crate::common::annotations::*;
use hamish::annotate::anchor::AnchorState;
use hamish::annotate::fingerprint::sha256_hex;
use hamish::annotate::model::{Annotation, Sidecar};
use hamish::annotate::sidecar::{parse, write};
use hamish::annotate::store::Store;
use hamish::text::Article;

/// Persian news as an Iranian site writes it: ی (U+06CC), ک (U+06A9), ۀ and digits ۰–۹.
const PERSIAN: &str = "به گزارش خبرگزاری ایسنا، وزیر امور خارجه روز دوشنبه ۱۴ اسفند ۱۴۰۲ در مسکو \
با همتای روسی خود دیدار کرد.\n\nدر این دیدار دو طرف دربارهٔ توسعۀ همکاری‌های اقتصادی و انرژی \
گفت‌وگو کردند و قرار شد کمیسیون مشترک دو کشور در ماه آینده تشکیل شود.\n\nسخنگوی وزارت خارجه \
گفت که این سفر در چارچوب سیاست نگاه به شرق انجام شده است و نتایج آن به‌زودی اعلام خواهد شد.\n";

/// Urdu news: ے (yeh barree), ہ (heh goal), ھ (do-chashmi heh), ک, ی and Urdu digits.
const URDU: &str = "اسلام آباد: وزیر اعظم نے کہا ہے کہ پاکستان اور چین کے درمیان ۲۰۲۲ میں تجارت \
میں نمایاں اضافہ ہوا۔\n\nانہوں نے لاہور میں ایک تقریب سے خطاب کرتے ہوئے کہا کہ بھارت کے ساتھ \
تعلقات کا انحصار مذاکرات پر ہے۔\n";

/// The article at `dir/a.txt` with a sidecar holding `annotations`, as hamish saved them
/// (context and checksum of `text`).
fn setup(dir: &std::path::Path, text: &str, annotations: &[Annotation]) -> std::path::PathBuf {
    let article = dir.join("a.txt");
    fs::write(&article, text).unwrap();
    let mut sidecar = Sidecar::new("a.txt");
    sidecar.article.sha256 = sha256_hex(text.as_bytes());
    for a in annotations {
        sidecar.annotations.insert(a.id.clone(), a.clone());
    }
    fs::write(dir.join("a.txt.annotations.toml"), write(&sidecar)).unwrap();
    article
}

fn open(path: &std::path::Path) -> Store {
    let article = Article::load(path).unwrap();
    let opened = Store::open(path, &article).unwrap();
    if let Some(saved) = opened.saved {
        saved.unwrap();
    }
    opened.store
}

/// `text` as a tool that writes Arabic letters and ASCII digits leaves it.
fn arabicized(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'ی' | 'ے' => 'ي',
            'ک' => 'ك',
            'ہ' | 'ھ' => 'ه',
            '۰'..='۹' => char::from_u32(c as u32 - 0x06f0 + '0' as u32).unwrap(),
            c => c,
        })
        .collect()
}

/// Every annotation of `text` (phrases) stays anchored at its place once the article is
/// arabicized; the quotes now read as the article does.
fn stays_anchored(text: &str, phrases: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let notes: Vec<Annotation> = phrases.iter().map(|p| annotate(text, p, 0)).collect();
    let article = setup(dir.path(), text, &notes);
    let edited = arabicized(text);
    assert_ne!(edited, text);
    fs::write(&article, &edited).unwrap();
    for _ in 0..2 {
        let store = open(&article);
        for a in &notes {
            let e = store.get(&a.id).unwrap();
            assert_eq!(e.state, &AnchorState::Anchored, "{}", a.exact);
            assert_eq!(e.range, Some(&a.range()));
            assert_eq!(e.annotation.exact, chars(&edited, a.range()));
        }
        assert_eq!(store.counts().needs_review, 0);
    }
}

#[test]
fn a_persian_article_written_with_arabic_yeh_and_kaf_keeps_its_annotations() {
    stays_anchored(
        PERSIAN,
        &[
            "۱۴ اسفند ۱۴۰۲ در مسکو",
            "توسعۀ همکاری‌های اقتصادی",
            "کمیسیون مشترک",
            "سیاست نگاه به شرق",
        ],
    );
}

#[test]
fn an_urdu_article_written_with_arabic_letters_keeps_its_annotations() {
    stays_anchored(
        URDU,
        &["وزیر اعظم نے کہا", "۲۰۲۲ میں تجارت", "بھارت کے ساتھ"],
    );
}

#[test]
fn a_change_of_harakat_alone_needs_review_with_the_new_text_shown() {
    let text = seed("000");
    let quote = "لكنه يتسم بالشفافية";
    let a = annotate(&text, quote, 0);
    let dir = tempfile::tempdir().unwrap();
    let article = setup(dir.path(), &text, std::slice::from_ref(&a));
    let voweled = "لكنّه يتّسم بالشفافية";
    fs::write(&article, replace_once(&text, quote, voweled)).unwrap();
    let sidecar = dir.path().join("a.txt.annotations.toml");
    for _ in 0..2 {
        let store = open(&article);
        let e = store.get(&a.id).unwrap();
        assert!(
            matches!(e.state, AnchorState::NeedsReview { .. }),
            "{:?}",
            e.state
        );
        assert_eq!(e.annotation.exact, quote, "the cited quote is kept");
        assert_eq!(store.reworded(&a.id), Some(voweled));
        let disk = parse(&fs::read_to_string(&sidecar).unwrap()).unwrap();
        assert_eq!(disk.annotations[&a.id].exact, quote);
    }
    let mut store = open(&article);
    store.confirm(&a.id).unwrap().saved.unwrap();
    assert_eq!(store.get(&a.id).unwrap().state, &AnchorState::Anchored);
    assert_eq!(store.get(&a.id).unwrap().annotation.exact, voweled);
}

#[test]
fn a_hand_written_persian_annotation_stays_anchored_when_the_article_is_arabicized() {
    // No context, no checksum, and the words occur twice: its offsets are all there is.
    let text = format!("{PERSIAN}\nتکرار: کمیسیون مشترک دو کشور.\n");
    let mut a = annotate(&text, "کمیسیون مشترک", 1);
    (a.prefix, a.suffix) = (String::new(), String::new());
    let dir = tempfile::tempdir().unwrap();
    let article = setup(dir.path(), &text, std::slice::from_ref(&a));
    let edited = arabicized(&text);
    fs::write(&article, &edited).unwrap();
    for _ in 0..2 {
        let store = open(&article);
        let e = store.get(&a.id).unwrap();
        assert_eq!(e.state, &AnchorState::Anchored);
        assert_eq!(e.range, Some(&a.range()));
    }
}
