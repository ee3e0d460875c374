//! Build-time probes for the tests.
//!
//! The binary stays a position-independent executable, as the toolchain links it. Linking it at
//! a fixed address (`cargo::rustc-link-arg-bins=-no-pie`) was measured: it spares the dynamic
//! loader 36,000 relative relocations, about 0.4 ms of every start (BENCHMARKS.md, issue 18),
//! but it also puts the code that parses hostile web pages at an address an attacker knows. That
//! hardening is worth more than 0.4 ms, so it is not done.
//!
//! The probes, for the tests only: which outside tools and files the tests compare hamish
//! with or drive it in (xmllint, Python and its jsonschema package, pandoc, GNU FriBidi,
//! newsboat, tmux, Unicode's data files, the XKB layouts) are missing on this machine. Each missing one sets a
//! `missing_*` cfg, and the tests that need it are then reported by `cargo test` as ignored,
//! with the package to install, instead of passing without checking. Under `CI` (set by
//! `.ci/run`, which installs them) nothing is marked missing: those tests run and fail if a tool
//! is absent. The probe runs again when this file or `CI` changes, not on every build (`touch
//! build.rs` after installing a tool). Knows nothing of hamish itself; the program does not use
//! these cfgs.

use std::path::Path;
use std::process::{Command, Stdio};

/// (cfg set when missing, program, arguments that must succeed).
const TOOLS: [(&str, &str, &[&str]); 7] = [
    ("missing_xmllint", "xmllint", &["--version"]),
    ("missing_python3", "python3", &["--version"]),
    (
        "missing_jsonschema",
        "python3",
        &["-c", "import jsonschema"],
    ),
    ("missing_pandoc", "pandoc", &["--version"]),
    ("missing_fribidi", "fribidi", &["--version"]),
    ("missing_newsboat", "newsboat", &["--version"]),
    ("missing_tmux", "tmux", &["-V"]),
];

/// The XKB symbol files and X11's keysym names the keyboard-layout test reads
/// (`apt-get install xkb-data x11proto-dev`).
const XKB_FILES: [&str; 2] = [
    "/usr/share/X11/xkb/symbols/ara",
    "/usr/include/X11/keysymdef.h",
];

/// Unicode's data files (`apt-get install unicode-data`) the text tests read, unless
/// `HAMISH_UNICODE_DIR` names another folder holding them.
const UNICODE_FILES: [&str; 3] = [
    "/usr/share/unicode/BidiCharacterTest.txt",
    "/usr/share/unicode/ArabicShaping.txt",
    "/usr/share/unicode/UnicodeData.txt",
];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=CI");
    println!("cargo::rerun-if-env-changed=HAMISH_UNICODE_DIR");
    let mut names: Vec<&str> = TOOLS.iter().map(|t| t.0).collect();
    names.extend(["missing_unicode_data", "missing_xkb"]);
    println!("cargo::rustc-check-cfg=cfg({})", names.join(", "));
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "0");
    if ci {
        return;
    }
    for (cfg, program, args) in TOOLS {
        if !runs(program, args) {
            println!("cargo::rustc-cfg={cfg}");
        }
    }
    let elsewhere = std::env::var_os("HAMISH_UNICODE_DIR").is_some();
    if !elsewhere && !UNICODE_FILES.iter().all(|f| Path::new(f).is_file()) {
        println!("cargo::rustc-cfg=missing_unicode_data");
    }
    if !XKB_FILES.iter().all(|f| Path::new(f).is_file()) {
        println!("cargo::rustc-cfg=missing_xkb");
    }
}

/// Whether `program args` runs and succeeds.
fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}
