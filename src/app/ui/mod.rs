//! The Yew component `App` (the page switch, focus, title and loading effects) and `start`.

pub mod kiosk;
pub mod office;
pub mod pages;
pub mod result;
pub mod view;

use std::rc::Rc;

use yew::prelude::*;

use crate::app::i18n::{self, t, Msg};
use crate::app::platform::config::{self, Config, PageSources};
use crate::app::platform::{dom, quotes};
use crate::app::state::{Action, AppState};
use crate::app::ui::view::tr;
use crate::rules::questionnaire::answers;
use crate::rules::questionnaire::Page;
use pages::Ctx;

/// The page's heading text, for the document title.
fn page_title(s: &AppState) -> String {
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
    {
        let dispatcher = state.dispatcher();
        let early_dispatcher = state.dispatcher();
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
            config::fetch_file(move |file| {
                if let Some(file) = file {
                    config_handle.set(Rc::new(sources.build(Some(&file), false)));
                }
                settled.set(true);
            });
        });
        use_effect_with(config.kiosk, |kiosk| {
            dom::set_root_class("pup-app--kiosk", *kiosk)
        });
        // Outside kiosk mode the answers are kept in the tab's session storage on every
        // change, so that a reload or a crash of the tab loses nothing; the browser drops
        // them when the tab closes, "Zacznij od nowa" at once. In kiosk mode never.
        // The writing waits for the next task, so that it never delays the page's rendering.
        use_effect_with(
            ((*state).clone(), config.kiosk, *config_settled),
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
        // After the person switches language the switch's button is gone: the focus goes to
        // the page's heading, as on a page change.
        let chosen = state.lang_chosen;
        use_effect_with(state.lang, move |l| {
            dom::set_document_lang(l.code());
            if chosen {
                dom::focus_heading();
            }
        });
        // The default language: the office's, if configured, else the browser's preferred
        // one, once its texts are there (a language the person chose stays).
        // Only the latest default counts (the configuration file may arrive while the
        // browser language's texts are still loading).
        let d = state.dispatcher();
        let wanted = use_mut_ref(|| None::<i18n::Lang>);
        use_effect_with(config.language, move |configured| {
            let l = configured.unwrap_or_else(dom::preferred_lang);
            *wanted.borrow_mut() = Some(l);
            crate::app::platform::texts::load(l, move |ok| {
                if ok && *wanted.borrow() == Some(l) {
                    d.dispatch(Action::DefaultLang(l));
                }
            });
        });
        let from_history = state.from_history;
        let page = state.page;
        let clean = state.errors.is_empty();
        use_effect_with(state.nav_seq, move |seq| {
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
                    .filter(|_| {
                        clean && page == Page::Q(crate::rules::questionnaire::FIRST_QUESTION)
                    })
            });
            if let Some(f) = kept {
                dom::restore_focus(&f);
            } else if *seq > 0 {
                dom::focus_heading();
                dom::mark("nav-rendered");
                dom::measure("nav", "nav-click");
            }
        });
        // The tab's title, after the history entry of a page change (so that the entry
        // carries it), in the next task (`dom::soon`: the browser may paint the page first).
        use_effect_with(page_title(&state), |title| {
            let title = title.clone();
            dom::soon(move || dom::set_title(&title));
        });
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
                        crate::app::platform::texts::load_result_texts(move |ok| {
                            result_texts.set(ok)
                        })
                    });
                }
            },
        );
        // A period removed: the message saying which one takes the focus.
        use_effect_with(state.removed_seq, |seq| {
            if *seq > 0 {
                dom::focus_id("period-removed");
            }
        });
        // The host page learns the result: a `pup-check:result` event with its JSON.
        let s = (*state).clone();
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
                        { body }
                    </div>
                } else {
                    <main class={page_class} id="main-content" data-law={law} lang={i18n::lang_code()} key={i18n::lang_code()}>
                        { kiosk_print }
                        { body }
                    </main>
                }
            </div>
            <footer class="footer no-print" id="app-footer">
                <div class="width-container">
                    <p class="footer__meta">{ i18n::tf(Msg::FooterVersion, &[crate::rules::figures::VERSION, &i18n::fmt_date(crate::rules::figures::as_of())]) }</p>
                </div>
            </footer>
            { kiosk }
        </ContextProvider<Rc<Config>>>
    }
}

/// What the person did on the pre-rendered page before the app started (`dom::take_early`).
struct Early {
    input: crate::app::state::EarlyInput,
    lang: Option<i18n::Lang>,
    focus: Option<dom::EarlyFocus>,
    /// The answers kept in the tab before a reload.
    kept: Option<crate::app::state::Snapshot>,
}

thread_local! {
    static EARLY: std::cell::RefCell<Option<Early>> = const { std::cell::RefCell::new(None) };
    /// The page shown at each depth of the app's browser-history entries (0: the start).
    static HISTORY: std::cell::RefCell<Vec<Page>> = std::cell::RefCell::new(vec![Page::Start]);
}

/// Keeps the page of a new history entry (the entries after it are gone, as in the browser).
fn remember_page(depth: u32, page: Page) {
    HISTORY.with(|h| {
        let mut h = h.borrow_mut();
        h.truncate(depth as usize);
        h.resize(depth as usize, Page::Start);
        h.push(page);
    });
}

/// The page shown at history depth `depth`, if the app showed one there.
fn history_page(depth: u32) -> Option<Page> {
    HISTORY.with(|h| h.borrow().get(depth as usize).copied())
}

/// Runs the engine once while the person reads the start page, so that the first answers
/// are not slowed by one-time work (the rule set is parsed on first use, the code compiled).
fn warm_up() {
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
