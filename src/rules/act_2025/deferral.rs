//! When the benefit does not run from the registration day — DEFER (art. 220 ust. 1–2 of the
//! 2025 Act). The latest date wins; art. 225 ust. 3 shortens the benefit period by these
//! days (the app says so beside the length).

use super::params;
use crate::rules::answers::{
    EventDate, LossReason, PeriodKind, TerminationException, TerminationMode,
};
use crate::rules::dates::Range;
use crate::rules::dates::{add_days, first_day_after_days};
use crate::rules::periods::Classified;
use crate::rules::result::Outcome;
use crate::rules::shared_benefit::Deferrals;
use crate::rules::Ctx;
use crate::vals;
use chrono::NaiveDate;

use super::last_job::LastJob;

pub fn evaluate(ctx: &mut Ctx, last: &LastJob, periods: &[Classified], window: Range) -> Deferrals {
    let results = [
        ("DEFER-NOTICE-COMPENSATION", defer_notice_compensation(ctx)),
        ("DEFER-SEVERANCE", defer_severance(ctx)),
        ("DEFER-INTERNSHIP", defer_internship(ctx)),
        (
            "DEFER-SUSPENDED-BUSINESS",
            defer_suspended_business(ctx, periods, window),
        ),
        ("DEFER-MUTUAL-AGREEMENT", defer_mutual_agreement(ctx, last)),
        ("DEFER-FORM-OF-HELP", defer_form_of_help(ctx)),
        (
            "DEFER-SOCIALLY-USEFUL-WORK",
            defer_socially_useful_work(ctx),
        ),
        ("DEFER-IPD", defer_ipd(ctx)),
    ];
    Deferrals::collect(results)
}

/// A deferral to the day after a covered period (art. 220 ust. 2 pkt 1–2).
fn covered(
    ctx: &mut Ctx,
    rule: &'static str,
    until: Option<EventDate>,
) -> (Outcome, Option<NaiveDate>) {
    let (outcome, from) = match until {
        None => (Outcome::NotMet, None),
        Some(EventDate::Unknown) => (Outcome::Unknown, None),
        Some(EventDate::Known(x)) => (Outcome::Met, Some(first_day_after_days(x, 0))),
    };
    ctx.record(
        rule,
        outcome,
        vals! { "covered_until" => until.and_then(EventDate::known), "from" => from },
    );
    (outcome, from)
}

/// DEFER-NOTICE-COMPENSATION (art. 220 ust. 1 pkt 1, ust. 2 pkt 1): compensation for a
/// shortened notice period → benefit after the period it covers.
fn defer_notice_compensation(ctx: &mut Ctx) -> (Outcome, Option<NaiveDate>) {
    let until = ctx.answers.covered_until.notice_compensation;
    covered(ctx, "DEFER-NOTICE-COMPENSATION", until)
}

/// DEFER-SEVERANCE (art. 220 ust. 1 pkt 2, ust. 2 pkt 1): a one-off miners' leave equivalent,
/// social, benefit-related, conditional or unconditional severance under separate rules →
/// benefit after the period it covers.
fn defer_severance(ctx: &mut Ctx) -> (Outcome, Option<NaiveDate>) {
    let until = ctx.answers.covered_until.severance;
    covered(ctx, "DEFER-SEVERANCE", until)
}

/// DEFER-INTERNSHIP (art. 220 ust. 1 pkt 3, ust. 2 pkt 2): a paid graduate internship
/// (praktyka absolwencka) → benefit after it ends.
fn defer_internship(ctx: &mut Ctx) -> (Outcome, Option<NaiveDate>) {
    let until = ctx.answers.covered_until.graduate_internship;
    covered(ctx, "DEFER-INTERNSHIP", until)
}

/// The day "po okresie 90 dni od dnia zarejestrowania" (art. 220 ust. 2 pkt 3). Art. 227
/// switches the KPA and civil-code day counting off for the benefit's periods without a
/// replacement (decision, shown as to be confirmed): the 90 days are D … D + 89, benefit from
/// D + 90.
fn after_days_from_registration(d: NaiveDate, days: u32) -> NaiveDate {
    add_days(d, days)
}

