//! `hamish annotate FILE --quote TEXT [--nth N | --all] [--tag T]... [--note TEXT] [--color C]`:
//! finds the quote in the article as search does (folded: harakat, tatweel, alef forms, Persian
//! and Urdu letter forms, digits, case), and annotates the match asked for through the
//! annotation store; prints the new ids, one a line. Each `--tag` is split at `,` and `،` as the
//! editor splits what is typed. Not found, found several times without `--nth`/`--all`, or
//! `--nth` past the last match: exit status 1 with a message saying which, and nothing written.

use std::ops::Range;
use std::process::ExitCode;

use super::fail;
use crate::annotate::model::split_tags;
use crate::annotate::store::Store;
use crate::cli::research::AnnotateOptions;
use crate::text::normalize::fold;
use crate::text::Article;

/// Which matches to annotate, or why none.
pub(crate) fn choose(
    matches: Vec<Range<usize>>,
    nth: Option<u32>,
    all: bool,
) -> Result<Vec<Range<usize>>, String> {
    match (matches.len(), nth) {
        (0, _) => Err("the quote was not found in the article".into()),
        (n, Some(k)) if k as usize > n => Err(format!(
            "the quote is found {n} time{}: there is no match {k}",
            if n == 1 { "" } else { "s" }
        )),
        (_, Some(k)) => Ok(vec![matches[k as usize - 1].clone()]),
        (1, None) => Ok(matches),
        (_, None) if all => Ok(matches),
        (n, None) => Err(format!(
            "the quote is found {n} times: choose one with --nth N (1 is the first in reading \
             order) or take all with --all"
        )),
    }
}

/// Runs `hamish annotate`.
pub fn run(o: &AnnotateOptions) -> ExitCode {
    match annotate(o) {
        Ok(ids) => {
            for id in ids {
                println!("{}", crate::text::sanitize::sanitize(&id));
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            fail(&message);
            ExitCode::FAILURE
        }
    }
}

fn annotate(o: &AnnotateOptions) -> Result<Vec<String>, String> {
    let name = o.file.display();
    if o.color.chars().any(char::is_control) || o.tags.iter().any(|t| t.contains(char::is_control))
    {
        return Err("tags and colour must not hold control characters".into());
    }
    let article = Article::load(&o.file).map_err(|e| format!("{name}: {e}"))?;
    if fold(&o.quote).text.trim().is_empty() {
        return Err("the quote is empty once harakat and spaces are set aside".into());
    }
    let matches = fold(article.text()).find_all(&o.quote);
    let chosen = choose(matches, o.nth, o.all).map_err(|m| format!("{name}: {m}"))?;
    let opened = Store::open(&o.file, &article).map_err(|e| format!("{e}; {}", e.hint()))?;
    let mut store = opened.store;
    // `--tag "a،b"` is two tags, as typing `a،b` in the editor is.
    let tags: Vec<String> = o.tags.iter().flat_map(|t| split_tags(t)).collect();
    let mut ids = Vec::new();
    for range in chosen {
        let applied = store
            .add(range, &tags, &o.color, &o.note)
            .map_err(|e| format!("{name}: {e}"))?;
        applied.saved.map_err(|e| not_saved(&e, ids.len()))?;
        ids.push(applied.id.to_string());
    }
    Ok(ids)
}

/// The message for a save that failed after `saved` annotations of the same run were saved:
/// the command ends here, so nothing is kept for later.
fn not_saved(e: &crate::annotate::store::SaveError, saved: usize) -> String {
    match saved {
        0 => format!("{e}; nothing was saved"),
        n => format!("{e}; {n} of the matches were saved, this one and the rest were not"),
    }
}

#[cfg(test)]
mod tests {
    use super::choose;

    #[test]
    #[allow(clippy::single_range_in_vec_init)]
    fn chooses_the_match_asked_for_or_says_why_not() {
        let m = vec![0..2, 5..7, 9..11];
        assert!(choose(vec![], None, false)
            .unwrap_err()
            .contains("not found"));
        assert!(choose(m.clone(), None, false)
            .unwrap_err()
            .contains("3 times"));
        assert_eq!(choose(m.clone(), Some(2), false).unwrap(), [5..7]);
        assert!(choose(m.clone(), Some(4), false)
            .unwrap_err()
            .contains("no match 4"));
        assert_eq!(choose(m.clone(), None, true).unwrap().len(), 3);
        assert_eq!(choose(vec![3..4], None, false).unwrap(), [3..4]);
    }
}
