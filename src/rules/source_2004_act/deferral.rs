//! Deferrals — DEFER (004, "Bezrobotny traci prawo do zasiłku lub uzyskuje do niego prawo po
//! określonym w ustawie okresie czasu gdy"). The benefit starts later; the latest date wins.

use crate::rules::answers::{EventDate, Termination, TerminationException, TerminationMode};
use crate::rules::dates::{add_days, first_day_after_days, months_before};
use crate::rules::result::Outcome;
use crate::rules::shared_benefit::Deferrals;
use crate::rules::Ctx;
use crate::vals;
use chrono::NaiveDate;

pub fn evaluate(ctx: &mut Ctx) -> Deferrals {
    let results = [
        ("DEFER-REFUSAL-90", defer_refusal_90(ctx)),
        ("DEFER-QUIT-90", defer_quit_90(ctx)),
        ("DEFER-FAULT-180", defer_fault_180(ctx)),
        ("DEFER-SEVERANCE", defer_severance(ctx)),
        ("DEFER-NOTICE-COMPENSATION", defer_notice_compensation(ctx)),
        ("DEFER-TRAINING-BENEFIT", defer_training_benefit(ctx)),
    ];
    Deferrals::collect(results)
}

/// DEFER-REFUSAL-90: refused a suitable offer without a justified reason on day X → benefit
/// from X + 91 (decision: counted from the refusal).
fn defer_refusal_90(ctx: &mut Ctx) -> (Outcome, Option<NaiveDate>) {
    let days = crate::rules::params::rule_set()
        .parameters
        .deferral_refusal_days
        .value;
    let mut date = ctx.answers.refused_offer_date;
    // A refusal after the registration day is an input error; its date is taken as unknown.
    if date.and_then(|e| e.known()).is_some_and(|x| x > ctx.d) {
        ctx.error(
            "refused_offer_date",
            Some("DEFER-REFUSAL-90"),
            "event_after_registration",
            "the refusal is after the registration day",
        );
        date = Some(EventDate::Unknown);
    }
    event_deferral(ctx, "DEFER-REFUSAL-90", date, |x| {
        first_day_after_days(x, days)
    })
}

/// DEFER-QUIT-90: within 6 months before D an employment ended by the person's own notice or
/// by mutual agreement — unless the agreement was due to bankruptcy, liquidation or staff
/// reduction, or the notice or agreement was due to a change of residence → benefit from
/// D + 91.
fn defer_quit_90(ctx: &mut Ctx) -> (Outcome, Option<NaiveDate>) {
    let days = crate::rules::params::rule_set()
        .parameters
        .deferral_quit_days
        .value;
    let quit = |t: &Termination| match t.mode {
        None => Outcome::Unknown,
        Some(TerminationMode::MutualAgreement) => Outcome::from_bool(t.exception.is_none()),
        Some(TerminationMode::EmployeeNotice) => {
            Outcome::from_bool(t.exception != Some(TerminationException::ChangeOfResidence))
        }
        Some(_) => Outcome::NotMet,
    };
    termination_deferral(ctx, "DEFER-QUIT-90", quit, days)
}

/// DEFER-FAULT-180: within 6 months before D an employment was ended without notice through
/// the person's fault → benefit from D + 181.
fn defer_fault_180(ctx: &mut Ctx) -> (Outcome, Option<NaiveDate>) {
    let days = crate::rules::params::rule_set()
        .parameters
        .deferral_fault_days
        .value;
    let fault = |t: &Termination| match t.mode {
        None => Outcome::Unknown,
        Some(m) => Outcome::from_bool(m == TerminationMode::Disciplinary),
    };
    termination_deferral(ctx, "DEFER-FAULT-180", fault, days)
}

/// DEFER-SEVERANCE: a one-off cash equivalent for miners' leave, social severance or similar
/// payment covering a period → benefit from the day after that period.
fn defer_severance(ctx: &mut Ctx) -> (Outcome, Option<NaiveDate>) {
    let date = ctx.answers.covered_until.severance;
    event_deferral(ctx, "DEFER-SEVERANCE", date, |c| add_days(c, 1))
}

/// DEFER-NOTICE-COMPENSATION: compensation for a shortened notice period → benefit from the day
/// after the period it covers.
fn defer_notice_compensation(ctx: &mut Ctx) -> (Outcome, Option<NaiveDate>) {
    let date = ctx.answers.covered_until.notice_compensation;
    event_deferral(ctx, "DEFER-NOTICE-COMPENSATION", date, |c| add_days(c, 1))
}

/// DEFER-TRAINING-BENEFIT: the training benefit after the end of employment → benefit from the
/// day after the period it covers.
fn defer_training_benefit(ctx: &mut Ctx) -> (Outcome, Option<NaiveDate>) {
    let date = ctx.answers.covered_until.training_benefit;
    event_deferral(ctx, "DEFER-TRAINING-BENEFIT", date, |c| add_days(c, 1))
}

/// A deferral fixed by the date of one event: none → not met; `"unknown"` → unknown.
fn event_deferral(
    ctx: &mut Ctx,
    rule: &'static str,
    date: Option<EventDate>,
    from: impl Fn(NaiveDate) -> NaiveDate,
) -> (Outcome, Option<NaiveDate>) {
    let (outcome, first) = match date {
        None => (Outcome::NotMet, None),
        Some(EventDate::Unknown) => (Outcome::Unknown, None),
        Some(EventDate::Known(x)) => (Outcome::Met, Some(from(x))),
    };
    let event = date.map(|e| e.known().map_or("unknown".to_string(), |x| x.to_string()));
    ctx.record(
        rule,
        outcome,
        vals! { "event_date" => event, "benefit_from" => first },
    );
    (outcome, first)
}

/// A deferral of `days` after D when a termination within the look-back months before D
/// matches `matches`.
fn termination_deferral(
    ctx: &mut Ctx,
    rule: &'static str,
    matches: impl Fn(&Termination) -> Outcome,
    days: u32,
) -> (Outcome, Option<NaiveDate>) {
    let months = crate::rules::params::rule_set()
        .parameters
        .termination_lookback_months
        .value;
    let (look_from, look_to) = months_before(ctx.d, months);
    let mut outcome = Outcome::NotMet;
    let mut matched: Vec<usize> = Vec::new();
    for (i, t) in ctx.answers.terminations.iter().enumerate() {
        let within = match t.date {
            None => Outcome::Unknown,
            Some(x) => Outcome::from_bool(x >= look_from && x <= look_to),
        };
        let this = within.and(matches(t));
        if this == Outcome::Met {
            matched.push(i + 1);
        }
        outcome = outcome.or(this);
    }
    let first = (outcome == Outcome::Met).then(|| first_day_after_days(ctx.d, days));
    ctx.record(
        rule,
        outcome,
        vals! { "look_back_from" => look_from, "look_back_to" => look_to, "terminations" => ctx.answers.terminations.len(), "matching_terminations" => matched, "benefit_from" => first },
    );
    (outcome, first)
}
