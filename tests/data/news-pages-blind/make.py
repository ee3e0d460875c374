#!/usr/bin/env python3
"""Builds the held-out RTL news corpus (10 pages) and ground-truth.json from one source.

Each page body is a list of items:
  P(html)   paragraph (may contain inline <a>/<strong>/<b>/<em>)  -> in ground truth
  H2/H3     subheading                                          -> in ground truth
  Q(html)   blockquote the article quotes                       -> in ground truth
  TW(...)   embedded tweet the article quotes (tweet text only)  -> in ground truth
  X(html)   anything else placed inside the body (read-also box, ad, figure,
            video, gallery ...)                                  -> NOT in ground truth
Ground truth = plain text of the in-truth items joined with "\n".
"""
import html as H
import json
import os
import re
import sys
from html.parser import HTMLParser

OUT = os.path.dirname(os.path.abspath(__file__))


def P(s): return ('p', s)
def H2(s): return ('h2', s)
def H3(s): return ('h3', s)
def Q(s): return ('q', s)
def TW(text, name, handle, date, url): return ('tw', text, name, handle, date, url)
def X(s): return ('x', s)


def plain(frag):
    t = re.sub(r'<[^>]+>', '', frag)
    t = H.unescape(t)
    return re.sub(r'\s+', ' ', t).strip()


def truth(items):
    return "\n".join(plain(it[1]) for it in items if it[0] != 'x')


def render(items, fmt):
    out = []
    for it in items:
        out.append(fmt[it[0]](it))
    return "\n".join(out)


def tweet(it, lang, extra_cls=''):
    _, text, name, handle, date, url = it
    return ('<blockquote class="twitter-tweet%s" data-dnt="true" data-theme="light">'
            '<p lang="%s" dir="rtl">%s</p>&mdash; %s (@%s) '
            '<a href="%s?ref_src=twsrc%%5Etfw">%s</a></blockquote>\n'
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
            % (extra_cls, lang, text, name, handle, url, date))


def jsonld(obj):
    return ('<script type="application/ld+json">' +
            json.dumps(obj, ensure_ascii=False, indent=1) + '</script>')


PAGES = {}


def page(name):
    def deco(fn):
        PAGES[name] = fn
        return fn
    return deco


# ---------------------------------------------------------------------------
# 1. ar-channel: pan-Arab satellite channel site, custom React-ish CMS,
#    BEM English classes, JSON-LD NewsArticle + OpenGraph
# ---------------------------------------------------------------------------
@page('ar-channel')
def ar_channel():
    url = 'https://www.almadar.tv/news/politics/2026/12/6/اتفاق-مبدئي-على-ممر-سككي-يربط-الخليج-بالمتوسط'
    title = 'اتفاق مبدئي على ممر سككي يربط موانئ الخليج بالبحر المتوسط'
    standfirst = ('وقّع وزراء النقل في خمس دول عربية مذكرة تفاهم لإنشاء خط حديدي بطول يقارب 2800 كيلومتر، '
                  'وسط ترحيب من غرف التجارة وتحفظ محللين على الجدول الزمني.')
    items = [
        P('وقّع وزراء النقل في خمس دول عربية، مساء الأحد، مذكرة تفاهم لإنشاء ممر سككي يربط موانئ الخليج العربي بموانئ شرق البحر المتوسط، في خطوة وصفها مسؤولون بأنها الأكبر من نوعها في مجال البنية التحتية الإقليمية منذ عقود.'),
        P('وتنص المذكرة، التي اطلع موقع <a href="https://www.almadar.tv/">المدار نت</a> على نسختها الأولية، على تشكيل لجنة فنية مشتركة خلال ثلاثة أشهر تتولى إعداد دراسات الجدوى وتحديد المسارات النهائية للخط، الذي يُتوقع أن يبلغ طوله نحو <strong>2800 كيلومتر</strong>.'),
        P('وقال رئيس الاجتماع الوزاري، في مؤتمر صحفي عقب التوقيع، إن المشروع "لا يقتصر على نقل البضائع، بل يمثل رؤية مشتركة لتكامل اقتصادي طال انتظاره"، مضيفا:'),
        Q('هذا الممر سيغيّر خريطة التجارة في المنطقة. نحن لا نبني سكة حديد فحسب، بل نبني شبكة مصالح تجعل الاستقرار خيارا اقتصاديا لكل الأطراف.'),
        X('''<aside class="article-inline-related" data-component="inline-related">
  <span class="article-inline-related__label">اقرأ أيضا</span>
  <ul class="article-inline-related__list">
    <li><a class="u-clickable-card__link" href="/news/economy/2026/11/29/موانئ-الخليج-تسجل-رقما-قياسيا"><span>موانئ الخليج تسجل رقما قياسيا في حجم المناولة خلال الربع الثالث</span></a></li>
    <li><a class="u-clickable-card__link" href="/news/politics/2026/11/20/قمة-النقل-العربية"><span>قمة النقل العربية: وعود كثيرة ومشاريع مؤجلة</span></a></li>
  </ul>
</aside>'''),
        H2('تمويل مشترك وتحديات فنية'),
        P('وبحسب مصادر مطلعة على المفاوضات، فإن كلفة المشروع الأولية تقدّر بما بين 40 و55 مليار دولار، على أن يُموَّل عبر صندوق مشترك تسهم فيه الدول الموقعة إلى جانب مؤسسات تمويل دولية وصناديق سيادية.'),
        P('ويواجه المشروع تحديات فنية أبرزها اختلاف مقاييس السكك القائمة في بعض الدول، والحاجة إلى توحيد أنظمة الإشارات والجمارك على امتداد المسار، وهو ما يتطلب -بحسب خبراء- اتفاقات تنظيمية لا تقل تعقيدا عن الأعمال الإنشائية.'),
        X('''<div class="ad-container ad-container--mpu" data-ad-slot="article_mid_1">
  <div class="ad-container__label">إعلان</div>
  <div id="div-gpt-ad-1701870000001-0" style="min-width:300px;min-height:250px;"></div>
</div>'''),
        P('وفي تغريدة على منصة إكس، كتب المتحدث باسم الاجتماع الوزاري:'),
        TW('توقيع مذكرة التفاهم اليوم ليس نهاية الطريق بل بدايته. اللجنة الفنية ستبدأ عملها فورا، وسنطلع الرأي العام على كل مرحلة بشفافية كاملة.',
           'سامي الحديدي', 'S_Alhadidi', '6 ديسمبر 2026', 'https://twitter.com/S_Alhadidi/status/1865012345678901234'),
        X('''<div class="article-video-embed" data-component="video-embed">
  <div class="article-video-embed__player" data-video-id="6365412345112" data-player="brightcove">
    <button class="article-video-embed__play" aria-label="تشغيل الفيديو"></button>
    <img src="https://www.almadar.tv/wp-content/uploads/2026/12/rail-thumb.jpg?resize=770%2C513" alt="">
  </div>
  <p class="article-video-embed__caption">شاهد: كيف سيبدو مسار الممر السككي المقترح؟ (المدار)</p>
</div>'''),
        H2('ترحيب حذر'),
        P('ورحبت غرف تجارية في المنطقة بالاتفاق، معتبرة أنه قد يخفض زمن نقل البضائع بين الخليج وأوروبا إلى النصف تقريبا مقارنة بالطريق البحري الحالي.'),
        P('في المقابل، أبدى محللون اقتصاديون تحفظا على الجدول الزمني المقترح، مشيرين إلى أن مشاريع مماثلة أُعلن عنها في العقد الماضي لم تتجاوز مرحلة الدراسات، بسبب الخلافات على توزيع الكلفة وعلى أولوية المقاطع.'),
        P('ومن المقرر أن تعقد اللجنة الفنية أول اجتماعاتها في <strong>عمّان</strong> مطلع العام المقبل، على أن تُرفع توصياتها إلى اجتماع وزاري ثانٍ قبل نهاية الربع الثاني.'),
    ]
    fmt = {
        'p': lambda it: '<p>%s</p>' % it[1],
        'h2': lambda it: '<h2 class="article-subheading">%s</h2>' % it[1],
        'h3': lambda it: '<h3>%s</h3>' % it[1],
        'q': lambda it: '<blockquote class="article-pullquote"><p>%s</p></blockquote>' % it[1],
        'tw': lambda it: '<div class="article-embed article-embed--twitter">%s</div>' % tweet(it, 'ar'),
        'x': lambda it: it[1],
    }
    ld = jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title, "description": standfirst,
        "image": {"@type": "ImageObject", "url": "https://www.almadar.tv/wp-content/uploads/2026/12/rail-signing.jpg", "width": 1920, "height": 1080},
        "datePublished": "2026-12-06T19:42:00Z", "dateModified": "2026-12-06T21:05:00Z",
        "author": {"@type": "Organization", "name": "المدار نت"},
        "publisher": {"@type": "Organization", "name": "قناة المدار", "logo": {"@type": "ImageObject", "url": "https://www.almadar.tv/images/logo-ar.png"}},
        "inLanguage": "ar", "articleSection": "سياسة", "keywords": "سكك حديدية,نقل,اقتصاد الخليج,البحر المتوسط"})
    body = render(items, fmt)
    return f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | أخبار | المدار نت</title>
<meta name="description" content="{standfirst}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="المدار نت">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{standfirst}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://www.almadar.tv/wp-content/uploads/2026/12/rail-signing.jpg?resize=1200%2C630">
<meta property="og:locale" content="ar_AR">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@AlmadarNews">
<meta property="article:published_time" content="2026-12-06T19:42:00Z">
<meta property="article:section" content="سياسة">
<link rel="stylesheet" href="/static/css/main.8f3a21c.css">
{ld}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"article","section":"politics","postId":"3179442"}});</script>
</head>
<body class="l-body l-body--rtl page-article">
<div id="root">
<a class="skip-link" href="#main-content">تجاوز إلى المحتوى</a>
<header class="site-header" role="banner">
  <div class="site-header__top">
    <div class="site-header__logo"><a href="/" aria-label="المدار نت - الرئيسية"><svg class="icon icon--logo" viewBox="0 0 120 40"><title>المدار</title></svg></a></div>
    <div class="site-header__live"><a class="live-cta" href="/live/"><span class="live-cta__dot"></span>البث المباشر</a></div>
    <div class="site-header__lang"><a href="https://www.almadar.tv/en/" lang="en" dir="ltr">English</a></div>
    <button class="site-header__search-trigger" aria-label="بحث"><svg class="icon icon--search"></svg></button>
    <button class="site-header__menu-trigger" aria-label="القائمة"><svg class="icon icon--menu"></svg></button>
  </div>
  <nav class="menu menu--header" aria-label="القائمة الرئيسية">
    <ul class="menu__list">
      <li class="menu__item"><a class="menu__link" href="/">الرئيسية</a></li>
      <li class="menu__item"><a class="menu__link" href="/news/">أخبار</a></li>
      <li class="menu__item menu__item--active"><a class="menu__link" href="/news/politics/">سياسة</a></li>
      <li class="menu__item"><a class="menu__link" href="/ebusiness/">اقتصاد</a></li>
      <li class="menu__item"><a class="menu__link" href="/sport/">رياضة</a></li>
      <li class="menu__item"><a class="menu__link" href="/opinions/">آراء</a></li>
      <li class="menu__item"><a class="menu__link" href="/programs/">برامج</a></li>
      <li class="menu__item"><a class="menu__link" href="/investigative/">تحقيقات</a></li>
      <li class="menu__item"><a class="menu__link" href="/videos/">فيديو</a></li>
    </ul>
  </nav>
  <div class="breaking-news-ticker" role="region" aria-label="عاجل">
    <span class="breaking-news-ticker__label">عاجل</span>
    <ul class="breaking-news-ticker__items">
      <li><a href="/news/2026/12/6/breaking-1">وزير الخارجية: جولة مفاوضات جديدة الأسبوع المقبل في مسقط</a></li>
      <li><a href="/news/2026/12/6/breaking-2">ارتفاع أسعار النفط بنسبة 2% بعد قرار تحالف أوبك بلس</a></li>
      <li><a href="/news/2026/12/6/breaking-3">الأرصاد: منخفض جوي يضرب شمال المنطقة ابتداء من الثلاثاء</a></li>
    </ul>
  </div>
</header>
<main id="main-content" class="container container--grid">
  <div class="l-col l-col--8">
  <nav class="breadcrumbs" aria-label="مسار التنقل">
    <ol class="breadcrumbs__list">
      <li class="breadcrumbs__item"><a href="/">الرئيسية</a></li>
      <li class="breadcrumbs__item"><a href="/news/">أخبار</a></li>
      <li class="breadcrumbs__item"><a href="/news/politics/">سياسة</a></li>
    </ol>
  </nav>
  <article class="article article--standard" data-post-id="3179442">
    <header class="article-header">
      <div class="article-header__topics"><a class="topics-tag" href="/where/middle-east/">الشرق الأوسط</a></div>
      <h1 class="article-header__title">{title}</h1>
      <p class="article-header__subhead">{standfirst}</p>
      <div class="article-info-block">
        <div class="article-author-name"><span class="article-author-name__label">المصدر</span> : <span class="article-author-name-item">المدار نت + وكالات</span></div>
        <div class="article-dates"><span class="screen-reader-text">نشر في</span> <div class="date-simple"><span aria-hidden="true">6/12/2026</span></div> <span class="article-dates__updated">آخر تحديث: 6/12/2026 09:05 م (توقيت مكة المكرمة)</span></div>
      </div>
      <div class="article-share article-share--top">
        <span class="article-share__total"><strong>1.4 ألف</strong> مشاركة</span>
        <ul class="share-buttons">
          <li><a class="share-buttons__item share-buttons__item--facebook" href="https://www.facebook.com/sharer/sharer.php?u=..." aria-label="فيسبوك"><span class="share-buttons__count">842</span></a></li>
          <li><a class="share-buttons__item share-buttons__item--x" href="https://twitter.com/intent/tweet?url=..." aria-label="إكس"><span class="share-buttons__count">311</span></a></li>
          <li><a class="share-buttons__item share-buttons__item--whatsapp" href="whatsapp://send?text=..." aria-label="واتساب"><span class="share-buttons__count">207</span></a></li>
          <li><a class="share-buttons__item share-buttons__item--telegram" href="https://t.me/share/url?url=..." aria-label="تلغرام"></a></li>
          <li><button class="share-buttons__item share-buttons__item--copy" aria-label="نسخ الرابط">نسخ الرابط</button></li>
        </ul>
      </div>
    </header>
    <div class="article-featured-image">
      <figure class="article-featured-image__figure">
        <div class="responsive-image"><img loading="eager" src="https://www.almadar.tv/wp-content/uploads/2026/12/rail-signing.jpg?resize=770%2C513&amp;quality=80" alt="وزراء النقل خلال توقيع مذكرة التفاهم"></div>
        <figcaption class="article-featured-image__caption">وزراء النقل في الدول الخمس يتبادلون نسخ مذكرة التفاهم عقب توقيعها <span class="article-featured-image__credit">(رويترز - أرشيف)</span></figcaption>
      </figure>
    </div>
    <div class="wysiwyg wysiwyg--all-content" aria-live="polite">
{body}
    </div>
    <div class="article-tags">
      <span class="article-tags__label">الموسوعة</span>
      <ul class="article-tags__list">
        <li><a href="/tag/railways/">سكك حديدية</a></li>
        <li><a href="/tag/transport/">نقل</a></li>
        <li><a href="/tag/gulf-economy/">اقتصاد الخليج</a></li>
        <li><a href="/tag/mediterranean/">البحر المتوسط</a></li>
      </ul>
    </div>
    <div class="article-share article-share--bottom">
      <ul class="share-buttons"><li><a class="share-buttons__item share-buttons__item--facebook" href="#">فيسبوك</a></li><li><a class="share-buttons__item share-buttons__item--x" href="#">إكس</a></li><li><a class="share-buttons__item share-buttons__item--whatsapp" href="#">واتساب</a></li></ul>
    </div>
    <div class="article-source">المصدر : المدار نت + وكالات</div>
  </article>
  <section class="more-on" aria-labelledby="more-on-heading">
    <h2 id="more-on-heading" class="section-header__title">المزيد من سياسة</h2>
    <div class="more-on__list">
      <article class="gc gc--type-post"><a class="u-clickable-card__link" href="/news/politics/2026/12/6/a"><h3 class="gc__title"><span>البرلمان يصادق على تعديلات قانون الانتخابات وسط مقاطعة المعارضة</span></h3></a><div class="gc__excerpt"><p>صوت 112 نائبا لصالح التعديلات التي تتضمن تقسيما جديدا للدوائر.</p></div><div class="gc__date">منذ 3 ساعات</div></article>
      <article class="gc gc--type-post"><a class="u-clickable-card__link" href="/news/politics/2026/12/6/b"><h3 class="gc__title"><span>جولة جديدة من الحوار الوطني تنطلق الشهر المقبل</span></h3></a><div class="gc__excerpt"><p>أعلنت اللجنة المنظمة عن قائمة المشاركين ومحاور النقاش.</p></div><div class="gc__date">منذ 5 ساعات</div></article>
      <article class="gc gc--type-post"><a class="u-clickable-card__link" href="/news/politics/2026/12/5/c"><h3 class="gc__title"><span>مبعوث أممي يصل إلى المنطقة في جولة تشمل أربع عواصم</span></h3></a><div class="gc__excerpt"><p>تأتي الجولة في إطار جهود إحياء المسار السياسي المتعثر.</p></div><div class="gc__date">5/12/2026</div></article>
    </div>
  </section>
  </div>
  <aside class="l-col l-col--4 sidebar">
    <section class="trending-articles">
      <h2 class="trending-articles__title">الأكثر قراءة</h2>
      <ol class="trending-articles__list">
        <li class="trending-articles__item"><span class="trending-articles__rank">1</span><a href="/news/2026/12/6/t1">لماذا تراجع سعر الذهب رغم ضعف الدولار؟</a></li>
        <li class="trending-articles__item"><span class="trending-articles__rank">2</span><a href="/news/2026/12/5/t2">دراسة: النوم أقل من 6 ساعات يضاعف خطر أمراض القلب</a></li>
        <li class="trending-articles__item"><span class="trending-articles__rank">3</span><a href="/news/2026/12/5/t3">منتخب المغرب يتأهل إلى نصف النهائي بعد ركلات الترجيح</a></li>
        <li class="trending-articles__item"><span class="trending-articles__rank">4</span><a href="/news/2026/12/4/t4">ما الذي نعرفه عن الميزانية الجديدة؟</a></li>
      </ol>
    </section>
    <div class="ad-container ad-container--sidebar"><div class="ad-container__label">إعلان</div><div id="div-gpt-ad-1701870000002-0"></div></div>
    <section class="newsletter-signup">
      <h2 class="newsletter-signup__title">النشرة البريدية</h2>
      <p class="newsletter-signup__text">اشترك في النشرة البريدية لتصلك أهم الأخبار والتحليلات يوميا إلى بريدك الإلكتروني.</p>
      <form class="newsletter-signup__form" action="/newsletter/subscribe" method="post">
        <label for="nl-email" class="screen-reader-text">البريد الإلكتروني</label>
        <input id="nl-email" type="email" name="email" placeholder="البريد الإلكتروني">
        <button type="submit">اشترك</button>
      </form>
      <p class="newsletter-signup__disclaimer">بالتسجيل، أنت توافق على <a href="/privacy/">سياسة الخصوصية</a>.</p>
    </section>
  </aside>
</main>
<footer class="site-footer">
  <nav class="site-footer__nav"><ul><li><a href="/aboutus/">من نحن</a></li><li><a href="/jobs/">وظائف</a></li><li><a href="/contactus/">اتصل بنا</a></li><li><a href="/terms/">شروط الاستخدام</a></li><li><a href="/privacy/">سياسة الخصوصية</a></li><li><a href="/cookies/">سياسة ملفات تعريف الارتباط</a></li></ul></nav>
  <div class="site-footer__social"><a href="https://facebook.com/almadar">فيسبوك</a> <a href="https://x.com/AlmadarNews">إكس</a> <a href="https://youtube.com/almadar">يوتيوب</a> <a href="https://instagram.com/almadar">إنستغرام</a></div>
  <p class="site-footer__copyright">© 2026 المدار نت. جميع الحقوق محفوظة</p>
</footer>
<div class="cookie-consent" role="dialog" aria-live="polite">
  <p class="cookie-consent__text">نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا وتحليل الزيارات وعرض إعلانات مخصصة. <a href="/cookies/">اعرف المزيد</a></p>
  <button class="cookie-consent__accept">موافق</button> <button class="cookie-consent__settings">إعدادات</button>
