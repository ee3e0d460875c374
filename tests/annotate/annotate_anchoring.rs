//! Re-anchoring annotations on edited copies of the seed articles: each test annotates a passage,
//! edits the article the way articles get edited, and checks where the annotation lands.

use crate::common::annotations::*;
use hamish::annotate::anchor::{anchor_all, AnchorState, AnchorText, Resolution};
use hamish::annotate::model::Annotation;

fn anchor_one(text: &str, a: &Annotation) -> Resolution {
    anchor_all(&AnchorText::new(text), false, &[a]).remove(0)
}

/// The range the annotation now covers, for anchored or moved ones.
fn landed(r: &Resolution, a: &Annotation) -> std::ops::Range<usize> {
    match &r.state {
        AnchorState::Anchored | AnchorState::Moved { .. } => r
            .update
            .as_ref()
            .map_or(a.range(), |(range, _)| range.clone()),
        other => panic!("not anchored: {other:?}"),
    }
}

const QUOTE: &str = "نعم، نتعاون أيضاً على مسار التعاون الفني العسكري";

#[test]
fn unchanged_article_anchors_in_place_with_or_without_checksum() {
    let text = seed("000");
    let a = annotate(&text, QUOTE, 0);
    for verified in [true, false] {
        let r = anchor_all(&AnchorText::new(&text), verified, &[&a]).remove(0);
        assert_eq!(r.state, AnchorState::Anchored);
        assert_eq!(r.update, None);
    }
}

#[test]
fn paragraphs_inserted_before_the_passage_move_it() {
    let text = seed("000");
    let a = annotate(&text, QUOTE, 0);
    let inserted = "فقرة جديدة أضيفت إلى المقال بعد نشره.\n\nوفقرة ثانية كذلك.\n\n";
    let edited = insert_before(&text, "وقال بوتين: «نحن", 0, inserted);
    let r = anchor_one(&edited, &a);
    assert!(matches!(r.state, AnchorState::Moved { .. }), "{r:?}");
    let range = landed(&r, &a);
    assert_eq!(range.start, a.start + inserted.chars().count());
    assert_eq!(chars(&edited, range), QUOTE);
    assert_eq!(r.update.unwrap().1.exact, QUOTE);
}

#[test]
fn sentences_deleted_around_the_passage() {
    let text = seed("000");
    let a = annotate(&text, QUOTE, 0);
    // The sentence right before the quote, and one in an earlier paragraph.
    let edited = replace_once(&text, "«نحن لا ننشئ أي تحالف عسكري مع الصين. ", "«");
    let edited = replace_once(&edited, " وأضاف بوتين، عندما سئل ما إذا كان التعاون بين موسكو وبكين يشكل تهديداً للغرب: «هذا غير صحيح على الإطلاق».", "");
    let r = anchor_one(&edited, &a);
    assert!(matches!(r.state, AnchorState::Moved { .. }), "{r:?}");
    assert_eq!(chars(&edited, landed(&r, &a)), QUOTE);
}

#[test]
fn a_word_changed_inside_the_quote() {
    let text = seed("000");
    let a = annotate(&text, QUOTE, 0);
    let edited = replace_once(&text, "مسار التعاون الفني", "مسار التنسيق الفني");
    let r = anchor_one(&edited, &a);
    // A changed wording is never taken silently (issue 10): it needs review, at the new words.
    let range = reviewed(&r);
    assert_eq!(
        chars(&edited, range),
        "نعم، نتعاون أيضاً على مسار التنسيق الفني العسكري"
    );
}

/// The candidate of an annotation that needs review, with its stored quote left alone.
fn reviewed(r: &Resolution) -> std::ops::Range<usize> {
    match &r.state {
        AnchorState::NeedsReview { candidate, .. } => {
            assert_eq!(r.update, None, "the stored quote is kept");
            candidate.clone()
        }
        other => panic!("not under review: {other:?}"),
    }
}

#[test]
fn a_hand_written_annotation_at_its_offsets_is_anchored() {
    // Only start, end and exact, as the README allows: no context, no checksum.
    let text = seed("000");
    let phrase = "لكنه يتسم بالشفافية";
    let mut a = annotate(&text, phrase, 0);
    (a.prefix, a.suffix) = (String::new(), String::new());
    for verified in [false, true] {
        let r = anchor_all(&AnchorText::new(&text), verified, &[&a]).remove(0);
        assert_eq!(r.state, AnchorState::Anchored, "verified: {verified}");
        assert_eq!(r.update, None, "nothing to rewrite");
    }
    // A garbled context on a quote found only there: anchored, the context refreshed.
    a.prefix = "xxxx".into();
    a.suffix = "yyyy".into();
    let r = anchor_one(&text, &a);
    assert_eq!(r.state, AnchorState::Anchored);
    let (range, quote) = r.update.expect("context refreshed");
    assert_eq!((range, quote.exact.as_str()), (a.range(), phrase));
}

