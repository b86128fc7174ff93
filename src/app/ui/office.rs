//! The office's details and documents, on the result page and the printout (from the
//! configuration, `platform::config`).

use std::rc::Rc;

use yew::prelude::*;

use crate::app::i18n::{t, Msg};
use crate::app::platform::config::Config;
use crate::app::ui::view::tr;

/// The office's details, on the result page and the printout (when configured).
#[component]
pub fn OfficeDetails() -> Html {
    let Some(cfg) = use_context::<Rc<Config>>() else {
        return html! {};
    };
    let o = &cfg.office;
    if o.is_empty() || (o.name.is_none() && o.address.is_none() && o.phone.is_none()) {
        return html! {};
    }
    let row = |label: Msg, value: &Option<String>, id: &'static str| match value {
        Some(v) => html! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{ t(label) }</dt>
                <dd class="summary-list__value" {id} lang="pl">{ v.clone() }</dd>
            </div>
        },
        None => html! {},
    };
    // Kiosk: an address is shown as text, never a link (nothing navigates away).
    let web = o.web.as_ref().map(|w| {
        if cfg.kiosk {
            html! { <span class="office__web-text">{ w.clone() }</span> }
        } else {
            html! { <a href={w.clone()} class="link" rel="noopener">{ w.clone() }</a> }
        }
    });
    html! {
        <div class="office-card" id="office-details">
            <h3 class="heading-s">{ tr(Msg::OfficeConfiguredHeading) }</h3>
            if let Some(name) = &o.name {
                <p class="office-card__name" id="office-name" lang="pl"><strong>{ name.clone() }</strong></p>
            }
            <dl class="summary-list office-card__list">
                { row(Msg::OfficeAddress, &o.address, "office-address") }
                { row(Msg::OfficePhone, &o.phone, "office-phone") }
                { row(Msg::OfficeHours, &o.hours, "office-hours") }
                if let Some(web) = web {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{ tr(Msg::OfficeWeb) }</dt>
                        <dd class="summary-list__value" id="office-web">{ web }</dd>
                    </div>
                }
            </dl>
        </div>
    }
}

/// The documents this office asks for in addition, as items of the checklist.
pub fn office_documents(c: &crate::app::ui::pages::Ctx) -> Html {
    html! { <OfficeDocuments ctx={c.clone()} /> }
}

#[derive(Properties, PartialEq)]
pub struct OfficeDocumentsProps {
    pub ctx: crate::app::ui::pages::Ctx,
}

#[component]
fn OfficeDocuments(props: &OfficeDocumentsProps) -> Html {
    let Some(cfg) = use_context::<Rc<Config>>() else {
        return html! {};
    };
    let c = &props.ctx;
    html! {
        { for cfg.office.documents.iter().enumerate().map(|(i, d)| {
            let id = format!("doc-office-{i}");
            html! {
                <li class="checklist__item" data-office-document="">
                    { crate::app::ui::pages::tick_box(c, format!("tick.office{i}"), id.clone()) }
                    <label for={id}>{ tr(Msg::DocsOffice) }{" "}<span lang="pl">{ d.clone() }</span></label>
                </li>
            }
        }) }
    }
}
