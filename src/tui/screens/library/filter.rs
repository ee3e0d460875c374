//! The library's filter: words starting with `#` are tags (an article shows when it has an
//! annotation with a tag starting so, for each of them), the rest is text looked for in the
//! title, source and file name, else in the article itself; both folded like search (harakat,
//! letter forms, Persian and Urdu letters, digits and case do not matter).
//!
//! An article's text is read (and kept folded) the first time a filter needs it. Data only:
//! knows nothing about keys, terminals or drawing.

use crate::regular_file::{self, ARTICLE};
use crate::text::normalize::fold;
use crate::tui::screens::library::entry::Entry;

/// A parsed filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// The text to find (folded, trimmed; "" for none).
    pub text: String,
    /// The tags asked for (folded like search, without `#`).
    pub tags: Vec<String>,
}

impl Filter {
    /// Parses what was typed: `#tag` words are tags, the rest (in order) the text.
    pub fn parse(typed: &str) -> Filter {
        let mut words = Vec::new();
        let mut tags = Vec::new();
        for word in typed.split_whitespace() {
            match word.strip_prefix('#') {
                Some(tag) if !tag.is_empty() => tags.push(fold(tag).text),
                Some(_) => {}
                None => words.push(word),
            }
        }
        Filter {
            text: fold(&words.join(" ")).text.trim().to_string(),
            tags,
        }
    }

    /// Whether `entry` shows: every tag asked for, and the text in its title, source or name,
    /// else in its text (read now if it has not been).
    pub fn matches(&self, entry: &mut Entry) -> bool {
        let tagged = self
            .tags
            .iter()
            .all(|want| (entry.tags.iter()).any(|t| fold(t).text.starts_with(want.as_str())));
        if !tagged {
            return false;
        }
        if self.text.is_empty() || entry.folded.contains(&self.text) {
            return true;
        }
        if entry.error.is_some() {
            return false;
        }
        content(entry).contains(&self.text)
    }
}

/// The entry's text folded like search, read once (an unreadable file: nothing).
fn content(entry: &mut Entry) -> &str {
    entry.content.get_or_insert_with(|| {
        regular_file::read(&entry.path, ARTICLE)
            .map(|bytes| fold(&String::from_utf8_lossy(&bytes)).text)
            .unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_text_are_parsed_apart() {
        let f = Filter::parse("  #Energy الطاقة #  شمسية ");
        assert_eq!(f.tags, ["energy"]);
        assert_eq!(Filter::parse("#كتاب").tags, Filter::parse("#کتاب").tags);
        assert_eq!(f.text, fold("الطاقة شمسية").text);
        assert_eq!(Filter::parse(""), Filter::default());
    }

    #[test]
    fn text_inside_the_article_and_tags_let_an_entry_through() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "عنوان\nفي النّصّ كلمةٌ مخفيّة\n").unwrap();
        let mut entry = Entry::read(&path);
        assert!(Filter::parse("مخفية").matches(&mut entry));
        assert!(Filter::parse("عنوان").matches(&mut entry));
        assert!(!Filter::parse("غائبة").matches(&mut entry));
        assert!(!Filter::parse("#طاقة").matches(&mut entry));
        entry.tags = vec!["طاقة".into(), "quote".into()];
        assert!(Filter::parse("#طاقة").matches(&mut entry));
        assert!(Filter::parse("#طا مخفية").matches(&mut entry));
        assert!(Filter::parse("#QUOTE #طاقة").matches(&mut entry));
        assert!(!Filter::parse("#quote #other").matches(&mut entry));
        assert!(!Filter::parse("#طاقة غائبة").matches(&mut entry));
    }

    #[test]
    fn persian_and_urdu_letters_and_digits_are_found_in_arabic_and_ascii() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        let text = "سفر وزیر به مسکو\nوزیر امور خارجه روز ۱۴ اسفند ۱۴۰۲ در مسکو گفت که حجم \
                    تجارت در سال ٢٠٢٢ به ١٤ میلیارد دلار رسید؛ لاہور میں اجلاس ہوا۔\n";
        std::fs::write(&path, text).unwrap();
        let mut entry = Entry::read(&path);
        for typed in [
            "مسكو",
            "14 اسفند 1402",
            "2022",
            "١٤ ميليارد",
            "لاهور",
            "وزير",
        ] {
            assert!(Filter::parse(typed).matches(&mut entry), "{typed}");
        }
        assert!(!Filter::parse("2023").matches(&mut entry));
        entry.tags = vec!["کتاب".into(), "سیاست".into()];
        assert!(Filter::parse("#كتاب #سياس").matches(&mut entry));
    }
}
