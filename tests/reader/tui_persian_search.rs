//! Persian and Urdu text in the reader, key by key (issue 15): `/` in an article, `/` in the
//! library and `/` in the passages view all match with the one folding, so Arabic letters find
//! Persian and Urdu forms (مسكو finds مسکو) and ASCII digits find Arabic-Indic and Extended
//! Arabic-Indic ones (14 finds ۱۴ and ١٤, 2022 finds ٢٠٢٢).

use hamish::tui::app::App;
use hamish::tui::screens::library::state::Library;

use super::tui_annotate::{annotate, view};
use crate::common::reader::*;

/// Persian news as an Iranian site writes it (ی, ک, ۀ, digits ۰–۹), then Arabic digits.
const PERSIAN: &str = "دیدار وزیران خارجه در مسکو\n\nبه گزارش خبرگزاری ایسنا، وزیر امور خارجه روز \
۱۴ اسفند در مسکو با همتای روسی خود دیدار کرد و دربارهٔ توسعۀ همکاری‌های اقتصادی گفت‌وگو کرد.\n\n\
طبق آمار، حجم تجارت دو کشور در سال ٢٠٢٢ به ١٤ میلیارد دلار رسید.\n";

/// Urdu news (ے, ہ, ھ, Urdu digits).
const URDU: &str = "لاہور میں اجلاس\n\nوزیر اعظم نے کہا ہے کہ پاکستان اور چین کے درمیان ۲۰۲۳ میں \
تجارت میں اضافہ ہوا، جبکہ بھارت کے ساتھ مذاکرات جاری ہیں۔\n";

fn selected(app: &App) -> String {
    let v = view(app);
    v.article
        .slice_chars(v.selection.clone().unwrap())
        .to_string()
}

#[test]
fn search_finds_persian_and_urdu_letters_and_digits_typed_in_arabic_and_ascii() {
    let (_dir, _path, mut app) = temp_article("fa.txt", PERSIAN, (80, 24));
    search(&mut app, "مسكو");
    assert_eq!(selected(&app), "مسکو");
    search(&mut app, "14");
    assert_eq!(selected(&app), "۱۴");
    press(&mut app, &["n"]);
    assert_eq!(selected(&app), "١٤", "n goes on to the Arabic-Indic digits");
    search(&mut app, "2022");
    assert_eq!(selected(&app), "٢٠٢٢");
    search(&mut app, "توسعه همكاريهاي");
    assert_eq!(selected(&app), "توسعۀ همکاری\u{200c}های");

    let (_dir, _path, mut app) = temp_article("ur.txt", URDU, (80, 24));
    search(&mut app, "لاهور");
    assert_eq!(selected(&app), "لاہور");
    search(&mut app, "بهارت كي");
    assert_eq!(selected(&app), "بھارت کے");
    search(&mut app, "2023");
    assert_eq!(selected(&app), "۲۰۲۳");
}

#[test]
fn the_library_and_passages_filters_fold_the_same_way() {
    let dir = tempfile::tempdir().unwrap();
    let fa = dir.path().join("fa.txt");
    let ur = dir.path().join("ur.txt");
    std::fs::write(&fa, PERSIAN).unwrap();
    std::fs::write(&ur, URDU).unwrap();
    let mut writer = app((80, 24));
    reopen(&mut writer, &fa);
    annotate(&mut writer, "۱۴ اسفند در مسکو", "دیدار");
    reopen(&mut writer, &ur);
    annotate(&mut writer, "وزیر اعظم نے کہا", "بیان");

    let mut app = app((80, 24));
    app.open_library(Library::load(dir.path()).unwrap());
    app.wait_for_library();
    let names = |app: &App| -> Vec<String> {
        let lib = app.library.as_ref().unwrap();
        lib.shown
            .iter()
            .map(|&i| lib.entries[i].name.clone())
            .collect()
    };
    for (typed, want) in [
        ("مسكو", "fa.txt"),
        ("2022", "fa.txt"),
        ("14 اسفند", "fa.txt"),
        ("2023", "ur.txt"),
        ("لاهور", "ur.txt"),
        ("#بيان", "ur.txt"),
    ] {
        press(&mut app, &["/"]);
        type_text(&mut app, typed);
        assert_eq!(names(&app), [want], "library filter {typed}");
        press(&mut app, &["enter", "esc"]);
    }

    press(&mut app, &["A", "/"]);
    type_text(&mut app, "14 اسفند در مسكو");
    press(&mut app, &["enter"]);
    let quotes = |app: &App| -> Vec<String> {
        let p = app.passages().unwrap();
        p.shown
            .iter()
            .map(|&i| p.rows[i].annotation.exact.clone())
            .collect()
    };
    assert_eq!(quotes(&app), ["۱۴ اسفند در مسکو"]);
    press(&mut app, &["/", "ctrl-u"]);
    type_text(&mut app, "وزير اعظم ني كها");
    press(&mut app, &["enter"]);
    assert_eq!(quotes(&app), ["وزیر اعظم نے کہا"]);
}
