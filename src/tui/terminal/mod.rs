//! Taking the terminal over and giving it back: raw mode, the alternate screen, mouse capture,
//! and the BiDi mode (`CSI 8 l` before the first draw in `app` mode, `CSI 8 h` when leaving;
//! in Konsole also its own BiDi switched off and on, see `known::KONSOLE_BIDI`) —
//! on quit, on suspend (Ctrl-Z, or a SIGTSTP from outside), on SIGTERM/SIGHUP, and from the
//! panic hook.
//!
//! What is switched on is kept in process-wide flags, so that the panic hook and the signal
//! thread restore exactly that. Knows nothing about the app's state or drawing.

pub(crate) mod bidi_mode;
pub mod check;
pub(crate) mod external_editor;
pub mod known;
pub mod marks_apart;
pub mod whole_lines;

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};

use crate::text::BidiMode;

/// `CSI 8 l` and `CSI 8 h`, each with this terminal's own switch of its BiDi (Konsole's).
fn mode_sequences() -> &'static (String, String) {
    static SEQUENCES: OnceLock<(String, String)> = OnceLock::new();
    SEQUENCES.get_or_init(|| bidi_mode::mode_sequences_in(&crate::config::process_env))
}

fn explicit_mode() -> &'static [u8] {
    mode_sequences().0.as_bytes()
}

fn implicit_mode() -> &'static [u8] {
    mode_sequences().1.as_bytes()
}

/// True while hamish holds the terminal.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// True while the terminal is in explicit BiDi mode because of hamish.
static EXPLICIT: AtomicBool = AtomicBool::new(false);
/// True while the mouse is captured.
static MOUSE: AtomicBool = AtomicBool::new(false);
/// Set after a suspend from outside: the screen must be redrawn whole.
static RESUMED: AtomicBool = AtomicBool::new(false);
/// Held while writing to the terminal, so a signal never cuts a frame in half.
pub static SCREEN: Mutex<()> = Mutex::new(());

/// Takes the terminal: raw mode, explicit BiDi mode in `app` mode (sent before the alternate
/// screen is cleared, as VTE applies it to rows written after it), the alternate screen, mouse
/// capture when asked.
pub fn enter(bidi: BidiMode, mouse: bool) -> io::Result<()> {
    EXPLICIT.store(bidi == BidiMode::App, Ordering::SeqCst);
    MOUSE.store(mouse, Ordering::SeqCst);
    reenter()
}

fn reenter() -> io::Result<()> {
    terminal::enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let mut out = io::stdout().lock();
    if EXPLICIT.load(Ordering::SeqCst) {
        out.write_all(explicit_mode())?;
    }
    execute!(
        out,
        EnterAlternateScreen,
        cursor::Hide,
        terminal::Clear(terminal::ClearType::All)
    )?;
    if MOUSE.load(Ordering::SeqCst) {
        execute!(out, EnableMouseCapture)?;
    }
    out.flush()
}

/// Gives the terminal back, undoing everything [`enter`] did; safe to call more than once and
/// from the panic hook (errors are ignored: there is nothing better to do with them).
pub fn leave() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    if MOUSE.load(Ordering::SeqCst) {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(out, LeaveAlternateScreen, cursor::Show);
    if EXPLICIT.load(Ordering::SeqCst) {
        let _ = out.write_all(implicit_mode());
    }
    let _ = out.flush();
    let _ = terminal::disable_raw_mode();
}

/// Switches mouse capture while running.
pub fn set_mouse(on: bool) -> io::Result<()> {
    if MOUSE.swap(on, Ordering::SeqCst) == on {
        return Ok(());
    }
    let mut out = io::stdout();
    if on {
        execute!(out, EnableMouseCapture)
    } else {
        execute!(out, DisableMouseCapture)
    }
}

/// Switches the terminal's BiDi mode while running (the caller then redraws everything).
pub fn set_bidi(bidi: BidiMode) -> io::Result<()> {
    let explicit = bidi == BidiMode::App;
    if EXPLICIT.swap(explicit, Ordering::SeqCst) == explicit {
        return Ok(());
    }
    let mut out = io::stdout();
    out.write_all(if explicit {
        explicit_mode()
    } else {
        implicit_mode()
    })?;
    out.flush()
}

