//! The views, one folder each, holding its state (`state.rs`), its actions (`update.rs`, for the
//! app), its geometry (`geometry.rs`: one computation, used by paging, the mouse and drawing),
//! its key hints (from the keymap, `input/hints.rs`), its part of the help (`help.rs`, in the
//! help's order in `help.rs` here) and its drawing (`draw.rs`); each
//! implements [`View`]. Those that lie over the library or the article are on a stack
//! (`App::screens`): the top one gets the keys and the mouse and is drawn; "back" pops it. The
//! library (`library/`) is under them all, `App::library`.
//!
//! Adding a screen: a folder beside `tags/`, and an arm in [`Screen`]; the compiler then asks
//! for its line in the exhaustive matches ([`Screen::view`], [`Screen::view_mut`] and
//! `App::screen_action` in `app/stack.rs`), and its help goes into [`help::ALL`].
//!
//! State and drawing only; knows nothing about the app around the screens (their `update.rs`
//! files add the app's actions), the terminal or files.

pub mod annotation_list;
pub mod help;
pub mod library;
pub mod passages;
pub mod selection;
pub mod slot_list;
pub mod tags;

use std::collections::BTreeMap;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::annotate::retag::Retagged;
use crate::annotate::store::Store;
use crate::tui::draw::context::Ctx;
use crate::tui::input::action::Mode;
use crate::tui::input::help_views::ViewHelp;
use crate::tui::input::keymap::Keymap;
use crate::tui::screens::annotation_list::state::AnnotationList;
use crate::tui::screens::passages::state::Passages;
use crate::tui::screens::tags::state::TagsView;

/// One screen on the stack.
#[derive(Debug)]
pub enum Screen {
    /// The tags view (`#`).
    Tags(TagsView),
    /// The annotation list (`A` in an article), over the article.
    List(AnnotationList),
    /// The passages view (`A` in the library; boxed: it holds every passage).
    Passages(Box<Passages>),
    /// The open article (`App::article`), read over the screens below it (Enter in the
    /// passages); q or Esc pops it. Its state moves here when the article becomes a screen.
    Article,
}

/// What the screens read from the app besides their own state.
pub struct Shared<'a> {
    /// The keys in force (hints name them).
    pub keymap: &'a Keymap,
    /// Tag → highlight colour name, from the config.
    pub tag_colors: &'a BTreeMap<String, String>,
    /// The last rename or merge of a tag, while `u` can undo it.
    pub retagged: Option<&'a Retagged>,
    /// The open article's annotations, when it has them.
    pub store: Option<&'a Store>,
}

/// What every screen does for the app.
pub trait View {
    /// The keymap's mode while it is on top.
    fn mode(&self) -> Mode;
    /// Its part of the help, which the help lists first.
    fn help(&self) -> &'static ViewHelp;
    /// One step of the mouse wheel: the selection one entry down or up.
    fn wheel(&mut self, shared: &Shared, down: bool);
    /// A left click at `at` on a screen whose body (all but the status line) is `body`.
    fn click(&mut self, shared: &Shared, body: Rect, reading_width: u16, at: (u16, u16));
    /// Draws it into `body`.
    fn draw(&self, shared: &Shared, ctx: &Ctx, body: Rect, buf: &mut Buffer);
}

impl Screen {
    /// The screen as a [`View`] (`None`: the article, drawn and run by the app).
    pub fn view(&self) -> Option<&dyn View> {
        match self {
            Screen::Tags(tags) => Some(tags),
            Screen::List(list) => Some(list),
            Screen::Passages(passages) => Some(passages.as_ref()),
            Screen::Article => None,
        }
    }

    /// The screen as a [`View`], to change.
    pub fn view_mut(&mut self) -> Option<&mut dyn View> {
        match self {
            Screen::Tags(tags) => Some(tags),
            Screen::List(list) => Some(list),
            Screen::Passages(passages) => Some(passages.as_mut()),
            Screen::Article => None,
        }
    }
}
