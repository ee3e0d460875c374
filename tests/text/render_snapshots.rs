//! Snapshots of every seed laid out at widths 40 and 80, as `hamish render` prints them: a change
//! to wrapping, reordering or shaping shows up here as a reviewable diff.

use crate::common::seeds::seeds;

use hamish::render::render_article;
use hamish::text::{Article, LayoutOptions};

#[test]
fn seeds_at_40_and_80_columns() {
    for seed in seeds() {
        let article = Article::load(&seed).unwrap();
        let stem = seed.file_stem().unwrap().to_str().unwrap()[..3].to_string();
        for width in [40, 80] {
            let options = LayoutOptions {
                width,
                ..LayoutOptions::default()
            };
            let mut out = Vec::new();
            render_article(&article, &options, false, &mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            // Mark the right margin so alignment is visible in the snapshot.
            let framed: String = text.lines().map(|l| format!("{l}|\n")).collect();
            insta::assert_snapshot!(format!("seed_{stem}_width_{width}"), framed);
        }
    }
}