/// DEFER-SUSPENDED-BUSINESS (art. 220 ust. 1 pkt 4, ust. 2 pkt 3): registered while the
/// business is suspended, when the time of that business counts towards the benefit →
/// benefit after 90 days from registration.
fn defer_suspended_business(
    ctx: &mut Ctx,
    periods: &[Classified],
    window: Range,
) -> (Outcome, Option<NaiveDate>) {
    let s = &ctx.answers.status;
    let suspended = match (s.business_registered, s.business_suspended) {
        (Some(false), _) | (_, Some(false)) => Outcome::NotMet,
        (Some(true), Some(true)) => Outcome::Met,
        _ => Outcome::Unknown,
    };
    let business_counts = periods
        .iter()
        // Only a business period within the 18 months can be counted for the right.
        .filter(|q| {
            q.kind == PeriodKind::Business && q.range.is_none_or(|r| r.clip(window).is_some())
        })
        .fold(Outcome::NotMet, |acc, q| acc.or(q.counts));
    let outcome = suspended.and(business_counts);
    let days = params::of(ctx)
        .parameters
        .deferral_suspended_business_days
        .value;
    let from = (outcome == Outcome::Met).then(|| after_days_from_registration(ctx.d, days));
    ctx.record(
        "DEFER-SUSPENDED-BUSINESS",
        outcome,
        vals! { "business_suspended" => s.business_suspended, "business_period_counts" => business_counts, "from" => from },
    );
    (outcome, from)
}

/// DEFER-MUTUAL-AGREEMENT (art. 220 ust. 1 pkt 5, ust. 2 pkt 3): the last employment
/// relationship ended by mutual agreement, unless because of a change of residence, the
/// employer's bankruptcy or liquidation or staff reduction for reasons concerning the
/// employer → benefit after 90 days from registration.
fn defer_mutual_agreement(ctx: &mut Ctx, last: &LastJob) -> (Outcome, Option<NaiveDate>) {
    let outcome = match last {
        LastJob::None => Outcome::NotMet,
        LastJob::Unknown => Outcome::Unknown,
        LastJob::Ended {
            mode, exception, ..
        } => match mode {
            None => Outcome::Unknown,
            Some(TerminationMode::MutualAgreement) => Outcome::from_bool(!matches!(
                exception,
                Some(
                    TerminationException::ChangeOfResidence
                        | TerminationException::Bankruptcy
                        | TerminationException::Liquidation
                        | TerminationException::Redundancy
                )
            )),
            Some(_) => Outcome::NotMet,
        },
    };
    let days = params::of(ctx)
        .parameters
        .deferral_mutual_agreement_days
        .value;
    let from = (outcome == Outcome::Met).then(|| after_days_from_registration(ctx.d, days));
    ctx.record(
        "DEFER-MUTUAL-AGREEMENT",
        outcome,
        last.values().with("days", days).with("from", from),
    );
    (outcome, from)
}

/// A deferral that follows an art. 65 deprivation of 90 days (art. 220 ust. 2 pkt 4–6): the
/// benefit comes after those 90 days, from X + 90 (as `loss.rs` counts them).
fn after_deprivation(
    ctx: &mut Ctx,
    rule: &'static str,
    reason: LossReason,
    days: u32,
) -> (Outcome, Option<NaiveDate>) {
    let loss = ctx.answers.previous_status_loss.as_ref();
    let applies = loss.and_then(|l| l.reason) == Some(reason);
    let date = loss.and_then(|l| l.date).filter(|x| *x <= ctx.d);
    let (outcome, from) = match (applies, date) {
        (false, _) => (Outcome::NotMet, None),
        (true, None) => (Outcome::Unknown, None),
        (true, Some(x)) => (Outcome::Met, Some(add_days(x, days))),
    };
    ctx.record(
        rule,
        outcome,
        vals! { "applies" => applies, "loss_date" => date, "from" => from },
    );
    (outcome, from)
}

/// DEFER-FORM-OF-HELP (art. 220 ust. 1 pkt 6, ust. 2 pkt 4): a form of help not taken up or
/// interrupted by one's own fault → benefit after the 90 days of art. 65 ust. 1 pkt 2.
fn defer_form_of_help(ctx: &mut Ctx) -> (Outcome, Option<NaiveDate>) {
    let days = params::of(ctx).parameters.deferral_form_of_help_days.value;
    after_deprivation(ctx, "DEFER-FORM-OF-HELP", LossReason::FormOfHelp, days)
}

/// DEFER-SOCIALLY-USEFUL-WORK (art. 220 ust. 1 pkt 7, ust. 2 pkt 5): refused socially useful
/// work → benefit after the 90 days of art. 65 ust. 1 pkt 3.
fn defer_socially_useful_work(ctx: &mut Ctx) -> (Outcome, Option<NaiveDate>) {
    let days = params::of(ctx)
        .parameters
        .deferral_socially_useful_work_days
        .value;
    after_deprivation(
        ctx,
        "DEFER-SOCIALLY-USEFUL-WORK",
        LossReason::SociallyUsefulWork,
        days,
    )
}

/// DEFER-IPD (art. 220 ust. 1 pkt 8, ust. 2 pkt 6): refused to take part in preparing the
/// IPD → benefit after the 90 days of art. 65 ust. 1 pkt 12.
fn defer_ipd(ctx: &mut Ctx) -> (Outcome, Option<NaiveDate>) {
    let days = params::of(ctx).parameters.deferral_ipd_days.value;
    after_deprivation(ctx, "DEFER-IPD", LossReason::Ipd, days)
}
