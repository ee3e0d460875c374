//! Keys ↔ actions: the default bindings, the user's remaps from config (`"ctrl-d" =
//! "half_page_down"`), the lookup for a key press, and the reverse lookup that generates the help
//! overlay and the README key table.
//!
//! A key may be bound once per [`Mode`]: caret mode and the annotation list look up their own
//! bindings first, then the reader's (so `b` is a word back in caret mode and a page up
//! elsewhere, while `a` annotates in both). Knows crossterm's key events and [`Action`]; nothing
//! about what actions do or how help is drawn.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::text::sanitize::quoted;
use crate::tui::input::action::{Action, Mode};

/// A key with its modifiers, as written in config files: `j`, `G`, `ctrl-d`, `alt-x`, `space`,
/// `pagedown`, `f1`, `shift-tab`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KeySpec {
    /// The key.
    pub code: KeyCode,
    /// Ctrl, Alt and (for keys other than characters) Shift.
    pub mods: KeyModifiers,
}

const NAMED: &[(&str, KeyCode)] = &[
    ("space", KeyCode::Char(' ')),
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("pageup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("insert", KeyCode::Insert),
    ("delete", KeyCode::Delete),
];

impl KeySpec {
    /// A key without modifiers.
    pub const fn plain(code: KeyCode) -> KeySpec {
        KeySpec {
            code,
            mods: KeyModifiers::NONE,
        }
    }

    /// The key a terminal key press stands for (Shift dropped from characters: `G` is `G`).
    pub fn from_event(event: &KeyEvent) -> KeySpec {
        let mut mods =
            event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let mut code = event.code;
        if let KeyCode::Char(c) = code {
            mods.remove(KeyModifiers::SHIFT);
            if mods.contains(KeyModifiers::CONTROL) && c.is_ascii_uppercase() {
                code = KeyCode::Char(c.to_ascii_lowercase());
            }
        }
        if code == KeyCode::BackTab {
            mods.remove(KeyModifiers::SHIFT);
        }
        KeySpec { code, mods }
    }
}

impl FromStr for KeySpec {
    type Err = String;
    fn from_str(spec: &str) -> Result<KeySpec, String> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = spec;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (prefix, m) = if lower.starts_with("ctrl-") && rest.len() > 5 {
                ("ctrl-", KeyModifiers::CONTROL)
            } else if lower.starts_with("alt-") && rest.len() > 4 {
                ("alt-", KeyModifiers::ALT)
            } else if lower.starts_with("shift-") && rest.len() > 6 {
                ("shift-", KeyModifiers::SHIFT)
            } else {
                break;
            };
            mods |= m;
            rest = &rest[prefix.len()..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() && c != ' ' => KeyCode::Char(c),
            _ => {
                let lower = rest.to_ascii_lowercase();
                if let Some((_, code)) = NAMED.iter().find(|(name, _)| *name == lower) {
                    *code
                } else if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                    if !(1..=24).contains(&n) {
                        return Err(format!("unknown key {}", quoted(spec)));
                    }
                    KeyCode::F(n)
                } else {
                    return Err(format!("unknown key {}", quoted(spec)));
                }
            }
        };
        if let KeyCode::Char(c) = code {
            if mods.contains(KeyModifiers::SHIFT) {
                return Err(format!(
                    "{}: write the character itself ({}) instead of shift-",
                    quoted(spec),
                    quoted(&c.to_uppercase().to_string())
                ));
            }
            if mods.contains(KeyModifiers::CONTROL) && c.is_ascii_uppercase() {
                return Ok(KeySpec {
                    code: KeyCode::Char(c.to_ascii_lowercase()),
                    mods,
                });
            }
        }
        Ok(KeySpec { code, mods })
    }
}

impl fmt::Display for KeySpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("shift-")?;
        }
        if let Some((name, _)) = NAMED.iter().find(|(_, code)| *code == self.code) {
            return f.write_str(name);
        }
        match self.code {
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "f{n}"),
            // Parsing gives only characters, F keys and named keys.
            _ => f.write_str("?"),
        }
    }
}

