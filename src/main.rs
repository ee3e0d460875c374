//! The `hamish` command: parses the command line and dispatches to the reader (`hamish [PATH]`),
//! `hamish render` or `hamish check-terminal`.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use hamish::render::{ColorChoice, RenderArgs};
use hamish::text::{BidiMode, Shaping};
use hamish::tui::ReadArgs;

const USAGE: &str = "\
usage: hamish [--bidi auto|app|terminal] [--shaping forms|none] [DIR | FILE]
       hamish render [--width N] [--bidi app|terminal] [--shaping forms|none]
                     [--color auto|always|never] FILE...
       hamish check-terminal
       hamish merge-driver BASE OURS THEIRS   (git merge driver for *.annotations.toml)

With no path, hamish opens its library of sample articles; with a directory, the articles
(*.txt) in it; with a file, that article.";

enum Command {
    Read(ReadArgs),
    Render(RenderArgs),
    CheckTerminal,
    MergeDriver(PathBuf, PathBuf, PathBuf),
    Help,
}

fn main() -> ExitCode {
    match parse(std::env::args_os().skip(1).collect()) {
        Ok(Command::Read(args)) => hamish::tui::run(args),
        Ok(Command::Render(args)) => hamish::render::run(&args),
        Ok(Command::CheckTerminal) => hamish::tui::check_terminal(),
        Ok(Command::MergeDriver(base, ours, theirs)) => {
            hamish::merge_driver::run(&base, &ours, &theirs)
        }
        Ok(Command::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("hamish: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn parse(args: Vec<OsString>) -> Result<Command, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut render: Option<RenderArgs> = None;
    let mut read = ReadArgs::default();
    let mut first = true;
    let mut check_terminal = false;
    let err = |e: lexopt::Error| e.to_string();
    while let Some(arg) = parser.next().map_err(err)? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Value(v) if first && v == "render" => render = Some(RenderArgs::default()),
            Value(v) if first && v == "merge-driver" => {
                let mut paths = Vec::new();
                for v in parser.values().map_err(err)?.take(4) {
                    paths.push(PathBuf::from(v));
                }
                let [base, ours, theirs] = <[PathBuf; 3]>::try_from(paths)
                    .map_err(|_| "merge-driver: expected BASE OURS THEIRS".to_string())?;
                return Ok(Command::MergeDriver(base, ours, theirs));
            }
            Value(v) if render.is_none() && read.path.is_none() && v == "check-terminal" => {
                check_terminal = true;
            }
            Long("width") if render.is_some() => {
                let w = parser.value().map_err(err)?.parse().map_err(err)?;
                render.as_mut().unwrap().width = Some(w);
            }
            Long("color") if render.is_some() => {
                let v = parser.value().map_err(err)?.string().map_err(err)?;
                render.as_mut().unwrap().color = v.parse::<ColorChoice>()?;
            }
            Long("bidi") => {
                let v = parser.value().map_err(err)?.string().map_err(err)?;
                match render.as_mut() {
                    Some(r) => r.bidi = v.parse::<BidiMode>()?,
                    None if v == "auto" => read.bidi = None,
                    None => read.bidi = Some(v.parse::<BidiMode>()?),
                }
            }
            Long("shaping") => {
                let v = parser.value().map_err(err)?.string().map_err(err)?;
                let s = v.parse::<Shaping>()?;
                match render.as_mut() {
                    Some(r) => r.shaping = s,
                    None => read.shaping = Some(s),
                }
            }
            Value(v) => match render.as_mut() {
                Some(r) => r.files.push(PathBuf::from(v)),
                None if read.path.is_none() => read.path = Some(PathBuf::from(v)),
                None => return Err("only one DIR or FILE can be opened".into()),
            },
            _ => return Err(arg.unexpected().to_string()),
        }
        first = false;
    }
    if check_terminal {
        if read.path.is_some() {
            return Err("check-terminal takes no path".into());
        }
        return Ok(Command::CheckTerminal);
    }
    match render {
        Some(r) if r.files.is_empty() => Err("render: no FILE given".into()),
        Some(r) => Ok(Command::Render(r)),
        None => Ok(Command::Read(read)),
    }
}
