//! `hamish render`: prints articles laid out by the engine, one output line per laid-out line;
//! several files each after a `==> name <==` line; with `--annotations` (and styling) each
//! highlight in its colour. Beside this file: `width.rs` (the default width), `marks.rs` (the
//! highlights), `plain.rs` and `stream.rs` (a plain UTF-8 file laid out as it is read).
//!
//! A plain UTF-8 file without styling streams through every core, never held whole; styled
//! output and other encodings load an [`Article`] and lay its paragraphs out in parallel batches.
//! Knows the text engine and plain output streams; nothing about the interactive reader.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

mod marks;
mod plain;
mod stream;
pub mod width;

use crate::text::cluster::ClusterKind;
use crate::text::sanitize::sanitize;
use crate::text::{Article, BidiMode, LayoutOptions, Layouter, Line, ParagraphLayout, Shaping};
pub use marks::Marks;

/// The widest line `render` lays out: wider is a usage error, not gigabytes of padding.
pub(crate) const MAX_WIDTH: u32 = 10_000;

/// Whether to style the output with SGR escape codes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// When stdout is a terminal and `NO_COLOR` is unset or empty
    #[default]
    Auto,
    /// Always
    Always,
    /// Never
    Never,
}

/// The options of `hamish render`.
#[derive(Clone, Debug, Default)]
pub struct RenderArgs {
    /// Files to render, in order.
    pub files: Vec<PathBuf>,
    /// Line width, at most [`MAX_WIDTH`]; `None`: the terminal's, or 80 when stdout is not a
    /// terminal; 0: no wrapping.
    pub width: Option<u32>,
    /// Who reorders.
    pub bidi: BidiMode,
    /// Whether to shape.
    pub shaping: Shaping,
    /// Styling.
    pub color: ColorChoice,
    /// Whether to draw each annotation's highlight in its colour (with styling only).
    pub annotations: bool,
}

