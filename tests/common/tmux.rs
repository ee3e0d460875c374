//! Running the real `hamish` binary inside tmux for end-to-end tests: a server on its own socket,
//! isolated HOME and XDG directories, keys sent with `send-keys` (text with `-l`), the screen read
//! with `capture-pane`, the raw bytes hamish wrote kept with `pipe-pane`, bounded polling, and the
//! server killed on drop (so also when a test fails).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long to wait for the screen to show something before failing.
const PATIENCE: Duration = Duration::from_secs(20);

/// The hamish binary under test.
pub fn hamish() -> &'static str {
    env!("CARGO_BIN_EXE_hamish")
}

/// Fails the test unless tmux can be run. The tests that call it are marked
/// `#[cfg_attr(missing_tmux, ignore = ...)]`: `build.rs` sets that cfg when tmux is missing
/// (except under `CI`), so `cargo test` reports them as ignored, never as passed.
pub fn require_tmux() {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "tmux is needed (apt-get install tmux{})",
        if std::env::var_os("CI").is_some() {
            "; .ci/run must install it"
        } else {
            ", or `touch build.rs`, and this test is ignored"
        }
    );
}

/// One tmux server running one hamish.
pub struct Tmux {
    /// The server's own socket, inside `dir` so that it goes away with the test.
    socket: PathBuf,
    /// Temporary HOME, XDG_CONFIG_HOME and XDG_DATA_HOME live under this.
    pub dir: tempfile::TempDir,
    /// Raw bytes hamish wrote to its terminal.
    pub raw: PathBuf,
}

static SERVERS: AtomicUsize = AtomicUsize::new(0);

impl Tmux {
    /// Starts `hamish ARGS` in a `width`×`height` pane, with its own HOME and XDG directories
    /// (plus `env`), recording its output from its first byte. hamish runs as a child of the
    /// pane's shell, which records its exit status in a file (tmux itself may leave an exited
    /// pane process unreaped for a long time).
    pub fn start(args: &[&str], size: (u16, u16), env: &[(&str, &str)]) -> Tmux {
        let dir = tempfile::tempdir().unwrap();
        let mut command = String::new();
        for (k, v) in env {
            command.push_str(&format!("{k}={} ", quote(Path::new(v))));
        }
        command.push_str(&quote(Path::new(hamish())));
        for a in args {
            command.push(' ');
            command.push_str(&quote(Path::new(a)));
        }
        let status = dir.path().join("status");
        command.push_str(&format!("; echo $? > {}", quote(&status)));
        Tmux::start_command(dir, &command, size)
    }

    /// Starts an interactive shell (for job control) in the same isolated environment.
    pub fn start_shell(size: (u16, u16)) -> Tmux {
        let dir = tempfile::tempdir().unwrap();
        Tmux::start_command(dir, "PS1='$ ' bash --norc --noprofile -i", size)
    }

