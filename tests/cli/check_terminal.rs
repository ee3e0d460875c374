//! `hamish check-terminal`, run as a program: the three labelled samples laid out by the engine,
//! the config lines for each, and no escape sequence but the BiDi mode switches, which go only
//! to a terminal (a pipe gets none).

use std::process::Command;

use hamish::text::{layout_paragraph, BidiMode, Direction, LayoutOptions, Shaping};

const SAMPLE: &str = "قال بوتين (Putin) إن 24 «تحالفاً» ليس عسكرياً";
const EXPLICIT: &str = "\x1b[8l";
const IMPLICIT: &str = "\x1b[8h";

fn run(vars: &[(&str, &str)]) -> String {
    let config = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_hamish"));
    command
        .arg("check-terminal")
        .env("XDG_CONFIG_HOME", config.path());
    // Whatever terminal runs the tests, none is recognised unless a test says so.
    for var in hamish::tui::terminal::known::variables() {
        command.env_remove(var);
    }
    for (k, v) in vars {
        command.env(k, v);
    }
    let output = command.output().unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(output.stderr.is_empty(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

fn line(bidi: BidiMode, shaping: Shaping) -> String {
    let options = LayoutOptions {
        width: 0,
        bidi,
        shaping,
    };
    let layout = layout_paragraph(SAMPLE, Direction::Rtl, &options);
    assert_eq!(layout.line_count(), 1);
    layout.line(0).text().to_string()
}

/// The byte offset of `needle` in `haystack` at or after `from`.
fn find(haystack: &str, needle: &str, from: usize) -> usize {
    match haystack[from..].find(needle) {
        Some(i) => from + i,
        None => panic!("{needle:?} not found after byte {from} in:\n{haystack}"),
    }
}

#[test]
fn prints_three_labelled_samples_and_their_config_lines() {
    let out = run(&[]);
    let samples = [
        (
            "1: app + forms (hamish reorders and shapes)\n",
            line(BidiMode::App, Shaping::Forms),
            &["bidi = \"app\"", "shaping = \"forms\""][..],
        ),
        (
            "2: app + none (terminal shapes)\n",
            line(BidiMode::App, Shaping::None),
            &["bidi = \"app\"", "shaping = \"none\""][..],
        ),
        (
            "3: terminal (terminal reorders and shapes)\n",
            line(BidiMode::Terminal, Shaping::None),
            &["bidi = \"terminal\""][..],
        ),
    ];
    assert_eq!(samples[2].1, SAMPLE, "terminal mode sends logical order");
    assert_ne!(samples[0].1, samples[1].1);
    assert_ne!(samples[1].1, samples[2].1);
    let config_file = "/hamish/config.toml:\n";
    let mut at = 0;
    for (label, sample, config) in samples {
        at = find(&out, label, at);
        let sample_at = find(&out, &format!("\n    {sample}\n"), at);
        assert_eq!(
            sample_at,
            at + label.len() - 1,
            "the sample follows its label"
        );
        at = find(&out, config_file, sample_at);
        for config_line in config {
            let next = find(&out, &format!("\n    {config_line}\n"), at);
            assert_eq!(next, at + out[at..].find('\n').unwrap(), "{config_line}");
            at = next + 1;
        }
    }
    assert!(out.contains("picks 1 here"), "{out}");
}

/// The report as written to a terminal (the binary's stdout here is a pipe).
fn report_for_a_terminal() -> String {
    let mut out = Vec::new();
    hamish::tui::terminal::check::write_report(&mut out, None, "config.toml", true).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn a_pipe_gets_no_mode_switch_nor_any_other_escape_sequence() {
    let out = run(&[]);
    assert!(!out.contains('\x1b'), "{out:?}");
    // The same report as a terminal gets, less the switches.
    let terminal = report_for_a_terminal()
        .replace(EXPLICIT, "")
        .replace(IMPLICIT, "");
    let strip_config_path = |s: &str| {
        s.lines()
            .filter(|l| !l.starts_with("  to keep it, put in "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(strip_config_path(&out), strip_config_path(&terminal));
}

#[test]
fn only_the_bidi_mode_switches_are_sent() {
    let out = report_for_a_terminal();
    let mut rest = out.as_str();
    let mut switches = Vec::new();
    while let Some(i) = rest.find('\x1b') {
        let switch = &rest[i..];
        assert!(
            switch.starts_with(EXPLICIT) || switch.starts_with(IMPLICIT),
            "unexpected escape sequence at {switch:?}"
        );
        switches.push(&switch[..EXPLICIT.len()]);
        rest = &switch[EXPLICIT.len()..];
    }
    assert_eq!(switches, [EXPLICIT, IMPLICIT]);
    let controls: Vec<char> = out
        .chars()
        .filter(|&c| {
            c != '\n' && c != '\x1b' && (c.is_control() || ('\u{80}'..'\u{a0}').contains(&c))
        })
        .collect();
    assert_eq!(controls, Vec::<char>::new());
    // Explicit mode covers exactly the app's samples; the terminal's is sent in implicit mode.
    let explicit = out.find(EXPLICIT).unwrap();
    let implicit = out.find(IMPLICIT).unwrap();
    assert!(explicit < out.find("1: app + forms").unwrap());
    assert!(out.find("2: app + none").unwrap() < implicit);
    assert!(implicit < out.find("3: terminal").unwrap());
}

#[test]
fn says_what_auto_picks_in_a_self_reordering_terminal() {
    let out = run(&[("MLTERM", "3.9.3")]);
    assert!(
        out.contains("picks 3 here (mlterm reorders by itself)"),
        "{out}"
    );
}

#[test]
fn names_the_terminal_recognised_and_the_sample_that_reads_right_in_it() {
    let out = run(&[]);
    assert!(out.contains("No terminal recognised"), "{out}");
    let out = run(&[("KITTY_WINDOW_ID", "1"), ("TERM", "xterm-kitty")]);
    assert!(
        out.contains("This looks like kitty (KITTY_WINDOW_ID is set): 1 suits it best"),
        "{out}"
    );
    assert!(out.contains("force_ltr yes"), "{out}");
    assert!(out.contains("picks 1 here"), "{out}");
    let out = run(&[("VTE_VERSION", "7006")]);
    assert!(
        out.contains("(VTE_VERSION is set): 1 suits it best"),
        "{out}"
    );
    let out = run(&[("MLTERM", "3.9.0")]);
    assert!(out.contains("(MLTERM is set): 3 suits it best"), "{out}");
    // Konsole: 1, its own BiDi switched off by hamish, with the sequence to try it by hand.
    let out = run(&[("KONSOLE_VERSION", "230805")]);
    assert!(
        out.contains("(KONSOLE_VERSION is set): 1 suits it best"),
        "{out}"
    );
    assert!(out.contains("picks 1 here"), "{out}");
    assert!(
        out.contains("printf '\\e]50;BidiRenderingEnabled=false\\a'"),
        "{out}"
    );
    let out = run(&[("TERM_PROGRAM", "WezTerm")]);
    assert!(out.contains("from its documentation, not seen"), "{out}");
}

/// In VTE and Konsole the samples' harakat go after a joiner, as the reader sends them there
/// (else the fathatan of عسكرياً shows under the line above, seen in Konsole under Xvfb); not
/// in other terminals, and not into a pipe.
#[test]
fn harakat_go_after_a_joiner_in_vte_and_konsole_only() {
    use hamish::tui::terminal::known::{Sign, KNOWN};
    let report = |name: &str, switches: bool| {
        let known = KNOWN.iter().find(|k| k.name.contains(name)).unwrap();
        let mut out = Vec::new();
        let detected = Some((known, Sign::Set("X")));
        hamish::tui::terminal::check::write_report(&mut out, detected, "c.toml", switches).unwrap();
        String::from_utf8(out).unwrap()
    };
    for name in ["VTE", "Konsole"] {
        let out = report(name, true);
        assert!(out.contains("\u{fe8e}\u{34f}\u{64b}"), "{name}: {out}");
        assert!(!report(name, false).contains('\u{34f}'), "{name}");
    }
    assert!(!report("xterm", true).contains('\u{34f}'));
}
