//! Fixture pages and feeds in the structure of real Arabic news sites: a navigation bar, a
//! share bar, an "اقرأ أيضا" box, a comment form, a footer, JSON-LD and Open Graph, around the
//! article's paragraphs.

/// A fixture article.
pub struct Story {
    pub title: &'static str,
    pub site: &'static str,
    pub author: &'static str,
    pub published: &'static str,
    pub paragraphs: Vec<String>,
}

/// Boilerplate that must never reach a saved article.
pub const BOILERPLATE: &[&str] = &[
    "الرئيسية",
    "شارك على فيسبوك",
    "اقرأ أيضا",
    "خبر جانبي لا علاقة له",
    "جميع الحقوق محفوظة",
    "أضف تعليقك",
    "console",
];

/// A story with `n` paragraphs of real-looking text (harakat, tatweel, digits, punctuation).
pub fn story(n: usize) -> Story {
    let paragraphs = (1..=n)
        .map(|i| {
            format!(
                "قالَ المتحدّثُ الرسميُّ باسم الوزارة في الفقرة رقم {i} إنّ الحكومـــة ستواصل \
                 العمل على الخطة التي أُعلنت في ٢٠٢٦، مؤكّدًا أن «المرحلة المقبلة» تتطلّب \
                 تعاونًا واسعًا بين المؤسسات، وأضاف أن نسبة الإنجاز بلغت ٤٥٪ حتى الآن؟"
            )
        })
        .collect();
    Story {
        title: "الحكومة تعلن خطة جديدة للنقل العام",
        site: "شبكة الأخبار",
        author: "سارة الأحمد",
        published: "2026-11-20T11:00:00+03:00",
        paragraphs,
    }
}

/// The page of `story` as a news site would serve it.
pub fn page(story: &Story) -> String {
    let body: String = story
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let related = if i == 2 {
                "<aside class=\"read-also related-articles\"><h3>اقرأ أيضا</h3><ul>\
                 <li><a href=\"/x1\">خبر جانبي لا علاقة له بالموضوع الأول</a></li>\
                 <li><a href=\"/x2\">خبر جانبي لا علاقة له بالموضوع الثاني</a></li></ul></aside>"
            } else {
                ""
            };
            format!("<p>{p}</p>\n{related}\n")
        })
        .collect();
    format!(
        r##"<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{author}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"{title}","datePublished":"{published}","author":{{"@type":"Person","name":"{author}"}},
"publisher":{{"@type":"Organization","name":"{site}"}}}}</script>
<script>console.log("tracking")</script>
</head><body>
<header class="site-header"><nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li>
<li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li>
<li><a href="/sport">رياضة</a></li></ul></nav></header>
<main><article class="article">
<h1 class="article-title">{title}</h1>
<div class="byline">بقلم {author} · <time datetime="{published}">٢٠ نوفمبر ٢٠٢٦</time></div>
<div class="share-bar social-share"><a href="#">شارك على فيسبوك</a> <a href="#">شارك على تويتر</a></div>
<div class="article-body">
{body}</div>
</article>
<section class="comments" id="comments"><h3>التعليقات</h3><form><textarea>أضف تعليقك</textarea></form></section>
</main>
<footer class="site-footer"><p>جميع الحقوق محفوظة © ٢٠٢٦ {site}</p><ul><li><a href="/about">من نحن</a></li></ul></footer>
</body></html>"##,
        title = story.title,
        site = story.site,
        author = story.author,
        published = story.published,
    )
}

/// The text hamish should save for `story`: its title, then its paragraphs.
pub fn expected_text(story: &Story) -> String {
    let mut lines = vec![story.title.to_string()];
    lines.extend(story.paragraphs.iter().cloned());
    lines.join("\n") + "\n"
}

/// An RSS 2.0 feed whose items link to `links` (guid = link).
pub fn rss(title: &str, links: &[String]) -> String {
    let items: String = links
        .iter()
        .enumerate()
        .map(|(i, l)| {
            format!(
                "<item><title>خبر {i}</title><link>{l}</link><guid>{l}</guid>\
                 <pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate></item>"
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>\
         <title>{title}</title><link>http://127.0.0.1/</link><description>أخبار</description>\
         {items}</channel></rss>"
    )
}

/// An Atom feed whose entries link to `links`.
pub fn atom(title: &str, links: &[String]) -> String {
    let entries: String = links
        .iter()
        .enumerate()
        .map(|(i, l)| {
            format!(
                "<entry><title>مقال {i}</title><id>urn:x:{i}</id><link href=\"{l}\"/>\
                 <updated>2026-11-20T08:00:00Z</updated></entry>"
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">\
         <title>{title}</title><id>urn:x</id><updated>2026-11-20T08:00:00Z</updated>{entries}</feed>"
    )
}
