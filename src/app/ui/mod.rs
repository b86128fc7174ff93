//! The Yew component `App` (the page switch, focus, title and loading effects) and `start`.

pub mod hooks;
pub mod kiosk;
pub mod office;
pub mod pages;
pub mod read_aloud;
pub mod result;
pub mod share;
pub mod view;

use std::rc::Rc;

use yew::prelude::*;

use crate::app::i18n::{self, t, Msg, Msg2};
use crate::app::platform::config::{Config, PageSources};
use crate::app::platform::{dom, quotes};
use crate::app::state::{Action, AppState};
use crate::app::ui::view::tr;
use crate::rules::questionnaire::answers;
use crate::rules::questionnaire::Page;
use pages::Ctx;

/// The page's heading text, for the document title.
pub(super) fn page_title(s: &AppState) -> String {
    let main = match s.page {
        Page::Start => t(Msg::AppTitle).to_string(),
        Page::Q(q) => t(q.def(s).title).to_string(),
        Page::Group(g) => t(g.def().title).to_string(),
        Page::Periods => t(Msg::QPeriods).to_string(),
        Page::PeriodEdit(_) => t(Msg::PeriodEditTitle).to_string(),
        Page::TermMode(_) | Page::TermException(_) | Page::TermReferral(_) => {
            t(Msg::SecEndings).to_string()
        }
        Page::Check => t(Msg::CheckTitle).to_string(),
        Page::Result => t(Msg::ResultTitle).to_string(),
    };
    let prefix = if s.errors.is_empty() {
        String::new()
    } else {
        format!("{} ", t(Msg::ErrorPrefix))
    };
    format!("{prefix}{main} — {}", t(Msg::AppShortTitle))
}

#[component]
pub fn App() -> Html {
    // The app takes over from what the person did on the pre-rendered page (`start`).
    // A reload: the answers kept in the tab (never in kiosk mode, where nothing is kept).
    let state = use_reducer(|| {
        let s = AppState::new(dom::today(), i18n::Lang::Pl);
        EARLY.with(|e| match &*e.borrow() {
            Some(early) => match &early.kept {
                Some(snap) => s.restore(snap),
                None => s,
            }
            .resume(&early.input),
            None => s,
        })
    });
    // Every text of this render in the person's language.
    i18n::set_lang(state.lang);
    // The gendered forms of the Polish texts follow the sex once it is known.
    i18n::set_sex(answers::sex_of(&state));
    let sources = use_memo((), |_| PageSources::read());
    let config = use_state(|| Rc::new(sources.build(None, true)));
    let quotes_ready = use_state(quotes::is_loaded);
    let result_texts = use_state(i18n::result_texts_loaded);
    // The office's configuration file has been read (or found missing): only then is it
    // known whether this is a kiosk, where nothing may be kept.
    let config_settled = use_state(|| false);
    hooks::use_mount(&state, &config, &config_settled, &sources);
    hooks::use_kiosk_class(config.kiosk);
    hooks::use_session_keep(&state, config.kiosk, *config_settled);
    hooks::use_lang_attr(&state);
    hooks::use_default_lang(&state, config.language);
    hooks::use_page_change(&state);
    hooks::use_title(&state);
    hooks::use_result_texts(&state, &quotes_ready, &result_texts);
    hooks::use_removed_focus(&state);
    hooks::use_result_event(&state);
    let dispatcher = state.dispatcher();
    let c = Ctx {
        s: Rc::new((*state).clone()),
        act: Callback::from(move |a: Action| dispatcher.dispatch(a)),
        kiosk: config.kiosk,
    };
    let body = match state.page {
        Page::Start => pages::start(&c),
        Page::Q(q) => pages::question(&c, q),
        Page::Group(g) => pages::group_page(&c, g),
        Page::Periods => pages::periods(&c),
        Page::PeriodEdit(id) => pages::period_edit(&c, id),
        Page::TermMode(id) => pages::term_page(&c, id, pages::TermQ::Mode),
        Page::TermException(id) => pages::term_page(&c, id, pages::TermQ::Exception),
        Page::TermReferral(id) => pages::term_page(&c, id, pages::TermQ::Referral),
        Page::Check => pages::check(&c),
        Page::Result => result::result(&c),
    };
    let page_class = if state.page == Page::Result {
        "page page--result"
    } else {
        "page"
    };
    // Reading the page aloud (issue 25): every page but the start page (pre-rendered, the
    // same before and after the app has started).
    let read_aloud = (state.page != Page::Start).then(|| {
        html! { <read_aloud::ReadAloud lang={state.lang} /> }
    });
    // A link or QR code that could not be read (issue 25): said on the page shown.
    let link_error = state.link_error.is_some().then(|| {
        html! {
            <div class="warning-box" role="alert" id="link-error"><p>{ tr(Msg::LinkError) }</p></div>
        }
    });
    let cfg: Rc<Config> = (*config).clone();
    let kiosk = cfg.kiosk.then(|| {
        let dispatcher = state.dispatcher();
        let on_reset = Callback::from(move |_: ()| {
            kiosk::clear_traces();
            dispatcher.dispatch(Action::Reset(dom::today()));
        });
        html! {
            <kiosk::KioskGuard idle_seconds={cfg.kiosk_idle_seconds}
                countdown_seconds={cfg.kiosk_countdown_seconds} {on_reset} />
        }
    });
    // Kiosk: printing is the obvious last step of the result.
    let kiosk_print = (cfg.kiosk && state.page == Page::Result).then(|| {
        let on_print = Callback::from(|_: MouseEvent| dom::print());
        html! {
            <div class="kiosk-print no-print" id="kiosk-print">
                <p class="kiosk-print__lead">{ tr(Msg::KioskPrintLead) }</p>
                <button type="button" class="button button--start" id="kiosk-print-button" onclick={on_print}>
                    { tr(Msg::KioskPrint) }
                </button>
            </div>
        }
    });
    // Embedded, the host page has its own skip link and `main`.
    let embedded = dom::embedded();
    // The law the questions and the result follow (for the tests: no text of one law
    // under the other).
    let law = crate::rules::questionnaire::rule_set_of(&state).as_str();
    html! {
        <ContextProvider<Rc<Config>> context={cfg.clone()}>
            if !embedded {
                <a href="#main-content" class="skip-link">{ tr(Msg::SkipLink) }</a>
            }
            <header class="header">
                <div class="width-container">
                    <span class="header__title">{ tr(Msg::AppShortTitle) }</span>
                    { view::lang_switch(state.lang, state.lang_failed, c.act.clone()) }
                </div>
            </header>
            <div class="width-container">
                if embedded {
                    <div class={page_class} id="main-content" data-law={law} lang={i18n::lang_code()} key={i18n::lang_code()}>
                        { kiosk_print.clone() }
                        { link_error.clone() }
                        { read_aloud.clone() }
                        { body }
                    </div>
                } else {
                    <main class={page_class} id="main-content" data-law={law} lang={i18n::lang_code()} key={i18n::lang_code()}>
                        { kiosk_print }
                        { link_error.clone() }
                        { read_aloud.clone() }
                        { body }
                    </main>
                }
            </div>
            <footer class="footer no-print" id="app-footer">
                <div class="width-container">
                    <p class="footer__meta">{ i18n::tf(Msg2::FooterVersion, [crate::rules::figures::VERSION, &i18n::fmt_date(crate::rules::figures::as_of())]) }</p>
                </div>
            </footer>
            { kiosk }
        </ContextProvider<Rc<Config>>>
    }
}

