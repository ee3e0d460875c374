//! The words news sites use, in Arabic, Persian, Urdu, Hebrew and English, for the furniture
//! around an article: promos and "read also" heads, labels, notices, share buttons, date words.
//! Data, and the folding that makes the lines and the lists comparable; read by the line rules
//! of `boilerplate`. Knows nothing about markup or files.

use std::sync::LazyLock;

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
    "أخبار متعلقة",
    "مواضيع متعلقة",
    "رابط مختصر",
    "آخر الأخبار",
    "الرابط المختصر",
    // Persian and Urdu
    "بیشتر بخوانید",
    "همچنین بخوانید",
    "بخوانید:",
    "مطالب مرتبط",
    "مطالب پیشنهادی",
    "پایان مطالب پیشنهادی",
    "خبرهای مرتبط",
    "لینک کوتاه",
    "اخبار مرتبط",
    "موضوعات مرتبط",
    "پربیننده‌ترین‌ها",
    "مزید پڑھیں",
    "یہ بھی پڑھیں",
    // Hebrew
    "קרא עוד",
    "קראו עוד",
    "כתבות נוספות",
    "עוד בנושא",
    "מומלצים",
    "כתבות קשורות",
    // English
    "read more",
    "read also",
    "see more",
    "related:",
    "short link",
    "short url",
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
    "loading content",
    "highlights",
    "related news",
    "more",
    "المزيد",
    // comment counters ("التعليقات (0)") and short links
    "تعليقات",
    "التعليقات",
    "نظرات",
    "دیدگاه‌ها",
    "תגובות",
    "short link",
    "copy link",
    "الرابط المختصر",
    "رابط مختصر",
    "نسخ الرابط",
    "لینک کوتاه",
    "קישור מקוצר",
];

/// Words said anywhere in a line of up to [`super::boilerplate::LONG`] words that make it a call to act or a
/// notice, not article text ("… by clicking here", "… delivered to your inbox", "All rights
/// reserved").
const NOTICE_PHRASES: &[&str] = &[
    "newsletter",
    "in your inbox",
    "to your inbox",
    "meet your inbox",
    "all rights reserved",
    "subject to copyright",
    "جميع الحقوق محفوظة",
    "النشرة البريدية",
    "النشرة الإخبارية",
    "خبرنامه",
    "ניוזלטר",
    "כל הזכויות שמורות",
    "click here",
    "clicking here",
    "اضغط هنا",
    "انقر هنا",
    "کلیک کنید",
    "לחצו כאן",
    "לחץ כאן",
    // calls to comment, and newsletters by what they promise
    "be the first to comment",
    "كن أول من يعلق",
    "كن أول من يعلّق",
    "اولین نفری باشید",
    "היו הראשונים להגיב",
    "היה הראשון להגיב",
    "على بريدك الإلكتروني",
    "در ایمیل خود",
    "ישירות למייל",
];

/// Starts of a call to act that may run to [`super::boilerplate::LONG`] words.
const NOTICE_STARTS: &[&str] = &[
    "join our",
    "sign up",
    "subscribe to",
    "there was a problem subscribing",
    "follow us",
    "follow @",
    "اشترك",
    "تابعونا",
];

/// Lines that head a list of other articles when they are the whole line ("More:").
const LIST_LABELS: &[&str] = &["more", "related news", "المزيد", "ذات صلة", "עוד"];

/// The buttons of a share bar: a line made only of these is one ("Whatsapp Facebook Pint").
const SHARE_WORDS: &[&str] = &[
    "whatsapp",
    "facebook",
    "twitter",
    "x",
    "pinterest",
    "pint",
    "pin",
    "telegram",
    "email",
    "e-mail",
    "mail",
    "linkedin",
    "reddit",
    "messenger",
    "print",
    "copy",
    "link",
    "share",
    "tweet",
    "baixar",
    "download",
    "imprimir",
    "compartir",
    "partager",
    "teilen",
    "واتساب",
    "فيسبوك",
    "فيس",
    "بوك",
    "تويتر",
    "تلغرام",
    "تيليجرام",
    "لينكدإن",
    "طباعة",
    "مشاركة",
    "شارك",
    "نسخ",
    "الرابط",
    "واتس‌اپ",
    "تلگرام",
    "فیسبوک",
    "توییتر",
    "چاپ",
    "اشتراک",
    "וואטסאפ",
    "פייסבוק",
    "טוויטר",
    "הדפסה",
    "שתפו",
    "שתף",
];

