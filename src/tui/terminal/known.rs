//! The terminals hamish knows: how each is recognised from the variables it sets in the
//! environment of the programs it runs, and which BiDi mode and shaping read right in it.
//!
//! The modes of the terminals marked `seen` come from screenshots of hamish in them under Xvfb
//! (`scripts/terminals.sh`, README "Terminal compatibility"); the others from their
//! documentation. Knows nothing about drawing or the reader.

use crate::config::Env;
use crate::text::{BidiMode, Shaping};

/// How a terminal shows itself in the environment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// The variable is set and not empty.
    Set(&'static str),
    /// The variable has this value.
    Is(&'static str, &'static str),
}

impl Sign {
    /// Whether `env` shows this sign.
    fn shown_in(self, env: Env) -> bool {
        match self {
            Sign::Set(var) => env(var).is_some_and(|v| !v.is_empty()),
            Sign::Is(var, value) => env(var).is_some_and(|v| v == value),
        }
    }

    /// The sign as a person would check it: `KONSOLE_VERSION is set`, `TERM_PROGRAM=WezTerm`.
    pub fn describe(self) -> String {
        match self {
            Sign::Set(var) => format!("{var} is set"),
            Sign::Is(var, value) => format!("{var}={value}"),
        }
    }
}

/// A terminal and the mode that reads right in it.
#[derive(Debug, PartialEq, Eq)]
pub struct Known {
    /// Its name, as its users call it.
    pub name: &'static str,
    /// Any of these shows it.
    pub signs: &'static [Sign],
    /// Who should reorder: `Terminal` where the terminal reorders by itself whatever it is sent.
    pub bidi: BidiMode,
    /// Whether hamish should shape (with `BidiMode::App`).
    pub shaping: Shaping,
    /// What else to set, in the terminal's own configuration; empty if nothing.
    pub also: &'static str,
    /// Whether hamish was seen running in it (else: from its documentation).
    pub seen: bool,
    /// Escape sequences that switch the terminal's own BiDi off while hamish reorders (sent
    /// with `CSI 8 l`) and back on (with `CSI 8 h`); empty where `CSI 8 l` is enough.
    pub own_bidi: (&'static str, &'static str),
    /// Whether Arabic harakat must be sent after a joiner to stay inside their row
    /// ([`crate::tui::terminal::marks_apart`]): VTE and Konsole.
    pub marks_apart: bool,
}

/// No sequence of its own.
const NO_SWITCH: (&str, &str) = ("", "");

/// Konsole's profile change (OSC 50, what its `konsoleprofile` command sends): its
/// bi-directional text rendering off for the session, and on again.
pub const KONSOLE_BIDI: (&str, &str) = (
    "\x1b]50;BidiRenderingEnabled=false\x07",
    "\x1b]50;BidiRenderingEnabled=true\x07",
);

