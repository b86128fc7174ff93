//! The browser calls (wasm32 only): everything the app asks of the page and the network.

pub mod config;
pub mod dom;
pub mod load;
pub mod quotes;
pub mod share;
pub mod texts;