</div>
</div>
<script src="/static/js/runtime.3c1e.js"></script>
<script src="/static/js/main.91ab.js"></script>
</body>
</html>
''', items


# ---------------------------------------------------------------------------
# 2. ar-egypt-daily: Egyptian daily, old ASP.NET WebForms markup, table layout,
#    body is text separated by <br /><br /> (no <p>), inline "اقرأ أيضا" lines,
#    byline line inside the body container, OpenGraph only
# ---------------------------------------------------------------------------
@page('ar-egypt-daily')
def ar_egypt():
    title = 'البنك المركزي يثبت أسعار الفائدة للمرة الثالثة على التوالي'
    items = [
        X('<span class="newsWriter">كتب - محمد عبد الحميد</span><br /><br />'),
        P('قرر <a href="/Tags/البنك_المركزي">البنك المركزي المصري</a>، في اجتماع لجنة السياسة النقدية مساء اليوم الخميس، الإبقاء على سعري عائد الإيداع والإقراض لليلة واحدة دون تغيير عند مستوى <strong>27.25% و28.25%</strong> على الترتيب، وهو القرار الثالث على التوالي بتثبيت أسعار الفائدة.'),
        P('وأوضح البنك في بيان صحفي أن قرار اللجنة يعكس تقييمها لآخر التطورات والتوقعات الخاصة بالتضخم، مشيرا إلى أن المعدل السنوي للتضخم العام في الحضر تراجع إلى 24.1% خلال الشهر الماضي مقابل 25.7% في الشهر السابق له.'),
        X('<strong><span style="color:#c00000;">اقرأ أيضا:</span></strong> <a href="/News/2026/12/3/ارتفاع_أسعار_الذهب_اليوم">ارتفاع جديد في أسعار الذهب اليوم.. وعيار 21 يسجل هذا الرقم</a><br /><br />'),
        P('وأضاف البيان أن اللجنة ترى أن الإبقاء على أسعار العائد الحالية مناسب في الوقت الراهن، في ضوء استمرار الضغوط التضخمية الناتجة عن ارتفاع أسعار بعض السلع الغذائية عالميا، واضطرابات سلاسل الإمداد.'),
        P('وكانت غالبية التوقعات التي استطلعتها <b>الميدان نيوز</b> قد رجحت تثبيت أسعار الفائدة، حيث أكد عدد من المصرفيين أن البنك المركزي يفضل الانتظار لحين اتضاح أثر قرارات رفع الفائدة السابقة على معدلات التضخم.'),
        P('وقال الدكتور هشام عبد الرحيم، أستاذ الاقتصاد بجامعة القاهرة، إن "قرار التثبيت كان متوقعا، لكن الرسالة الأهم في البيان هي إشارة البنك إلى إمكانية بدء دورة تيسير نقدي إذا استمر التضخم في التراجع خلال الربع المقبل".'),
        X('<strong><span style="color:#c00000;">اقرأ أيضا:</span></strong> <a href="/News/2026/12/2/سعر_الدولار_في_البنوك">سعر الدولار اليوم الأربعاء في البنوك المصرية</a><br /><br />'),
        X('<div class="AdInArticle"><span class="adLbl">إعلان</span><div id="ad-inread"></div></div>'),
        P('وتابع أن أسواق الدين المحلية ستتفاعل بشكل إيجابي مع القرار، خاصة مع تحسن تدفقات النقد الأجنبي واستقرار سعر صرف الجنيه أمام الدولار في البنوك خلال الأسابيع الماضية.'),
        P('من جانبها، قالت سهر الدماطي، الخبيرة المصرفية، إن البنوك ستواصل طرح شهادات الادخار ذات العائد المرتفع خلال الفترة المقبلة، للحفاظ على جاذبية الادخار بالجنيه المصري.'),
        P('ومن المقرر أن تعقد لجنة السياسة النقدية اجتماعها المقبل يوم الخميس الموافق 15 فبراير، وفقا للجدول الزمني المعلن من البنك المركزي لاجتماعات العام.'),
    ]
    fmt = {'p': lambda it: it[1] + '<br /><br />', 'x': lambda it: it[1]}
    body = render(items, fmt)
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>
	{title} - الميدان نيوز
</title>
<meta name="keywords" content="البنك المركزي,أسعار الفائدة,التضخم,لجنة السياسة النقدية" />
<meta name="description" content="قرر البنك المركزي المصري الإبقاء على أسعار الفائدة دون تغيير للمرة الثالثة على التوالي" />
<meta property="og:title" content="{title}" />
<meta property="og:type" content="article" />
<meta property="og:image" content="https://img.elmaydan-news.com/Large/202612070311431143.jpg" />
<meta property="og:url" content="https://www.elmaydan-news.com/News/2026/12/7/6718823" />
<meta property="og:site_name" content="الميدان نيوز" />
<meta property="fb:app_id" content="145723882113" />
<link href="/Styles/Site.css?v=3.11" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Scripts/jquery-1.8.2.min.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="./6718823" id="aspnetForm">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY3NzE5MjIwOWRkZmV4c2Fk3k1T0ZUbmZ3e9a2b7E=" />
</div>
<table id="tblMain" width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td class="topBar">
  <span class="todayDate">الخميس، 7 ديسمبر 2026 - 06:14 م</span>
  <a href="/RSS">RSS</a> | <a href="/Mobile">موبايل</a> | <a href="/ContactUs">اتصل بنا</a>
</td></tr>
<tr><td class="hdr">
  <a href="/" id="ctl00_hlLogo"><img src="/images/logo.png" alt="الميدان نيوز" border="0" /></a>
  <div id="ctl00_divTopAd" class="topAd"><span class="adLbl">إعلان</span><iframe src="/ads/728x90.aspx" width="728" height="90" frameborder="0" scrolling="no"></iframe></div>
</td></tr>
<tr><td class="mnu">
  <ul id="ctl00_ulMenu" class="mainMenu">
    <li><a href="/">الرئيسية</a></li><li><a href="/Section/1">أخبار مصر</a></li><li><a href="/Section/2">سياسة</a></li><li class="sel"><a href="/Section/3">اقتصاد وبورصة</a></li><li><a href="/Section/4">حوادث</a></li><li><a href="/Section/5">رياضة</a></li><li><a href="/Section/6">فن</a></li><li><a href="/Section/7">محافظات</a></li><li><a href="/Section/8">المرأة والمنوعات</a></li><li><a href="/Videos">فيديو</a></li>
  </ul>
</td></tr>
<tr><td class="urgntBar">
  <span class="urgntLbl">عاجل</span>
  <marquee id="ctl00_mrqUrgent" direction="right" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">
    <a href="/News/2026/12/7/6718901">رئيس الوزراء يتفقد مشروعات الإسكان الجديدة في العاصمة الإدارية</a> &nbsp;&#9679;&nbsp;
    <a href="/News/2026/12/7/6718877">الأرصاد: طقس مائل للبرودة غدا والعظمى بالقاهرة 21 درجة</a> &nbsp;&#9679;&nbsp;
    <a href="/News/2026/12/7/6718850">البورصة تربح 12 مليار جنيه في ختام تعاملات اليوم</a>
  </marquee>
</td></tr>
<tr><td>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top" width="680" class="mainCol">
  <div class="pth"><a href="/">الرئيسية</a> &raquo; <a href="/Section/3">اقتصاد وبورصة</a> &raquo; <span>بنوك</span></div>
  <div id="ctl00_ContentPlaceHolder1_divNews" class="newsStory">
    <h3 class="upTitle">في بيان لجنة السياسة النقدية</h3>
    <h1 id="ctl00_ContentPlaceHolder1_lblTitle" class="newsStoryTitle">{title}</h1>
    <div class="newsStoryDate"><span id="ctl00_ContentPlaceHolder1_lblDate">الخميس، 07 ديسمبر 2026 06:02 م</span></div>
    <table class="shrTbl"><tr>
      <td><a class="shrFb" href="https://www.facebook.com/sharer.php?u=https://www.elmaydan-news.com/News/2026/12/7/6718823" target="_blank">شارك</a> <span class="cnt">1,203</span></td>
      <td><a class="shrTw" href="https://twitter.com/share?url=https://www.elmaydan-news.com/News/2026/12/7/6718823" target="_blank">تويت</a> <span class="cnt">88</span></td>
      <td><a class="shrWa" href="whatsapp://send?text=https://www.elmaydan-news.com/News/2026/12/7/6718823">واتس</a></td>
      <td><a class="prnt" href="javascript:window.print();">طباعة</a></td>
      <td><a class="fntUp" href="#">أ+</a> <a class="fntDn" href="#">أ-</a></td>
    </tr></table>
    <div class="newsStoryImg">
      <img id="ctl00_ContentPlaceHolder1_imgNews" src="https://img.elmaydan-news.com/Large/202612070311431143.jpg" alt="البنك المركزي المصري" width="650" />
      <div class="newsStoryImgDesc">البنك المركزي المصري - أرشيفية</div>
    </div>
    <div id="ctl00_ContentPlaceHolder1_lblBody" class="newsStoryTxt">
{body}
    </div>
    <div class="tgs"><span class="tgsLbl">الكلمات المتعلقة :</span> <a href="/Tags/البنك_المركزي">البنك المركزي</a> <a href="/Tags/أسعار_الفائدة">أسعار الفائدة</a> <a href="/Tags/التضخم">التضخم</a> <a href="/Tags/لجنة_السياسة_النقدية">لجنة السياسة النقدية</a></div>
    <div class="ntcDiv">تم أضافة تعليقك سوف يظهر بعد المراجعة</div>
    <div class="fbCmnts"><h4>التعليقات</h4><div class="fb-comments" data-href="https://www.elmaydan-news.com/News/2026/12/7/6718823" data-numposts="5" data-width="650"></div></div>
  </div>
  <div class="relNws">
    <div class="relNwsHdr">أخبار متعلقة</div>
    <ul>
      <li><a href="/News/2026/11/30/6712001">الحكومة: معدل التضخم سيواصل التراجع خلال الربع الأول</a></li>
      <li><a href="/News/2026/11/28/6710876">3 بنوك تطرح شهادات ادخار جديدة بعائد يصل إلى 23%</a></li>
      <li><a href="/News/2026/11/26/6709412">صندوق النقد: الاقتصاد المصري ينمو 4.2% العام المقبل</a></li>
    </ul>
  </div>
</td>
<td valign="top" width="300" class="sideCol">
  <div class="sdBox"><div class="sdHdr">الأكثر قراءة</div>
    <ul class="mstRd">
      <li><span>1</span><a href="/News/2026/12/7/6718700">موعد صرف مرتبات شهر ديسمبر 2026 للعاملين بالدولة</a></li>
      <li><span>2</span><a href="/News/2026/12/7/6718640">نتيجة مباراة الأهلي والزمالك في كأس السوبر</a></li>
      <li><span>3</span><a href="/News/2026/12/6/6718011">أسعار الخضروات والفاكهة في سوق العبور اليوم</a></li>
      <li><span>4</span><a href="/News/2026/12/6/6717980">الحكومة تعلن مواعيد امتحانات الترم الأول</a></li>
    </ul>
  </div>
  <div class="sdAd"><span class="adLbl">إعلان</span><iframe src="/ads/300x250.aspx" width="300" height="250" frameborder="0" scrolling="no"></iframe></div>
  <div class="sdBox"><div class="sdHdr">النشرة البريدية</div><p>سجل بريدك لتصلك أهم الأخبار</p><input name="ctl00$txtMail" type="text" id="ctl00_txtMail" /><input type="submit" name="ctl00$btnMail" value="اشترك" id="ctl00_btnMail" /></div>
</td>
</tr></table>
</td></tr>
<tr><td class="ftr">
  <a href="/AboutUs">من نحن</a> | <a href="/ContactUs">اتصل بنا</a> | <a href="/Advertise">أعلن معنا</a> | <a href="/Privacy">سياسة الخصوصية</a>
  <br />جميع الحقوق محفوظة &copy; الميدان نيوز 2026
</td></tr>
</table>
<div id="cookieMsg" style="position:fixed;bottom:0;width:100%;">يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربة التصفح. <a href="javascript:void(0)" onclick="document.getElementById('cookieMsg').style.display='none';">موافق</a></div>
<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
//]]>
</script>
</form>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/ar_AR/sdk.js#xfbml=1&version=v18.0"></script>
</body>
</html>
''', items


# ---------------------------------------------------------------------------
# 3. ar-gulf-daily: Gulf daily on Drupal (field--name-body, node--type-article),
#    photo gallery slider and embedded related node inside body, h3 subheads,
#    JSON-LD NewsArticle + OpenGraph
# ---------------------------------------------------------------------------
@page('ar-gulf-daily')
def ar_gulf():
    url = 'https://www.alwaha-daily.ae/sport/athletics/2026-12-06-1.4418210'
    title = 'كيبتوم يحطم الرقم القياسي لماراثون رأس الخيمة في نسخة المشاركة القياسية'
    gallery = '''<div class="paragraph paragraph--type--gallery paragraph--view-mode--default">
  <div class="field field--name-field-gallery-title"><h4>صور من السباق</h4></div>
  <div class="slick slick--gallery" data-slick='{"rtl":true,"slidesToShow":1,"dots":true}'>
    <div class="slick__slide"><figure><img src="/sites/default/files/styles/gallery_900/public/2026-12/marathon-1.jpg?itok=Q1w2E3r4" alt="انطلاق السباق"><figcaption>لحظة انطلاق السباق من الكورنيش <span class="photo-credit">تصوير: خالد الحمادي</span></figcaption></figure></div>
    <div class="slick__slide"><figure><img src="/sites/default/files/styles/gallery_900/public/2026-12/marathon-2.jpg?itok=A9s8D7f6" alt="المتسابقون"><figcaption>المتسابقون يعبرون الكيلومتر الخامس عشر <span class="photo-credit">تصوير: خالد الحمادي</span></figcaption></figure></div>
    <div class="slick__slide"><figure><img src="/sites/default/files/styles/gallery_900/public/2026-12/marathon-3.jpg?itok=Z5x4C3v2" alt="خط النهاية"><figcaption>كيبتوم يعبر خط النهاية <span class="photo-credit">تصوير: مريم السويدي</span></figcaption></figure></div>
    <div class="slick__slide"><figure><img src="/sites/default/files/styles/gallery_900/public/2026-12/marathon-4.jpg?itok=P0o9I8u7" alt="التتويج"><figcaption>منصة التتويج لفئة السيدات <span class="photo-credit">تصوير: مريم السويدي</span></figcaption></figure></div>
  </div>
  <div class="gallery-counter"><span class="current">1</span> / <span class="total">4</span></div>
</div>'''
    related = '''<div class="embedded-entity align-left">
  <article class="node node--type-article node--view-mode-embed-related">
    <div class="embed-label">مواضيع ذات صلة</div>
    <h4 class="node__title"><a href="/sport/athletics/2026-11-28-1.4411876" rel="bookmark">اللجنة المنظمة تغلق باب التسجيل في الماراثون بعد اكتمال العدد</a></h4>
    <h4 class="node__title"><a href="/sport/athletics/2026-11-14-1.4402233" rel="bookmark">عدّاؤون إماراتيون يستعدون لأول مشاركة في الماراثون الكامل</a></h4>
  </article>
</div>'''
    items = [
        P('حقق العدّاء الكيني <strong>دانيال كيبتوم</strong> لقب ماراثون رأس الخيمة الدولي برقم ساعتين و4 دقائق و11 ثانية، محطما الرقم القياسي للمسار، فيما توجت الإثيوبية تسيهاي ولدي بلقب فئة السيدات، في نسخة شهدت مشاركة قياسية بلغت أكثر من 22 ألف عدّاء وعدّاءة من 130 جنسية.'),
        P('وانطلق السباق في السادسة صباحا من كورنيش القواسم، وسط أجواء معتدلة ساعدت المتسابقين على تسجيل أزمنة سريعة، إذ نجح ثلاثة عدائين في إنهاء السباق في أقل من ساعتين وخمس دقائق للمرة الأولى في تاريخ البطولة.'),
        H3('صراع حتى الأمتار الأخيرة'),
        P('وشهدت الكيلومترات الأخيرة منافسة محتدمة بين كيبتوم ومواطنه جوزيف موتاي، حيث تبادلا الصدارة أكثر من مرة قبل أن يحسم الأول السباق بفارق ثماني ثوانٍ فقط، بينما حل الإثيوبي أبيل تاديسي ثالثا.'),
        P('وقال كيبتوم في تصريحات لـ«الواحة» عقب السباق:'),
        Q('«كنت أعرف أن المسار سريع، لكنني لم أتوقع أن تكون المنافسة بهذه القوة. الجمهور على جانبي الطريق منحني طاقة إضافية في الكيلومتر الأخير.»'),
        P('وأضاف أنه يخطط للمشاركة في أحد الماراثونات الكبرى في الربيع المقبل، معتبرا أن الرقم الذي حققه يمنحه ثقة كبيرة قبل الموسم الأولمبي.'),
        X(gallery),
        H3('مشاركة مجتمعية واسعة'),
        P('وإلى جانب السباق الرئيسي، تضمن الحدث سباقات لمسافات 10 كيلومترات و4 كيلومترات، إضافة إلى سباق مخصص لأصحاب الهمم، شارك فيه أكثر من 300 متسابق من مختلف الإمارات.'),
        X(related),
        P('وأكد حمد الشحي، رئيس اللجنة المنظمة، أن النسخة الحالية حققت أرقاما غير مسبوقة على صعيد المشاركة، مشيرا إلى أن اللجنة ستدرس زيادة الطاقة الاستيعابية في النسخة المقبلة وتوسيع <a href="/tags/ماراثون-رأس-الخيمة">مسار السباق</a> ليشمل الواجهة البحرية الجديدة.'),
        P('وبلغ مجموع جوائز السباق 800 ألف دولار، حصل الفائز الأول في فئتي الرجال والسيدات على 100 ألف دولار لكل منهما، إضافة إلى مكافأة خاصة لتحطيم الرقم القياسي للمسار.'),
    ]
    fmt = {
        'p': lambda it: '<p>%s</p>' % it[1],
        'h3': lambda it: '<h3>%s</h3>' % it[1],
        'q': lambda it: '<blockquote><p>%s</p></blockquote>' % it[1],
        'x': lambda it: it[1],
    }
    ld = jsonld({"@context": "https://schema.org", "@graph": [{
        "@type": "NewsArticle", "headline": title,
        "name": title,
        "about": "رياضة",
        "datePublished": "2026-12-06T10:15:00+04:00", "dateModified": "2026-12-06T13:40:00+04:00",
        "image": {"@type": "ImageObject", "url": "https://www.alwaha-daily.ae/sites/default/files/2026-12/marathon-lead.jpg", "width": "1200", "height": "675"},
        "author": {"@type": "Person", "name": "أحمد المنصوري"},
        "publisher": {"@type": "Organization", "name": "صحيفة الواحة", "logo": {"@type": "ImageObject", "url": "https://www.alwaha-daily.ae/themes/custom/waha/logo.svg"}},
        "mainEntityOfPage": url}]})
    body = render(items, fmt)
    return f'''<!DOCTYPE html>
<html lang="ar" dir="rtl" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/">
  <head>
    <meta charset="utf-8" />
    <meta name="description" content="حقق العدّاء الكيني دانيال كيبتوم لقب ماراثون رأس الخيمة الدولي برقم قياسي جديد للمسار" />
    <link rel="canonical" href="{url}" />
    <meta property="og:site_name" content="صحيفة الواحة" />
    <meta property="og:type" content="article" />
    <meta property="og:url" content="{url}" />
    <meta property="og:title" content="{title}" />
    <meta property="og:image" content="https://www.alwaha-daily.ae/sites/default/files/2026-12/marathon-lead.jpg" />
    <meta property="article:section" content="ألعاب القوى" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    {ld}
    <title>{title} | صحيفة الواحة</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Wq3xJ7hYbE2.css?delta=0&amp;language=ar&amp;theme=waha" />
  </head>
  <body class="path-node page-node-type-article lang-ar">
    <a href="#main-content" class="visually-hidden focusable skip-link">التجاوز إلى المحتوى الرئيسي</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
      <header role="banner" class="region region-header">
        <div id="block-waha-branding" class="block block-system block-system-branding-block">
          <a href="/" rel="home" class="site-logo"><img src="/themes/custom/waha/logo.svg" alt="الرئيسية" /></a>
          <div class="site-date">الأحد 6 ديسمبر 2026 م - 5 جمادى الآخرة 1448 هـ</div>
        </div>
        <nav role="navigation" aria-labelledby="block-waha-main-menu-menu" id="block-waha-main-menu" class="block block-menu navigation menu--main">
          <h2 class="visually-hidden" id="block-waha-main-menu-menu">القائمة الرئيسية</h2>
          <ul class="menu menu--level-1">
            <li class="menu-item"><a href="/">الرئيسية</a></li>
            <li class="menu-item"><a href="/uae">الإمارات</a></li>
            <li class="menu-item"><a href="/gulf-arab">خليجي وعربي</a></li>
            <li class="menu-item"><a href="/world">عالمي</a></li>
            <li class="menu-item"><a href="/economy">اقتصاد</a></li>
            <li class="menu-item menu-item--active-trail"><a href="/sport" class="is-active">رياضة</a></li>
            <li class="menu-item"><a href="/culture">ثقافة</a></li>
            <li class="menu-item"><a href="/opinion">رأي</a></li>
            <li class="menu-item"><a href="/pdf">العدد الورقي</a></li>
          </ul>
        </nav>
        <div class="views-element-container block block-views block-views-blockbreaking-news-block-1">
          <div class="view view-breaking-news"><div class="view-header"><span class="breaking-label">عاجل</span></div>
            <div class="view-content"><div class="views-row"><a href="/uae/2026-12-06-1.4418300">محمد بن راشد يعتمد الميزانية العامة لحكومة دبي للأعوام 2027-2029</a></div><div class="views-row"><a href="/uae/2026-12-06-1.4418288">المركز الوطني للأرصاد: أمطار متفرقة على المناطق الشمالية والشرقية</a></div></div>
          </div>
        </div>
      </header>
      <div class="region region-highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>
      <div id="block-waha-breadcrumbs" class="block block-system block-system-breadcrumb-block">
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
          <h2 id="system-breadcrumb" class="visually-hidden">مسار التصفح</h2>
          <ol><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li><li><a href="/sport/athletics">ألعاب القوى</a></li></ol>
        </nav>
      </div>
      <main role="main">
        <a id="main-content" tabindex="-1"></a>
        <div class="layout-content">
          <div class="region region-content">
            <div id="block-waha-content" class="block block-system block-system-main-block">
<article role="article" about="/sport/athletics/2026-12-06-1.4418210" class="node node--type-article node--promoted node--view-mode-full">
  <div class="field field--name-field-kicker field--type-string field--label-hidden field__item">ألعاب القوى</div>
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
  <div class="field field--name-field-summary field--type-string-long field--label-hidden field__item">22 ألف عدّاء من 130 جنسية.. وتسيهاي ولدي بطلة لفئة السيدات</div>
  <footer class="node__meta">
    <div class="node__submitted">
      <span class="field field--name-field-author"><a href="/author/ahmed-almansouri" hreflang="ar">أحمد المنصوري</a></span>
      <span class="node-location">رأس الخيمة:</span>
      <span class="field field--name-created">6 ديسمبر 2026 10:15</span>
    </div>
  </footer>
  <div class="share-block">
    <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={url}">فيسبوك <span class="count">356</span></a>
    <a class="share-tw" href="https://twitter.com/intent/tweet?url={url}">تويتر <span class="count">97</span></a>
    <a class="share-wa" href="https://api.whatsapp.com/send?text={url}">واتساب</a>
    <a class="share-mail" href="mailto:?subject={title}">بريد</a>
  </div>
  <div class="field field--name-field-image field--type-image field--label-hidden field__item">
    <figure class="media-figure">
      <img loading="lazy" src="/sites/default/files/styles/article_full/public/2026-12/marathon-lead.jpg?itok=Kx8Jq1Zr" width="1200" height="675" alt="كيبتوم لحظة عبوره خط النهاية" typeof="foaf:Image" />
      <figcaption><span class="caption-text">كيبتوم لحظة عبوره خط النهاية</span> <span class="photo-credit">(تصوير: مريم السويدي)</span></figcaption>
    </figure>
  </div>
  <div class="node__content">
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
    </div>
    <div class="block-ad block-ad--inarticle"><div class="ad-label">إعلان</div><div id="dfp-ad-sport_inarticle" class="dfp-tag-wrapper"></div></div>
    <div class="field field--name-field-tags field--type-entity-reference field--label-above">
      <div class="field__label">الوسوم</div>
      <div class="field__items">
        <div class="field__item"><a href="/tags/ماراثون-رأس-الخيمة" hreflang="ar">ماراثون رأس الخيمة</a></div>
        <div class="field__item"><a href="/tags/ألعاب-القوى" hreflang="ar">ألعاب القوى</a></div>
        <div class="field__item"><a href="/tags/كينيا" hreflang="ar">كينيا</a></div>
      </div>
    </div>
  </div>
</article>
<section class="comments-section" id="comments">
  <h2 class="comments-title">التعليقات <span class="comments-count">(2)</span></h2>
  <article class="comment js-comment" data-comment-id="88123">
    <footer class="comment__meta"><span class="comment__author">عبدالله الكتبي</span> <span class="comment__time">منذ ساعتين</span></footer>
    <div class="comment__content"><p>تنظيم رائع كالعادة، وأتمنى زيادة نقاط المياه في الكيلومترات الأخيرة.</p></div>
  </article>
  <article class="comment js-comment" data-comment-id="88127">
    <footer class="comment__meta"><span class="comment__author">Runner_RAK</span> <span class="comment__time">منذ ساعة</span></footer>
    <div class="comment__content"><p>شاركت في سباق 10 كيلومترات وكانت التجربة ممتازة. نراكم العام القادم!</p></div>
  </article>
  <form class="comment-form" action="/comment/reply/node/4418210/comment" method="post">
    <label for="edit-comment-body">أضف تعليقك</label>
    <textarea id="edit-comment-body" name="comment_body[0][value]" rows="4"></textarea>
    <input type="submit" value="إرسال" class="button">
  </form>
</section>
            </div>
          </div>
        </div>
        <aside class="layout-sidebar-first" role="complementary">
          <div class="region region-sidebar-first">
            <div class="views-element-container block block-views block-views-blockmost-read-block-1">
              <h2 class="block-title">الأكثر قراءة</h2>
              <div class="view view-most-read"><div class="view-content item-list"><ol>
                <li><a href="/sport/football/2026-12-06-1.4418190">العين يقلب الطاولة على الوحدة ويعتلي الصدارة</a></li>
                <li><a href="/economy/2026-12-05-1.4417766">أسعار الوقود لشهر يناير.. تعرف على الأسعار الجديدة</a></li>
                <li><a href="/uae/2026-12-05-1.4417701">إجازة رسمية بمناسبة عيد الاتحاد لموظفي القطاع الخاص</a></li>
              </ol></div></div>
            </div>
            <div class="block-ad block-ad--sidebar"><div class="ad-label">إعلان</div><div id="dfp-ad-sport_mpu" class="dfp-tag-wrapper"></div></div>
            <div id="block-newsletter" class="block block-simplenews">
              <h2 class="block-title">اشترك في نشرتنا</h2>
              <form action="/newsletter/subscribe" method="post"><input type="email" name="mail" placeholder="بريدك الإلكتروني" /><input type="submit" value="اشتراك" /></form>
            </div>
          </div>
        </aside>
      </main>
      <footer role="contentinfo" class="region region-footer">
        <nav class="menu--footer"><ul><li><a href="/about">عن الواحة</a></li><li><a href="/advertise">أعلن معنا</a></li><li><a href="/subscriptions">الاشتراكات</a></li><li><a href="/privacy-policy">سياسة الخصوصية</a></li></ul></nav>
        <div class="copyright">جميع الحقوق محفوظة © دار الواحة للصحافة والطباعة والنشر 2026</div>
      </footer>
    </div>
    </div>
    <div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner" role="alertdialog">
      <div class="eu-cookie-compliance-content"><div class="eu-cookie-compliance-message"><p>نستخدم ملفات تعريف الارتباط على هذا الموقع لتحسين تجربة المستخدم.</p></div>
      <div class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">أوافق</button><button type="button" class="decline-button">لا، شكرا</button></div></div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/4418210","currentLanguage":"ar"}},"eu_cookie_compliance":{{"popup_enabled":true}}}}</script>
    <script src="/sites/default/files/js/js_Ab3dE5fG7hI.js?scope=footer&amp;delta=0&amp;language=ar"></script>
  </body>
</html>
''', items


