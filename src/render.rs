//! `hamish render`: prints articles laid out by the engine.
