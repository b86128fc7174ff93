//! The Yew web app: asks the questions, calls the rules engine, shows its result.
//!
//! The UI never decides eligibility: it turns the raw fields into `Answers`
//! (`answers::build`) and renders `rules::evaluate`'s `EvalResult`.
//!
//! - `state`: the one `Reducible` state (`AppState`) and its `Action`s;
//! - `flow`: pages, questions and which are asked; `validate`: input checks per page;
//! - `answers`: fields ⇄ `Answers`; `i18n`: every user-facing text, by key;
//! - `view`: components per question type; `pages`: questionnaire pages; `result`: the
//!   result and printable summary; `dom`, `load`: the few browser calls.

pub mod answers;
pub mod dom;
pub mod flow;
pub mod i18n;
pub mod load;
pub mod pages;
pub mod result;
pub mod state;
pub mod validate;
pub mod view;

use std::rc::Rc;

use yew::prelude::*;

use flow::Page;
use i18n::{t, Msg};
use pages::Ctx;
use state::{Action, AppState};

/// The page's heading text, for the document title.
fn page_title(s: &AppState) -> String {
    let main = match s.page {
        Page::Start => t(Msg::AppTitle).to_string(),
        Page::Q(q) => t(q.def(s).title).to_string(),
        Page::Periods => t(Msg::QPeriods).to_string(),
        Page::PeriodEdit(_) => t(Msg::PeriodEditTitle).to_string(),
        Page::TermMode(_) | Page::TermException(_) => t(Msg::SecEndings).to_string(),
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
    let state = use_reducer(|| AppState::new(dom::today(), i18n::Lang::Pl));
    // Every text of this render in the person's language.
    i18n::set_lang(state.lang);
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let d = dispatcher.clone();
            dom::on_history_back(move || d.dispatch(Action::HistoryBack));
            // The browser's preferred language, once its texts are there.
            let preferred = dom::preferred_lang();
            let d = dispatcher.clone();
            i18n::load(preferred, move |ok| {
                if ok && preferred != i18n::Lang::Pl {
                    d.dispatch(Action::SetLang(preferred));
                }
            });
            dom::app_ready();
            warm_up();
        });
        use_effect_with(page_title(&state), |title| dom::set_title(title));
        use_effect_with(state.lang, |l| dom::set_document_lang(l.code()));
        let from_history = state.from_history;
        use_effect_with(state.nav_seq, move |seq| {
            if *seq > 0 && !from_history {
                dom::push_history();
            }
            if *seq > 0 {
                dom::focus_heading();
                dom::mark("nav-rendered");
                dom::measure("nav", "nav-click");
            }
        });
    }
    let dispatcher = state.dispatcher();
    let c = Ctx {
        s: Rc::new((*state).clone()),
        act: Callback::from(move |a: Action| dispatcher.dispatch(a)),
    };
    let body = match state.page {
        Page::Start => pages::start(&c),
        Page::Q(q) => pages::question(&c, q),
        Page::Periods => pages::periods(&c),
        Page::PeriodEdit(id) => pages::period_edit(&c, id),
        Page::TermMode(id) => pages::term_page(&c, id, false),
        Page::TermException(id) => pages::term_page(&c, id, true),
        Page::Check => pages::check(&c),
        Page::Result => result::result(&c),
    };
    let page_class = if state.page == Page::Result {
        "page page--result"
    } else {
        "page"
    };
    html! {
        <>
            <a href="#main-content" class="skip-link">{ t(Msg::SkipLink) }</a>
            <header class="header">
                <div class="width-container">
                    <span class="header__title">{ t(Msg::AppShortTitle) }</span>
                    { view::lang_switch(state.lang, c.act.clone()) }
                </div>
            </header>
            <div class="width-container">
                <main class={page_class} id="main-content" lang={i18n::lang_code()}>
                    { body }
                </main>
            </div>
        </>
    }
}

/// Runs the engine once while the person reads the start page, so that the first answers
/// are not slowed by one-time work (the rule set is parsed on first use, the code compiled).
fn warm_up() {
    gloo::timers::callback::Timeout::new(50, || {
        let today = dom::today();
        let r = crate::rules::evaluate(&crate::rules::answers::Answers::default(), today);
        let _ = view::fmt_date(r.registration_date);
        let s = AppState::new(today, i18n::lang());
        let _ = flow::pages(&s);
    })
    .forget();
}

/// Mounts the app on `#app`, replacing the start page pre-rendered in index.html.
pub fn start() {
    let root = dom::by_id("app");
    match root {
        Some(el) => yew::Renderer::<App>::with_root(el).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