# ---------------------------------------------------------------------------
# 4. ar-morocco-portal: Moroccan news portal on WordPress with a JNews-like
#    theme (jeg_* classes, entry-content, wp-block-*), Yoast JSON-LD @graph,
#    "شاهد أيضا" video box and an ad inside the body, big comment section
# ---------------------------------------------------------------------------
@page('ar-morocco-portal')
def ar_morocco():
    url = 'https://www.maghribpress24.ma/culture/article-417835.html'
    title = '«أدرار» يتوج بالجائزة الكبرى لمهرجان طنجة للفيلم المتوسطي'
    items = [
        P('أسدل الستار، مساء السبت، على فعاليات الدورة الرابعة عشرة من <a href="https://www.maghribpress24.ma/tag/مهرجان-طنجة">مهرجان طنجة للفيلم المتوسطي</a>، بتتويج الفيلم الأمازيغي «أدرار» للمخرجة المغربية سلمى أوعلي بالجائزة الكبرى، في حفل احتضنه قصر الثقافة والفنون بحضور عدد من الوجوه الفنية من ضفتي المتوسط.'),
        P('ويحكي الفيلم، الذي صُوّر بالكامل في قرى الأطلس الكبير، قصة امرأة ستينية تقرر إعادة فتح مدرسة القرية المهجورة بعد زلزال مدمر، مستعينة بأبناء المنطقة المهاجرين في المدن وفي أوروبا.'),
        P('ومنحت لجنة التحكيم، التي ترأستها الممثلة التونسية ليلى بن عمار، جائزة لجنة التحكيم الخاصة للفيلم الجزائري «ملح البحر»، فيما عادت جائزة أفضل أداء نسائي للممثلة الإسبانية كارمن روخاس عن دورها في فيلم «الضفة الأخرى»، وجائزة أفضل أداء رجالي للممثل المصري حازم سليمان.'),
        X('''<div class="jeg_video_inline_box">
<h4 class="jeg_block_title"><span>شاهد أيضا</span></h4>
<div class="jeg_video_container"><div class="jeg_video_placeholder" data-youtube-id="dQ9xYt3kLmA"><img src="https://www.maghribpress24.ma/wp-content/uploads/2026/12/tanger-red-carpet-350x250.jpg" alt=""><span class="jeg_video_duration">03:41</span></div></div>
<p class="jeg_video_title"><a href="https://www.maghribpress24.ma/videos/article-417790.html">بالفيديو.. نجوم السينما المتوسطية على السجاد الأحمر في طنجة</a></p>
</div>'''),
        H3('حضور لافت للسينما الأمازيغية'),
        P('وعرف المهرجان هذه السنة مشاركة 42 فيلما من 16 بلدا متوسطيا، توزعت بين المسابقة الرسمية للأفلام الطويلة ومسابقة الأفلام القصيرة وفقرة «بانوراما» المخصصة لأعمال المخرجين الشباب.'),
        P('وقالت المخرجة أوعلي، في تصريح لجريدة <strong>مغرب بريس 24</strong> الإلكترونية، إن هذا التتويج "رسالة إلى كل من يعتقد أن السينما الناطقة بالأمازيغية محصورة في جمهور محلي"، مضيفة: "القصص الإنسانية لا تحتاج إلى ترجمة كي تصل".'),
        X('''<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper align-center"><span class="ads-text">إعلان</span><div class="ads_code"><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins></div></div></div>'''),
        P('من جهته، أكد مدير المهرجان، يوسف الطنجاوي، أن الدورة المقبلة ستشهد إحداث ورشة دائمة لكتابة السيناريو لفائدة الشباب المنحدرين من المناطق القروية، بشراكة مع المركز السينمائي المغربي.'),
        P('وتضمن برنامج الدورة ندوات حول مستقبل الإنتاج المشترك بين بلدان المتوسط، وتكريمات لعدد من الأسماء التي بصمت تاريخ الفن السابع بالمنطقة، إلى جانب عروض مفتوحة في ساحات المدينة العتيقة لقيت إقبالا جماهيريا واسعا.'),
        P('ويُنتظر أن يُعرض فيلم «أدرار» في القاعات السينمائية المغربية ابتداء من شهر مارس المقبل، قبل مشاركته في عدد من المهرجانات الدولية.'),
    ]
    fmt = {
        'p': lambda it: '<p>%s</p>' % it[1],
        'h3': lambda it: '<h3 class="wp-block-heading">%s</h3>' % it[1],
        'x': lambda it: it[1],
    }
    ld = jsonld({"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": "مغرب بريس 24", "@id": "https://www.maghribpress24.ma/#/schema/person/1"},
         "headline": title, "datePublished": "2026-12-06T22:31:07+00:00", "dateModified": "2026-12-06T22:45:19+00:00",
         "mainEntityOfPage": {"@id": url}, "wordCount": 412, "commentCount": 4,
         "publisher": {"@id": "https://www.maghribpress24.ma/#organization"},
         "image": {"@id": url + "#primaryimage"}, "articleSection": ["ثقافة وفن"], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": title + " - مغرب بريس 24", "inLanguage": "ar",
         "breadcrumb": {"@id": url + "#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": "https://www.maghribpress24.ma/"},
            {"@type": "ListItem", "position": 2, "name": "ثقافة وفن", "item": "https://www.maghribpress24.ma/culture/"},
            {"@type": "ListItem", "position": 3, "name": title}]},
        {"@type": "Organization", "@id": "https://www.maghribpress24.ma/#organization", "name": "مغرب بريس 24", "url": "https://www.maghribpress24.ma/"}]})
    body = render(items, fmt)
    comments = [
        ('ابن طنجة', 'منذ 5 ساعات', 'مبروك للمخرجة، فيلم يستحق الجائزة عن جدارة. شاهدته في العرض الأول وكانت القاعة ممتلئة عن آخرها.', 48, 3),
        ('Amazigh_1990', 'منذ 4 ساعات', 'أخيرا اعتراف حقيقي بالسينما الأمازيغية. تانميرت لكل الطاقم ⵜⴰⵏⵎⵎⵉⵔⵜ', 61, 5),
        ('متتبع', 'منذ 3 ساعات', 'نتمنى أن يصل الفيلم إلى القاعات في المدن الصغيرة وليس فقط الرباط والدار البيضاء.', 33, 1),
        ('سعيد من أكادير', 'منذ ساعتين', 'المهرجانات جميلة ولكن أين هي القاعات السينمائية؟ أغلب المدن أصبحت بدون سينما.', 27, 9),
    ]
    cm = "\n".join(f'''<li class="comment even thread-even depth-1" id="comment-{i + 90211}">
  <article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{a}</b></div><div class="comment-metadata"><time>{t}</time></div></footer>
  <div class="comment-content"><p>{c}</p></div>
  <div class="hp-comment-vote"><a class="vote-up" href="#">&#128077; <span>{u}</span></a> <a class="vote-down" href="#">&#128078; <span>{d}</span></a></div>
  <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">رد</a></div></article>
</li>''' for i, (a, t, c, u, d) in enumerate(comments))
    return f'''<!doctype html>
<html dir="rtl" lang="ar">
<head>
	<meta charset="UTF-8">
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{title} - مغرب بريس 24</title>
	<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="ar_AR" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{title}" />
	<meta property="og:description" content="أسدل الستار على فعاليات الدورة الرابعة عشرة من مهرجان طنجة للفيلم المتوسطي بتتويج الفيلم الأمازيغي أدرار" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="مغرب بريس 24" />
	<meta property="article:published_time" content="2026-12-06T22:31:07+00:00" />
	<meta property="og:image" content="https://www.maghribpress24.ma/wp-content/uploads/2026/12/adrar-award.jpg" />
	<meta name="author" content="مغرب بريس 24" />
	<!-- This site is optimized with the Yoast SEO plugin -->
	{ld}
	<link rel='stylesheet' id='jnews-frontend-css' href='https://www.maghribpress24.ma/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.0.7' type='text/css' media='all' />
	<link rel='stylesheet' id='jnews-rtl-css' href='https://www.maghribpress24.ma/wp-content/themes/jnews/assets/css/rtl.css?ver=11.0.7' type='text/css' media='all' />
</head>
<body class="rtl post-template-default single single-post postid-417835 single-format-standard jeg_toggle_light jeg_single_tpl_2 jnews jsc_normal wpb-js-composer">
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class='ads-wrapper'><span class="ads-text">إعلان</span></div></div>
<div class="jeg_viewport">
<div class="jeg_header_wrapper">
	<div class="jeg_header normal">
		<div class="jeg_topbar jeg_container dark"><div class="container"><div class="jeg_nav_row">
			<div class="jeg_nav_item jeg_top_date">الأحد 6 دجنبر 2026</div>
			<div class="jeg_nav_item socials_widget jeg_social_icon_block nobg"><a href="https://www.facebook.com/maghribpress24" class="jeg_facebook"><i class="fa fa-facebook"></i></a><a href="https://twitter.com/maghribpress24" class="jeg_twitter"><i class="fa fa-twitter"></i></a><a href="https://www.youtube.com/maghribpress24" class="jeg_youtube"><i class="fa fa-youtube-play"></i></a></div>
			<div class="jeg_nav_item"><a href="https://fr.maghribpress24.ma" lang="fr" dir="ltr">Français</a> | <a href="https://tamazight.maghribpress24.ma">ⵜⴰⵎⴰⵣⵉⵖⵜ</a></div>
		</div></div></div>
		<div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_nav_row">
			<div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title"><a href="https://www.maghribpress24.ma/" style="padding: 0 0 0 0;"><img class='jeg_logo_img' src="https://www.maghribpress24.ma/wp-content/uploads/2024/01/logo.png" alt="مغرب بريس 24"></a></h1></div>
			<div class="jeg_nav_item jeg_ad jeg_ad_top jnews_header_ads"><div class='ads-wrapper'><span class="ads-text">إعلان</span><a href="https://ad.example.ma/click?c=77"><img src="https://www.maghribpress24.ma/wp-content/uploads/ads/banner-728.jpg" alt=""></a></div></div>
		</div></div></div>
		<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal"><div class="container"><div class="jeg_nav_row">
			<div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate">
				<li id="menu-item-11" class="menu-item menu-item-type-custom"><a href="/">الرئيسية</a></li>
				<li id="menu-item-12" class="menu-item menu-item-type-taxonomy"><a href="/politique/">سياسة</a></li>
				<li id="menu-item-13" class="menu-item menu-item-type-taxonomy"><a href="/economie/">اقتصاد</a></li>
				<li id="menu-item-14" class="menu-item menu-item-type-taxonomy"><a href="/societe/">مجتمع</a></li>
				<li id="menu-item-15" class="menu-item menu-item-type-taxonomy"><a href="/regions/">جهات</a></li>
				<li id="menu-item-16" class="menu-item menu-item-type-taxonomy current-post-ancestor current-menu-parent"><a href="/culture/">ثقافة وفن</a></li>
				<li id="menu-item-17" class="menu-item menu-item-type-taxonomy"><a href="/sport/">رياضة</a></li>
				<li id="menu-item-18" class="menu-item menu-item-type-taxonomy"><a href="/mre/">مغاربة العالم</a></li>
				<li id="menu-item-19" class="menu-item menu-item-type-taxonomy"><a href="/videos/">فيديو</a></li>
			</ul></div></div>
			<div class="jeg_nav_item jeg_search_wrapper search_icon jeg_search_popup_expand"><a href="#" class="jeg_search_toggle"><i class="fa fa-search"></i></a><form action="https://www.maghribpress24.ma/" method="get" class="jeg_search_form"><input name="s" class="jeg_search_input" placeholder="بحث..." type="text" value="" autocomplete="off"></form></div>
		</div></div></div>
	</div>
</div>
<div class="jeg_breakingnews_wrapper"><div class="container"><div class="jeg_breakingnews clearfix">
	<div class="jeg_breakingnews_title"><i class="fa fa-bolt"></i>&nbsp;<span>آخر الأخبار</span></div>
	<div class="jeg_news_ticker"><div class="jeg_news_ticker_items">
		<div class="jeg_news_ticker_item"><a href="/societe/article-417840.html">أمطار رعدية مرتقبة بعدد من مناطق المملكة ابتداء من الإثنين</a><span class="post-date">منذ 20 دقيقة</span></div>
		<div class="jeg_news_ticker_item"><a href="/sport/article-417838.html">الوداد يعود بتعادل ثمين من خارج الديار</a><span class="post-date">منذ ساعة</span></div>
		<div class="jeg_news_ticker_item"><a href="/economie/article-417831.html">ارتفاع صادرات الفلاحة المغربية بنسبة 9 في المائة</a><span class="post-date">منذ 3 ساعات</span></div>
	</div></div>
</div></div></div>
<div class="post-wrapper"><div class="post-wrap">
<div class="jeg_main">
	<div class="jeg_container">
		<div class="jeg_content jeg_singlepage">
			<div class="container">
				<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="https://www.maghribpress24.ma">الرئيسية</a></span><i class="fa fa-angle-left"></i><span class=""><a href="https://www.maghribpress24.ma/culture/">ثقافة وفن</a></span><i class="fa fa-angle-left"></i><span class="breadcrumb_last_link"><a href="{url}">{title}</a></span></div></div>
				<div class="row">
				<div class="jeg_main_content col-md-8">
					<div class="jeg_inner_content">
						<div class="entry-header">
							<h1 class="jeg_post_title">{title}</h1>
							<h2 class="jeg_post_subtitle">المخرجة سلمى أوعلي: القصص الإنسانية لا تحتاج إلى ترجمة كي تصل</h2>
							<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">
								<div class="meta_left">
									<div class="jeg_meta_author"><span class="meta_text">بواسطة</span> <a href="https://www.maghribpress24.ma/author/hajar-b/">هاجر بنعلي - طنجة</a></div>
									<div class="jeg_meta_date"><a href="{url}">الأحد 6 دجنبر 2026 - 22:31</a></div>
									<div class="jeg_meta_category"><span><span class="meta_text">في</span> <a href="https://www.maghribpress24.ma/culture/" rel="category tag">ثقافة وفن</a></span></div>
								</div>
								<div class="meta_right"><div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> 4</a></div><div class="jeg_meta_views"><i class="fa fa-eye"></i> 12.6k</div></div>
							</div></div>
						</div>
						<div class="jeg_featured featured_image"><a href="https://www.maghribpress24.ma/wp-content/uploads/2026/12/adrar-award.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:66.667%"><img width="750" height="500" src="https://www.maghribpress24.ma/wp-content/uploads/2026/12/adrar-award-750x500.jpg" class="attachment-jnews-750x536 size-jnews-750x536 wp-post-image" alt="سلمى أوعلي" decoding="async"></div></a><p class="wp-caption-text">سلمى أوعلي تتسلم الجائزة الكبرى &#8211; تصوير: أنس الريفي</p></div>
						<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">1.1k</div><span class="sharetext">مشاركة</span></div></div>
							<div class="jeg_sharelist"><a href="http://www.facebook.com/sharer.php?u={url}" rel='nofollow' class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>شارك على فيسبوك</span></a><a href="https://twitter.com/intent/tweet?text={title}&url={url}" rel='nofollow' class="jeg_btn-twitter expanded"><i class="fa fa-twitter"></i><span>غرّد</span></a><a href="whatsapp://send?text={url}" rel='nofollow' class="jeg_btn-whatsapp"><i class="fa fa-whatsapp"></i></a></div></div></div>
						<div class="jeg_ad jeg_article jnews_content_top_ads"><div class='ads-wrapper'><span class="ads-text">إعلان</span></div></div>
						<div class="entry-content no-share">
							<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>
							<div class="content-inner">
{body}
							</div>
							<div class="jeg_post_tags"><span>الوسوم:</span> <a href="https://www.maghribpress24.ma/tag/مهرجان-طنجة/" rel="tag">مهرجان طنجة</a><a href="https://www.maghribpress24.ma/tag/السينما-المغربية/" rel="tag">السينما المغربية</a><a href="https://www.maghribpress24.ma/tag/الأمازيغية/" rel="tag">الأمازيغية</a></div>
						</div>
						<div class="jeg_ad jeg_article jnews_content_bottom_ads"><div class='ads-wrapper'><span class="ads-text">إعلان</span></div></div>
						<div class="jnews_prev_next_container"><div class="jeg_prevnext_post"><a href="/culture/article-417801.html" class="post prev-post"><span class="caption">المقال السابق</span><h3 class="post-title">معرض الكتاب بالرباط يعلن ضيف شرف دورته المقبلة</h3></a><a href="/culture/article-417850.html" class="post next-post"><span class="caption">المقال التالي</span><h3 class="post-title">فرقة كناوية شابة تحصد جائزة دولية في باريس</h3></a></div></div>
						<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3">
							<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>مقالات ذات صلة</span></h3></div>
							<div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">
								<article class="jeg_post jeg_pl_md_5 format-standard"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="/culture/article-417520.html">فيلم مغربي قصير ينافس على جائزة في مهرجان برلين</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><i class="fa fa-clock-o"></i> 28 نونبر 2026</div></div></div></article>
								<article class="jeg_post jeg_pl_md_5 format-standard"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="/culture/article-417102.html">المركز السينمائي يعلن لائحة الأفلام المستفيدة من الدعم</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><i class="fa fa-clock-o"></i> 21 نونبر 2026</div></div></div></article>
								<article class="jeg_post jeg_pl_md_5 format-standard"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="/culture/article-416988.html">قرى الأطلس الكبير تتحول إلى بلاتوهات تصوير مفتوحة</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><i class="fa fa-clock-o"></i> 19 نونبر 2026</div></div></div></article>
							</div></div>
						</div></div>
						<div class="jnews_comment_container"><div id="comments" class="comment-wrapper section">
							<div class="jeg_commentlist_container"><h3 class="comments-title">4 تعليقات</h3>
							<div class="comment-notice">المرجو الالتزام بآداب الحوار وعدم نشر تعليقات مسيئة. التعليقات لا تعبر عن رأي الجريدة.</div>
							<ol class="commentlist">
{cm}
							</ol></div>
							<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً</h3>
							<form action="https://www.maghribpress24.ma/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment">التعليق</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">الاسم</label><input id="author" name="author" type="text" value="" size="30"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق"></p></form></div>
						</div></div>
					</div>
				</div>
				<div class="jeg_sidebar jeg_sticky_sidebar col-md-4">
					<div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>الأكثر قراءة</span></h3></div>
						<div class="jeg_posts"><article class="jeg_post"><h3 class="jeg_post_title"><a href="/societe/article-417711.html">بلاغ هام من وزارة التربية الوطنية بخصوص العطلة البينية</a></h3></article><article class="jeg_post"><h3 class="jeg_post_title"><a href="/economie/article-417690.html">أسعار المحروقات تتراجع ابتداء من منتصف الليل</a></h3></article><article class="jeg_post"><h3 class="jeg_post_title"><a href="/sport/article-417688.html">الركراكي يكشف عن لائحة المنتخب لمعسكر يناير</a></h3></article></div>
					</div>
					<div class="widget widget_jnews_ads"><div class='ads-wrapper'><span class="ads-text">إعلان</span><div class="ads_code"></div></div></div>
					<div class="widget widget_mc4wp_form_widget"><h3 class="widget-title">النشرة الإخبارية</h3><form class="mc4wp-form"><p>توصل بأهم الأخبار يوميا على بريدك</p><input type="email" name="EMAIL" placeholder="بريدك الإلكتروني" required /><input type="submit" value="اشترك" /></form></div>
				</div>
				</div>
			</div>
		</div>
	</div>
</div>
</div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container">
	<div class="jeg_footer_primary clearfix"><div class="footer_widget widget_text"><div class="textwidget"><p>مغرب بريس 24 جريدة إلكترونية مغربية مستقلة، حاصلة على الملاءمة وفق قانون الصحافة والنشر.</p></div></div></div>
	<div class="jeg_footer_bottom"><p class="copyright">© 2026 مغرب بريس 24 - جميع الحقوق محفوظة. <a href="/privacy/">سياسة الخصوصية</a> - <a href="/contact/">اتصل بنا</a></p></div>
</div></div></div></div></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>هذا الموقع يستخدم ملفات الكوكيز لتحسين تجربتك. <a role='button' class="cli_settings_button">الإعدادات</a> <a role='button' id="cookie_action_close_header" class="cli_action_button">قبول</a></span></div>
</div>
<script type='text/javascript' src='https://www.maghribpress24.ma/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<script type='text/javascript' src='https://www.maghribpress24.ma/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.0.7' id='jnews-frontend-js'></script>
</body>
</html>
''', items


