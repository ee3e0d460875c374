//! The lines of Readability's output that are not the article: credits, bylines and
//! datelines, share bars, "read also" and newsletter boxes, lists of other headlines, labels
//! and notices. Rules about the words sites use in Arabic, Persian, Urdu, Hebrew and English,
//! never about particular sites (the boxes removed by their markup are `boilerplate_marks`).
//! Functions from data to data; knows nothing about files or markup.

use super::boilerplate_words::{fold, LISTS};

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
        if in_list && words <= LIST_ITEM && !ends_statement(&l) {
            continue;
        }
        in_list = words <= SHORT && opens_list(&l);
        let furniture = is_promo(&l)
            || is_dateline(&l)
            || is_byline(&l)
            || is_date_only(&l)
            || is_initials(&l)
            || is_credit(&l)
            || is_bracketed(&l);
        if !(words <= SHORT && furniture || words <= LONG && is_notice(&l)) {
            out.push(l);
        }
    }
    out
}

/// The longest line (in words) a rule about notices may take away.
pub(super) const LONG: usize = 40;

/// A newsletter or subscription call, a copyright notice, or a line giving the author's
/// address to write or follow ("Email … at x@y.com or follow …").
fn is_notice(line: &str) -> bool {
    let lower = fold(line.trim());
    let contact = lower.split_whitespace().any(is_email_address)
        && ["follow", "reached", "email", "contact"]
            .iter()
            .any(|w| lower.contains(w));
    contact
        || LISTS
            .notice_phrases
            .iter()
            .any(|p| lower.contains(p.as_str()))
        || starts_with_any(&lower, &LISTS.notice_starts)
}

/// `word@host.tld`, punctuation around it aside.
fn is_email_address(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    word.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
    })
}

/// The longest headline (in words) taken for an item of a list of other articles.
const LIST_ITEM: usize = 16;

fn ends_sentence(line: &str) -> bool {
    ends_statement(line) || without_closing_quotes(line).ends_with(['?', '؟'])
}

/// Whether `line` ends as a statement does (`.`, `!`, `۔`, `。`): in a list of other articles a
/// question is a headline like the others ("هل …؟"), not the article going on.
fn ends_statement(line: &str) -> bool {
    without_closing_quotes(line).ends_with(['.', '!', '۔', '。'])
}

fn without_closing_quotes(line: &str) -> &str {
    line.trim_end().trim_end_matches(['"', '”', '’', '»', ')'])
}

/// Whether `line` heads a list of other articles whose headlines follow it: a list's head
/// standing alone ("اقرأ أيضا", "More stories from …"), not one that gives its one headline
/// after a colon or a dash ("اقرأ أيضاً: …"), after which the article goes on.
fn opens_list(line: &str) -> bool {
    let label = label_text(line);
    if LISTS.list_labels.contains(&label) {
        return true;
    }
    LISTS.list_heads.iter().any(|h| {
        starts_with_any(&label, std::slice::from_ref(h)) && {
            let rest = label[h.len()..].trim_start();
            !(rest.starts_with([':', '-', '–', '—', '|'])
                && rest.chars().skip(1).any(char::is_alphanumeric))
        }
    })
}

/// A line as a label: [`fold`]ed, without dashes or bullets around it, trailing `:`, counts
/// and spaces ("- إعلان -", "التعليقات (0)").
fn label_text(line: &str) -> String {
    let furniture = |c: char| "-–—|•·*".contains(c) || c.is_whitespace();
    fold(line.trim_matches(furniture).trim_end_matches(|c: char| {
        c == ':' || c.is_numeric() || furniture(c) || "()….".contains(c)
    }))
}

