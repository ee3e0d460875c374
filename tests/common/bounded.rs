//! Running hamish where a bug would make it hang (a named pipe where a file should be): the
//! command's output, or a failed test saying it hung, after a minute at most. And making the
//! named pipes those tests need.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

/// The output of `command` (its standard input empty), or a panic naming `what` when it has
/// not ended within a minute (it is killed).
pub fn output_within_a_minute(mut command: Command, what: &str) -> Output {
    let child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(child.wait_with_output()));
    match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(out) => out.unwrap(),
        Err(_) => {
            // SAFETY: kill(2) on the child's own pid; no memory is involved.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            panic!("{what} hung");
        }
    }
}

/// Makes a named pipe at `path` (and its folder).
pub fn mkfifo(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let ok = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(ok.success());
}