# ---------------------------------------------------------------------------
# 5. ar-lebanon-daily: Lebanese daily, hand-rolled markup with almost no
#    classes (bare div/table/font soup, a couple of ids), no JSON-LD, no OG,
#    inline "اقرأ أيضاً" inside body, plain comment list
# ---------------------------------------------------------------------------
@page('ar-lebanon-daily')
def ar_lebanon():
    title = 'الطاقة الشمسية تغيّر وجه الريف اللبناني: ألواح على كل سطح'
    items = [
        P('لم يعد مشهد الألواح الشمسية على أسطح المنازل في القرى اللبنانية أمرًا لافتًا. فخلال ثلاث سنوات فقط، تحوّلت الطاقة الشمسية من ترف يقتصر على قلة من الميسورين إلى ضرورة يومية لآلاف العائلات التي سئمت انتظار «كهرباء الدولة» ودفع فواتير المولدات الخاصة.'),
        P('وتشير تقديرات مراكز أبحاث متخصصة إلى أن القدرة المركّبة من الطاقة الشمسية في لبنان تجاوزت <b>1300 ميغاواط</b>، أي ما يفوق القدرة الإنتاجية الفعلية لمعامل مؤسسة كهرباء لبنان مجتمعة في بعض فترات السنة.'),
        P('في بلدة صغيرة في البقاع الغربي، يروي أبو سامر، وهو مزارع ستيني، كيف اضطر إلى بيع جزء من محصوله لتأمين كلفة نظام شمسي بقدرة خمسة كيلوواط. يقول: «كنا ندفع للمولّد أكثر من مئة دولار شهريًا، واليوم أصبح لدينا كهرباء طوال النهار، ونشغّل مضخة المياه من دون أن نحسب حساب المازوت».'),
        X('''<div style="border-right:3px solid #b00;padding:6px 10px;margin:12px 0;background:#f7f7f7"><font color="#b00"><b>اقرأ أيضاً:</b></font> <a href="/Article/1054417">مؤسسة كهرباء لبنان ترفع التعرفة مجددًا... والمشتركون يسألون عن التغذية</a></div>'''),
        H3('فوضى التركيب'),
        P('غير أن هذا التحوّل السريع لا يخلو من مخاطر. فالمهندس كريم حدّاد، الاختصاصي في أنظمة الطاقة، يحذّر من أن نسبة كبيرة من التركيبات نُفّذت على عجل ومن دون معايير سلامة، ما يرفع خطر الحرائق ويهدد بعض الأسطح القديمة بالتصدّع تحت وزن الألواح والبطاريات.'),
        P('ويضيف أن «غياب أي إطار تنظيمي واضح جعل السوق مفتوحًا أمام الجميع، من تجار جادّين إلى مقاولين لا يملكون أي خبرة»، داعيًا وزارة الطاقة إلى إصدار دليل إلزامي للتركيب وإلى إطلاق حملة توعية حول طرق التخلّص الآمن من البطاريات المستهلكة.'),
        X('''<table width="300" align="left" cellpadding="4"><tr><td><img src="/Images/2026/12/solar-roofs.jpg" width="300" alt=""><br><font size="1" color="#666">ألواح شمسية على أسطح منازل في البقاع (تصوير: جاد نصر)</font></td></tr></table>'''),
        H3('قانون بلا مراسيم'),
        P('أما على المستوى الرسمي، فقد أقرّ مجلس النواب أخيرًا <a href="/Article/1049980">قانون الطاقة المتجددة الموزّعة</a>، الذي يسمح للأفراد والمؤسسات ببيع فائض إنتاجهم إلى الشبكة العامة، لكن مراسيمه التطبيقية لم تصدر بعد، ولا تزال الهيئة الناظمة لقطاع الكهرباء حبرًا على ورق.'),
        P('ويرى خبراء أن تطبيق القانون قد يحوّل آلاف الأسطح إلى «محطات صغيرة» تغذّي الشبكة نهارًا، ما يخفّف الضغط عن المعامل الحرارية ويقلّص فاتورة استيراد الفيول التي تستنزف ما تبقّى من احتياطات العملة الصعبة.'),
        P('وبين انتظار المراسيم وتقلّبات الأسعار، يبقى المواطن اللبناني، كعادته، سبّاقًا إلى اجتراح الحلول بنفسه، فيما تتأخر الدولة في اللحاق به.'),
    ]
    fmt = {
        'p': lambda it: '<p>%s</p>' % it[1],
        'h3': lambda it: '<h3>%s</h3>' % it[1],
        'x': lambda it: it[1],
    }
    body = render(items, fmt)
    return f'''<html dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>جريدة المرفأ - {title}</title>
<link rel="stylesheet" href="/css/style.css">
<script src="/js/common.js"></script>
</head>
<body bgcolor="#ffffff" topmargin="0">
<div id="top">
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td><a href="/"><img src="/Images/logo_almarfaa.gif" alt="المرفأ" border="0"></a></td>
<td align="left"><font size="2">السبت 6 كانون الأول 2026 - العدد 11482</font><br>
<a href="/Login">دخول</a> | <a href="/Subscribe">اشترك</a> | <a href="/PDF">النسخة الورقية PDF</a></td>
</tr>
</table>
<div>
<a href="/">الصفحة الأولى</a> &middot;
<a href="/Section/Politics">سياسة</a> &middot;
<a href="/Section/Economy">اقتصاد</a> &middot;
<a href="/Section/Local">محليات</a> &middot;
<a href="/Section/Arab">عربي ودولي</a> &middot;
<a href="/Section/Culture">ثقافة</a> &middot;
<a href="/Section/Sport">رياضة</a> &middot;
<a href="/Section/Opinion">رأي</a> &middot;
<a href="/Caricature">كاريكاتور</a>
</div>
<div style="background:#222;color:#fff;padding:4px"><b style="color:#f33">آخر الأخبار:</b>
<a href="/Article/1054499" style="color:#fff">جلسة لمجلس الوزراء الثلاثاء على جدول أعمالها 43 بندًا</a> |
<a href="/Article/1054498" style="color:#fff">سعر صرف الدولار في السوق الموازية يستقر عند 89500 ليرة</a> |
<a href="/Article/1054495" style="color:#fff">إقفال طريق ضهر البيدر بسبب تراكم الثلوج</a>
</div>
</div>
<div style="text-align:center;margin:8px 0"><font size="1" color="#999">إعلان</font><br><a href="/adclick?id=311"><img src="/Banners/bank_728x90.jpg" width="728" height="90" border="0"></a></div>
<table width="100%" cellpadding="6" cellspacing="0">
<tr>
<td valign="top" width="70%">
<div><a href="/">الرئيسية</a> &gt; <a href="/Section/Economy">اقتصاد</a></div>
<div>
<font color="#888" size="2">تحقيق</font>
<h1>{title}</h1>
<h4>أكثر من 1300 ميغاواط على الأسطح... والدولة ما زالت تبحث عن المراسيم</h4>
<div><font size="2">رنا خوري</font> &nbsp; <font size="2" color="#888">السبت 6 كانون الأول 2026</font></div>
<div>
<a href="https://www.facebook.com/sharer.php?u=https://www.almarfaa-lb.com/Article/1054420"><img src="/Images/fb.gif" alt="فايسبوك" border="0"></a> 214
<a href="https://twitter.com/share?url=https://www.almarfaa-lb.com/Article/1054420"><img src="/Images/tw.gif" alt="تويتر" border="0"></a> 37
<a href="mailto:?body=https://www.almarfaa-lb.com/Article/1054420"><img src="/Images/mail.gif" alt="أرسل" border="0"></a>
<a href="/Print/1054420"><img src="/Images/print.gif" alt="طباعة" border="0"></a>
</div>
<div><img src="/Images/2026/12/solar-bekaa-main.jpg" width="620" alt=""><br><font size="1">الطاقة الشمسية باتت مشهدًا مألوفًا في القرى (أرشيف المرفأ)</font></div>
<div id="txt">
{body}
</div>
<div><font size="2">كلمات مفتاحية:</font> <a href="/Tag/الطاقة الشمسية">الطاقة الشمسية</a>، <a href="/Tag/الكهرباء">الكهرباء</a>، <a href="/Tag/البقاع">البقاع</a></div>
</div>
<hr>
<div>
<b>مواضيع ذات صلة</b>
<ul>
<li><a href="/Article/1053311">المولّدات الخاصة: تسعيرة جديدة وشكاوى قديمة</a></li>
<li><a href="/Article/1052870">البنك الدولي: قطاع الكهرباء يحتاج إلى 3 مليارات دولار للنهوض</a></li>
<li><a href="/Article/1051002">قرى الجنوب تلجأ إلى الطاقة البديلة لضخ المياه</a></li>
</ul>
</div>
<hr>
<div>
<b>التعليقات (3)</b>
<div><b>جورج م.</b> <font size="1" color="#888">6/12/2026 - 14:22</font><br>مقال ممتاز. ركّبنا النظام منذ سنتين ولم نعد نتّكل على أحد.</div>
<br>
<div><b>علي</b> <font size="1" color="#888">6/12/2026 - 15:03</font><br>المشكلة بالبطاريات، عمرها قصير وغالية كتير. حبذا لو تكتبون عن هذا الموضوع.</div>
<br>
<div><b>نادين ع.</b> <font size="1" color="#888">6/12/2026 - 16:40</font><br>الدولة غائبة كالعادة، والناس تدبّر حالها.</div>
<br>
<form action="/Comment/Add" method="post">
<div>أضف تعليقًا</div>
<input type="text" name="name" placeholder="الاسم"><br>
<textarea name="comment" rows="4" cols="50"></textarea><br>
<input type="submit" value="أرسل">
</form>
</div>
</td>
<td valign="top" width="30%" bgcolor="#f4f4f4">
<div><b>الأكثر قراءة</b>
<ol>
<li><a href="/Article/1054401">الموازنة الجديدة: ضرائب على الاستيراد وإعفاءات للصناعيين</a></li>
<li><a href="/Article/1054388">عاصفة ثلجية تضرب المرتفعات الأسبوع المقبل</a></li>
<li><a href="/Article/1054370">المصارف تفرج عن جزء من الودائع بالدولار</a></li>
<li><a href="/Article/1054301">مهرجانات بيت الدين تعلن برنامج صيف 2027</a></li>
</ol>
</div>
<div style="text-align:center"><font size="1" color="#999">إعلان</font><br><img src="/Banners/telecom_300x250.jpg" width="300" height="250"></div>
<div><b>النشرة اليومية</b><br>أدخل بريدك الإلكتروني لتصلك افتتاحية المرفأ كل صباح<br>
<form action="/Newsletter" method="post"><input type="text" name="email"><input type="submit" value="اشترك"></form></div>
</td>
</tr>
</table>
<div style="background:#222;color:#ccc;padding:10px;text-align:center">
<a href="/About" style="color:#ccc">من نحن</a> | <a href="/Contact" style="color:#ccc">اتصل بنا</a> | <a href="/Ads" style="color:#ccc">للإعلان</a><br>
جميع الحقوق محفوظة &copy; 2026 جريدة المرفأ - بيروت
</div>
<div id="cookies" style="position:fixed;bottom:0;left:0;right:0;background:#fffbe6;padding:8px">هذا الموقع يستخدم الكوكيز. باستمرارك في التصفح فإنك توافق على ذلك. <button onclick="this.parentNode.style.display='none'">حسنًا</button></div>
<script>
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1234567-1']); _gaq.push(['_trackPageview']);
</script>
</body>
</html>
''', items