#[test]
fn a_changed_wording_needs_review_with_both_texts() {
    let text = seed("000");
    let quote = "لكنه يتسم بالشفافية، ولا يوجد شيء سري هناك";
    let a = annotate(&text, quote, 0);
    let edited = replace_once(&text, "لكنه يتسم بالشفافية", "لكنه يتسم بشفافية");
    let r = anchor_one(&edited, &a);
    let range = reviewed(&r);
    assert_eq!(
        chars(&edited, range),
        "لكنه يتسم بشفافية، ولا يوجد شيء سري هناك"
    );
    assert_eq!(a.exact, quote);
    // The same words elsewhere are still simply moved.
    let moved = format!("سطر جديد.\n{edited}");
    let b = annotate(&edited, "ولا يوجد شيء سري هناك", 0);
    let r = anchor_one(&moved, &b);
    assert!(matches!(r.state, AnchorState::Moved { .. }), "{r:?}");
}

#[test]
fn a_duplicated_quote_is_told_apart_by_its_context() {
    // "ليس تحالفاً عسكرياً" occurs twice in the seed; annotate the second one.
    let text = seed("000");
    let phrase = "ليس تحالفاً عسكرياً";
    let a = annotate(&text, phrase, 1);
    // Paragraphs inserted at the top, and a third copy inserted near the old offset.
    let edited = format!("مقدمة مضافة.\n\n{text}");
    let edited = insert_before(
        &edited,
        "من ناحية أخرى",
        0,
        "وقيل أيضاً إنه ليس تحالفاً عسكرياً بالمعنى التقليدي.\n\n",
    );
    let r = anchor_one(&edited, &a);
    assert_eq!(landed(&r, &a), find(&edited, phrase, 1), "{r:?}");

    // Hypothesis h#2798: the annotated copy is edited slightly in place while an exact copy of
    // the quote exists elsewhere; the edited one in its own context must win.
    let b = annotate(&text, "لكنه يتسم بالشفافية، ولا يوجد شيء سري هناك", 0);
    let edited = replace_once(&text, "ولا يوجد شيء سري هناك", "ولا يوجد أي شيء سري هنا");
    let edited =
        format!("{edited}\nونقلت الوكالة قوله: لكنه يتسم بالشفافية، ولا يوجد شيء سري هناك.\n");
    let r = anchor_one(&edited, &b);
    let range = reviewed(&r);
    assert_eq!(
        chars(&edited, range.clone()),
        "لكنه يتسم بالشفافية، ولا يوجد أي شيء سري هنا"
    );
    assert!(range.start < text.chars().count() / 2, "{range:?}");
}

#[test]
fn harakat_added_or_removed_need_review_at_the_voweled_place() {
    // A change of harakat can change a word: found, but the cited quote is not rewritten
    // silently (issue 15: it used to be).
    let text = seed("000");
    let a = annotate(&text, QUOTE, 0);
    let voweled = add_harakat(&text);
    let r = anchor_one(&voweled, &a);
    let range = reviewed(&r);
    assert_eq!(
        strip_harakat(&chars(&voweled, range.clone())),
        strip_harakat(QUOTE)
    );
    assert!(chars(&voweled, range).contains('\u{064e}'));

    // The other way: the annotation was made on the voweled text.
    let b = annotate(&voweled, &add_harakat_phrase(&voweled, QUOTE), 0);
    let plain = strip_harakat(&voweled);
    let r = anchor_one(&plain, &b);
    assert_eq!(chars(&plain, reviewed(&r)), strip_harakat(QUOTE));
}

/// The voweled form of `phrase` as it appears in `voweled`.
fn add_harakat_phrase(voweled: &str, phrase: &str) -> String {
    let plain = strip_harakat(phrase);
    let n = plain.chars().count();
    let starts: Vec<(usize, char)> = voweled.char_indices().collect();
    for (i, &(b, _)) in starts.iter().enumerate() {
        let mut taken = 0;
        let mut end = b;
        for &(eb, c) in &starts[i..] {
            if taken == n {
                break;
            }
            if ('\u{064b}'..='\u{0652}').contains(&c) {
                end = eb + c.len_utf8();
                continue;
            }
            if plain.chars().nth(taken) != Some(c) {
                break;
            }
            taken += 1;
            end = eb + c.len_utf8();
        }
        if taken == n {
            return voweled[b..end].to_owned();
        }
    }
    panic!("phrase not found")
}

#[test]
fn the_article_replaced_entirely_orphans_everything_and_drops_nothing() {
    let text = seed("000");
    // Distinctive passages must be orphaned; a name that the other articles also use may at most
    // be offered for review ("الرئيس الروسي فلاديمير بوتين" is in several of them), never placed.
    let distinctive = [
        QUOTE,
        "ليس تحالفاً عسكرياً",
        "التحالف العسكري لقوى المحور خلال الحرب العالمية الثانية",
        "هم الذين يقولون إن الغرب بدأ في بناء محور جديد",
    ];
    let common = ["بوتين", "الولايات المتحدة"];
    let annotations: Vec<Annotation> = distinctive
        .iter()
        .chain(&common)
        .map(|p| annotate(&text, p, 0))
        .collect();
    let refs: Vec<&Annotation> = annotations.iter().collect();
    for other in ["001", "002", "003", "004"] {
        let replaced = seed(other);
        let results = anchor_all(&AnchorText::new(&replaced), false, &refs);
        assert_eq!(results.len(), annotations.len());
        for (r, a) in results.iter().zip(&annotations) {
            assert_eq!(r.update, None, "{} in seed {other}", a.exact);
            if distinctive.contains(&a.exact.as_str()) {
                assert_eq!(
                    r.state,
                    AnchorState::Orphaned,
                    "{} in seed {other}",
                    a.exact
                );
            } else {
                assert!(
                    matches!(
                        r.state,
                        AnchorState::Orphaned | AnchorState::NeedsReview { .. }
                    ),
                    "{} in seed {other}: {:?}",
                    a.exact,
                    r.state
                );
            }
        }
    }
}

