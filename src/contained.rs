//! Running code that hostile input drives (a page's extraction by third-party parsers) so
//! that a panic inside it becomes an error for that one input, not a crash of `fetch` or of
//! the reader that started it.
//!
//! [`run`] catches the panic; while it runs, the panic hooks installed by hamish (the
//! terminal's, and [`install_hook`]'s for the command line) stay silent, so nothing is printed
//! over the reader's screen and the terminal is not given back in the middle of a session.
//! Knows nothing about what it runs.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    static CONTAINED: Cell<bool> = const { Cell::new(false) };
}

/// `f()`, or `Err` with what panicked in it.
pub fn run<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let was = CONTAINED.with(|c| c.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    CONTAINED.with(|c| c.set(was));
    result.map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "an unknown error".into());
        crate::text::sanitize::sanitize(&what)
    })
}

/// Whether the current thread is inside [`run`].
pub(crate) fn is_contained() -> bool {
    CONTAINED.with(Cell::get)
}

/// Makes the process's panic hook silent inside [`run`] (its panics are reported as errors).
pub fn install_hook() {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if !is_contained() {
            previous(info);
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_inside_is_an_error_and_the_flag_is_restored() {
        install_hook();
        assert_eq!(run(|| 7), Ok(7));
        let e = run(|| -> () { panic!("bad \x1b[2J page") }).unwrap_err();
        assert_eq!(e, "bad ␛[2J page");
        assert!(!is_contained());
        let nested = run(|| run(|| panic!("inner")).unwrap_err());
        assert_eq!(nested.as_deref(), Ok("inner"));
    }
}
