//! "Przeczytaj na głos" (issue 25): a button that reads the page shown aloud in its language
//! with the browser's speech synthesis (the reading is the share module's, `platform::share`,
//! loaded on the first press), shown only where the browser has a voice for that language.

use yew::prelude::*;

use crate::app::i18n::{self, Lang, Msg};
use crate::app::platform::{dom, share};
use crate::app::ui::view::tr;

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    pub lang: Lang,
}

#[component]
pub fn ReadAloud(p: &ReadAloudProps) -> Html {
    let available = use_state(|| share::has_voice(p.lang.code()));
    {
        // The browser may load its voices after the page (Chrome): asked again then.
        let available = available.clone();
        use_effect_with((), move |_| {
            share::on_voices_changed(move || available.set(share::has_voice(i18n::lang_code())));
        });
    }
    {
        let available = available.clone();
        use_effect_with(p.lang, move |l| available.set(share::has_voice(l.code())));
    }
    if !*available {
        return html! {};
    }
    let tag = match p.lang {
        Lang::Pl => "pl-PL",
        Lang::En => "en-GB",
        Lang::Uk => "uk-UA",
    };
    let onclick = Callback::from(move |_: MouseEvent| {
        if let Some(root) = dom::by_id("main-content") {
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = share::speak(root, tag).await {
                    gloo::console::warn!(format!("pup-check: reading aloud: {e}"));
                }
            });
        }
    });
    html! {
        <div class="read-aloud no-print">
            <button type="button" class="button button--secondary read-aloud__button" id="read-aloud" {onclick}>{ tr(Msg::ReadAloud) }</button>
        </div>
    }
}
