//! Fetching the texts (`i18n/*.ftl`): a language other than the built-in Polish when it is
//! chosen, and the result page's Polish texts near the result; `app::i18n` keeps and formats
//! them (plain Rust, no browser calls).

use crate::app::i18n::{self, Lang};

/// Makes the texts of `l` available, then calls `done(true)`; `done(false)` if they cannot be
/// had (offline before the first visit): the app then stays in the language it shows.
pub fn load(l: Lang, done: impl FnOnce(bool) + 'static) {
    if i18n::is_loaded(l) {
        done(true);
        return;
    }
    if let Some(text) = crate::app::platform::dom::inline_text(&format!("pup-i18n-{}", l.code())) {
        i18n::load_source(l, text);
        done(true);
        return;
    }
    let url = format!(
        "{}i18n/{}.ftl",
        crate::app::platform::dom::app_base(),
        l.code()
    );
    wasm_bindgen_futures::spawn_local(async move {
        match crate::app::platform::dom::fetch_text(&url).await {
            Ok(text) => {
                i18n::load_source(l, text);
                done(true);
            }
            Err(e) => {
                gloo::console::error!(format!("{url}: {e}"));
                done(false);
            }
        }
    });
}

/// Adds the result page's Polish texts (`i18n/pl-result.ftl`) to the built-in ones, then
/// calls `done(true)`; `done(false)` if they cannot be had (offline before the first visit).
pub fn load_result_texts(done: impl FnOnce(bool) + 'static) {
    if i18n::result_texts_loaded() {
        done(true);
        return;
    }
    let add = |text: String| i18n::add_result_texts(&text);
    if let Some(text) = crate::app::platform::dom::inline_text("pup-i18n-pl-result") {
        add(text);
        done(true);
        return;
    }
    let url = format!(
        "{}i18n/pl-result.ftl",
        crate::app::platform::dom::app_base()
    );
    wasm_bindgen_futures::spawn_local(async move {
        match crate::app::platform::dom::fetch_text(&url).await {
            Ok(text) => {
                add(text);
                done(true);
            }
            Err(e) => {
                gloo::console::error!(format!("{url}: {e}"));
                done(false);
            }
        }
    });
}
