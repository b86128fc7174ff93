//! The few browser calls the app makes: where the app is mounted, today's date, focus, file
//! save/load, print, performance marks, history and the result event. Nothing is sent
//! anywhere.

use std::cell::RefCell;

use chrono::NaiveDate;
use wasm_bindgen::JsCast;

pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Where the app lives.
#[derive(Clone)]
pub struct Mount {
    /// The element Yew renders into (`.pup-app`).
    pub root: web_sys::Element,
    /// Embedded: the shadow root holding `root` (`embed.js` made it on the host's container).
    pub shadow: Option<web_sys::ShadowRoot>,
    /// The element that carries the configuration (`data-*`) and receives the result event:
    /// the host's container when embedded, else `root` (`#app`) itself.
    pub host: web_sys::Element,
}

thread_local! {
    static MOUNT: RefCell<Option<Mount>> = const { RefCell::new(None) };
}

/// Finds the mount point: the shadow root `embed.js` attached to the host page's
/// `[data-pup-check]` container (embedded), else `#app` of the app's own page.
pub fn find_mount() -> Option<Mount> {
    let doc = document()?;
    let embedded = doc
        .query_selector("[data-pup-check]")
        .ok()
        .flatten()
        .and_then(|host| {
            let shadow = host.shadow_root()?;
            let root = shadow.get_element_by_id("app")?;
            Some(Mount {
                root,
                shadow: Some(shadow),
                host,
            })
        });
    let m = embedded.or_else(|| {
        let root = doc.get_element_by_id("app")?;
        Some(Mount {
            host: root.clone(),
            root,
            shadow: None,
        })
    })?;
    MOUNT.with(|x| *x.borrow_mut() = Some(m.clone()));
    Some(m)
}

pub fn mount() -> Option<Mount> {
    MOUNT.with(|x| x.borrow().clone())
}

/// The app is embedded in another page (inside a shadow root).
pub fn embedded() -> bool {
    mount().is_some_and(|m| m.shadow.is_some())
}

/// Adds or removes a class of the app's root element (e.g. `pup-app--kiosk`).
pub fn set_root_class(class: &str, on: bool) {
    if let Some(m) = mount() {
        let _ = m.root.class_list().toggle_with_force(class, on);
    }
}

/// The focused element inside the app (looks through the shadow root when embedded).
pub fn active_element() -> Option<web_sys::Element> {
    match mount().and_then(|m| m.shadow) {
        Some(sr) => sr.active_element(),
        None => document()?.active_element(),
    }
}

/// Clears every file input of the app (a chosen file must not survive a kiosk reset).
pub fn clear_file_inputs() {
    let Some(m) = mount() else { return };
    let Ok(list) = m.root.query_selector_all("input[type=file]") else {
        return;
    };
    for i in 0..list.length() {
        if let Some(input) = list
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_value("");
        }
    }
}

/// Tells the host page the result is shown: a `pup-check:result` `CustomEvent` whose
/// `detail` is the result JSON object (docs/embedding.md), dispatched on the host element;
/// it bubbles and crosses the shadow boundary.
pub fn dispatch_result(json: &str) {
    let Some(m) = mount() else { return };
    let Ok(detail) = js_sys::JSON::parse(json) else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict("pup-check:result", &init) {
        let _ = m.host.dispatch_event(&ev);
    }
}

/// Today in the browser's time zone.
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or(NaiveDate::MIN)
}

/// The first of the browser's preferred languages that the app speaks, else Polish.
pub fn preferred_lang() -> crate::l10n::Lang {
    use crate::l10n::Lang;
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

/// Why a file of the app could not be fetched.
#[derive(Debug)]
pub enum FetchError {
    /// The server answered with this status.
    Http(u16),
    /// No answer (offline and not cached) or not text.
    Network(String),
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Http(status) => write!(f, "HTTP {status}"),
            FetchError::Network(e) => f.write_str(e),
        }
    }
}

