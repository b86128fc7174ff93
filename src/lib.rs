//! PUP eligibility checker: the rules engine (`rules`), used natively by the `pup-check`
//! command and in the browser by the Yew app (`app`, wasm32 only).

pub mod l10n;
pub mod rules;

pub mod app;
