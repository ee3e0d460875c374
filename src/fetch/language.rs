//! A page's language told from its letters when the page does not declare it: Hebrew, or for
//! the Arabic script the language whose own letters it uses (Uyghur, Urdu, Persian, else
//! Arabic). Only right-to-left languages are told apart; anything else is unknown. Knows
//! nothing about HTML.

/// Letters only one language of the Arabic script writes, tried in this order (Urdu writes
/// Persian's letters too, Uyghur some of both).
const OWN_LETTERS: [(&str, &[char]); 3] = [
    ("ug", &['ې', 'ۆ', 'ۇ', 'ۈ', 'ۋ', 'ە']),
    ("ur", &['ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ۓ', 'ھ']),
    ("fa", &['پ', 'چ', 'ژ', 'گ', 'ی', 'ک']),
];

/// The language `paragraphs` are written in, when their letters tell.
pub(crate) fn from_letters(paragraphs: &[String]) -> Option<&'static str> {
    let (mut arabic, mut hebrew, mut letters) = (0usize, 0usize, 0usize);
    let mut own = [0usize; OWN_LETTERS.len()];
    for c in paragraphs
        .iter()
        .flat_map(|p| p.chars())
        .filter(|c| c.is_alphabetic())
    {
        letters += 1;
        match c {
            '\u{0590}'..='\u{05ff}' => hebrew += 1,
            '\u{0600}'..='\u{06ff}' | '\u{0750}'..='\u{077f}' => {
                arabic += 1;
                for (n, (_, chars)) in OWN_LETTERS.iter().enumerate() {
                    own[n] += usize::from(chars.contains(&c));
                }
            }
            _ => {}
        }
    }
    if hebrew * 2 > letters {
        return Some("he");
    }
    if arabic * 2 <= letters {
        return None;
    }
    // One in a hundred of the letters: a few loanwords do not make a language.
    OWN_LETTERS
        .iter()
        .zip(own)
        .find(|(_, n)| n * 100 >= arabic)
        .map_or(Some("ar"), |((lang, _), _)| Some(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str) -> Option<&'static str> {
        from_letters(&[text.to_string()])
    }

    #[test]
    fn each_language_by_its_own_letters() {
        assert_eq!(
            of("نفى الرئيس الروسي وجود تحالف عسكري مع الصين"),
            Some("ar")
        );
        assert_eq!(
            of("وزیر امور خارجه ایران گفت که مذاکرات ادامه دارد"),
            Some("fa")
        );
        assert_eq!(
            of("پاکستان کے وزیر اعظم نے کہا کہ بات چیت جاری رہے گی"),
            Some("ur")
        );
        assert_eq!(of("ئۇيغۇر تىلى ۋە مەدەنىيىتى توغرىسىدا"), Some("ug"));
        assert_eq!(of("ראש הממשלה אמר כי השיחות יימשכו"), Some("he"));
        assert_eq!(of("The minister said talks would continue"), None);
    }
}
