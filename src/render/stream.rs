//! `hamish render` of a plain UTF-8 file (see `plain.rs`) without holding it: the file is read
//! in chunks cut right after a line ending, each chunk's paragraphs are laid out on one of
//! every core's workers, and the chunks are written in order as they come back. At most a few
//! chunks are in memory at once, whatever the size of the file (a single paragraph is kept
//! whole: it is laid out as one).
//!
//! Paragraph directions are those of `Article` (UAX #9 P2–P3; a paragraph with no strong char
//! takes the one before it, those at the start the document's first): each chunk is sent with
//! the direction its first paragraphs inherit. Knows the text engine and byte streams; nothing
//! about terminals or styling (styled output goes through `Article`).

use std::collections::BTreeMap;
use std::io::{self, Read, Write};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Mutex;

use super::plain::PlainFile;
use super::write_layout;
use crate::text::article::paragraph_ranges;
use crate::text::direction::first_strong;
use crate::text::{Direction, LayoutOptions, Layouter, ParagraphLayout};

/// Bytes read per chunk (more when a paragraph is longer).
const CHUNK: usize = 1 << 17;

/// Why a streamed render stopped.
#[derive(Debug)]
pub enum Failure {
    /// Reading the file failed, or it changed into something that is not UTF-8 meanwhile.
    Read(io::Error),
    /// Writing the output failed.
    Write(io::Error),
}

/// Lays out `plain` with `options` (no styling) on `threads` workers, writing to `out`.
pub fn render_plain(
    plain: PlainFile,
    options: &LayoutOptions,
    threads: usize,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let mut chunks = Chunks {
        file: plain.file.take(plain.len),
        carry: Vec::new(),
        eof: false,
        started: false,
    };
    let mut first = chunks.next(Vec::new()).map_err(Failure::Read)?;
    let first_text = first.get_or_insert_with(Vec::new);
    if first_text.starts_with("\u{feff}".as_bytes()) {
        first_text.drain(..3);
    }
    // Paragraphs before the first strong char take its direction: read on until there is one.
    let document = loop {
        if let Some(d) = paragraphs(first_text).find_map(strong) {
            break d;
        }
        match chunks.next(Vec::new()).map_err(Failure::Read)? {
            Some(more) => first_text.extend_from_slice(&more),
            None => break Direction::default(),
        }
    };
    let feed = Feed {
        chunks,
        first,
        incoming: document,
    };
    if threads <= 1 || feed.chunks.done() {
        return inline(feed, options, out);
    }
    pipeline(feed, options, threads, out)
}

/// The chunks still to lay out and the direction the next one inherits.
struct Feed<R> {
    chunks: Chunks<R>,
    first: Option<Vec<u8>>,
    incoming: Direction,
}

impl<R: Read> Feed<R> {
    /// The next chunk (read into `buf`) and the direction its first paragraphs inherit.
    fn next(&mut self, buf: Vec<u8>) -> io::Result<Option<(Vec<u8>, Direction)>> {
        let text = match self.first.take() {
            Some(first) => first,
            None => match self.chunks.next(buf)? {
                Some(text) => text,
                None => return Ok(None),
            },
        };
        let incoming = self.incoming;
        if let Some(last) = paragraphs(&text).rev().find_map(strong) {
            self.incoming = last;
        }
        Ok(Some((text, incoming)))
    }
}

/// The paragraphs of `bytes` (empty pieces between `\r` and `\n` too: they have no strong char).
fn paragraphs(bytes: &[u8]) -> impl DoubleEndedIterator<Item = &[u8]> {
    bytes.split(|&b| b == b'\n' || b == b'\r')
}

/// The direction of a paragraph's first strong char, if it is UTF-8 and has one.
fn strong(paragraph: &[u8]) -> Option<Direction> {
    std::str::from_utf8(paragraph).ok().and_then(first_strong)
}

/// Lays out and writes chunk after chunk on this thread: small files, or one core.
fn inline<R: Read>(
    mut feed: Feed<R>,
    options: &LayoutOptions,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let mut worker = Worker::default();
    let (mut spare, mut buf) = (Vec::new(), Vec::new());
    while let Some((text, incoming)) = feed.next(spare).map_err(Failure::Read)? {
        buf.clear();
        worker.lay(&text, incoming, options, &mut buf)?;
        out.write_all(&buf).map_err(Failure::Write)?;
        spare = text;
    }
    Ok(())
}

/// A chunk sent to a worker and back.
struct Job {
    seq: usize,
    text: Vec<u8>,
    incoming: Direction,
    out: Vec<u8>,
    ok: bool,
}

