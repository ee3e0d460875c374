//! Where an export may be written: `-o FILE` is refused when it would replace something the
//! export reads or something that is not an ordinary file, before anything is written.
//!
//! Refused: any article of the export or its annotations file (compared by device and inode,
//! so a second name, a link or a hard link is caught as well as the same path), any file named
//! like an annotations file, and anything there already that is not a regular file (a named
//! pipe, a device, a directory: those were replaced by a regular file or written into). `-`
//! means standard output. Knows nothing about formats; writing goes through the atomic writer.

use std::path::{Path, PathBuf};

use crate::annotate::location::{beside, SIDECAR_SUFFIX};

/// Where the export goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// Standard output (no `-o`, or `-o -`).
    Stdout,
    /// This file, replaced atomically.
    File(PathBuf),
}

impl Target {
    /// The target `-o` names (`None` or `-`: standard output).
    pub fn of(output: Option<&Path>) -> Target {
        match output {
            None => Target::Stdout,
            Some(p) if p.as_os_str() == "-" => Target::Stdout,
            Some(p) => Target::File(p.to_path_buf()),
        }
    }
}

/// Every file an export of `articles` reads: each article and its annotations file.
pub fn inputs(articles: &[PathBuf]) -> Vec<PathBuf> {
    articles
        .iter()
        .flat_map(|a| std::iter::once(a.clone()).chain(beside(a)))
        .collect()
}

/// `Err` with the reason when writing to `path` would destroy one of `inputs` or is not a
/// regular file's place.
pub fn check(path: &Path, inputs: &[PathBuf]) -> Result<(), String> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    if name.is_some_and(|n| n.ends_with(SIDECAR_SUFFIX)) {
        return Err("it is named like an annotations file: an export never replaces one".into());
    }
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(()); // Not there yet (or not reachable: the write says why).
    };
    if !meta.is_file() {
        return Err(format!(
            "it is {}: give a new or regular file (or - for standard output)",
            crate::regular_file::kind_of(&meta)
        ));
    }
    if inputs
        .iter()
        .any(|i| std::fs::metadata(i).is_ok_and(|m| crate::regular_file::same_file(&m, &meta)))
    {
        return Err("it is one of the files this export reads; choose another file".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_their_other_names_and_special_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("a.txt");
        std::fs::write(&article, "نص").unwrap();
        let sidecar = dir.path().join("a.txt.annotations.toml");
        std::fs::write(&sidecar, "version = 1\n").unwrap();
        let ins = inputs(std::slice::from_ref(&article));
        assert_eq!(ins, [article.clone(), sidecar.clone()]);
        assert!(check(&article, &ins).unwrap_err().contains("reads"));
        assert!(check(&sidecar, &ins)
            .unwrap_err()
            .contains("annotations file"));
        let hard = dir.path().join("hard.csv");
        std::fs::hard_link(&article, &hard).unwrap();
        assert!(
            check(&hard, &ins).is_err(),
            "a second name is the same file"
        );
        let dotted = dir.path().join(".").join("a.txt");
        assert!(check(&dotted, &ins).is_err());
        assert!(check(dir.path(), &ins).unwrap_err().contains("a directory"));
        assert!(check(Path::new("/dev/null"), &ins)
            .unwrap_err()
            .contains("a character device"));
        assert_eq!(check(&dir.path().join("out.csv"), &ins), Ok(()));
        std::fs::write(dir.path().join("old.csv"), "x").unwrap();
        assert_eq!(check(&dir.path().join("old.csv"), &ins), Ok(()));
        assert_eq!(Target::of(Some(Path::new("-"))), Target::Stdout);
    }
}
