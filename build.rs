//! The build script: how the programs link the unwinder, and which tools the tests need.
//!
//! The binaries stay position-independent executables, as the toolchain links them. Linking
//! them at a fixed address (`cargo::rustc-link-arg-bins=-no-pie`) was measured: it spares the
//! dynamic loader its relative relocations at every start, but it also puts the code at an
//! address an attacker knows. That hardening is worth more than the time, so it is not done;
//! the reader's binary is kept small instead (the news commands run in `hamish-news`).
//!
//! The unwinder (`_Unwind_*`, which panics and backtraces use) is linked in statically from
//! GCC's `libgcc_eh.a`, as `gcc -static-libgcc` does for C++ programs, instead of loading
//! `libgcc_s.so.1` at every start: that library's constructor asks the CPU what it supports
//! (`cpuid`, which traps out of a virtual machine), and one more library is mapped and
//! resolved. It was 0.15-0.2 ms of the reader's first frame on the 2-core VM (BENCHMARKS.md,
//! issue 18). Rust's standard library names the library `gcc_s` itself, so the build puts a
//! copy of `libgcc_eh.a` named `libgcc_s.a` first on the linker's path. Only for a native
//! Linux/glibc build whose C compiler has a `libgcc_eh.a` that a PIE links with (probed);
//! anywhere else nothing changes.
//! GCC's runtime library exception allows linking it into any program.
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
    link_the_unwinder_statically();
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

/// Puts `libgcc_eh.a`, named `libgcc_s.a`, first on the linker's path (see the top of the file),
/// when a position-independent C program links against it here (an archive built without
/// `-fPIC`, as on distributions without default PIE, cannot go into a PIE).
fn link_the_unwinder_statically() {
    let var = |k: &str| std::env::var(k).unwrap_or_default();
    let native_gnu_linux = var("CARGO_CFG_TARGET_OS") == "linux"
        && var("CARGO_CFG_TARGET_ENV") == "gnu"
        && var("TARGET") == var("HOST");
    let Some(out) = std::env::var_os("OUT_DIR").filter(|_| native_gnu_linux) else {
        return;
    };
    println!("cargo::rerun-if-env-changed=CC");
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let Ok(found) = Command::new(&cc)
        .arg("-print-file-name=libgcc_eh.a")
        .output()
    else {
        return;
    };
    let found = String::from_utf8_lossy(&found.stdout).trim().to_string();
    let dir = Path::new(&out).join("unwinder");
    // A compiler without it answers the bare name.
    let usable = Path::new(&found).is_absolute() && links_into_a_pie(&cc, &found, &out);
    if usable
        && std::fs::create_dir_all(&dir).is_ok()
        && std::fs::copy(&found, dir.join("libgcc_s.a")).is_ok()
    {
        println!("cargo::rustc-link-search=native={}", dir.display());
    }
}

/// Whether a position-independent C program calling the unwinder links with `archive`; the
/// program (its source on standard input) is left in `out`.
fn links_into_a_pie(cc: &str, archive: &str, out: &std::ffi::OsStr) -> bool {
    let code = b"extern int _Unwind_Backtrace(void *, void *);\n\
                 int main(void) { return _Unwind_Backtrace(0, 0); }\n";
    let Ok(mut child) = Command::new(cc)
        .args(["-fPIE", "-pie", "-o"])
        .arg(Path::new(out).join("unwinder-probe"))
        .args(["-x", "c", "-", "-x", "none", archive])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    else {
        return false;
    };
    let written = child
        .stdin
        .take()
        .is_some_and(|mut stdin| std::io::Write::write_all(&mut stdin, code).is_ok());
    child.wait().is_ok_and(|s| s.success()) && written
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
