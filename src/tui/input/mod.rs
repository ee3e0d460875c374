//! From a key to what it means: the actions the reader knows and the keymap that binds keys to
//! them. Knows nothing about the app's state, the terminal or drawing.

pub mod action;
pub mod escape;
pub mod help_views;
pub mod keymap;
pub mod layouts;
