//! The command line's value choices (`--bidi`, `--shaping`) and their conversion to the text
//! engine's types, which know nothing of command lines.

use clap::ValueEnum;

use crate::text::{BidiMode, Shaping};

/// `render --bidi`: who reorders right-to-left lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum BidiArg {
    /// hamish reorders (visual order out)
    App,
    /// The terminal reorders (logical order out)
    Terminal,
}

/// The reader's `--bidi`: like [`BidiArg`], or `auto` for the configuration and detection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReaderBidiArg {
    /// The configuration, then terminal detection
    Auto,
    /// hamish reorders
    App,
    /// The terminal reorders
    Terminal,
}

/// `--shaping`: who joins Arabic letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShapingArg {
    /// hamish sends joined letter forms
    Forms,
    /// Letters are sent as they are
    None,
}

impl From<BidiArg> for BidiMode {
    fn from(b: BidiArg) -> Self {
        match b {
            BidiArg::App => BidiMode::App,
            BidiArg::Terminal => BidiMode::Terminal,
        }
    }
}

impl ReaderBidiArg {
    /// The mode asked for; `None` for `auto`.
    pub fn mode(self) -> Option<BidiMode> {
        match self {
            ReaderBidiArg::Auto => None,
            ReaderBidiArg::App => Some(BidiMode::App),
            ReaderBidiArg::Terminal => Some(BidiMode::Terminal),
        }
    }
}

impl From<ShapingArg> for Shaping {
    fn from(s: ShapingArg) -> Self {
        match s {
            ShapingArg::Forms => Shaping::Forms,
            ShapingArg::None => Shaping::None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_converts_to_the_engines_value_of_the_same_name() {
        for b in BidiArg::value_variants() {
            let name = b.to_possible_value().unwrap().get_name().to_string();
            assert_eq!(name.parse::<BidiMode>(), Ok(BidiMode::from(*b)));
        }
        for b in ReaderBidiArg::value_variants() {
            let name = b.to_possible_value().unwrap().get_name().to_string();
            assert_eq!(name.parse::<BidiMode>().ok(), b.mode());
        }
        for s in ShapingArg::value_variants() {
            let name = s.to_possible_value().unwrap().get_name().to_string();
            assert_eq!(name.parse::<Shaping>(), Ok(Shaping::from(*s)));
        }
    }
}
