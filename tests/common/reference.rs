//! Finding the reference tools and data some tests compare hamish with (GNU FriBidi, Unicode's
//! files): a failure under CI, else a skip with a note. Knows nothing of what is compared.

use std::path::{Path, PathBuf};

/// Returns `path` if it exists. Otherwise fails the test when running in CI (the CI script
/// installs it), or prints a note and returns `None` so a developer without it can still run the
/// rest of the suite.
pub fn reference_file(path: &str, package: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    if p.exists() {
        return Some(p.to_path_buf());
    }
    missing(&format!("{path} (apt-get install -y {package})"))
}

/// Returns the command's name if it runs, with the same CI rule as [`reference_file`].
pub fn reference_tool(cmd: &str, package: &str) -> Option<String> {
    let ok = std::process::Command::new("sh")
        .args(["-c", &format!("command -v {cmd}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return Some(cmd.to_string());
    }
    missing(&format!("{cmd} (apt-get install -y {package})"))
}

fn missing<T>(what: &str) -> Option<T> {
    if std::env::var_os("CI").is_some() {
        panic!("missing in CI: {what}; .ci/run must install it");
    }
    eprintln!("skipped: missing {what}");
    None
}
