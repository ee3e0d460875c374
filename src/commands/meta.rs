//! `hamish meta FILE`: prints the article's citation metadata (`key: value` lines, sanitised);
//! with `--title`, `--source`, `--url`, `--author`, `--published` or `--language` sets them
//! first, through the annotation store's save (lock, merge, atomic write, never over a sidecar
//! that does not parse). An empty value removes a key.

use std::process::ExitCode;

use super::fail;
use crate::annotate::meta::{ArticleMeta, MetaUpdate};
use crate::annotate::store::{MetaSetError, Store};
use crate::cli::research::MetaOptions;
use crate::export::collect::read_sidecar;
use crate::text::sanitize::sanitize;
use crate::text::Article;

/// Runs `hamish meta`.
pub fn run(o: &MetaOptions) -> ExitCode {
    let changes = o.changes();
    let meta = if changes.is_empty() {
        match read_sidecar(&o.file) {
            Ok(s) => s
                .map(|s| ArticleMeta::from_info(&s.article))
                .unwrap_or_default(),
            Err(s) => {
                fail(&format!("{}: {}", s.path.display(), s.problem));
                return ExitCode::FAILURE;
            }
        }
    } else {
        match set(o, MetaUpdate { changes }) {
            Ok(meta) => meta,
            Err(message) => {
                fail(&message);
                return ExitCode::FAILURE;
            }
        }
    };
    for (key, value) in meta.fields() {
        println!("{key}: {}", sanitize(value));
    }
    ExitCode::SUCCESS
}

fn set(o: &MetaOptions, update: MetaUpdate) -> Result<ArticleMeta, String> {
    let name = o.file.display();
    let article = Article::load(&o.file).map_err(|e| format!("{name}: {e}"))?;
    let opened = Store::open(&o.file, &article).map_err(|e| format!("{e}; {}", e.hint()))?;
    let mut store = opened.store;
    store.set_meta(&update).map_err(|e| match e {
        MetaSetError::Save(e) => format!("{e}; nothing was saved"),
        invalid => invalid.to_string(),
    })?;
    Ok(store.meta())
}
