//! The pages of the questionnaire: start, one question per page, the period editor, how
//! jobs ended, and check-answers.

use yew::prelude::*;

use crate::app::i18n::{t, tf, tfm, tm, Msg, Msg1, Msg2, Msg3};
use crate::app::state::validate::At;
use crate::app::state::{Action, AppState, LoadError, Tick};
use crate::app::ui::view::*;
use crate::rules::answers::PeriodKind;
use crate::rules::questionnaire::answers::pesel_given;
use crate::rules::questionnaire::form::{date_of, DateValue, Field, Key, PeriodField, Sub};
use crate::rules::questionnaire::{self, kind_of, min_wage_condition, Kind, Page, G, Q};

/// What every page needs: the state and a way to act on it.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub s: std::rc::Rc<AppState>,
    pub act: Callback<Action>,
    /// Kiosk mode (a shared device): no links leave the app.
    pub kiosk: bool,
}

impl Ctx {
    fn onset(&self) -> OnSet {
        let act = self.act.clone();
        Callback::from(move |(k, v): (Key, String)| act.emit(Action::Set(k, v)))
    }
    fn nav(&self, a: Action) -> Callback<MouseEvent> {
        let act = self.act.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            crate::app::platform::dom::mark("nav-click");
            act.emit(a.clone());
        })
    }
    fn err(&self, key: impl Into<At>) -> Option<AttrValue> {
        error_of(&self.s.errors, key).map(AttrValue::from)
    }
    fn v(&self, key: impl Into<Key>) -> AttrValue {
        AttrValue::from(self.s.get(key).to_string())
    }
    fn date_value(&self, field: Field) -> (AttrValue, AttrValue, AttrValue) {
        (
            self.v(field.sub(Sub::Day)),
            self.v(field.sub(Sub::Month)),
            self.v(field.sub(Sub::Year)),
        )
    }
    fn checked(&self, key: impl Into<Key>) -> bool {
        self.s.get(key) == "1"
    }
}

fn opts(list: &[(&'static str, Msg)], unknown: bool) -> Vec<(AttrValue, AttrValue)> {
    let mut v: Vec<(AttrValue, AttrValue)> = list
        .iter()
        .map(|(val, m)| (AttrValue::from(*val), AttrValue::from(tm(*m))))
        .collect();
    if unknown {
        v.push(("unknown".into(), t(Msg::DontKnow).into()));
    }
    v
}

fn back(c: &Ctx) -> Html {
    let act = c.act.clone();
    html! { <BackLink onclick={Callback::from(move |_| { crate::app::platform::dom::mark("nav-click"); act.emit(Action::Back) })} /> }
}

fn errors(c: &Ctx) -> Html {
    html! { <ErrorSummary errors={c.s.errors.clone()} seq={c.s.error_seq} /> }
}

fn submit(c: &Ctx, label: Msg) -> (Callback<SubmitEvent>, Html) {
    let act = c.act.clone();
    let onsubmit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        crate::app::platform::dom::mark("nav-click");
        act.emit(Action::Continue);
    });
    (
        onsubmit,
        html! { <button type="submit" class="button" data-module="button">{ t(label) }</button> },
    )
}

/// The section caption with the progress ("O Tobie — pytanie 3 z 25").
fn caption_text(s: &AppState, m: Msg) -> AttrValue {
    match questionnaire::progress(s, s.page) {
        Some((n, total)) => tfm(
            Msg3::CaptionProgress,
            [tm(m), &n.to_string(), &total.to_string()],
        )
        .into(),
        None => tm(m).into(),
    }
}

fn caption(s: &AppState, m: Msg) -> Html {
    caption_html(&Some(caption_text(s, m)))
}

