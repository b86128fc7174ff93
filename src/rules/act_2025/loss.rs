//! Loss of status and when one may register again — LOSS (art. 63, art. 65 ust. 1, art. 433
//! ust. 6 of the 2025 Act).
//!
//! `previous_status_loss.date` is, under this rule set, the day the deprivation took effect
//! as the starosta's decision states it ("od dnia …"), or for `three_years` the day the
//! 3-year period ended. Day counting (decision, docs/decisions.md): a deprivation "na okres
//! 90 dni" from day X covers X … X + 89, so registration is possible again from X + 90; "po
//! upływie 90 dni od dnia" X (art. 63 ust. 4) ends with X + 90, so again from X + 91.

use super::params::PARAMS;
use crate::rules::answers::LossReason;
use crate::rules::dates::{add_days, first_day_after_days, first_day_after_months};
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
type AgainFrom = fn(NaiveDate) -> NaiveDate;

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
            |x| x,
        ),
    ];
    for (id, reasons, again_from) in rules {
        let applies = reason.is_some_and(|r| reasons.contains(&r)) || unknown_reason;
        let again = match (id, date, reason) {
            ("LOSS-OLD-ACT", Some(x), Some(r)) => Some(loss_old_act(r, x)),
            // The reason unknown: no repealed-Act period can run from a day of this Act, and
            // from an earlier day the longest of them bounds the wait (decision 17).
            ("LOSS-OLD-ACT", Some(x), None) if x >= PARAMS.in_force_from => Some(x),
            ("LOSS-OLD-ACT", Some(x), None) => {
                [LossReason::Refusal, LossReason::NoShow, LossReason::Medical]
                    .iter()
                    .map(|r| loss_old_act(*r, x))
                    .max()
            }
            ("LOSS-OLD-ACT", ..) => None,
            (_, Some(x), _) => Some(again_from(x)),
            _ => None,
        };
        let outcome = match (applies, again) {
            (false, _) => Outcome::Met,
            (true, None) => Outcome::Unknown,
            (true, Some(a)) if ctx.d >= a => Outcome::Met,
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
fn loss_three_years(x: NaiveDate) -> NaiveDate {
    first_day_after_days(x, PARAMS.parameters.loss_three_years_wait_days.value)
}

/// LOSS-FORM-OF-HELP (art. 65 ust. 1 pkt 2): a form of help not taken up or interrupted by
/// one's own fault: deprived for 90 days from day X: from X + 90.
fn loss_form_of_help(x: NaiveDate) -> NaiveDate {
    add_days(x, PARAMS.parameters.loss_form_of_help_days.value)
}

/// LOSS-SOCIALLY-USEFUL-WORK (art. 65 ust. 1 pkt 3): refused socially useful work without a
/// justified reason: deprived from the refusal day X for 90 days: from X + 90.
fn loss_socially_useful_work(x: NaiveDate) -> NaiveDate {
    add_days(x, PARAMS.parameters.loss_socially_useful_work_days.value)
}

/// LOSS-SOCIAL-CONTRACT (art. 65 ust. 1 pkt 6): started a social employment programme or
/// signed a social contract on day X: deprived for 90 days: from X + 90.
fn loss_social_contract(x: NaiveDate) -> NaiveDate {
    add_days(x, PARAMS.parameters.loss_social_contract_days.value)
}

/// LOSS-ABROAD (art. 65 ust. 1 pkt 10): a stay abroad not announced, or longer than 30 days:
/// deprived from day X for 90 days: from X + 90.
fn loss_abroad(x: NaiveDate) -> NaiveDate {
    add_days(x, PARAMS.parameters.loss_abroad_days.value)
}

/// LOSS-NO-CONTACT (art. 65 ust. 1 pkt 11): no contact with the PUP for 90 days: deprived from
/// day X (90 days after the last contact) for 90 days: from X + 90.
fn loss_no_contact(x: NaiveDate) -> NaiveDate {
    add_days(x, PARAMS.parameters.loss_no_contact_days.value)
}

/// LOSS-IPD (art. 65 ust. 1 pkt 12): refused to take part in preparing the individual action
/// plan (IPD) or interrupted it by one's own fault: deprived from day X for 90 days: from
/// X + 90.
fn loss_ipd(x: NaiveDate) -> NaiveDate {
    add_days(x, PARAMS.parameters.loss_ipd_days.value)
}

/// LOSS-OLD-ACT (art. 433 ust. 6): a person deprived of status under the repealed Act for a
/// period registers again only after that period: the seed's periods (rules.md §4: refusal
/// X + 91, no-show or medical X + 3 months + 1 day).
fn loss_old_act(reason: LossReason, x: NaiveDate) -> NaiveDate {
    let old = &crate::rules::params::rule_set().parameters;
    match reason {
        LossReason::Refusal => first_day_after_days(x, old.loss_refusal_days.value),
        LossReason::NoShow => first_day_after_months(x, old.loss_no_show_months.value),
        LossReason::Medical => first_day_after_months(x, old.loss_medical_months.value),
        _ => x,
    }
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