/// Runs `hamish render`: exit status 0, or 1 when any file could not be read (the others are
/// still rendered).
pub fn run(args: &RenderArgs) -> ExitCode {
    let stdout = io::stdout();
    let is_tty = stdout.is_terminal();
    let width = args
        .width
        .unwrap_or_else(width::default_width)
        .min(MAX_WIDTH);
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let options = LayoutOptions {
        width,
        bidi: args.bidi,
        shaping: args.shaping,
    };
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut status = ExitCode::SUCCESS;
    let mut first = true;
    for file in &args.files {
        let shown = sanitize(&file.display().to_string());
        let header = (args.files.len() > 1).then(|| header(&shown, first, color));
        let result = render_file(file, header, &options, color, args.annotations, &mut out);
        match result {
            Ok(()) => first = false,
            Err(Failed::Load(e)) => {
                let _ = out.flush();
                eprintln!("hamish: {shown}: {}", sanitize(&e));
                status = ExitCode::FAILURE;
            }
            Err(Failed::Read(e)) => {
                let _ = out.flush();
                eprintln!("hamish: {shown}: {}", sanitize(&e.to_string()));
                status = ExitCode::FAILURE;
                first = false;
            }
            Err(Failed::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => return status,
            Err(Failed::Write(e)) => {
                eprintln!("hamish: {shown}: cannot write output: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("hamish: cannot write output: {e}");
            return ExitCode::FAILURE;
        }
    }
    status
}

/// Why one file of several was not rendered (whole).
enum Failed {
    /// It could not be read or decoded: nothing was written for it.
    Load(String),
    /// Reading it failed part way: part of it was written.
    Read(io::Error),
    /// Writing failed.
    Write(io::Error),
}

/// Writes `header` (when given) and the file at `path` laid out. Plain UTF-8 without styling
/// streams (see `stream.rs`); anything else is loaded whole as an [`Article`].
fn render_file(
    path: &std::path::Path,
    header: Option<String>,
    options: &LayoutOptions,
    color: bool,
    annotations: bool,
    out: &mut impl Write,
) -> Result<(), Failed> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let plain = match color {
        false => plain::open_plain(path, threads),
        true => None,
    };
    if let Some(plain) = plain {
        if let Some(h) = header {
            out.write_all(h.as_bytes()).map_err(Failed::Write)?;
        }
        return stream::render_plain(plain, options, threads, out).map_err(|f| match f {
            stream::Failure::Read(e) => Failed::Read(e),
            stream::Failure::Write(e) => Failed::Write(e),
        });
    }
    let (article, marks) = load(path, annotations && color).map_err(Failed::Load)?;
    if let Some(h) = header {
        out.write_all(h.as_bytes()).map_err(Failed::Write)?;
    }
    render_marked(&article, options, color, &marks, out).map_err(Failed::Write)
}

/// The article at `path`, and its highlights when `annotations` (else none).
fn load(path: &std::path::Path, annotations: bool) -> Result<(Article, Marks), String> {
    let article = Article::load(path).map_err(|e| e.to_string())?;
    let marks = match annotations {
        true => Marks::read(path)?,
        false => Marks::default(),
    };
    Ok((article, marks))
}

/// The line before each of several files, as `head` writes it (`==> name <==`, after a blank
/// line but for the first), bold and coloured when styling; `name` is already sanitised.
pub fn header(name: &str, first: bool, color: bool) -> String {
    let gap = if first { "" } else { "\n" };
    match color {
        true => format!("{gap}\x1b[1;36m==> {name} <==\x1b[0m\n"),
        false => format!("{gap}==> {name} <==\n"),
    }
}

/// Text per batch of paragraphs laid out in parallel: bounds memory on huge files.
const BATCH_BYTES: usize = 1 << 20;

/// Writes `article` laid out with `options` to `out`.
pub fn render_article(
    article: &Article,
    options: &LayoutOptions,
    color: bool,
    out: &mut impl Write,
) -> io::Result<()> {
    render_marked(article, options, color, &Marks::default(), out)
}

/// [`render_article`] with highlights (drawn only when `color`).
pub(crate) fn render_marked(
    article: &Article,
    options: &LayoutOptions,
    color: bool,
    marks: &Marks,
    out: &mut impl Write,
) -> io::Result<()> {
    let title =
        (0..article.paragraph_count()).find(|&i| !article.paragraph(i).text.trim().is_empty());
    let style = Style {
        options: *options,
        color,
        title,
        marks: if color {
            marks.clone()
        } else {
            Marks::default()
        },
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads == 1 || article.text().len() < BATCH_BYTES / 8 {
        let mut buf = Vec::new();
        render_range(article, 0..article.paragraph_count(), &style, &mut buf);
        return out.write_all(&buf);
    }
    let mut bufs: Vec<Vec<u8>> = vec![Vec::new(); threads];
    let mut start = 0;
    let n = article.paragraph_count();
    while start < n {
        // One batch: about BATCH_BYTES of text per thread, split into contiguous chunks.
        let mut bounds = vec![start];
        let mut end = start;
        for _ in 0..threads {
            let mut bytes = 0;
            while end < n && bytes < BATCH_BYTES {
                bytes += article.paragraph(end).text.len() + 1;
                end += 1;
            }
            bounds.push(end);
        }
        std::thread::scope(|s| {
            for (i, buf) in bufs.iter_mut().enumerate() {
                let range = bounds[i]..bounds[i + 1];
                let style = &style;
                s.spawn(move || {
                    buf.clear();
                    render_range(article, range, style, buf);
                });
            }
        });
        for buf in &bufs {
            out.write_all(buf)?;
        }
        start = end;
    }
    Ok(())
}

struct Style {
    options: LayoutOptions,
    color: bool,
    title: Option<usize>,
    marks: Marks,
}

fn render_range(
    article: &Article,
    range: std::ops::Range<usize>,
    style: &Style,
    out: &mut Vec<u8>,
) {
    // Styling draws cell by cell; plain output prints each line's glyphs.
    let mut layouter = match style.color {
        true => Layouter::default(),
        false => Layouter::text_only(),
    };
    let mut layout = ParagraphLayout::default();
    for i in range {
        let p = article.paragraph(i);
        layouter.layout_into(p.text, p.direction, &style.options, &mut layout);
        let bold = style.color && style.title == Some(i);
        let marks = (!style.marks.is_empty()).then_some((&style.marks, p.char_start));
        write_layout(&layout, &style.options, style.color, bold, marks, out);
    }
}

/// Writes each line of `layout`: RTL lines padded on the left to the width (app mode only: in
/// terminal mode the terminal aligns the lines it reorders itself). `marks`: the highlights and
/// the paragraph's first article char.
fn write_layout(
    layout: &ParagraphLayout,
    options: &LayoutOptions,
    color: bool,
    bold: bool,
    marks: Option<(&Marks, usize)>,
    out: &mut Vec<u8>,
) {
    for line in layout.lines() {
        if options.bidi == BidiMode::App && options.width > 0 && line.width() > 0 {
            let pad = line.indent(options.width) as usize;
            out.extend(std::iter::repeat_n(b' ', pad));
        }
        if !color {
            out.extend_from_slice(line.text().as_bytes());
        } else {
            write_styled(&line, bold, marks, out);
        }
        out.push(b'\n');
    }
}

/// One line's cells with SGR styling: bold for the title, reverse video for the symbols shown
/// for controls, the background of the highlight each cell is in.
fn write_styled(line: &Line<'_>, bold: bool, marks: Option<(&Marks, usize)>, out: &mut Vec<u8>) {
    if bold {
        out.extend_from_slice(b"\x1b[1m");
    }
    let mut background = None;
    for cell in line.cells() {
        if let Some((marks, start)) = marks {
            let chars = start + cell.chars.start as usize..start + cell.chars.end as usize;
            let now = marks.at(chars);
            if now != background {
                match now {
                    Some(sgr) => out.extend_from_slice(format!("\x1b[{sgr}m").as_bytes()),
                    None => out.extend_from_slice(b"\x1b[49m"),
                }
                background = now;
            }
        }
        let symbol = matches!(cell.kind, ClusterKind::Control(_) | ClusterKind::LoneMark);
        if symbol {
            out.extend_from_slice(b"\x1b[7m");
        }
        out.extend_from_slice(line.glyph(cell).as_bytes());
        if symbol {
            out.extend_from_slice(if bold { b"\x1b[27m" } else { b"\x1b[0m" });
            if !bold {
                // The reset took the background too: set it again at the next cell.
                background = None;
            }
        }
    }
    if bold {
        out.extend_from_slice(b"\x1b[0m");
    } else if background.is_some() {
        out.extend_from_slice(b"\x1b[49m");
    }
}