#[test]
fn a_short_quote_does_not_jump_to_another_occurrence() {
    // h#2634: "بوتين" occurs 22 times. Delete the paragraph holding the annotated one.
    let text = seed("000");
    let at = find(&text, "بوتين: «نحن", 0).start;
    let a = annotation_at(&text, at..at + "بوتين".chars().count());
    assert_eq!(a.exact, "بوتين");
    let paragraph = text.lines().find(|l| l.contains("«نحن لا ننشئ")).unwrap();
    let edited = replace_once(&text, paragraph, "");
    let r = anchor_one(&edited, &a);
    assert!(
        matches!(
            r.state,
            AnchorState::Orphaned | AnchorState::NeedsReview { .. }
        ),
        "{r:?}"
    );
}

#[test]
fn a_poor_match_needs_review_and_leaves_the_stored_offsets_alone() {
    // A mid-length quote whose whole context was rewritten.
    let text = seed("000");
    let phrase = "الناتو العالمي";
    let a = annotate(&text, phrase, 0);
    let sentence = text
        .split(". ")
        .find(|s| s.contains(phrase))
        .unwrap()
        .to_owned();
    let edited = replace_once(&text, &sentence, "ثم تحدث عن «الناتو العالمي» فقط");
    let r = anchor_one(&edited, &a);
    match r.state {
        AnchorState::NeedsReview {
            candidate,
            confidence,
        } => {
            assert_eq!(chars(&edited, candidate), phrase);
            assert!(confidence < 0.75, "{confidence}");
            assert_eq!(r.update, None);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_hand_edited_offset_is_corrected_even_when_the_checksum_matches() {
    let text = seed("002");
    let mut a = annotate(&text, "التعاون الإستراتيجي", 0);
    a.start += 7;
    a.end += 7;
    let r = anchor_all(&AnchorText::new(&text), true, &[&a]).remove(0);
    assert!(matches!(r.state, AnchorState::Moved { .. }), "{r:?}");
    assert_eq!(landed(&r, &a), find(&text, "التعاون الإستراتيجي", 0));
}

#[test]
fn every_sentence_of_every_seed_follows_an_insertion_at_the_top() {
    for text in seed_texts() {
        let annotations: Vec<Annotation> = sentence_ranges(&text)
            .into_iter()
            .map(|r| annotation_at(&text, r))
            .collect();
        let refs: Vec<&Annotation> = annotations.iter().collect();
        let insert = "سطر مضاف في أعلى المقال.\n";
        let edited = format!("{insert}{text}");
        let shift = insert.chars().count();
        let results = anchor_all(&AnchorText::new(&edited), false, &refs);
        for (r, a) in results.iter().zip(&annotations) {
            let range = landed(r, a);
            assert_eq!(range, a.start + shift..a.end + shift, "{:?}", a.exact);
        }
    }
}

/// Char ranges of the sentences (split at ". " and line ends) of `text`, at least 3 chars long.
fn sentence_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..=chars.len() {
        let stop = i == chars.len()
            || chars[i] == '\n'
            || (chars[i] == '.' && chars.get(i + 1) == Some(&' '));
        if stop {
            let s: String = chars[start..i].iter().collect();
            let lead = s.chars().take_while(|c| c.is_whitespace()).count();
            if s.trim().chars().count() >= 3 {
                out.push(start + lead..start + lead + s.trim().chars().count());
            }
            start = i + 1;
        }
    }
    out
}

#[test]
fn a_hand_moved_annotation_gets_its_context_refreshed() {
    // Someone changed start, end and exact together by hand: the checksum still matches and the
    // text is there, but prefix and suffix describe the old place.
    let text = seed("000");
    let mut a = annotate(&text, PHRASE_ELSEWHERE, 0);
    let moved_to = find(&text, "ليس تحالفاً عسكرياً", 1);
    a.start = moved_to.start;
    a.end = moved_to.end;
    a.exact = chars(&text, moved_to.clone());
    let r = anchor_all(&AnchorText::new(&text), true, &[&a]).remove(0);
    assert_eq!(r.state, AnchorState::Anchored);
    let (range, quote) = r.update.expect("context refreshed");
    assert_eq!(range, moved_to);
    assert!(text.contains(&format!("{}{}{}", quote.prefix, quote.exact, quote.suffix)));
    assert_ne!(quote.prefix, a.prefix);
}

const PHRASE_ELSEWHERE: &str = "الناتو العالمي";
