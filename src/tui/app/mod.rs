//! The reader's whole state and its update: a key or mouse event goes to the layer on top
//! ([`App::layer`], `overlay.rs`); through the keymap it becomes an [`Action`], which
//! [`App::update`] routes once, by its group. Pure state changes (opening an article reads its
//! file and its annotations; changing annotations writes them): no terminal, no drawing, so
//! tests drive it key by key. What only the terminal can do is queued as an [`Effect`] for the
//! event loop. Beside this file: `read.rs` (the input line, the help), `mouse.rs`, `open.rs`,
//! `settings.rs`, `scope.rs` (the open article's scope and the library's caches, reset in one
//! place) and `stack.rs` (the screens on the stack). Each view's own actions are in its folder:
//! `tui/article/` (`update.rs`, `annotate.rs`, `select.rs`), `tui/screens/*/update.rs`.

mod background;
pub(crate) mod clicks;
mod close;
pub(crate) mod effect;
pub mod fits;
mod mouse;
mod open;
pub(crate) mod overlay;
mod read;
mod remember;
mod scope;
mod settings;
pub(crate) mod stack;

use std::collections::BTreeMap;
use std::time::Instant;

use crossterm::event::{KeyEvent, KeyEventKind, MouseEvent};

use crate::annotate::model::AnnotationId;
use crate::text::LayoutOptions;
use crate::tui::article::search::{Outcome, Way};
pub use crate::tui::article::view::{HEADER_ROWS as ARTICLE_HEADER_ROWS, WHEEL_LINES};
use crate::tui::article::ArticleView;
use crate::tui::input::action::{Action, Group, Mode};
use crate::tui::input::escape::split_escape;
use crate::tui::input::keymap::Keymap;
use crate::tui::input::layouts::to_latin;
pub use crate::tui::screens::library::slots::{LIBRARY_ENTRY_ROWS, LIBRARY_HEADER_ROWS};
use crate::tui::screens::library::state::Library;
use crate::tui::screens::Screen;
pub use crate::tui::settings::{mode_name, reading_column, Settings};
use crate::tui::theme::{Theme, Themes};
use clicks::Clicks;
pub use effect::Effect;
pub use overlay::{Layer, Overlay};

/// Bytes a search reads before the screen is answered again.
pub const SEARCH_BUDGET: usize = 4 << 20;

/// Everything the reader shows and remembers.
pub struct App {
    /// Key bindings.
    pub keymap: Keymap,
    /// Colour themes.
    pub themes: Themes,
    /// Index of the current theme.
    pub theme: usize,
    /// Current settings.
    pub settings: Settings,
    /// The library, when hamish was opened on one (q in an article returns to it).
    pub library: Option<Library>,
    /// The open article.
    pub article: Option<ArticleView>,
    /// What lies over the view, if anything (see [`App::layer`]).
    pub overlay: Option<Overlay>,
    /// What the reader asks of the terminal, in order; the event loop carries them out and
    /// empties the list.
    pub effects: Vec<Effect>,
    /// A one-off message for the status line (cleared by the next key).
    pub message: Option<String>,
    /// The last search query (n and N repeat it).
    pub last_query: Option<String>,
    /// Earlier search queries, oldest first (↑ and ↓ in the search prompt).
    pub search_history: Vec<String>,
    /// Screen size.
    pub size: (u16, u16),
    /// The annotation being placed anew (`r` in the list): the next `a` moves it to the
    /// selection.
    pub reselect: Option<AnnotationId>,
    /// Tag → highlight colour name, from the config's `tag_colors`.
    pub tag_colors: BTreeMap<String, String>,
    /// Mouse presses, for drags and double and triple clicks.
    pub clicks: Clicks,
    /// The tags used in the library, most used first (read once per opened article).
    pub known_tags: Option<Vec<String>>,
    /// Where annotations that cannot be saved go on closing (`recovery/` in the data directory).
    pub recovery_dir: Option<std::path::PathBuf>,
    /// A quit was refused once because changes could not be saved: the next one goes.
    pub quit_warned: bool,
    /// The screens over the library or the article, the top one last (see `tui/screens/`).
    pub screens: Vec<Screen>,
    /// The last rename or merge of a tag, while `u` in the tags view can undo it.
    pub retagged: Option<crate::annotate::retag::Retagged>,
    /// What is remembered between runs (`None`: nothing is, as in tests).
    pub memory: Option<crate::tui::memory::Memory>,
    /// Background readers filling the library in (see `background.rs`).
    pub readers: Vec<crate::tui::library_reader::LibraryReader>,
    /// A fetch of the feeds under way.
    pub fetch: Option<crate::tui::feed_fetch::FeedFetch>,
    /// When the library's directories were last looked at for new files.
    pub last_scan: Instant,
}

impl App {
    /// A reader with nothing open yet.
    pub fn new(
        settings: Settings,
        keymap: Keymap,
        themes: Themes,
        theme: usize,
        size: (u16, u16),
    ) -> App {
        App {
            keymap,
            themes,
            theme,
            settings,
            library: None,
            article: None,
            overlay: None,
            effects: Vec::new(),
            message: None,
            last_query: None,
            search_history: Vec::new(),
            size,
            reselect: None,
            tag_colors: BTreeMap::new(),
            clicks: Clicks::default(),
            known_tags: None,
            recovery_dir: crate::annotate::store::recovery_dir(),
            quit_warned: false,
            screens: Vec::new(),
            retagged: None,
            memory: None,
            readers: Vec::new(),
            fetch: None,
            last_scan: Instant::now(),
        }
    }

