//! The reader's whole state and its update: a key or mouse event becomes an [`Action`], and
//! [`App::update`] applies it. Pure state changes (opening an article reads its file and its
//! annotations; changing annotations writes them): no terminal, no drawing, so tests drive it
//! key by key. Annotating, the annotation list, caret mode and the mouse are applied in
//! `annotate.rs`, `list.rs` and `select.rs` beside this file.

mod annotate;
pub mod clicks;
mod list;
mod open;
mod read;
pub mod select;

use std::collections::BTreeMap;
use std::time::Instant;

use crossterm::event::{KeyEvent, KeyEventKind, MouseEvent};

use crate::annotate::model::AnnotationId;
use crate::text::{BidiMode, LayoutOptions, Shaping};
use crate::tui::article::search::Outcome;
use crate::tui::article::ArticleView;
use crate::tui::input::action::{Action, Mode};
use crate::tui::input::keymap::Keymap;
use crate::tui::panels::annotation_list::AnnotationList;
use crate::tui::panels::editor::Editor;
use crate::tui::panels::library::Library;
use crate::tui::panels::prompt::{Edit, Prompt, PromptKind};
use crate::tui::theme::{Theme, Themes};
use clicks::Clicks;

/// Bytes a search reads before the screen is answered again.
pub const SEARCH_BUDGET: usize = 4 << 20;
/// Lines the mouse wheel scrolls.
pub const WHEEL_LINES: usize = 3;
/// Rows each library entry takes (title, file and words, gap).
pub const LIBRARY_ENTRY_ROWS: u16 = 3;
/// Rows above the library's entries (heading, gap).
pub const LIBRARY_HEADER_ROWS: u16 = 2;

/// Settings that can change while hamish runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Widest reading column, in cells.
    pub reading_width: u16,
    /// Who reorders.
    pub bidi: BidiMode,
    /// Whether to shape Arabic.
    pub shaping: Shaping,
    /// Whether the mouse is captured (wheel scrolls).
    pub mouse: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            reading_width: 100,
            bidi: BidiMode::App,
            shaping: Shaping::Forms,
            mouse: true,
        }
    }
}

