//! What a fetch started by the reader (`hamish-news --for-reader`) tells the reader, one JSON
//! line per event on its standard output: a feed that is in (how many articles it saved, and
//! its summary when anything in it failed), or why the fetch could not start. The reader
//! shows them as progress; [`line`] writes them and [`read`] reads them back.
//!
//! Knows the report of one feed; nothing about processes, terminals or drawing.

use serde::{Deserialize, Serialize};

use super::run::{summary, Report};

/// One line of the fetch's output.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Line {
    /// A feed is in: the articles it saved, and its summary when the feed or an item failed.
    Feed {
        /// Articles saved.
        new: usize,
        /// The feed's summary line, when anything in it failed.
        failed: Option<String>,
    },
    /// The fetch could not start, and why (no feeds, no data directory, …).
    Stopped {
        /// Why.
        why: String,
    },
}

impl Line {
    /// The line for one feed's report.
    pub(crate) fn feed(report: &Report) -> Line {
        Line::Feed {
            new: report.new.len(),
            failed: report.failed_any().then(|| summary(report)),
        }
    }

    /// The line as written: JSON on one line (strings escaped, so a newline inside a feed's
    /// name or error cannot start another line).
    pub(crate) fn line(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// A line read back; `None` for a line that is not one (a half-written last line when the
/// fetch was killed).
pub(crate) fn read(line: &str) -> Option<Line> {
    serde_json::from_str(line).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_feed_reads_back_with_its_count_and_the_summary_only_when_something_failed() {
        let mut report = Report {
            name: "أخبار\nx".into(),
            new: vec!["a.txt".into(), "b.txt".into()],
            ..Report::default()
        };
        let line = Line::feed(&report).line();
        assert!(!line.contains('\n'), "{line}");
        assert_eq!(
            read(&line),
            Some(Line::Feed {
                new: 2,
                failed: None
            })
        );
        report.failed.push("https://example.org/1: 404".into());
        let Some(Line::Feed { new, failed }) = read(&Line::feed(&report).line()) else {
            panic!("not a feed line");
        };
        assert_eq!(new, 2);
        assert_eq!(failed.as_deref(), Some(summary(&report).as_str()));
    }

    #[test]
    fn a_stop_reads_back_and_a_cut_line_is_none() {
        let stop = Line::Stopped {
            why: "no feeds yet".into(),
        };
        assert_eq!(read(&stop.line()), Some(stop));
        assert_eq!(read("{\"feed\":{\"new\":"), None);
        assert_eq!(read(""), None);
    }
}
