//! `hamish check-terminal`: shows one mixed Arabic/English/number sample as each mode would send
//! it, labelled, so a user can see which one their terminal shows correctly, and the config
//! lines that keep that choice.
//!
//! Writes plain lines to stdout; the only escape sequences it sends are `CSI 8 l` around the
//! samples hamish reorders itself (so a terminal doing its own BiDi leaves them alone) and
//! `CSI 8 h` after them, and those only when stdout is a terminal (where, in VTE and Konsole,
//! harakat also go after a joiner, as hamish sends them). Knows the text engine and the mode
//! sequences, nothing about the reader.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use crate::config::{config_file, process_env};
use crate::text::sanitize::sanitize;
use crate::text::{layout_paragraph, BidiMode, Direction, LayoutOptions, Shaping};
use crate::tui::terminal::bidi_mode::{EXPLICIT_MODE, IMPLICIT_MODE};
use crate::tui::terminal::known::{recognise, Known, Sign};
use crate::tui::terminal::marks_apart;

/// The sample, in logical order: "Putin said that 24 'alliances' is not military".
pub const SAMPLE: &str = "قال بوتين (Putin) إن 24 «تحالفاً» ليس عسكرياً";

/// What to look for.
const INTRO: &str = "\
Which numbered line below reads correctly, right to left, in this terminal?
It says \"Putin said that 24 'alliances' is not military\". The right one has its
letters joined, (Putin) in brackets, 24 and not 42, and one word in «» quotes.
If several read correctly, keep the first of them.
";

/// One way of sending the sample.
pub struct Choice {
    /// The label printed above the sample.
    pub label: &'static str,
    /// Who reorders.
    pub bidi: BidiMode,
    /// Whether hamish shapes.
    pub shaping: Shaping,
    /// The config lines that keep this choice.
    pub config: &'static [&'static str],
}

/// The choices, in the order shown.
pub const CHOICES: [Choice; 3] = [
    Choice {
        label: "1: app + forms (hamish reorders and shapes)",
        bidi: BidiMode::App,
        shaping: Shaping::Forms,
        config: &["bidi = \"app\"", "shaping = \"forms\""],
    },
    Choice {
        label: "2: app + none (terminal shapes)",
        bidi: BidiMode::App,
        shaping: Shaping::None,
        config: &["bidi = \"app\"", "shaping = \"none\""],
    },
    Choice {
        label: "3: terminal (terminal reorders and shapes)",
        bidi: BidiMode::Terminal,
        shaping: Shaping::None,
        config: &["bidi = \"terminal\""],
    },
];

/// The sample as `choice` sends it: the glyphs of its one line.
pub fn sample_line(choice: &Choice) -> String {
    let options = LayoutOptions {
        width: 0,
        bidi: choice.bidi,
        shaping: choice.shaping,
    };
    let layout = layout_paragraph(SAMPLE, Direction::Rtl, &options);
    layout
        .lines()
        .map(|l| l.text())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs `hamish check-terminal`.
pub fn run() -> ExitCode {
    let detected = recognise(&process_env);
    let file = config_file(&process_env).map_or_else(
        || "$XDG_CONFIG_HOME/hamish/config.toml".to_string(),
        |p| sanitize(&p.display().to_string()),
    );
    let switches = io::stdout().is_terminal();
    let mut out = io::stdout().lock();
    match write_report(&mut out, detected, &file, switches).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hamish: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes the report; `detected` is the terminal recognised in the environment and its sign,
/// `config_file` the path to show for the config file, `switches` whether to send the BiDi mode
/// switches (only a terminal understands them: a file or a pipe gets none).
pub fn write_report(
    out: &mut impl Write,
    detected: Option<(&Known, Sign)>,
    config_file: &str,
    switches: bool,
) -> io::Result<()> {
    out.write_all(INTRO.as_bytes())?;
    // The app's samples go out in explicit mode, so a terminal doing its own BiDi leaves them
    // as they are; the terminal's sample in implicit mode, which is also how the terminal is left.
    let mut explicit = false;
    // As hamish itself sends them there (see `marks_apart`), in a terminal only.
    let apart = switches && detected.is_some_and(|(known, _)| known.marks_apart);
    for choice in &CHOICES {
        let wanted = switches && choice.bidi == BidiMode::App;
        if wanted != explicit {
            write!(
                out,
                "{}",
                if wanted { EXPLICIT_MODE } else { IMPLICIT_MODE }
            )?;
            explicit = wanted;
        }
        writeln!(out)?;
        writeln!(out, "{}", choice.label)?;
        let sample = sample_line(choice);
        match apart {
            true => writeln!(out, "    {}", marks_apart::line(&sample))?,
            false => writeln!(out, "    {sample}")?,
        }
        writeln!(out, "  to keep it, put in {config_file}:")?;
        for line in choice.config {
            writeln!(out, "    {line}")?;
        }
    }
    if explicit {
        write!(out, "{IMPLICIT_MODE}")?;
    }
    writeln!(out)?;
    write_recommendation(out, detected)
}

/// The number (1-based) of the choice of [`CHOICES`] that reads right in `known`.
pub fn recommended(known: &Known) -> usize {
    let index = CHOICES.iter().position(|c| {
        c.bidi == known.bidi && (c.bidi == BidiMode::Terminal || c.shaping == known.shaping)
    });
    index.map_or(1, |i| i + 1)
}

/// What `bidi = "auto"` picks here, and which choice reads right in the terminal recognised.
fn write_recommendation(out: &mut impl Write, detected: Option<(&Known, Sign)>) -> io::Result<()> {
    let Some((known, sign)) = detected else {
        writeln!(out, "The default, bidi = \"auto\", picks 1 here.")?;
        return writeln!(
            out,
            "(No terminal recognised: none of the variables Konsole, mlterm, VTE, kitty, \
             Alacritty, WezTerm, iTerm2, mintty, Windows Terminal or xterm set.)"
        );
    };
    let name = known.name;
    let how = if known.seen {
        "seen under Xvfb"
    } else {
        "from its documentation, not seen"
    };
    let choice = recommended(known);
    writeln!(
        out,
        "This looks like {name} ({}): {choice} suits it best ({how}).",
        sign.describe()
    )?;
    match known.bidi {
        BidiMode::Terminal => writeln!(
            out,
            "The default, bidi = \"auto\", picks 3 here ({name} reorders by itself)."
        )?,
        BidiMode::App => writeln!(out, "The default, bidi = \"auto\", picks 1 here.")?,
    }
    if choice == 2 {
        writeln!(out, "Put shaping = \"none\" in the config file for 2.")?;
    }
    if !known.also.is_empty() {
        writeln!(out, "Also: {}", known.also)?;
    }
    Ok(())
}
