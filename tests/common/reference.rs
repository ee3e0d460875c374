//! Finding the reference tools and data some tests compare hamish with (GNU FriBidi, Unicode's
//! files, newsboat). A test that needs one is marked `#[cfg_attr(missing_..., ignore = ...)]`:
//! `build.rs` sets that cfg when it is missing (except under `CI`), so `cargo test` reports the
//! test as ignored, never as passed. Knows nothing of what is compared.

use std::path::{Path, PathBuf};

/// `path`, which the test needs: a failure naming the package if it is missing (the build found
/// it, or `CI` is set).
pub fn reference_file(path: &str, package: &str) -> PathBuf {
    let p = Path::new(path);
    assert!(
        p.exists(),
        "{}",
        missing(&format!("{path} (apt-get install -y {package})"))
    );
    p.to_path_buf()
}

/// The command's name, which the test needs, with the same rule as [`reference_file`].
pub fn reference_tool(cmd: &str, package: &str) -> String {
    let ok = std::process::Command::new("sh")
        .args(["-c", &format!("command -v {cmd}")])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "{}",
        missing(&format!("{cmd} (apt-get install -y {package})"))
    );
    cmd.to_string()
}

/// What to say when `what` is missing.
pub fn missing(what: &str) -> String {
    if std::env::var_os("CI").is_some() {
        format!("missing in CI: {what}; .ci/run must install it")
    } else {
        format!("missing: {what} (or `touch build.rs`, and this test is ignored)")
    }
}