pub fn start(c: &Ctx) -> Html {
    let onload = crate::app::platform::load::on_file_change(c.act.clone());
    let newest = crate::rules::RuleSetId::newest();
    html! {
        <>
            <h1 class="heading-xl" id="page-heading" tabindex="-1">{ tr(Msg::AppTitle) }</h1>
            <p class="lead">{ tr(Msg::StartLead) }</p>
            <h2 class="heading-m">{ tr(Msg::StartDoesHeading) }</h2>
            <ul class="list list--bullet">
                <li>{ tr(Msg::StartDoes1) }</li>
                <li>{ tr(Msg::StartDoes2) }</li>
                <li>{ tr(Msg::StartDoes3) }</li>
            </ul>
            <h2 class="heading-m">{ tr(Msg::StartDoesNotHeading) }</h2>
            <ul class="list list--bullet">
                <li>{ tr(Msg::StartDoesNot1) }</li>
                <li>{ tr(Msg::StartDoesNot2) }</li>
            </ul>
            <h2 class="heading-m">{ tr(Msg::StartPrivacyHeading) }</h2>
            // Saving to a file is not offered in kiosk mode (a shared device): the kiosk's own
            // sentence instead (CSS shows one of the two, `pup-app--kiosk`).
            <p>{ tr(Msg::StartPrivacy) }{" "}<span class="not-kiosk">{ tr(Msg::StartPrivacySave) }</span><span class="kiosk-only">{ tr(Msg::StartPrivacyKiosk) }</span></p>
            <h2 class="heading-m">{ tr(Msg::StartRuleSetHeading) }</h2>
            { for newest.questionnaire().start_note.map(|m| html! { <p>{ trf(m, [&fmt_date(newest.in_force_from())]) }</p> }) }
            { for crate::rules::figures::stale(c.s.today).into_iter().map(|(table, until)| {
                let what = match table {
                    crate::rules::figures::Table::MinimumWage => Msg::FiguresMinimumWage,
                    crate::rules::figures::Table::BenefitAmounts => Msg::FiguresBenefitAmounts,
                };
                html! {
                    <div class="warning-box" id={format!("figures-stale-{}", table.key())}>
                        <p>{ tf(Msg2::FiguresStale, [t(what), &fmt_date(until)]) }</p>
                    </div>
                }
            }) }
            <button type="button" class="button button--start" id="start-button"
                onclick={c.nav(Action::Goto(Page::Q(questionnaire::FIRST_QUESTION)))}>{ tr(Msg::StartButton) }</button>
            <div class="not-kiosk" id="start-load">
                <h2 class="heading-m">{ tr(Msg::StartLoadHeading) }</h2>
                { load_field(c, onload) }
            </div>
        </>
    }
}

/// Why the file was refused, in the person's language.
fn load_error_text(e: &LoadError) -> String {
    let reason = match e {
        LoadError::NotAnswers { line: 0, .. } => t(Msg::LoadErrorNotAnswers).to_string(),
        LoadError::NotAnswers { line, column, .. } => tf(
            Msg2::LoadErrorNotAnswersAt,
            [&line.to_string(), &column.to_string()],
        ),
        LoadError::Unreadable(_) => t(Msg::LoadErrorUnreadable).to_string(),
    };
    tf(Msg1::LoadError, [&reason])
}

/// The reader's own message (English), for the office's staff.
fn load_error_detail(e: &LoadError) -> &str {
    match e {
        LoadError::NotAnswers { detail, .. } | LoadError::Unreadable(detail) => detail,
    }
}

fn load_field(c: &Ctx, onchange: Callback<Event>) -> Html {
    let err = c.s.load_error.clone();
    let describedby = if err.is_some() {
        "load-file-hint load-file-error load-file-detail"
    } else {
        "load-file-hint"
    };
    html! {
        <div class={classes!("form-group", err.is_some().then_some("form-group--error"))}>
            <label class="label" for="load-file">{ tr(Msg::LoadLabel) }</label>
            <div class="hint" id="load-file-hint">{ tr(Msg::LoadHint) }</div>
            if let Some(e) = err {
                <p class="error-message" id="load-file-error" role="alert">
                    <span class="visually-hidden">{ tr(Msg::ErrorPrefix) }{" "}</span>{ load_error_text(&e) }
                </p>
                <p class="hint" id="load-file-detail">
                    { tr(Msg::LoadErrorDetail) }{" "}<span lang="en">{ load_error_detail(&e) }</span>
                </p>
            }
            <input class="file-upload" id="load-file" type="file" accept=".json,application/json"
                aria-describedby={describedby} {onchange} />
        </div>
    }
}

