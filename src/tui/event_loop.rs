//! The event loop: draws, waits for terminal events (an idle article sleeps; the library wakes
//! now and then for what its background readers, a fetch or new files bring), turns them into
//! state changes, and carries out the effects the app asks of the terminal (quit, suspend,
//! mouse capture, BiDi mode, handing it to `$EDITOR` for a note). Between events it advances a search
//! under way and picks up an article (and its annotations) finishing loading in the background.
//!
//! Knows the app, the drawing function and the terminal; holds no state of its own.

use std::io;
use std::sync::mpsc::TryRecvError;
use std::time::Duration;

use crossterm::event::{self, Event};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;

use crate::text::BidiMode;
use crate::tui::app::{App, Effect, Layer};
use crate::tui::draw::draw;
use crate::tui::open::{Rest, Whole};
use crate::tui::terminal;
use crate::tui::terminal::external_editor;
use crate::tui::terminal::whole_lines::{self, Rows, WholeLines};

/// Bytes of searching between two looks at the keyboard.
const STEP_BUDGET: usize = 1 << 20;
/// How often to look for the background load while it runs.
const LOAD_POLL: Duration = Duration::from_millis(5);

/// Runs until the app quits. `full` delivers the whole article when only its beginning was
/// opened (huge files); the `caught` signals are handled from the first frame on.
pub fn run(app: &mut App, mut full: Option<Rest>, caught: terminal::Caught) -> io::Result<()> {
    let mut caught = Some(caught);
    let mut term = fresh_terminal(app)?;
    let mut cleared = screen_state(app);
    let mut quitting = false;
    loop {
        let size = term.size()?;
        if (size.width, size.height) != app.size {
            app.resize(size.width, size.height);
        }
        {
            let _screen = lock_screen();
            // Cleared again in the theme's background when it or the size changed: a cell the
            // frame never writes (as mlterm leaves one at the end of each right-to-left row)
            // then shows that background, not the terminal's own. In terminal mode a change of
            // view, or of the mode itself, repaints the screen too.
            if terminal::take_resumed() || cleared != screen_state(app) {
                term = fresh_terminal(app)?;
                cleared = screen_state(app);
            }
            term.draw(|frame| draw(app, frame.buffer_mut()))?;
        }
        // What the first frame does not need starts once it is out.
        if let Some(caught) = caught.take() {
            terminal::handle_signals(caught)?;
        }
        if let Some(rest) = full.as_mut() {
            rest.start();
        }
        if quitting {
            return Ok(());
        }
        for event in next_events(app, &mut full)? {
            match event {
                Event::Key(key) => app.key(&key),
                Event::Mouse(mouse) => app.mouse(&mouse),
                Event::Resize(width, height) => app.resize(width, height),
                Event::Paste(text) => text.chars().for_each(|c| app.key(&char_key(c))),
                _ => {}
            }
            if app
                .effects
                .iter()
                .any(|e| matches!(e, Effect::Quit | Effect::Suspend))
            {
                break;
            }
        }
        for effect in std::mem::take(&mut app.effects) {
            if carry_out(app, effect, &mut term)? {
                quitting = true;
                break;
            }
        }
    }
}

/// The events to apply next: none when a search step was taken or the rest of the article
/// arrived (so the screen is drawn again), else the next events from the terminal.
fn next_events(app: &mut App, full: &mut Option<Rest>) -> io::Result<Vec<Event>> {
    loop {
        if let Some(rx) = full.as_ref() {
            match rx.try_recv() {
                Ok(article) => {
                    replace(app, article);
                    *full = None;
                    return Ok(Vec::new());
                }
                Err(TryRecvError::Disconnected) => *full = None,
                Err(TryRecvError::Empty) if event::poll(LOAD_POLL)? => {
                    // A key arriving while the rest of the article loads waits for it:
                    // every key sees the whole article.
                    if let Some(article) = full.take().and_then(Rest::recv) {
                        replace(app, article);
                    }
                    return read_queued();
                }
                Err(TryRecvError::Empty) => {}
            }
            continue;
        }
        if app.busy() && !event::poll(Duration::ZERO)? {
            app.work(STEP_BUDGET);
            return Ok(Vec::new());
        }
        // The library filling in, a fetch, new files: look between keys.
        let Some(wait) = app.wake_after() else {
            return read_queued();
        };
        if event::poll(wait)? {
            return read_queued();
        }
        if app.tick() {
            return Ok(Vec::new());
        }
    }
}