fn starts_with_any(text: &str, starts: &[String]) -> bool {
    starts.iter().any(|p| {
        text.starts_with(p)
            && text[p.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn is_promo(line: &str) -> bool {
    let lower = fold(line.trim());
    let label = label_text(line);
    starts_with_any(&lower, &LISTS.promo_starts)
        || starts_with_any(lower.trim_start_matches('['), &LISTS.promo_starts)
        || LISTS.labels.contains(&label)
        || is_counter(&lower)
        || is_share_bar(&lower)
}

/// Two or more share buttons and nothing else.
fn is_share_bar(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '|' || c == '·' || c == '/')
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 2
        && words
            .iter()
            .all(|w| LISTS.share_words.iter().any(|s| s == w))
}

/// A line that starts with a blog engine's shortcode left unexpanded (`[button link="…"]`).
/// A bracketed label alone (`[Engadget]`, `[사진=JTBC]`) is a source or a credit the article
/// cites: it stays.
fn is_bracketed(line: &str) -> bool {
    line.trim().strip_prefix('[').is_some_and(|inner| {
        inner.split_once(']').is_some_and(|(code, rest)| {
            !rest.trim().is_empty()
                && code.starts_with(|c: char| c.is_ascii_alphabetic())
                && code.contains('=')
        })
    })
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
    let lower = fold(line.trim().trim_start_matches(['|', '·', '-', ' ']));
    let has_digit = lower.chars().any(|c| c.is_numeric());
    // "Published in 2019, the report found that…" is a sentence, not a dateline; the dot of
    // "1:23 p.m." ends none.
    let clock = ["a.m.", "p.m."]
        .iter()
        .any(|m| lower.trim_end().ends_with(m));
    has_digit
        && (clock || !ends_sentence(line))
        && LISTS.date_words.iter().any(|w| {
            lower.starts_with(w)
                && lower[w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphabetic())
        })
}

/// A date and nothing else: numbers, clock marks and the names of months and weekdays, one
/// year at most ("۱۲ آبان ۱۴۰۵", "الأربعاء 26 مارس 2026 10:14 ص", "יום רביעי, 18 בנובמבר 2026").
/// A clock time alone ("4:14 p.m.", a live blog's heading) and a span of dates stay.
fn is_date_only(line: &str) -> bool {
    let folded = fold(line);
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || ",،|/-–—()".contains(c))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let name = |w: &str| {
        let is = |w: &str| LISTS.date_names.iter().any(|n| n == w);
        is(w) || w.strip_prefix('ב').is_some_and(is)
    };
    let number = |w: &str| w.chars().all(|c| c.is_numeric() || c == ':' || c == '.');
    let years = words
        .iter()
        .filter(|w| w.chars().count() == 4 && w.chars().all(char::is_numeric))
        .count();
    words.len() <= SHORT
        && years <= 1
        && words.iter().any(|w| w.chars().any(char::is_numeric))
        && words.iter().any(|w| name(w))
        && words
            .iter()
            .all(|w| number(w) || name(w) || LISTS.clock_marks.iter().any(|m| m == w))
}

/// Editors' initials closing an agency's story ("ع.م / ر.ح", "jk/rc"): short runs of letters
/// joined by dots or slashes, nothing else.
fn is_initials(line: &str) -> bool {
    let t = line.trim();
    let runs: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || c == '/' || c == '.')
        .filter(|r| !r.is_empty())
        .collect();
    (t.contains('/') || t.contains('.'))
        && runs.len() >= 2
        && runs.len() <= 8
        && runs
            .iter()
            .all(|r| r.chars().count() <= 3 && r.chars().all(char::is_alphabetic))
}

/// "كتب: محمد العلي", "מאת: יוסי ברק | יום רביעי…": who wrote it, which is metadata.
fn is_byline(line: &str) -> bool {
    starts_with_any(&fold(line.trim()), &LISTS.byline_starts)
}

fn is_credit(line: &str) -> bool {
    let t = line.trim();
    let lower = fold(t);
    let credit_end = lower.rfind('(').is_some_and(|at| {
        let tail = &lower[at + 1..];
        lower.ends_with(')')
            && [
                "image", "photo", "picture", "credit", "ap photo", "foto", "صورة", "عکس",
            ]
            .iter()
            .any(|w| tail.starts_with(w))
    });
    // "SOURCE: News agencies", "Via SyndiGate.info", "المصدر: وكالات": who supplied it.
    let supplier = t.split_whitespace().count() <= 4
        && ["source:", "via ", "المصدر:", "المصدر :", "منبع:", "מקור:"]
            .iter()
            .any(|w| lower.starts_with(w));
    t.starts_with('©')
        || lower.starts_with("copyright")
        || LISTS
            .credit_marks
            .iter()
            .any(|m| lower.contains(m.as_str()))
        || credit_end
        || supplier
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "Whatsapp Facebook Pint Baixar",
            "واتساب | فيسبوك | تويتر",
            "Updated at 1:23 p.m.",
            "[Engadget]",
            "[Related: Salesforce Keynote: AI, Integration]",
            "[button link=\"http://x.test/\" type=\"big\"] Send us your review",
            "GET FOX BUSINESS ON THE GO BY CLICKING HERE",
            "لمتابعة آخر الأخبار اضغط هنا",
            "[1] The first note of the study stays.",
            "Share prices fell.",
            "Get the day’s top headlines delivered to your inbox every morning by subscribing to our newsletter.",
            "Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.",
            "SOURCE: News agencies",
            "المصدر: وكالات",
            "Loading content ...",
            "More:",
            "Afghan woman politician sees Taliban talks as only hope",
            "China invites Taliban, Afghan officials for two-day talks",
            "More people than ever voted in the election, officials said.",
            "The source: a leaked memo from the ministry that was seen by reporters.",
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
                "[Engadget]",
                "[1] The first note of the study stays.",
                "Share prices fell.",
                "More people than ever voted in the election, officials said.",
                "The source: a leaked memo from the ministry that was seen by reporters.",
            ]
        );
    }

    #[test]
    fn arabic_persian_and_hebrew_furniture_goes_and_text_stays() {
        let lines: Vec<String> = [
            "- إعلان -",
            "التعليقات (0)",
            "תגובות (0)",
            "لینک کوتاه:",
            "کد خبر: ۸۴۷۲۱۹۳ ۲۶ آبان ۱۴۰۵، ۱۰:۳۲ محیط زیست",
            "كتب: محمد العلي",
            "מאת: יוסי ברק | יום רביעי, 18 בנובמבר 2026",
            "חוף צמח בבוקר חורפי. צילום: יוסי ברק",
            "لاہور کی ایک شاہراہ پر اسموگ کا منظر — فوٹو: فائل",
            "היו הראשונים להגיב",
            "קבלו את כל החדשות מהגליל ישירות למייל",
            "إقرأ أيضًا: بكين تعلن خطة جديدة",
            "محاولات فاشلة",
            "اقـرأ أيـضـا",
            "بكين ترحب بالمبادرة الروسية",
            "الكرملين: المكالمة كانت بناءة",
            "كتب الرئيس رسالة إلى نظيره الروسي يدعوه فيها إلى الحوار.",
            "מאתיים איש השתתפו בהפגנה מול משרד האוצר.",
            "وقال الوزير إن الصورة واضحة.",
            "۱۲ آبان ۱۴۰۵",
            "الأربعاء 26 مارس 2026 10:14 ص",
            "יום רביעי, 18 בנובמבר 2026",
            "ع.م / ر.ح",
            "منبع تصویر،Getty Images",
            "رابط مختصر: https://nna.example/a/93121",
            "أخبار متعلقة",
            "وزير المياه يتفقد مشاريع الصرف الصحي في الشمال 2026-11-12",
            "وافتتح الوزير المحطة في 19 نوفمبر 2026 بحضور المسؤولين.",
            "مطالب پیشنهادی",
            "صادرات فرش دستباف به پایین‌ترین سطح رسید",
            "پایان مطالب پیشنهادی",
            "موضوعات مرتبط",
            "اقتصاد ایران",
            "U.S. officials said on Monday that talks would go on.",
            "March 2026 was the wettest month on record.",
            "4:14 p.m.",
            "29 November 2018 | 20 January 2019",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            clean_lines(lines),
            [
                "محاولات فاشلة",
                "كتب الرئيس رسالة إلى نظيره الروسي يدعوه فيها إلى الحوار.",
                "מאתיים איש השתתפו בהפגנה מול משרד האוצר.",
                "وقال الوزير إن الصورة واضحة.",
                "وافتتح الوزير المحطة في 19 نوفمبر 2026 بحضور المسؤولين.",
                "U.S. officials said on Monday that talks would go on.",
                "March 2026 was the wettest month on record.",
                "4:14 p.m.",
                "29 November 2018 | 20 January 2019",
            ]
        );
    }

    #[test]
    fn a_question_in_a_list_of_headlines_is_one_of_them() {
        let lines: Vec<String> = [
            "پربیننده‌ترین‌ها",
            "آیا سفر به خارج ارزان‌تر از سفر داخلی شده است؟",
            "پنج نکته درباره قانون جدید مالیات",
            "الأكثر قراءة",
            "هل تنجح الوساطة في وقف الحرب؟",
            "وقال الوزير إن المفاوضات ستستمر.",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(clean_lines(lines), ["وقال الوزير إن المفاوضات ستستمر."]);
    }
}