# ---------------------------------------------------------------------------
# 6. fa-agency: Persian news agency, custom CMS with transliterated class
#    names (rutitr/titr/lead/item-text/news-code), Persian digits, ZWNJ,
#    inline "بیشتر بخوانید", inline image, JSON-LD NewsArticle + OG
# ---------------------------------------------------------------------------
@page('fa-agency')
def fa_agency():
    url = 'https://www.parsnama.ir/news/84567213/'
    title = 'سامانه هشدار سریع زلزله در تهران آزمایش شد'
    lead = ('سامانه هشدار سریع زلزله با ۱۲ ایستگاه لرزه‌نگاری در تهران به‌صورت آزمایشی فعال شد؛ '
            'مسئولان می‌گویند این سامانه می‌تواند تا ۲۰ ثانیه پیش از رسیدن امواج مخرب هشدار دهد.')
    items = [
        P('سامانه هشدار سریع زلزله در کلان‌شهر تهران برای نخستین بار به‌صورت آزمایشی در ۱۲ ایستگاه لرزه‌نگاری فعال شد و به گفته مسئولان پژوهشگاه بین‌المللی زلزله‌شناسی و مهندسی زلزله، می‌تواند چند ثانیه پیش از رسیدن امواج مخرب، هشدار لازم را به مراکز حساس ارسال کند.'),
        P('به گزارش خبرنگار علمی <a href="https://www.parsnama.ir/">پارس‌نما</a>، این سامانه با استفاده از شبکه‌ای از حسگرهای شتاب‌نگار که در امتداد گسل‌های اطراف تهران نصب شده‌اند، امواج اولیه زمین‌لرزه را شناسایی می‌کند و پیش از رسیدن امواج ثانویه که عامل اصلی تخریب هستند، پیام هشدار صادر می‌کند.'),
        P('رئیس پژوهشکده زلزله‌شناسی در نشست خبری روز شنبه در این باره گفت:'),
        Q('«زمان هشدار بسته به فاصله کانون زلزله از شهر بین ۵ تا ۲۰ ثانیه متغیر است. این زمان شاید کوتاه به نظر برسد، اما برای توقف قطارهای مترو، قطع جریان گاز و پناه گرفتن دانش‌آموزان در کلاس‌ها کاملاً کافی است.»'),
        X('''<div class="more-news-inline"><span class="more-news-title">بیشتر بخوانید:</span>
<ul><li><a href="/news/84561102/">زمین‌لرزه ۴.۱ ریشتری حوالی دماوند را لرزاند</a></li>
<li><a href="/news/84549870/">گسل‌های فعال تهران زیر ذره‌بین؛ نقشه جدید خطر منتشر شد</a></li></ul></div>'''),
        H2('مرحله نخست؛ مترو و مدارس'),
        P('بر اساس برنامه اعلام‌شده، در مرحله نخست، خطوط <strong>مترو تهران</strong>، ۵۰ مدرسه منتخب و دو بیمارستان بزرگ به این سامانه متصل می‌شوند و پیام‌های هشدار به‌صورت خودکار در این مراکز پخش خواهد شد.'),
        P('کارشناسان این پژوهشگاه تأکید می‌کنند که موفقیت چنین سامانه‌ای تنها به فناوری وابسته نیست و آموزش شهروندان برای واکنش درست در همان چند ثانیه، اهمیتی کمتر از دقت حسگرها ندارد. به همین منظور، مانور سراسری «ثانیه‌های طلایی» اسفندماه امسال در مدارس پایتخت برگزار می‌شود.'),
        X('''<div class="image-inline"><img src="https://cdn.parsnama.ir/d/2026/12/06/3/4871122.jpg" alt="ایستگاه لرزه‌نگاری" /><div class="img-caption">یکی از ایستگاه‌های شتاب‌نگاری شمال تهران <span class="img-credit">عکس: سارا محمدی</span></div></div>'''),
        H2('تجربه کشورهای دیگر'),
        P('ژاپن، مکزیک و ایالات متحده از جمله کشورهایی هستند که سال‌هاست از سامانه‌های مشابه استفاده می‌کنند. در ژاپن، پیام‌های هشدار زلزله به‌طور هم‌زمان از طریق تلفن‌های همراه، تلویزیون و رادیو برای میلیون‌ها نفر ارسال می‌شود.'),
        P('به گفته مسئولان، در صورت موفقیت مرحله آزمایشی، این سامانه تا پایان سال آینده به شهرهای تبریز، مشهد و کرمانشاه نیز گسترش خواهد یافت و امکان ارسال پیامک هشدار به تلفن‌های همراه شهروندان نیز بررسی می‌شود.'),
    ]
    fmt = {
        'p': lambda it: '<p style="text-align: justify;">%s</p>' % it[1],
        'h2': lambda it: '<h2>%s</h2>' % it[1],
        'q': lambda it: '<blockquote>%s</blockquote>' % it[1],
        'x': lambda it: it[1],
    }
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": title, "description": lead, "inLanguage": "fa-IR",
                 "datePublished": "2026-12-06T11:48:00+03:30", "dateModified": "2026-12-06T11:48:00+03:30",
                 "image": ["https://cdn.parsnama.ir/d/2026/12/06/4/4871120.jpg"],
                 "author": {"@type": "Organization", "name": "خبرگزاری پارس‌نما"},
                 "publisher": {"@type": "Organization", "name": "خبرگزاری پارس‌نما", "logo": {"@type": "ImageObject", "url": "https://www.parsnama.ir/resources/logo.png"}},
                 "mainEntityOfPage": url})
    body = render(items, fmt)
    return f'''<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - خبرگزاری پارس‌نما</title>
<meta name="description" content="{lead}">
<meta name="keywords" content="زلزله,هشدار سریع,تهران,پژوهشگاه زلزله‌شناسی">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{lead}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://cdn.parsnama.ir/d/2026/12/06/4/4871120.jpg">
<meta property="og:site_name" content="خبرگزاری پارس‌نما">
<meta name="twitter:card" content="summary_large_image">
<link rel="shortlink" href="https://pna.ir/x4Kq">
{ld}
<link rel="stylesheet" href="/resources/theme/css/bootstrap.rtl.min.css">
<link rel="stylesheet" href="/resources/theme/css/style.css?v=4.2.9">
</head>
<body class="rtl news-page">
<div id="cookie-alert" class="cookie-alert">این وب‌سایت برای بهبود تجربه کاربری از کوکی استفاده می‌کند. <a href="/privacy">اطلاعات بیشتر</a> <button class="cookie-ok">متوجه شدم</button></div>
<header id="hdr">
  <div class="top-hdr">
    <div class="container">
      <span class="hdr-date">شنبه ۱۵ آذر ۱۴۰۵ - ۱۲:۱۰</span>
      <ul class="lang-sw"><li><a href="/en/" lang="en" dir="ltr">English</a></li><li><a href="/ar/" lang="ar">العربية</a></li></ul>
    </div>
  </div>
  <div class="container">
    <a class="logo" href="/"><img src="/resources/logo.png" alt="خبرگزاری پارس‌نما"></a>
    <div class="hdr-ads"><div class="ads-lbl">تبلیغات</div><a href="/redirect/ads/2211"><img src="/files/ads/bank-728.gif" alt=""></a></div>
  </div>
  <nav class="mn-menu">
    <ul>
      <li><a href="/">صفحه نخست</a></li>
      <li><a href="/service/politics">سیاسی</a></li>
      <li><a href="/service/economy">اقتصادی</a></li>
      <li><a href="/service/society">اجتماعی</a></li>
      <li class="actv"><a href="/service/science">علم و فناوری</a></li>
      <li><a href="/service/culture">فرهنگی</a></li>
      <li><a href="/service/sport">ورزشی</a></li>
      <li><a href="/service/provinces">استان‌ها</a></li>
      <li><a href="/service/world">بین‌الملل</a></li>
      <li><a href="/multimedia">چندرسانه‌ای</a></li>
    </ul>
  </nav>
  <div class="fori-bar"><span class="fori-lbl">فوری</span>
    <ul class="fori-list">
      <li><a href="/news/84567250/">سخنگوی دولت: لایحه بودجه ۱۴۰۶ هفته آینده به مجلس می‌رود</a></li>
      <li><a href="/news/84567241/">برف و کولاک در جاده‌های شمالی؛ تردد از جاده چالوس ممنوع شد</a></li>
      <li><a href="/news/84567233/">تیم ملی والیبال در رده ششم جهان قرار گرفت</a></li>
    </ul>
  </div>
</header>
<main class="container">
<div class="row">
<div class="col-md-8 col-main">
  <ol class="brdcrmb"><li><a href="/">خانه</a></li><li><a href="/service/science">علم و فناوری</a></li><li><a href="/service/science/research">پژوهش</a></li></ol>
  <article class="news-item" itemscope itemtype="https://schema.org/NewsArticle">
    <div class="item-hdr">
      <div class="item-nfo">
        <span class="news-code">کد خبر: ۸۴۵۶۷۲۱۳</span>
        <time class="item-date" datetime="2026-12-06T11:48:00+03:30">۱۵ آذر ۱۴۰۵، ۱۱:۴۸</time>
        <span class="visit-cnt">۳,۴۱۲ بازدید</span>
      </div>
      <h3 class="rutitr">با حضور ۱۲ ایستگاه لرزه‌نگاری</h3>
      <h1 class="titr" itemprop="headline">{title}</h1>
      <p class="lead" itemprop="description">{lead}</p>
    </div>
    <div class="item-img"><img src="https://cdn.parsnama.ir/d/2026/12/06/4/4871120.jpg" alt="{title}" itemprop="image"><span class="img-src">عکس: آرشیو</span></div>
    <div class="item-text" itemprop="articleBody">
{body}
    </div>
    <div class="item-footer">
      <div class="reporter">خبرنگار: نرگس احمدی</div>
      <div class="editor">انتشار دهنده: مهدی رضایی</div>
      <div class="short-link"><span>لینک کوتاه:</span> <input type="text" readonly value="https://pna.ir/x4Kq"></div>
      <div class="sharing">
        <span class="share-lbl">اشتراک‌گذاری:</span>
        <a class="sh-telegram" href="https://t.me/share/url?url=https://pna.ir/x4Kq">تلگرام <em>۱۲۸</em></a>
        <a class="sh-whatsapp" href="whatsapp://send?text=https://pna.ir/x4Kq">واتس‌اپ <em>۶۴</em></a>
        <a class="sh-x" href="https://twitter.com/intent/tweet?url=https://pna.ir/x4Kq">ایکس <em>۲۱</em></a>
        <a class="sh-eitaa" href="https://eitaa.com/share/url?url=https://pna.ir/x4Kq">ایتا</a>
      </div>
      <div class="tags"><span class="tags-lbl">برچسب‌ها:</span>
        <a href="/tags/زلزله">زلزله</a> <a href="/tags/هشدار_سریع">هشدار سریع</a> <a href="/tags/پژوهشگاه_زلزله_شناسی">پژوهشگاه زلزله‌شناسی</a> <a href="/tags/مترو_تهران">مترو تهران</a>
      </div>
    </div>
  </article>
  <section class="related-news">
    <h2 class="box-ttl">اخبار مرتبط</h2>
    <ul>
      <li><a href="/news/84561102/"><img src="https://cdn.parsnama.ir/d/2026/12/01/1/4866001.jpg" alt=""><span>زمین‌لرزه ۴.۱ ریشتری حوالی دماوند را لرزاند</span></a></li>
      <li><a href="/news/84549870/"><img src="https://cdn.parsnama.ir/d/2026/11/24/1/4859322.jpg" alt=""><span>گسل‌های فعال تهران زیر ذره‌بین؛ نقشه جدید خطر منتشر شد</span></a></li>
      <li><a href="/news/84538111/"><img src="https://cdn.parsnama.ir/d/2026/11/17/1/4851007.jpg" alt=""><span>ساخت شتاب‌نگار بومی با دقت استانداردهای جهانی</span></a></li>
    </ul>
  </section>
  <section class="comments" id="comments">
    <h2 class="box-ttl">دیدگاه‌ها</h2>
    <div class="cmnt-rules">دیدگاه‌های حاوی توهین منتشر نمی‌شود. لطفاً از نوشتن با حروف لاتین خودداری کنید.</div>
    <ul class="cmnt-list">
      <li class="cmnt"><div class="cmnt-hdr"><span class="cmnt-name">علی</span> <span class="cmnt-date">۱۵ آذر ۱۴۰۵ - ۱۲:۳۰</span></div><p class="cmnt-txt">خیلی خوب است، ولی کاش زودتر برای همه شهرها اجرا شود.</p><div class="cmnt-rate"><a class="like">۱۴</a> <a class="dislike">۲</a></div></li>
      <li class="cmnt"><div class="cmnt-hdr"><span class="cmnt-name">مهندس عمران</span> <span class="cmnt-date">۱۵ آذر ۱۴۰۵ - ۱۳:۰۵</span></div><p class="cmnt-txt">هشدار بدون مقاوم‌سازی ساختمان‌ها فایده چندانی ندارد. اولویت باید بافت فرسوده باشد.</p><div class="cmnt-rate"><a class="like">۳۱</a> <a class="dislike">۴</a></div></li>
    </ul>
    <form class="cmnt-form" action="/comment/submit" method="post"><input name="name" placeholder="نام"><textarea name="body" placeholder="دیدگاه شما"></textarea><button type="submit">ارسال</button></form>
  </section>
</div>
<aside class="col-md-4 col-side">
  <div class="box most-visited"><h2 class="box-ttl">پربازدیدترین‌ها</h2>
    <ol>
      <li><a href="/news/84566010/">قیمت دلار و طلا امروز ۱۵ آذر ۱۴۰۵</a></li>
      <li><a href="/news/84565877/">جزئیات افزایش حقوق بازنشستگان اعلام شد</a></li>
      <li><a href="/news/84565702/">زمان برگزاری کنکور سراسری ۱۴۰۶ مشخص شد</a></li>
      <li><a href="/news/84565511/">پرسپولیس با گل دقیقه ۹۰ به صدر بازگشت</a></li>
    </ol>
  </div>
  <div class="box ads-box"><div class="ads-lbl">تبلیغات</div><a href="/redirect/ads/2218"><img src="/files/ads/insurance-300.gif" alt=""></a></div>
  <div class="box newsletter"><h2 class="box-ttl">خبرنامه</h2><p>برای دریافت مهم‌ترین اخبار روز، ایمیل خود را وارد کنید.</p><form action="/newsletter" method="post"><input type="email" name="email" placeholder="ایمیل"><button>عضویت</button></form></div>
</aside>
</div>
</main>
<footer id="ftr">
  <div class="container">
    <ul class="ftr-links"><li><a href="/about">درباره ما</a></li><li><a href="/contact">تماس با ما</a></li><li><a href="/rss">آر اس اس</a></li><li><a href="/ads">تبلیغات</a></li></ul>
    <p class="copyright">تمامی حقوق این وب‌سایت متعلق به خبرگزاری پارس‌نما است. استفاده از مطالب با ذکر منبع بلامانع است. © ۱۴۰۵</p>
  </div>
</footer>
<script src="/resources/theme/js/jquery.min.js"></script>
<script src="/resources/theme/js/main.js?v=4.2.9"></script>
</body>
</html>
''', items


