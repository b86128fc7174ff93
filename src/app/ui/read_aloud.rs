//! "Przeczytaj na głos" (issue 25): a button that reads the page shown aloud in its language
//! (`platform::speech`), shown only where the browser has a voice for that language.

use yew::prelude::*;

use crate::app::i18n::{self, Lang, Msg};
use crate::app::platform::speech;
use crate::app::ui::view::tr;

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    pub lang: Lang,
}

#[component]
pub fn ReadAloud(p: &ReadAloudProps) -> Html {
    let available = use_state(|| speech::has_voice(p.lang.code()));
    {
        // The browser may load its voices after the page (Chrome): asked again then.
        let available = available.clone();
        use_effect_with((), move |_| {
            speech::on_voices_changed(move || available.set(speech::has_voice(i18n::lang_code())));
        });
    }
    {
        let available = available.clone();
        use_effect_with(p.lang, move |l| available.set(speech::has_voice(l.code())));
    }
    if !*available {
        return html! {};
    }
    let code = p.lang.code();
    let onclick = Callback::from(move |_: MouseEvent| speech::speak(&speech::page_texts(), code));
    html! {
        <div class="read-aloud no-print">
            <button type="button" class="button button--secondary read-aloud__button" id="read-aloud" {onclick}>{ tr(Msg::ReadAloud) }</button>
        </div>
    }
}
