//! Right to unemployment benefit — BEN and the qualifying periods Q (004, "Prawo do
//! zasiłku").
//!
//! How the parts combine (catalog section 6, decision): the basis is the first of
//! BEN-365-18, BEN-PRISON, BEN-MILITARY that holds; `benefit.from` is the latest of D + 8 and
//! every deferral. Qualifying days are counted three-valued: a lower bound from the periods
//! that surely count and an upper bound that adds those that may count; the rule is met when
//! the lower bound reaches the requirement, not met when the upper bound stays below it.

use super::answers::{Period, PeriodKind};
use super::dates::{days_inclusive, first_day_after_days, months_before, union_days, Range};
use super::deferral;
use super::result::{Benefit, BenefitVerdict, Outcome, Status, StatusVerdict, Window};
use super::values::{Val, Values};
use super::Ctx;
use crate::vals;
use chrono::NaiveDate;

/// One history period after its Q rule was applied.
#[derive(Debug, Clone, Copy)]
pub struct Classified {
    pub kind: PeriodKind,
    /// Whether the period counts under its Q rule.
    pub counts: Outcome,
    /// Its days, or `None` when its dates are unknown or invalid.
    pub range: Option<Range>,
    /// When only one of its dates is known: that date, and whether it is the start
    /// (`true`) or the end. The period then lies on that side of it and lasted at least
    /// that day (rules.md §1, decision 39).
    pub one_date: Option<(NaiveDate, bool)>,
    /// Unpaid leave days (employment only); `None` = unknown.
    pub unpaid_leave_days: Option<u32>,
}

/// Qualifying days within a window, as bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub window: Range,
    pub lower: u32,
    pub upper: u32,
    pub unpaid_leave_days: u32,
}

impl Count {
    pub fn outcome(&self, required: u32) -> Outcome {
        if self.lower >= required {
            Outcome::Met
        } else if self.upper < required {
            Outcome::NotMet
        } else {
            Outcome::Unknown
        }
    }
}

pub fn evaluate(ctx: &mut Ctx, status: &Status) -> Benefit {
    let p = &ctx.rules.parameters;
    let (required_365, months_365) = (p.qualifying_days.value, p.window_months.value);
    let d = ctx.d;

    let wait_from = ben_wait_7(ctx);
    ben_no_offer(ctx);
    let periods = classify_history(ctx);
    let (w_from, w_to) = months_before(d, months_365);
    let window18 = Range::new(w_from, w_to);

    let count18 = count_qualifying(ctx, &periods, window18);
    let ben365 = ben_365_18(ctx, &count18, required_365);
    let prison = ben_prison(ctx, &periods);
    let military = ben_military(ctx, window18);

    let candidates = [
        ("BEN-365-18", ben365, window18, count18.lower, required_365),
        (
            "BEN-PRISON",
            prison.0,
            prison.1.unwrap_or(window18),
            prison.2,
            prison.3,
        ),
        ("BEN-MILITARY", military.0, window18, military.1, military.2),
    ];
    let basis = candidates.iter().find(|c| c.1 == Outcome::Met);
    let basis_outcome = candidates
        .iter()
        .fold(Outcome::NotMet, |acc, c| acc.or(c.1));
    let described = basis.unwrap_or(&candidates[0]);

    let deferrals = deferral::evaluate(ctx);

    let mut unknown: Vec<String> = Vec::new();
    if basis_outcome == Outcome::Unknown {
        for c in candidates.iter().filter(|c| c.1 == Outcome::Unknown) {
            unknown.push(c.0.to_string());
        }
        if ben365 == Outcome::Unknown {
            for q in periods.iter().filter(|q| q.counts == Outcome::Unknown) {
                let id = q_rule_id(q.kind).to_string();
                if !unknown.contains(&id) {
                    unknown.push(id);
                }
            }
        }
    }

    let verdict = match (status.verdict, basis_outcome) {
        (StatusVerdict::NotEligible, _) => BenefitVerdict::NotApplicable,
        (_, Outcome::NotMet) => BenefitVerdict::NotEntitled,
        (_, Outcome::Unknown) | (StatusVerdict::Unknown, Outcome::Met) => BenefitVerdict::Unknown,
        (StatusVerdict::Eligible, Outcome::Met) => BenefitVerdict::Entitled,
    };
    let (listed, from) = match verdict {
        BenefitVerdict::NotApplicable | BenefitVerdict::NotEntitled => (Vec::new(), None),
        _ => {
            unknown.extend(deferrals.unknown.iter().map(|s| (*s).to_string()));
            let latest = deferrals
                .applied
                .iter()
                .map(|x| x.from)
                .fold(wait_from, NaiveDate::max);
            let from = (verdict == BenefitVerdict::Entitled).then_some(latest);
            (deferrals.applied, from)
        }
    };

    Benefit {
        verdict,
        basis: basis
            .filter(|_| verdict != BenefitVerdict::NotApplicable)
            .map(|c| c.0.to_string()),
        window: Window {
            from: described.2.from,
            to: described.2.to,
        },
        qualifying_days: described.3,
        required_days: described.4,
        from,
        deferrals: listed,
        unknown,
    }
}

