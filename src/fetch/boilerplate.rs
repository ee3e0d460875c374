//! What Readability keeps that is not the article: captions and credits, bylines and
//! datelines, share bars, "read also" and newsletter boxes, breadcrumbs and labels. Rules about page structure (the element, and the words its `class` or `id` is made
//! of) and about the words sites use in Arabic, Persian, Urdu, Hebrew and English, never about
//! particular sites. Functions from data to data; knows nothing about files.

/// Words of a `class` or `id` that mark an element as not article text. Matched as whole
/// words of the attribute (split at `-`, `_`, spaces and case changes), so `ad` does not
/// match `head`.
const MARKS: &[&str] = &[
    "caption",
    "captions",
    "credit",
    "credits",
    "byline",
    "dateline",
    "timestamp",
    "share",
    "sharing",
    "social",
    "related",
    "newsletter",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "breadcrumb",
    "breadcrumbs",
    "subscribe",
    "subscription",
    "tags",
    "comments",
    "gallery",
    "slideshow",
    "recommended",
    "recirc",
    "outbrain",
    "taboola",
    "disclaimer",
];

/// Elements that are never article text (besides scripts and the like).
const ELEMENTS: &[&str] = &["figcaption", "nav"];

/// Whether an element named `name` with these `class` and `id` holds no article text.
pub fn is_boilerplate_element(name: &str, class: Option<&str>, id: Option<&str>) -> bool {
    ELEMENTS.contains(&name)
        || [class, id]
            .into_iter()
            .flatten()
            .flat_map(words)
            .any(|w| MARKS.contains(&w.as_str()))
}

/// The lower-case words of an attribute value: `article-caption__text` → article, caption, text;
/// `relatedLinks` → related, links.
fn words(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut prev_lower = false;
    for c in value.chars() {
        let boundary = !c.is_ascii_alphanumeric() || (c.is_ascii_uppercase() && prev_lower);
        if boundary && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        }
        prev_lower = c.is_ascii_lowercase();
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Line starts that introduce a box of links, an ad or a call to act, not article text.
const PROMO_STARTS: &[&str] = &[
    // Arabic
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "إقرأ أيضا",
    "إقرأ أيضاً",
    "اقرأ المزيد",
    "مواضيع ذات صلة",
    "مقالات ذات صلة",
    "أخبار ذات صلة",
    "إعلان",
    "شارك",
    "تابعونا",
    "اشترك",
    "للمزيد",
    // Persian and Urdu
    "بیشتر بخوانید",
    "بخوانید",
    "مطالب مرتبط",
    "تبلیغات",
    "مزید پڑھیں",
    "یہ بھی پڑھیں",
    // Hebrew
    "קרא עוד",
    "קראו עוד",
    "כתבות נוספות",
    "פרסומת",
    // English
    "read more",
    "read also",
    "see more",
    "related:",
    "related stories",
    "related articles",
    "more from",
    "you may also like",
    "don't miss",
    "continue reading",
    "advertisement",
    "advert",
    "subscribe",
    "sign up",
    "click here",
    "get breaking news",
    "image 1 of",
    "photo:",
    "(image",
    "image:",
    "photograph:",
    "caption",
    "close",
];

/// Words that make a short line a dateline ("Updated 5:27 am", "نشر في").
const DATE_WORDS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "last modified",
    "نشر",
    "تحديث",
    "آخر تحديث",
    "تاریخ انتشار",
    "به‌روزرسانی",
    "עודכן",
    "פורסם",
];

/// The longest line (in words) a rule about promos and datelines may take away.
const SHORT: usize = 12;
/// `lines` without the lines the rules recognise as not article text: short promos ("اقرأ
/// أيضا: …", "Read more"), datelines ("Updated 5:27 am …", "آخر تحديث …") and credits ("©").
/// Repeated lines stay: in tables, menus and lists they are the text.
pub fn clean_lines(lines: Vec<String>) -> Vec<String> {
    lines
        .into_iter()
        .filter(|l| {
            let words = l.split_whitespace().count();
            !(words <= SHORT && (is_promo(l) || is_dateline(l) || is_credit(l)))
        })
        .collect()
}

fn is_promo(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    PROMO_STARTS.iter().any(|p| {
        lower.starts_with(p)
            && lower[p.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn is_dateline(line: &str) -> bool {
    let lower = line
        .trim()
        .trim_start_matches(['|', '·', '-', ' '])
        .to_lowercase();
    let has_digit = lower.chars().any(|c| c.is_numeric());
    has_digit
        && DATE_WORDS.iter().any(|w| {
            lower.starts_with(w)
                && lower[w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphabetic())
        })
}

fn is_credit(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('©') || t.to_lowercase().starts_with("copyright")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_whole_words_of_class_and_id() {
        assert!(is_boilerplate_element(
            "div",
            Some("article-caption__text"),
            None
        ));
        assert!(is_boilerplate_element("div", None, Some("relatedLinks")));
        assert!(is_boilerplate_element("figcaption", None, None));
        assert!(!is_boilerplate_element(
            "div",
            Some("header headline"),
            None
        ));
        assert!(!is_boilerplate_element("p", Some("article-body"), None));
    }

    #[test]
    fn promos_datelines_and_credits_go_and_text_stays() {
        let lines: Vec<String> = [
            "اقرأ أيضا: الحكومة تعلن خطة جديدة",
            "نفى الرئيس الروسي وجود تحالف عسكري مع الصين، وأكد أن العلاقات تقتصر على التعاون.",
            "Updated 5:27 am CST, Wednesday, November 20, 2019",
            "شارك",
            "قال الوزير إن المفاوضات ستستمر الأسبوع المقبل في العاصمة.",
            "© 2019 Some Publishing Corp.",
            "بیشتر بخوانید: مذاکرات ادامه دارد",
            "קרא עוד",
            "Updated rules apply to everyone who reads this long sentence about the new policy today.",
            "قال الوزير إن المفاوضات ستستمر الأسبوع المقبل في العاصمة.",
            "Closer ties were discussed.",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            clean_lines(lines),
            [
                "نفى الرئيس الروسي وجود تحالف عسكري مع الصين، وأكد أن العلاقات تقتصر على التعاون.",
                "قال الوزير إن المفاوضات ستستمر الأسبوع المقبل في العاصمة.",
                "Updated rules apply to everyone who reads this long sentence about the new policy today.",
                "قال الوزير إن المفاوضات ستستمر الأسبوع المقبل في العاصمة.",
                "Closer ties were discussed.",
            ]
        );
    }
}
