//! The App's effects, one hook each (as in Yew's `function_todomvc`, effects live in hooks,
//! not in the reducer): what the app does to the page, the history, the storage and the
//! network when its state changes.

use std::rc::Rc;

use yew::prelude::*;

use super::{history_page, page_title, remember_page, warm_up, EARLY};
use crate::app::i18n;
use crate::app::platform::config::{self, Config, PageSources};
use crate::app::platform::{dom, quotes, share};
use crate::app::state::{Action, AppState};
use crate::rules::questionnaire::answers;
use crate::rules::questionnaire::Page;

/// Once, when the app has mounted: the browser's back and forward buttons, the language
/// chosen before the app started, the warm-up, and the office's configuration file.
#[hook]
pub fn use_mount(
    state: &UseReducerHandle<AppState>,
    config: &UseStateHandle<Rc<Config>>,
    config_settled: &UseStateHandle<bool>,
    sources: &Rc<PageSources>,
) {
    let dispatcher = state.dispatcher();
    let early_dispatcher = state.dispatcher();
    let link_dispatcher = state.dispatcher();
    let config_handle = config.clone();
    let settled = config_settled.clone();
    let sources = sources.clone();
    use_effect_with((), move |_| {
        dom::on_history_move(move |depth| {
            if let Some(page) = history_page(depth) {
                dispatcher.dispatch(Action::HistoryTo(page));
            }
        });
        dom::app_ready();
        // A language chosen on the pre-rendered page or before a reload, once its texts
        // are there.
        if let Some(l) = EARLY.with(|e| e.borrow().as_ref().and_then(|x| x.lang)) {
            let d = early_dispatcher;
            crate::app::platform::texts::load(l, move |ok| {
                d.dispatch(if ok {
                    Action::SetLang(l)
                } else {
                    Action::LangFailed(l)
                })
            });
        }
        warm_up();
        // Answers that came in a link or QR code (`#a1.…`, issue 25): read when the app
        // starts and when a code is opened in this tab later; taken out of the address; a
        // code that cannot be read changes nothing but says so.
        read_link_code(link_dispatcher.clone());
        dom::on_hash_change(move || read_link_code(link_dispatcher.clone()));
        config::fetch_file(move |file| {
            if let Some(file) = file {
                config_handle.set(Rc::new(sources.build(Some(&file), false)));
            }
            settled.set(true);
        });
    });
}

/// The kiosk's class on the app's root.
#[hook]
pub fn use_kiosk_class(kiosk: bool) {
    use_effect_with(kiosk, |kiosk| dom::set_root_class("pup-app--kiosk", *kiosk));
}

/// The answers kept in the tab's session storage (never in kiosk mode).
#[hook]
pub fn use_session_keep(state: &UseReducerHandle<AppState>, kiosk: bool, settled: bool) {
    // Outside kiosk mode the answers are kept in the tab's session storage on every
    // change, so that a reload or a crash of the tab loses nothing; the browser drops
    // them when the tab closes, "Zacznij od nowa" at once. In kiosk mode never.
    // The writing waits for the next task, so that it never delays the page's rendering.
    use_effect_with(
        ((**state).clone(), kiosk, settled),
        |(s, kiosk, settled)| {
            if *kiosk {
                dom::session_write(None);
            } else if *settled {
                let s = s.clone();
                dom::soon(move || {
                    let kept = s
                        .snapshot()
                        .and_then(|snap| serde_json::to_string(&snap).ok());
                    dom::session_write(kept.as_deref());
                });
            }
        },
    );
}

/// The document's language, and the focus after a language switch.
#[hook]
pub fn use_lang_attr(state: &UseReducerHandle<AppState>) {
    // After the person switches language the switch's button is gone: the focus goes to
    // the page's heading, as on a page change.
    let chosen = state.lang_chosen;
    use_effect_with(state.lang, move |l| {
        dom::set_document_lang(l.code());
        if chosen {
            dom::focus_heading();
        }
    });
}

/// The default language: the office's or the browser's, once its texts are there.
#[hook]
pub fn use_default_lang(state: &UseReducerHandle<AppState>, configured: Option<i18n::Lang>) {
    // The default language: the office's, if configured, else the browser's preferred
    // one, once its texts are there (a language the person chose stays).
    // Only the latest default counts (the configuration file may arrive while the
    // browser language's texts are still loading).
    let d = state.dispatcher();
    let wanted = use_mut_ref(|| None::<i18n::Lang>);
    use_effect_with(configured, move |configured| {
        let l = configured.unwrap_or_else(dom::preferred_lang);
        *wanted.borrow_mut() = Some(l);
        crate::app::platform::texts::load(l, move |ok| {
            if ok && *wanted.borrow() == Some(l) {
                d.dispatch(Action::DefaultLang(l));
            }
        });
    });
}

