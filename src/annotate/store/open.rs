//! Opening a store: find the sidecar, read it (or start empty), anchor every annotation in the
//! article as loaded, and save what anchoring really moved (nothing else: opening alone never
//! rewrites a file).

use std::collections::HashMap;
use std::io;
use std::path::Path;

use super::{OpenError, Opened, Store};
use crate::annotate::anchor::{anchor_all, AnchorState, AnchorText, Resolution};
use crate::annotate::fingerprint::sha256_hex;
use crate::annotate::history::History;
use crate::annotate::location::{absolute, locate, Location};
use crate::annotate::model::{Annotation, Sidecar};
use crate::annotate::sidecar::parse_bytes;
use crate::text::Article;

impl Store {
    /// Opens the annotations of the article at `article_path`, loaded as `article`: reads its
    /// sidecar (beside it, or the XDG fallback), anchors every annotation, and saves the
    /// sidecar if anchoring moved any. An `Err` means annotating must be disabled for this
    /// article (the sidecar was not touched).
    pub fn open(article_path: &Path, article: &Article) -> Result<Opened, OpenError> {
        let location = locate(article_path).map_err(OpenError::Locate)?;
        Store::open_at(article_path, article, location)
    }

    /// [`Store::open`] with the sidecar location given.
    pub fn open_at(
        article_path: &Path,
        article: &Article,
        location: Location,
    ) -> Result<Opened, OpenError> {
        let file_name = article_path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let absolute = absolute(article_path).map_err(OpenError::Locate)?;
        // The file hamish writes, as it is now: the base of later merges.
        let seen_bytes = read_optional(&location.path)?;
        let current = match &seen_bytes {
            Some(bytes) => parse(&location.path, bytes)?,
            // Start from the other place when the file to write does not exist yet.
            None => match location.source() {
                Some(other) => match read_optional(&other)? {
                    Some(bytes) => parse(&other, &bytes)?,
                    None => Sidecar::new(file_name.clone()),
                },
                None => Sidecar::new(file_name.clone()),
            },
        };
        // Shared with the article, not copied: the text of a huge article is large.
        let text = article.shared_text();
        let sha256 = sha256_hex(text.as_bytes());
        let mut store = Store {
            file_name,
            absolute,
            text,
            sha256,
            location,
            // Parsed on the first save: opening a huge sidecar costs no copy of it.
            seen: None,
            seen_bytes,
            created: false,
            current,
            states: HashMap::new(),
            order: Vec::new(),
            history: History::default(),
            unsaved: false,
            recovered: None,
        };
        let changed = store.anchor_everything();
        // Opening writes only when an annotation really moved; the checksum is re-stamped with
        // such a write (and only when every annotation was found: see `stamp_article`).
        let saved = changed.then(|| store.persist());
        store.rebuild_order();
        Ok(Opened { store, saved })
    }

    /// Anchors all annotations; applies what anchoring found. Whether any stored field changed.
    fn anchor_everything(&mut self) -> bool {
        let verified = self.current.article.sha256 == self.sha256;
        let text = AnchorText::new(&self.text);
        let list: Vec<&Annotation> = self.current.annotations.values().collect();
        let results = anchor_all(&text, verified, &list);
        let ids: Vec<_> = list.iter().map(|a| a.id.clone()).collect();
        let mut changed = false;
        for (id, resolution) in ids.into_iter().zip(results) {
            changed |= self.apply_resolution(&id, resolution);
        }
        changed
    }

    /// Records an anchoring result for `id`; whether the stored annotation changed. Only a real
    /// move (new offsets or a new quote) is stored: context that merely differs (say, left out
    /// of a hand-written entry) is left as it is, so that opening does not rewrite the file.
    pub(super) fn apply_resolution(
        &mut self,
        id: &crate::annotate::model::AnnotationId,
        r: Resolution,
    ) -> bool {
        let mut changed = false;
        let update = r.update.filter(|(range, quote)| {
            self.current
                .annotations
                .get(id)
                .is_some_and(|a| *range != a.range() || quote.exact != a.exact)
        });
        if let (Some((range, quote)), Some(a)) = (update, self.current.annotations.get_mut(id)) {
            super::place(a, range, quote);
            changed = true;
        }
        self.states.insert(id.clone(), r.state);
        changed
    }

    /// Anchors one annotation afresh (after an undo, redo or merge brought a version of it).
    pub(super) fn anchor_one(&mut self, id: &crate::annotate::model::AnnotationId) -> bool {
        let Some(a) = self.current.annotations.get(id) else {
            self.states.remove(id);
            return false;
        };
        let r = anchor_all(&AnchorText::new(&self.text), true, &[a]).remove(0);
        self.apply_resolution(id, r)
    }

    /// The state of an annotation not yet anchored counts as anchored.
    pub(super) fn state_of(&self, id: &crate::annotate::model::AnnotationId) -> &AnchorState {
        self.states.get(id).unwrap_or(&AnchorState::Anchored)
    }
}

pub(super) fn read_optional(path: &Path) -> Result<Option<Vec<u8>>, OpenError> {
    match crate::regular_file::read(path, crate::regular_file::SIDECAR) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(OpenError::Read {
            path: path.to_path_buf(),
            error,
        }),
    }
}

fn parse(path: &Path, bytes: &[u8]) -> Result<Sidecar, OpenError> {
    parse_bytes(bytes).map_err(|error| OpenError::Unparsable {
        path: path.to_path_buf(),
        error,
    })
}