# ---------------------------------------------------------------------------
# 7. fa-diaspora: Persian-language diaspora broadcaster, React/CSS-in-JS
#    markup with hashed class names (bbc-xxxx-like), data-component attrs,
#    embedded tweet, video player, inline "بیشتر بخوانید" promo, "مطالب مرتبط"
#    after body, JSON-LD NewsArticle + OG
# ---------------------------------------------------------------------------
@page('fa-diaspora')
def fa_diaspora():
    url = 'https://www.sedayeiranian.co.uk/persian/articles/c7x2kq9v4mpo'
    title = 'اجاره‌بها در تهران؛ مستأجرانی که به حاشیه شهر رانده می‌شوند'
    items = [
        P('با نزدیک شدن به فصل نقل و انتقال، بسیاری از مستأجران در تهران بار دیگر با افزایش چشمگیر اجاره‌بها روبه‌رو شده‌اند؛ افزایشی که به گفته فعالان بازار مسکن، در برخی مناطق از ۵۰ درصد هم فراتر رفته است.'),
        P('بر اساس تازه‌ترین گزارش <a href="https://www.sedayeiranian.co.uk/persian/topics/iran-economy">مرکز آمار</a>، متوسط اجاره‌بهای هر متر مربع واحد مسکونی در تهران در سه ماه گذشته نسبت به مدت مشابه سال قبل حدود ۴۲ درصد افزایش یافته؛ رقمی که از نرخ رسمی تورم نیز بالاتر است.'),
        P('مریم، معلم ۳۴ ساله‌ای که نخواست نام کاملش منتشر شود، به <b>صدای ایرانیان</b> می‌گوید صاحبخانه‌اش برای تمدید قرارداد، ودیعه را دو برابر کرده است: «با حقوق معلمی حتی نمی‌توانم نصف این مبلغ را جور کنم. احتمالاً باید به پرند یا پردیس بروم و هر روز سه ساعت در راه باشم.»'),
        X('''<div data-component="links-block" class="css-1m5g2xb e1x7c0a70"><h2 class="css-9f2lq1 e1x7c0a71">بیشتر بخوانید</h2><ul class="css-k2c7s e1x7c0a72" role="list"><li class="css-1b3w0al e1x7c0a73"><a href="https://www.sedayeiranian.co.uk/persian/articles/c4r8e1j0o2xo" class="css-ae0q3r e1x7c0a74">چرا قیمت مسکن در ایران از تورم جلو زد؟</a></li><li class="css-1b3w0al e1x7c0a73"><a href="https://www.sedayeiranian.co.uk/persian/articles/cz1d8v7p5k3o" class="css-ae0q3r e1x7c0a74">وام ودیعه مسکن؛ کمکی که به دست مستأجران نمی‌رسد</a></li></ul></div>'''),
        H2('مهاجرت به حاشیه'),
        P('داده‌های رسمی نشان می‌دهد جمعیت شهرهای اقماری تهران مانند پرند، پردیس و اندیشه در دهه گذشته با سرعتی بسیار بیشتر از خود پایتخت رشد کرده است. کارشناسان شهری این پدیده را نتیجه مستقیم ناتوانی طبقه متوسط در تأمین هزینه مسکن در تهران می‌دانند.'),
        P('یک اقتصاددان مقیم تهران نیز در شبکه اجتماعی ایکس نوشت:'),
        TW('سهم اجاره از سبد هزینه خانوارهای مستأجر تهرانی به بیش از ۶۰ درصد رسیده. وقتی بیش از نیمی از درآمد صرف سقف بالای سر می‌شود، دیگر چیزی برای آموزش و سلامت باقی نمی‌ماند.',
           'Dr. Kaveh Soltani', 'k_soltani_econ', 'December 5, 2026', 'https://twitter.com/k_soltani_econ/status/1864712345098765432'),
        X('''<figure data-component="media-block" class="css-1x4w6d8 e7eg6j40"><div class="css-video-player e7eg6j41" data-e2e="media-player"><div class="css-placeholder" role="button" aria-label="پخش ویدیو، صف‌های بازدید از خانه‌های اجاره‌ای، مدت ۲:۱۴"><img src="https://ichef.sedayeiranian.co.uk/ace/ws/640/cpsprodpb/rent-video-poster.jpg.webp" alt=""><span class="css-duration">۲:۱۴</span></div></div><figcaption class="css-1f4cxj9 e7eg6j42"><span class="css-visually-hidden">توضیح ویدیو،</span>ویدیو: صف‌های طولانی برای بازدید از یک آپارتمان اجاره‌ای در غرب تهران</figcaption></figure>'''),
        H2('سقف ۲۵ درصدی؛ قانونی که اجرا نمی‌شود'),
        P('دولت سال گذشته سقف افزایش سالانه اجاره‌بها را در تهران ۲۵ درصد تعیین کرد، اما به گفته مشاوران املاک، این مصوبه در عمل رعایت نمی‌شود و بسیاری از قراردادها با مبالغی متفاوت از آنچه در سامانه ثبت می‌شود، بسته می‌شوند.'),
        P('منتقدان می‌گویند تا زمانی که عرضه مسکن افزایش نیابد و تورم مهار نشود، سیاست‌های دستوری مانند تعیین سقف اجاره تنها به گسترش قراردادهای غیررسمی منجر خواهد شد.'),
        P('در همین حال، وزارت راه و شهرسازی از آغاز ساخت ۲۰ هزار واحد استیجاری در تهران خبر داده، اما هنوز زمان مشخصی برای تحویل این واحدها اعلام نشده است.'),
    ]
    fmt = {
        'p': lambda it: '<div dir="rtl" data-component="text-block" class="css-83cqas e1xue1i85"><p dir="rtl" class="css-1k3c4ow e17g058b0">%s</p></div>' % it[1],
        'h2': lambda it: '<div data-component="subheadline-block" class="css-1xr7z8 e1xue1i86"><h2 class="css-1rq1mkq e1j2237y0" tabindex="-1">%s</h2></div>' % it[1],
        'tw': lambda it: '<div data-component="social-embed-block" class="css-t2r7x9 e1xue1i87"><div class="css-consent-wrapper"><p class="css-consent-msg">پرش از پست توییتر</p>%s<p class="css-consent-msg">پایان پست توییتر</p></div></div>' % tweet(it, 'fa'),
        'x': lambda it: it[1],
    }
    ld = jsonld({"@context": "http://schema.org", "@type": "NewsArticle",
                 "url": url, "headline": title, "alternativeHeadline": title,
                 "description": "افزایش اجاره‌بها در تهران در برخی مناطق از ۵۰ درصد فراتر رفته است",
                 "datePublished": "2026-12-06T08:12:44.000Z", "dateModified": "2026-12-06T08:12:44.000Z",
                 "inLanguage": {"@type": "Language", "name": "Persian", "alternateName": "fa"},
                 "image": {"@type": "ImageObject", "width": 1024, "height": 576, "url": "https://ichef.sedayeiranian.co.uk/news/1024/branded_persian/rent-tehran.jpg"},
                 "thumbnailUrl": "https://ichef.sedayeiranian.co.uk/news/1024/branded_persian/rent-tehran.jpg",
                 "author": {"@type": "NewsMediaOrganization", "name": "صدای ایرانیان", "noBylinesPolicy": "https://www.sedayeiranian.co.uk/persian/institutional/editorial"},
                 "publisher": {"@type": "NewsMediaOrganization", "name": "صدای ایرانیان", "logo": {"@type": "ImageObject", "url": "https://www.sedayeiranian.co.uk/persian/images/icons/icon-192x192.png"}},
                 "mainEntityOfPage": {"@type": "WebPage", "@id": url, "name": title}})
    body = render(items, fmt)
    return f'''<!DOCTYPE html>
<html lang="fa" class="no-js" dir="rtl">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"/>
<title>{title} - صدای ایرانیان فارسی</title>
<meta name="description" content="افزایش اجاره‌بها در تهران در برخی مناطق از ۵۰ درصد فراتر رفته است"/>
<link rel="canonical" href="{url}"/>
<meta property="og:description" content="افزایش اجاره‌بها در تهران در برخی مناطق از ۵۰ درصد فراتر رفته است"/>
<meta property="og:image" content="https://ichef.sedayeiranian.co.uk/news/1024/branded_persian/rent-tehran.jpg"/>
<meta property="og:image:alt" content="ساختمان‌های مسکونی در غرب تهران"/>
<meta property="og:locale" content="fa_IR"/>
<meta property="og:site_name" content="صدای ایرانیان فارسی"/>
<meta property="og:title" content="{title}"/>
<meta property="og:type" content="article"/>
<meta property="og:url" content="{url}"/>
<meta name="twitter:card" content="summary_large_image"/>
<meta name="twitter:site" content="@SedayeIranian"/>
<meta name="article:published_time" content="2026-12-06T08:12:44.000Z"/>
{ld}
<style data-emotion="css 83cqas 1k3c4ow 1rq1mkq">.css-83cqas{{padding-bottom:1.5rem;}}.css-1k3c4ow{{font-family:"Vazirmatn",Tahoma,sans-serif;font-size:1.125rem;line-height:2.25rem;margin:0;padding-bottom:1.5rem;}}.css-1rq1mkq{{font-size:1.5rem;font-weight:700;}}</style>
</head>
<body>
<div id="root">
<div class="css-c8a9f6 e1ae8xn10" data-e2e="consent-banner" role="dialog"><div class="css-j5x8v7"><h2 class="css-1a0q2dn">حریم خصوصی شما</h2><p class="css-1u6w0ob">ما و شرکای ما از کوکی‌ها برای شخصی‌سازی محتوا و تحلیل ترافیک استفاده می‌کنیم. <a href="https://www.sedayeiranian.co.uk/usingthebbc/cookies">درباره کوکی‌ها بیشتر بدانید</a></p><button class="css-12u8pdn" type="button">قبول دارم</button> <button class="css-12u8pdn" type="button">تنظیمات</button></div></div>
<header role="banner" lang="fa" class="css-1ni5j7z e1ylcd0f0">
  <div class="css-7h0vqn e1ylcd0f1"><a href="#content" class="css-skip e1ylcd0f2">پرش به محتوا</a>
    <a href="https://www.sedayeiranian.co.uk/persian" class="css-brand e1ylcd0f3" aria-label="صدای ایرانیان فارسی"><svg class="css-logo" viewBox="0 0 84 24" aria-hidden="true"><path d="M0 0h24v24H0z"></path></svg></a>
    <a href="https://www.sedayeiranian.co.uk/persian/live" class="css-live e1ylcd0f4"><span class="css-dot"></span>پخش زنده تلویزیون</a>
  </div>
  <nav role="navigation" class="css-1ufq2uw e1e9rb3r0" aria-label="فارسی">
    <ul class="css-zxbfda e1e9rb3r1" role="list">
      <li class="css-1mdqu8l"><a href="https://www.sedayeiranian.co.uk/persian" class="css-navlink">صفحه اول</a></li>
      <li class="css-1mdqu8l"><a href="https://www.sedayeiranian.co.uk/persian/topics/iran" class="css-navlink">ایران</a></li>
      <li class="css-1mdqu8l"><a href="https://www.sedayeiranian.co.uk/persian/topics/world" class="css-navlink">جهان</a></li>
      <li class="css-1mdqu8l"><a href="https://www.sedayeiranian.co.uk/persian/topics/iran-economy" class="css-navlink" aria-current="page">اقتصاد</a></li>
      <li class="css-1mdqu8l"><a href="https://www.sedayeiranian.co.uk/persian/topics/science" class="css-navlink">دانش</a></li>
      <li class="css-1mdqu8l"><a href="https://www.sedayeiranian.co.uk/persian/topics/arts" class="css-navlink">فرهنگ و هنر</a></li>
      <li class="css-1mdqu8l"><a href="https://www.sedayeiranian.co.uk/persian/topics/sport" class="css-navlink">ورزش</a></li>
      <li class="css-1mdqu8l"><a href="https://www.sedayeiranian.co.uk/persian/media/video" class="css-navlink">ویدیو</a></li>
      <li class="css-1mdqu8l"><a href="https://www.sedayeiranian.co.uk/persian/popular/read" class="css-navlink">پربیننده‌ترین‌ها</a></li>
    </ul>
  </nav>
  <div class="css-brk e1brk0" data-e2e="breaking-news-banner"><strong class="css-brk-lbl">خبر فوری</strong> <a href="https://www.sedayeiranian.co.uk/persian/live/c1z9x8y7w6vo" class="css-brk-link">پوشش زنده: ادامه اعتراضات صنفی بازنشستگان در چند شهر</a></div>
</header>
<div class="css-ad-top" data-e2e="advertisement"><span class="css-ad-lbl">تبلیغات</span><div id="dotcom-leaderboard" class="css-ad-slot"></div></div>
<main role="main" class="css-1ly6zwr e1fm4fjl0">
  <div class="css-gr e57qer20">
  <div class="css-primary e57qer21">
  <article class="css-hmr3c1 e1nh2i2l5" lang="fa">
    <header class="css-hdr-article">
      <div class="css-kicker e1nh2i2l6"><a href="https://www.sedayeiranian.co.uk/persian/topics/iran-economy" class="css-kicker-link">اقتصاد ایران</a></div>
      <h1 id="content" class="css-1tewj0k e1p3vdyi0" tabindex="-1">{title}</h1>
      <div class="css-byline e8bjo0q0" data-e2e="byline"><ul class="css-by-list" role="list"><li class="css-by-item"><span class="css-by-role">نویسنده،</span><span class="css-by-name">نیلوفر کاظمی</span></li><li class="css-by-item"><span class="css-by-title">گزارشگر اقتصادی صدای ایرانیان</span></li></ul></div>
      <div class="css-ts e1mklfmt0"><time datetime="2026-12-06" class="css-time">۶ دسامبر ۲۰۲۶</time> <span class="css-ts-sep">-</span> <span class="css-ts-rel">۱۵ آذر ۱۴۰۵</span></div>
    </header>
    <figure class="css-lead-fig e34k3c21">
      <div class="css-img-wrap"><img alt="ساختمان‌های مسکونی در غرب تهران" src="https://ichef.sedayeiranian.co.uk/ace/ws/800/cpsprodpb/rent-tehran.jpg.webp" width="800" height="450" class="css-img"/></div>
      <p class="css-copyright e5xb54n0" role="text"><span class="css-visually-hidden">منبع تصویر،</span>Getty Images</p>
      <figcaption class="css-1fqynnm e34k3c22"><span class="css-visually-hidden">توضیح تصویر،</span>به گفته کارشناسان، سهم اجاره از هزینه خانوارهای مستأجر در تهران به بالاترین سطح دو دهه اخیر رسیده است</figcaption>
    </figure>
    <div class="css-share e1share0" data-e2e="share"><button class="css-share-btn" type="button" aria-label="هم‌رسانی این مطلب">هم‌رسانی</button><span class="css-share-count">۲٬۱۰۳</span>
      <ul class="css-share-list" role="list"><li><a href="https://www.facebook.com/dialog/share?href={url}">فیس‌بوک</a></li><li><a href="https://twitter.com/intent/tweet?url={url}">ایکس</a></li><li><a href="https://t.me/share/url?url={url}">تلگرام</a></li><li><a href="mailto:?subject={title}&body={url}">ایمیل</a></li></ul></div>
    <div class="css-body e1yl6eb0">
{body}
    </div>
    <section class="css-topics e1hq59l0" aria-labelledby="related-topics"><h2 id="related-topics" class="css-topics-h">موضوعات مرتبط</h2><ul class="css-topics-list" role="list"><li><a href="https://www.sedayeiranian.co.uk/persian/topics/housing">مسکن</a></li><li><a href="https://www.sedayeiranian.co.uk/persian/topics/inflation">تورم</a></li><li><a href="https://www.sedayeiranian.co.uk/persian/topics/tehran">تهران</a></li></ul></section>
  </article>
  <section class="css-related e1rel0" aria-labelledby="related-content-heading" data-e2e="related-content">
    <h2 id="related-content-heading" class="css-rel-h">مطالب مرتبط</h2>
    <ul class="css-rel-list" role="list">
      <li class="css-rel-item"><div class="css-promo"><h3 class="css-promo-h"><a href="https://www.sedayeiranian.co.uk/persian/articles/c4r8e1j0o2xo">چرا قیمت مسکن در ایران از تورم جلو زد؟</a></h3><time class="css-promo-t">۲۸ نوامبر ۲۰۲۶</time></div></li>
      <li class="css-rel-item"><div class="css-promo"><h3 class="css-promo-h"><a href="https://www.sedayeiranian.co.uk/persian/articles/cz1d8v7p5k3o">وام ودیعه مسکن؛ کمکی که به دست مستأجران نمی‌رسد</a></h3><time class="css-promo-t">۱۹ نوامبر ۲۰۲۶</time></div></li>
      <li class="css-rel-item"><div class="css-promo"><h3 class="css-promo-h"><a href="https://www.sedayeiranian.co.uk/persian/articles/c0p3l9m2n8ko">زندگی در پردیس: شهری که قرار بود خوابگاه نباشد</a></h3><time class="css-promo-t">۳ نوامبر ۲۰۲۶</time></div></li>
    </ul>
  </section>
  </div>
  <div class="css-secondary e57qer22">
    <section class="css-most-read" aria-labelledby="Most-Read" data-e2e="most-read">
      <h2 id="Most-Read" class="css-mr-h">پربیننده‌ترین‌ها</h2>
      <ol class="css-mr-list" role="list">
        <li class="css-mr-item"><span class="css-mr-rank">۱</span><a href="https://www.sedayeiranian.co.uk/persian/articles/c1">قیمت دلار از مرز تازه‌ای گذشت؛ بازار در انتظار تصمیم بانک مرکزی</a></li>
        <li class="css-mr-item"><span class="css-mr-rank">۲</span><a href="https://www.sedayeiranian.co.uk/persian/articles/c2">آلودگی هوا؛ مدارس تهران دوباره غیرحضوری شد</a></li>
        <li class="css-mr-item"><span class="css-mr-rank">۳</span><a href="https://www.sedayeiranian.co.uk/persian/articles/c3">مهاجرت پزشکان؛ آمار تازه از خروج متخصصان</a></li>
        <li class="css-mr-item"><span class="css-mr-rank">۴</span><a href="https://www.sedayeiranian.co.uk/persian/articles/c4">نمایشگاه کتاب فارسی در تورنتو رکورد بازدید را شکست</a></li>
      </ol>
    </section>
    <div class="css-ad-mpu" data-e2e="advertisement"><span class="css-ad-lbl">تبلیغات</span><div id="dotcom-mpu" class="css-ad-slot"></div></div>
    <section class="css-nl" data-e2e="newsletter"><h2 class="css-nl-h">خبرنامه صدای ایرانیان</h2><p class="css-nl-p">هر روز صبح خلاصه مهم‌ترین خبرها را در ایمیل خود دریافت کنید.</p><form class="css-nl-f"><input type="email" placeholder="نشانی ایمیل" class="css-nl-i"/><button type="submit" class="css-nl-b">عضویت</button></form></section>
  </div>
  </div>
</main>
<footer role="contentinfo" class="css-1d7vhwh e1xxfxkq0">
  <ul class="css-ft-list" role="list"><li><a href="https://www.sedayeiranian.co.uk/persian/institutional/about">درباره ما</a></li><li><a href="https://www.sedayeiranian.co.uk/persian/institutional/terms">شرایط استفاده</a></li><li><a href="https://www.sedayeiranian.co.uk/persian/institutional/privacy">سیاست حریم خصوصی</a></li><li><a href="https://www.sedayeiranian.co.uk/persian/send/u50853489">تماس با ما</a></li></ul>
  <p class="css-ft-copy">© ۲۰۲۶ صدای ایرانیان. صدای ایرانیان مسئول محتوای سایت‌های دیگر نیست.</p>
</footer>
</div>
<script>window.SIMORGH_DATA={{"pageData":{{"metadata":{{"id":"urn:sedayeiranian:optimo:asset:c7x2kq9v4mpo","locators":{{"optimoUrn":"urn:sedayeiranian:optimo:asset:c7x2kq9v4mpo"}},"type":"article"}}}},"path":"/persian/articles/c7x2kq9v4mpo"}}</script>
<script src="https://static.sedayeiranian.co.uk/ws/modern.main-4a8e3d.js" defer></script>
</body>
</html>
''', items