/// Fetches a file of the app (same origin) as text.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    use wasm_bindgen_futures::JsFuture;
    let err = |e: wasm_bindgen::JsValue| {
        FetchError::Network(e.as_string().unwrap_or_else(|| format!("{e:?}")))
    };
    let window = web_sys::window().ok_or_else(|| FetchError::Network("no window".into()))?;
    let resp = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(err)?;
    let resp: web_sys::Response = resp.dyn_into().map_err(err)?;
    if !resp.ok() {
        return Err(FetchError::Http(resp.status()));
    }
    let text = JsFuture::from(resp.text().map_err(err)?)
        .await
        .map_err(err)?;
    text.as_string()
        .ok_or_else(|| FetchError::Network("not text".into()))
}

/// The `lang` attribute of the whole document (screen readers and hyphenation follow it);
/// embedded, of the app's root only (the host page keeps its own).
pub fn set_document_lang(code: &str) {
    let el = match mount() {
        Some(m) if m.shadow.is_some() => Some(m.root),
        _ => document().and_then(|d| d.document_element()),
    };
    if let Some(el) = el {
        let _ = el.set_attribute("lang", code);
    }
}

/// The address of the app's files: `""` (relative to the page) on the app's own page, the
/// folder of `embed.js` when embedded (`data-app-base` of the app's root).
pub fn app_base() -> String {
    mount()
        .and_then(|m| m.root.get_attribute("data-app-base"))
        .unwrap_or_default()
}

/// The element with this id inside the app (in its shadow root when embedded).
pub fn by_id(id: &str) -> Option<web_sys::Element> {
    match mount().and_then(|m| m.shadow) {
        Some(sr) => sr.get_element_by_id(id),
        None => document()?.get_element_by_id(id),
    }
}

pub fn focus_id(id: &str) {
    if let Some(el) = by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// After a page change: scroll to the top and move the focus to the page heading.
/// Embedded, the host page is not scrolled to its top: focusing the heading brings it
/// into view.
pub fn focus_heading() {
    if !embedded() {
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }
    focus_id("page-heading");
}

/// The document title (left alone when embedded: the title is the host page's).
pub fn set_title(title: &str) {
    if embedded() {
        return;
    }
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
    /// The session the entries belong to: a restart (kiosk reset) starts a new one, and the
    /// entries of the old one no longer lead to any page.
    static SESSION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// History entries carry `session * SESSION_STRIDE + depth`.
const SESSION_STRIDE: u32 = 1_000_000;

/// Runs `f` in a task of its own right after the current one (a zero-delay timeout; such
/// tasks run in the order they were asked for). What a page change must do but the person
/// does not see — the history entry, the tab's title — goes there, so that the browser can
/// paint the new page without waiting for it: `history.pushState` alone took ≈ 7–9 ms a
/// click in headless Chromium (docs/app.md, "Benchmark", session 9).
pub fn soon(f: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, f).forget();
}

/// Adds a browser-history entry for a page change, so that the browser's back and forward
/// buttons move through the pages of the questionnaire instead of leaving the app. Returns
/// the new entry's depth (the app keeps which page it showed there) at once; the entry
/// itself is written by `soon`, in the next task (the browser may paint the page first).
pub fn push_history() -> u32 {
    let depth = DEPTH.with(|d| {
        d.set(d.get() + 1);
        d.get()
    });
    let session = SESSION.with(std::cell::Cell::get);
    soon(move || {
        if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
            let state = f64::from(session) * f64::from(SESSION_STRIDE) + f64::from(depth);
            let _ = h.push_state(&wasm_bindgen::JsValue::from(state), "");
        }
    });
    depth
}

/// After a restart: the history entries of the answers given so far lose their meaning
/// (going back to them stays on the start page; nothing of them is kept).
pub fn new_history_session() {
    SESSION.with(|s| s.set(s.get() + 1));
    DEPTH.with(|d| d.set(0));
    let session = SESSION.with(std::cell::Cell::get);
    // After any entry still to be written (`push_history`), in order.
    soon(move || {
        if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
            let state = f64::from(session) * f64::from(SESSION_STRIDE);
            let _ = h.replace_state(&wasm_bindgen::JsValue::from(state), "");
        }
    });
}

