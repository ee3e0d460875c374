//! Running `hamish` with its own XDG directories and no proxy, and reading what it saved.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

/// A home for one test: data and configuration directories of its own.
pub struct Home {
    pub dir: TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// Runs `hamish ARGS` in this home.
    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    /// [`Home::run`], failing the test if hamish has not ended within a minute (a hang would
    /// otherwise stop the suite).
    pub fn run_bounded(&self, args: &[&str]) -> Output {
        crate::common::bounded::output_within_a_minute(
            self.command(args),
            &format!("hamish {args:?}"),
        )
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_hamish"));
        cmd.args(args)
            .env("XDG_DATA_HOME", self.data())
            .env("XDG_CONFIG_HOME", self.config())
            .env("HOME", self.dir.path())
            .env("HAMISH_FETCH_TIMEOUT_MS", "1000");
        for proxy in [
            "http_proxy",
            "https_proxy",
            "HTTP_PROXY",
            "HTTPS_PROXY",
            "ALL_PROXY",
            "all_proxy",
        ] {
            cmd.env_remove(proxy);
        }
        cmd
    }
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// The `.txt` files in `dir`, sorted.
pub fn articles(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v
}

/// The `[article]` table of the sidecar beside `txt`, as read by hamish's own parser.
pub fn article_table(txt: &Path) -> hamish::annotate::model::ArticleInfo {
    let mut name = txt.as_os_str().to_owned();
    name.push(".annotations.toml");
    let bytes = std::fs::read(PathBuf::from(name)).unwrap();
    hamish::annotate::sidecar::parse_bytes(&bytes)
        .unwrap()
        .article
}