# ---------------------------------------------------------------------------
# 8. ur-news: Urdu news site on WordPress "Newspaper"-like theme (td-*,
#    tdb-* classes), Nastaliq webfont, "یہ بھی پڑھیں" box and ad inside the
#    body, quote, WP comments, OpenGraph only (no JSON-LD)
# ---------------------------------------------------------------------------
@page('ur-news')
def ur_news():
    url = 'https://urdu.qaumitimes.pk/sports/2026/12/06/pak-vs-sa-2nd-odi-report/'
    title = 'دوسرا ون ڈے: پاکستان نے جنوبی افریقہ کو 6 وکٹوں سے شکست دے دی'
    items = [
        P('قومی کرکٹ ٹیم نے نیشنل اسٹیڈیم میں کھیلے گئے دوسرے ون ڈے میچ میں جنوبی افریقہ کو 6 وکٹوں سے شکست دے کر تین میچوں کی سیریز 1-1 سے برابر کر دی۔'),
        P('جنوبی افریقہ نے ٹاس جیت کر پہلے بیٹنگ کا فیصلہ کیا اور مقررہ 50 اوورز میں 8 وکٹوں کے نقصان پر 287 رنز بنائے۔ مہمان ٹیم کی جانب سے اوپنر ڈیوڈ وین زائل نے شاندار سنچری اسکور کی اور 112 رنز کی اننگز کھیلی۔'),
        P('پاکستانی بولرز میں فاسٹ بولر <strong>حارث علی</strong> نے عمدہ بولنگ کا مظاہرہ کرتے ہوئے 48 رنز دے کر 3 وکٹیں حاصل کیں، جبکہ سلمان اکرم اور اسپنر فہد جمیل نے دو، دو کھلاڑیوں کو پویلین کی راہ دکھائی۔'),
        X('''<div class="td-related-inline"><span class="td-related-title">یہ بھی پڑھیں:</span> <a href="https://urdu.qaumitimes.pk/sports/2026/12/03/pak-vs-sa-1st-odi/">پہلا ون ڈے: جنوبی افریقہ نے پاکستان کو 31 رنز سے ہرا دیا</a></div>'''),
        P('ہدف کے تعاقب میں پاکستانی ٹیم کا آغاز اچھا نہ رہا اور صرف 34 رنز پر دو وکٹیں گر گئیں، تاہم اس کے بعد کپتان <a href="https://urdu.qaumitimes.pk/tag/kamran-yousuf/">کامران یوسف</a> اور نوجوان بیٹر عمیر خالد کے درمیان 156 رنز کی شراکت نے میچ کا پانسہ پلٹ دیا۔'),
        P('عمیر خالد نے کیریئر کی پہلی سنچری اسکور کرتے ہوئے 118 گیندوں پر 121 رنز بنائے جس میں 11 چوکے اور 3 چھکے شامل تھے، انہیں میچ کا بہترین کھلاڑی قرار دیا گیا۔ پاکستان نے مطلوبہ ہدف 48ویں اوور میں حاصل کر لیا۔'),
        X('''<div class="td-a-rec td-a-rec-id-content_inline tdi_61 td_block_template_1"><span class="td-adspot-title">- اشتہار -</span><div class="td-g-rec td-g-rec-id-content_inline"><ins class="adsbygoogle" style="display:inline-block;width:300px;height:250px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="9876543210"></ins></div></div>'''),
        H3('کپتان کا اظہارِ خیال'),
        P('میچ کے بعد پریس کانفرنس میں کپتان کامران یوسف نے نوجوان کھلاڑیوں کی کارکردگی کو سراہتے ہوئے کہا:'),
        Q('"لڑکوں نے دباؤ میں جس طرح کھیل پیش کیا وہ قابلِ تعریف ہے۔ ہم فیصلہ کن میچ میں بھی اسی جذبے کے ساتھ میدان میں اتریں گے اور شائقین کو مایوس نہیں کریں گے۔"'),
        P('دوسری جانب جنوبی افریقی کپتان نے شکست کی ذمہ داری بولرز پر ڈالتے ہوئے کہا کہ آخری اوورز میں ان کی ٹیم منصوبے کے مطابق بولنگ نہیں کر سکی۔'),
        P('سیریز کا تیسرا اور فیصلہ کن میچ اتوار کو لاہور کے قذافی اسٹیڈیم میں کھیلا جائے گا، جس کے تمام ٹکٹ فروخت ہو چکے ہیں۔'),
    ]
    fmt = {
        'p': lambda it: '<p>%s</p>' % it[1],
        'h3': lambda it: '<h3>%s</h3>' % it[1],
        'q': lambda it: '<blockquote class="td_quote_box td_box_right"><p>%s</p></blockquote>' % it[1],
        'x': lambda it: it[1],
    }
    body = render(items, fmt)
    return f'''<!doctype html >
<html dir="rtl" lang="ur">
<head>
    <title>{title} - قومی ٹائمز اردو</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="https://urdu.qaumitimes.pk/xmlrpc.php" />
    <meta property="og:locale" content="ur_PK" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{title}" />
    <meta property="og:description" content="قومی کرکٹ ٹیم نے دوسرے ون ڈے میں جنوبی افریقہ کو شکست دے کر سیریز برابر کر دی" />
    <meta property="og:url" content="{url}" />
    <meta property="og:site_name" content="قومی ٹائمز اردو" />
    <meta property="og:image" content="https://urdu.qaumitimes.pk/wp-content/uploads/2026/12/umair-khalid-century.jpg" />
    <meta property="article:section" content="کھیل" />
    <meta property="article:published_time" content="2026-12-06T17:55:10+05:00" />
    <link rel='stylesheet' id='td-theme-css' href='https://urdu.qaumitimes.pk/wp-content/themes/Newspaper/style.css?ver=12.6.3' type='text/css' media='all' />
    <link rel='stylesheet' id='nastaliq-css' href='https://fonts.googleapis.com/css2?family=Noto+Nastaliq+Urdu&#038;display=swap' type='text/css' media='all' />
    <style>.td-post-content p, .tdb-title-text {{ font-family: 'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', serif; line-height: 2.4; }}</style>
</head>
<body class="rtl post-template-default single single-post postid-284112 single-format-standard td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background"></div>
<div id="td-outer-wrap" class="td-theme-wrap">
    <div class="tdc-header-wrap">
        <div class="td-header-wrap td-header-style-1">
            <div class="td-header-top-menu-full td-container-wrap">
                <div class="td-container td-header-row td-header-top-menu">
                    <div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>ہفتہ، 6 دسمبر 2026</div></div>
                        <div class="menu-top-container"><ul id="menu-top" class="top-header-menu"><li class="menu-item"><a href="https://www.qaumitimes.pk" lang="en" dir="ltr">English</a></li><li class="menu-item"><a href="https://urdu.qaumitimes.pk/epaper/">ای پیپر</a></li></ul></div></div></div>
                </div>
            </div>
            <div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap">
                <div class="td-container td-header-row td-header-header">
                    <div class="td-header-sp-logo"><a class="td-main-logo" href="https://urdu.qaumitimes.pk/"><img class="td-retina-data" src="https://urdu.qaumitimes.pk/wp-content/uploads/2025/01/logo-urdu.png" alt="قومی ٹائمز اردو"/><span class="td-visual-hidden">قومی ٹائمز اردو</span></a></div>
                    <div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header"><span class="td-adspot-title">- اشتہار -</span><a href="https://ads.qaumitimes.pk/c/5512"><img src="https://urdu.qaumitimes.pk/wp-content/uploads/ads/telco-728x90.jpg" alt=""/></a></div></div></div>
                </div>
            </div>
            <div class="td-header-menu-wrap-full td-container-wrap">
                <div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu">
                    <div id="td-header-menu" role="navigation"><div class="menu-main-container"><ul id="menu-main-1" class="sf-menu">
                        <li class="menu-item td-menu-item td-normal-menu"><a href="https://urdu.qaumitimes.pk/">صفحۂ اول</a></li>
                        <li class="menu-item td-menu-item td-normal-menu"><a href="https://urdu.qaumitimes.pk/pakistan/">پاکستان</a></li>
                        <li class="menu-item td-menu-item td-normal-menu"><a href="https://urdu.qaumitimes.pk/world/">دنیا</a></li>
                        <li class="menu-item td-menu-item td-normal-menu"><a href="https://urdu.qaumitimes.pk/business/">کاروبار</a></li>
                        <li class="menu-item td-menu-item td-normal-menu current-post-ancestor current-menu-parent"><a href="https://urdu.qaumitimes.pk/sports/">کھیل</a></li>
                        <li class="menu-item td-menu-item td-normal-menu"><a href="https://urdu.qaumitimes.pk/showbiz/">شوبز</a></li>
                        <li class="menu-item td-menu-item td-normal-menu"><a href="https://urdu.qaumitimes.pk/technology/">سائنس و ٹیکنالوجی</a></li>
                        <li class="menu-item td-menu-item td-normal-menu"><a href="https://urdu.qaumitimes.pk/columns/">کالم</a></li>
                        <li class="menu-item td-menu-item td-normal-menu"><a href="https://urdu.qaumitimes.pk/videos/">ویڈیوز</a></li>
                    </ul></div></div>
                </div></div>
            </div>
        </div>
        <div class="td-ticker-wrap"><div class="td_block_wrap td_block_trending_now"><div class="td-trending-now-wrapper"><div class="td-trending-now-title">تازہ ترین</div><div class="td-trending-now-display-area">
            <div class="td-trending-now-post"><a class="td-trending-now-post-title" href="https://urdu.qaumitimes.pk/pakistan/2026/12/06/petrol-price/">پیٹرول کی قیمت میں 4 روپے 20 پیسے فی لیٹر کمی کا اعلان</a></div>
            <div class="td-trending-now-post"><a class="td-trending-now-post-title" href="https://urdu.qaumitimes.pk/pakistan/2026/12/06/smog-lahore/">لاہور میں اسموگ کی شدت برقرار، اسکول پیر تک بند</a></div>
            <div class="td-trending-now-post"><a class="td-trending-now-post-title" href="https://urdu.qaumitimes.pk/business/2026/12/06/psx-record/">اسٹاک ایکسچینج میں تیزی، 100 انڈیکس نئی بلند ترین سطح پر</a></div>
        </div></div></div></div>
    </div>
    <div class="td-main-content-wrap td-container-wrap">
        <div class="td-container td-post-template-default">
            <div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="https://urdu.qaumitimes.pk/">صفحۂ اول</a></span> <i class="td-icon-left td-bread-sep"></i> <span><a title="" class="entry-crumb" href="https://urdu.qaumitimes.pk/sports/">کھیل</a></span> <i class="td-icon-left td-bread-sep"></i> <span><a title="" class="entry-crumb" href="https://urdu.qaumitimes.pk/sports/cricket/">کرکٹ</a></span></div></div>
            <div class="td-pb-row">
                <div class="td-pb-span8 td-main-content" role="main">
                    <div class="td-ss-main-content">
                        <article id="post-284112" class="post-284112 post type-post status-publish format-standard has-post-thumbnail category-cricket" itemscope itemtype="https://schema.org/Article">
                            <div class="td-post-header">
                                <ul class="td-category"><li class="entry-category"><a href="https://urdu.qaumitimes.pk/sports/cricket/">کرکٹ</a></li></ul>
                                <header class="td-post-title">
                                    <h1 class="entry-title">{title}</h1>
                                    <p class="td-post-sub-title">نوجوان بیٹر عمیر خالد کی شاندار سنچری، سیریز 1-1 سے برابر</p>
                                    <div class="td-module-meta-info">
                                        <div class="td-post-author-name"><div class="td-author-by">ویب ڈیسک</div> <a href="https://urdu.qaumitimes.pk/author/sports-desk/">اسپورٹس رپورٹر، کراچی</a><div class="td-author-line"> - </div></div>
                                        <span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-12-06T17:55:10+05:00">6 دسمبر 2026</time></span>
                                        <div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-284112">8,214</span></div>
                                        <div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>3</a></div>
                                    </div>
                                </header>
                            </div>
                            <div class="td-post-sharing-top"><div id="td_social_sharing_article_top" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1">
                                <div class="td-post-sharing-visible"><div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text"><div class="td-social-but-icon"><i class="td-icon-share"></i></div><div class="td-social-but-text">شیئر</div><span class="td-social-count">612</span></div>
                                <a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u={url}" title="Facebook"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">فیس بک</div></a>
                                <a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter" href="https://twitter.com/intent/tweet?text={title}&url={url}" title="Twitter"><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div class="td-social-but-text">ٹویٹر</div></a>
                                <a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-whatsapp" href="https://api.whatsapp.com/send?text={url}" title="WhatsApp"><div class="td-social-but-icon"><i class="td-icon-whatsapp"></i></div><div class="td-social-but-text">واٹس ایپ</div></a></div>
                            </div></div>
                            <div class="td-post-content tagdiv-type">
                                <div class="td-post-featured-image"><figure><a href="https://urdu.qaumitimes.pk/wp-content/uploads/2026/12/umair-khalid-century.jpg" data-caption="عمیر خالد سنچری مکمل کرنے کے بعد — فوٹو: پی سی بی"><img width="696" height="392" class="entry-thumb td-modal-image" src="https://urdu.qaumitimes.pk/wp-content/uploads/2026/12/umair-khalid-century-696x392.jpg" alt="" title="umair-khalid-century"/></a><figcaption class="wp-caption-text">عمیر خالد سنچری مکمل کرنے کے بعد — فوٹو: پی سی بی</figcaption></figure></div>
                                <div class="td-a-rec td-a-rec-id-content_top"><span class="td-adspot-title">- اشتہار -</span><div class="td-g-rec td-g-rec-id-content_top"></div></div>
{body}
                                <div class="td-a-rec td-a-rec-id-content_bottom"><span class="td-adspot-title">- اشتہار -</span><div class="td-g-rec td-g-rec-id-content_bottom"></div></div>
                            </div>
                            <footer>
                                <div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>ٹیگز</span></li><li><a href="https://urdu.qaumitimes.pk/tag/cricket/">کرکٹ</a></li><li><a href="https://urdu.qaumitimes.pk/tag/pak-vs-sa/">پاکستان بمقابلہ جنوبی افریقہ</a></li><li><a href="https://urdu.qaumitimes.pk/tag/umair-khalid/">عمیر خالد</a></li></ul></div>
                                <div class="td-post-sharing-bottom"><div class="td-post-sharing td-ps-bg"><a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u={url}">فیس بک</a><a class="td-social-sharing-button td-social-twitter" href="https://twitter.com/intent/tweet?url={url}">ٹویٹر</a></div></div>
                                <div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>پچھلی خبر</span><a href="https://urdu.qaumitimes.pk/sports/2026/12/06/hockey-asia-cup/">ایشیا ہاکی کپ: قومی ٹیم کا اعلان کر دیا گیا</a></div></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>اگلی خبر</span><a href="https://urdu.qaumitimes.pk/sports/2026/12/06/psl-draft/">پی ایس ایل ڈرافٹ کی تاریخ کا اعلان</a></div></div></div>
                            </footer>
                        </article>
                        <div class="td_block_wrap td_block_related_posts td-related-full-width">
                            <h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">متعلقہ خبریں</a><a class="td-related-right" href="#">مزید اس مصنف سے</a></h4>
                            <div class="td_block_inner"><div class="td-related-row">
                                <div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><h3 class="entry-title td-module-title"><a href="https://urdu.qaumitimes.pk/sports/2026/12/03/pak-vs-sa-1st-odi/">پہلا ون ڈے: جنوبی افریقہ نے پاکستان کو 31 رنز سے ہرا دیا</a></h3></div></div>
                                <div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><h3 class="entry-title td-module-title"><a href="https://urdu.qaumitimes.pk/sports/2026/11/29/squad-announced/">جنوبی افریقہ کے خلاف سیریز کے لیے قومی اسکواڈ کا اعلان</a></h3></div></div>
                                <div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><h3 class="entry-title td-module-title"><a href="https://urdu.qaumitimes.pk/sports/2026/11/25/haris-ali-fitness/">حارث علی فٹنس ٹیسٹ میں کامیاب، اسکواڈ میں واپسی</a></h3></div></div>
                            </div></div>
                        </div>
                        <div class="comments" id="comments">
                            <div class="td-comments-title-wrap td_block_template_1"><h4 class="td-comments-title block-title"><span>3 تبصرے</span></h4></div>
                            <ol class="comment-list">
                                <li class="comment" id="li-comment-55101"><article><footer><div class="comment-author">فیصل</div><div class="comment-meta"><time>6 دسمبر 2026 بوقت 6:20 شام</time></div></footer><div class="comment-content"><p>عمیر خالد مستقبل کا اسٹار ہے، اسے مستقل موقع ملنا چاہیے۔</p></div><div class="comment-footer"><a class="comment-reply-link" href="#">جواب دیں</a></div></article></li>
                                <li class="comment" id="li-comment-55104"><article><footer><div class="comment-author">زاہد حسین</div><div class="comment-meta"><time>6 دسمبر 2026 بوقت 7:02 شام</time></div></footer><div class="comment-content"><p>بولنگ آخری دس اوورز میں بہت مہنگی رہی، اس پر کام کرنا ہو گا۔</p></div><div class="comment-footer"><a class="comment-reply-link" href="#">جواب دیں</a></div></article></li>
                                <li class="comment" id="li-comment-55110"><article><footer><div class="comment-author">Ayesha</div><div class="comment-meta"><time>6 دسمبر 2026 بوقت 8:45 شام</time></div></footer><div class="comment-content"><p>لاہور میں اتوار کو اسٹیڈیم میں ملتے ہیں! پاکستان زندہ باد</p></div><div class="comment-footer"><a class="comment-reply-link" href="#">جواب دیں</a></div></article></li>
                            </ol>
                            <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">جواب دیں</h3><form action="https://urdu.qaumitimes.pk/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="تبصرہ:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="نام:*" type="text" value="" size="30" aria-required='true' /></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="تبصرہ پوسٹ کریں" /></p></form></div>
                        </div>
                    </div>
                </div>
                <div class="td-pb-span4 td-main-sidebar" role="complementary">
                    <div class="td-ss-main-sidebar">
                        <div class="td_block_wrap td_block_popular"><h4 class="block-title"><span>سب سے زیادہ پڑھی جانے والی</span></h4>
                            <div class="td_block_inner"><div class="td_module_6"><h3 class="entry-title td-module-title"><a href="https://urdu.qaumitimes.pk/pakistan/2026/12/05/gold-price/">سونے کی قیمت میں بڑا اضافہ، فی تولہ نئی ریکارڈ سطح پر</a></h3></div><div class="td_module_6"><h3 class="entry-title td-module-title"><a href="https://urdu.qaumitimes.pk/pakistan/2026/12/05/weather/">ملک کے بالائی علاقوں میں برفباری کی پیشگوئی</a></h3></div><div class="td_module_6"><h3 class="entry-title td-module-title"><a href="https://urdu.qaumitimes.pk/showbiz/2026/12/05/drama-ratings/">نئے ڈرامے نے ریٹنگز کے تمام ریکارڈ توڑ دیے</a></h3></div></div>
                        </div>
                        <div class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- اشتہار -</span><div class="td-g-rec td-g-rec-id-sidebar"></div></div>
                        <div class="td_block_wrap tdm_block_newsletter"><h4 class="block-title"><span>نیوز لیٹر</span></h4><p>تازہ ترین خبریں براہِ راست اپنے ان باکس میں حاصل کریں</p><form><input type="email" placeholder="آپ کا ای میل"/><button type="submit">سبسکرائب کریں</button></form></div>
                    </div>
                </div>
            </div>
        </div>
    </div>
    <div class="td-footer-page td-footer-container td-container-wrap">
        <div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row">
            <div class="td-pb-span-td-sub-footer-menu"><ul class="td-subfooter-menu"><li><a href="https://urdu.qaumitimes.pk/about/">ہمارے بارے میں</a></li><li><a href="https://urdu.qaumitimes.pk/contact/">رابطہ</a></li><li><a href="https://urdu.qaumitimes.pk/privacy-policy/">پرائیویسی پالیسی</a></li></ul></div>
            <div class="td-pb-span-td-sub-footer-copy"><div class="td-sub-footer-copy">&copy; جملہ حقوق محفوظ ہیں — قومی ٹائمز 2026</div></div>
        </div></div></div>
    </div>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">ہم اس ویب سائٹ پر کوکیز استعمال کرتے ہیں تاکہ آپ کو بہتر تجربہ فراہم کیا جا سکے۔</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">ٹھیک ہے</a></span></div></div>
<script type='text/javascript' src='https://urdu.qaumitimes.pk/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.3' id='td-site-min-js'></script>
</body>
</html>
''', items


# ---------------------------------------------------------------------------
# 9. he-portal: Hebrew news portal, custom React CMS (PascalCase component
#    classes, text_editor_paragraph, DraftJS spans), inline "קרא עוד" links,
#    video player, talkbacks, JSON-LD NewsArticle + OG
# ---------------------------------------------------------------------------
@page('he-portal')
def he_portal():
    url = 'https://www.mivzak365.co.il/article/hk3l92xq0'
    title = 'סטארט-אפ ישראלי פיתח ממברנה שמוזילה את ההתפלה ב-30%'
    sub = 'ניסוי פיילוט של שישה חודשים במתקן ההתפלה באשקלון הסתיים בהצלחה. מומחים: "השאלה האמיתית היא עמידות לאורך שנים"'
    items = [
        P('חברת הסטארט-אפ הישראלית "אקווה-ליין", שפועלת מתוך חממה טכנולוגית בבאר שבע, הודיעה השבוע כי השלימה בהצלחה ניסוי פיילוט במתקן התפלה באשקלון, שבמהלכו הצליחה להפחית את צריכת האנרגיה של התהליך בכ-30%.'),
        P('לדברי החברה, הממברנה החדשה שפיתחה עשויה משכבה דקה של חומר פולימרי בעל מבנה ננומטרי, המאפשר למים לעבור בלחץ נמוך יותר מאשר בממברנות המקובלות כיום בתעשייה, תוך סינון יעיל של מלחים ומזהמים.'),
        P('"התפלה היא תהליך עתיר אנרגיה, ורוב העלות של כוס מים מותפלים היא בעצם עלות החשמל", הסבירה <b>ד"ר נועה ברקוביץ</b>, מייסדת-שותפה ומנהלת הטכנולוגיה של החברה. "אם נצליח להוריד את הלחץ הנדרש, נוזיל את המים ונקטין את טביעת הרגל הפחמנית של המתקנים".'),
        X('''<div class="ReadAlsoComponent"><span class="readAlsoTitle">קרא עוד:</span><a class="readAlsoLink" href="/article/bj00o12kx">המחסור במים באזור: ישראל תגדיל את היצוא לירדן</a></div>'''),
        H2('הדרך לייצור מסחרי עוד ארוכה'),
        P('הניסוי נערך במשך שישה חודשים על קו ייצור נפרד במתקן, שסיפק כ-500 קוב מים ביממה. לפי נתוני החברה, איכות המים עמדה בכל התקנים של <a href="https://www.mivzak365.co.il/topics/health-ministry">משרד הבריאות</a>, ולא נרשמה ירידה בביצועי הממברנה לאורך התקופה.'),
        P('עם זאת, מומחים בתחום מזהירים מפני אופטימיות יתר. פרופ\' יואב לנדאו מהטכניון, שאינו מעורב בפיתוח, אמר כי "ממברנות רבות הראו תוצאות מרשימות במעבדה ובפיילוטים קטנים, אבל נכשלו כשעברו לייצור המוני. השאלה האמיתית היא עמידות לאורך שנים".'),
        X('''<div class="VideoComponent" data-video-id="vid-88213"><div class="VideoPlayerWrapper"><div class="vjs-poster" style="background-image:url('https://images.mivzak365.co.il/picserver6/crop_images/2026/12/06/desal-poster.jpg')"></div><button class="vjs-big-play-button" title="הפעל"></button></div><div class="VideoCredit">צפו: כך נראה קו הייצור הניסיוני (צילום: אקווה-ליין)</div></div>'''),
        P('החברה, שגייסה עד כה כ-12 מיליון דולר ממשקיעים פרטיים ומרשות החדשנות, מתכננת להקים מפעל ייצור ראשון בצפון הנגב עד סוף השנה הבאה, ולהתחיל בשיווק הממברנות למתקנים באירופה ובמזרח הרחוק.'),
        X('''<div class="ReadAlsoComponent"><span class="readAlsoTitle">עוד בנושא:</span><a class="readAlsoLink" href="/article/r1b88xz2q">מהפכת ההתפלה: איך הפכה ישראל ממדינה צמאה למעצמת מים</a></div>'''),
        P('ישראל נחשבת למובילה עולמית בתחום ההתפלה: כ-80% ממי השתייה הביתיים במדינה מגיעים כיום ממתקני התפלה לאורך חוף הים התיכון, ומספר מתקנים נוספים נמצאים בשלבי תכנון והקמה.'),
    ]
    fmt = {
        'p': lambda it: '<div class="text_editor_paragraph rtl" data-text="true"><span data-text="true">%s</span></div>' % it[1],
        'h2': lambda it: '<h2 class="text_editor_paragraph rtl subTitle"><span data-text="true">%s</span></h2>' % it[1],
        'x': lambda it: it[1],
    }
    ld = jsonld({"@context": "http://schema.org", "@type": "NewsArticle",
                 "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                 "headline": title, "description": sub,
                 "image": {"@type": "ImageObject", "url": "https://images.mivzak365.co.il/picserver6/crop_images/2026/12/06/desal-main.jpg", "width": "1280", "height": "720"},
                 "datePublished": "2026-12-06T09:30:00+02:00", "dateModified": "2026-12-06T11:02:00+02:00",
                 "author": [{"@type": "Person", "name": "עמית שגיא"}],
                 "publisher": {"@type": "Organization", "name": "מבזק 365", "logo": {"@type": "ImageObject", "url": "https://www.mivzak365.co.il/images/logo.png"}},
                 "keywords": "התפלה, סטארט-אפ, מים, טכנולוגיה"})
    body = render(items, fmt)
    talkbacks = [
        ('1', 'מהנדס מים', 'באר שבע', 'כל הכבוד! סוף סוף משהו טוב שיוצא מהנגב'),
        ('2', 'ספקן', 'תל אביב', 'שמעתי על עשרות ממברנות "מהפכניות" כאלה. נראה אחרי חמש שנים בשטח'),
        ('3', 'רונית', 'חיפה', 'השאלה אם זה יוזיל את החשבון שלנו או רק ירוויח לבעלי המתקנים'),
    ]
    tb = "\n".join(f'''<li class="TalkbackItem"><div class="TalkbackHeader"><span class="tbNumber">{n}.</span> <span class="tbName">{a}</span></div><div class="tbAuthor">{c} <span class="tbDate">06.12.26</span></div><div class="tbText">{t}</div><div class="tbVotes"><button class="tbLike">👍 <span>{int(n) * 7}</span></button><button class="tbDislike">👎 <span>{int(n) * 2}</span></button></div></li>''' for n, a, c, t in talkbacks)
    return f'''<!DOCTYPE html>
<html lang="he" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} | מבזק 365</title>
<meta name="description" content="{H.escape(sub)}">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{H.escape(sub)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://images.mivzak365.co.il/picserver6/crop_images/2026/12/06/desal-main.jpg">
<meta property="og:site_name" content="מבזק 365">
<meta property="og:locale" content="he_IL">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
{ld}
<link rel="stylesheet" href="/assets/css/app.b71f02.css">
</head>
<body class="article-page">
<div id="app">
<div class="CookiesBanner"><div class="CookiesBannerText">אתר זה עושה שימוש בעוגיות (cookies) לשיפור חוויית הגלישה. המשך הגלישה מהווה הסכמה ל<a href="/privacy">מדיניות הפרטיות</a>.</div><button class="CookiesBannerButton">אישור</button></div>
<header class="HeaderComponent">
  <div class="HeaderTop"><a class="SiteLogo" href="/"><img src="/images/logo.png" alt="מבזק 365"></a><div class="HeaderDate">יום ראשון, ו' בכסלו תשפ"ז, 06.12.2026</div><a class="HeaderLogin" href="/login">התחברות</a></div>
  <nav class="MainNavigation"><ul>
    <li><a href="/">ראשי</a></li><li><a href="/news">חדשות</a></li><li><a href="/economy">כלכלה</a></li><li><a href="/sport">ספורט</a></li><li><a href="/culture">תרבות</a></li><li class="selected"><a href="/digital">דיגיטל</a></li><li><a href="/health">בריאות</a></li><li><a href="/food">אוכל</a></li><li><a href="/travel">תיירות</a></li><li><a href="/opinions">דעות</a></li>
  </ul></nav>
  <div class="FlashesTicker"><span class="FlashesTickerTitle">מבזקים</span>
    <ul class="FlashesList">
      <li><span class="flashTime">11:24</span> <a href="/article/f1">הכנסת אישרה בקריאה ראשונה את חוק התקציב</a></li>
      <li><span class="flashTime">11:10</span> <a href="/article/f2">שרב בסוף השבוע: טמפרטורות חריגות לעונה צפויות במרכז</a></li>
      <li><span class="flashTime">10:52</span> <a href="/article/f3">מדד המחירים לצרכן עלה ב-0.3% בנובמבר</a></li>
    </ul>
  </div>
</header>
<div class="AdSlot AdSlotTop"><div class="AdLabel">פרסומת</div><div id="ads.top" style="height:90px"></div></div>
<main class="ArticlePageMain">
<div class="ArticleColumn">
  <div class="BreadCrumbs"><a href="/">ראשי</a> <span class="sep">&gt;</span> <a href="/digital">דיגיטל</a> <span class="sep">&gt;</span> <a href="/digital/science">מדע</a></div>
  <div class="ArticleHeaderComponent">
    <h1 class="mainTitle">{title}</h1>
    <h2 class="subTitle">{sub}</h2>
    <div class="authorAndDate">
      <span class="authors"><a href="/author/amit-sagi">עמית שגיא</a></span>
      <span class="dateView"><time class="DateDisplay" datetime="2026-12-06T09:30:00+02:00">06.12.26 | 09:30</time></span>
      <span class="updated">עודכן: 11:02</span>
    </div>
    <div class="ShareButtons">
      <a class="shareFacebook" href="https://www.facebook.com/sharer.php?u={url}">שתפו בפייסבוק</a>
      <a class="shareWhatsapp" href="https://wa.me/?text={url}">שתפו בוואטסאפ</a>
      <a class="shareTwitter" href="https://twitter.com/intent/tweet?url={url}">שתפו ב-X</a>
      <a class="shareMail" href="mailto:?subject={title}&body={url}">שלחו לחבר</a>
      <a class="talkbacksCount" href="#talkbacks">תגובות <span>3</span></a>
    </div>
  </div>
  <div class="ArticleImageComponent"><div class="imageContainer"><img src="https://images.mivzak365.co.il/picserver6/crop_images/2026/12/06/desal-main.jpg" alt="מתקן ההתפלה באשקלון"></div>
    <div class="ImageDescription"><span class="imageText">מתקן ההתפלה באשקלון. הניסוי נערך על קו ייצור נפרד</span><span class="imageCredit">(צילום: שאטרסטוק)</span></div></div>
  <div id="ArticleBodyComponent" class="ArticleBodyComponent">
{body}
  </div>
  <div class="AdSlot AdSlotInArticle"><div class="AdLabel">פרסומת</div><div id="ads.inread"></div></div>
  <div class="ArticleTags"><span class="tagsTitle">תגיות:</span> <a href="/tags/desalination">התפלה</a> <a href="/tags/startups">סטארט-אפים</a> <a href="/tags/negev">נגב</a></div>
  <div class="MoreArticles"><h3 class="MoreArticlesTitle">כתבות נוספות</h3><ul>
    <li><a href="/article/m1"><img src="https://images.mivzak365.co.il/m1.jpg" alt=""><span>החברה מהרצליה שמפתחת סוללה לרכב חשמלי שנטענת ב-5 דקות</span></a></li>
    <li><a href="/article/m2"><img src="https://images.mivzak365.co.il/m2.jpg" alt=""><span>מחקר: הכנרת תגיע לקו האדום כבר בקיץ הקרוב</span></a></li>
    <li><a href="/article/m3"><img src="https://images.mivzak365.co.il/m3.jpg" alt=""><span>הייטק בפריפריה: כמה מרוויחים מהנדסים בבאר שבע?</span></a></li>
  </ul></div>
  <div id="talkbacks" class="TalkbacksComponent">
    <div class="TalkbacksHeader"><h3>תגובות לכתבה <span class="tbTotal">(3)</span></h3><button class="writeTalkback">הוסיפו תגובה</button></div>
    <ul class="TalkbacksList">
{tb}
    </ul>
  </div>
</div>
<aside class="SideColumn">
  <div class="MostReadComponent"><h3 class="MostReadTitle">הנקראים ביותר</h3><ol>
    <li><a href="/article/r1">הזינוק במחירי הדירות: הערים שבהן המחירים עלו הכי הרבה</a></li>
    <li><a href="/article/r2">מכבי תל אביב ניצחה בדרבי אחרי הארכה</a></li>
    <li><a href="/article/r3">התחזית לחורף: גשום מהממוצע בצפון</a></li>
    <li><a href="/article/r4">המתכון לעוגת תפוזים שכולם מדברים עליה</a></li>
  </ol></div>
  <div class="AdSlot AdSlotSide"><div class="AdLabel">פרסומת</div><div id="ads.side" style="height:250px"></div></div>
  <div class="NewsletterComponent"><h3>הירשמו לניוזלטר</h3><p>כל מה שחשוב לדעת, ישירות למייל שלכם</p><form><input type="email" placeholder="כתובת מייל"><button type="submit">הרשמה</button></form></div>
</aside>
</main>
<footer class="FooterComponent">
  <ul class="FooterLinks"><li><a href="/about">אודות</a></li><li><a href="/contact">צור קשר</a></li><li><a href="/terms">תנאי שימוש</a></li><li><a href="/privacy">מדיניות פרטיות</a></li><li><a href="/accessibility">הצהרת נגישות</a></li></ul>
  <div class="FooterCopyright">© כל הזכויות שמורות למבזק 365 בע"מ, 2026</div>
</footer>
</div>
<script>window.__INITIAL_STATE__={{"article":{{"id":"hk3l92xq0","channel":"digital"}}}};</script>
<script src="/assets/js/app.b71f02.js" defer></script>
</body>
</html>
''', items


