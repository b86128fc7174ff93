//! The Yew web app: asks the questions the rule set declares, calls the rules engine, shows
//! its result. The UI never decides eligibility: it turns the raw fields into `Answers`
//! (`rules::questionnaire::answers`) and renders `rules::evaluate`'s `EvalResult`.
//!
//! The folders show the layers:
//! - `state`: the one `Reducible` state (`AppState`), its `Action`s and the pure reducer;
//!   `validate` (input checks of a page), `early` (what the pre-rendered page left);
//! - `i18n`: every user-facing text, by key (plain Rust);
//! - `ui`: the `App` component and its effects (`hooks`), the pages (`pages`), the components
//!   per question type (`view`), the result and printable summary (`result`), the office's
//!   details (`office`), the kiosk's idle reset (`kiosk`);
//! - `platform`: the browser calls — the mount, history, storage, fetching, printing
//!   (`dom`), reading a file (`load`), the office configuration (`config`), the texts and
//!   quotes fetched (`texts`, `quotes`).
//!
//! `state`, `i18n` and `outline` are plain Rust, compiled and unit-tested natively too
//! (`cargo test`); `ui` and `platform` are wasm32 only.

pub mod i18n;
/// `pup-check flow` (native only: the app never lists its questions this way).
#[cfg(not(target_arch = "wasm32"))]
pub mod outline;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub use ui::{start, App};

#[cfg(test)]
mod tests;
