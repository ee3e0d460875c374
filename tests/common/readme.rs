//! README sections generated from the code (the key table, the command table): a test compares
//! the section between its markers with what the code generates, and with
//! `HAMISH_REGENERATE=1` rewrites it instead of failing.

use std::path::Path;

/// Checks that README.md holds `generated` between `<!-- NAME:start -->\n` and
/// `<!-- NAME:end -->`; rewrites it there when `HAMISH_REGENERATE=1`, else panics naming
/// `what` and the command that regenerates it.
pub fn check_section(name: &str, generated: &str, what: &str, regenerate: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let (start_marker, end_marker) = (
        format!("<!-- {name}:start -->\n"),
        format!("<!-- {name}:end -->"),
    );
    let start = readme
        .find(&start_marker)
        .unwrap_or_else(|| panic!("README has no {start_marker}"))
        + start_marker.len();
    let end = start
        + readme[start..]
            .find(&end_marker)
            .unwrap_or_else(|| panic!("README has no {end_marker}"));
    if readme[start..end] == *generated {
        return;
    }
    if std::env::var_os("HAMISH_REGENERATE").is_some_and(|v| v == "1") {
        let updated = format!("{}{generated}{}", &readme[..start], &readme[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    panic!(
        "README.md's {what} is out of date; run `HAMISH_REGENERATE=1 {regenerate}` to rewrite \
         it. Expected:\n{generated}"
    );
}
