//! The terminal front end: holds the reader's state, maps keys to actions, draws with ratatui.
