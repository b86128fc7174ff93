//! "Zabierz wynik na inne urządzenie" (issue 25): the result page's section whose QR code,
//! link and share button carry the answers — without the PESEL — to another device in the
//! address's fragment, never to a server. The app draws the heading and the explanation; the
//! share module, loaded with the result (`platform::share`), draws the code into it.

use yew::prelude::*;

use crate::app::i18n::{t, Msg};
use crate::app::platform::config::Config;
use crate::app::platform::{dom, share};
use crate::app::ui::view::tr;

#[derive(Properties, PartialEq)]
pub struct TakeAlongProps {
    /// The answers as the link carries them (`questionnaire::answers::link_payload`).
    pub payload: AttrValue,
    pub kiosk: bool,
}

#[component]
pub fn TakeAlong(p: &TakeAlongProps) -> Html {
    let cfg = use_context::<std::rc::Rc<Config>>();
    let base = share::link_base(cfg.as_ref().and_then(|c| c.public_url.as_deref()));
    {
        let base = base.clone();
        let kiosk = p.kiosk;
        use_effect_with(
            (p.payload.clone(), crate::app::i18n::lang()),
            move |(payload, _)| {
                let payload = payload.to_string();
                if let (Some(base), Some(target)) = (base, dom::by_id("take-along-code")) {
                    let texts = [
                        ("qrAlt", t(Msg::TakeAlongQrAlt)),
                        ("open", t(Msg::TakeAlongOpen)),
                        ("share", t(Msg::TakeAlongShare)),
                        ("shared", t(Msg::TakeAlongShared)),
                        ("copied", t(Msg::TakeAlongCopied)),
                        ("failed", t(Msg::TakeAlongShareFailed)),
                        ("tooLong", t(Msg::TakeAlongTooLong)),
                        ("cannot", t(Msg::TakeAlongFailed)),
                    ];
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Err(e) =
                            share::mount(target.clone(), &payload, &base, kiosk, &texts).await
                        {
                            gloo::console::warn!(format!("pup-check: the link code: {e}"));
                            target.set_text_content(Some(t(Msg::TakeAlongFailed)));
                        }
                    });
                }
            },
        );
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
    html! {
        <section class="take-along" id="take-along" aria-labelledby="take-along-heading">
            <h2 class="heading-m" id="take-along-heading">{ tr(heading) }</h2>
            <p>{ tr(Msg::TakeAlongText) }</p>
            <div id="take-along-code"><p role="status">{ tr(Msg::TakeAlongPreparing) }</p></div>
        </section>
    }
}