/// Hands the terminal back to the shell and stops the process; when it is continued (`fg`),
/// takes the terminal again. The caller redraws everything.
pub fn suspend() -> io::Result<()> {
    leave();
    signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
    reenter()
}

/// Hands the terminal to another program (an editor) while `f` runs, then takes it again (the
/// caller redraws everything). Ctrl-C typed meanwhile is the other program's business: hamish
/// itself ignores SIGINT until `f` returns (with a handler, not `SIG_IGN`, so a program `f`
/// starts gets the default action back).
pub fn outside<T>(f: impl FnOnce() -> T) -> io::Result<T> {
    leave();
    let previous = catch_sigint();
    let out = f();
    restore_sigint(previous);
    reenter()?;
    Ok(out)
}

extern "C" fn ignore_signal(_: libc::c_int) {}

/// Catches SIGINT with a handler that does nothing; returns the previous disposition.
fn catch_sigint() -> Option<libc::sigaction> {
    // SAFETY: sigaction is given valid pointers to zero-initialised structs it fills in; the
    // handler is an `extern "C"` function that does nothing, which is async-signal-safe.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = ignore_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
        libc::sigemptyset(&mut action.sa_mask);
        let mut previous: libc::sigaction = std::mem::zeroed();
        (libc::sigaction(libc::SIGINT, &action, &mut previous) == 0).then_some(previous)
    }
}

fn restore_sigint(previous: Option<libc::sigaction>) {
    if let Some(previous) = previous {
        // SAFETY: restores a disposition sigaction itself returned.
        unsafe {
            libc::sigaction(libc::SIGINT, &previous, std::ptr::null_mut());
        }
    }
}

/// True (once) after a suspend the signal thread handled: the screen must be redrawn whole.
pub fn take_resumed() -> bool {
    RESUMED.swap(false, Ordering::SeqCst)
}

/// Restores the terminal before the default panic message is printed. A panic that
/// `contained::run` catches (a hostile page's, on a fetch thread) is left to it: the session
/// goes on. Any other panic on a background thread ends the process once the terminal is
/// restored, so the reader never runs on with the terminal given back under it.
pub fn install_panic_hook() {
    let ui = std::thread::current().id();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if crate::contained::is_contained() {
            return;
        }
        // Not waited for: the panicking thread may hold it (a panic while drawing).
        let _screen = SCREEN.try_lock();
        leave();
        previous(info);
        if std::thread::current().id() != ui {
            std::process::exit(101);
        }
    }));
}

/// Signals from outside, caught (their handlers installed) but not yet handled: see
/// [`handle_signals`].
pub struct Caught(signal_hook::iterator::Signals);

/// Catches SIGTSTP, SIGTERM, SIGHUP and SIGQUIT: from now on they wait for [`handle_signals`]
/// instead of stopping or ending hamish with the terminal taken over.
pub fn catch_signals() -> io::Result<Caught> {
    use signal_hook::consts::{SIGHUP, SIGQUIT, SIGTERM, SIGTSTP};
    let signals = signal_hook::iterator::Signals::new([SIGTSTP, SIGTERM, SIGHUP, SIGQUIT])?;
    Ok(Caught(signals))
}

/// Handles the caught signals, those that came already and those to come, on a thread of its
/// own (started once the first frame is out: the frame does not need it): SIGTSTP suspends
/// cleanly (then forces a redraw by raising SIGWINCH, which the event loop sees as a resize);
/// SIGTERM, SIGHUP and SIGQUIT restore the terminal and exit.
pub fn handle_signals(caught: Caught) -> io::Result<()> {
    use signal_hook::consts::{SIGTSTP, SIGWINCH};
    let Caught(mut signals) = caught;
    std::thread::Builder::new()
        .name("hamish-signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                let guard = SCREEN.lock().unwrap_or_else(|e| e.into_inner());
                if signal == SIGTSTP {
                    if suspend().is_ok() {
                        RESUMED.store(true, Ordering::SeqCst);
                    }
                    drop(guard);
                    let _ = signal_hook::low_level::raise(SIGWINCH);
                } else {
                    leave();
                    std::process::exit(128 + signal);
                }
            }
        })?;
    Ok(())
}
