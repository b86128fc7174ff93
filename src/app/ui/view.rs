//! Small components, one per question type (GOV.UK patterns), and formatting helpers.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::i18n::{t, tfm, tm, Lang, Msg, Msg1, MsgKey, PL_CLOSE, PL_OPEN};
use crate::app::state::validate::{input_id, At, FieldError};
use crate::app::state::Action;
use crate::rules::questionnaire::{Field, Key, Sub, Q};

/// A text of the translation files as HTML: the Polish words a translation keeps, marked
/// `<pl>…</pl>` (`i18n` module docs), become `<span lang="pl">`, so that a screen reader
/// reads them in Polish (WCAG 3.1.2, language of parts).
pub fn rich(s: &str) -> Html {
    if !s.contains(PL_OPEN) {
        return Html::from(s.to_string());
    }
    let mut parts: Vec<Html> = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find(PL_OPEN) {
        if i > 0 {
            parts.push(Html::from(rest[..i].to_string()));
        }
        let inner = &rest[i + PL_OPEN.len()..];
        let j = inner.find(PL_CLOSE).unwrap_or(inner.len());
        parts.push(html! { <span lang="pl">{ inner[..j].to_string() }</span> });
        rest = inner.get(j + PL_CLOSE.len()..).unwrap_or("");
    }
    if !rest.is_empty() {
        parts.push(Html::from(rest.to_string()));
    }
    parts.into_iter().collect()
}

/// The text of `m` as HTML, with its Polish words marked (`rich`).
pub fn tr(m: Msg) -> Html {
    rich(tm(m))
}

/// `tf` as HTML, with its Polish words marked (`rich`).
pub fn trf<const N: usize>(m: impl MsgKey<N>, args: [&str; N]) -> Html {
    rich(&tfm(m, args))
}

pub use crate::app::i18n::{fmt_date, fmt_money, fmt_money_str};

/// Sets a field: (key, value).
pub type OnSet = Callback<(Key, String)>;

fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<FieldError>,
    /// Changes on every failed submit: the summary takes the focus.
    pub seq: u32,
}

/// The GOV.UK error summary: a list of links to the fields; focused when shown.
#[component]
pub fn ErrorSummary(p: &ErrorSummaryProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(p.seq, move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    if p.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" ref={node} tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title" class="error-summary__title">{ tr(Msg::ErrorSummaryTitle) }</h2>
            <ul class="error-summary__list">
                { for p.errors.iter().map(|e| {
                    let target = first_input_id(e.key);
                    let href = format!("#{target}");
                    let onclick = Callback::from(move |ev: MouseEvent| {
                        ev.prevent_default();
                        crate::app::platform::dom::focus_id(&target);
                    });
                    html! { <li><a {href} {onclick}>{ e.msg() }</a></li> }
                }) }
            </ul>
        </div>
    }
}

/// The id of the input an error links to: dates link to their day box, radios to the first.
pub fn first_input_id(key: At) -> String {
    let id = input_id(key);
    if let Some(el) = crate::app::platform::dom::by_id(&id) {
        if el.tag_name().eq_ignore_ascii_case("input")
            || el.tag_name().eq_ignore_ascii_case("select")
        {
            return id;
        }
    }
    for suffix in ["-d", "-0"] {
        if crate::app::platform::dom::by_id(&format!("{id}{suffix}")).is_some() {
            return format!("{id}{suffix}");
        }
    }
    id
}

pub fn error_of(errors: &[FieldError], key: impl Into<At>) -> Option<String> {
    let key = key.into();
    errors.iter().find(|e| e.key == key).map(FieldError::msg)
}

fn error_message(id: &str, msg: Option<&str>) -> Html {
    match msg {
        Some(m) => html! {
            <p class="error-message" id={format!("{id}-error")}>
                <span class="visually-hidden">{ tr(Msg::ErrorPrefix) }{" "}</span>{ m.to_string() }
            </p>
        },
        None => html! {},
    }
}

fn describedby(id: &str, hint: bool, error: bool) -> Option<AttrValue> {
    let mut v = Vec::new();
    if hint {
        v.push(format!("{id}-hint"));
    }
    if error {
        v.push(format!("{id}-error"));
    }
    (!v.is_empty()).then(|| v.join(" ").into())
}

