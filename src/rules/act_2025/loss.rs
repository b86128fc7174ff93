//! Loss of status and when one may register again — LOSS (art. 63, art. 65 ust. 1, art. 433
//! ust. 6 of the 2025 Act).
//!
//! `previous_status_loss.date` is, under this rule set, the day the deprivation took effect
//! as the starosta's decision states it ("od dnia …"), or for `three_years` the day the
//! 3-year period ended. Day counting (decision, docs/decisions.md): a deprivation "na okres
//! 90 dni" from day X covers X … X + 89, so registration is possible again from X + 90; "po
//! upływie 90 dni od dnia" X (art. 63 ust. 4) ends with X + 90, so again from X + 91.

use super::params::{self, Parameters, PARAMS};
use crate::rules::answers::LossReason;
use crate::rules::dates::{add_days, first_day_after_days};
use crate::rules::result::Outcome;
use crate::rules::shared_status::{loss_conditions, loss_own_request};
use crate::rules::Ctx;
use crate::vals;
use chrono::NaiveDate;

pub struct LossOutcome {
    /// Outcomes of the LOSS rules that take part in the status verdict.
    pub outcomes: Vec<(&'static str, Outcome)>,
    /// The first day registration is possible again, when a waiting period is still running.
    pub register_not_before: Option<NaiveDate>,
}

/// When registration is possible again after a loss of status dated X.
type AgainFrom = fn(&Parameters, NaiveDate) -> NaiveDate;

pub fn evaluate(ctx: &mut Ctx, status_all: Outcome) -> LossOutcome {
    loss_conditions(ctx, status_all);
    let loss = ctx.answers.previous_status_loss.clone();
    let mut reason = loss.as_ref().and_then(|l| l.reason);
    let mut date = loss.as_ref().and_then(|l| l.date);
    if date.is_some_and(|x| x > ctx.d) {
        ctx.error(
            "previous_status_loss.date",
            reason.map(loss_rule_id),
            "event_after_registration",
            "the date is after the registration day",
        );
        date = None;
    }
    // A loss under the repealed Act keeps its reasons and periods (art. 433 ust. 6); the
    // reasons that Act alone had cannot be dated under this one.
    let old_act_reason = matches!(
        reason,
        Some(LossReason::Refusal | LossReason::NoShow | LossReason::Medical)
    );
    let before_this_act = date.is_some_and(|x| x < PARAMS.in_force_from);
    if old_act_reason && date.is_some() && !before_this_act {
        ctx.error(
            "previous_status_loss.reason",
            Some("LOSS-OLD-ACT"),
            "loss_reason_not_in_rule_set",
            "this reason exists only under the repealed Act (before 2025-06-01)",
        );
        reason = None;
    }
    // And the other way round: a reason of this Act dated before it was in force.
    let new_act_reason = reason.is_some_and(|r| {
        !matches!(
            r,
            LossReason::Refusal
                | LossReason::NoShow
                | LossReason::Medical
                | LossReason::OwnRequest
                | LossReason::Loan
                | LossReason::Conditions
        )
    });
    if new_act_reason && before_this_act {
        ctx.error(
            "previous_status_loss.reason",
            reason.map(loss_rule_id),
            "loss_reason_not_in_rule_set",
            "this reason exists only under the 2025 Act (from 2025-06-01)",
        );
        reason = None;
    }
    // Art. 433 ust. 7: for those registered on 2025-06-01 the 3 years of art. 63 ust. 1 count
    // from that day, and for later registrations from a later one: no 3-year period can have
    // ended before the day 3 years after this Act came into force.
    let earliest_three_years = crate::rules::dates::sub_days(
        crate::rules::dates::anniversary(
            PARAMS.in_force_from,
            params::of(ctx).parameters.status_max_years.value,
        ),
        1,
    );
    if reason == Some(LossReason::ThreeYears) && date.is_some_and(|x| x < earliest_three_years) {
        ctx.error(
            "previous_status_loss.date",
            Some("LOSS-THREE-YEARS"),
            "loss_before_possible",
            format!("no 3-year period of art. 63 can have ended before {earliest_three_years} (art. 433 ust. 7)"),
        );
        reason = None;
    }
    let occurrence = loss.as_ref().and_then(|l| l.occurrence);
    let unknown_reason = loss.is_some() && reason.is_none();

    let mut outcomes = Vec::with_capacity(9);
    let mut not_before: Option<NaiveDate> = None;
    let rules: [(&'static str, &[LossReason], AgainFrom); 8] = [
        (
            "LOSS-THREE-YEARS",
            &[LossReason::ThreeYears],
            loss_three_years,
        ),
        (
            "LOSS-FORM-OF-HELP",
            &[LossReason::FormOfHelp],
            loss_form_of_help,
        ),
        (
            "LOSS-SOCIALLY-USEFUL-WORK",
            &[LossReason::SociallyUsefulWork],
            loss_socially_useful_work,
        ),
        (
            "LOSS-SOCIAL-CONTRACT",
            &[LossReason::SocialContract],
            loss_social_contract,
        ),
        ("LOSS-ABROAD", &[LossReason::Abroad], loss_abroad),
        ("LOSS-NO-CONTACT", &[LossReason::NoContact], loss_no_contact),
        ("LOSS-IPD", &[LossReason::Ipd], loss_ipd),
        (
            "LOSS-OLD-ACT",
            &[LossReason::Refusal, LossReason::NoShow, LossReason::Medical],
            |_, x| x,
        ),
    ];
    for (id, reasons, again_from) in rules {
        let applies = reason.is_some_and(|r| reasons.contains(&r)) || unknown_reason;
        let again = match (id, date, reason) {
            (
                "LOSS-OLD-ACT",
                Some(x),
                Some(LossReason::Refusal | LossReason::NoShow | LossReason::Medical),
            ) => Some(loss_old_act_periods(ctx, x, occurrence).0),
            ("LOSS-OLD-ACT", Some(_), Some(_)) => None,
            // The reason unknown: no repealed-Act period can run from a day of this Act, and
            // from an earlier day the longest of them bounds the wait (decision 17).
            ("LOSS-OLD-ACT", Some(x), None) if x >= PARAMS.in_force_from => Some(x),
            ("LOSS-OLD-ACT", Some(x), None) => Some(loss_old_act_periods(ctx, x, None).1),
            ("LOSS-OLD-ACT", ..) => None,
            (_, Some(x), _) => Some(again_from(&params::of(ctx).parameters, x)),
            _ => None,
        };
        // Under the repealed Act with the occurrence unknown: surely barred before the
        // shortest period ends, surely free after the longest.
        let old_open = id == "LOSS-OLD-ACT"
            && occurrence.is_none()
            && reason.is_some()
            && date.is_some_and(|x| ctx.d < loss_old_act_periods_quiet(x, None).1);
        let outcome = match (applies, again) {
            (false, _) => Outcome::Met,
            (true, None) => Outcome::Unknown,
            (true, Some(a)) if ctx.d >= a && !old_open => Outcome::Met,
            (true, Some(_)) if old_open && ctx.d >= again.unwrap_or(ctx.d) => Outcome::Unknown,
            (true, Some(_)) if unknown_reason => Outcome::Unknown,
            (true, Some(_)) => Outcome::NotMet,
        };
        if outcome == Outcome::NotMet {
            not_before = not_before.max(again);
        }
        ctx.record(
            id,
            outcome,
            vals! { "applies" => applies, "reason" => reason, "loss_date" => date, "register_again_from" => if applies { again } else { None }, "registration_date" => ctx.d },
        );
        outcomes.push((id, outcome));
    }
    outcomes.push((
        "LOSS-LOAN-2025",
        loss_loan_2025(ctx, reason == Some(LossReason::Loan)),
    ));
    loss_incapacity_180(ctx, reason == Some(LossReason::Incapacity180));
    loss_own_request(ctx, reason == Some(LossReason::OwnRequest));
    LossOutcome {
        outcomes,
        register_not_before: not_before,
    }
}

fn loss_rule_id(r: LossReason) -> &'static str {
    match r {
        LossReason::Refusal | LossReason::NoShow | LossReason::Medical => "LOSS-OLD-ACT",
        LossReason::OwnRequest => "LOSS-OWN-REQUEST",
        LossReason::Loan => "LOSS-LOAN-2025",
        LossReason::Conditions => "LOSS-CONDITIONS",
        LossReason::ThreeYears => "LOSS-THREE-YEARS",
        LossReason::FormOfHelp => "LOSS-FORM-OF-HELP",
        LossReason::SociallyUsefulWork => "LOSS-SOCIALLY-USEFUL-WORK",
        LossReason::SocialContract => "LOSS-SOCIAL-CONTRACT",
        LossReason::Incapacity180 => "LOSS-INCAPACITY-180",
        LossReason::Abroad => "LOSS-ABROAD",
        LossReason::NoContact => "LOSS-NO-CONTACT",
        LossReason::Ipd => "LOSS-IPD",
    }
}

/// LOSS-THREE-YEARS (art. 63 ust. 1 and 4): status lasts 3 years from registration; after
/// they end on day X a new registration is possible after 90 days: from X + 91.
fn loss_three_years(p: &Parameters, x: NaiveDate) -> NaiveDate {
    first_day_after_days(x, p.loss_three_years_wait_days.value)
}

/// LOSS-FORM-OF-HELP (art. 65 ust. 1 pkt 2): a form of help not taken up or interrupted by
/// one's own fault: deprived for 90 days from day X: from X + 90.
fn loss_form_of_help(p: &Parameters, x: NaiveDate) -> NaiveDate {
    add_days(x, p.loss_form_of_help_days.value)
}

/// LOSS-SOCIALLY-USEFUL-WORK (art. 65 ust. 1 pkt 3): refused socially useful work without a
/// justified reason: deprived from the refusal day X for 90 days: from X + 90.
fn loss_socially_useful_work(p: &Parameters, x: NaiveDate) -> NaiveDate {
    add_days(x, p.loss_socially_useful_work_days.value)
}

/// LOSS-SOCIAL-CONTRACT (art. 65 ust. 1 pkt 6): started a social employment programme or
/// signed a social contract on day X: deprived for 90 days: from X + 90.
fn loss_social_contract(p: &Parameters, x: NaiveDate) -> NaiveDate {
    add_days(x, p.loss_social_contract_days.value)
}

/// LOSS-ABROAD (art. 65 ust. 1 pkt 10): a stay abroad not announced, or longer than 30 days:
/// deprived from day X for 90 days: from X + 90.
fn loss_abroad(p: &Parameters, x: NaiveDate) -> NaiveDate {
    add_days(x, p.loss_abroad_days.value)
}

/// LOSS-NO-CONTACT (art. 65 ust. 1 pkt 11): no contact with the PUP for 90 days: deprived from
/// day X (90 days after the last contact) for 90 days: from X + 90.
fn loss_no_contact(p: &Parameters, x: NaiveDate) -> NaiveDate {
    add_days(x, p.loss_no_contact_days.value)
}

/// LOSS-IPD (art. 65 ust. 1 pkt 12): refused to take part in preparing the individual action
/// plan (IPD) or interrupted it by one's own fault: deprived from day X for 90 days: from
/// X + 90.
fn loss_ipd(p: &Parameters, x: NaiveDate) -> NaiveDate {
    add_days(x, p.loss_ipd_days.value)
}

/// The days of the repealed Act's deprivation for the `occurrence`-th refusal or absence (1,
/// 2, 3 or more), or `None` when it is not known.
fn old_act_days(occurrence: Option<u32>) -> Option<u32> {
    let p = &PARAMS.parameters;
    match occurrence? {
        0 | 1 => Some(p.old_act_loss_days_first.value),
        2 => Some(p.old_act_loss_days_second.value),
        _ => Some(p.old_act_loss_days_third.value),
    }
}

/// The first day registration is possible again after a repealed-Act deprivation from day X:
/// (with the occurrence known, or else the shortest period; the longest period). "Od dnia
/// odmowy na okres 120 dni" covers X … X + 119: again from X + 120 (the same counting as
/// this Act's own 90-day deprivations, decision 85).
fn loss_old_act_periods_quiet(x: NaiveDate, occurrence: Option<u32>) -> (NaiveDate, NaiveDate) {
    let p = &PARAMS.parameters;
    let shortest = add_days(x, p.old_act_loss_days_first.value);
    let longest = add_days(x, p.old_act_loss_days_third.value);
    (
        old_act_days(occurrence).map_or(shortest, |n| add_days(x, n)),
        longest,
    )
}

/// LOSS-OLD-ACT-PERIODS (art. 33 ust. 4 pkt 3–4 of the repealed Act of 20 April 2004, last
/// text Dz.U. 2025 poz. 214): refusing a suitable offer, a form of help or a medical
/// examination, or not coming to the office on the day set, cost the status for 120 days the
/// first time, 180 days the second and 270 days the third and every later time. Met = that
/// period has ended by D; not met = it still runs; unknown = it depends on which occurrence it
/// was (D between the end of the shortest and of the longest period).
fn loss_old_act_periods(
    ctx: &mut Ctx,
    x: NaiveDate,
    occurrence: Option<u32>,
) -> (NaiveDate, NaiveDate) {
    let (again, longest) = loss_old_act_periods_quiet(x, occurrence);
    let outcome = if ctx.d >= longest || (occurrence.is_some() && ctx.d >= again) {
        Outcome::Met
    } else if ctx.d < again {
        Outcome::NotMet
    } else {
        Outcome::Unknown
    };
    ctx.record(
        "LOSS-OLD-ACT-PERIODS",
        outcome,
        vals! { "loss_date" => x, "occurrence" => occurrence, "days" => old_act_days(occurrence), "register_again_from" => again, "register_again_from_at_latest" => longest },
    );
    (again, longest)
}

/// LOSS-LOAN-2025 (art. 65 ust. 1 pkt 4–5): public funds or a loan received to start a
/// business: no waiting period; the business itself bars status while it is registered
/// (decision, as under the seed: the rule mirrors `business_registered`).
fn loss_loan_2025(ctx: &mut Ctx, applies: bool) -> Outcome {
    let business = ctx.answers.status.business_registered;
    let outcome = if applies {
        Outcome::from_negative_answer(business)
    } else {
        Outcome::Met
    };
    ctx.record(
        "LOSS-LOAN-2025",
        outcome,
        vals! { "applies" => applies, "business_registered" => business },
    )
}

/// LOSS-INCAPACITY-180 (art. 65 ust. 1 pkt 7): 180 days without a break unable to work
/// through illness: status ends; the Act sets no waiting period.
fn loss_incapacity_180(ctx: &mut Ctx, applies: bool) {
    ctx.record(
        "LOSS-INCAPACITY-180",
        Outcome::Met,
        vals! { "applies" => applies, "waiting_days" => 0 },
    );
}