    /// Runs `command` (after `env` with the isolated directories) once output is recorded.
    fn start_command(dir: tempfile::TempDir, command: &str, (width, height): (u16, u16)) -> Tmux {
        let n = SERVERS.fetch_add(1, Ordering::SeqCst);
        let socket = dir.path().join(format!("tmux-{n}.sock"));
        for sub in ["home", "config", "data"] {
            std::fs::create_dir(dir.path().join(sub)).unwrap();
        }
        let raw = dir.path().join("raw.out");
        let go = dir.path().join("go");
        let script = format!(
            "while [ ! -e {go} ]; do sleep 0.01; done; env HOME={home} \
             XDG_CONFIG_HOME={config} XDG_DATA_HOME={data} TERM=xterm-256color {command}",
            go = quote(&go),
            home = quote(&dir.path().join("home")),
            config = quote(&dir.path().join("config")),
            data = quote(&dir.path().join("data")),
        );
        let tmux = Tmux { socket, dir, raw };
        let (w, h) = (width.to_string(), height.to_string());
        tmux.ok(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            &w,
            "-y",
            &h,
            &script,
        ]);
        tmux.ok(&["set-option", "-g", "remain-on-exit", "on"]);
        tmux.ok(&["set-option", "-g", "escape-time", "10"]);
        let pipe = format!("cat >> {}", quote(&tmux.raw));
        tmux.ok(&["pipe-pane", "-o", "-t", "t", &pipe]);
        std::fs::write(&go, "").unwrap();
        tmux
    }

    /// Runs a tmux command on this server.
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Presses keys (tmux key names: `Enter`, `C-c`, `j`, `Space`).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        self.ok(&args);
    }

    /// Types text literally (Arabic included).
    pub fn type_text(&self, text: &str) {
        self.ok(&["send-keys", "-t", "t", "-l", text]);
    }

    /// The screen as text, one line per row.
    pub fn screen(&self) -> String {
        self.ok(&["capture-pane", "-p", "-t", "t"])
    }

    /// The screen with its colours as escape sequences.
    pub fn screen_with_colours(&self) -> String {
        self.ok(&["capture-pane", "-p", "-e", "-t", "t"])
    }

    /// Polls the screen until `ready` holds, and returns it; fails after a bounded wait with
    /// the last screen and `what` was awaited.
    pub fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            if start.elapsed() > PATIENCE {
                panic!("waited for {what}; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Polls until the screen shows `text`.
    pub fn wait_for_text(&self, text: &str) -> String {
        self.wait_for(&format!("{text:?}"), |s| s.contains(text))
    }

    /// Resizes the window (and so the pane).
    pub fn resize(&self, width: u16, height: u16) {
        self.ok(&[
            "resize-window",
            "-t",
            "t",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
        ]);
    }

    /// The exit status once hamish has exited (`None` while it runs).
    pub fn exit_status(&self) -> Option<i32> {
        let text = std::fs::read_to_string(self.dir.path().join("status")).ok()?;
        text.trim().parse().ok()
    }

    /// Polls until hamish has exited; returns its status.
    pub fn wait_for_exit(&self) -> i32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.exit_status() {
                return status;
            }
            if start.elapsed() > PATIENCE {
                panic!("hamish did not exit; the screen shows:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The bytes hamish has written so far.
    pub fn raw_output(&self) -> Vec<u8> {
        std::fs::read(&self.raw).unwrap_or_default()
    }

    /// Polls until the bytes written to the pane satisfy `ready` (output reaches the file a
    /// little after the screen); returns them.
    pub fn wait_for_output(&self, ready: impl Fn(&[u8]) -> bool) -> Vec<u8> {
        let start = Instant::now();
        loop {
            let raw = self.raw_output();
            if ready(&raw) {
                return raw;
            }
            if start.elapsed() > PATIENCE {
                let end =
                    String::from_utf8_lossy(&raw[raw.len().saturating_sub(300)..]).into_owned();
                panic!("the output is not as awaited; it ends with {end:?}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The data directory hamish was given.
    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// A path quoted for `sh`.
fn quote(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "'\\''"))
}

/// `hamish render --width WIDTH FILE`'s lines, trailing spaces trimmed.
pub fn render(file: &Path, width: u16) -> Vec<String> {
    let out = Command::new(hamish())
        .args(["render", "--color", "never", "--width", &width.to_string()])
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.trim_end().to_string())
        .collect()
}

/// The screen's rows from `from` (row, col) on, each cut to `width` cells after `col` and
/// trimmed; assumes one char per cell plus combining marks.
pub fn rows(screen: &str, rows: std::ops::Range<usize>, col: usize) -> Vec<String> {
    screen
        .lines()
        .skip(rows.start)
        .take(rows.len())
        .map(|l| skip_cells(l, col).trim_end().to_string())
        .collect()
}

/// `line` without its first `n` cells (combining marks stay with their letter).
fn skip_cells(line: &str, n: usize) -> &str {
    use unicode_width::UnicodeWidthChar;
    let mut cells = 0;
    for (i, c) in line.char_indices() {
        if cells == n {
            return &line[i..];
        }
        cells += c.width().unwrap_or(0);
    }
    ""
}

/// The cells of `capture-pane -e` output drawn on background `rgb` (`"92;75;18"`): per row
/// that has any, the row and its chars there (combining marks stay with their letter).
pub fn cells_on_background(screen: &str, rgb: &str) -> Vec<(usize, String)> {
    let target = rgb.split(';').collect::<Vec<_>>();
    let mut out = Vec::new();
    for (y, line) in screen.lines().enumerate() {
        let mut bg: Option<Vec<String>> = None;
        let mut found = String::new();
        let mut rest = line;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("\x1b[") {
                let end = after
                    .find(|c: char| c.is_ascii_alphabetic())
                    .unwrap_or(after.len());
                if after[end..].starts_with('m') {
                    let params: Vec<&str> = after[..end].split(';').collect();
                    let mut i = 0;
                    while i < params.len() {
                        match params[i] {
                            "" | "0" | "49" => bg = None,
                            "48" if params.get(i + 1) == Some(&"2") => {
                                bg = Some(
                                    params[i + 2..(i + 5).min(params.len())]
                                        .iter()
                                        .map(|s| s.to_string())
                                        .collect(),
                                );
                                i += 4;
                            }
                            "48" if params.get(i + 1) == Some(&"5") => {
                                bg = Some(vec![format!("5:{}", params.get(i + 2).unwrap_or(&""))]);
                                i += 2;
                            }
                            "38" if params.get(i + 1) == Some(&"2") => i += 4,
                            "38" if params.get(i + 1) == Some(&"5") => i += 2,
                            _ => {}
                        }
                        i += 1;
                    }
                }
                rest = &after[(end + 1).min(after.len())..];
                continue;
            }
            let c = rest.chars().next().unwrap();
            rest = &rest[c.len_utf8()..];
            let on = bg
                .as_ref()
                .is_some_and(|b| b.iter().map(String::as_str).eq(target.iter().copied()));
            if on {
                found.push(c);
            }
        }
        if !found.is_empty() {
            out.push((y, found));
        }
    }
    out
}

/// The chars of `text` that take a cell, sorted: to compare what two screens show regardless
/// of the order rows put them in.
pub fn glyph_multiset(text: &str) -> Vec<char> {
    use unicode_width::UnicodeWidthChar;
    let mut chars: Vec<char> = text
        .chars()
        .filter(|c| !c.is_whitespace() && c.width().unwrap_or(0) > 0)
        .collect();
    chars.sort_unstable();
    chars
}

/// How `text` looks on screen, laid out on one line by `hamish render`.
pub fn rendered(dir: &Path, text: &str) -> String {
    let file = dir.join("rendered-phrase.txt");
    std::fs::write(&file, text).unwrap();
    render(&file, 0).join("\n").trim().to_string()
}