/// The reading column within a screen `width` wide: its left column and its width (at most
/// `reading_width`, centred, with a one-cell margin when the screen allows).
pub fn reading_column(width: u16, reading_width: u16) -> (u16, u16) {
    let margin = if width >= 20 { 2 } else { 0 };
    let w = reading_width.min(width.saturating_sub(margin)).max(1);
    ((width.saturating_sub(w)) / 2, w)
}

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
    /// The input line, when open.
    pub prompt: Option<Prompt>,
    /// The help overlay's first row, when it is open.
    pub help: Option<usize>,
    /// A one-off message for the status line (cleared by the next key).
    pub message: Option<String>,
    /// The last search query (n and N repeat it).
    pub last_query: Option<String>,
    /// Screen size.
    pub size: (u16, u16),
    /// Set when hamish should exit.
    pub quit: bool,
    /// Set when the terminal should be handed back to the shell (cleared by the event loop).
    pub suspend: bool,
    /// The annotation editor, when open.
    pub editor: Option<Editor>,
    /// The annotation list, when open.
    pub list: Option<AnnotationList>,
    /// What needs more room than the status line (why annotating is off, with how to fix it):
    /// shown in a box until the next key.
    pub notice: Option<String>,
    /// The annotation being placed anew (`r` in the list): the next `a` moves it to the
    /// selection.
    pub reselect: Option<AnnotationId>,
    /// Tag → highlight colour name, from the config's `tag_colors`.
    pub tag_colors: BTreeMap<String, String>,
    /// Set when the editor's note is to be edited in `$EDITOR` (the event loop does it).
    pub external_edit: bool,
    /// Mouse presses, for drags and double and triple clicks.
    pub clicks: Clicks,
    /// The tags used in the library, most used first (read once per opened article).
    pub known_tags: Option<Vec<String>>,
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
            prompt: None,
            help: None,
            message: None,
            last_query: None,
            size,
            quit: false,
            suspend: false,
            editor: None,
            list: None,
            notice: None,
            reselect: None,
            tag_colors: BTreeMap::new(),
            external_edit: false,
            clicks: Clicks::default(),
            known_tags: None,
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

    /// Rows of article text (the last row is the status line).
    pub fn text_height(&self) -> usize {
        usize::from(self.size.1.saturating_sub(1))
    }

    /// Library entries that fit on screen.
    pub fn library_page(&self) -> usize {
        let rows = self.size.1.saturating_sub(LIBRARY_HEADER_ROWS + 1);
        usize::from((rows / LIBRARY_ENTRY_ROWS).max(1))
    }

    /// The screen changed size: re-wraps, keeping the top paragraph at the top.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = (width, height);
        self.relayout();
    }

    fn relayout(&mut self) {
        let (options, height) = (self.layout_options(), self.text_height());
        if let Some(view) = self.article.as_mut() {
            view.set_layout(options, height);
        }
    }

    /// True while a search is under way (the event loop calls [`App::work`] between events).
    pub fn busy(&self) -> bool {
        self.article.as_ref().is_some_and(|v| v.job.is_some())
    }

    /// Advances a search under way by about `budget` bytes.
    pub fn work(&mut self, budget: usize) {
        let Some(view) = self.article.as_mut() else {
            return;
        };
        let query = view
            .job
            .as_ref()
            .map(|j| j.query.clone())
            .unwrap_or_default();
        if let Some(outcome) = view.step_search(budget) {
            self.message = match outcome {
                Outcome::Found { wrapped: false, .. } => None,
                Outcome::Found { wrapped: true, .. } => {
                    Some("search wrapped around the end".into())
                }
                Outcome::NotFound => Some(format!("no match for “{query}”")),
            };
        }
    }

    /// Applies a key press: to the prompt when it is open, else through the keymap.
    pub fn key(&mut self, event: &KeyEvent) {
        if event.kind == KeyEventKind::Release {
            return;
        }
        self.message = None;
        if self.notice.take().is_some() {
            return;
        }
        if self.editor.is_some() {
            self.editor_key(event);
            return;
        }
        if let Some(prompt) = self.prompt.as_mut() {
            match prompt.key(event) {
                Edit::Changed => {
                    if prompt.kind == PromptKind::Filter {
                        let text = prompt.text.clone();
                        if let Some(library) = self.library.as_mut() {
                            library.set_filter(&text);
                        }
                    }
                }
                Edit::Submit => self.submit_prompt(),
                Edit::Cancel => {
                    if let Some(Prompt {
                        kind: PromptKind::Filter,
                        ..
                    }) = self.prompt
                    {
                        if let Some(library) = self.library.as_mut() {
                            library.set_filter("");
                        }
                    }
                    self.prompt = None;
                }
                Edit::Ignored => {
                    if let Some(action @ (Action::Quit | Action::Suspend)) =
                        self.keymap.action(event)
                    {
                        self.update(action);
                    }
                }
            }
            return;
        }
        let mode = if self.list.is_some() {
            Mode::List
        } else if self.article.as_ref().is_some_and(|v| v.caret.is_some()) {
            Mode::Caret
        } else {
            Mode::Reader
        };
        if let Some(action) = self.keymap.action_in(event, mode) {
            self.update(action);
        }
    }

    /// Applies a mouse event (see [`App::mouse_at`]), now.
    pub fn mouse(&mut self, event: &MouseEvent) {
        self.mouse_at(event, Instant::now());
    }

    /// Applies an action.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::Suspend => self.suspend = true,
            Action::CycleTheme => {
                self.theme = (self.theme + 1) % self.themes.len().max(1);
                self.message = Some(format!("theme: {}", self.theme().name));
            }
            Action::ToggleMouse => {
                self.settings.mouse = !self.settings.mouse;
                self.message = Some(if self.settings.mouse {
                    "mouse on: the wheel scrolls".into()
                } else {
                    "mouse off: the terminal selects text".into()
                });
            }
            Action::ToggleBidi => {
                self.settings.bidi = match self.settings.bidi {
                    BidiMode::App => BidiMode::Terminal,
                    BidiMode::Terminal => BidiMode::App,
                };
                self.relayout();
                self.message = Some(format!("bidi: {}", mode_name(&self.settings)));
            }
            Action::ToggleShaping => {
                self.settings.shaping = match self.settings.shaping {
                    Shaping::Forms => Shaping::None,
                    Shaping::None => Shaping::Forms,
                };
                self.relayout();
                self.message = Some(format!("shaping: {}", mode_name(&self.settings)));
            }
            _ if self.help.is_some() => self.help_action(action),
            Action::Help => self.help = Some(0),
            _ if self.list.is_some() => self.list_action(action),
            _ if self.article.is_some() => self.article_action(action),
            _ => self.library_action(action),
        }
    }
}

/// The mode as the status line shows it: `app/forms`, `app/none` or `terminal`.
pub fn mode_name(settings: &Settings) -> &'static str {
    match (settings.bidi, settings.shaping) {
        (BidiMode::App, Shaping::Forms) => "app/forms",
        (BidiMode::App, Shaping::None) => "app/none",
        (BidiMode::Terminal, _) => "terminal",
    }
}