/// The bindings in force: an ordered list, so help shows keys in the order they were bound.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keymap {
    bindings: Vec<(KeySpec, Action)>,
}

/// The default keys, in the order help lists them.
const DEFAULTS: &[(&str, Action)] = &[
    ("j", Action::LineDown),
    ("down", Action::LineDown),
    ("k", Action::LineUp),
    ("up", Action::LineUp),
    ("space", Action::PageDown),
    ("pagedown", Action::PageDown),
    ("b", Action::PageUp),
    ("pageup", Action::PageUp),
    ("d", Action::HalfPageDown),
    ("ctrl-d", Action::HalfPageDown),
    ("ctrl-u", Action::HalfPageUp),
    ("g", Action::Top),
    ("home", Action::Top),
    ("G", Action::Bottom),
    ("end", Action::Bottom),
    ("}", Action::NextParagraph),
    ("{", Action::PreviousParagraph),
    ("/", Action::Search),
    ("n", Action::NextMatch),
    ("N", Action::PreviousMatch),
    ("o", Action::SortLibrary),
    ("F", Action::FetchFeeds),
    ("enter", Action::Open),
    ("?", Action::Help),
    ("esc", Action::Cancel),
    ("q", Action::Back),
    ("ctrl-c", Action::Quit),
    ("ctrl-z", Action::Suspend),
    ("t", Action::CycleTheme),
    ("m", Action::ToggleMouse),
    ("T", Action::ToggleBidi),
    ("S", Action::ToggleShaping),
    ("v", Action::StartSelection),
    ("a", Action::Annotate),
    ("e", Action::EditAnnotation),
    ("x", Action::DeleteAnnotation),
    ("u", Action::Undo),
    ("ctrl-r", Action::Redo),
    ("]", Action::NextAnnotation),
    ("[", Action::PreviousAnnotation),
    ("A", Action::AnnotationList),
    ("left", Action::CaretLeft),
    ("h", Action::CaretLeft),
    ("right", Action::CaretRight),
    ("l", Action::CaretRight),
    ("up", Action::CaretUp),
    ("k", Action::CaretUp),
    ("down", Action::CaretDown),
    ("j", Action::CaretDown),
    ("w", Action::CaretWordForward),
    ("b", Action::CaretWordBack),
    (")", Action::CaretSentenceForward),
    ("(", Action::CaretSentenceBack),
    ("}", Action::CaretParagraphForward),
    ("{", Action::CaretParagraphBack),
    ("s", Action::SelectSentence),
    ("p", Action::SelectParagraph),
    ("c", Action::ConfirmAnnotation),
    ("r", Action::ReselectAnnotation),
    ("#", Action::TagsView),
    ("r", Action::RenameTag),
    ("m", Action::MergeTag),
    ("tab", Action::CompleteTag),
    ("o", Action::SortTags),
    ("f", Action::FilterTags),
    ("o", Action::AnyTags),
    ("s", Action::FilterState),
];

impl Default for Keymap {
    fn default() -> Self {
        let bindings = DEFAULTS
            .iter()
            .map(|&(spec, action)| (spec.parse().expect("default key specs parse"), action))
            .collect();
        Keymap { bindings }
    }
}

/// One row of the generated key help: an action and the keys bound to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpRow {
    /// The keys, in binding order (empty: unbound).
    pub keys: Vec<String>,
    /// The action's config name.
    pub action: &'static str,
    /// What it does.
    pub description: &'static str,
}