/// The income question's limit: half the minimum wage in force on the registration day, as
/// the engine gives it (`rules::limits`).
fn income_limit(c: &Ctx) -> Html {
    let d = questionnaire::reg_date(&c.s);
    let table = &crate::rules::params::rule_set().minimum_wage;
    let Some((limit, wage)) = crate::rules::limits(d).income_limit else {
        // After the table's last figure (decision 47): the limit is not known yet.
        if d < table.first_day() {
            return html! {};
        }
        return html! {
            <div class="inset" id="income-limit">
                { trf(Msg2::QIncomeLimitUnknown, [&fmt_date(d), &fmt_date(table.valid_until)]) }
            </div>
        };
    };
    html! {
        <div class="inset" id="income-limit">
            { trf(Msg3::QIncomeLimit, [&fmt_money(limit), &fmt_date(d), &fmt_money(wage)]) }
        </div>
    }
}

pub fn question(c: &Ctx, q: Q) -> Html {
    let def = q.def(&c.s);
    let key = def.field;
    let title: AttrValue = tm(def.title).into();
    let hint: Option<AttrValue> = def.hint.map(|h| tm(h).into());
    let onset = c.onset();
    let caption: Option<AttrValue> = Some(caption_text(&c.s, def.section));
    let error = c.err(key);
    let field: Html = match def.kind {
        Kind::YesNo => html! {
            <Radios caption={caption.clone()} field={key} legend={title} {hint} options={yes_no_options()} value={c.v(key)} {error} {onset} />
        },
        Kind::Choice(list) => html! {
            <Radios caption={caption.clone()} field={key} legend={title} {hint} options={opts(list, def.unknown)} value={c.v(key)} {error} {onset} />
        },
        Kind::Multi(list) => {
            let act = c.act.clone();
            let ontoggle = Callback::from(move |v: AttrValue| {
                let v: &'static str = list
                    .iter()
                    .find(|(x, _)| *x == v.as_str())
                    .map_or("", |(x, _)| x);
                act.emit(Action::ToggleIn(key.into(), v))
            });
            html! { <Checkboxes caption={caption.clone()} field={key} legend={title} {hint} options={opts(list, false)} value={c.v(key)} {error} {ontoggle} /> }
        }
        Kind::Date => {
            let unknown = def.unknown.then(|| c.checked(key.unknown()));
            html! { <DateInput caption={caption.clone()} field={key} legend={title} {hint} value={c.date_value(key)} {unknown} {error} {onset} /> }
        }
        Kind::Pesel => html! {
            <TextInput caption={caption.clone()} field={key} label={title} {hint} value={c.v(key)} {error} inputmode="numeric" width="input--w11"
                unknown={(AttrValue::from(t(Msg::QPeselUnknown)), c.checked(Q::Pesel.unknown()))} {onset} />
        },
        Kind::Amount => html! {
            <TextInput caption={caption.clone()} field={key} label={title} {hint} value={c.v(key)} {error} inputmode="decimal" width="input--w10"
                prefix_html={income_limit(c)}
                unknown={(AttrValue::from(t(Msg::QIncomeUnknown)), c.checked(Q::Income.unknown()))} {onset} />
        },
        Kind::Text => html! {
            <TextInput caption={caption.clone()} field={key} label={title} {hint} value={c.v(key)} {error} width="input--w20"
                unknown={(AttrValue::from(t(Msg::QQesSerialUnknown)), c.checked(key.unknown()))} {onset} />
        },
        Kind::Days => html! {
            <TextInput caption={caption.clone()} field={key} label={title} {hint} value={c.v(key)} {error} inputmode="numeric" width="input--w4"
                unknown={(AttrValue::from(t(Msg::QPrevDrawnUnknown)), c.checked(key.unknown()))} {onset} />
        },
    };
    let (onsubmit, button) = submit(c, Msg::Continue);
    html! {
        <>
            { back(c) }
            { errors(c) }
            <form {onsubmit} novalidate=true>
                { field }
                { button }
            </form>
        </>
    }
}

