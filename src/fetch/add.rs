//! `hamish add SOURCE...`: each source (an `http`/`https` address or a local `.html`/`.htm`
//! file) read, its article saved into the library directory. Returns one outcome per source;
//! prints nothing.

use std::path::{Path, PathBuf};

use super::http::{self, Client, Fetched};
use super::page::{self, Hints};
use super::save::{Library, Saved};
use crate::annotate::time::Timestamp;

/// Saves the article of `source` into `library`.
pub(crate) fn add_one(
    client: &Client,
    library: &mut Library,
    source: &str,
) -> Result<Saved, String> {
    let fetched = Timestamp::now().to_toml();
    if source.contains("://") {
        http::check_scheme(source).map_err(|e| e.to_string())?;
        if let Some(path) = library.find(&super::address::without_tracking(source)) {
            return Ok(Saved {
                path: path.to_path_buf(),
                new: false,
            });
        }
        let response = match client.get(source, None).map_err(|e| e.to_string())? {
            Fetched::Body(r) => r,
            Fetched::NotModified => return Err("the server answered 304 Not Modified".into()),
        };
        let article = page::read(
            &response.body,
            response.content_type.as_deref(),
            Some(&response.url),
            &Hints::default(),
        )?;
        return library.save(&article, fetched).map_err(|e| e.to_string());
    }
    let path = Path::new(source);
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if !matches!(ext.as_deref(), Some("html" | "htm")) {
        return Err("not an http(s) address or an .html/.htm file".into());
    }
    let bytes = read_local(path)?;
    let article = page::read(&bytes, None, None, &Hints::default())?;
    library.save(&article, fetched).map_err(|e| e.to_string())
}

/// A local page's bytes, at most [`http::MAX_BODY`]: a page saved gzip-compressed (as some
/// browsers and `curl --compressed -o` leave it) is decompressed, within the same bound; any
/// other binary file is refused rather than saved as an article of replacement characters.
fn read_local(path: &Path) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let limit = crate::regular_file::Limit {
        bytes: http::MAX_BODY,
        what: "a web page",
    };
    let bytes = crate::regular_file::read(path, limit).map_err(|e| e.to_string())?;
    let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut page = Vec::new();
        flate2::read::MultiGzDecoder::new(bytes.as_slice())
            .take(http::MAX_BODY + 1)
            .read_to_end(&mut page)
            .map_err(|e| format!("a gzip-compressed page that cannot be decompressed: {e}"))?;
        if page.len() as u64 > http::MAX_BODY {
            return Err(crate::regular_file::too_large(page.len() as u64, limit).to_string());
        }
        page
    } else {
        bytes
    };
    if bytes.contains(&0) && !looks_like_utf16(&bytes) {
        return Err("a binary file, not a web page".into());
    }
    Ok(bytes)
}

/// Whether `bytes` start with a UTF-16 byte-order mark (whose text has NUL bytes).
fn looks_like_utf16(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff])
}

/// The default library directory: `$XDG_DATA_HOME/hamish/articles`.
pub(crate) fn default_dir(env: crate::dirs::Env) -> Option<PathBuf> {
    crate::dirs::data_dir(env).map(|d| d.join("articles"))
}