/// Workers lay chunks out while this thread reads the next ones and writes those done, in
/// order, with at most a few chunks out at once (their buffers are reused).
fn pipeline<R: Read>(
    mut feed: Feed<R>,
    options: &LayoutOptions,
    threads: usize,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let (job_tx, job_rx) = mpsc::channel::<Job>();
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<Job>();
    std::thread::scope(|s| {
        for _ in 0..threads {
            let (jobs, done) = (&job_rx, done_tx.clone());
            s.spawn(move || work(jobs, done, options));
        }
        drop(done_tx);
        // Moved in: dropped on return, which stops the workers.
        let job_tx = job_tx;
        let (max, mut sent, mut written) = (2 * threads + 2, 0, 0);
        let mut spare: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
        let mut waiting = BTreeMap::new();
        let mut more = true;
        loop {
            while more && sent - written < max {
                let (buf, out) = spare.pop().unwrap_or_default();
                let Some((text, incoming)) = feed.next(buf).map_err(Failure::Read)? else {
                    more = false;
                    break;
                };
                let job = Job {
                    seq: sent,
                    text,
                    incoming,
                    out,
                    ok: true,
                };
                job_tx.send(job).map_err(|_| Failure::Read(stopped()))?;
                sent += 1;
            }
            if written == sent {
                return Ok(());
            }
            let job = done_rx.recv().map_err(|_| Failure::Read(stopped()))?;
            waiting.insert(job.seq, job);
            while let Some(job) = waiting.remove(&written) {
                if !job.ok {
                    return Err(Failure::Read(changed()));
                }
                out.write_all(&job.out).map_err(Failure::Write)?;
                written += 1;
                spare.push((job.text, job.out));
            }
        }
    })
}

/// A worker: lays out each chunk it receives and sends it back, until there are no more.
fn work(jobs: &Mutex<Receiver<Job>>, done: Sender<Job>, options: &LayoutOptions) {
    let mut worker = Worker::default();
    loop {
        let job = match jobs.lock() {
            Ok(jobs) => jobs.recv(),
            Err(_) => return,
        };
        let Ok(mut job) = job else { return };
        job.out.clear();
        job.ok = worker
            .lay(&job.text, job.incoming, options, &mut job.out)
            .is_ok();
        if done.send(job).is_err() {
            return;
        }
    }
}

/// One thread's reusable layout space (lines' glyphs only: output needs no cells).
struct Worker {
    layouter: Layouter,
    layout: ParagraphLayout,
}

impl Default for Worker {
    fn default() -> Worker {
        Worker {
            layouter: Layouter::text_only(),
            layout: ParagraphLayout::default(),
        }
    }
}

impl Worker {
    /// Lays out the paragraphs of `text` (whose first ones inherit `incoming`) into `out`.
    fn lay(
        &mut self,
        text: &[u8],
        incoming: Direction,
        options: &LayoutOptions,
        out: &mut Vec<u8>,
    ) -> Result<(), Failure> {
        let text = std::str::from_utf8(text).map_err(|_| Failure::Read(changed()))?;
        let mut previous = incoming;
        for range in paragraph_ranges(text) {
            let paragraph = &text[range];
            let direction = first_strong(paragraph).unwrap_or(previous);
            previous = direction;
            self.layouter
                .layout_into(paragraph, direction, options, &mut self.layout);
            write_layout(&self.layout, options, false, false, None, out);
        }
        Ok(())
    }
}

fn changed() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        "changed while it was read (it is no longer UTF-8 text)",
    )
}

fn stopped() -> io::Error {
    io::Error::other("a layout thread stopped")
}

/// A file read in chunks that end right after a line ending (never between `\r` and `\n`), or
/// at the end of the file.
struct Chunks<R> {
    file: R,
    /// Bytes read after the last chunk's end.
    carry: Vec<u8>,
    eof: bool,
    started: bool,
}

impl<R: Read> Chunks<R> {
    /// Whether every chunk has been given out.
    fn done(&self) -> bool {
        self.started && self.eof && self.carry.is_empty()
    }

    /// The next chunk, read into `buf`; `None` after the last. The first is given even when the
    /// file is empty (an empty file is one empty paragraph).
    fn next(&mut self, mut buf: Vec<u8>) -> io::Result<Option<Vec<u8>>> {
        if self.done() {
            return Ok(None);
        }
        self.started = true;
        buf.clear();
        buf.append(&mut self.carry);
        let mut searched = 0;
        loop {
            if !self.eof && buf.len() < CHUNK {
                let want = CHUNK - buf.len();
                self.fill(&mut buf, want)?;
            }
            if let Some(at) = cut(&buf, searched, self.eof) {
                self.carry.extend_from_slice(&buf[at..]);
                buf.truncate(at);
                return Ok(Some(buf));
            }
            searched = buf.len();
            self.fill(&mut buf, CHUNK)?;
        }
    }