/// A grouped page of the 2025 Act: "select all that apply" (`questionnaire::G`).
pub fn group_page(c: &Ctx, g: G) -> Html {
    let s = &c.s;
    let def = g.def();
    let items = questionnaire::group_items(s, g);
    let val = |q: Q| s.get(q.def(s).field);
    let boxes: Vec<GroupBox> = items
        .iter()
        .map(|(q, label, hint)| GroupBox {
            label: tm(*label).into(),
            hint: hint.map(|h| tm(h).into()),
            checked: val(*q) == "yes",
        })
        .collect();
    let all_no = !items.is_empty() && items.iter().all(|(q, _, _)| val(*q) == "no");
    let any_unknown = items.iter().any(|(q, _, _)| val(*q) == "unknown");
    let qs: Vec<Q> = items.iter().map(|i| i.0).collect();
    let act = c.act.clone();
    let ontick = Callback::from(move |i: usize| {
        let tick = match qs.get(i) {
            Some(q) => Tick::Item(*q),
            None if i == qs.len() => Tick::None,
            None => Tick::Unknown,
        };
        act.emit(Action::Tick(g, tick))
    });
    let (onsubmit, button) = submit(c, Msg::Continue);
    let plain = |m: Msg| GroupBox {
        label: tm(m).into(),
        hint: None,
        checked: false,
    };
    html! {
        <>
            { back(c) }
            { errors(c) }
            <form {onsubmit} novalidate=true>
                <GroupBoxes field={def.key} legend={tm(def.title)} hint={tm(def.hint)} caption={caption_text(s, def.section)}
                    items={boxes} none={GroupBox { checked: all_no, ..plain(Msg::GNone) }}
                    unknown={GroupBox { checked: any_unknown, ..plain(Msg::GUnknown) }}
                    or_label={t(Msg::GOr)} more_label={t(Msg::GMore)} error={c.err(At::Group(g))} {ontick} />
                { button }
            </form>
        </>
    }
}

/// The answer of a grouped page, for check-answers: the items ticked, those not known.
fn group_answer(s: &AppState, g: G) -> Html {
    let items = questionnaire::group_items(s, g);
    let with = |v: &str| -> Vec<&str> {
        items
            .iter()
            .filter(|(q, _, _)| s.get(q.def(s).field) == v)
            .map(|(_, m, _)| tm(*m))
            .collect()
    };
    let (yes, unknown) = (with("yes"), with("unknown"));
    if yes.is_empty() && unknown.is_empty() {
        let text = if items.iter().all(|(q, _, _)| s.get(q.def(s).field) == "no") {
            t(Msg::GNone)
        } else {
            t(Msg::NotAnswered)
        };
        return html! { text };
    }
    html! {
        <ul class="list">
            { for yes.iter().map(|x| html! { <li>{ rich(x) }</li> }) }
            if !unknown.is_empty() {
                <li>{ rich(&tfm(Msg1::GUnknownList, [&unknown.join("; ")])) }</li>
            }
        </ul>
    }
}

/// "Zatrudnienie (umowa o pracę): od 1 stycznia 2025 do 28 lutego 2026", with the marks of
/// Polish words (`rich`).
pub fn period_summary(s: &AppState, id: u32) -> String {
    let kind = kind_of(s.get(Field::Period(id, PeriodField::Kind)))
        .map_or("", |k| tm(questionnaire::kind_msg(k)));
    let (from, to) = period_dates(s, id);
    tfm(Msg3::PeriodSummary, [kind, &from, &to])
}

/// The first and last day of period `id` as the person entered them.
fn period_dates(s: &AppState, id: u32) -> (String, String) {
    let d = |x: PeriodField| match date_of(&s.fields, Field::Period(id, x)) {
        DateValue::Valid(d) => fmt_date(d),
        DateValue::Unknown => t(Msg::UnknownInline).to_string(),
        _ => "—".to_string(),
    };
    (d(PeriodField::From), d(PeriodField::To))
}