/// The section caption inside the page heading, so that a screen reader reads it with the
/// question when the focus moves to the heading (the GOV.UK "caption inside the heading").
pub fn caption_html(caption: &Option<AttrValue>) -> Html {
    match caption {
        Some(c) => html! { <span class="caption">{ rich(c) }</span> },
        None => html! {},
    }
}

/// The legend or label text: the page heading (`h1`) when the field is the page's question.
fn heading(text: &str, as_h1: bool, caption: &Option<AttrValue>) -> Html {
    if as_h1 {
        html! { <h1 class="heading-l" id="page-heading" tabindex="-1">{ caption_html(caption) }{ rich(text) }</h1> }
    } else {
        html! { <span class="legend-text">{ rich(text) }</span> }
    }
}

fn hint_html(id: &str, hint: &Option<AttrValue>) -> Html {
    match hint {
        Some(h) => html! { <div class="hint" id={format!("{id}-hint")}>{ rich(h) }</div> },
        None => html! {},
    }
}

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    pub field: Field,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// (value, label) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or(true)]
    pub as_h1: bool,
    pub onset: OnSet,
    /// The section caption shown inside the page heading.
    #[prop_or_default]
    pub caption: Option<AttrValue>,
    /// The options from this index on are behind a toggle with this label (open when one of
    /// them is chosen): a long list that fits a phone (issue 23).
    #[prop_or_default]
    pub more: Option<(usize, AttrValue)>,
}

/// A radio group in a fieldset (the Tak / Nie / Nie wiem group is one of these).
#[component]
pub fn Radios(p: &RadiosProps) -> Html {
    let id = input_id(p.field);
    let err = p.error.is_some();
    let shown = p.more.as_ref().map_or(p.options.len(), |(n, _)| *n);
    let rest_chosen = p.options.iter().skip(shown).any(|(v, _)| *v == p.value);
    let radio = |i: usize, (value, label): &(AttrValue, AttrValue)| {
        let rid = format!("{id}-{i}");
        let onset = p.onset.clone();
        let field = Key::from(p.field);
        let v = value.to_string();
        let onchange = Callback::from(move |_: Event| onset.emit((field, v.clone())));
        html! {
            <div class="radios__item">
                <input class="radios__input" type="radio" id={rid.clone()} name={id.clone()}
                    value={value.clone()} checked={p.value == *value} {onchange} />
                <label class="radios__label" for={rid}>{ rich(label) }</label>
            </div>
        }
    };
    html! {
        <div class={classes!("form-group", err.then_some("form-group--error"))}>
            <fieldset class="fieldset" aria-describedby={describedby(&id, p.hint.is_some(), err)}>
                <legend class="fieldset__legend">{ heading(&p.legend, p.as_h1, &p.caption) }</legend>
                { hint_html(&id, &p.hint) }
                { error_message(&id, p.error.as_deref()) }
                <div class="radios">
                    { for p.options.iter().enumerate().take(shown).map(|(i, o)| radio(i, o)) }
                    if let Some((n, label)) = &p.more {
                        if *n < p.options.len() {
                            <details class="radios__more" open={rest_chosen}>
                                <summary>{ label.clone() }</summary>
                                { for p.options.iter().enumerate().skip(*n).map(|(i, o)| radio(i, o)) }
                            </details>
                        }
                    }
                </div>
            </fieldset>
        </div>
    }
}

/// Yes / No / Don't know options for `Radios`.
pub fn yes_no_options() -> Vec<(AttrValue, AttrValue)> {
    vec![
        ("yes".into(), t(Msg::Yes).into()),
        ("no".into(), t(Msg::No).into()),
        ("unknown".into(), t(Msg::DontKnow).into()),
    ]
}

#[derive(Properties, PartialEq)]
pub struct CheckboxesProps {
    pub field: Field,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub options: Vec<(AttrValue, AttrValue)>,
    /// Comma-separated chosen values.
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub ontoggle: Callback<AttrValue>,
    /// The section caption shown inside the page heading.
    #[prop_or_default]
    pub caption: Option<AttrValue>,
}

