//! The share module (scripts/share.js, built into `share.js` with the QR code generator):
//! imported when the result page first asks for it — never on the first visit — or found
//! inline in the single-file build (`globalThis.__pupCheckShare`). It turns the answers into
//! a link's fragment and a QR code, shares the link, and reads a fragment back (issue 25).

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn text_of(v: &JsValue) -> String {
    v.as_string()
        .or_else(|| Reflect::get(v, &"message".into()).ok()?.as_string())
        .unwrap_or_else(|| format!("{v:?}"))
}

/// The module: the single file's own, else imported through the loader's `import()`.
async fn module() -> Result<JsValue, String> {
    let global = js_sys::global();
    let inline = Reflect::get(&global, &"__pupCheckShare".into()).unwrap_or(JsValue::UNDEFINED);
    if !inline.is_undefined() {
        return Ok(inline);
    }
    let import = Reflect::get(&global, &"__pupCheckImport".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or("the page's loader offers no import()")?;
    let base = super::dom::document()
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let url = web_sys::Url::new_with_base(&format!("{}share.js", super::dom::app_base()), &base)
        .map_err(|e| text_of(&e))?
        .href();
    let p: Promise = import
        .call1(&JsValue::NULL, &url.into())
        .map_err(|e| text_of(&e))?
        .dyn_into()
        .map_err(|e| text_of(&e))?;
    JsFuture::from(p).await.map_err(|e| text_of(&e))
}

/// Calls the module's function `name` with `args`; awaits a promise it returns.
async fn call(name: &str, args: &[JsValue]) -> Result<JsValue, String> {
    let m = module().await?;
    let f: Function = Reflect::get(&m, &name.into())
        .map_err(|e| text_of(&e))?
        .dyn_into()
        .map_err(|_| format!("share.js has no {name}"))?;
    let list: js_sys::Array = args.iter().collect();
    let out = f.apply(&JsValue::NULL, &list).map_err(|e| text_of(&e))?;
    match out.dyn_into::<Promise>() {
        Ok(p) => JsFuture::from(p).await.map_err(|e| text_of(&e)),
        Err(v) => Ok(v),
    }
}

/// The payload of a link code, or why it cannot be read.
pub async fn decode(code: &str) -> Result<String, String> {
    Ok(call("decode", &[code.into()])
        .await?
        .as_string()
        .unwrap_or_default())
}

/// Draws the answers' code, link and share button into `target` (the module does: its texts
/// come in `texts`, a JS object of the page's language).
pub async fn mount(
    target: web_sys::Element,
    payload: &str,
    base: &str,
    kiosk: bool,
    texts: &[(&str, &str)],
) -> Result<(), String> {
    let t = js_sys::Object::new();
    for (k, v) in texts {
        let _ = Reflect::set(&t, &(*k).into(), &(*v).into());
    }
    let args = [
        target.into(),
        payload.into(),
        base.into(),
        kiosk.into(),
        t.into(),
    ];
    call("mount", &args).await.map(|_| ())
}

/// Reads the page under `root` aloud in language `tag` (a BCP 47 tag).
pub async fn speak(root: web_sys::Element, tag: &str) -> Result<(), String> {
    call("speak", &[root.into(), tag.into()]).await.map(|_| ())
}

/// Whether the browser has a voice for the language `code` ("pl", "en", "uk"), without
/// loading the module (the read-aloud button is shown only then).
pub fn has_voice(code: &str) -> bool {
    let voices = method(&"getVoices".into())
        .and_then(|(s, get)| get.call0(&s).ok())
        .map(|v| js_sys::Array::from(&v))
        .unwrap_or_default();
    voices.iter().any(|v| {
        Reflect::get(&v, &"lang".into())
            .ok()
            .and_then(|l| l.as_string())
            .is_some_and(|l| l.to_ascii_lowercase().starts_with(code))
    })
}

/// The browser's `speechSynthesis` and its method `name`, where both are there.
fn method(name: &JsValue) -> Option<(JsValue, Function)> {
    let s = Reflect::get(&js_sys::global(), &"speechSynthesis".into()).ok()?;
    if s.is_undefined() || s.is_null() {
        return None;
    }
    let f = Reflect::get(&s, name).ok()?.dyn_into::<Function>().ok()?;
    Some((s, f))
}

/// Calls `f` when the browser's list of voices changes (Chrome loads it after the page).
pub fn on_voices_changed(f: impl Fn() + 'static) {
    let Some((s, add)) = method(&"addEventListener".into()) else {
        return;
    };
    let cb = wasm_bindgen::closure::Closure::<dyn Fn(JsValue)>::new(move |_: JsValue| f());
    let _ = add.call2(&s, &"voiceschanged".into(), cb.as_ref());
    cb.forget();
}

/// Stops reading aloud (a page change), if the browser reads.
pub fn stop_speaking() {
    if let Some((s, cancel)) = method(&"cancel".into()) {
        let _ = cancel.call0(&s);
    }
}

/// The link code in the page's address (`#a1.…`), taken out of the address so that a reload
/// or a bookmark does not carry it on.
pub fn take_code() -> Option<String> {
    let w = web_sys::window()?;
    let hash = w.location().hash().ok()?;
    // `a<version>.…`: a code of this version or of another (which `decode` names).
    if !super::dom::link_code_in_address() {
        return None;
    }
    let code = hash.strip_prefix('#')?.to_string();
    let href = w.location().href().ok()?;
    let bare = href.split('#').next().unwrap_or(&href).to_string();
    if let Ok(h) = w.history() {
        let state = h.state().unwrap_or(JsValue::NULL);
        let _ = h.replace_state_with_url(&state, "", Some(&bare));
    }
    Some(code)
}

/// The address a link starts from: the office's public address when configured (a kiosk's
/// own may be local), else this page's; `None` when neither is a web address (a file opened
/// from a USB stick cannot be opened on a phone).
pub fn link_base(public_url: Option<&str>) -> Option<String> {
    let own = web_sys::window()?.location().href().ok()?;
    let base = public_url.map(str::to_string).unwrap_or(own);
    let base = base.split('#').next().unwrap_or(&base).to_string();
    (base.starts_with("https://") || base.starts_with("http://")).then_some(base)
}
