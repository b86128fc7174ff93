//! The source sentences of the rules ("Dlaczego?"), read with the result: `i18n/quotes.txt`
//! (written from the catalogs by `pup-check quotes`), carried inline by the single-file build
//! and precached by the service worker, so that offline and `file://` keep them. They are not
//! in the app's code: the start needs none of them.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::rules::catalog::parse_quotes;
use crate::rules::RuleSetId;

thread_local! {
    static QUOTES: RefCell<Option<HashMap<(RuleSetId, String), &'static str>>> = const { RefCell::new(None) };
}

pub fn is_loaded() -> bool {
    QUOTES.with(|q| q.borrow().is_some())
}

/// The quote of a rule, once loaded.
pub fn get(set: RuleSetId, id: &str) -> Option<&'static str> {
    QUOTES.with(|q| {
        q.borrow()
            .as_ref()
            .and_then(|m| m.get(&(set, id.to_string())).copied())
    })
}

fn install(text: String) {
    let text: &'static str = Box::leak(text.into_boxed_str());
    let map = parse_quotes(text)
        .into_iter()
        .map(|(set, id, quote)| ((set, id.to_string()), quote))
        .collect();
    QUOTES.with(|q| *q.borrow_mut() = Some(map));
}

/// Makes the quotes available, then calls `done(true)` (`false` when they cannot be had:
/// offline before the first visit; the "why" then shows the rules without their sentences).
pub fn load(done: impl FnOnce(bool) + 'static) {
    if is_loaded() {
        done(true);
        return;
    }
    if let Some(text) = crate::app::platform::dom::inline_text("pup-quotes") {
        install(text);
        done(true);
        return;
    }
    let url = format!("{}i18n/quotes.txt", crate::app::platform::dom::app_base());
    wasm_bindgen_futures::spawn_local(async move {
        match crate::app::platform::dom::fetch_text(&url).await {
            Ok(text) => {
                install(text);
                done(true);
            }
            Err(e) => {
                gloo::console::error!(format!("{url}: {e}"));
                done(false);
            }
        }
    });
}