/// Lines that head a list of other articles: the headlines after them go too.
const LIST_HEADS: &[&str] = &[
    "أخبار متعلقة",
    "مواضيع متعلقة",
    "آخر الأخبار",
    "مطالب پیشنهادی",
    "خبرهای مرتبط",
    "اخبار مرتبط",
    "موضوعات مرتبط",
    "پربیننده‌ترین‌ها",
    "עוד בנושא",
    "מומלצים",
    "כתבות קשורות",
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
    // a news agency's item line ("کد خبر: ۸۴۷۲۱۹۳ ۲۶ آبان ۱۴۰۵، ۱۰:۳۲")
    "کد خبر",
    "کد مطلب",
    "شناسه خبر",
    "رقم الخبر",
];

/// Starts of a byline ("كتب: محمد العلي", "מאת: יוסי ברק"): the author's name is metadata.
const BYLINE_STARTS: &[&str] = &[
    "كتب:",
    "كتبت:",
    "بقلم",
    "نویسنده:",
    "نوشته:",
    "خبرنگار:",
    "מאת",
];

/// Marks of a photo's credit anywhere in a short line ("… צילום: יוסי ברק", "تصوير: …").
const CREDIT_MARKS: &[&str] = &[
    "credit:",
    "تصوير:",
    "عدسة:",
    "عکس:",
    "تصویر:",
    "فوٹو:",
    "צילום:",
    "منبع تصویر",
    "توضیح تصویر",
    "مصدر الصورة",
    "image source",
    "image caption",
    "image copyright",
    "media caption",
];

/// Names of months (Gregorian in Arabic, Levantine, Persian, Hebrew and English; the solar
/// Hijri months) and weekdays: a line of numbers, clock marks and one or more of these is a
/// date ("۱۲ آبان ۱۴۰۵", "الأربعاء 26 مارس 2026 10:14 ص", "Nov. 20, 2019").
#[rustfmt::skip]
const DATE_NAMES: &[&str] = &[
    "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
    "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز",
    "آب", "أيلول", "تشرين", "الأول", "الثاني", "الأحد", "الاثنين", "الإثنين", "الثلاثاء",
    "الأربعاء", "الخميس", "الجمعة", "السبت", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد",
    "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند", "ژانویه", "فوریه", "آوریل", "مه",
    "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر", "شنبه", "یکشنبه", "دوشنبه",
    "سه‌شنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "جمعه", "ינואר", "פברואר", "מרץ", "אפריל",
    "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר", "יום", "ראשון",
    "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// The marks of a clock time that may stand in a date line besides numbers and names.
const CLOCK_MARKS: &[&str] = &["ص", "م", "am", "pm", "a.m", "p.m", "gmt", "utc"];

/// The lists as the rules match them: [`fold`]ed.
pub(super) struct Lists {
    pub promo_starts: Vec<String>,
    pub labels: Vec<String>,
    pub notice_phrases: Vec<String>,
    pub notice_starts: Vec<String>,
    pub list_labels: Vec<String>,
    pub share_words: Vec<String>,
    pub list_heads: Vec<String>,
    pub date_words: Vec<String>,
    pub byline_starts: Vec<String>,
    pub credit_marks: Vec<String>,
    pub date_names: Vec<String>,
    pub clock_marks: Vec<String>,
}

pub(super) static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let f = |list: &[&str]| list.iter().map(|w| fold(w)).collect();
    Lists {
        promo_starts: f(PROMO_STARTS),
        labels: f(LABELS),
        notice_phrases: f(NOTICE_PHRASES),
        notice_starts: f(NOTICE_STARTS),
        list_labels: f(LIST_LABELS),
        share_words: f(SHARE_WORDS),
        list_heads: f(LIST_HEADS),
        date_words: f(DATE_WORDS),
        byline_starts: f(BYLINE_STARTS),
        credit_marks: f(CREDIT_MARKS),
        date_names: f(DATE_NAMES),
        clock_marks: f(CLOCK_MARKS),
    }
});

/// `text` as the rules compare it: lower case, without Arabic short vowels and other marks,
/// tatweel or zero-width joiners, with the forms of alef (أ إ آ) as ا and the Arabic yeh and
/// kaf as the Persian ی and ک, so that "إقرأ أيضًا", "اقـرأ أيضاً" and "اقرأ ايضا" are one
/// phrase, and a Persian page typed with Arabic letters matches the Persian words.
pub(super) fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}'
            )
        })
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ي' | 'ى' => 'ی',
            'ك' => 'ک',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}