/// A page change: its history entry and the focus.
#[hook]
pub fn use_page_change(state: &UseReducerHandle<AppState>) {
    let from_history = state.from_history;
    let page = state.page;
    let clean = state.errors.is_empty();
    use_effect_with(state.nav_seq, move |seq| {
        // Reading aloud stops when the page changes (issue 25).
        share::stop_speaking();
        if *seq > 0 && !from_history {
            let depth = dom::push_history();
            remember_page(depth, page);
        }
        // Taking over the pre-rendered question the person is typing in: the focus
        // stays in its field.
        let kept = EARLY.with(|e| {
            e.borrow_mut()
                .as_mut()
                .and_then(|x| x.focus.take())
                .filter(|_| clean && page == Page::Q(crate::rules::questionnaire::FIRST_QUESTION))
        });
        if let Some(f) = kept {
            dom::restore_focus(&f);
        } else if *seq > 0 {
            dom::focus_heading();
            dom::mark("nav-rendered");
            dom::measure("nav", "nav-click");
        }
    });
}

/// The tab's title.
#[hook]
pub fn use_title(state: &UseReducerHandle<AppState>) {
    // The tab's title, after the history entry of a page change (so that the entry
    // carries it), in the next task (`dom::soon`: the browser may paint the page first).
    use_effect_with(page_title(state), |title| {
        let title = title.clone();
        dom::soon(move || dom::set_title(&title));
    });
}

/// What the result needs: the rules' source sentences and the result page's Polish texts.
#[hook]
pub fn use_result_texts(
    state: &UseReducerHandle<AppState>,
    quotes_ready: &UseStateHandle<bool>,
    result_texts: &UseStateHandle<bool>,
) {
    // The rules' source sentences come with the result (quotes.rs): loaded when the
    // result is shown, and the page drawn again once they are there.
    let quotes_ready = quotes_ready.clone();
    use_effect_with(state.page == Page::Result, move |shown| {
        if *shown && !quotes::is_loaded() {
            quotes::load(move |ok| quotes_ready.set(ok));
        }
    });
    // The result page's Polish texts (i18n::load_result_texts): fetched once the person
    // reaches check-answers, so that they are there when the result is asked for.
    // Every language needs them: English and Ukrainian show the Polish names of the
    // documents beside their own.
    let result_texts = result_texts.clone();
    use_effect_with(
        matches!(state.page, Page::Check | Page::Result),
        move |near| {
            if *near && !i18n::result_texts_loaded() {
                // In the next task: asking for the file cost the click ≈ 3 ms.
                dom::soon(move || {
                    crate::app::platform::texts::load_result_texts(move |ok| result_texts.set(ok))
                });
            }
        },
    );
}

/// The focus on the message saying which period was removed.
#[hook]
pub fn use_removed_focus(state: &UseReducerHandle<AppState>) {
    // A period removed: the message saying which one takes the focus.
    use_effect_with(state.removed_seq, |seq| {
        if *seq > 0 {
            dom::focus_id("period-removed");
        }
    });
}

/// The host page learns the result: a `pup-check:result` event with its JSON.
#[hook]
pub fn use_result_event(state: &UseReducerHandle<AppState>) {
    // The host page learns the result: a `pup-check:result` event with its JSON.
    let s = (**state).clone();
    use_effect_with(
        (state.nav_seq, state.page == Page::Result),
        move |(_, shown)| {
            if *shown {
                let a = answers::for_result(&s);
                let r = crate::rules::evaluate(&a, s.today);
                if let Ok(json) = serde_json::to_string(&r) {
                    dom::dispatch_result(&json);
                }
            }
        },
    );
}

/// Reads a link code in the page's address, if there is one (`platform::share`).
fn read_link_code(d: UseReducerDispatcher<AppState>) {
    let Some(code) = share::take_code() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let read = match share::decode(&code).await {
            Ok(json) => answers::from_link(&json),
            Err(e) => Err(e),
        };
        d.dispatch(match read {
            Ok((a, pesel)) => Action::LoadedFromLink(Box::new(a), pesel),
            Err(why) => {
                gloo::console::warn!(format!("pup-check: the link: {why}"));
                Action::LinkFailed(why)
            }
        });
    });
}
