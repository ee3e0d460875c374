//! From a key to what it means: the actions the reader knows, the keymap that binds keys to
//! them, and the hints that name the keys bound. Knows nothing about the app's state, the
//! terminal or drawing.

pub mod action;
pub mod escape;
pub mod help_views;
pub mod hints;
pub mod keymap;
pub mod layouts;