#[component]
pub fn Checkboxes(p: &CheckboxesProps) -> Html {
    let id = input_id(p.field);
    let err = p.error.is_some();
    let chosen: Vec<&str> = p.value.split(',').collect();
    html! {
        <div class={classes!("form-group", err.then_some("form-group--error"))}>
            <fieldset class="fieldset" aria-describedby={describedby(&id, p.hint.is_some(), err)}>
                <legend class="fieldset__legend">{ heading(&p.legend, true, &p.caption) }</legend>
                { hint_html(&id, &p.hint) }
                { error_message(&id, p.error.as_deref()) }
                <div class="checkboxes">
                    { for p.options.iter().enumerate().map(|(i, (value, label))| {
                        let cid = format!("{id}-{i}");
                        let ontoggle = p.ontoggle.clone();
                        let v = value.clone();
                        let onchange = Callback::from(move |_: Event| ontoggle.emit(v.clone()));
                        html! {
                            <div class="checkboxes__item">
                                <input class="checkboxes__input" type="checkbox" id={cid.clone()} name={id.clone()}
                                    value={value.clone()} checked={chosen.contains(&value.as_str())} {onchange} />
                                <label class="checkboxes__label" for={cid}>{ rich(label) }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}

/// One box of a grouped page: its label, its hint and whether it is ticked.
#[derive(Clone, PartialEq)]
pub struct GroupBox {
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    pub checked: bool,
}

#[derive(Properties, PartialEq)]
pub struct GroupBoxesProps {
    pub field: AttrValue,
    pub legend: AttrValue,
    pub hint: AttrValue,
    pub caption: AttrValue,
    pub items: Vec<GroupBox>,
    /// After the divider: "none of these" and "I don't know about the rest".
    pub none: GroupBox,
    pub unknown: GroupBox,
    pub or_label: AttrValue,
    /// The toggle of an item's explanation ("Co to znaczy?").
    pub more_label: AttrValue,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The box's position: the items, then "none", then "unknown".
    pub ontick: Callback<usize>,
}

/// GOV.UK's "select all that apply" checkboxes with an exclusive "none" answer, here first
/// and parted from the items by a divider (and a "Nie wiem" box last): the grouped pages of the 2025 Act (`questionnaire::G`).
#[component]
pub fn GroupBoxes(p: &GroupBoxesProps) -> Html {
    let id = input_id(&p.field);
    let err = p.error.is_some();
    let n = p.items.len();
    let item = |i: usize, b: &GroupBox| {
        let cid = format!("{id}-{i}");
        let ontick = p.ontick.clone();
        let onchange = Callback::from(move |_: Event| ontick.emit(i));
        let hint_id = b
            .hint
            .as_ref()
            .map(|_| AttrValue::from(format!("{cid}-hint")));
        html! {
            <div class="checkboxes__item">
                <input class="checkboxes__input" type="checkbox" id={cid.clone()} name={id.clone()}
                    checked={b.checked} aria-describedby={hint_id.clone()} {onchange} />
                <label class="checkboxes__label" for={cid}>{ rich(&b.label) }</label>
                // Issue 23: the explanation on demand, so that the page fits a phone's two
                // screens; the box names it for screen readers (aria-describedby) anyway.
                if let (Some(h), Some(hid)) = (&b.hint, hint_id) {
                    <details class="checkboxes__more">
                        <summary><span>{ p.more_label.clone() }</span><span class="visually-hidden">{" — "}{ rich(&b.label) }</span></summary>
                        <div class="hint checkboxes__hint" id={hid}>{ rich(h) }</div>
                    </details>
                }
            </div>
        }
    };
    html! {
        <div class={classes!("form-group", err.then_some("form-group--error"))}>
            <fieldset class="fieldset" aria-describedby={describedby(&id, true, err)}>
                <legend class="fieldset__legend">{ heading(&p.legend, true, &Some(p.caption.clone())) }</legend>
                { hint_html(&id, &Some(p.hint.clone())) }
                { error_message(&id, p.error.as_deref()) }
                <div class="checkboxes" data-module="checkboxes">
                    // "None of these" where the eye starts (issue 23), then the items,
                    // then "I don't know about the rest".
                    { item(n, &p.none) }
                    <div class="checkboxes__divider">{ p.or_label.clone() }</div>
                    { for p.items.iter().enumerate().map(|(i, b)| item(i, b)) }
                    { item(n + 1, &p.unknown) }
                </div>
            </fieldset>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct UnknownBoxProps {
    pub field: Field,
    pub label: AttrValue,
    pub checked: bool,
    pub onset: OnSet,
}

/// The "Nie wiem" box of a date or text field (`{field}.unknown` = "1").
#[component]
pub fn UnknownBox(p: &UnknownBoxProps) -> Html {
    let key = p.field.unknown();
    let id = input_id(key);
    let onset = p.onset.clone();
    let checked = p.checked;
    let onchange = Callback::from(move |_: Event| {
        onset.emit((key, if checked { String::new() } else { "1".into() }))
    });
    html! {
        <div class="checkboxes checkboxes--small">
            <div class="checkboxes__item">
                <input class="checkboxes__input" type="checkbox" id={id.clone()} checked={p.checked} {onchange} />
                <label class="checkboxes__label" for={id}>{ rich(&p.label) }</label>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DateInputProps {
    pub field: Field,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Day, month, year as typed.
    pub value: (AttrValue, AttrValue, AttrValue),
    #[prop_or_default]
    pub unknown: Option<bool>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or(true)]
    pub as_h1: bool,
    pub onset: OnSet,
    /// The section caption shown inside the page heading.
    #[prop_or_default]
    pub caption: Option<AttrValue>,
}

/// The GOV.UK date input: day, month and year boxes, and optionally "Nie wiem, kiedy".
#[component]
pub fn DateInput(p: &DateInputProps) -> Html {
    let id = input_id(p.field);
    let err = p.error.is_some();
    // An example date that fits the question (a birth date is not in 2026).
    let example = if p.field == Field::Q(Q::BirthDate) {
        Msg::DateHintBirth
    } else {
        Msg::DateHint
    };
    let hint_text: AttrValue = match &p.hint {
        Some(h) => format!("{h} {}", tm(example)).into(),
        None => tm(example).into(),
    };
    let part = |sub: Sub, label: Msg, value: &AttrValue, width: &'static str, max: &'static str| {
        let key = p.field.sub(sub);
        let pid = input_id(key);
        let onset = p.onset.clone();
        let oninput = Callback::from(move |e: InputEvent| onset.emit((key, input_value(&e))));
        html! {
            <div class="date-input__item">
                <label class="label" for={pid.clone()}>{ t(label) }</label>
                <input class={classes!("input", width, err.then_some("input--error"))} id={pid} type="text"
                    inputmode="numeric" maxlength={max} value={value.clone()} {oninput}
                    aria-invalid={err.then_some("true")}
                    autocomplete="off" />
            </div>
        }
    };
    html! {
        <div class={classes!("form-group", err.then_some("form-group--error"))}>
            <fieldset class="fieldset" role="group" aria-describedby={describedby(&id, true, err)}>
                <legend class="fieldset__legend">{ heading(&p.legend, p.as_h1, &p.caption) }</legend>
                <div class="hint" id={format!("{id}-hint")}>{ rich(&hint_text) }</div>
                { error_message(&id, p.error.as_deref()) }
                <div class="date-input" id={id.clone()}>
                    { part(Sub::Day, Msg::Day, &p.value.0, "input--w2", "2") }
                    { part(Sub::Month, Msg::Month, &p.value.1, "input--w2", "2") }
                    { part(Sub::Year, Msg::Year, &p.value.2, "input--w4", "4") }
                </div>
                if let Some(checked) = p.unknown {
                    <UnknownBox field={p.field} label={tm(Msg::DateUnknown)} {checked} onset={p.onset.clone()} />
                }
            </fieldset>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextInputProps {
    pub field: Field,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub width: Option<AttrValue>,
    /// The label of a "Nie wiem" box, and whether it is ticked.
    #[prop_or_default]
    pub unknown: Option<(AttrValue, bool)>,
    #[prop_or_default]
    pub prefix_html: Option<Html>,
    #[prop_or(true)]
    pub as_h1: bool,
    pub onset: OnSet,
    /// The section caption shown inside the page heading.
    #[prop_or_default]
    pub caption: Option<AttrValue>,
}

/// A labelled text box (PESEL, amount, certificate identifier, days).
#[component]
pub fn TextInput(p: &TextInputProps) -> Html {
    let id = input_id(p.field);
    let err = p.error.is_some();
    let onset = p.onset.clone();
    let key = Key::from(p.field);
    let oninput = Callback::from(move |e: InputEvent| onset.emit((key, input_value(&e))));
    let label = html! { <label class="label" for={id.clone()}>{ rich(&p.label) }</label> };
    html! {
        <div class={classes!("form-group", err.then_some("form-group--error"))}>
            if p.as_h1 {
                <h1 class="label-wrapper heading-l" id="page-heading" tabindex="-1">{ caption_html(&p.caption) }{ label }</h1>
            } else {
                { label }
            }
            { hint_html(&id, &p.hint) }
            { p.prefix_html.clone().unwrap_or_default() }
            { error_message(&id, p.error.as_deref()) }
            <input class={classes!("input", p.width.clone(), err.then_some("input--error"))} id={id.clone()} type="text"
                inputmode={p.inputmode.clone()} value={p.value.clone()} {oninput} aria-invalid={err.then_some("true")}
                aria-describedby={describedby(&id, p.hint.is_some(), err)} autocomplete="off" spellcheck="false" />
            if let Some((label, checked)) = &p.unknown {
                <UnknownBox field={p.field} label={label.clone()} checked={*checked} onset={p.onset.clone()} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub onclick: Callback<()>,
}

#[component]
pub fn BackLink(p: &BackLinkProps) -> Html {
    let cb = p.onclick.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        cb.emit(());
    });
    html! { <a href="#" class="back-link" {onclick}>{ tr(Msg::Back) }</a> }
}

/// The language switch, on every page: each language named in its own language; choosing
/// one keeps every answer and the page.
pub fn lang_switch(current: Lang, failed: Option<Lang>, act: Callback<Action>) -> Html {
    let items = Lang::ALL.iter().map(|&l| {
        let name = l.endonym();
        if l == current {
            html! {
                <li class="lang-switch__item">
                    <span class="lang-switch__current" aria-current="true" lang={l.code()}>{ name }</span>
                </li>
            }
        } else {
            let act = act.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                let act = act.clone();
                crate::app::platform::texts::load(l, move |ok| {
                    act.emit(if ok {
                        Action::SetLang(l)
                    } else {
                        Action::LangFailed(l)
                    });
                });
            });
            html! {
                <li class="lang-switch__item">
                    <button type="button" class="lang-switch__button" lang={l.code()} {onclick}>{ name }</button>
                </li>
            }
        }
    });
    html! {
        <nav class="lang-switch" aria-label={t(Msg::LanguageSwitchLabel)}>
            <ul class="lang-switch__list">{ for items }</ul>
            if let Some(f) = failed {
                <p class="lang-switch__error" role="alert">
                    { trf(Msg1::LanguageLoadFailed, [f.endonym()]) }
                </p>
            }
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct RestartProps {
    /// Deletes every answer and returns to the start page.
    pub on_restart: Callback<()>,
}

/// "Zacznij od nowa", asked twice: the answers are kept nowhere else, so the person is told
/// they will be gone (and that they can save them first) before they are.
#[component]
pub fn Restart(p: &RestartProps) -> Html {
    let asking = use_state(|| false);
    let node = use_node_ref();
    let asked = use_mut_ref(|| false);
    {
        // The warning takes the focus when shown; "Nie" gives it back to the button.
        let node = node.clone();
        use_effect_with(*asking, move |asking| {
            if *asking {
                *asked.borrow_mut() = true;
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            } else if *asked.borrow() {
                crate::app::platform::dom::focus_id("restart-button");
            }
        });
    }
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(true))
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(false))
    };
    let on_restart = p.on_restart.clone();
    let confirm = Callback::from(move |_: MouseEvent| on_restart.emit(()));
    html! {
        <div class="no-print" id="restart">
            if *asking {
                <div class="warning-box" id="restart-confirm" ref={node} tabindex="-1">
                    <p class="not-kiosk">{ tr(Msg::RestartWarning) }</p>
                    <p class="kiosk-only">{ tr(Msg::RestartWarningKiosk) }</p>
                    <div class="button-group">
                        <button type="button" class="button button--warning" id="restart-confirm-button" onclick={confirm}>{ tr(Msg::RestartConfirm) }</button>
                        <button type="button" class="button button--secondary" id="restart-keep-button" onclick={keep}>{ tr(Msg::RestartKeep) }</button>
                    </div>
                </div>
            } else {
                <p><button type="button" class="link-button" id="restart-button" onclick={ask}>{ tr(Msg::StartAgain) }</button></p>
            }
        </div>
    }
}