/// The terminals, in the order they are looked for: those whose variables a terminal started
/// from them would inherit come after the more specific ones where possible.
pub const KNOWN: [Known; 10] = [
    Known {
        name: "Konsole",
        signs: &[Sign::Set("KONSOLE_VERSION")],
        bidi: BidiMode::App,
        shaping: Shaping::Forms,
        also: "Konsole's own bi-directional rendering (on in its default profile) reorders \
               and reshapes what hamish sends, so 1 looks wrong here; hamish switches it off \
               for the session while it runs in app mode (printf '\\e]50;BidiRenderingEnabled=false\\a' \
               does the same: run that, then check-terminal again, and 1 reads right) and on \
               again when it leaves. With bidi = \"terminal\" it stays on, and Konsole lays \
               lines out left to right (unless the profile's BidiLineLTR is false), shows « » \
               unmirrored and leaves a gap after each لا.",
        seen: true,
        own_bidi: KONSOLE_BIDI,
        marks_apart: true,
    },
    Known {
        name: "mlterm",
        signs: &[Sign::Set("MLTERM")],
        bidi: BidiMode::Terminal,
        shaping: Shaping::None,
        also: "",
        seen: true,
        own_bidi: NO_SWITCH,
        marks_apart: false,
    },
    Known {
        name: "kitty",
        signs: &[
            Sign::Set("KITTY_WINDOW_ID"),
            Sign::Is("TERM", "xterm-kitty"),
        ],
        bidi: BidiMode::App,
        shaping: Shaping::Forms,
        also: "put force_ltr yes in kitty.conf: without it kitty reverses the letters of \
               each word hamish has already put in order.",
        seen: true,
        own_bidi: NO_SWITCH,
        marks_apart: false,
    },
    Known {
        name: "Alacritty",
        signs: &[
            Sign::Set("ALACRITTY_WINDOW_ID"),
            Sign::Set("ALACRITTY_SOCKET"),
            Sign::Set("ALACRITTY_LOG"),
            Sign::Is("TERM", "alacritty"),
        ],
        bidi: BidiMode::App,
        shaping: Shaping::Forms,
        also: "",
        seen: true,
        own_bidi: NO_SWITCH,
        marks_apart: false,
    },
    Known {
        name: "a VTE terminal (GNOME Terminal, xfce4-terminal, Tilix…)",
        signs: &[Sign::Set("VTE_VERSION")],
        bidi: BidiMode::App,
        shaping: Shaping::Forms,
        also: "",
        seen: true,
        own_bidi: NO_SWITCH,
        marks_apart: true,
    },
    Known {
        name: "WezTerm",
        signs: &[
            Sign::Is("TERM_PROGRAM", "WezTerm"),
            Sign::Set("WEZTERM_EXECUTABLE"),
        ],
        bidi: BidiMode::App,
        shaping: Shaping::Forms,
        also: "",
        seen: false,
        own_bidi: NO_SWITCH,
        marks_apart: false,
    },
    Known {
        name: "iTerm2",
        signs: &[Sign::Is("TERM_PROGRAM", "iTerm.app")],
        bidi: BidiMode::App,
        shaping: Shaping::Forms,
        also: "",
        seen: false,
        own_bidi: NO_SWITCH,
        marks_apart: false,
    },
    Known {
        name: "mintty",
        signs: &[Sign::Is("TERM_PROGRAM", "mintty")],
        bidi: BidiMode::App,
        shaping: Shaping::Forms,
        also: "",
        seen: false,
        own_bidi: NO_SWITCH,
        marks_apart: false,
    },
    Known {
        name: "Windows Terminal",
        signs: &[Sign::Set("WT_SESSION")],
        bidi: BidiMode::App,
        shaping: Shaping::Forms,
        also: "",
        seen: false,
        own_bidi: NO_SWITCH,
        marks_apart: false,
    },
    Known {
        name: "xterm",
        signs: &[Sign::Set("XTERM_VERSION")],
        bidi: BidiMode::App,
        shaping: Shaping::Forms,
        also: "",
        seen: true,
        own_bidi: NO_SWITCH,
        marks_apart: false,
    },
];

/// The first terminal of [`KNOWN`] that `env` shows, with the sign that showed it.
pub fn recognise(env: Env) -> Option<(&'static Known, Sign)> {
    KNOWN.iter().find_map(|known| {
        known
            .signs
            .iter()
            .find(|sign| sign.shown_in(env))
            .map(|&sign| (known, sign))
    })
}

/// The sequences that switch the own BiDi of the terminal `env` shows off and on
/// ([`Known::own_bidi`]).
pub fn own_bidi_in(env: Env) -> (&'static str, &'static str) {
    recognise(env).map_or(NO_SWITCH, |(known, _)| known.own_bidi)
}

/// Whether the terminal `env` shows needs harakat sent after a joiner (see [`Known::marks_apart`]).
pub fn marks_apart_in(env: Env) -> bool {
    recognise(env).is_some_and(|(known, _)| known.marks_apart)
}

/// Every variable some sign of [`KNOWN`] reads (for tests that need a clean environment).
pub fn variables() -> impl Iterator<Item = &'static str> {
    KNOWN.iter().flat_map(|k| k.signs).map(|sign| match *sign {
        Sign::Set(var) | Sign::Is(var, _) => var,
    })
}