    fn fill(&mut self, buf: &mut Vec<u8>, n: usize) -> io::Result<()> {
        let got = self.file.by_ref().take(n as u64).read_to_end(buf)?;
        if got < n {
            self.eof = true;
        }
        Ok(())
    }
}

/// Where to end a chunk of `buf` (whose bytes before `from` hold no line ending): after its last
/// line ending, or at its end at the end of the file. A `\r` as the last byte may be the first
/// half of `\r\n`.
fn cut(buf: &[u8], from: usize, eof: bool) -> Option<usize> {
    if eof {
        return Some(buf.len());
    }
    if let Some(i) = buf[from..].iter().rposition(|&b| b == b'\n') {
        return Some(from + i + 1);
    }
    let before_last = buf.len().saturating_sub(1);
    let from = from.saturating_sub(1).min(before_last);
    buf[from..before_last]
        .iter()
        .rposition(|&b| b == b'\r')
        .map(|i| from + i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunked(text: &[u8], size: usize) -> Vec<Vec<u8>> {
        let mut chunks = Chunks {
            file: text,
            carry: Vec::new(),
            eof: false,
            started: false,
        };
        let mut v = Vec::new();
        while let Some(c) = chunks.next(Vec::with_capacity(size)).unwrap() {
            v.push(c);
        }
        v
    }

    #[test]
    fn chunks_end_after_line_endings_and_cover_the_text() {
        let line = "سلام\r\n\r\nhello\rend\n".repeat(20_000);
        let chunks = chunked(line.as_bytes(), CHUNK);
        assert!(chunks.len() > 2, "{}", chunks.len());
        assert_eq!(chunks.concat(), line.as_bytes());
        for pair in chunks.windows(2) {
            assert!(pair[0].ends_with(b"\n") || pair[0].ends_with(b"\r"));
            assert!(!(pair[0].ends_with(b"\r") && pair[1].starts_with(b"\n")));
        }
        // A paragraph longer than a chunk stays whole; `\r` ends one only before something else.
        let long = format!("{}\r{}\r", "a".repeat(3 * CHUNK), "b".repeat(CHUNK));
        let chunks = chunked(long.as_bytes(), CHUNK);
        assert_eq!(chunks.len(), 2);
        assert_eq!(chunks[0].len(), 3 * CHUNK + 1);
        assert_eq!(chunked(b"", CHUNK), [b""]);
    }

    /// The streamed output of `text` on `threads` workers, and that of the whole `Article`.
    fn both(text: &str, threads: usize, options: &LayoutOptions) -> (Vec<u8>, Vec<u8>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, text).unwrap();
        let plain = super::super::plain::open_plain(&path, threads).unwrap();
        let mut streamed = Vec::new();
        render_plain(plain, options, threads, &mut streamed).unwrap();
        let article = crate::text::Article::from_text(text.to_string());
        let mut whole = Vec::new();
        super::super::render_article(&article, options, false, &mut whole).unwrap();
        (streamed, whole)
    }

    #[test]
    fn streamed_output_is_the_articles_across_chunks() {
        // Neutral paragraphs (numbers, blank lines) first and at every chunk start inherit the
        // direction before them; line endings of every kind; several chunks per worker.
        let block = "123\r\n\r\nنفى الرئيس «بوتين» 24 ساعة (تاس).\rHello «world» 7\n...\n\n";
        let text = format!("\u{feff}42\n\n{}", block.repeat(12_000));
        assert!(text.len() > 6 * CHUNK);
        for threads in [1, 2, 3] {
            for width in [0, 9, 80] {
                let options = LayoutOptions {
                    width,
                    ..LayoutOptions::default()
                };
                let (streamed, whole) = both(&text, threads, &options);
                assert!(streamed == whole, "{threads} threads, width {width}");
            }
        }
        let (streamed, whole) = both("", 2, &LayoutOptions::default());
        assert_eq!(
            (streamed.as_slice(), whole.as_slice()),
            (&b"\n"[..], &b"\n"[..])
        );
        let (streamed, whole) = both("1\n\nשלום", 2, &LayoutOptions::default());
        assert_eq!(streamed, whole);
    }

    #[test]
    fn a_cr_at_a_chunk_end_waits_for_the_next_byte() {
        assert_eq!(cut(b"ab\r", 0, false), None);
        assert_eq!(cut(b"a\rb\r", 0, false), Some(2));
        assert_eq!(cut(b"a\r\nb", 0, false), Some(3));
        assert_eq!(cut(b"a\r", 2, false), None);
        assert_eq!(cut(b"a\rb", 2, false), Some(2));
    }
}
