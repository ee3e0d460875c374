//! The width `hamish render` lays out at when `--width` is not given: `$COLUMNS` (as a shell sets
//! it for its commands), else the terminal of standard output, else (output piped to a pager or
//! a file) the terminal of standard error, else 80.
//!
//! The environment and the terminals are asked at the edge ([`default_width`]); the choice
//! itself is a function of what they said ([`choose`]). Knows nothing about layout.

use std::io::IsTerminal;

/// What the environment says about the width.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Seen {
    /// `$COLUMNS`, as set.
    pub columns: Option<u32>,
    /// The width of the terminal on standard output, when it is one.
    pub stdout: Option<u32>,
    /// The width of the terminal on standard error, when it is one.
    pub stderr: Option<u32>,
}

/// The width to use: the first of `$COLUMNS`, stdout's terminal, stderr's terminal, 80.
pub(crate) fn choose(seen: Seen) -> u32 {
    seen.columns.or(seen.stdout).or(seen.stderr).unwrap_or(80)
}

/// `$COLUMNS` when it is a positive number.
pub(crate) fn parse_columns(value: Option<&str>) -> Option<u32> {
    value?.trim().parse().ok().filter(|&w| w > 0)
}

/// The width from this process's environment and terminals.
pub(crate) fn default_width() -> u32 {
    let columns = std::env::var("COLUMNS").ok();
    choose(Seen {
        columns: parse_columns(columns.as_deref()),
        stdout: terminal_width(&std::io::stdout()),
        stderr: terminal_width(&std::io::stderr()),
    })
}

/// The width of the terminal `stream` is, if it is one.
fn terminal_width(stream: &(impl IsTerminal + std::os::fd::AsRawFd)) -> Option<u32> {
    if !stream.is_terminal() {
        return None;
    }
    // SAFETY: TIOCGWINSZ only writes a `winsize` into the struct it is given.
    let mut size = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    let ok = unsafe { libc::ioctl(stream.as_raw_fd(), libc::TIOCGWINSZ, &mut size) } == 0;
    (ok && size.ws_col > 0).then_some(u32::from(size.ws_col))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_then_stdout_then_stderr_then_80() {
        let all = Seen {
            columns: Some(50),
            stdout: Some(120),
            stderr: Some(90),
        };
        assert_eq!(choose(all), 50);
        assert_eq!(
            choose(Seen {
                columns: None,
                ..all
            }),
            120
        );
        assert_eq!(
            choose(Seen {
                columns: None,
                stdout: None,
                ..all
            }),
            90
        );
        assert_eq!(choose(Seen::default()), 80);
        assert_eq!(parse_columns(Some("72")), Some(72));
        assert_eq!(parse_columns(Some("0")), None);
        assert_eq!(parse_columns(Some("wide")), None);
        assert_eq!(parse_columns(None), None);
    }
}