# ---------------------------------------------------------------------------
# 10. he-daily: Hebrew daily newspaper, modern headless CMS with terse
#     utility/abbreviated class names and data-test attributes, section
#     element for the body, in-body "קראו עוד" promo and photo, blockquote,
#     OpenGraph only (no JSON-LD)
# ---------------------------------------------------------------------------
@page('he-daily')
def he_daily():
    url = 'https://www.hayomon.co.il/archaeology/2026-12-06/ty-article/00000193-a1b2-d4f1-a7ff-e7f3c2b10000'
    title = 'בחפירה לצד כביש 77 נחשף פסיפס ביזנטי נדיר עם כתובת הקדשה'
    items = [
        P('חפירות ארכיאולוגיות שנערכו בחודשים האחרונים לרגל הרחבת כביש 77 בגליל התחתון חשפו רצפת פסיפס צבעונית מהתקופה הביזנטית, שלדברי החוקרים הייתה חלק מאולם תפילה של כנסייה כפרית מהמאה השישית לספירה.'),
        P('הפסיפס, המשתרע על פני כ-60 מ"ר, מעוטר בדגמים גאומטריים, בציורי ציפורים ודגים ובכתובת יוונית בת ארבע שורות. לפי <a href="https://www.hayomon.co.il/ty-tag/0000017f-antiquities">רשות העתיקות</a>, מדובר באחד הפסיפסים השמורים ביותר שנמצאו באזור בעשורים האחרונים.'),
        P('"הופתענו ממצב השימור", אמרה מנהלת החפירה, ד"ר מיכל אבן-צור. "הצבעים כמעט לא דהו, ואפשר לראות בבירור את עבודת היד של האמנים. ניכר שהקהילה המקומית השקיעה משאבים רבים בבנייה".'),
        X('''<aside class="c-rb" data-test="relatedArticleInline"><div class="c-rb__lbl">קראו עוד</div><a class="c-rb__a" href="https://www.hayomon.co.il/archaeology/2026-10-12/ty-article/00000192-77aa"><span class="c-rb__t">ממצא נדיר בחוף דור: עוגן רומי בן 1,800 שנה נמשה מהים</span></a></aside>'''),
        H2('כתובת שמזכירה תורמים'),
        P('הכתובת היוונית, שפוענחה בידי אפיגרף של רשות העתיקות, מזכירה בשמם שלושה תורמים שמימנו את הנחת הרצפה, ומסתיימת בבקשה "לזכרון ולמנוחת נפשם". לדברי החוקרים, כתובות הקדשה מסוג זה מלמדות על המבנה החברתי של הכפרים בגליל באותה תקופה.'),
        P('בהודעה שפרסמה רשות העתיקות נמסר:'),
        Q('"הממצא ממחיש עד כמה הגליל של התקופה הביזנטית היה מרחב משגשג ורב-תרבותי, שבו חיו זו לצד זו קהילות נוצריות, יהודיות ופגאניות, ושבו הושקעו משאבים ניכרים באמנות ובבנייה ציבורית".'),
        X('''<figure class="c-img c-img--inl" data-test="articleImage"><picture><source type="image/webp" srcset="https://img.hayomon.co.il/img/1.12345/mosaic-detail.jpg?precrop=1200,800&amp;format=webp"><img class="c-img__i" src="https://img.hayomon.co.il/img/1.12345/mosaic-detail.jpg" alt="פרט מהפסיפס"></picture><figcaption class="c-img__cap" data-test="imageCaption">פרט מהפסיפס: ציפור בין ענפי גפן<span class="c-img__cr" data-test="imageCredit">צילום: אסף פרץ, רשות העתיקות</span></figcaption></figure>'''),
        P('לצד הפסיפס נמצאו בחפירה שברי כלי חרס, מטבעות ברונזה ונרות שמן, המסייעים לתארך את שלבי השימוש במבנה. לפי הממצאים, הכנסייה ננטשה ככל הנראה במאה השמינית, בעקבות <strong>רעידת אדמה</strong> שפקדה את האזור.'),
        H2('יועתק או יישאר במקום?'),
        P('כעת נותרה פתוחה השאלה מה יעלה בגורל הפסיפס. נציגי נתיבי ישראל הודיעו כי ייבחנו חלופות להסטת תוואי הכביש, אולם אם הדבר לא יתאפשר, הפסיפס ייעקר בזהירות ויועבר לתצוגה במוזיאון אזורי.'),
        P('תושבי המועצה האזורית הסמוכה כבר פתחו בעצומה הקוראת להשאיר את הממצא במקומו ולהפוך את האתר לגן ארכיאולוגי פתוח לציבור. עד מוצאי שבת חתמו עליה יותר מ-4,000 איש.'),
    ]
    fmt = {
        'p': lambda it: '<p class="t-bt" data-test="articleBodyParagraph">%s</p>' % it[1],
        'h2': lambda it: '<h2 class="t-h4 c-ab__h" data-test="articleSubheading">%s</h2>' % it[1],
        'q': lambda it: '<blockquote class="c-bq" data-test="blockquote"><p class="c-bq__p">%s</p></blockquote>' % it[1],
        'x': lambda it: it[1],
    }
    body = render(items, fmt)
    return f'''<!DOCTYPE html>
<html lang="he" dir="rtl" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>בחפירה לצד כביש 77 נחשף פסיפס ביזנטי נדיר - ארכיאולוגיה - היומון</title>
<meta name="description" content="הפסיפס, המעוטר בציורי ציפורים ודגים ובכתובת יוונית, היה חלק מכנסייה כפרית מהמאה השישית">
<meta property="og:title" content="{title}">
<meta property="og:description" content="הפסיפס, המעוטר בציורי ציפורים ודגים ובכתובת יוונית, היה חלק מכנסייה כפרית מהמאה השישית">
<meta property="og:image" content="https://img.hayomon.co.il/img/1.12344/mosaic-wide.jpg">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="היומון">
<meta property="article:section" content="ארכיאולוגיה">
<meta property="article:published_time" content="2026-12-06T06:00:00+02:00">
<link rel="canonical" href="{url}">
<link rel="preload" as="font" href="/fonts/hayomon-serif.woff2" crossorigin>
<link rel="stylesheet" href="/_next/static/css/7d1c0e4f2b.css">
</head>
<body>
<div id="__next">
<div class="c-cm" data-test="consentBanner" role="dialog"><p class="c-cm__t">אנו משתמשים בקובצי Cookie כדי לשפר את חוויית הקריאה, לנתח תנועה ולהציג פרסומות מותאמות.</p><div class="c-cm__b"><button class="btn btn--p">אני מסכים/ה</button><button class="btn btn--s">הגדרות</button></div></div>
<header class="c-mh" data-test="masthead">
  <div class="c-mh__r1"><a class="c-mh__logo" href="/" aria-label="היומון"><svg viewBox="0 0 160 40" aria-hidden="true"><use href="#logo"></use></svg></a>
    <div class="c-mh__dt">יום ראשון, ו' בכסלו תשפ"ז</div>
    <a class="btn btn--sub" href="/promotions-page">לרכישת מינוי</a> <a class="c-mh__login" href="/login">כניסה</a></div>
  <nav class="c-nv" data-test="navigation" aria-label="ניווט ראשי"><ul class="c-nv__l">
    <li><a class="c-nv__a" href="/news">חדשות</a></li><li><a class="c-nv__a" href="/politics">פוליטיקה</a></li><li><a class="c-nv__a" href="/opinions">דעות</a></li><li><a class="c-nv__a" href="/world">בעולם</a></li><li><a class="c-nv__a" href="/economy">כלכלה</a></li><li><a class="c-nv__a" href="/culture">תרבות</a></li><li><a class="c-nv__a c-nv__a--on" href="/archaeology">ארכיאולוגיה</a></li><li><a class="c-nv__a" href="/sport">ספורט</a></li><li><a class="c-nv__a" href="/weekend">סוף שבוע</a></li>
  </ul></nav>
  <div class="c-tk" data-test="newsFlash"><span class="c-tk__lbl">מבזקים</span><ol class="c-tk__l">
    <li><time>08:41</time> <a href="/news/f/1">ראש הממשלה ייפגש היום עם שר האוצר לדיון על התקציב</a></li>
    <li><time>08:15</time> <a href="/news/f/2">תאונה בכביש 6: עומסי תנועה כבדים באזור מחלף עירון</a></li>
  </ol></div>
</header>
<div class="c-ad c-ad--top" data-test="adSlot"><span class="c-ad__lbl">פרסומת</span><div id="hyn.top"></div></div>
<main class="l-main" id="main">
<article class="c-ar" data-test="article">
  <nav class="c-bc" data-test="breadcrumbs"><ol class="c-bc__l"><li><a href="/">היומון</a></li><li><a href="/archaeology">ארכיאולוגיה</a></li></ol></nav>
  <header class="c-ah" data-test="articleHeader">
    <span class="c-ah__kk" data-test="kicker">ממצא מרגש</span>
    <h1 class="t-h1 c-ah__h" data-test="articleHeadline">{title}</h1>
    <p class="t-sub c-ah__s" data-test="articleSubtitle">הפסיפס, המעוטר בציורי ציפורים ודגים, היה חלק מכנסייה כפרית מהמאה השישית. רשות העתיקות: "אחד השמורים ביותר שנמצאו באזור"</p>
    <div class="c-ah__m"><address class="c-by" data-test="byline"><a rel="author" href="/ty-writer/0000017f-da4e">ניר חסון</a></address><time class="c-ah__t" datetime="2026-12-06T06:00:00+02:00">6 בדצמבר 2026</time> <span class="c-ah__rt">זמן קריאה: 3 דק'</span></div>
    <div class="c-sh" data-test="shareBar"><a class="c-sh__b c-sh__b--fb" href="https://www.facebook.com/sharer/sharer.php?u={url}" aria-label="שיתוף בפייסבוק"></a><a class="c-sh__b c-sh__b--wa" href="https://wa.me/?text={url}" aria-label="שיתוף בוואטסאפ"></a><a class="c-sh__b c-sh__b--x" href="https://twitter.com/intent/tweet?url={url}" aria-label="שיתוף ב-X"></a><button class="c-sh__b c-sh__b--gift">שליחת כתבה במתנה</button><span class="c-sh__cnt">שיתופים: 587</span><a class="c-sh__cm" href="#comments">תגובות: 2</a></div>
  </header>
  <figure class="c-img c-img--main" data-test="articleMainImage"><picture><img class="c-img__i" src="https://img.hayomon.co.il/img/1.12344/mosaic-wide.jpg" alt="רצפת הפסיפס"></picture><figcaption class="c-img__cap" data-test="imageCaption">רצפת הפסיפס לאחר חשיפתה. הצבעים כמעט לא דהו<span class="c-img__cr" data-test="imageCredit">צילום: יולי שוורץ, רשות העתיקות</span></figcaption></figure>
  <section class="c-ab" data-test="articleBody">
{body}
  </section>
  <div class="c-ad c-ad--inr" data-test="adSlot"><span class="c-ad__lbl">פרסומת</span><div id="hyn.inread"></div></div>
  <div class="c-tg" data-test="tags"><span class="c-tg__lbl">תגיות:</span><ul class="c-tg__l"><li><a href="/ty-tag/archaeology">ארכיאולוגיה</a></li><li><a href="/ty-tag/galilee">גליל</a></li><li><a href="/ty-tag/antiquities">רשות העתיקות</a></li></ul></div>
  <div class="c-nl" data-test="newsletterSignup"><h3 class="c-nl__h">ניוזלטר ארכיאולוגיה</h3><p class="c-nl__p">פעם בשבוע: התגליות, המחקרים והסיפורים שמאחורי הממצאים</p><form class="c-nl__f"><input type="email" class="c-nl__i" placeholder="כתובת דוא&quot;ל"><button class="btn btn--p" type="submit">להרשמה</button></form></div>
  <section class="c-cmt" id="comments" data-test="comments"><h3 class="c-cmt__h">תגובות</h3>
    <div class="c-cmt__i"><div class="c-cmt__au">יעל מכרמיאל</div><div class="c-cmt__dt">06.12.2026 09:12</div><div class="c-cmt__tx">מקווה מאוד שישאירו את הפסיפס במקומו. יש מספיק מוזיאונים, חסרים אתרים פתוחים בגליל.</div></div>
    <div class="c-cmt__i"><div class="c-cmt__au">ארכיאולוג חובב</div><div class="c-cmt__dt">06.12.2026 10:40</div><div class="c-cmt__tx">מעניין אם הכתובת מזכירה גם את שם הכפר. זה היה עוזר לזהות את האתר.</div></div>
    <button class="btn btn--s c-cmt__add">הוספת תגובה</button>
  </section>
</article>
<aside class="l-side" data-test="sidebar">
  <section class="c-mr" data-test="mostRead"><h3 class="c-mr__h">הכי נקראות</h3><ol class="c-mr__l">
    <li><a href="/news/mr1">הבחירות המקומיות: מי מוביל בסקרים בערים הגדולות</a></li>
    <li><a href="/economy/mr2">ריבית בנק ישראל: ההחלטה הבאה והשפעתה על המשכנתאות</a></li>
    <li><a href="/culture/mr3">הסדרה הישראלית שכובשת את העולם</a></li>
  </ol></section>
  <section class="c-more" data-test="moreArticles"><h3 class="c-more__h">כתבות נוספות</h3><ul>
    <li><a href="/archaeology/m1">מגילה בת 2,000 שנה פוענחה בעזרת בינה מלאכותית</a></li>
    <li><a href="/archaeology/m2">בית מרחץ רומי נחשף מתחת לשוק בעכו</a></li>
  </ul></section>
  <div class="c-ad c-ad--side" data-test="adSlot"><span class="c-ad__lbl">פרסומת</span><div id="hyn.side"></div></div>
</aside>
</main>
<footer class="c-ft" data-test="footer"><ul class="c-ft__l"><li><a href="/about">אודות</a></li><li><a href="/contact">צרו קשר</a></li><li><a href="/terms">תקנון</a></li><li><a href="/privacy">מדיניות פרטיות</a></li><li><a href="/accessibility">נגישות</a></li></ul><p class="c-ft__c">© כל הזכויות שמורות להוצאת היומון בע"מ</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"articleId":"00000193-a1b2-d4f1-a7ff-e7f3c2b10000","section":"archaeology"}}}},"page":"/article","buildId":"kQ7x2"}}</script>
</body>
</html>
''', items


# ---------------------------------------------------------------------------
# build + checks
# ---------------------------------------------------------------------------
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',
        'param', 'source', 'track', 'wbr'}
OPTIONAL_END = {'p', 'li', 'td', 'tr', 'option', 'dt', 'dd', 'thead', 'tbody'}


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.text, self.skip = [], [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag in ('script', 'style'):
            self.skip += 1

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag not in self.stack:
            self.errors.append('stray </%s>' % tag)
            return
        while self.stack:
            t = self.stack.pop()
            if t in ('script', 'style'):
                self.skip -= 1
            if t == tag:
                break
            if t not in OPTIONAL_END:
                self.errors.append('unclosed <%s> before </%s>' % (t, tag))

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


def main():
    gt = {}
    ok = True
    for name, fn in PAGES.items():
        doc, items = fn()
        fname = name + '.html'
        with open(os.path.join(OUT, fname), 'w', encoding='utf-8') as f:
            f.write(doc)
        body = truth(items)
        gt[name] = {"articleBody": body}
        c = Checker()
        c.feed(doc)
        c.close()
        text = re.sub(r'\s+', ' ', ''.join(c.text))
        missing = [ln for ln in body.split('\n') if ln not in text]
        if c.stack or c.errors or missing:
            ok = False
        nparas = sum(1 for it in items if it[0] == 'p')
        print('%-22s %6d bytes  %2d paras  %2d truth-lines  %5d chars  unclosed=%s errors=%d missing=%d'
              % (fname, len(doc.encode()), nparas, body.count('\n') + 1, len(body),
                 c.stack, len(c.errors), len(missing)))
        for e in c.errors[:5]:
            print('   ', e)
        for m in missing[:3]:
            print('   MISSING:', m[:80])
    with open(os.path.join(OUT, 'ground-truth.json'), 'w', encoding='utf-8') as f:
        json.dump(gt, f, ensure_ascii=False, indent=2)
    print('OK' if ok else 'PROBLEMS')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
