//! Reading the page aloud (issue 25) with the browser's speech synthesis: what a person reads
//! on the page shown — the heading, the hints, the options; on the result, the verdicts, dates,
//! amount and documents — in the page's language, where the browser has a voice for it.

use wasm_bindgen::JsCast;

fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    let w = web_sys::window()?;
    // Not every browser has speech synthesis (the property is then missing).
    let has = js_sys::Reflect::has(&w, &"speechSynthesis".into()).unwrap_or(false);
    if !has {
        return None;
    }
    w.speech_synthesis().ok()
}

/// Whether the browser has a voice for the language `code` ("pl", "en", "uk").
pub fn has_voice(code: &str) -> bool {
    synthesis().is_some_and(|s| {
        s.get_voices().iter().any(|v| {
            js_sys::Reflect::get(&v, &"lang".into())
                .ok()
                .and_then(|l| l.as_string())
                .is_some_and(|l| l.to_ascii_lowercase().starts_with(code))
        })
    })
}

/// Calls `f` when the browser's list of voices changes (Chrome loads it after the page).
pub fn on_voices_changed(f: impl Fn() + 'static) {
    if let Some(s) = synthesis() {
        let cb = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(
            move |_: web_sys::Event| f(),
        );
        let _ = s.add_event_listener_with_callback("voiceschanged", cb.as_ref().unchecked_ref());
        cb.forget();
    }
}

/// Stops reading (a page change, or reading again from the start).
pub fn stop() {
    if let Some(s) = synthesis() {
        s.cancel();
    }
}

/// The texts of the page shown, in reading order: headings, hints, legends, labels of the
/// options, paragraphs and list items that are visible — not the content of a closed
/// "Dlaczego?", not the buttons, not what is only printed.
pub fn page_texts() -> Vec<String> {
    let Some(main) = super::dom::by_id("main-content") else {
        return Vec::new();
    };
    let Ok(list) = main.query_selector_all("h1, h2, h3, legend, label, .hint, p, li, dt, dd")
    else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    for i in 0..list.length() {
        let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let hidden = el.offset_parent().is_none()
            || el
                .closest("details:not([open]) > :not(summary)")
                .ok()
                .flatten()
                .is_some()
            || el
                .closest("button, .read-aloud, .visually-hidden")
                .ok()
                .flatten()
                .is_some();
        // An element inside another one taken already (a <p> in an <li>) is read with it.
        let nested = el
            .parent_element()
            .and_then(|p| p.closest("li, p, label, legend, dd").ok().flatten())
            .is_some();
        if hidden || nested {
            continue;
        }
        let text = el.inner_text();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() && out.last() != Some(&text) {
            out.push(text);
        }
    }
    out
}

/// Reads `texts` aloud in the language `code`, from the start.
pub fn speak(texts: &[String], code: &str) {
    let Some(s) = synthesis() else { return };
    s.cancel();
    let lang = match code {
        "pl" => "pl-PL",
        "uk" => "uk-UA",
        _ => "en-GB",
    };
    for t in texts {
        if let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(t) {
            u.set_lang(lang);
            s.speak(&u);
        }
    }
}
