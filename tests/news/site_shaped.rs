//! News-site-shaped pages in Arabic, Persian and Hebrew (issue 16): the furniture around the
//! article that Readability keeps — a photo with its caption and credit, a dateline, a share
//! bar, an ad label, a "read also" box with its headlines, a copyright line — is left out, and
//! the saved text is the body alone.

use crate::run::{articles, stderr, Home};

/// A page: `title`, the `body` paragraphs, and the furniture given, in a typical layout.
fn page(title: &str, body: &[&str], furniture: &Furniture) -> String {
    let paragraphs: String = body.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    let related: String = furniture
        .related
        .iter()
        .map(|h| format!("<p><a href=\"/x\">{h}</a></p>"))
        .collect();
    format!(
        "<html><head><title>{title}</title></head><body><article>\
         <h1>{title}</h1>\
         <p>{dateline}</p>\
         <figure><img src=\"/a.jpg\"><figcaption>{caption}</figcaption></figure>\
         <div class=\"share-bar\"><p>فيسبوك تويتر واتساب</p></div>\
         {paragraphs}\
         <p>{ad}</p>\
         <p>{read_also}</p>{related}\
         <p>© 2026 {title}</p>\
         </article></body></html>",
        dateline = furniture.dateline,
        caption = furniture.caption,
        ad = furniture.ad,
        read_also = furniture.read_also,
    )
}

struct Furniture {
    dateline: &'static str,
    caption: &'static str,
    ad: &'static str,
    read_also: &'static str,
    related: [&'static str; 2],
}

#[test]
fn arabic_persian_and_hebrew_pages_come_out_as_their_body_alone() {
    let cases = [
        (
            "الحكومة تعلن خطة للنقل",
            [
                "أعلنت الحكومة اليوم خطة جديدة لتطوير شبكة النقل العام في العاصمة خلال السنوات الخمس المقبلة، تشمل خطوطاً جديدة للحافلات والقطارات.",
                "وقال وزير النقل في مؤتمر صحفي إن الخطة ستكلف نحو ملياري دولار، وإن العمل سيبدأ مطلع العام المقبل في الأحياء الأكثر ازدحاماً.",
                "وأضاف أن الحكومة ستطرح المشاريع على شركات محلية ودولية، وأن الأولوية ستكون للخطوط التي تربط الضواحي بمراكز العمل.",
            ],
            Furniture {
                dateline: "آخر تحديث: 12 نوفمبر 2026 - 10:45",
                caption: "وزير النقل خلال المؤتمر الصحفي (صورة: رويترز)",
                ad: "إعلان",
                read_also: "اقرأ أيضاً",
                related: ["الوزير يزور محطة القطارات الجديدة", "ارتفاع أسعار التذاكر في العاصمة"],
            },
        ),
        (
            "مذاکرات هسته‌ای ادامه دارد",
            [
                "وزیر امور خارجه روز دوشنبه گفت که گفت‌وگوها با کشورهای اروپایی درباره برنامه هسته‌ای هفته آینده در وین ادامه خواهد یافت.",
                "او افزود که هیئت‌های دو طرف درباره جزئیات فنی و زمان‌بندی اجرای توافق به تفاهم‌های تازه‌ای رسیده‌اند و کار ادامه دارد.",
                "به گفته این مقام، دور بعدی گفت‌وگوها با حضور کارشناسان فنی برگزار می‌شود و نتیجه آن به زودی اعلام خواهد شد.",
            ],
            Furniture {
                dateline: "تاریخ انتشار: ۱۴۰۵/۰۸/۲۱ - 10:45 ۲۰۲۶",
                caption: "وزیر امور خارجه در نشست خبری (عکس: ایرنا)",
                ad: "تبلیغات",
                read_also: "بیشتر بخوانید",
                related: ["سفر وزیر به وین", "واکنش اروپا به پیشنهاد تازه"],
            },
        ),
        (
            "הממשלה אישרה את התקציב",
            [
                "הממשלה אישרה הלילה את תקציב המדינה לשנה הבאה, לאחר דיון ארוך שנמשך עד השעות הקטנות של הלילה.",
                "שר האוצר אמר כי התקציב כולל השקעה גדולה בתחבורה ציבורית ובחינוך, וכי הגירעון יישאר בגבולות שנקבעו.",
                "התקציב יועבר כעת לאישור הכנסת, שם צפוי דיון סוער בוועדת הכספים בשבועות הקרובים.",
            ],
            Furniture {
                dateline: "פורסם: 12.11.2026 10:45",
                caption: "שר האוצר במסיבת העיתונאים (צילום: רויטרס)",
                ad: "פרסומת",
                read_also: "כתבות נוספות",
                related: ["שר האוצר נפגש עם ראשי הערים", "המחאה מול משרד האוצר נמשכת"],
            },
        ),
    ];
    for (title, body, furniture) in &cases {
        let home = Home::new();
        let html = home.dir.path().join("page.html");
        std::fs::write(&html, page(title, body, furniture)).unwrap();
        let o = home.run(&["add", html.to_str().unwrap()]);
        assert!(o.status.success(), "{}", stderr(&o));
        let saved = articles(&home.data().join("hamish/articles"));
        let text = std::fs::read_to_string(&saved[0]).unwrap();
        let expected = format!("{title}\n{}\n", body.join("\n"));
        assert_eq!(text, expected, "{title}");
    }
}