pub fn periods(c: &Ctx) -> Html {
    let s = &c.s;
    let (w_from, w_to) = crate::rules::limits(questionnaire::reg_date(s)).window;
    let result = crate::rules::evaluate(
        &crate::rules::questionnaire::answers::build(s, true),
        s.today,
    );
    let days = crate::rules::explain::days(&result);
    let (q, r) = days
        .as_ref()
        .map(|d| (d.qualifying.to_string(), d.required.to_string()))
        .unwrap_or_default();
    // Issue 23: where later answers can still change the count (a period may have been a
    // basis of an earlier benefit, a condition is open), the range the engine gives, never a
    // bare lower bound beside periods that count.
    let at_most = crate::rules::explain::days_at_most(&result).map(|m| m.to_string());
    let (onsubmit, button) = submit(c, Msg::Continue);
    html! {
        <>
            { back(c) }
            { errors(c) }
            <h1 class="heading-l" id="page-heading" tabindex="-1">{ caption(s, Msg::SecWork) }{ tr(Msg::QPeriods) }</h1>
            <p>{ trf(Msg2::PeriodsWindow, [&fmt_date(w_from), &fmt_date(w_to)]) }</p>
            if let Some((n, id)) = s.removed_period {
                <p class="inset" id="period-removed" tabindex="-1">
                    { trf(Msg2::PeriodRemoved, [&n.to_string(), &period_summary(s, id)]) }
                </p>
            }
            if s.period_ids.is_empty() {
                <p id="periods-none">{ tr(Msg::PeriodsNone) }</p>
            } else {
                <h2 class="heading-m">{ tr(Msg::PeriodsListCaption) }</h2>
                <dl class="summary-list" id="periods-list">
                    { for s.period_ids.iter().enumerate().map(|(i, id)| {
                        let n = (i + 1).to_string();
                        let label = tf(Msg1::PeriodN, [&n]);
                        html! {
                            <div class="summary-list__row">
                                <dt class="summary-list__key">{ label.clone() }</dt>
                                <dd class="summary-list__value">
                                    { rich(&period_summary(s, *id)) }
                                    // A fact about its dates, not a verdict: the window is
                                    // stated above it (a prison release has its own window).
                                    if matches!(date_of(&s.fields, Field::Period(*id, PeriodField::To)), DateValue::Valid(to) if to < w_from) {
                                        <span class="hint period-note">{ tf(Msg1::PeriodBeforeWindow, [&fmt_date(w_from)]) }</span>
                                    }
                                </dd>
                                <dd class="summary-list__actions">
                                    <a href="#" class="link" onclick={c.nav(Action::Goto(Page::PeriodEdit(*id)))}>
                                        { tr(Msg::Change) }<span class="visually-hidden">{" "}{ label.clone() }</span>
                                    </a>
                                    {" "}
                                    // A button: it acts on the page, it does not go anywhere.
                                    <button type="button" class="link-button" onclick={c.nav(Action::RemovePeriod(*id))}>
                                        { tr(Msg::Remove) }<span class="visually-hidden">{" "}{ label }</span>
                                    </button>
                                </dd>
                            </div>
                        }
                    }) }
                </dl>
            }
            <p class="inset" id="periods-count">{ match at_most {
                Some(m) => trf(Msg3::PeriodsCountRange, [&q, &m, &r]),
                None => trf(Msg2::PeriodsCount, [&q, &r]),
            } }</p>
            <button type="button" class="button button--secondary" onclick={c.nav(Action::AddPeriod)}>
                { t(if s.period_ids.is_empty() { Msg::PeriodAdd } else { Msg::PeriodAddAnother }) }
            </button>
            <form {onsubmit} novalidate=true>{ button }</form>
        </>
    }
}

/// The minimum wage(s) in force between the period's dates (half for prison work).
fn wages_content(c: &Ctx, id: u32, half: bool) -> Html {
    let s = &c.s;
    let (from, to) = (
        date_of(&s.fields, Field::Period(id, PeriodField::From)),
        date_of(&s.fields, Field::Period(id, PeriodField::To)),
    );
    let (DateValue::Valid(from), DateValue::Valid(to)) = (from, to) else {
        return html! { <p class="hint">{ tr(Msg::PeriodWageNeedDates) }</p> };
    };
    if to < from {
        return html! {};
    }
    let table = &crate::rules::params::rule_set().minimum_wage;
    let list = table.during(from, to);
    // A period running past the table's last figure (decision 47).
    let unknown = (to > table.valid_until).then(|| {
        let first = table.valid_until.succ_opt().unwrap_or(table.valid_until);
        html! { <li>{ tf(Msg1::PeriodWageUnknownFrom, [&fmt_date(first.max(from))]) }</li> }
    });
    html! {
        <div class="inset">
            <p>{ tr(Msg::PeriodWagesIn) }</p>
            <ul class="list">
                { for list.iter().map(|(d, w)| {
                    let mut text = tf(Msg2::PeriodWageFrom, [&fmt_date(*d), &fmt_money(*w)]);
                    if half {
                        text = format!("{text} {}", tf(Msg1::PeriodWageHalf, [&fmt_money(w.percent(50))]));
                    }
                    html! { <li>{ text }</li> }
                }) }
                { for unknown }
            </ul>
        </div>
    }
}