/// BEN-WAIT-7: benefit for each calendar day after 7 days from registration: from D + 8.
fn ben_wait_7(ctx: &mut Ctx) -> NaiveDate {
    let days = ctx.rules.parameters.benefit_waiting_days.value;
    let from = first_day_after_days(ctx.d, days);
    ctx.record(
        "BEN-WAIT-7",
        Outcome::Met,
        vals! { "registration_date" => ctx.d, "waiting_days" => days, "from" => from },
    );
    from
}

/// BEN-NO-OFFER: only if the office has no suitable offer of work, training, internship,
/// vocational preparation, intervention or public works. Never known in advance: recorded as
/// unknown and shown as a condition; it does not enter the verdict.
fn ben_no_offer(ctx: &mut Ctx) {
    ctx.record(
        "BEN-NO-OFFER",
        Outcome::Unknown,
        vals! { "decided_by" => "office" },
    );
}

/// BEN-365-18: qualifying periods total at least 365 days within the 18 months preceding D.
fn ben_365_18(ctx: &mut Ctx, count: &Count, required: u32) -> Outcome {
    let outcome = count.outcome(required);
    ctx.record("BEN-365-18", outcome, count_values(count, required))
}

/// BEN-PRISON: released from prison or detention and registered within 30 days of release;
/// the qualifying periods in the 18 months before the last imprisonment total at least 365
/// days. Returns (outcome, window, qualifying days, required days).
fn ben_prison(ctx: &mut Ctx, periods: &[Classified]) -> (Outcome, Option<Range>, u32, u32) {
    let p = &ctx.rules.parameters;
    let (within, required, months) = (
        p.prison_registration_within_days.value,
        p.prison_qualifying_days.value,
        p.prison_window_months.value,
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
    let count = count_qualifying(ctx, periods, Range::new(from, to));
    let outcome = count.outcome(required);
    let mut values = count_values(&count, required);
    values.insert("release_date", release);
    values.insert("register_by", deadline);
    values.insert("imprisonment_start", start);
    values.insert("registered_in_time", true);
    ctx.record("BEN-PRISON", outcome, values);
    (outcome, Some(count.window), count.lower, required)
}

/// BEN-MILITARY: released after basic military service lasting at least 240 days within the
/// 18 months preceding D. Returns (outcome, days in the window, required days).
fn ben_military(ctx: &mut Ctx, window: Range) -> (Outcome, u32, u32) {
    let required = ctx.rules.parameters.military_min_days.value;
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

fn count_values(count: &Count, required: u32) -> Values {
    vals! { "window_from" => count.window.from, "window_to" => count.window.to, "qualifying_days" => count.lower, "qualifying_days_at_most" => count.upper, "required_days" => required, "unpaid_leave_days" => count.unpaid_leave_days }
}

/// Applies each period's Q rule, reports bad periods, and records one trace entry a period.
pub fn classify_history(ctx: &mut Ctx) -> Vec<Classified> {
    let history = &ctx.answers.history;
    let mut out = Vec::with_capacity(history.len());
    for (i, period) in history.iter().enumerate() {
        let rule = q_rule_id(period.kind);
        let counts = q_rule(period.kind)(period);
        let range = match (period.from, period.to) {
            (Some(from), Some(to)) if to < from => {
                ctx.error(
                    format!("history[{i}].to"),
                    Some(rule),
                    "end_before_start",
                    format!("period {} ends ({to}) before it starts ({from})", i + 1),
                );
                None
            }
            (Some(from), _) if from > ctx.d => {
                ctx.error(
                    format!("history[{i}].from"),
                    Some(rule),
                    "period_after_registration",
                    format!(
                        "period {} starts ({from}) after the registration day ({})",
                        i + 1,
                        ctx.d
                    ),
                );
                // Nothing of it lies before D: it cannot count.
                out.push(Classified {
                    kind: period.kind,
                    counts: Outcome::NotMet,
                    range: None,
                    one_date: None,
                    unpaid_leave_days: Some(0),
                });
                ctx.record(rule, Outcome::NotMet, vals! { "period" => i + 1, "kind" => period.kind, "from" => from, "to" => period.to, "after_registration" => true });
                continue;
            }
            (Some(from), Some(to)) => Some(Range::new(from, to)),
            _ => None,
        };
        // Unpaid leave matters for employment only; unknown leave is counted at its worst.
        let leave = if period.kind == PeriodKind::Employment {
            period.unpaid_leave_days
        } else {
            Some(0)
        };
        ctx.record(
            rule,
            counts,
            vals! { "period" => i + 1, "kind" => period.kind, "from" => period.from, "to" => period.to, "days" => range.map(|r| days_inclusive(r.from, r.to)), "min_wage_met" => period.min_wage_met, "unpaid_leave_days" => period.unpaid_leave_days, "repatriate" => period.repatriate },
        );
        let one_date = match (period.from, period.to) {
            (Some(from), None) => Some((from, true)),
            (None, Some(to)) => Some((to, false)),
            _ => None,
        };
        out.push(Classified {
            kind: period.kind,
            counts,
            range,
            one_date,
            unpaid_leave_days: leave,
        });
    }
    out
}

/// Qualifying days of `periods` within `window`, with the unpaid-leave rule of Q-EMPLOYMENT:
/// each employment period's leave days lie inside the window, capped at its days there; a
/// total above the tolerated days is subtracted from the union (not below zero).
///
/// Because that subtraction is not monotone (one more employment period may bring its leave
/// over the tolerated days and lower the count), the lower bound is the least count over
/// every choice of the periods that may or may not count, each taken with its surest days
/// and its largest possible leave (decision 50).
pub fn count_qualifying(ctx: &Ctx, periods: &[Classified], window: Range) -> Count {
    let tolerated = ctx.rules.parameters.unpaid_leave_days_tolerated.value;
    let penalty = |leave: u32| if leave > tolerated { leave } else { 0 };
    let mut sure: Vec<Range> = Vec::with_capacity(periods.len());
    let mut maybe: Vec<Range> = Vec::new();
    // Employment periods that may or may not count and may bring leave: (surest days, most
    // leave).
    let mut optional: Vec<(Option<Range>, u32)> = Vec::new();
    let mut unbounded = false;
    let (mut leave_max, mut leave_min) = (0u32, 0u32);
    for q in periods {
        let employment = q.kind == PeriodKind::Employment;
        // The days that surely belong to the period and those that may.
        let (surely, maybe_also) = match (q.range, q.one_date) {
            (Some(r), _) => (Some(r), Some(r)),
            // Only the start is known: it lasted at least its first day and at most until the
            // window's end; only the end is known: likewise from the window's start.
            (None, Some((from, true))) => (
                Some(Range::new(from, from)),
                Some(Range::new(from, window.to.max(from))),
            ),
            (None, Some((to, false))) => (
                Some(Range::new(to, to)),
                Some(Range::new(window.from.min(to), to)),
            ),
            (None, None) => (None, None),
        };
        match (q.counts, surely, maybe_also) {
            (Outcome::NotMet, ..) => {}
            (counts, None, _) | (counts, _, None) => {
                // No date at all: any number of days, and its leave may lie in the window.
                unbounded = true;
                if employment {
                    let most = q.unpaid_leave_days.unwrap_or(u32::MAX).min(window.days());
                    if counts == Outcome::Met {
                        leave_max = leave_max.saturating_add(most);
                    } else if most > 0 {
                        optional.push((None, most));
                    }
                }
            }
            (counts, Some(sure_part), Some(maybe_part)) => {
                let Some(outer) = maybe_part.clip(window) else {
                    continue;
                };
                let inner = sure_part.clip(window);
                // Leave at its largest: the period at its longest in the window.
                let most = q
                    .unpaid_leave_days
                    .map_or(outer.days(), |l| l.min(outer.days()));
                if counts == Outcome::Met {
                    if let Some(inner) = inner {
                        sure.push(inner);
                    }
                    if outer != inner.unwrap_or(outer) {
                        maybe.push(outer);
                    }
                    if employment {
                        leave_max = leave_max.saturating_add(most);
                        leave_min = leave_min
                            .saturating_add(q.unpaid_leave_days.map_or(0, |l| l.min(outer.days())));
                    }
                } else {
                    maybe.push(outer);
                    if employment && most > 0 {
                        optional.push((inner, most));
                    }
                }
            }
        }
    }
    let (lower, leave_used) = least_count(&sure, &optional, leave_max, penalty);
    let upper = if unbounded {
        window.days()
    } else {
        sure.extend(maybe);
        union_days(&mut sure).saturating_sub(penalty(leave_min))
    };
    Count {
        window,
        lower,
        upper: upper.max(lower),
        unpaid_leave_days: leave_used,
    }
}

/// The least count over every choice of the `optional` periods (each taken with its surest
/// days and its largest leave), with the unpaid leave of that choice. Past 12 of them (4096
/// choices), all their leave is taken without their days: still a lower bound, only less
/// tight.
fn least_count(
    sure: &[Range],
    optional: &[(Option<Range>, u32)],
    leave: u32,
    penalty: impl Fn(u32) -> u32,
) -> (u32, u32) {
    let count = |chosen: &[&(Option<Range>, u32)]| {
        let mut days: Vec<Range> = sure.to_vec();
        days.extend(chosen.iter().filter_map(|(r, _)| *r));
        let extra = chosen
            .iter()
            .fold(leave, |sum, (_, l)| sum.saturating_add(*l));
        (union_days(&mut days).saturating_sub(penalty(extra)), extra)
    };
    if optional.len() > 12 {
        let all_leave = optional
            .iter()
            .fold(leave, |sum, (_, l)| sum.saturating_add(*l));
        return (
            union_days(&mut sure.to_vec()).saturating_sub(penalty(all_leave)),
            all_leave,
        );
    }
    (0u32..1 << optional.len())
        .map(|mask| {
            let chosen: Vec<&(Option<Range>, u32)> = optional
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, o)| o)
                .collect();
            count(&chosen)
        })
        .min()
        .unwrap_or((0, leave))
}