    /// The current theme.
    pub fn theme(&self) -> &Theme {
        self.themes.by_index(self.theme)
    }

    /// How articles are laid out at the current size and settings.
    pub fn layout_options(&self) -> LayoutOptions {
        LayoutOptions {
            width: u32::from(reading_column(self.size.0, self.settings.reading_width).1),
            bidi: self.settings.bidi,
            shaping: self.settings.shaping,
        }
    }

    /// Rows of article text (the first row is the header, the last the status line).
    pub fn text_height(&self) -> usize {
        usize::from(self.size.1.saturating_sub(1 + ARTICLE_HEADER_ROWS))
    }

    /// The screen changed size: re-wraps, keeping the top paragraph at the top.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = (width, height);
        self.relayout();
    }

    pub(super) fn relayout(&mut self) {
        let (options, height) = (self.layout_options(), self.text_height());
        if let Some(view) = self.article.as_mut() {
            view.set_layout(options, height);
        }
    }

    /// True while a search is under way or passages are being read (the event loop calls
    /// [`App::work`] between events).
    pub fn busy(&self) -> bool {
        self.article.as_ref().is_some_and(|v| v.counting())
            || self.passages().is_some_and(|p| p.feed.is_some())
    }

    /// Takes the passages read since, and advances a search under way by about `budget` bytes.
    pub fn work(&mut self, budget: usize) {
        // Waiting for the next part of the passages would slow a search under way.
        let searching = self.article.as_ref().is_some_and(|v| v.counting());
        let wait = if searching {
            std::time::Duration::ZERO
        } else {
            crate::tui::screens::passages::state::FEED_WAIT
        };
        self.feed_passages(wait);
        let Some(view) = self.article.as_mut() else {
            return;
        };
        let (query, way) = match view.job.as_ref() {
            Some(job) => (job.query.clone(), job.way()),
            None => (String::new(), Way::Forward),
        };
        if let Some(outcome) = view.step_search(budget) {
            self.message = match outcome {
                Outcome::Found { wrapped: false, .. } => None,
                Outcome::Found { wrapped: true, .. } if way == Way::Forward => {
                    Some("search hit the end, went on from the top".into())
                }
                Outcome::Found { wrapped: true, .. } => {
                    Some("search hit the top, went on from the end".into())
                }
                Outcome::NotFound => Some(format!("no match for “{query}”")),
            };
        }
    }

    /// Applies a key press to the layer on top: a notice closes, the editor and the input line
    /// take it as text, anything else maps it through the keymap to an action.
    /// An Alt+char the keymap does not bind is taken as Esc then the char (see
    /// [`split_escape`]).
    pub fn key(&mut self, event: &KeyEvent) {
        if event.kind == KeyEventKind::Release {
            return;
        }
        for key in split_escape(event, &self.keymap) {
            self.one_key(&key);
        }
    }

    fn one_key(&mut self, event: &KeyEvent) {
        if self.too_small().is_some() {
            self.key_while_too_small(event);
            return;
        }
        self.message = None;
        match self.layer() {
            Layer::Notice => self.overlay = None,
            Layer::Editor => {
                self.editor_key(event);
                self.passage_changed();
            }
            Layer::Prompt => self.prompt_key(event),
            Layer::Help | Layer::Screen | Layer::Article | Layer::Library => {
                let mode = self.top_view().map_or(Mode::Reader, |v| v.mode());
                let bound = self.keymap.action_in(event, mode);
                let latin = || self.keymap.action_in(&to_latin(event), mode);
                let action = match bound {
                    None if self.settings.langmap => latin(),
                    _ => bound,
                };
                if let Some(action) = action {
                    self.update(action);
                }
            }
        }
    }

    /// A key the editor or the input line did not take: only quitting and suspending pass.
    pub(super) fn unhandled_key(&mut self, event: &KeyEvent) {
        if let Some(action @ (Action::Quit | Action::Suspend)) = self.keymap.action(event) {
            self.update(action);
        }
    }

    /// Applies a mouse event (see [`App::mouse_at`]), now.
    pub fn mouse(&mut self, event: &MouseEvent) {
        self.mouse_at(event, Instant::now());
    }

    /// Applies an action: the settings' and the app's own anywhere, the rest to the help when
    /// it is open, else to the view.
    pub fn update(&mut self, action: Action) {
        match action.group() {
            Group::App if action == Action::Quit => self.quit(),
            Group::App => self.effects.push(Effect::Suspend),
            Group::Settings => self.setting_action(action),
            _ if self.help().is_some() => self.help_action(action),
            Group::Help => self.overlay = Some(Overlay::Help(0)),
            group => match (self.view(), group) {
                (Layer::Screen, _) => self.screen_action(action),
                (_, Group::Tags) => self.open_tags(),
                (Layer::Article, Group::Caret) => self.caret_action(action),
                (Layer::Article, Group::Annotate) => self.annotation_action(action),
                (Layer::Article, _) => self.article_action(action),
                _ => self.library_action(action),
            },
        }
    }
}
