//! "Zabierz wynik na inne urządzenie" (issue 25): the result page's QR code and link that
//! carry the answers — without the PESEL — to another device in the address's fragment,
//! never to a server; the phone's share sheet or the clipboard for the link. The code is
//! drawn by the share module, loaded with the result (`platform::share`).

use yew::prelude::*;

use crate::app::i18n::{t, Msg};
use crate::app::platform::config::Config;
use crate::app::platform::share;
use crate::app::ui::view::tr;

#[derive(Properties, PartialEq)]
pub struct TakeAlongProps {
    /// The answers as the link carries them (`questionnaire::answers::link_payload`).
    pub payload: AttrValue,
    pub kiosk: bool,
}

#[derive(Clone, PartialEq)]
enum Code {
    Preparing,
    /// The link, and its QR code's image (empty: too long for one code).
    Ready(String, String),
    Failed,
}

#[component]
pub fn TakeAlong(p: &TakeAlongProps) -> Html {
    let code = use_state(|| Code::Preparing);
    let told = use_state(|| None::<Msg>);
    let cfg = use_context::<std::rc::Rc<Config>>();
    let base = share::link_base(cfg.as_ref().and_then(|c| c.public_url.as_deref()));
    {
        let code = code.clone();
        let base = base.clone();
        use_effect_with(p.payload.clone(), move |payload| {
            code.set(Code::Preparing);
            let payload = payload.to_string();
            wasm_bindgen_futures::spawn_local(async move {
                let Some(base) = base else { return };
                let made = async {
                    let fragment = share::encode(&payload).await?;
                    let link = format!("{base}#{fragment}");
                    let image = share::qr(&link).await?;
                    Ok::<_, String>((link, image))
                };
                code.set(match made.await {
                    Ok((link, image)) => Code::Ready(link, image),
                    Err(e) => {
                        gloo::console::error!(format!("pup-check: the link code: {e}"));
                        Code::Failed
                    }
                });
            });
        });
    }
    // A page opened from a file (a USB stick) has no address a phone could open.
    if base.is_none() {
        return html! {};
    }
    let heading = if p.kiosk {
        Msg::TakeAlongHeadingKiosk
    } else {
        Msg::TakeAlongHeading
    };
    let body = match &*code {
        Code::Preparing => html! { <p role="status">{ tr(Msg::TakeAlongPreparing) }</p> },
        Code::Failed => html! { <p>{ tr(Msg::TakeAlongFailed) }</p> },
        Code::Ready(link, image) => {
            let on_share = {
                let link = link.clone();
                let told = told.clone();
                Callback::from(move |_: MouseEvent| {
                    let link = link.clone();
                    let told = told.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let title = t(Msg::AppShortTitle);
                        let outcome = share::share(&link, title).await.unwrap_or_default();
                        told.set(match outcome.as_str() {
                            "shared" => Some(Msg::TakeAlongShared),
                            "copied" => Some(Msg::TakeAlongCopied),
                            "cancelled" => None,
                            _ => Some(Msg::TakeAlongShareFailed),
                        });
                    });
                })
            };
            html! {
                <>
                    if image.is_empty() {
                        <p id="take-along-too-long">{ tr(Msg::TakeAlongTooLong) }</p>
                    } else {
                        <img class={classes!("take-along__qr", p.kiosk.then_some("take-along__qr--large"))}
                            id="take-along-qr" src={image.clone()} alt={t(Msg::TakeAlongQrAlt)} />
                    }
                    // A kiosk shows the code only: no link away from it, nothing shared from
                    // a shared device.
                    if !p.kiosk {
                        <p class="no-print"><a id="take-along-link" href={link.clone()}>{ tr(Msg::TakeAlongOpen) }</a></p>
                        <div class="no-print">
                            <button type="button" class="button button--secondary" id="take-along-share" onclick={on_share}>{ tr(Msg::TakeAlongShare) }</button>
                        </div>
                    }
                </>
            }
        }
    };
    html! {
        <section class="take-along" id="take-along" aria-labelledby="take-along-heading">
            <h2 class="heading-m" id="take-along-heading">{ tr(heading) }</h2>
            <p>{ tr(Msg::TakeAlongText) }</p>
            { body }
            <p class="no-print" role="status" id="take-along-told">{ told.map(tr).unwrap_or_default() }</p>
        </section>
    }
}