/// The Q rule ID of a period kind.
pub fn q_rule_id(kind: PeriodKind) -> &'static str {
    match kind {
        PeriodKind::Employment => "Q-EMPLOYMENT",
        PeriodKind::Outwork => "Q-OUTWORK",
        PeriodKind::CivilContract => "Q-CIVIL-CONTRACT",
        PeriodKind::Business => "Q-BUSINESS",
        PeriodKind::PrisonWork => "Q-PRISON-WORK",
        PeriodKind::AgriCooperative => "Q-AGRI-COOP",
        PeriodKind::AbroadLabourFund => "Q-ABROAD",
        PeriodKind::RepatriateAbroad => "Q-REPATRIATE",
        PeriodKind::OtherPaidWork => "Q-OTHER-PAID-WORK",
        PeriodKind::Military => "Q-MILITARY",
        PeriodKind::ParentalLeave => "Q-PARENTAL-LEAVE",
        PeriodKind::PensionOrSickness => "Q-PENSION-SICKNESS",
        PeriodKind::Compensation => "Q-COMPENSATION",
    }
}

fn q_rule(kind: PeriodKind) -> fn(&Period) -> Outcome {
    match kind {
        PeriodKind::Employment => q_employment,
        PeriodKind::Outwork => q_outwork,
        PeriodKind::CivilContract => q_civil_contract,
        PeriodKind::Business => q_business,
        PeriodKind::PrisonWork => q_prison_work,
        PeriodKind::AgriCooperative => q_agri_coop,
        PeriodKind::AbroadLabourFund => q_abroad,
        PeriodKind::RepatriateAbroad => q_repatriate,
        PeriodKind::OtherPaidWork => q_other_paid_work,
        PeriodKind::Military => q_military,
        PeriodKind::ParentalLeave => q_parental_leave,
        PeriodKind::PensionOrSickness => q_pension_sickness,
        PeriodKind::Compensation => q_compensation,
    }
}