pub fn period_edit(c: &Ctx, id: u32) -> Html {
    let k = |x: PeriodField| Field::Period(id, x);
    let onset = c.onset();
    let kind = kind_of(c.s.get(k(PeriodField::Kind)));
    let kinds: Vec<(AttrValue, AttrValue)> =
        crate::rules::period_kinds(questionnaire::reg_date(&c.s))
            .iter()
            .map(|x| {
                (
                    AttrValue::from(x.as_str()),
                    AttrValue::from(tm(questionnaire::kind_msg(*x))),
                )
            })
            .collect();
    let wage_rule = kind.and_then(|k| min_wage_condition(&c.s, k));
    let (onsubmit, button) = submit(c, Msg::PeriodSave);
    html! {
        <>
            { back(c) }
            { errors(c) }
            <h1 class="heading-l" id="page-heading" tabindex="-1">{ caption(&c.s, Msg::SecWork) }{ tr(Msg::PeriodEditTitle) }</h1>
            <form {onsubmit} novalidate=true>
                <Radios field={k(PeriodField::Kind)} legend={tm(Msg::PeriodKindLabel)} options={kinds} value={c.v(k(PeriodField::Kind))}
                    error={c.err(k(PeriodField::Kind))} as_h1={false} onset={onset.clone()}
                    more={Some((crate::rules::period_kinds_shown(questionnaire::reg_date(&c.s)), AttrValue::from(t(Msg::PeriodKindsMore))))} />
                <DateInput field={k(PeriodField::From)} legend={tm(Msg::PeriodFrom)} value={c.date_value(k(PeriodField::From))}
                    unknown={Some(c.checked(k(PeriodField::From).unknown()))} error={c.err(k(PeriodField::From))} as_h1={false} onset={onset.clone()} />
                <DateInput field={k(PeriodField::To)} legend={tm(Msg::PeriodTo)} value={c.date_value(k(PeriodField::To))}
                    unknown={Some(c.checked(k(PeriodField::To).unknown()))} error={c.err(k(PeriodField::To))} as_h1={false} onset={onset.clone()} />
                // The live region is on the page from the start, so that the amounts are
                // announced whether the dates or the kind come last.
                <div id="period-wages" aria-live="polite">
                    if let Some(half) = wage_rule {
                        { wages_content(c, id, half) }
                    }
                </div>
                if let Some(half) = wage_rule {
                    // A rent has no minimum-wage condition, the benefits of the same kind do
                    // (decision 50).
                    <Radios field={k(PeriodField::MinWage)} legend={t(questionnaire::min_wage_question(half, kind))}
                        options={yes_no_options()} value={c.v(k(PeriodField::MinWage))} error={c.err(k(PeriodField::MinWage))}
                        as_h1={false} onset={onset.clone()} />
                }
                if kind == Some(PeriodKind::Employment) {
                    <TextInput field={k(PeriodField::Leave)} label={tm(Msg::PeriodLeave)} hint={tm(Msg::PeriodLeaveHint)}
                        value={c.v(k(PeriodField::Leave))} error={c.err(k(PeriodField::Leave))} inputmode="numeric" width="input--w4"
                        unknown={(AttrValue::from(t(Msg::QPrevDrawnUnknown)), c.checked(k(PeriodField::Leave).unknown()))}
                        as_h1={false} onset={onset.clone()} />
                }
                if kind == Some(PeriodKind::RepatriateAbroad) {
                    <Radios field={k(PeriodField::Repat)} legend={tm(Msg::PeriodRepatriate)} options={yes_no_options()}
                        value={c.v(k(PeriodField::Repat))} error={c.err(k(PeriodField::Repat))} as_h1={false} onset={onset.clone()} />
                }
                { button }
            </form>
        </>
    }
}

/// The questions about how a job ended.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TermQ {
    Mode,
    Exception,
    /// The 2025 Act: the job came from a starosta's referral (art. 219 ust. 1 pkt 3).
    Referral,
}

