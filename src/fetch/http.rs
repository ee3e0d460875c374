//! The HTTP client: `http`/`https` only, at most [`MAX_REDIRECTS`] redirects followed by hand
//! so that each target's scheme is checked, connect and whole-request timeouts, bodies capped
//! after gzip decompression, and conditional requests (ETag, Last-Modified). Built on `ureq`
//! (blocking, rustls). Knows nothing about HTML or feeds.

use std::fmt;
use std::time::Duration;

use ureq::http::{header, StatusCode};

/// Redirects followed for one request.
pub(crate) const MAX_REDIRECTS: usize = 5;
/// Largest body accepted, after decompression.
pub(crate) const MAX_BODY: u64 = 20 * 1024 * 1024;
/// Default time for a whole request (connect, headers, body).
pub(crate) const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The request timeout: `HAMISH_FETCH_TIMEOUT_MS` when set (tests keep it short), else
/// [`DEFAULT_TIMEOUT`].
pub(crate) fn timeout(env: crate::dirs::Env) -> Duration {
    env("HAMISH_FETCH_TIMEOUT_MS")
        .and_then(|v| v.to_str()?.parse::<u64>().ok())
        .map(Duration::from_millis)
        .unwrap_or(DEFAULT_TIMEOUT)
}

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
            agent: ureq::Agent::with_parts(
                config,
                ureq::unversioned::transport::DefaultConnector::new(),
                super::guard::GuardedResolver::default(),
            ),
        }
    }

    /// GETs `url`, following redirects; sends `validators` when given.
    pub fn get(&self, url: &str, validators: Option<&Validators>) -> Result<Fetched, FetchError> {
        self.get_led(url, validators, url)
    }

    /// [`Client::get`] for an address the page or feed at `from` led to: when `from` is public,
    /// a name that resolves inward is refused (see `guard.rs`), as it is after a redirect.
    pub fn get_led(
        &self,
        url: &str,
        validators: Option<&Validators>,
        from: &str,
    ) -> Result<Fetched, FetchError> {
        let public_origin = !is_inward(from);
        let mut current = url.to_string();
        for hop in 0..=MAX_REDIRECTS {
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
            let led = public_origin && (hop > 0 || from != url);
            let host = led.then(|| host_of(&current)).flatten();
            let response = super::guard::guarded(host, || request.call()).map_err(error)?;
            let status = response.status();
            if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
                let target = redirect_target(&current, &response)?;
                if leads_inward(url, &target) {
                    return Err(FetchError(
                        "a redirect from a public address to this machine or a private \
                         network is refused"
                            .into(),
                    ));
                }
                current = target;
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

/// Whether going from `from` to `to` leads from a public address to this machine, a private
/// network or a link-local address (as a hostile redirect or feed item may, to reach services
/// that are not meant to be reached from outside). Only names and addresses written in the
/// URL are judged here; a public name that resolves to a private address is caught when it is
/// resolved (`guard.rs`).
pub(crate) fn leads_inward(from: &str, to: &str) -> bool {
    !is_inward(from) && is_inward(to)
}

fn is_inward(url: &str) -> bool {
    use super::guard::is_inward_ip;
    use std::net::IpAddr;
    let Ok(parsed) = url::Url::parse(url) else {
        return false;
    };
    match parsed.host() {
        Some(url::Host::Domain(d)) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            d == "localhost" || d.ends_with(".localhost")
        }
        Some(url::Host::Ipv4(ip)) => is_inward_ip(IpAddr::V4(ip)),
        Some(url::Host::Ipv6(ip)) => is_inward_ip(IpAddr::V6(ip)),
        None => false,
    }
}

fn host_of(url: &str) -> Option<String> {
    url::Url::parse(url)
        .ok()?
        .host_str()
        .map(|h| h.trim_start_matches('[').trim_end_matches(']').to_string())
}

/// Only `http` and `https` are fetched.
pub(crate) fn check_scheme(url: &str) -> Result<(), FetchError> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_to_local_is_inward_and_local_to_local_is_not() {
        let public = "https://news.example.com/a";
        for inward in [
            "http://127.0.0.1:8080/admin",
            "http://localhost/",
            "http://a.localhost/",
            "http://10.0.0.1/",
            "http://192.168.1.1/",
            "http://172.16.0.1/",
            "http://169.254.169.254/latest/meta-data/",
            "http://100.64.0.1/",
            "http://0.0.0.0/",
            "http://[::1]/",
            "http://[fd00::1]/",
            "http://[fe80::1]/",
            "http://[::ffff:127.0.0.1]/",
        ] {
            assert!(leads_inward(public, inward), "{inward}");
        }
        assert!(!leads_inward(public, "https://cdn.example.org/b"));
        assert!(!leads_inward(
            "http://127.0.0.1:9/feed",
            "http://127.0.0.1:9/item"
        ));
        assert!(!leads_inward(public, "http://8.8.8.8/"));
    }
}