/// Calls `on_move(depth)` when the browser's back or forward button moves to another entry
/// of the app (depth 0: the page the app started on).
pub fn on_history_move(on_move: impl Fn(u32) + 'static) {
    let Some(w) = web_sys::window() else { return };
    let cb =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| {
            // A link code opened in this tab (`#a1.…`, a navigation to a fragment) is not a
            // move through the app's pages: `on_hash_change` reads it.
            if link_code_in_address() {
                return;
            }
            let raw = web_sys::window()
                .and_then(|w| w.history().ok())
                .and_then(|h| h.state().ok())
                .and_then(|s| s.as_f64())
                .unwrap_or(0.0) as u64;
            let session = SESSION.with(std::cell::Cell::get);
            if raw / u64::from(SESSION_STRIDE) != u64::from(session) {
                // An entry of an earlier session (before a restart): it leads nowhere.
                return;
            }
            let state = (raw % u64::from(SESSION_STRIDE)) as u32;
            DEPTH.with(|d| d.set(state));
            on_move(state);
        });
    let _ = w.add_event_listener_with_callback("popstate", cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Whether the page's address holds a link code (`#a<version>.…`, issue 25).
pub fn link_code_in_address() -> bool {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|h| h.starts_with("#a") && h.contains('.'))
}

/// Calls `f` whenever the address's fragment changes (a link code opened in this tab).
pub fn on_hash_change(f: impl Fn() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let cb =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| f());
    let _ = w.add_event_listener_with_callback("hashchange", cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Where the focus was on the pre-rendered page: an input's id and its selection.
#[derive(Clone, Debug)]
pub struct EarlyFocus {
    pub id: String,
    pub selection: Option<(u32, u32)>,
}

/// What the person did on the pre-rendered page before the app started, as
/// scripts/early.js left it on `#app` (the page's own `#app` only; an embedded app has no
/// pre-rendered page): the question shown and its values, a "Dalej" pressed, a language
/// chosen (its code), and the focus. Read before Yew replaces the page.
pub fn take_early(
    m: &Mount,
) -> (
    crate::app::state::early::EarlyInput,
    Option<String>,
    Option<EarlyFocus>,
) {
    let mut input = crate::app::state::early::EarlyInput::default();
    if m.shadow.is_some() {
        return (input, None, None);
    }
    let root = &m.root;
    let lang = root.get_attribute("data-early-lang");
    let Some(field) = root.get_attribute("data-early-page") else {
        return (input, lang, None);
    };
    let Some(doc) = document() else {
        return (input, lang, None);
    };
    for part in ["d", "m", "y"] {
        if let Some(el) = doc
            .get_element_by_id(&format!("{field}-{part}"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.fields.push((format!("{field}.{part}"), el.value()));
        }
    }
    input.next = root.get_attribute("data-early-next").is_some();
    input.question = Some(field);
    let focus = doc.active_element().and_then(|a| {
        let id = a.id();
        if id.is_empty() {
            return None;
        }
        let selection = a
            .dyn_ref::<web_sys::HtmlInputElement>()
            .and_then(|i| Some((i.selection_start().ok()??, i.selection_end().ok()??)));
        Some(EarlyFocus { id, selection })
    });
    (input, lang, focus)
}

/// Puts the focus back where it was on the pre-rendered page (`take_early`).
pub fn restore_focus(f: &EarlyFocus) {
    let Some(el) = by_id(&f.id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    let _ = el.focus();
    if let (Some((a, b)), Some(i)) = (f.selection, el.dyn_ref::<web_sys::HtmlInputElement>()) {
        let _ = i.set_selection_range(a, b);
    }
}

/// The key of the answers in the tab's session storage (the host page's storage when
/// embedded, hence the app's name in it).
const SESSION_KEY: &str = "pup-check:answers";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The answers kept in this tab before a reload (`AppState::snapshot`), if any.
pub fn session_read() -> Option<String> {
    session_storage()?.get_item(SESSION_KEY).ok().flatten()
}

/// Keeps the answers for a reload (`Some`), or removes them (`None`). A storage that is
/// full or forbidden (private mode, a browser setting) only means a reload loses them.
pub fn session_write(json: Option<&str>) {
    if let Some(st) = session_storage() {
        let _ = match json {
            Some(j) => st.set_item(SESSION_KEY, j),
            None => st.remove_item(SESSION_KEY),
        };
    }
}
