//! The result page (also the printed summary): the engine's verdicts with their "why", the
//! benefit timeline, the office, documents, obligations and the praca.gov.pl steps.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::app::i18n::{
    barred_label_marked, doc_text, doc_text_pl, lang, note_text_marked, obligation_text,
    rule_change, rule_label_marked, t, text_in, tf, tfm, tm, value_label_marked, value_text_marked,
    Lang, Msg, Msg1, Msg2, Msg3, Msg4, Msg5,
};
use crate::app::state::{Action, AppState};
use crate::app::ui::pages::{tick_box, Ctx};
use crate::app::ui::view::{fmt_date, fmt_money_str, rich, tr, trf};
use crate::rules::questionnaire::answers;

use crate::rules::catalog;
use crate::rules::explain::{self, Arg, Change, Place};
use crate::rules::notes::{Note, NoteSection};
use crate::rules::result::{BenefitVerdict, EvalResult, Outcome, StatusVerdict, TraceEntry};
use crate::rules::values::Val;
use crate::rules::RuleSetId;

/// The rule set the engine applied (named in the result).
fn rule_set(r: &EvalResult) -> RuleSetId {
    RuleSetId::from_wire(&r.rule_set).expect("the engine names the rule set it applied")
}

/// The sources of the dated figures the result used (the minimum wage, the benefit amounts),
/// Polish citations marked as Polish (`rich`).
fn figure_sources(r: &EvalResult) -> String {
    let amounts_on = r.benefit.amount.as_ref().map(|a| a.as_of);
    crate::rules::figures::sources_on(rule_set(r), r.registration_date, amounts_on)
        .iter()
        .map(|s| format!("<pl>{s}</pl>"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A rule's short label, with its Polish words marked (`rich`).
fn rule_name(id: &str) -> Html {
    rich(rule_label_marked(id))
}

/// The article behind a rule, as the engine's catalog gives it (the 2025 Act; the seed page
/// names none), shown beside the rule on the screen and the printout.
fn article(r: &EvalResult, id: &str) -> Html {
    match catalog::find(rule_set(r), id).and_then(|i| i.article) {
        Some(a) => html! { <span class="article" lang="pl">{ format!(" ({a})") }</span> },
        None => Html::default(),
    }
}

/// The notes of one section (`rules::notes`): each a line with its article.
fn note_items(r: &EvalResult, section: NoteSection) -> Vec<Html> {
    explain::notes(r, section)
        .into_iter()
        .map(|n: &Note| {
            html! {
                <li data-note={n.key}>{ rich(note_text_marked(n.key)) }<span class="article" lang="pl">{ format!(" ({})", n.article) }</span></li>
            }
        })
        .collect()
}

/// A rule's label with its article.
fn rule_line(r: &EvalResult, id: &str) -> Html {
    html! { <>{ rule_name(id) }{ article(r, id) }</> }
}

/// A value of the trace as text, with the marks of Polish words (`rich`).
fn value_html(key: &str, v: &Val) -> String {
    match v {
        Val::Null => t(Msg::UnknownInline).to_string(),
        Val::Bool(b) => t(if *b { Msg::Yes } else { Msg::No }).to_string(),
        Val::Int(n) => n.to_string(),
        Val::Date(d) => fmt_date(*d),
        Val::Str(s) => value_html(key, &Val::Text((*s).to_string())),
        Val::Text(s) => {
            if matches!(key, "income" | "limit" | "minimum_wage") {
                fmt_money_str(s)
            } else if let Some(d) = v.as_any_date() {
                fmt_date(d)
            } else {
                let x = value_text_marked(s);
                if x.is_empty() {
                    s.clone()
                } else {
                    x.to_string()
                }
            }
        }
        Val::List(a) => {
            if a.is_empty() {
                "—".to_string()
            } else {
                a.iter()
                    .map(|x| value_html(key, x))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        }
        Val::Obj(o) => o
            .iter()
            .map(|(k, x)| format!("{k}: {}", value_html(k, x)))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// A rule's outcome in words. Conditions (STATUS, LOSS, BEN, Q) are "met" or "not met";
/// the rules that say whether something applies to the person (the office and the
/// declaration, deferrals, documents, the account, obligations) "apply" or "do not apply":
/// a declaration the person does not need is not a condition they failed.
fn outcome_text(rule: &str, o: Outcome) -> &'static str {
    match (o, !explain::is_condition(rule)) {
        (Outcome::Met, false) => t(Msg::OutcomeMet),
        (Outcome::NotMet, false) => t(Msg::OutcomeNotMet),
        (Outcome::Met, true) => t(Msg::OutcomeApplies),
        (Outcome::NotMet, true) => t(Msg::OutcomeNotApplies),
        (Outcome::Unknown, _) => t(Msg::OutcomeUnknown),
    }
}

/// An input error of the engine in words: what is wrong (by its code) and where (a period
/// by its number, else the rule it would have fed), with the marks of Polish words (`rich`).
fn input_error_text(e: &crate::rules::result::InputError) -> String {
    let period = e
        .field
        .strip_prefix("history[")
        .and_then(|x| x.split(']').next())
        .and_then(|n| n.parse::<usize>().ok())
        .map(|n| tfm(Msg1::PeriodN, [&(n + 1).to_string()]));
    let place = period.unwrap_or_else(|| match e.rule.as_deref() {
        Some(r) => rule_label_marked(r).to_string(),
        // A loss of status whose reason is unknown feeds no one rule: name the date.
        None if e.field == "previous_status_loss.date" => t(Msg::PlaceLossDate).to_string(),
        None => String::new(),
    });
    let what = text_in(lang(), &format!("input-error-{}", e.code));
    if what.is_empty() {
        place
    } else if place.is_empty() {
        what.to_string()
    } else {
        format!("{place}: {what}")
    }
}

static NULL: Val = Val::Null;

fn val<'a>(e: &'a TraceEntry, k: &str) -> &'a Val {
    e.values.get(k).unwrap_or(&NULL)
}

/// "What would change it", for a rule that decided against the person: what the engine
/// says would change it (`rules::explain::change`), in words.
fn change_text(s: &AppState, r: &EvalResult, e: &TraceEntry) -> Option<String> {
    let args: Vec<String> = match explain::change(r, e)? {
        Change::AnswerNo(fields) => {
            let q: Vec<&str> = fields
                .iter()
                .filter_map(|f| {
                    crate::rules::questionnaire::question_of(f).map(|q| tm(q.def(s).title))
                })
                .collect();
            return match q[..] {
                [one] => Some(tfm(Msg1::ChangeIfNo, [one])),
                [a, b] => Some(tfm(Msg2::ChangeIfNoBoth, [a, b])),
                _ => None,
            };
        }
        Change::OtherDeferrals(from) => return Some(tf(Msg1::ChangeDeferOther, [&fmt_date(from)])),
        Change::Text(args) => args
            .into_iter()
            .map(|a| match a {
                Arg::Date(d) => d.map(fmt_date).unwrap_or_default(),
                Arg::Money(m) => m.as_deref().map(fmt_money_str).unwrap_or_default(),
                Arg::Count(n) => n.to_string(),
                Arg::MaybeCount(n) => n
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| t(Msg::UnknownInline).to_string()),
            })
            .collect(),
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    rule_change(e.rule, &args)
}

/// One rule of a "why": its label and outcome, the source sentence, the values used, and
/// what would change it.
fn why_rule(s: &AppState, r: &EvalResult, e: &TraceEntry) -> Html {
    let info = catalog::find(rule_set(r), e.rule);
    let values = explain::values_shown(e);
    let change = change_text(s, r, e);
    html! {
        <div class="why__rule" data-rule={e.rule}>
            <h3 class="heading-s">{ rule_name(e.rule) }{" — "}{ outcome_text(e.rule, e.outcome) }</h3>
            if let Some(article) = info.and_then(|i| i.article) {
                <p class="small why__article">{ trf(Msg1::WhyArticle, [article]) }</p>
            }
            if let Some(quote) = crate::app::platform::quotes::get(rule_set(r), e.rule) {
                <p class="small">{ tr(Msg::WhySource) }</p>
                <blockquote class="quote" lang="pl">{ quote }</blockquote>
            }
            if !values.is_empty() {
                <p class="small">{ tr(Msg::WhyValues) }</p>
                <dl class="values">
                    { for values.iter().map(|(k, v)| {
                        let label = value_label_marked(k);
                        html! {
                            <div class="values__row">
                                <dt>{ if label.is_empty() { k.to_string().into() } else { rich(label) } }</dt>
                                <dd>{ rich(&value_html(k, v)) }</dd>
                            </div>
                        }
                    }) }
                </dl>
            }
            if let Some(ch) = change {
                <p class="change"><strong>{ tr(Msg::WhatWouldChange) }</strong>{" "}{ rich(&ch) }</p>
            }
        </div>
    }
}

fn why(s: &AppState, r: &EvalResult, id: &str, rules: &[&str]) -> Html {
    let section = match id {
        "status" => Msg::StatusHeading,
        "benefit" => Msg::BenefitHeading,
        _ => Msg::OfficeHeading,
    };
    let entries: Vec<&TraceEntry> = rules.iter().filter_map(|x| r.trace_of(x)).collect();
    if entries.is_empty() {
        return html! {};
    }
    html! {
        <details class="why no-print" id={format!("why-{id}")}>
            // Three such toggles on the page: each names its section for screen readers.
            <summary><span>{ tr(Msg::WhyHeading) }</span><span class="visually-hidden">{" — "}{ tr(section) }</span></summary>
            <div class="why__body">{ for entries.iter().map(|e| why_rule(s, r, e)) }</div>
        </details>
    }
}

fn status_section(s: &AppState, r: &EvalResult, act: &Callback<Action>) -> Html {
    let st = &r.status;
    // A later day from which the person could register (the engine's): the benefit
    // questions were skipped (no status on day D), they can be asked for that day.
    let why_status = explain::status(r);
    let recheck = why_status.register_from.map(|d| {
        let act = act.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            crate::app::platform::dom::mark("nav-click");
            act.emit(Action::RecheckFrom(d));
        });
        html! {
            <p class="no-print">
                <button type="button" class="button button--secondary" id="status-recheck" {onclick}>
                    { trf(Msg1::StatusRecheck, [&fmt_date(d)]) }
                </button>
            </p>
        }
    });
    let (text, class) = match st.verdict {
        StatusVerdict::Eligible => (t(Msg::StatusEligible), "verdict--yes"),
        StatusVerdict::NotEligible => (t(Msg::StatusNotEligible), "verdict--no"),
        StatusVerdict::Unknown => (t(Msg::StatusUnknown), "verdict--unknown"),
    };
    html! {
        <section class="result-section" id="status" aria-labelledby="status-heading">
            <h2 class="heading-m" id="status-heading">{ tr(Msg::StatusHeading) }</h2>
            <p class={classes!("verdict", class)} id="status-verdict">{ text }</p>
            if let Some(d) = st.register_not_before {
                <p id="status-not-before">{ trf(Msg1::StatusNotBefore, [&fmt_date(d)]) }</p>
            }
            { recheck }
            if !st.unmet.is_empty() {
                <h3 class="heading-s">{ tr(Msg::UnmetHeading) }</h3>
                <ul class="list list--bullet" id="status-unmet">
                    { for st.unmet.iter().map(|x| html! { <li data-rule={x.clone()}>{ rule_line(r, x) }</li> }) }
                </ul>
            }
            // What is left to a person who cannot be unemployed (issue 22): the job seeker's
            // registration, and what it gives.
            if let Some((rule, possible, gives)) = explain::job_seeker(r) {
                <div class="inset" id="status-job-seeker">
                    <p>{ tr(match possible {
                        Some(true) => Msg::JobSeekerYes,
                        Some(false) => Msg::JobSeekerNo,
                        None => Msg::JobSeekerMaybe,
                    }) }{ article(r, rule) }</p>
                    if possible != Some(false) {
                        <p>{ tr(if gives { Msg::JobSeekerGives } else { Msg::JobSeekerGivesSeed }) }</p>
                    }
                </div>
            }
            // A "no" is settled: what was not asked (it could not change it) is not listed.
            if st.verdict == StatusVerdict::Unknown && !st.unknown.is_empty() {
                <h3 class="heading-s">{ tr(Msg::UnknownHeading) }</h3>
                <ul class="list list--bullet" id="status-unknown">
                    { for st.unknown.iter().map(|x| html! { <li data-rule={x.clone()}>{ rule_line(r, x) }</li> }) }
                </ul>
            }
            { why(s, r, "status", &why_status.rules) }
        </section>
    }
}

/// The 18-month window with each period and the required-days line (inline SVG). Integer
/// coordinates (no float formatting in the wasm).
fn timeline(r: &EvalResult) -> Html {
    let b = &r.benefit;
    let (wf, wt) = (b.window.from, b.window.to);
    let total = ((wt - wf).num_days() + 1).max(1);
    // A narrow drawing (issue 23): on a phone the labels stay about as large as the text.
    let (x0, width) = (84_i64, 316_i64);
    let x = |d: NaiveDate| x0 + (d - wf).num_days().clamp(0, total) * width / total;
    let periods = explain::periods(r);
    let row_h = 30_i64;
    let top = 28_i64;
    let sum_y = top + row_h * periods.len() as i64;
    let required = b.required_days;
    let req_x = x0 + (i64::from(required) * width / total).min(width);
    let q_x = x0 + (i64::from(b.qualifying_days) * width / total).min(width);
    // "Nie wiem" answers leave the total open: the most it can be, drawn lighter, and the
    // total as a range (issue 23: never a bare 0 beside periods that count).
    let at_most = explain::days_at_most(r);
    let height = sum_y + row_h + if at_most.is_some() { 52 } else { 34 };
    let max_x = at_most.map(|m| x0 + (m as i64 * width / total).min(width));
    let sum_text = match at_most {
        Some(m) => tf(
            Msg2::DaysRange,
            [&b.qualifying_days.to_string(), &m.to_string()],
        ),
        None => tf(Msg1::DaysN, [&b.qualifying_days.to_string()]),
    };
    let end_x = max_x.unwrap_or(q_x);
    let desc = match at_most {
        Some(m) => tf(
            Msg5::TimelineDescRange,
            [
                &fmt_date(wf),
                &fmt_date(wt),
                &b.qualifying_days.to_string(),
                &m.to_string(),
                &required.to_string(),
            ],
        ),
        None => tf(
            Msg4::TimelineDesc,
            [
                &fmt_date(wf),
                &fmt_date(wt),
                &b.qualifying_days.to_string(),
                &required.to_string(),
            ],
        ),
    };
    html! {
        <figure class="timeline">
            <svg role="img" aria-labelledby="timeline-title timeline-desc" viewBox={format!("0 0 420 {height}")}
                width="100%" xmlns="http://www.w3.org/2000/svg" id="timeline">
                <title id="timeline-title">{ t(Msg::TimelineTitle) }</title>
                <desc id="timeline-desc">{ desc }</desc>
                <rect class="timeline__bg" x={x0.to_string()} y="22" width={width.to_string()} height={(sum_y + row_h - 18).to_string()}
                    fill="#f3f2f1" />
                { for periods.iter().enumerate().map(|(i, e)| {
                    let y = top + row_h * i as i64;
                    let from = val(e, "from").as_any_date();
                    let to = val(e, "to").as_any_date();
                    let fill = match e.outcome { Outcome::Met => "#00703c", Outcome::NotMet => "#505a5f", Outcome::Unknown => "#8a4b08" };
                    let label = tf(Msg1::PeriodN, [&val(e, "period").as_u64().unwrap_or(0).to_string()]);
                    let bar = match (from, to) {
                        (Some(f), Some(tt)) if tt >= wf && f <= wt => {
                            let (a, z) = (x(f.max(wf)), x(tt.min(wt)) + 1);
                            html! { <rect x={a.to_string()} y={(y + 4).to_string()} width={(z - a).max(1).to_string()}
                                height="18" fill={fill} /> }
                        }
                        _ => html! {},
                    };
                    html! {
                        <g>
                            <text x="0" y={(y + 19).to_string()} font-size="15" fill="#0b0c0c">{ label }</text>
                            { bar }
                        </g>
                    }
                }) }
                <text x="0" y={(sum_y + 19).to_string()} font-size="15" fill="#0b0c0c">{ t(Msg::TimelineSum) }</text>
                if let Some(mx) = max_x {
                    <rect x={q_x.to_string()} y={(sum_y + 4).to_string()} width={(mx - q_x).max(0).to_string()} height="18"
                        fill="#ffffff" stroke="#1d70b8" stroke-width="2" stroke-dasharray="4 2" id="timeline-sum-open" />
                }
                <rect x={x0.to_string()} y={(sum_y + 4).to_string()} width={(q_x - x0).max(0).to_string()} height="18" fill="#1d70b8" />
                // The total is a length, not dates: its number of days at the bar's end.
                // Right of the bar when there is room, else inside its end in white.
                if end_x + 110 <= x0 + width {
                    <text x={(end_x + 4).to_string()} y={(sum_y + 19).to_string()} font-size="14" fill="#0b0c0c" id="timeline-sum-days">
                        { sum_text }
                    </text>
                } else if max_x.is_none() {
                    <text x={(q_x - 4).to_string()} y={(sum_y + 19).to_string()} font-size="14" text-anchor="end" fill="#ffffff" class="timeline__on-bar" id="timeline-sum-days">
                        { sum_text }
                    </text>
                } else {
                    <text x={(x0 + width).to_string()} y={(sum_y + row_h + 10).to_string()} font-size="14" text-anchor="end" fill="#0b0c0c" id="timeline-sum-days">
                        { sum_text }
                    </text>
                }
                <line x1={req_x.to_string()} x2={req_x.to_string()} y1="18" y2={(sum_y + row_h).to_string()}
                    stroke="#d4351c" stroke-width="2" stroke-dasharray="5 3" />
                <text x={(req_x - 4).to_string()} y="15" font-size="14" text-anchor="end" fill="#0b0c0c">
                    { tf(Msg1::TimelineLine, [&required.to_string()]) }
                </text>
                <text x={x0.to_string()} y={(height - 6).to_string()} font-size="14" fill="#0b0c0c">{ fmt_date(wf) }</text>
                <text x={(x0 + width).to_string()} y={(height - 6).to_string()} font-size="14" text-anchor="end" fill="#0b0c0c">{ fmt_date(wt) }</text>
            </svg>
            <figcaption class="small">
                <span class="legend legend--met"></span>{ tr(Msg::LegendCounts) }{" "}
                <span class="legend legend--not"></span>{ tr(Msg::LegendNotCounts) }{" "}
                <span class="legend legend--unknown"></span>{ tr(Msg::LegendUnknown) }
            </figcaption>
            // Which period each row is (the printout has no "why" details): kind, dates and
            // whether it counts.
            <ol class="timeline-key small" id="timeline-key">
                { for periods.iter().map(|e| {
                    let state = match e.outcome {
                        Outcome::Met => Msg::LegendCounts,
                        Outcome::NotMet => Msg::LegendNotCounts,
                        Outcome::Unknown => Msg::LegendUnknown,
                    };
                    let text = tf(Msg5::TimelineKeyRow,
                        [
                            &val(e, "period").as_u64().unwrap_or(0).to_string(),
                            &value_html("kind", val(e, "kind")),
                            &value_html("from", val(e, "from")),
                            &value_html("to", val(e, "to")),
                            t(state),
                        ],
                    );
                    html! { <li>{ rich(&text) }</li> }
                }) }
            </ol>
        </figure>
    }
}

/// The qualifying days of the window; a range when "Nie wiem" answers leave it open (the
/// engine's BEN-365-18 trace gives the most the periods could count).
fn days_text(r: &EvalResult) -> String {
    let b = &r.benefit;
    let (from, to) = (fmt_date(b.window.from), fmt_date(b.window.to));
    match explain::days_at_most(r) {
        Some(m) => tf(
            Msg5::BenefitDaysRange,
            [
                &from,
                &to,
                &b.qualifying_days.to_string(),
                &m.to_string(),
                &b.required_days.to_string(),
            ],
        ),
        None => tf(
            Msg4::BenefitDays,
            [
                &from,
                &to,
                &b.qualifying_days.to_string(),
                &b.required_days.to_string(),
            ],
        ),
    }
}

/// The amount and length lines of the 2025 Act (art. 224, 225), from the engine's result.
fn amount_and_length(r: &EvalResult) -> Html {
    let b = &r.benefit;
    let why = explain::amount(r);
    let (years, first_days) = (why.years_required.to_string(), why.first_days.to_string());
    let amount = b.amount.as_ref().map(|a| {
        let main = tf(
            Msg4::BenefitAmount,
            [
                &fmt_money_str(&a.first_90_days_pln),
                &fmt_money_str(&a.later_days_pln),
                &first_days,
                &fmt_date(a.as_of),
            ],
        );
        let extra = match a.percent {
            Some(100) => String::new(),
            Some(_) => tf(Msg1::BenefitAmount120, [&years]),
            None => tf(Msg1::BenefitAmountPercentUnknown, [&years]),
        };
        html! { <p id="benefit-amount">{ main }{ " " }{ extra }{ article(r, why.amount_rule) }</p> }
    });
    let amount_unknown = (b.amount.is_none() && b.verdict == BenefitVerdict::Entitled)
        .then(|| b.from.map(|f| html! { <p id="benefit-amount">{ trf(Msg1::BenefitAmountUnknown, [&fmt_date(f)]) }</p> }))
        .flatten();
    // The days paid (the engine's: art. 225 ust. 1 less what art. 225 ust. 3 and art. 226
    // take off), what shortened them, and what may still shorten them later.
    let shortened = why.shortened.as_ref().map(|x| {
        let n = |v: Option<u64>| v.map_or_else(|| t(Msg::DontKnow).to_string(), |d| d.to_string());
        html! { <>{ " " }{ trf(Msg3::BenefitLengthShortenedBy, [&n(x.base), &n(x.deferred), &n(x.earlier)]) }{ article(r, x.rule) }</> }
    });
    let base_known = why.shortened.as_ref().and_then(|x| x.base);
    let length = why.length_evaluated.then(|| match (b.length_days, base_known) {
        (Some(d), _) => html! { <p id="benefit-length">{ trf(Msg1::BenefitLength, [&d.to_string()]) }{ article(r, why.length_rule) }{ shortened }{ " " }{ tr(Msg::BenefitLengthShortened) }</p> },
        (None, Some(base)) => html! { <p id="benefit-length">{ trf(Msg1::BenefitLengthAtMost, [&base.to_string()]) }{ article(r, why.length_rule) }{ shortened }</p> },
        (None, None) => html! { <p id="benefit-length">{ trf(Msg2::BenefitLengthUnknown, [&why.days_short.to_string(), &why.days_long.to_string()]) }</p> },
    });
    // Issue 23: the dates the benefit runs between, the day the amount drops, the 1 June
    // inside (the engine's, rules::explain::benefit_dates).
    let dates = explain::benefit_dates(r).map(|x| {
        html! {
            <p id="benefit-dates">
                { trf(Msg2::BenefitDates, [&fmt_date(x.first), &fmt_date(x.last)]) }
                if let Some(l) = x.lower_from {
                    { " " }{ trf(Msg1::BenefitDatesLower, [&fmt_date(l)]) }
                }
                if let Some(j) = x.indexation {
                    { " " }{ trf(Msg1::BenefitDatesIndexation, [&fmt_date(j)]) }{ article(r, x.indexation_rule) }{ "." }
                }
            </p>
        }
    });
    // Issue 23: the note on counting the 90 days names the day it gives.
    let day_count = why.day_count.then(|| {
        let text = match why.day_count_from {
            Some(from) => trf(
                Msg2::BenefitDayCountFrom,
                [&fmt_date(r.registration_date), &fmt_date(from)],
            ),
            None => tr(Msg::BenefitDayCount),
        };
        html! { <p class="inset" id="benefit-day-count">{ text }</p> }
    });
    html! {
        <>
            { amount }{ amount_unknown }
            if matches!(b.verdict, BenefitVerdict::Entitled | BenefitVerdict::Unknown) { { length } }
            { dates }
            { day_count }
        </>
    }
}

/// Issue 23: under "Nie wiem", what the benefit would be if the office confirms the open
/// points (the engine's `if_confirmed`): the first day at the earliest, the amounts, the dates.
fn if_confirmed(r: &EvalResult) -> Html {
    let Some(c) = &r.benefit.if_confirmed else {
        return Html::default();
    };
    let first_days = explain::amount(r).first_days.to_string();
    html! {
        <p class="inset" id="benefit-if-confirmed">
            { trf(Msg1::BenefitIfConfirmed, [&fmt_date(c.from)]) }
            if let Some(a) = &c.amount {
                { " " }{ trf(Msg4::BenefitIfConfirmedAmount, [&fmt_money_str(&a.first_90_days_pln), &fmt_money_str(&a.later_days_pln), &first_days, &fmt_date(a.as_of)]) }
            }
            if let Some(x) = explain::dates_if_confirmed(r) {
                { " " }{ trf(Msg2::BenefitIfConfirmedDates, [&fmt_date(x.first), &fmt_date(x.last)]) }
            }
            { " " }{ tr(Msg::BenefitIfConfirmedOpen) }
        </p>
    }
}

fn benefit_section(s: &AppState, r: &EvalResult) -> Html {
    let b = &r.benefit;
    // The benefit from the registration day (BEN-FROM-REGISTRATION), and its length and
    // amount (BEN-LENGTH): what the rule set evaluated, read from the result.
    let from_registration = explain::base_from_rule(r) == Some("BEN-FROM-REGISTRATION");
    let length_and_amount = explain::amount(r).length_evaluated;
    let from = b.from.map(fmt_date).unwrap_or_default();
    let (text, class) = match b.verdict {
        BenefitVerdict::Entitled if b.from_may_be_later => {
            (tf(Msg1::BenefitEntitledEarliest, [&from]), "verdict--yes")
        }
        BenefitVerdict::Entitled => (tf(Msg1::BenefitEntitled, [&from]), "verdict--yes"),
        BenefitVerdict::NotEntitled => (t(Msg::BenefitNotEntitled).to_string(), "verdict--no"),
        BenefitVerdict::Unknown => (t(Msg::BenefitUnknown).to_string(), "verdict--unknown"),
        BenefitVerdict::NotApplicable => (t(Msg::BenefitNotApplicable).to_string(), "verdict--no"),
    };
    let applies = b.verdict != BenefitVerdict::NotApplicable;
    let entitled = b.verdict == BenefitVerdict::Entitled;
    // Which rules explain the verdict, and the days they give: the engine's (rules::explain).
    let why_benefit = explain::benefit(r);
    let (excluded, may_be_later, wait_from) = (
        &why_benefit.excluded,
        &why_benefit.may_be_later,
        why_benefit.wait_from,
    );
    html! {
        <section class="result-section" id="benefit" aria-labelledby="benefit-heading">
            <h2 class="heading-m" id="benefit-heading">{ tr(Msg::BenefitHeading) }</h2>
            <p class={classes!("verdict", class)} id="benefit-verdict">{ text }</p>
            { if_confirmed(r) }
            if applies {
                if !excluded.is_empty() {
                    <p>{ tr(Msg::BenefitExcludedBecause) }</p>
                    <ul class="list list--bullet" id="benefit-excluded">
                        { for excluded.iter().map(|x| html! { <li data-rule={x.to_string()}>{ rich(barred_label_marked(x)) }{ article(r, x) }</li> }) }
                    </ul>
                }
                if let (Some(w), true) = (wait_from, entitled) {
                    // With a deferral, D + 8 is only what the day would be without it.
                    <p id="benefit-wait">{ trf(if b.deferrals.iter().any(|d| d.from > w) { Msg1::BenefitWaitDeferred } else { Msg1::BenefitWait }, [&fmt_date(w)]) }</p>
                }
                if from_registration && entitled {
                    <p id="benefit-wait">{ tr(Msg::BenefitFromRegistration) }</p>
                }
                if !b.deferrals.is_empty() {
                    <p>{ tr(Msg::BenefitDeferrals) }</p>
                    <ul class="list list--bullet" id="benefit-deferrals">
                        { for b.deferrals.iter().map(|d| html! {
                            <li data-rule={d.rule.clone()}>{ trf(Msg2::BenefitDeferral, [rule_label_marked(&d.rule), &fmt_date(d.from)]) }{ article(r, &d.rule) }</li>
                        }) }
                    </ul>
                }
                if entitled && !may_be_later.is_empty() {
                    <p>{ tr(Msg::BenefitMayBeLater) }</p>
                    <ul class="list list--bullet" id="benefit-may-be-later">
                        { for may_be_later.iter().map(|x| html! { <li data-rule={x.to_string()}>{ rule_line(r, x) }</li> }) }
                    </ul>
                }
                if length_and_amount { { amount_and_length(r) } }
                if let Some(basis) = &b.basis {
                    <p>{ trf(Msg1::BenefitBasis, [rule_label_marked(basis)]) }{ article(r, basis) }</p>
                }
                <p id="benefit-days">{ days_text(r) }</p>
                if !b.unknown.is_empty() {
                    <h3 class="heading-s">{ tr(Msg::UnknownHeading) }</h3>
                    <ul class="list list--bullet" id="benefit-unknown">
                        { for b.unknown.iter().map(|x| html! { <li data-rule={x.clone()}>{ rule_line(r, x) }</li> }) }
                    </ul>
                }
                if (entitled || b.verdict == BenefitVerdict::Unknown) && why_benefit.no_offer {
                    <p class="inset">{ tr(Msg::BenefitNoOffer) }</p>
                }
                { timeline(r) }
                { why(s, r, "benefit", &why_benefit.rules) }
            }
        </section>
    }
}

/// In English and Ukrainian, the Polish text in brackets after a document or an office, so
/// that the office's staff recognise it (on the screen and the printout).
fn polish_original(pl: &'static str) -> Html {
    if lang() == Lang::Pl || pl.is_empty() {
        return Html::default();
    }
    html! { <>{ " " }<span class="polish-original" lang="pl">{ format!("({pl})") }</span></> }
}

fn office_section(s: &AppState, r: &EvalResult) -> Html {
    // A Sunday: in person the office is closed; where the law lets the application be made
    // online (REG-APPLICATION), it can be made that day.
    let online = explain::office(r).application.is_some();
    let sunday = chrono::Datelike::weekday(&r.registration_date) == chrono::Weekday::Sun;
    let why_office = explain::office(r);
    let msg = match why_office.place {
        Some(Place::Home) => Msg::OfficeHome,
        Some(Place::Residence) => Msg::OfficeResidence,
        Some(Place::Stay) => Msg::OfficeStay,
        None => Msg::OfficeUnknown,
    };
    let (text, text_pl) = (t(msg), text_in(Lang::Pl, msg.id()));
    let decl = match r.office.declaration_required {
        Some(true) => t(Msg::DeclarationNeeded),
        Some(false) => t(Msg::DeclarationNotNeeded),
        None => t(Msg::DeclarationUnknown),
    };
    html! {
        <section class="result-section" id="office" aria-labelledby="office-heading">
            <h2 class="heading-m" id="office-heading">{ tr(Msg::OfficeHeading) }</h2>
            <p id="office-text">{ text }{ polish_original(text_pl) }{ r.office.rule.as_deref().map(|o| article(r, o)).unwrap_or_default() }</p>
            if let Some(how) = why_office.application {
                <p id="office-how">{ tr(Msg::RegisterOnlineOrInPerson) }{ article(r, how) }</p>
            } else {
                <p id="office-declaration">{ decl }</p>
                <p>{ tr(Msg::InPerson) }</p>
            }
            // A Sunday: no office visit that day (issue 13); under the 2025 Act the
            // application may still be made online.
            if sunday {
                <p class="warning" id="office-sunday">{ trf(if online { Msg1::OfficeSunday2025 } else { Msg1::OfficeSunday }, [&fmt_date(r.registration_date)]) }</p>
            }
            // The office's own details, when the app is configured for one (config.rs).
            <crate::app::ui::office::OfficeDetails />
            { why(s, r, "office", &why_office.rules) }
        </section>
    }
}

fn documents_section(c: &Ctx, r: &EvalResult, a: &crate::rules::answers::Answers) -> Html {
    let periods: Vec<String> = a
        .history
        .iter()
        .map(|p| {
            // A date the person does not know reads "nie wiadomo", as in the periods list.
            let d = |x: Option<NaiveDate>| {
                x.map(fmt_date)
                    .unwrap_or_else(|| t(Msg::UnknownInline).to_string())
            };
            tfm(
                Msg3::PeriodSummary,
                [value_text_marked(p.kind.as_str()), &d(p.from), &d(p.to)],
            )
        })
        .collect();
    let why_docs = explain::documents(r);
    let notes = note_items(r, NoteSection::Documents);
    let mut extra: Vec<&str> = Vec::new();
    // No period entered: the source still lists work certificates for everyone who
    // registers, so they are offered as "if you worked before" (decision 52).
    if why_docs.work_certs_missing {
        extra.push(tm(
            if explain::doc_key(r, "DOC-WORK-CERTS").ends_with("-2025") {
                Msg::DocsWorkCertsEarlier2025
            } else {
                Msg::DocsWorkCertsEarlier
            },
        ));
    }
    if a.person.disabled.is_none() {
        extra.push(t(Msg::DocsUnknownDisability));
    }
    if a.person.has_contraindication_document.is_none() {
        extra.push(t(Msg::DocsUnknownContra));
    }
    // Residence unknown: the declaration is "to be confirmed" in the office section.
    if why_docs.declaration_unknown {
        extra.push(tm(Msg::DocsUnknownDeclaration));
    }
    html! {
        <section class="result-section" id="documents" aria-labelledby="documents-heading">
            <h2 class="heading-m" id="documents-heading">{ tr(Msg::DocsHeading) }</h2>
            <p>{ tr(Msg::DocsLead) }</p>
            <p class="hint no-print">{ tr(Msg::ChecklistHint) }</p>
            <ul class="checklist" id="checklist">
                { for r.documents.iter().enumerate().filter(|(_, d)| !why_docs.made_at_registration.contains(&d.as_str()) && !why_docs.not_for_this_person.contains(&d.as_str())).map(|(i, d)| {
                    let id = format!("doc-{i}");
                    html! {
                        <li class="checklist__item" data-rule={d.clone()}>
                            { tick_box(c, format!("tick.{d}"), id.clone()) }
                            <label for={id}>
                                { doc_text(&explain::doc_key(r, d)) }{ polish_original(doc_text_pl(&explain::doc_key(r, d))) }{ article(r, d) }
                                if why_docs.periods_on == Some(d.as_str()) && !periods.is_empty() {
                                    <span class="checklist__detail">{ trf(Msg1::DocsPeriods, [&periods.join("; ")]) }</span>
                                }
                            </label>
                        </li>
                    }
                }) }
                { for extra.iter().enumerate().map(|(i, x)| {
                    let id = format!("doc-x{i}");
                    html! {
                        <li class="checklist__item">
                            { tick_box(c, format!("tick.x{i}"), id.clone()) }
                            <label for={id}>{ rich(x) }</label>
                        </li>
                    }
                }) }
                // The documents the configured office asks for in addition (config.rs).
                { crate::app::ui::office::office_documents(c) }
            </ul>
            // Issue 23: what is signed at the registration is not a thing to bring.
            if !why_docs.made_at_registration.is_empty() {
                <p id="docs-made-lead">{ tr(Msg::DocsMadeAtRegistration) }</p>
                <ul class="list list--bullet" id="docs-made">
                    { for why_docs.made_at_registration.iter().filter(|d| !why_docs.not_for_this_person.contains(d)).map(|d| html! {
                        <li data-rule={d.to_string()}>{ doc_text(&explain::doc_key(r, d)) }{ polish_original(doc_text_pl(&explain::doc_key(r, d))) }{ article(r, d) }</li>
                    }) }
                </ul>
            }
            if !notes.is_empty() {
                <ul class="list list--bullet" id="docs-notes">{ for notes }</ul>
            }
        </section>
    }
}

fn obligations_section(r: &EvalResult) -> Html {
    let loss = note_items(r, NoteSection::StatusLoss);
    html! {
        <section class="result-section" id="obligations" aria-labelledby="obligations-heading">
            <h2 class="heading-m" id="obligations-heading">{ tr(Msg::ObligationsHeading) }</h2>
            <ul class="list list--bullet obligations">
                { for r.obligations.iter().map(|o| html! { <li data-rule={o.clone()}>{ obligation_text(o) }{ article(r, o) }</li> }) }
                { for note_items(r, NoteSection::Obligations) }
            </ul>
            if !loss.is_empty() {
                <h3 class="heading-s" id="status-loss-heading">{ tr(Msg::NotesStatusLossHeading) }</h3>
                <ul class="list list--bullet" id="status-loss">{ for loss }</ul>
            }
        </section>
    }
}

/// The address of praca.gov.pl in a text, as a link; in kiosk mode (a shared device, where
/// leaving the app is not wanted) as plain text.
const PRACA_GOV_PL: &str = "https://www.praca.gov.pl";

fn tr_linked(m: Msg, kiosk: bool) -> Html {
    let text = tm(m);
    let mut parts: Vec<Html> = Vec::new();
    for (i, piece) in text.split(PRACA_GOV_PL).enumerate() {
        if i > 0 {
            parts.push(if kiosk {
                Html::from(PRACA_GOV_PL)
            } else {
                html! { <a href={PRACA_GOV_PL}>{ PRACA_GOV_PL }</a> }
            });
        }
        parts.push(rich(piece));
    }
    parts.into_iter().collect::<Html>()
}

fn account_section(c: &Ctx, r: &EvalResult, a: &crate::rules::answers::Answers) -> Html {
    let acc = &r.online_account;
    // Which ways are shown, and the problems named: the engine's (rules::explain).
    let why = explain::account(r, &a.online);
    let (active, pno_problem) = (why.active_exists, why.certificate_problem);
    let serial = a
        .online
        .certificate_serial_number
        .clone()
        .unwrap_or_default();
    let (pz_rule, qes_rule) = (why.profil_zaufany, why.qualified_signature);
    let (pz, qes) = (pz_rule.is_some(), qes_rule.is_some());
    let steps = html! {
        <ol class="list list--number" id="account-steps">
            <li>{ tr_linked(Msg::AccountStep1, c.kiosk) }</li>
            // Both ways possible: they are alternatives, one step with a choice, not two
            // steps one after the other.
            if pz && qes {
                <li id="account-either">{ tr(Msg::AccountStepEither) }
                    <ul class="list list--bullet">
                        <li data-rule={pz_rule}>{ tr(Msg::AccountStepPz) }</li>
                        <li data-rule={qes_rule}>{ tr(Msg::AccountStepQes) }</li>
                    </ul>
                </li>
            } else {
                if pz { <li data-rule={pz_rule}>{ tr(Msg::AccountStepPz) }</li> }
                if qes { <li data-rule={qes_rule}>{ tr(Msg::AccountStepQes) }</li> }
            }
            <li>{ tr(Msg::AccountStepForm) }</li>
        </ol>
    };
    let notes = note_items(r, NoteSection::Account);
    // No Profil Zaufany: how to get to one (decision 64).
    let no_pz = a.online.profil_zaufany == Some(false);
    html! {
        <section class="result-section" id="account" aria-labelledby="account-heading">
            <h2 class="heading-m" id="account-heading">{ tr(Msg::AccountHeading) }</h2>
            <p>{ tr(Msg::AccountWhat) }</p>
            if !notes.is_empty() {
                <ul class="list list--bullet" id="account-notes">{ for notes }</ul>
            }
            if active {
                <p class="verdict verdict--unknown" id="account-verdict">{ tr_linked(Msg::AccountActive, c.kiosk) }</p>
            } else {
                if acc.possible == Some(false) {
                    <p class="verdict verdict--no" id="account-verdict">{ tr(Msg::AccountNotPossible) }</p>
                } else {
                    if acc.possible.is_none() {
                        <p id="account-verdict">{ tr(Msg::AccountUnknown) }</p>
                    }
                    { steps }
                }
                if no_pz {
                    <p id="account-get-pz">{ tr(Msg::AccountGetPz) }</p>
                }
                if pno_problem {
                    <p class="warning" id="account-pno-problem">{ trf(Msg1::AccountPnoProblem, [&serial]) }</p>
                }
                if (qes && acc.possible != Some(false)) || pno_problem {
                    <p id="account-pno">{ tr(Msg::AccountPno) }</p>
                }
            }
        </section>
    }
}

pub fn result(c: &Ctx) -> Html {
    let s = &c.s;
    // The result's Polish texts come with the result (i18n::load_result_texts); the other
    // languages show the Polish names of documents from them too.
    if !crate::app::i18n::result_texts_loaded() {
        return html! {
            <>
                <h1 class="heading-l" id="page-heading" tabindex="-1">{ tr(Msg::ResultTitle) }</h1>
                <p role="status" id="result-loading">{ tr(Msg::ResultLoading) }</p>
            </>
        };
    }
    let a = answers::for_result(s);
    let r = crate::rules::evaluate(&a, s.today);
    let act = c.act.clone();
    let on_print = Callback::from(|_: MouseEvent| crate::app::platform::dom::print());
    let json = a.to_json();
    let on_save = Callback::from(move |_: MouseEvent| {
        crate::app::platform::dom::download(t(Msg::SaveFileName), &json)
    });
    let on_change = {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| {
            crate::app::platform::dom::mark("nav-click");
            act.emit(Action::Goto(crate::rules::questionnaire::Page::Check))
        })
    };
    let on_restart = {
        let act = act.clone();
        Callback::from(move |_: ()| act.emit(Action::Restart(crate::app::platform::dom::today())))
    };
    let on_back = {
        let act = act.clone();
        Callback::from(move |_: ()| {
            crate::app::platform::dom::mark("nav-click");
            act.emit(Action::Goto(crate::rules::questionnaire::Page::Check))
        })
    };
    html! {
        <>
            <div class="no-print"><crate::app::ui::view::BackLink onclick={on_back} /></div>
            <h1 class="heading-l" id="page-heading" tabindex="-1">{ tr(Msg::ResultTitle) }</h1>
            <p class="meta" id="result-meta">{ trf(Msg2::ResultMeta, [&fmt_date(s.today), &fmt_date(r.registration_date)]) }</p>
            <p class="meta" id="result-rule-set">{ trf(Msg1::ResultRuleSet, [t(rule_set(&r).questionnaire().name)]) }</p>
            if figure_sources(&r).is_empty() {
                <p class="meta" id="result-version">{ trf(Msg2::ResultVersionOnly, [crate::rules::figures::VERSION, &fmt_date(crate::rules::figures::as_of())]) }</p>
            } else {
                <p class="meta" id="result-version">{ trf(Msg3::ResultVersion, [crate::rules::figures::VERSION, &fmt_date(crate::rules::figures::as_of()), &figure_sources(&r)]) }</p>
            }
            <div class="button-group no-print">
                <button type="button" class="button" id="print-button" onclick={on_print}>{ tr(Msg::Print) }</button>
                <button type="button" class="button button--secondary" id="save-button" onclick={on_save}>{ tr(Msg::SaveAnswers) }</button>
                <button type="button" class="button button--secondary" onclick={on_change}>{ tr(Msg::ChangeAnswers) }</button>
            </div>
            if !r.errors.is_empty() {
                <div class="warning-box" id="result-errors">
                    <p>{ tr(Msg::ResultInputErrors) }</p>
                    <ul class="list list--bullet">
                        { for r.errors.iter().map(|e| html! {
                            <li>{ rich(&input_error_text(e)) }</li>
                        }) }
                    </ul>
                </div>
            }
            { status_section(s, &r, &act) }
            { benefit_section(s, &r) }
            { office_section(s, &r) }
            { documents_section(c, &r, &a) }
            if explain::obligations_shown(&r) { { obligations_section(&r) } }
            { account_section(c, &r, &a) }
            <crate::app::ui::share::TakeAlong payload={AttrValue::from(answers::link_payload(&a))} kiosk={c.kiosk} />
            <crate::app::ui::view::Restart {on_restart} />
        </>
    }
}