/// What the person did on the pre-rendered page before the app started (`dom::take_early`).
pub(super) struct Early {
    input: crate::app::state::EarlyInput,
    lang: Option<i18n::Lang>,
    focus: Option<dom::EarlyFocus>,
    /// The answers kept in the tab before a reload.
    kept: Option<crate::app::state::Snapshot>,
}

thread_local! {
    pub(super) static EARLY: std::cell::RefCell<Option<Early>> = const { std::cell::RefCell::new(None) };
    /// The page shown at each depth of the app's browser-history entries (0: the start).
    static HISTORY: std::cell::RefCell<Vec<Page>> = std::cell::RefCell::new(vec![Page::Start]);
}

/// Keeps the page of a new history entry (the entries after it are gone, as in the browser).
pub(super) fn remember_page(depth: u32, page: Page) {
    HISTORY.with(|h| {
        let mut h = h.borrow_mut();
        h.truncate(depth as usize);
        h.resize(depth as usize, Page::Start);
        h.push(page);
    });
}

/// The page shown at history depth `depth`, if the app showed one there.
pub(super) fn history_page(depth: u32) -> Option<Page> {
    HISTORY.with(|h| h.borrow().get(depth as usize).copied())
}

/// Runs the engine once while the person reads the start page, so that the first answers
/// are not slowed by one-time work (the rule set is parsed on first use, the code compiled).
pub(super) fn warm_up() {
    gloo::timers::callback::Timeout::new(50, || {
        let today = dom::today();
        let r = crate::rules::evaluate(&crate::rules::answers::Answers::default(), today);
        let _ = view::fmt_date(r.registration_date);
        let s = AppState::new(today, i18n::lang());
        let _ = crate::rules::questionnaire::pages(&s);
    })
    .forget();
}

/// Mounts the app: embedded, inside the shadow root `embed.js` attached to the host page's
/// `[data-pup-check]` container; else on `#app`, replacing the start page pre-rendered in
/// index.html.
pub fn start() {
    match dom::find_mount() {
        Some(m) => {
            let (input, lang, focus) = dom::take_early(&m);
            let kept = dom::session_read()
                .and_then(|json| serde_json::from_str::<crate::app::state::Snapshot>(&json).ok());
            let lang = lang
                .or_else(|| kept.as_ref().and_then(|k| k.lang.clone()))
                .and_then(|code| i18n::Lang::from_tag(&code));
            EARLY.with(|e| {
                *e.borrow_mut() = Some(Early {
                    input,
                    lang,
                    focus,
                    kept,
                })
            });
            yew::Renderer::<App>::with_root(m.root).render();
        }
        None => {
            gloo::console::error!("pup-check: no #app element and no [data-pup-check] container");
        }
    }
}
