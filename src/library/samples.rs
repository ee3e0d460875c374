//! The built-in sample articles (the five seeds) and their metadata sidecars (so the library
//! shows titles and sources, not hash file names), compiled into the binary and written on first
//! run to the user's data directory so that annotations on them have a writable home.
//!
//! Never overwrites a file that exists: a user's edits and the sidecars beside them are theirs
//! (a missing sidecar is written only beside a sample the user has not changed).
//! Knows nothing about drawing.

use std::io;
use std::path::{Path, PathBuf};

use crate::config::{data_dir, process_env, Env};

/// The seeds: file name and text.
pub const SAMPLES: [(&str, &str); 5] = [
    (
        "000_634842d1e9bc2a25.txt",
        include_str!("../../seeds/000_634842d1e9bc2a25.txt"),
    ),
    (
        "001_f0ad7be50af453a6.txt",
        include_str!("../../seeds/001_f0ad7be50af453a6.txt"),
    ),
    (
        "002_5dd5e1b6f7efb101.txt",
        include_str!("../../seeds/002_5dd5e1b6f7efb101.txt"),
    ),
    (
        "003_5f974563870b29f1.txt",
        include_str!("../../seeds/003_5f974563870b29f1.txt"),
    ),
    (
        "004_4b45ca39168c6680.txt",
        include_str!("../../seeds/004_4b45ca39168c6680.txt"),
    ),
];

/// The seeds' metadata sidecars (title, source, author as far as each text shows them), in the
/// order of [`SAMPLES`]: file name and text.
pub(crate) const SAMPLE_SIDECARS: [(&str, &str); 5] = [
    (
        "000_634842d1e9bc2a25.txt.annotations.toml",
        include_str!("../../seeds/000_634842d1e9bc2a25.txt.annotations.toml"),
    ),
    (
        "001_f0ad7be50af453a6.txt.annotations.toml",
        include_str!("../../seeds/001_f0ad7be50af453a6.txt.annotations.toml"),
    ),
    (
        "002_5dd5e1b6f7efb101.txt.annotations.toml",
        include_str!("../../seeds/002_5dd5e1b6f7efb101.txt.annotations.toml"),
    ),
    (
        "003_5f974563870b29f1.txt.annotations.toml",
        include_str!("../../seeds/003_5f974563870b29f1.txt.annotations.toml"),
    ),
    (
        "004_4b45ca39168c6680.txt.annotations.toml",
        include_str!("../../seeds/004_4b45ca39168c6680.txt.annotations.toml"),
    ),
];

/// Writes the samples that are missing to `$XDG_DATA_HOME/hamish/samples/` (else
/// `~/.local/share/hamish/samples/`) and returns that directory.
pub fn install() -> io::Result<PathBuf> {
    install_in(&process_env)
}

/// [`install`] with the environment given.
pub fn install_in(env: Env) -> io::Result<PathBuf> {
    let dir = data_dir(env).ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::NotFound,
            "no data directory: neither XDG_DATA_HOME nor HOME is an absolute path",
        )
    })?;
    let dir = dir.join("samples");
    install_into(&dir)?;
    Ok(dir)
}

/// Writes the samples and sidecars that are missing to `dir` (created if needed); existing
/// files are left as they are.
pub(crate) fn install_into(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| with_path(e, dir))?;
    for ((name, text), (sidecar, meta)) in SAMPLES.into_iter().zip(SAMPLE_SIDECARS) {
        let path = dir.join(name);
        write_new(&path, text)?;
        // The metadata describes the sample as shipped: not an article the user changed.
        if unchanged(&path, text) {
            write_new(&dir.join(sidecar), meta)?;
        }
    }
    Ok(())
}

/// Whether the file at `path` still holds `text`.
fn unchanged(path: &Path, text: &str) -> bool {
    crate::regular_file::read(path, crate::regular_file::ARTICLE)
        .is_ok_and(|b| b == text.as_bytes())
}

/// Creates `path` with `text` unless it exists; a failed write leaves no partial file.
fn write_new(path: &Path, text: &str) -> io::Result<()> {
    use std::io::Write;
    let mut file = match crate::annotate::save::create_new(path, 0o666) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Ok(()),
        Err(e) => return Err(with_path(e, path)),
    };
    if let Err(e) = file.write_all(text.as_bytes()) {
        drop(file);
        let _ = std::fs::remove_file(path);
        return Err(with_path(e, path));
    }
    Ok(())
}

fn with_path(e: io::Error, path: &Path) -> io::Error {
    let shown = crate::text::sanitize::sanitize(&path.display().to_string());
    io::Error::new(e.kind(), format!("{shown}: {e}"))
}
