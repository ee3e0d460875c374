//! The name resolver that stops a public address from leading hamish inward: for a request a
//! public page or feed led to (a redirect, a feed's item), a host name that resolves to this
//! machine, a private network or a link-local address (DNS rebinding, or a name pointed at an
//! internal service) is refused, as literal addresses already are (`http::leads_inward`).
//!
//! Which request is guarded is told per thread ([`guarded`]): ureq resolves on the thread that
//! sends the request. Only the guarded request's own host is checked, so a proxy on a private
//! network still carries it. Knows nothing about pages or feeds.

use std::cell::RefCell;
use std::fmt;

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

thread_local! {
    /// The host of the request being sent, when a public address led to it.
    static GUARDED: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `send` with the request to `host` guarded (`None`: not guarded).
pub(crate) fn guarded<T>(host: Option<String>, send: impl FnOnce() -> T) -> T {
    let before = GUARDED.with(|g| g.replace(host));
    let result = send();
    GUARDED.with(|g| *g.borrow_mut() = before);
    result
}

/// Whether `ip` is on this machine, a private network, link-local or shared (CGNAT) space.
pub(crate) fn is_inward_ip(ip: std::net::IpAddr) -> bool {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(v4) => {
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || (v4.octets()[0] == 100 && (64..128).contains(&v4.octets()[1]))
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_inward_ip(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
        }
    }
}

/// The default resolver, refusing inward addresses for a guarded request.
#[derive(Default)]
pub(crate) struct GuardedResolver {
    inner: DefaultResolver,
}

impl fmt::Debug for GuardedResolver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("GuardedResolver")
    }
}

impl Resolver for GuardedResolver {
    fn resolve(
        &self,
        uri: &Uri,
        config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let addrs = self.inner.resolve(uri, config, timeout)?;
        let host = uri.host().unwrap_or_default();
        let guarded = GUARDED.with(|g| g.borrow().as_deref() == Some(host));
        if guarded && addrs.iter().any(|a| is_inward_ip(a.ip())) {
            return Err(ureq::Error::BadUri(format!(
                "{host} is on this machine or a private network, and a public address led there"
            )));
        }
        Ok(addrs)
    }
}
