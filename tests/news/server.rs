//! A real HTTP server on 127.0.0.1 for the news tests (`tiny_http`), serving the routes a test
//! gives it, answering conditional requests, and recording every request it receives.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use tiny_http::{Header, Response};

/// What the server answers at one path.
#[derive(Clone, Debug, Default)]
pub struct Route {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Waits this long before answering.
    pub delay: Option<Duration>,
}

impl Route {
    /// 200 with `body` as `content_type`.
    pub fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Route {
        Route {
            status: 200,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            delay: None,
        }
    }

    /// An HTML page in UTF-8.
    pub fn html(body: &str) -> Route {
        Route::ok("text/html; charset=utf-8", body)
    }

    /// A redirect to `location`.
    pub fn redirect(location: &str) -> Route {
        Route {
            status: 302,
            headers: vec![("Location".into(), location.into())],
            ..Route::default()
        }
    }

    /// This route with one more header.
    pub fn with(mut self, name: &str, value: &str) -> Route {
        self.headers.push((name.into(), value.into()));
        self
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// One request received: its path and headers (names lower-case).
#[derive(Clone, Debug)]
pub struct Logged {
    pub path: String,
    pub headers: HashMap<String, String>,
}

/// The running server; stops when dropped.
pub struct Server {
    server: Arc<tiny_http::Server>,
    pub routes: Arc<Mutex<HashMap<String, Route>>>,
    pub log: Arc<Mutex<Vec<Logged>>>,
    pub base: String,
}

impl Server {
    pub fn start() -> Server {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").unwrap());
        let base = format!("http://{}", server.server_addr().to_ip().unwrap());
        let routes: Arc<Mutex<HashMap<String, Route>>> = Arc::default();
        let log: Arc<Mutex<Vec<Logged>>> = Arc::default();
        let (s, r, l) = (server.clone(), routes.clone(), log.clone());
        thread::spawn(move || {
            for request in s.incoming_requests() {
                let (r, l) = (r.clone(), l.clone());
                thread::spawn(move || answer(request, &r, &l));
            }
        });
        Server {
            server,
            routes,
            log,
            base,
        }
    }

    /// Serves `route` at `path` (which starts with `/`).
    pub fn route(&self, path: &str, route: Route) {
        self.routes.lock().unwrap().insert(path.into(), route);
    }

    /// The full address of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The requests received so far.
    pub fn requests(&self) -> Vec<Logged> {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.server.unblock();
    }
}

fn answer(
    request: tiny_http::Request,
    routes: &Mutex<HashMap<String, Route>>,
    log: &Mutex<Vec<Logged>>,
) {
    let headers: HashMap<String, String> = request
        .headers()
        .iter()
        .map(|h| {
            (
                h.field.to_string().to_ascii_lowercase(),
                h.value.to_string(),
            )
        })
        .collect();
    let path = request.url().to_string();
    log.lock().unwrap().push(Logged {
        path: path.clone(),
        headers: headers.clone(),
    });
    let route = routes.lock().unwrap().get(&path).cloned();
    let Some(route) = route else {
        let _ = request.respond(Response::from_string("not found").with_status_code(404));
        return;
    };
    if let Some(d) = route.delay {
        thread::sleep(d);
    }
    let fresh = |req: &str, ours: &str| headers.get(req).is_some_and(|v| v == ours);
    let not_modified = route
        .header("ETag")
        .is_some_and(|e| fresh("if-none-match", e))
        || route
            .header("Last-Modified")
            .is_some_and(|m| fresh("if-modified-since", m));
    let mut response = if not_modified {
        Response::from_data(Vec::new()).with_status_code(304)
    } else {
        Response::from_data(route.body.clone()).with_status_code(route.status)
    };
    for (name, value) in &route.headers {
        response.add_header(Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap());
    }
    let _ = request.respond(response);
}
