//! The HTTP client: `http`/`https` only, at most [`MAX_REDIRECTS`] redirects followed by hand
//! so that each target's scheme is checked, connect and whole-request timeouts, bodies capped
//! after gzip decompression, and conditional requests (ETag, Last-Modified). Built on `ureq`
//! (blocking, rustls). Knows nothing about HTML or feeds.

use std::fmt;
use std::time::Duration;

use ureq::http::{header, StatusCode};

/// Redirects followed for one request.
pub const MAX_REDIRECTS: usize = 5;
/// Largest body accepted, after decompression.
pub const MAX_BODY: u64 = 20 * 1024 * 1024;
/// Default time for a whole request (connect, headers, body).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// What one GET brought back.
#[derive(Debug)]
pub enum Fetched {
    /// 200: the body and what describes it.
    Body(Response),
    /// 304: the validators sent still hold.
    NotModified,
}

/// A successful response.
#[derive(Debug)]
pub struct Response {
    /// The address after redirects.
    pub url: String,
    /// The body, decompressed.
    pub body: Vec<u8>,
    /// The `Content-Type` header.
    pub content_type: Option<String>,
    /// Validators for the next conditional request.
    pub validators: Validators,
}

/// An entity's validators: sent back as `If-None-Match` / `If-Modified-Since`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Validators {
    /// The `ETag` header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The `Last-Modified` header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
}

/// Why a GET failed, in words for a one-line message.
#[derive(Debug)]
pub struct FetchError(pub String);

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A shared client (its connection pool is shared by threads).
#[derive(Clone)]
pub struct Client {
    agent: ureq::Agent,
}

impl Client {
    /// A client whose requests each take at most `timeout`.
    pub fn new(timeout: Duration) -> Client {
        let config = ureq::Agent::config_builder()
            .max_redirects(0)
            .http_status_as_error(false)
            .timeout_connect(Some(timeout.min(Duration::from_secs(10))))
            .timeout_global(Some(timeout))
            .user_agent(concat!("hamish/", env!("CARGO_PKG_VERSION")))
            .build();
        Client {
            agent: config.into(),
        }
    }

    /// GETs `url`, following redirects; sends `validators` when given.
    pub fn get(&self, url: &str, validators: Option<&Validators>) -> Result<Fetched, FetchError> {
        let mut current = url.to_string();
        for _ in 0..=MAX_REDIRECTS {
            check_scheme(&current)?;
            let mut request = self.agent.get(&current);
            if let Some(v) = validators {
                if let Some(etag) = &v.etag {
                    request = request.header(header::IF_NONE_MATCH, etag);
                }
                if let Some(date) = &v.last_modified {
                    request = request.header(header::IF_MODIFIED_SINCE, date);
                }
            }
            let response = request.call().map_err(error)?;
            let status = response.status();
            if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
                current = redirect_target(&current, &response)?;
                continue;
            }
            return finish(current, status, response);
        }
        Err(FetchError(format!(
            "more than {MAX_REDIRECTS} redirects (a redirect loop?)"
        )))
    }
}

/// The body of a final response, or why there is none.
fn finish(
    url: String,
    status: StatusCode,
    mut response: ureq::http::Response<ureq::Body>,
) -> Result<Fetched, FetchError> {
    if status == StatusCode::NOT_MODIFIED {
        return Ok(Fetched::NotModified);
    }
    if !status.is_success() {
        return Err(FetchError(format!("HTTP {status}")));
    }
    let text = |name| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let content_type = text(header::CONTENT_TYPE);
    let validators = Validators {
        etag: text(header::ETAG),
        last_modified: text(header::LAST_MODIFIED),
    };
    let body = response
        .body_mut()
        .with_config()
        .limit(MAX_BODY)
        .read_to_vec()
        .map_err(error)?;
    Ok(Fetched::Body(Response {
        url,
        body,
        content_type,
        validators,
    }))
}

/// The absolute address a redirect points to.
fn redirect_target(
    base: &str,
    response: &ureq::http::Response<ureq::Body>,
) -> Result<String, FetchError> {
    let location = response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| FetchError("a redirect without a Location".into()))?;
    let base = url::Url::parse(base).map_err(|e| FetchError(format!("bad address: {e}")))?;
    let target = base
        .join(location)
        .map_err(|e| FetchError(format!("bad redirect address: {e}")))?;
    Ok(target.to_string())
}

/// Only `http` and `https` are fetched.
pub fn check_scheme(url: &str) -> Result<(), FetchError> {
    let parsed = url::Url::parse(url).map_err(|e| FetchError(format!("bad address: {e}")))?;
    match parsed.scheme() {
        "http" | "https" => Ok(()),
        other => Err(FetchError(format!(
            "only http and https addresses are fetched, not {other}:"
        ))),
    }
}

/// A ureq error in words.
fn error(e: ureq::Error) -> FetchError {
    FetchError(match e {
        ureq::Error::Timeout(_) => "timed out".to_string(),
        ureq::Error::BodyExceedsLimit(_) => {
            format!("the response is larger than {} MB", MAX_BODY / 1024 / 1024)
        }
        other => other.to_string(),
    })
}
