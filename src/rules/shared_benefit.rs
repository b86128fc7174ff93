//! Benefit rules whose wording is the same in every rule set (the prisoner's and the
//! soldier's bases): each rule set calls these with its own parameters.

use super::answers::PeriodKind;
use super::dates::{months_before, Range};
use super::periods::{count_qualifying, count_values, Classified, Count};
use super::result::Outcome;
use super::values::Val;
use super::Ctx;
use crate::vals;

/// The deferrals of a rule set's benefit: those that apply, with the first day of benefit
/// each allows, and those that may apply (answers unknown).
pub struct Deferrals {
    pub applied: Vec<crate::rules::result::Deferral>,
    pub unknown: Vec<&'static str>,
}

impl Deferrals {
    /// From each deferral rule's outcome and the day it allows.
    pub fn collect<const N: usize>(
        results: [(&'static str, (Outcome, Option<chrono::NaiveDate>)); N],
    ) -> Deferrals {
        let mut out = Deferrals {
            applied: Vec::new(),
            unknown: Vec::new(),
        };
        for (rule, (outcome, from)) in results {
            match (outcome, from) {
                (Outcome::Met, Some(from)) => out.applied.push(crate::rules::result::Deferral {
                    rule: rule.to_string(),
                    from,
                }),
                (Outcome::Unknown, _) => out.unknown.push(rule),
                _ => {}
            }
        }
        out
    }
}

/// The figures of BEN-PRISON in a rule set.
pub struct PrisonLimits {
    pub within_days: u32,
    pub required_days: u32,
    pub window_months: u32,
    pub unpaid_leave_days_tolerated: u32,
}

/// BEN-PRISON: released from prison or detention and registered within 30 days of release;
/// the qualifying periods in the 18 months before the last imprisonment total at least 365
/// days. Returns (outcome, window, qualifying days, required days).
pub fn ben_prison(
    ctx: &mut Ctx,
    periods: &[Classified],
    limits: &PrisonLimits,
) -> (Outcome, Option<Range>, u32, u32) {
    let (within, required, months) = (
        limits.within_days,
        limits.required_days,
        limits.window_months,
    );
    let Some(prison) = ctx.answers.prison.clone() else {
        ctx.record("BEN-PRISON", Outcome::NotMet, vals! { "applies" => false });
        return (Outcome::NotMet, None, 0, required);
    };
    let Some(release) = prison.release_date else {
        ctx.record(
            "BEN-PRISON",
            Outcome::Unknown,
            vals! { "applies" => true, "release_date" => Val::Null },
        );
        return (Outcome::Unknown, None, 0, required);
    };
    let deadline = super::dates::add_days(release, within);
    if ctx.d < release || ctx.d > deadline {
        let values = vals! { "applies" => true, "release_date" => release, "register_by" => deadline, "registration_date" => ctx.d, "registered_in_time" => false };
        ctx.record("BEN-PRISON", Outcome::NotMet, values);
        return (Outcome::NotMet, None, 0, required);
    }
    let start = match prison.imprisonment_start {
        Some(s) if s > release => {
            ctx.error(
                "prison.imprisonment_start",
                Some("BEN-PRISON"),
                "imprisonment_after_release",
                "the imprisonment cannot start after the release",
            );
            None
        }
        s => s,
    };
    let Some(start) = start else {
        let values = vals! { "applies" => true, "release_date" => release, "registered_in_time" => true, "imprisonment_start" => Val::Null };
        ctx.record("BEN-PRISON", Outcome::Unknown, values);
        return (Outcome::Unknown, None, 0, required);
    };
    let (from, to) = months_before(start, months);
    let tolerated = limits.unpaid_leave_days_tolerated;
    let before = count_qualifying(periods, Range::new(from, to), tolerated);
    // Work during the imprisonment counts too (rules.md §6: "at least half of it during
    // imprisonment"; art. 218 ust. 3: "oraz wykonywania pracy w okresie pozbawienia
    // wolności"): the prison-work periods from its start to the release.
    let work: Vec<Classified> = periods
        .iter()
        .filter(|q| q.kind == PeriodKind::PrisonWork)
        .copied()
        .collect();
    let during = count_qualifying(&work, Range::new(start, release), tolerated);
    let count = Count {
        window: Range::new(from, release),
        lower: before.lower.saturating_add(during.lower),
        upper: before.upper.saturating_add(during.upper),
        unpaid_leave_days: before.unpaid_leave_days,
    };
    let outcome = count.outcome(required);
    let mut values = count_values(&count, required);
    values.insert("prison_work_days", during.lower);
    values.insert("release_date", release);
    values.insert("register_by", deadline);
    values.insert("imprisonment_start", start);
    values.insert("registered_in_time", true);
    ctx.record("BEN-PRISON", outcome, values);
    (outcome, Some(count.window), count.lower, required)
}

/// BEN-MILITARY: released after basic military service lasting at least 240 days within the
/// 18 months preceding D. Returns (outcome, days in the window, required days).
pub fn ben_military(ctx: &mut Ctx, window: Range, required: u32) -> (Outcome, u32, u32) {
    let Some(service) = ctx.answers.military_service.clone() else {
        ctx.record(
            "BEN-MILITARY",
            Outcome::NotMet,
            vals! { "applies" => false },
        );
        return (Outcome::NotMet, 0, required);
    };
    let (Some(from), Some(to)) = (service.from, service.to) else {
        // One date known bounds the service (as for periods, decision 39): an end on or after
        // D is no release before registration, and the days it can have in the window may
        // already be too few (decision 50).
        let before_d = ctx.d.pred_opt().unwrap_or(ctx.d);
        let days = |r: Range| r.clip(window).map_or(0, Range::days);
        let most = match (service.from, service.to) {
            (None, Some(to)) if to >= ctx.d => Some(0),
            (None, Some(to)) => Some(days(Range::new(window.from.min(to), to))),
            (Some(from), None) if from > before_d => Some(0),
            (Some(from), None) => Some(days(Range::new(from, before_d))),
            _ => None,
        };
        let outcome = match most {
            Some(days) if days < required => Outcome::NotMet,
            _ => Outcome::Unknown,
        };
        ctx.record(
            "BEN-MILITARY",
            outcome,
            vals! { "applies" => true, "from" => service.from, "to" => service.to, "days_in_window_at_most" => most, "required_days" => required },
        );
        return (outcome, 0, required);
    };
    if to < from {
        ctx.error(
            "military_service.to",
            Some("BEN-MILITARY"),
            "end_before_start",
            "the service ends before it starts",
        );
        ctx.record(
            "BEN-MILITARY",
            Outcome::Unknown,
            vals! { "applies" => true, "from" => from, "to" => to },
        );
        return (Outcome::Unknown, 0, required);
    }
    let released = to < ctx.d;
    let days = Range::new(from, to).clip(window).map_or(0, Range::days);
    let outcome = Outcome::from_bool(released && days >= required);
    ctx.record(
        "BEN-MILITARY",
        outcome,
        vals! { "applies" => true, "from" => from, "to" => to, "released_before_registration" => released, "days_in_window" => days, "required_days" => required, "window_from" => window.from, "window_to" => window.to },
    );
    (outcome, days, required)
}

/// BEN-365-18 (rules.md §6; art. 218 ust. 1 of the 2025 Act): qualifying periods total at
/// least 365 days within the 18 months (immediately) preceding D.
pub fn ben_365_18(ctx: &mut Ctx, count: &Count, required: u32) -> Outcome {
    let outcome = count.outcome(required);
    ctx.record("BEN-365-18", outcome, count_values(count, required))
}
