//! The few browser calls the app makes: today's date, focus, file save/load, print and
//! performance marks. Nothing is sent anywhere.

use chrono::NaiveDate;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Today in the browser's time zone.
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or(NaiveDate::MIN)
}

/// The first of the browser's preferred languages that the app speaks, else Polish.
pub fn preferred_lang() -> super::i18n::Lang {
    use super::i18n::Lang;
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::Pl;
    };
    let list = js_sys::Array::from(&nav.languages());
    list.iter()
        .filter_map(|v| v.as_string())
        .chain(nav.language())
        .find_map(|tag: String| Lang::from_tag(&tag))
        .unwrap_or(Lang::Pl)
}

/// The text of an inline data block (`<script type="text/x-fluent" id=…>` of the
/// single-file build), if the page has it.
pub fn inline_text(id: &str) -> Option<String> {
    by_id(id).and_then(|e| e.text_content())
}

/// Fetches a file of the app (same origin) as text.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    let err = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let resp = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(err)?;
    let resp: web_sys::Response = resp.dyn_into().map_err(err)?;
    if !resp.ok() {
        return Err(format!("HTTP {}", resp.status()));
    }
    let text = JsFuture::from(resp.text().map_err(err)?)
        .await
        .map_err(err)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// The `lang` attribute of the whole document (screen readers and hyphenation follow it).
pub fn set_document_lang(code: &str) {
    if let Some(el) = document().and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", code);
    }
}

pub fn by_id(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

pub fn focus_id(id: &str) {
    if let Some(el) = by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// After a page change: scroll to the top and move the focus to the page heading.
pub fn focus_heading() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
    focus_id("page-heading");
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Offers `text` as a file download (a blob URL: the data stays on the device).
pub fn download(name: &str, text: &str) {
    let Some(doc) = document() else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// `performance.mark(name)`.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// `performance.measure(name, start)`.
pub fn measure(name: &str, start: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark(name, start);
    }
}

/// Marks the app as mounted (`<html data-app="ready">` and a performance mark): the start
/// page is now interactive.
pub fn app_ready() {
    if let Some(el) = document().and_then(|d| d.document_element()) {
        let _ = el.set_attribute("data-app", "ready");
    }
    mark("app-ready");
}

thread_local! {
    /// The depth of the app's own browser-history entries (one per page shown).
    static DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Adds a browser-history entry for a page change, so that the browser's back button goes
/// to the previous page of the questionnaire instead of leaving the app.
pub fn push_history() {
    let depth = DEPTH.with(|d| {
        d.set(d.get() + 1);
        d.get()
    });
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.push_state(&wasm_bindgen::JsValue::from(depth), "");
    }
}

/// Calls `on_back` when the browser's back button returns to an earlier entry of the app.
pub fn on_history_back(on_back: impl Fn() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let cb =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| {
            let state = web_sys::window()
                .and_then(|w| w.history().ok())
                .and_then(|h| h.state().ok())
                .and_then(|s| s.as_f64())
                .unwrap_or(0.0) as u32;
            let back = DEPTH.with(|d| {
                let was = d.get();
                d.set(state);
                state < was
            });
            if back {
                on_back();
            }
        });
    let _ = w.add_event_listener_with_callback("popstate", cb.as_ref().unchecked_ref());
    cb.forget();
}