/// Q-EMPLOYMENT: employed with pay of at least the minimum wage, Labour Fund contribution due
/// (unpaid leave: see `count_qualifying`).
fn q_employment(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-OUTWORK: outwork contract (umowa o pracę nakładczą) with income of at least the minimum wage.
fn q_outwork(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-CIVIL-CONTRACT: agency, mandate or other service contract (or cooperation on one), with
/// a contribution base of at least the minimum wage.
fn q_civil_contract(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-BUSINESS: social insurance paid for a non-agricultural business (or cooperation), base at
/// least the minimum wage.
fn q_business(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-PRISON-WORK: work during detention or imprisonment, base at least half the minimum wage
/// (`min_wage_met` answers the half-wage question for this kind).
fn q_prison_work(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-AGRI-COOP: work as a member of an agricultural production cooperative (or similar), base
/// at least the minimum wage.
fn q_agri_coop(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-ABROAD: Labour Fund contribution paid for work abroad for a foreign employer (the kind
/// itself is the condition).
fn q_abroad(_: &Period) -> Outcome {
    Outcome::Met
}

/// Q-REPATRIATE: employed abroad and came to Poland as a repatriate (counts only with
/// `repatriate: true`).
fn q_repatriate(p: &Period) -> Outcome {
    Outcome::from_answer(p.repatriate)
}

/// Q-OTHER-PAID-WORK: other employment or paid work with pay or income subject to the Labour
/// Fund contribution (the kind itself is the condition; no minimum-wage test in the source).
fn q_other_paid_work(_: &Period) -> Outcome {
    Outcome::Met
}

/// Q-MILITARY: military service of the kinds listed in the source, civil defence or
/// alternative service.
fn q_military(_: &Period) -> Outcome {
    Outcome::Met
}

/// Q-PARENTAL-LEAVE: parental leave (urlop wychowawczy).
fn q_parental_leave(_: &Period) -> Outcome {
    Outcome::Met
}

/// Q-PENSION-SICKNESS: disability or training pension; after the end of work, sickness,
/// maternity or rehabilitation benefit with a base of at least the minimum wage net of
/// contributions.
///
/// The source puts the minimum-wage condition on the benefits only ("podstawę wymiaru tych
/// zasiłków i świadczenia"); the one kind of the format carries both, so for it
/// `min_wage_met` means "a rent, or a benefit whose base was at least the minimum wage", and
/// the app asks it that way (decision 50).
fn q_pension_sickness(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-COMPENSATION: periods covered by compensation for unlawful termination or for a
/// shortened notice period.
fn q_compensation(_: &Period) -> Outcome {
    Outcome::Met
}
