//! Files that are not what their names say (issue 10, "FIFOs, devices and huge files hang or
//! exhaust memory"): a named pipe called `b.txt` or used as a sidecar, `/dev/zero` behind a
//! link as an article or a sidecar, and a 2 GB sparse `.txt`. Each must be refused quickly with
//! a message saying why; every test runs its work on a thread with a deadline, so a regression
//! fails instead of hanging the suite.
#![cfg(unix)]

use std::ffi::CString;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use hamish::annotate::library::scan_library;
use hamish::annotate::store::Store;
use hamish::text::Article;
use hamish::tui::screens::library::state::Library;

/// Runs `f` on a thread and fails if it takes more than a few seconds.
fn within<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(20))
        .unwrap_or_else(|e| panic!("{what}: did not finish ({e})"))
}

fn mkfifo(path: &Path) {
    let c = CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0, "mkfifo");
}

fn sparse(path: &Path, len: u64) {
    fs::File::create(path).unwrap().set_len(len).unwrap();
}

const TEXT: &str = "ليس تحالفاً عسكرياً بل شراكة.\n";

#[test]
fn a_fifo_named_like_an_article_or_a_sidecar_does_not_hang_the_library() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), TEXT).unwrap();
    mkfifo(&dir.path().join("a.txt.annotations.toml"));
    mkfifo(&dir.path().join("b.txt"));
    let path = dir.path().to_path_buf();
    let lib = within("the library", move || Library::load(&path).unwrap());
    let b = lib.entries.iter().find(|e| e.name == "b.txt").unwrap();
    let error = b.error.as_deref().unwrap_or("");
    assert!(error.contains("named pipe"), "{error}");
    let a = lib.entries.iter().find(|e| e.name == "a.txt").unwrap();
    assert_eq!(a.error, None);
    let problem = a.sidecar_problem.as_deref().unwrap_or("");
    assert!(problem.contains("named pipe"), "{problem}");

    let article = dir.path().join("a.txt");
    let err = within("opening the store", move || {
        let loaded = Article::load(&article).unwrap();
        Store::open(&article, &loaded).unwrap_err().to_string()
    });
    assert!(err.contains("named pipe"), "{err}");
}

#[test]
fn dev_zero_behind_a_link_is_refused_as_an_article_and_as_a_sidecar() {
    let dir = tempfile::tempdir().unwrap();
    symlink("/dev/zero", dir.path().join("z.txt")).unwrap();
    fs::write(dir.path().join("a.txt"), TEXT).unwrap();
    symlink("/dev/zero", dir.path().join("a.txt.annotations.toml")).unwrap();
    let z = dir.path().join("z.txt");
    let err = within("loading /dev/zero", move || {
        Article::load(&z).unwrap_err().to_string()
    });
    assert!(err.contains("character device"), "{err}");
    let path = dir.path().to_path_buf();
    let index = within("scanning sidecars", move || scan_library(&path).unwrap());
    let problems: Vec<String> = index.problems.iter().map(|(_, p)| p.to_string()).collect();
    assert!(
        problems.iter().any(|p| p.contains("character device")),
        "{problems:?}"
    );
}

#[test]
fn a_huge_sparse_article_or_sidecar_is_refused_naming_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    sparse(&dir.path().join("huge.txt"), 2 << 30);
    fs::write(dir.path().join("a.txt"), TEXT).unwrap();
    sparse(&dir.path().join("a.txt.annotations.toml"), 100 << 20);
    let huge = dir.path().join("huge.txt");
    let err = within("loading a 2 GB file", move || {
        Article::load(&huge).unwrap_err().to_string()
    });
    assert!(err.contains("2 GiB") && err.contains("128 MiB"), "{err}");

    let path = dir.path().to_path_buf();
    let lib = within("the library", move || Library::load(&path).unwrap());
    let e = lib.entries.iter().find(|e| e.name == "huge.txt").unwrap();
    assert!(
        e.error.as_deref().unwrap_or("").contains("128 MiB"),
        "{e:?}"
    );
    let a = lib.entries.iter().find(|e| e.name == "a.txt").unwrap();
    let problem = a.sidecar_problem.as_deref().unwrap_or("");
    assert!(problem.contains("64 MiB"), "{problem}");

    let article = dir.path().join("a.txt");
    let err = within("opening the store", move || {
        let loaded = Article::load(&article).unwrap();
        Store::open(&article, &loaded).unwrap_err().to_string()
    });
    assert!(
        err.contains("64 MiB") && err.contains("annotations file"),
        "{err}"
    );
}

#[test]
fn render_refuses_a_fifo_and_a_huge_file_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("p.txt");
    mkfifo(&fifo);
    let huge = dir.path().join("huge.txt");
    sparse(&huge, 2 << 30);
    for file in [fifo, huge] {
        let out = within("hamish render", move || {
            std::process::Command::new(env!("CARGO_BIN_EXE_hamish"))
                .args(["render", "--width", "40"])
                .arg(&file)
                .output()
                .unwrap()
        });
        assert!(!out.status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("not a regular file") || stderr.contains("128 MiB"),
            "{stderr}"
        );
    }
}