/// An environment holding only `vars`, as [`recognise`] reads one (for tests).
#[cfg(test)]
pub(crate) fn env_of<'a>(
    vars: &'a [(&'a str, &'a str)],
) -> impl Fn(&str) -> Option<std::ffi::OsString> + 'a {
    move |name| {
        vars.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| std::ffi::OsString::from(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_in(vars: &[(&str, &str)]) -> Option<&'static str> {
        recognise(&env_of(vars)).map(|(known, _)| known.name)
    }

    /// What each terminal sets in the environment of what it runs (seen under Xvfb for those
    /// of `scripts/terminals.sh`).
    #[test]
    fn each_terminal_is_recognised_by_what_it_sets() {
        let cases: [(&[(&str, &str)], &str); 12] = [
            (
                &[("KONSOLE_VERSION", "221203"), ("TERM", "xterm-256color")],
                "Konsole",
            ),
            (&[("MLTERM", "3.9.0"), ("TERM", "mlterm")], "mlterm"),
            (
                &[("VTE_VERSION", "7006"), ("TERM", "xterm-256color")],
                KNOWN[4].name,
            ),
            (
                &[("KITTY_WINDOW_ID", "1"), ("TERM", "xterm-kitty")],
                "kitty",
            ),
            (&[("TERM", "xterm-kitty")], "kitty"),
            (
                &[("ALACRITTY_SOCKET", "/run/a.sock"), ("TERM", "alacritty")],
                "Alacritty",
            ),
            (&[("ALACRITTY_LOG", "/tmp/Alacritty-1.log")], "Alacritty"),
            (&[("TERM_PROGRAM", "WezTerm")], "WezTerm"),
            (&[("TERM_PROGRAM", "iTerm.app")], "iTerm2"),
            (&[("TERM_PROGRAM", "mintty")], "mintty"),
            (&[("WT_SESSION", "0b6c…")], "Windows Terminal"),
            (
                &[("XTERM_VERSION", "XTerm(379)"), ("TERM", "xterm")],
                "xterm",
            ),
        ];
        for (vars, name) in cases {
            assert_eq!(name_in(vars), Some(name), "{vars:?}");
        }
    }

    #[test]
    fn nothing_known_empty_or_other_values_recognise_nothing() {
        assert_eq!(name_in(&[]), None);
        assert_eq!(name_in(&[("TERM", "xterm-256color")]), None);
        assert_eq!(name_in(&[("KONSOLE_VERSION", "")]), None);
        assert_eq!(name_in(&[("TERM_PROGRAM", "Apple_Terminal")]), None);
        assert_eq!(name_in(&[("TERM_PROGRAM", "tmux")]), None);
    }

    #[test]
    fn the_sign_found_is_named() {
        let env = [("TERM", "xterm-kitty")];
        let (_, sign) = recognise(&env_of(&env)).unwrap();
        assert_eq!(sign.describe(), "TERM=xterm-kitty");
        let env = [("MLTERM", "3.9.0")];
        let (_, sign) = recognise(&env_of(&env)).unwrap();
        assert_eq!(sign.describe(), "MLTERM is set");
    }

    /// Modes as seen in the screenshots: mlterm reorders whatever it is sent; VTE, kitty (with
    /// force_ltr), Alacritty, xterm and Konsole (its own BiDi switched off) show hamish's.
    #[test]
    fn the_modes_that_read_right() {
        let mode = |name: &str| {
            let known = KNOWN.iter().find(|k| k.name == name).unwrap();
            (known.bidi, known.shaping)
        };
        assert_eq!(mode("mlterm").0, BidiMode::Terminal);
        for name in ["xterm", "Alacritty", "kitty", "Konsole", KNOWN[4].name] {
            assert_eq!(mode(name), (BidiMode::App, Shaping::Forms), "{name}");
        }
        assert!(KNOWN
            .iter()
            .find(|k| k.name == "kitty")
            .unwrap()
            .also
            .contains("force_ltr"));
    }

    /// VTE and Konsole draw a mark on a tall letter into the row above unless it follows a
    /// joiner, which xterm and Alacritty draw as a box (seen with DejaVu Sans Mono under Xvfb).
    #[test]
    fn only_vte_and_konsole_get_harakat_after_a_joiner() {
        assert!(marks_apart_in(&env_of(&[("VTE_VERSION", "7006")])));
        assert!(marks_apart_in(&env_of(&[("KONSOLE_VERSION", "221203")])));
        for vars in [
            &[("XTERM_VERSION", "XTerm(379)")][..],
            &[("ALACRITTY_SOCKET", "/run/a.sock")],
            &[("TERM", "xterm-kitty")],
            &[],
        ] {
            assert!(!marks_apart_in(&env_of(vars)), "{vars:?}");
        }
    }

    /// Konsole's BiDi, on in its default profile, reorders and reshapes hamish's lines (a
    /// mirror image); its profile change OSC 50 switches it off (seen under Xvfb, Konsole
    /// 22.12.3, with the sequence sent by printf before hamish's lines).
    #[test]
    fn only_konsole_has_its_own_bidi_switched_off() {
        let konsole = own_bidi_in(&env_of(&[("KONSOLE_VERSION", "221203")]));
        assert_eq!(konsole.0, "\x1b]50;BidiRenderingEnabled=false\x07");
        assert_eq!(konsole.1, "\x1b]50;BidiRenderingEnabled=true\x07");
        // xterm reads OSC 50 as a font change: nothing of the kind for any other terminal.
        for known in KNOWN.iter().filter(|k| k.name != "Konsole") {
            assert_eq!(known.own_bidi, NO_SWITCH, "{}", known.name);
        }
        assert_eq!(own_bidi_in(&env_of(&[])), NO_SWITCH);
    }

    #[test]
    fn variables_lists_every_sign() {
        let vars: Vec<&str> = variables().collect();
        for var in [
            "KONSOLE_VERSION",
            "MLTERM",
            "VTE_VERSION",
            "KITTY_WINDOW_ID",
            "TERM_PROGRAM",
        ] {
            assert!(vars.contains(&var), "{var}");
        }
    }
}