/// The yes/no answers of the referral question.
const YES_NO: &[(&str, Msg)] = &[("yes", Msg::Yes), ("no", Msg::No)];

/// The key, title and answers of a question about how job `id` ended.
pub fn term_question(
    s: &AppState,
    id: u32,
    q: TermQ,
) -> (Field, String, &'static [(&'static str, Msg)]) {
    let (from, to) = period_dates(s, id);
    match q {
        TermQ::Mode => (
            Field::Period(id, PeriodField::TermMode),
            tfm(
                questionnaire::questionnaire(s).term_mode_title,
                // Issue 23: the job by its dates, not "Zatrudnienie (umowa o pracę): od …".
                [&from, &to],
            ),
            questionnaire::TERM_MODES,
        ),
        TermQ::Exception => (
            Field::Period(id, PeriodField::TermExc),
            t(Msg::QTermException).to_string(),
            questionnaire::term_exceptions(s, id),
        ),
        TermQ::Referral => (
            Field::Period(id, PeriodField::TermReferral),
            tm(Msg::QTermReferral).to_string(),
            YES_NO,
        ),
    }
}

pub fn term_page(c: &Ctx, id: u32, q: TermQ) -> Html {
    let s = &c.s;
    let limits = crate::rules::limits(questionnaire::reg_date(s));
    let (key, title, list) = term_question(s, id, q);
    let hint = match (q, limits.termination_look_back) {
        (TermQ::Mode, Some((lf, lt))) => tf(Msg2::QTermModeHint, [&fmt_date(lf), &fmt_date(lt)]),
        (TermQ::Mode, None) => t(Msg::QTermModeLastHint).to_string(),
        _ => period_summary(s, id),
    };
    let hint = Some(AttrValue::from(hint));
    let (onsubmit, button) = submit(c, Msg::Continue);
    html! {
        <>
            { back(c) }
            { errors(c) }
            <form {onsubmit} novalidate=true>
                <Radios caption={Some(caption_text(s, Msg::SecEndings))} field={key} legend={title} {hint} options={opts(list, true)} value={c.v(key)}
                    error={c.err(key)} onset={c.onset()} />
                { button }
            </form>
        </>
    }
}

/// The text of an answer, for check-answers (with the marks of Polish words: `rich`).
fn answer_text(s: &AppState, q: Q) -> String {
    let def = q.def(s);
    let v = s.get(def.field);
    let label = |list: &[(&str, Msg)]| {
        list.iter()
            .find(|(x, _)| *x == v)
            .map(|(_, m)| tm(*m).to_string())
    };
    let unknown = |f: Field| s.get(f.unknown()) == "1";
    let na = t(Msg::NotAnswered).to_string();
    match def.kind {
        Kind::YesNo => match v {
            "yes" => t(Msg::Yes).into(),
            "no" => t(Msg::No).into(),
            "unknown" => t(Msg::DontKnow).into(),
            _ => na,
        },
        Kind::Choice(list) => {
            if v == "unknown" {
                t(Msg::DontKnow).into()
            } else {
                label(list).unwrap_or(na)
            }
        }
        Kind::Multi(list) => {
            let names: Vec<&str> = v
                .split(',')
                .filter_map(|x| list.iter().find(|(y, _)| *y == x).map(|(_, m)| tm(*m)))
                .collect();
            if names.is_empty() {
                na
            } else {
                names.join(", ")
            }
        }
        Kind::Date => match date_of(&s.fields, def.field) {
            DateValue::Valid(d) => fmt_date(d),
            DateValue::Unknown => t(Msg::DontKnow).into(),
            _ => na,
        },
        Kind::Pesel => {
            if unknown(def.field) && s.get(def.field.sub(Sub::Withheld)) == "1" {
                t(Msg::CheckPeselWithheld).into()
            } else if unknown(def.field) || v.trim().is_empty() {
                t(Msg::QPeselUnknown).into()
            } else {
                v.trim().to_string()
            }
        }
        Kind::Amount => {
            if unknown(def.field) || v.trim().is_empty() {
                t(Msg::DontKnow).into()
            } else {
                tf(Msg1::Pln, [v.trim()])
            }
        }
        Kind::Text => {
            if unknown(def.field) || v.trim().is_empty() {
                t(Msg::DontKnow).into()
            } else {
                v.trim().to_string()
            }
        }
        Kind::Days => match crate::rules::questionnaire::answers::days_of(v) {
            Some(n) if !unknown(def.field) => tf(Msg1::PrevDrawnValue, [&n.to_string()]),
            _ => t(Msg::DontKnow).into(),
        },
    }
}

