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

/// Calls the module's function `name` with text arguments; awaits a promise it returns.
async fn call(name: &str, args: &[&str]) -> Result<String, String> {
    let m = module().await?;
    let f: Function = Reflect::get(&m, &name.into())
        .map_err(|e| text_of(&e))?
        .dyn_into()
        .map_err(|_| format!("share.js has no {name}"))?;
    let list = js_sys::Array::new();
    for a in args {
        list.push(&JsValue::from_str(a));
    }
    let out = f.apply(&JsValue::NULL, &list).map_err(|e| text_of(&e))?;
    let out = match out.dyn_into::<Promise>() {
        Ok(p) => JsFuture::from(p).await.map_err(|e| text_of(&e))?,
        Err(v) => v,
    };
    Ok(out.as_string().unwrap_or_default())
}

/// The link code (`a1.…`) of a payload (`questionnaire::answers::link_payload`).
pub async fn encode(payload: &str) -> Result<String, String> {
    call("encode", &[payload]).await
}

/// The payload of a link code, or why it cannot be read.
pub async fn decode(code: &str) -> Result<String, String> {
    call("decode", &[code]).await
}

/// The QR code of `text` as an image address; empty when it does not fit in one code.
pub async fn qr(text: &str) -> Result<String, String> {
    call("qr", &[text]).await
}

/// Shares the link or copies it: "shared", "copied", "cancelled" or "failed".
pub async fn share(url: &str, title: &str) -> Result<String, String> {
    call("share", &[url, title]).await
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
