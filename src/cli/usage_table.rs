//! README's command table, generated from the command-line definitions: one row per way of
//! running hamish (the reader, then each subcommand; a group such as `feed` gives one row per
//! subcommand of its own), its usage line spelled out and its doc comment's first line. A test keeps README's copy equal to it.

use clap::{Arg, ArgAction, Command, CommandFactory};

use super::Cli;

/// The Markdown table (header and rows, each line ending in `\n`).
pub fn markdown_table() -> String {
    let cli = Cli::command();
    let mut out = String::from("| command | what it does |\n|---|---|\n");
    let mut rows = vec![row(&cli, "hamish")];
    for c in cli.get_subcommands().filter(|c| !c.is_hide_set()) {
        let name = format!("hamish {}", c.get_name());
        let group: Vec<&Command> = c
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
            .collect();
        if group.is_empty() {
            rows.push(row(c, &name));
        }
        for s in group {
            rows.push(row(s, &format!("{name} {}", s.get_name())));
        }
    }
    for (usage, about) in rows {
        out.push_str(&format!(
            "| `{}` | {} |\n",
            usage.replace('|', "\\|"),
            about
        ));
    }
    out
}

/// A command's usage line with every option spelled out, and its summary.
fn row(cmd: &Command, name: &str) -> (String, String) {
    let mut usage = name.to_string();
    for arg in cmd.get_arguments().filter_map(arg_usage) {
        usage.push(' ');
        usage.push_str(&arg);
    }
    let about = cmd.get_about().map(ToString::to_string).unwrap_or_default();
    (usage, about)
}

/// How `arg` is written in a usage line: `[--width N]`, `[--bidi app|terminal]`, `FILE…`,
/// `[DIR|FILE]`; `None` for `--help`, `--version` and hidden arguments.
fn arg_usage(arg: &Arg) -> Option<String> {
    let action = arg.get_action();
    if arg.is_hide_set() || matches!(action, ArgAction::Help | ArgAction::Version) {
        return None;
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    let value = if possible.is_empty() {
        let names = arg.get_value_names().unwrap_or_default();
        names
            .iter()
            .map(|n| n.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        possible.join("|")
    };
    let many = matches!(action, ArgAction::Append) && arg.get_long().is_none();
    let text = match arg.get_long() {
        Some(long) if action.takes_values() => format!("--{long} {value}"),
        Some(long) => format!("--{long}"),
        None if many => format!("{value}…"),
        None => value,
    };
    let repeated = matches!(action, ArgAction::Append) && arg.get_long().is_some();
    Some(if arg.is_required_set() {
        text
    } else if repeated {
        format!("[{text}]…")
    } else {
        format!("[{text}]")
    })
}
