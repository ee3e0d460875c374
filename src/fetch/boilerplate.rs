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
pub(crate) fn is_boilerplate_element(name: &str, class: Option<&str>, id: Option<&str>) -> bool {
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
    "شاهد أيضا",
    "شاهد أيضاً",
    "مواضيع ذات صلة",
    "مقالات ذات صلة",
    "أخبار ذات صلة",
    "تابعونا",
    "تابعوا",
    "اشترك",
    "للمزيد",
    // Persian and Urdu
    "بیشتر بخوانید",
    "همچنین بخوانید",
    "بخوانید:",
    "مطالب مرتبط",
    "مزید پڑھیں",
    "یہ بھی پڑھیں",
    // Hebrew
    "קרא עוד",
    "קראו עוד",
    "כתבות נוספות",
    // English
    "read more",
    "read also",
    "see more",
    "related:",
    "related stories",
    "related articles",
    "related coverage",
    "more from",
    "more stories",
    "you may also like",
    "don't miss",
    "continue reading",
    "subscribe to",
    "sign up",
    "click here",
    "get breaking news",
    "want more",
    "top stories",
    "also on",
    "like this story",
    "tell us what you think",
    "about the author",
    "this post may contain",
    "join our",
    "you have been successfully",
    "there was a problem subscribing",
    "share this",
    "follow us",
    "photo:",
    "(image",
    "image:",
    "photograph:",
];

/// Whole lines that are labels of a page's furniture, not text (trailing `:` and counts aside).
const LABELS: &[&str] = &[
    "إعلان",
    "شارك",
    "الأكثر قراءة",
    "الأكثر مشاهدة",
    "تبلیغات",
    "پربازدیدترین",
    "פרסומת",
    "advertisement",
    "advert",
    "subscribe",
    "caption",
    "close",
    "comments",
    "tags",
    "share",
    "trending",
    "most read",
    "recommended",
    "related",
    "loading",
];

/// Lines that head a list of other articles: the headlines after them go too.
const LIST_HEADS: &[&str] = &[
    "اقرأ أيضا",
    "إقرأ أيضا",
    "إقرأ أيضاً",
    "شاهد أيضا",
    "بیشتر بخوانید",
    "همچنین بخوانید",
    "یہ بھی پڑھیں",
    "مزید پڑھیں",
    "קרא עוד",
    "קראו עוד",
    "اقرأ أيضاً",
    "مواضيع ذات صلة",
    "مقالات ذات صلة",
    "أخبار ذات صلة",
    "الأكثر قراءة",
    "مطالب مرتبط",
    "پربازدیدترین",
    "כתבות נוספות",
    "related",
    "related stories",
    "related articles",
    "related coverage",
    "more from",
    "more stories",
    "top stories",
    "you may also like",
    "most read",
    "recommended",
    "trending",
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
pub(crate) fn clean_lines(lines: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(lines.len());
    let mut in_list = false;
    for l in lines {
        let words = l.split_whitespace().count();
        if in_list && words <= LIST_ITEM && !ends_sentence(&l) {
            continue;
        }
        in_list = words <= SHORT && starts_with_any(&label_text(&l), LIST_HEADS);
        if !(words <= SHORT && (is_promo(&l) || is_dateline(&l) || is_credit(&l))) {
            out.push(l);
        }
    }
    out
}

/// The longest headline (in words) taken for an item of a list of other articles.
const LIST_ITEM: usize = 16;

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['"', '”', '’', '»', ')'])
        .ends_with(['.', '!', '?', '؟', '۔', '。'])
}

/// A line as a label: lower case, without trailing `:`, counts and spaces.
fn label_text(line: &str) -> String {
    line.trim()
        .trim_end_matches(|c: char| {
            c == ':' || c.is_numeric() || c.is_whitespace() || c == '(' || c == ')'
        })
        .to_lowercase()
}

fn starts_with_any(text: &str, starts: &[&str]) -> bool {
    starts.iter().any(|p| {
        text.starts_with(p)
            && text[p.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn is_promo(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let label = label_text(line);
    starts_with_any(&lower, PROMO_STARTS) || LABELS.contains(&label.as_str()) || is_counter(&lower)
}

/// "Image 2 of 5", "Photo 3/8", "صورة 1 من 4": a gallery's counter.
fn is_counter(lower: &str) -> bool {
    let mut words = lower.split_whitespace();
    let (Some(what), Some(n)) = (words.next(), words.next()) else {
        return false;
    };
    ["image", "photo", "slide", "foto", "صورة", "عکس", "תמונה"].contains(&what)
        && n.chars().next().is_some_and(|c| c.is_numeric())
}

fn is_dateline(line: &str) -> bool {
    let lower = line
        .trim()
        .trim_start_matches(['|', '·', '-', ' '])
        .to_lowercase();
    let has_digit = lower.chars().any(|c| c.is_numeric());
    // "Published in 2019, the report found that…" is a sentence, not a dateline.
    has_digit
        && !ends_sentence(line)
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
    let lower = t.to_lowercase();
    let credit_end = lower.rfind('(').is_some_and(|at| {
        let tail = &lower[at + 1..];
        lower.ends_with(')')
            && [
                "image", "photo", "picture", "credit", "ap photo", "foto", "صورة", "عکس",
            ]
            .iter()
            .any(|w| tail.starts_with(w))
    });
    t.starts_with('©') || lower.starts_with("copyright") || lower.contains("credit:") || credit_end
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
            "Published in 2019, the report found a rise.",
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
                "Published in 2019, the report found a rise.",
                "قال الوزير إن المفاوضات ستستمر الأسبوع المقبل في العاصمة.",
                "Closer ties were discussed.",
            ]
        );
    }
}