/// Carries out one effect the app asked for; true when it is time to quit.
fn carry_out(app: &mut App, effect: Effect, term: &mut Term) -> io::Result<bool> {
    match effect {
        Effect::Quit => return Ok(true),
        Effect::EditNoteExternally => {
            let note = app.editor().map(|e| e.note.clone()).unwrap_or_default();
            let _screen = lock_screen();
            let result = terminal::outside(|| external_editor::edit(&note))?;
            app.finish_external_edit(result);
            *term = fresh_terminal(app)?;
        }
        Effect::Suspend => {
            let _screen = lock_screen();
            terminal::suspend()?;
            *term = fresh_terminal(app)?;
        }
        Effect::SetMouse(on) => terminal::set_mouse(on)?,
        Effect::SetBidi(mode) => {
            let _screen = lock_screen();
            terminal::set_bidi(mode)?;
            *term = fresh_terminal(app)?;
        }
    }
    Ok(false)
}

/// The screen, held while drawing or while the terminal is handed over (the signal thread
/// takes it too).
fn lock_screen() -> std::sync::MutexGuard<'static, ()> {
    terminal::SCREEN.lock().unwrap_or_else(|e| e.into_inner())
}

/// Clears the screen in the theme's background and starts a terminal whose idea of the screen is
/// blank, so the next frame is sent whole. (`Terminal::clear` would ask the terminal where its
/// cursor is, and wait; and it clears in whatever colour was set last.)
fn fresh_terminal(app: &App) -> io::Result<Term> {
    use crossterm::style::{Color, ResetColor, SetBackgroundColor};
    use ratatui::backend::IntoCrossterm;
    // Before the clear: asking the terminal writes on the screen.
    let rows = match app.settings.bidi {
        BidiMode::App => Rows::Changed,
        BidiMode::Terminal if whole_lines::lam_alef_one_cell() => Rows::WholeLamAlefOneCell,
        BidiMode::Terminal => Rows::Whole,
    };
    let bg: Color = background(app).map_or(Color::Reset, IntoCrossterm::into_crossterm);
    crossterm::execute!(
        io::stdout(),
        SetBackgroundColor(bg),
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All),
        ResetColor
    )?;
    // Buffered: a frame goes out in one write (ratatui flushes after each draw).
    let out = io::BufWriter::with_capacity(1 << 16, io::stdout());
    let apart = crate::tui::terminal::known::marks_apart_in(&crate::config::process_env);
    Terminal::new(WholeLines::new(CrosstermBackend::new(out), rows)?.marks_apart(apart))
}

/// What, changed, makes the next frame start from a cleared screen: the size, the theme's
/// background, the BiDi mode, and in terminal mode the view (a terminal that reorders rows
/// itself keeps pieces of the last view where a partial write lands elsewhere).
fn screen_state(
    app: &App,
) -> (
    u16,
    u16,
    Option<ratatui::style::Color>,
    BidiMode,
    Option<Layer>,
) {
    let reorders = app.settings.bidi == BidiMode::Terminal;
    let (width, height) = app.size;
    (
        width,
        height,
        background(app),
        app.settings.bidi,
        reorders.then(|| app.layer()),
    )
}

/// The current theme's text background, if it sets one.
fn background(app: &App) -> Option<ratatui::style::Color> {
    app.theme().text.bg
}

type Term = Terminal<WholeLines<CrosstermBackend<io::BufWriter<io::Stdout>>>>;

/// The next event and everything already queued behind it (a resize storm, a paste), so the
/// screen is drawn once for all of them.
fn read_queued() -> io::Result<Vec<Event>> {
    let mut events = vec![event::read()?];
    while events.len() < 1024 && event::poll(Duration::ZERO)? {
        events.push(event::read()?);
    }
    Ok(events)
}

fn replace(app: &mut App, whole: Result<Whole, String>) {
    match whole {
        Ok((article, notes)) => app.complete_article(article, notes),
        Err(message) => app.message = Some(message),
    }
}

fn char_key(c: char) -> event::KeyEvent {
    event::KeyEvent::new(event::KeyCode::Char(c), event::KeyModifiers::NONE)
}