impl Keymap {
    /// The defaults with the user's remaps applied: each entry binds a key (replacing what it was
    /// bound to in the action's mode); the action `"none"` unbinds it in every mode. Bad entries
    /// are skipped with a warning each.
    pub fn with_remaps(remaps: &BTreeMap<String, String>) -> (Keymap, Vec<String>) {
        let mut map = Keymap::default();
        let mut warnings = Vec::new();
        for (spec, name) in remaps {
            let key = match spec.parse::<KeySpec>() {
                Ok(key) => key,
                Err(e) => {
                    warnings.push(format!("[keys]: {e}"));
                    continue;
                }
            };
            let action = match name.as_str() {
                "none" | "" => None,
                name => match name.parse::<Action>() {
                    Ok(action) => Some(action),
                    Err(_) => {
                        warnings.push(format!(
                            "[keys] {}: unknown action {}",
                            quoted(spec),
                            quoted(name)
                        ));
                        continue;
                    }
                },
            };
            map.bindings
                .retain(|(k, a)| *k != key || action.is_some_and(|b| a.mode() != b.mode()));
            if let Some(action) = action {
                map.bindings.push((key, action));
            }
        }
        (map, warnings)
    }

    /// The reader's action bound to a key press.
    pub fn action(&self, event: &KeyEvent) -> Option<Action> {
        self.action_in(event, Mode::Reader)
    }

    /// The action bound to a key press in `mode`: the mode's own binding, else the reader's.
    pub fn action_in(&self, event: &KeyEvent, mode: Mode) -> Option<Action> {
        let key = KeySpec::from_event(event);
        let find = |m: Mode| {
            self.bindings
                .iter()
                .find(|(k, a)| *k == key && a.mode() == m)
                .map(|&(_, action)| action)
        };
        find(mode).or_else(|| find(Mode::Reader))
    }

