//! Wrapping the seeds at every width from 20 to 120: no line wider than the width, and no word cut
//! unless the word alone is wider than the width. Words and break opportunities come from
//! unicode-linebreak directly, not from the engine.

use crate::common::seeds::seeds;

use hamish::text::{layout_paragraph, Article, LayoutOptions};

#[test]
fn seeds_wrap_within_width_at_break_opportunities() {
    for path in seeds() {
        let article = Article::load(&path).unwrap();
        for width in 20..=120u32 {
            let options = LayoutOptions {
                width,
                ..LayoutOptions::default()
            };
            for p in article.paragraphs() {
                check_paragraph(p.text, p.direction, &options, &path.display().to_string());
            }
        }
    }
}

fn check_paragraph(text: &str, dir: hamish::text::Direction, options: &LayoutOptions, name: &str) {
    let layout = layout_paragraph(text, dir, options);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_of = |ch: u32| chars.get(ch as usize).map_or(text.len(), |c| c.0);
    // Byte offsets where a line may start.
    let breaks: Vec<usize> = unicode_linebreak::linebreaks(text)
        .map(|(b, _)| b)
        .collect();
    for (i, line) in layout.lines().enumerate() {
        assert!(
            line.width() <= options.width,
            "{name} width {}: line {i} of {text:?} is {} wide",
            options.width,
            line.width()
        );
        if i == 0 {
            continue;
        }
        let start = byte_of(line.chars().start);
        if breaks.contains(&start) {
            continue;
        }
        // A cut inside a word: only allowed when the word is wider than the line.
        let word_start = breaks
            .iter()
            .rev()
            .find(|&&b| b < start)
            .copied()
            .unwrap_or(0);
        let word_end = breaks
            .iter()
            .find(|&&b| b > start)
            .copied()
            .unwrap_or(text.len());
        let word = text[word_start..word_end].trim_end();
        let word_width = layout_paragraph(
            word,
            dir,
            &LayoutOptions {
                width: 0,
                ..*options
            },
        )
        .line(0)
        .width();
        assert!(
            word_width > options.width,
            "{name} width {}: {word:?} ({word_width} cells) was cut at byte {start}",
            options.width
        );
    }
}

#[test]
fn long_words_are_cut_only_when_wider_than_the_line() {
    let options = LayoutOptions {
        width: 20,
        ..LayoutOptions::default()
    };
    let text = "كلمة https://example.com/a/very/long/path/that/does/not/fit كلمة";
    check_paragraph(text, hamish::text::Direction::Rtl, &options, "url");
    let layout = layout_paragraph(text, hamish::text::Direction::Rtl, &options);
    assert!(layout.line_count() >= 3);
}
