//! The reader on a ~50 MB article built from the seeds at bench time (in the temp dir, never
//! committed):
//! - process start to the first drawn frame, hamish against `less` showing its first screen of
//!   the same file, both run in a pseudo-terminal in the same run (interleaved; medians and the
//!   ratio are printed besides criterion's estimates);
//! - in-process, a key answered (App update + draw into a ratatui `TestBackend`): `j`, Space, `G`
//!   (from the top, its layouts cold);
//! - peak memory (VmHWM) of the real process after opening the file and pressing `G`, printed
//!   against the file's size.
//!
//! Run: `cargo bench --bench reader`.

#![warn(clippy::too_many_lines)] // no function over 60 lines (clippy.toml)
#![allow(clippy::unwrap_used)] // a test or bench that cannot go on should stop, saying where
#![allow(clippy::disallowed_methods)] // tests set up and inspect files directly

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use hamish::text::Article;
use hamish::tui::app::{App, Settings};
use hamish::tui::draw::draw;
use hamish::tui::input::action::Action;
use hamish::tui::input::keymap::Keymap;
use hamish::tui::theme::Themes;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

const HAMISH: &str = env!("CARGO_BIN_EXE_hamish");
const SIZE: (u16, u16) = (100, 30);
const TARGET_BYTES: usize = 50 << 20;

/// The seeds repeated to about 50 MB.
fn big_article() -> PathBuf {
    let path = std::env::temp_dir().join("hamish-bench-50mb.txt");
    if std::fs::metadata(&path).is_ok_and(|m| m.len() as usize >= TARGET_BYTES) {
        return path;
    }
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    seeds.sort();
    let texts: Vec<String> = seeds
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let mut doc = String::with_capacity(TARGET_BYTES + 100_000);
    while doc.len() < TARGET_BYTES {
        for t in &texts {
            doc.push_str(t);
            doc.push('\n');
        }
    }
    // Written aside and renamed, so a bench running beside this one never reads half of it.
    let part = path.with_extension(format!("{}.part", std::process::id()));
    std::fs::write(&part, doc).unwrap();
    std::fs::rename(&part, &path).unwrap();
    path
}

/// A process running in a new pseudo-terminal of `SIZE`, and the terminal's master side.
struct InPty {
    child: Child,
    master: File,
    output: Vec<u8>,
}

impl InPty {
    fn spawn(program: &str, args: &[&Path], env: &[(&str, &Path)]) -> InPty {
        let (mut master, mut slave) = (0, 0);
        let size = libc::winsize {
            ws_row: SIZE.1,
            ws_col: SIZE.0,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: openpty writes two fds; the null name and termios are allowed.
        let rc = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                &size,
            )
        };
        assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
        // SAFETY: both fds were just opened and are owned here.
        let (master, slave) = unsafe { (File::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        let mut cmd = Command::new(program);
        cmd.args(args)
            .env("TERM", "xterm-256color")
            .env_remove("LESS")
            .env_remove("NO_COLOR")
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave));
        for (k, v) in env {
            cmd.env(k, v);
        }
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY, 0);
                Ok(())
            });
        }
        let child = cmd.spawn().unwrap();
        drop(cmd);
        InPty {
            child,
            master,
            output: Vec::new(),
        }
    }

    /// Reads until the output holds `marker` (10 s at most).
    fn wait_for(&mut self, marker: &[u8]) {
        let deadline = Instant::now() + Duration::from_secs(10);
        let fd = std::os::fd::AsRawFd::as_raw_fd(&self.master);
        let mut buf = [0u8; 1 << 16];
        let seen = |out: &[u8]| out.windows(marker.len()).any(|w| w == marker);
        while !seen(&self.output) {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "no {:?} within 10 s",
                String::from_utf8_lossy(marker)
            );
            let mut pfd = libc::pollfd {
                fd,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd.
            let ready = unsafe { libc::poll(&mut pfd, 1, left.as_millis() as i32) };
            if ready <= 0 {
                continue;
            }
            match self.master.read(&mut buf) {
                Ok(0) | Err(_) => panic!(
                    "terminal closed before {:?}",
                    String::from_utf8_lossy(marker)
                ),
                Ok(n) => self.output.extend_from_slice(&buf[..n]),
            }
        }
    }

    fn send(&mut self, keys: &[u8]) {
        self.master.write_all(keys).unwrap();
    }

    /// Peak resident memory, in bytes.
    fn peak_memory(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
        let kb: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
        kb * 1024
    }
}

