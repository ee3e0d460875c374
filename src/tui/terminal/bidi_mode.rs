//! Which BiDi mode to use in this terminal, and the escape sequences that switch a terminal's
//! own BiDi between implicit and explicit (BDSM, ECMA-48 mode 8).
//!
//! Detection reads the environment through an injectable lookup; it knows nothing about drawing.

use crate::config::{process_env, BidiSetting, Env};
use crate::text::BidiMode;
use crate::tui::terminal::known::{own_bidi_in, recognise};

/// `CSI 8 l`: explicit mode; the terminal shows cells left to right as received (hamish did the
/// BiDi). Sent before the first draw in `app` mode.
pub const EXPLICIT_MODE: &str = "\x1b[8l";
/// `CSI 8 h`: implicit mode, the terminal's default; sent when hamish leaves or suspends.
pub const IMPLICIT_MODE: &str = "\x1b[8h";

/// What puts the terminal `env` shows in explicit mode and what puts it back: `CSI 8 l` and
/// `CSI 8 h`, each followed by the terminal's own switch of its BiDi where it has one
/// (Konsole's, which ignores `CSI 8 l`).
pub fn mode_sequences_in(env: Env) -> (String, String) {
    let (off, on) = own_bidi_in(env);
    (
        format!("{EXPLICIT_MODE}{off}"),
        format!("{IMPLICIT_MODE}{on}"),
    )
}

/// The mode `bidi = "auto"` picks in this process's terminal.
pub fn detect_bidi() -> BidiMode {
    detect_bidi_in(&process_env)
}

/// [`detect_bidi`] for a given environment: the mode that reads right in the terminal
/// [`recognise`]d there (`Terminal` in mlterm, which reorders by itself whatever it is sent),
/// else `App`.
pub fn detect_bidi_in(env: Env) -> BidiMode {
    recognise(env).map_or(BidiMode::App, |(known, _)| known.bidi)
}

/// The mode to use: the command line's, else the configuration's, else detection.
pub fn resolve(cli: Option<BidiMode>, config: BidiSetting) -> BidiMode {
    resolve_with(cli, config, detect_bidi)
}

/// [`resolve`] with the detection supplied (called only when needed).
pub fn resolve_with(
    cli: Option<BidiMode>,
    config: BidiSetting,
    detect: impl FnOnce() -> BidiMode,
) -> BidiMode {
    match (cli, config) {
        (Some(mode), _) => mode,
        (None, BidiSetting::App) => BidiMode::App,
        (None, BidiSetting::Terminal) => BidiMode::Terminal,
        (None, BidiSetting::Auto) => detect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::terminal::known::env_of;

    #[test]
    fn detection_from_environment() {
        assert_eq!(detect_bidi_in(&env_of(&[])), BidiMode::App);
        let vte = [("VTE_VERSION", "7600"), ("TERM", "xterm-256color")];
        assert_eq!(detect_bidi_in(&env_of(&vte)), BidiMode::App);
        // Konsole: hamish reorders, with Konsole's own BiDi switched off.
        let konsole = [("KONSOLE_VERSION", "230805")];
        assert_eq!(detect_bidi_in(&env_of(&konsole)), BidiMode::App);
        let mlterm = [("MLTERM", "3.9.3"), ("TERM", "xterm")];
        assert_eq!(detect_bidi_in(&env_of(&mlterm)), BidiMode::Terminal);
        let kitty = [("KITTY_WINDOW_ID", "1"), ("TERM", "xterm-kitty")];
        assert_eq!(detect_bidi_in(&env_of(&kitty)), BidiMode::App);
        let empty = [("KONSOLE_VERSION", "")];
        assert_eq!(detect_bidi_in(&env_of(&empty)), BidiMode::App);
    }

    #[test]
    fn command_line_beats_config_beats_detection() {
        let terminal = || BidiMode::Terminal;
        let app = || BidiMode::App;
        let never = || -> BidiMode { panic!("detection must not run") };
        use BidiMode::{App, Terminal};
        assert_eq!(resolve_with(Some(App), BidiSetting::Terminal, never), App);
        assert_eq!(
            resolve_with(Some(Terminal), BidiSetting::App, never),
            Terminal
        );
        assert_eq!(resolve_with(Some(App), BidiSetting::Auto, never), App);
        assert_eq!(resolve_with(None, BidiSetting::App, never), App);
        assert_eq!(resolve_with(None, BidiSetting::Terminal, never), Terminal);
        assert_eq!(resolve_with(None, BidiSetting::Auto, terminal), Terminal);
        assert_eq!(resolve_with(None, BidiSetting::Auto, app), App);
    }

    #[test]
    fn mode_sequences() {
        assert_eq!(EXPLICIT_MODE.as_bytes(), b"\x1b[8l");
        assert_eq!(IMPLICIT_MODE.as_bytes(), b"\x1b[8h");
        let (on, off) = mode_sequences_in(&env_of(&[("VTE_VERSION", "7006")]));
        assert_eq!((on.as_str(), off.as_str()), ("\x1b[8l", "\x1b[8h"));
        let (on, off) = mode_sequences_in(&env_of(&[("KONSOLE_VERSION", "221203")]));
        assert_eq!(on, "\x1b[8l\x1b]50;BidiRenderingEnabled=false\x07");
        assert_eq!(off, "\x1b[8h\x1b]50;BidiRenderingEnabled=true\x07");
    }
}
