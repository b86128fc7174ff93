//! The Yew web app: asks the questions, calls the rules engine, shows its result.
//!
//! The UI never decides eligibility: it turns the raw fields into `Answers`
//! (`answers::build`) and renders `rules::evaluate`'s `EvalResult`.
//!
//! - `state`: the one `Reducible` state (`AppState`) and its `Action`s;
//! - `flow`: pages, questions and which are asked; `validate`: input checks per page;
//! - `answers`: fields ⇄ `Answers`; `i18n`: every user-facing text, by key;
//! - `view`: components per question type; `pages`: questionnaire pages; `result`: the
//!   result and printable summary; `dom`, `load`: the few browser calls;
//! - `config`: the office configuration (data attributes, `pup-config.json`, `?kiosk`);
//!   `kiosk`: the idle reset of kiosk mode.

// The app's logic: plain Rust, compiled and unit-tested natively too (`cargo test`).
pub mod early;
pub mod i18n;
/// `pup-check flow` (native only: the app never lists its questions this way).
#[cfg(not(target_arch = "wasm32"))]
pub mod outline;
pub mod state;
pub mod validate;

// The browser side (Yew components and browser calls): wasm32 only.
#[cfg(target_arch = "wasm32")]
pub mod config;
#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(target_arch = "wasm32")]
pub mod kiosk;
#[cfg(target_arch = "wasm32")]
pub mod load;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod quotes;
#[cfg(target_arch = "wasm32")]
pub mod result;
#[cfg(target_arch = "wasm32")]
mod ui;
#[cfg(target_arch = "wasm32")]
pub mod view;
#[cfg(target_arch = "wasm32")]
pub use ui::{start, App};

#[cfg(test)]
mod tests;
