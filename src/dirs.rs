//! Where hamish keeps its files: the XDG base directories (`$XDG_CONFIG_HOME/hamish`,
//! `$XDG_DATA_HOME/hamish`), each falling back under the home directory. One definition for
//! the settings, the annotation fallback files, the samples and recovery files. Knows nothing
//! about what is kept there.

use std::ffi::OsString;
use std::path::PathBuf;

/// Looks up an environment variable. Passed in so tests can supply their own environment.
pub type Env<'a> = &'a dyn Fn(&str) -> Option<OsString>;

/// The process environment, as an [`Env`].
pub fn process_env(name: &str) -> Option<OsString> {
    std::env::var_os(name)
}

/// hamish's configuration directory: `$XDG_CONFIG_HOME/hamish`, else `~/.config/hamish`.
pub fn config_dir(env: Env) -> Option<PathBuf> {
    base_dir(env, "XDG_CONFIG_HOME", ".config").map(|d| d.join("hamish"))
}

/// hamish's data directory: `$XDG_DATA_HOME/hamish`, else `~/.local/share/hamish`.
pub fn data_dir(env: Env) -> Option<PathBuf> {
    base_dir(env, "XDG_DATA_HOME", ".local/share").map(|d| d.join("hamish"))
}

/// An XDG base directory: the variable when it holds an absolute path (the specification says
/// relative ones are to be ignored), else `fallback` under the home directory.
fn base_dir(env: Env, var: &str, fallback: &str) -> Option<PathBuf> {
    if let Some(dir) = env(var).map(PathBuf::from).filter(|p| p.is_absolute()) {
        return Some(dir);
    }
    let home = ["HOME", "USERPROFILE"]
        .iter()
        .filter_map(|v| env(v))
        .map(PathBuf::from)
        .find(|p| p.is_absolute())?;
    Some(home.join(fallback))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<OsString> {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    #[test]
    fn xdg_directories() {
        let env = env_of(&[("HOME", "/home/u"), ("XDG_CONFIG_HOME", "/cfg")]);
        assert_eq!(config_dir(&env), Some(PathBuf::from("/cfg/hamish")));
        assert_eq!(
            data_dir(&env),
            Some(PathBuf::from("/home/u/.local/share/hamish"))
        );
        let env = env_of(&[
            ("HOME", "/home/u"),
            ("XDG_CONFIG_HOME", "rel"),
            ("XDG_DATA_HOME", "/d"),
        ]);
        assert_eq!(
            config_dir(&env),
            Some(PathBuf::from("/home/u/.config/hamish"))
        );
        assert_eq!(data_dir(&env), Some(PathBuf::from("/d/hamish")));
        let env = env_of(&[("HOME", "")]);
        assert_eq!(config_dir(&env), None);
    }
}