impl Drop for InPty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An isolated HOME for hamish (no user config or themes).
fn home() -> PathBuf {
    let dir = std::env::temp_dir().join("hamish-bench-home");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn hamish_first_frame(file: &Path) -> Duration {
    let home = home();
    let env = [
        ("HOME", home.as_path()),
        ("XDG_CONFIG_HOME", home.as_path()),
        ("XDG_DATA_HOME", home.as_path()),
    ];
    let start = Instant::now();
    let mut p = InPty::spawn(HAMISH, &[file], &env);
    p.wait_for(b"? help");
    start.elapsed()
}

fn less_first_screen(file: &Path) -> Duration {
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let start = Instant::now();
    let mut p = InPty::spawn("less", &[file], &[]);
    // less ends its first screen with the prompt, which names the file.
    p.wait_for(name.as_bytes());
    start.elapsed()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn has_less() -> bool {
    Command::new("less")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn first_frame(c: &mut Criterion) {
    let file = big_article();
    let mb = std::fs::metadata(&file).unwrap().len() as f64 / (1 << 20) as f64;
    let less = has_less();
    // Interleaved runs, for a ratio measured under the same conditions.
    let (mut h, mut l) = (Vec::new(), Vec::new());
    for _ in 0..21 {
        h.push(hamish_first_frame(&file));
        if less {
            l.push(less_first_screen(&file));
        }
    }
    let hm = median(h);
    if less {
        let lm = median(l);
        println!(
            "first frame of a {mb:.1} MB article: hamish {:.1} ms, less {:.1} ms (median of 21 interleaved runs); ratio {:.2} (limit 3)",
            hm.as_secs_f64() * 1e3,
            lm.as_secs_f64() * 1e3,
            hm.as_secs_f64() / lm.as_secs_f64()
        );
    } else {
        println!(
            "first frame of a {mb:.1} MB article: hamish {:.1} ms; less not installed",
            hm.as_secs_f64() * 1e3
        );
    }
    // Peak memory after opening and going to the end.
    let home = home();
    let env = [
        ("HOME", home.as_path()),
        ("XDG_CONFIG_HOME", home.as_path()),
        ("XDG_DATA_HOME", home.as_path()),
    ];
    let mut p = InPty::spawn(HAMISH, &[&file], &env);
    p.wait_for(b"? help");
    // Keys are handled in order: once help (opened after G) shows, G's work is done.
    p.send(b"G?");
    p.wait_for(b"keys \xc2\xb7 ? or esc closes");
    let peak = p.peak_memory() as f64 / (1 << 20) as f64;
    println!("peak memory after opening and G: {peak:.1} MB for a {mb:.1} MB file ({:.2}× its size; limit 3×)", peak / mb);
    drop(p);

    let mut group = c.benchmark_group("first_frame_50mb");
    group.sample_size(20);
    group.bench_function("hamish", |b| {
        b.iter_custom(|n| (0..n).map(|_| hamish_first_frame(&file)).sum())
    });
    if less {
        group.bench_function("less", |b| {
            b.iter_custom(|n| (0..n).map(|_| less_first_screen(&file)).sum())
        });
    }
    group.finish();
}

/// An app showing the big article, as the reader would, drawn once.
fn app_on(file: &Path) -> (App, Terminal<TestBackend>) {
    let (themes, _) = Themes::load_from(None);
    let theme = themes.initial(None);
    let mut app = App::new(Settings::default(), Keymap::default(), themes, theme, SIZE);
    app.open_article(file, Article::load(file).unwrap());
    let mut term = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
    term.draw(|f| draw(&app, f.buffer_mut())).unwrap();
    (app, term)
}

fn keys(c: &mut Criterion) {
    let file = big_article();
    let (mut app, mut term) = app_on(&file);
    let mut group = c.benchmark_group("key_to_frame_50mb");
    for (name, action) in [("j", Action::LineDown), ("space", Action::PageDown)] {
        group.bench_function(name, |b| {
            b.iter(|| {
                app.update(action);
                term.draw(|f| draw(&app, f.buffer_mut())).unwrap();
            })
        });
    }
    group.bench_function("G_from_the_top", |b| {
        b.iter_custom(|n| {
            let mut total = Duration::ZERO;
            for _ in 0..n {
                app.update(Action::Top);
                term.draw(|f| draw(&app, f.buffer_mut())).unwrap();
                let start = Instant::now();
                app.update(Action::Bottom);
                term.draw(|f| draw(&app, f.buffer_mut())).unwrap();
                total += start.elapsed();
            }
            total
        })
    });
    group.finish();
}

criterion_group!(benches, first_frame, keys);
criterion_main!(benches);