fn row(c: &Ctx, key: String, value: Html, page: Page, n: usize) -> Html {
    html! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{ rich(&key) }</dt>
            <dd class="summary-list__value">{ value }</dd>
            <dd class="summary-list__actions">
                <a href="#" class="link" id={format!("change-{n}")} onclick={c.nav(Action::Change(page))}>
                    { tr(Msg::Change) }<span class="visually-hidden">{" "}{ rich(&key) }</span>
                </a>
            </dd>
        </div>
    }
}

pub fn check(c: &Ctx) -> Html {
    let s = &c.s;
    let mut sections: Vec<(Msg, Vec<Html>)> = Vec::new();
    let mut push = |sec: Msg, h: Html| match sections.last_mut() {
        Some((m, v)) if *m == sec => v.push(h),
        _ => sections.push((sec, vec![h])),
    };
    for (n, p) in questionnaire::pages(s).into_iter().enumerate() {
        match p {
            Page::Q(q) => {
                if pesel_given(s) && matches!(q, Q::BirthDate | Q::Sex) {
                    continue;
                }
                let def = q.def(s);
                push(
                    def.section,
                    row(c, tm(def.title).to_string(), rich(&answer_text(s, q)), p, n),
                );
            }
            Page::Group(g) => {
                let def = g.def();
                push(
                    def.section,
                    row(c, tm(def.title).to_string(), group_answer(s, g), p, n),
                );
            }
            Page::Periods => {
                let value = if s.period_ids.is_empty() {
                    html! { tr(Msg::PeriodsNone) }
                } else {
                    html! {
                        <ul class="list">
                            { for s.period_ids.iter().map(|id| html! { <li>{ rich(&period_summary(s, *id)) }</li> }) }
                        </ul>
                    }
                };
                push(
                    Msg::SecWork,
                    row(c, t(Msg::QPeriods).to_string(), value, p, n),
                );
            }
            Page::TermMode(id) | Page::TermException(id) | Page::TermReferral(id) => {
                let q = match p {
                    Page::TermMode(_) => TermQ::Mode,
                    Page::TermException(_) => TermQ::Exception,
                    _ => TermQ::Referral,
                };
                let (key, title, list) = term_question(s, id, q);
                let v = s.get(key);
                let text = if v == "unknown" {
                    t(Msg::DontKnow).to_string()
                } else {
                    list.iter()
                        .find(|(x, _)| *x == v)
                        .map_or(t(Msg::NotAnswered).to_string(), |(_, m)| t(*m).to_string())
                };
                let title = if q == TermQ::Mode {
                    title
                } else {
                    format!("{title} ({})", period_summary(s, id))
                };
                push(Msg::SecEndings, row(c, title, html! { text }, p, n));
            }
            _ => {}
        }
    }
    let (onsubmit, button) = submit(c, Msg::CheckSubmit);
    html! {
        <>
            { back(c) }
            <h1 class="heading-l" id="page-heading" tabindex="-1">{ tr(Msg::CheckTitle) }</h1>
            <p>{ tr(Msg::CheckLead) }</p>
            { for sections.into_iter().map(|(sec, rows)| html! {
                <>
                    <h2 class="heading-m">{ t(sec) }</h2>
                    <dl class="summary-list">{ for rows }</dl>
                </>
            }) }
            <form {onsubmit} novalidate=true>{ button }</form>
        </>
    }
}

/// A box of the document checklist, ticked or not as the person left it: kept in the state
/// (a language switch redraws the page) and printed as ticked (print.css).
pub fn tick_box(c: &Ctx, key: String, id: String) -> Html {
    let checked = c.s.checklist.contains(&key);
    let act = c.act.clone();
    let onchange = Callback::from(move |e: Event| {
        let on = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked();
        act.emit(Action::TickDocument(key.clone(), on));
    });
    html! { <input type="checkbox" class="checklist__box" {id} {checked} {onchange} /> }
}
