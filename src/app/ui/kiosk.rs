//! Kiosk mode (an office's shared device): after `idle_seconds` without input a dialog
//! counts down `countdown_seconds` and offers "Kontynuuj"; when it reaches zero everything
//! is reset to the start page (`on_reset`: `Action::Restart`, file inputs cleared, the
//! history entries of the old answers made meaningless).
//!
//! The app never uses web storage or cookies in any mode; the browser tests check that
//! kiosk mode leaves localStorage, sessionStorage, cookies and IndexedDB empty.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::i18n::{Msg, Msg1};
use crate::app::ui::view::{tr, trf};

/// The events that count as input.
const ACTIVITY: [&str; 6] = [
    "pointerdown",
    "keydown",
    "input",
    "wheel",
    "touchstart",
    "scroll",
];

#[derive(Properties, PartialEq)]
pub struct KioskProps {
    pub idle_seconds: u32,
    pub countdown_seconds: u32,
    pub on_reset: Callback<()>,
}

#[derive(Default)]
struct Timer {
    /// `Date.now()` of the last input.
    last: f64,
    /// Seconds left while the dialog is shown.
    remaining: Option<u32>,
    /// The element focused before the dialog took the focus.
    before: Option<web_sys::Element>,
}

/// The idle timer and its countdown dialog.
#[component]
pub fn KioskGuard(p: &KioskProps) -> Html {
    let timer = use_mut_ref(|| Timer {
        last: js_sys::Date::now(),
        ..Timer::default()
    });
    let update = use_force_update();
    {
        let timer = timer.clone();
        let update = update.clone();
        use_effect_with(
            (p.idle_seconds, p.countdown_seconds, p.on_reset.clone()),
            move |(idle, count, on_reset)| {
                let (idle, count, on_reset) = (*idle, *count, on_reset.clone());
                let doc = web_sys::window().and_then(|w| w.document());
                let on_input = {
                    let timer = timer.clone();
                    Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| {
                        timer.borrow_mut().last = js_sys::Date::now();
                    })
                };
                if let Some(d) = &doc {
                    for ev in ACTIVITY {
                        let opts = web_sys::AddEventListenerOptions::new();
                        opts.set_capture(true);
                        opts.set_passive(true);
                        let _ = d.add_event_listener_with_callback_and_add_event_listener_options(
                            ev,
                            on_input.as_ref().unchecked_ref(),
                            &opts,
                        );
                    }
                }
                timer.borrow_mut().last = js_sys::Date::now();
                let interval = gloo::timers::callback::Interval::new(1000, move || {
                    tick(&timer, idle, count, &on_reset, &update);
                });
                move || {
                    drop(interval);
                    if let Some(d) = &doc {
                        for ev in ACTIVITY {
                            let _ = d.remove_event_listener_with_callback_and_bool(
                                ev,
                                on_input.as_ref().unchecked_ref(),
                                true,
                            );
                        }
                    }
                    drop(on_input);
                }
            },
        );
    }
    let remaining = timer.borrow().remaining;
    {
        // The dialog takes the focus when it opens.
        let shown = remaining.is_some();
        let timer = timer.clone();
        use_effect_with(shown, move |shown| {
            if *shown {
                timer.borrow_mut().before = crate::app::platform::dom::active_element();
                crate::app::platform::dom::focus_id("kiosk-continue");
            }
        });
    }
    let Some(n) = remaining else {
        return html! {};
    };
    let on_continue = {
        let timer = timer.clone();
        Callback::from(move |_: MouseEvent| {
            let before = {
                let mut t = timer.borrow_mut();
                t.remaining = None;
                t.last = js_sys::Date::now();
                t.before.take()
            };
            update.force_update();
            match before.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                Some(el) => {
                    let _ = el.focus();
                }
                None => crate::app::platform::dom::focus_id("page-heading"),
            }
        })
    };
    html! {
        <div class="kiosk-overlay">
            <div class="kiosk-dialog" id="kiosk-dialog" role="alertdialog" aria-modal="true"
                aria-labelledby="kiosk-title" aria-describedby="kiosk-text">
                <h2 class="heading-l" id="kiosk-title">{ tr(Msg::KioskDialogTitle) }</h2>
                <p id="kiosk-text">{ trf(Msg1::KioskDialogText, [&n.to_string()]) }</p>
                <button type="button" class="button" id="kiosk-continue" onclick={on_continue}>
                    { tr(Msg::KioskContinue) }
                </button>
            </div>
        </div>
    }
}

fn tick(
    timer: &Rc<RefCell<Timer>>,
    idle: u32,
    count: u32,
    on_reset: &Callback<()>,
    update: &UseForceUpdateHandle,
) {
    let now = js_sys::Date::now();
    let reset = {
        let mut t = timer.borrow_mut();
        match t.remaining {
            None => {
                if now - t.last >= f64::from(idle) * 1000.0 {
                    t.remaining = Some(count.max(1));
                    update.force_update();
                }
                false
            }
            Some(n) if n <= 1 => {
                t.remaining = None;
                t.before = None;
                t.last = now;
                true
            }
            Some(n) => {
                t.remaining = Some(n - 1);
                update.force_update();
                false
            }
        }
    };
    if reset {
        on_reset.emit(());
        update.force_update();
    }
}

/// Everything a reset does besides the state's `Action::Restart` (see `App`).
pub fn clear_traces() {
    crate::app::platform::dom::clear_file_inputs();
    crate::app::platform::dom::new_history_session();
}