    /// The keys bound to `action`, in binding order.
    pub fn keys(&self, action: Action) -> impl Iterator<Item = KeySpec> + '_ {
        self.bindings
            .iter()
            .filter(move |(_, a)| *a == action)
            .map(|&(k, _)| k)
    }

    /// The first key bound to `action`, as help and hints name it (`esc`, `ctrl-d`); `None`
    /// when the user unbound it.
    pub fn key(&self, action: Action) -> Option<String> {
        self.keys(action).next().map(|k| k.to_string())
    }

    /// One row per action, in [`Action`] order: what help and the README show.
    pub fn help_rows(&self) -> Vec<HelpRow> {
        Action::all()
            .map(|action| HelpRow {
                keys: self.keys(action).map(|k| k.to_string()).collect(),
                action: action.name(),
                description: action.description(),
            })
            .collect()
    }

    /// The key table as Markdown (README's `<!-- keys:start -->` section).
    pub fn markdown_table(&self) -> String {
        let mut out =
            String::from("| keys | action (config name) | what it does |\n|---|---|---|\n");
        for row in self.help_rows() {
            let keys = if row.keys.is_empty() {
                "—".to_string()
            } else {
                let quoted: Vec<String> = row
                    .keys
                    .iter()
                    .map(|k| format!("`{}`", k.replace('|', "\\|")))
                    .collect();
                quoted.join(" ")
            };
            out.push_str(&format!(
                "| {keys} | `{}` | {} |\n",
                row.action, row.description
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyEventKind, KeyEventState};

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent {
            code,
            modifiers: mods,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        }
    }

    #[test]
    fn specs_round_trip() {
        for spec in [
            "j",
            "G",
            "ctrl-d",
            "alt-x",
            "space",
            "pagedown",
            "f5",
            "shift-tab",
            "{",
            "-",
            "ctrl--",
        ] {
            let key: KeySpec = spec.parse().unwrap();
            assert_eq!(key.to_string(), spec, "{key:?}");
        }
        assert_eq!("Ctrl-D".parse::<KeySpec>().unwrap().to_string(), "ctrl-d");
        assert!("shift-g".parse::<KeySpec>().unwrap_err().contains("\"G\""));
        assert!("f99".parse::<KeySpec>().is_err());
        assert!("hyper-x".parse::<KeySpec>().is_err());
        assert!("".parse::<KeySpec>().is_err());
    }

    #[test]
    fn key_events_find_their_actions() {
        let map = Keymap::default();
        let shift_g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(map.action(&shift_g), Some(Action::Bottom));
        let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(map.action(&ctrl_c), Some(Action::Quit));
        let c = press(KeyCode::Char('c'), KeyModifiers::NONE);
        assert_eq!(map.action(&c), None);
        let space = press(KeyCode::Char(' '), KeyModifiers::NONE);
        assert_eq!(map.action(&space), Some(Action::PageDown));
    }

    #[test]
    fn warnings_show_values_as_written_not_as_rust_debug() {
        let remaps: BTreeMap<String, String> =
            [("ctrl-k", "\u{64e}فتح"), ("hyper-\x1b[2J", "quit")]
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
        let (_, warnings) = Keymap::with_remaps(&remaps);
        assert_eq!(
            warnings,
            [
                "[keys] \"ctrl-k\": unknown action \"\u{64e}فتح\"",
                "[keys]: unknown key \"hyper-␛[2J\"",
            ]
        );
    }

    #[test]
    fn remaps_replace_add_and_unbind_with_warnings() {
        let remaps: BTreeMap<String, String> = [
            ("x", "quit"),
            ("j", "line_up"),
            ("q", "none"),
            ("ctrl-k", "fly"),
            ("hyper-y", "quit"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let (map, warnings) = Keymap::with_remaps(&remaps);
        let key = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(map.action(&key('x')), Some(Action::Quit));
        assert_eq!(map.action(&key('j')), Some(Action::LineUp));
        assert_eq!(map.action(&key('q')), None);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings
            .iter()
            .any(|w| w.contains("unknown action \"fly\"")));
        assert!(warnings.iter().any(|w| w.contains("hyper-y")));
        let rows = map.help_rows();
        let back = rows.iter().find(|r| r.action == "back").unwrap();
        assert!(back.keys.is_empty());
        let line_up = rows.iter().find(|r| r.action == "line_up").unwrap();
        assert_eq!(line_up.keys, ["k", "up", "j"]);
    }

    #[test]
    fn modes_have_their_own_keys_over_the_readers() {
        let map = Keymap::default();
        let key = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(map.action(&key('b')), Some(Action::PageUp));
        assert_eq!(
            map.action_in(&key('b'), Mode::Caret),
            Some(Action::CaretWordBack)
        );
        assert_eq!(
            map.action_in(&key('a'), Mode::Caret),
            Some(Action::Annotate)
        );
        assert_eq!(map.action(&key('u')), Some(Action::Undo));
        let ctrl_u = press(KeyCode::Char('u'), KeyModifiers::CONTROL);
        assert_eq!(map.action(&ctrl_u), Some(Action::HalfPageUp));
        assert_eq!(map.action(&key('c')), None, "c only in the list");
        assert_eq!(
            map.action_in(&key('c'), Mode::List),
            Some(Action::ConfirmAnnotation)
        );
        assert_eq!(map.action_in(&key('j'), Mode::List), Some(Action::LineDown));
        let left = press(KeyCode::Left, KeyModifiers::NONE);
        assert_eq!(map.action(&left), None);
        assert_eq!(map.action_in(&left, Mode::Caret), Some(Action::CaretLeft));
        // A remap replaces the binding of its own mode only; "none" unbinds in every mode.
        let remaps: BTreeMap<String, String> = [("b", "quit"), ("w", "none")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let (map, warnings) = Keymap::with_remaps(&remaps);
        assert!(warnings.is_empty());
        assert_eq!(map.action(&key('b')), Some(Action::Quit));
        assert_eq!(
            map.action_in(&key('b'), Mode::Caret),
            Some(Action::CaretWordBack)
        );
        assert_eq!(map.action_in(&key('w'), Mode::Caret), None);
    }

    #[test]
    fn every_action_has_a_default_key() {
        let map = Keymap::default();
        for row in map.help_rows() {
            assert!(!row.keys.is_empty(), "{} has no key", row.action);
        }
    }
}
