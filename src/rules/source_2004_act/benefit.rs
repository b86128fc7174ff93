//! Right to unemployment benefit — BEN and the qualifying periods Q (004, "Prawo do
//! zasiłku").
//!
//! How the parts combine (catalog section 6, decision): the basis is the first of
//! BEN-365-18, BEN-PRISON, BEN-MILITARY that holds; `benefit.from` is the latest of D + 8 and
//! every deferral. Qualifying days are counted three-valued: a lower bound from the periods
//! that surely count and an upper bound that adds those that may count; the rule is met when
//! the lower bound reaches the requirement, not met when the upper bound stays below it.

use super::deferral;
use crate::rules::answers::{Period, PeriodKind};
use crate::rules::dates::{first_day_after_days, months_before, Range};
use crate::rules::periods::{classify_history, count_qualifying, Classified};
use crate::rules::periods::{
    q_agri_coop, q_business, q_compensation, q_employment, q_other_paid_work, q_outwork,
    q_parental_leave, q_repatriate,
};
use crate::rules::result::{Benefit, BenefitVerdict, Outcome, Status, StatusVerdict, Window};
use crate::rules::shared_benefit::{self, PrisonLimits};

use crate::rules::Ctx;
use crate::vals;
use chrono::NaiveDate;

pub fn evaluate(ctx: &mut Ctx, status: &Status) -> Benefit {
    let p = &crate::rules::params::rule_set().parameters;
    let (required_365, months_365) = (p.qualifying_days.value, p.window_months.value);
    let d = ctx.d;

    let wait_from = ben_wait_7(ctx);
    ben_no_offer(ctx);
    let periods = classify_history(ctx, q_rules);
    let (w_from, w_to) = months_before(d, months_365);
    let window18 = Range::new(w_from, w_to);

    let count18 = count_qualifying(&periods, window18, p.unpaid_leave_days_tolerated.value);
    let ben365 = shared_benefit::ben_365_18(ctx, &count18, required_365);
    let prison = ben_prison(ctx, &periods);
    let military = ben_military(ctx);

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
                let Some(id) = q_rule_id(q.kind).map(str::to_string) else {
                    continue;
                };
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
        // A deferral that may apply can only move the first day later (rules.md §12).
        from_may_be_later: from.is_some() && !deferrals.unknown.is_empty(),
        deferrals: listed,
        unknown,
        length_days: None,
        amount: None,
        if_confirmed: None,
    }
}

/// BEN-WAIT-7: benefit for each calendar day after 7 days from registration: from D + 8.
fn ben_wait_7(ctx: &mut Ctx) -> NaiveDate {
    let days = crate::rules::params::rule_set()
        .parameters
        .benefit_waiting_days
        .value;
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

/// BEN-PRISON: released from prison or detention and registered within 30 days of release;
/// the qualifying periods in the 18 months before the last imprisonment total at least 365
/// days. Returns (outcome, window, qualifying days, required days).
fn ben_prison(ctx: &mut Ctx, periods: &[Classified]) -> (Outcome, Option<Range>, u32, u32) {
    let p = &crate::rules::params::rule_set().parameters;
    let limits = PrisonLimits {
        within_days: p.prison_registration_within_days.value,
        required_days: p.prison_qualifying_days.value,
        window_months: p.prison_window_months.value,
        unpaid_leave_days_tolerated: p.unpaid_leave_days_tolerated.value,
    };
    shared_benefit::ben_prison(ctx, periods, &limits)
}

/// BEN-MILITARY: released after basic military service lasting at least 240 days within the
/// 18 months preceding D. Returns (outcome, days in the window, required days).
fn ben_military(ctx: &mut Ctx) -> (Outcome, u32, u32) {
    let p = &crate::rules::params::rule_set().parameters;
    let (from, to) = months_before(ctx.d, p.military_window_months.value);
    shared_benefit::ben_military(ctx, Range::new(from, to), p.military_min_days.value)
}

/// The period kinds the seed lists (rules.md §6), in the questionnaire's order.
/// The first kinds of `PERIOD_KINDS` shown at once (the others one click away).
pub const PERIOD_KINDS_SHOWN: usize = 4;

pub const PERIOD_KINDS: &[PeriodKind] = &[
    PeriodKind::Employment,
    PeriodKind::Outwork,
    PeriodKind::CivilContract,
    PeriodKind::Business,
    PeriodKind::PrisonWork,
    PeriodKind::AgriCooperative,
    PeriodKind::AbroadLabourFund,
    PeriodKind::RepatriateAbroad,
    PeriodKind::OtherPaidWork,
    PeriodKind::Military,
    PeriodKind::ParentalLeave,
    PeriodKind::PensionOrSickness,
    PeriodKind::Compensation,
];

/// The Q rule ID of a period kind; `None` for the kinds the seed does not list (the later
/// law's periods of art. 218 ust. 2 pkt 4 and 6–13 of the 2025 Act).
pub fn q_rule_id(kind: PeriodKind) -> Option<&'static str> {
    q_rules(kind).map(|(id, _)| id)
}

/// The Q rules of this rule set, for `periods::classify_history`: each kind the seed lists with
/// its rule; the 2025 Act's own kinds are not qualifying periods here.
fn q_rules(kind: PeriodKind) -> Option<crate::rules::periods::QRule> {
    Some(match kind {
        PeriodKind::Employment => ("Q-EMPLOYMENT", q_employment),
        PeriodKind::Outwork => ("Q-OUTWORK", q_outwork),
        PeriodKind::CivilContract => ("Q-CIVIL-CONTRACT", q_civil_contract),
        PeriodKind::Business => ("Q-BUSINESS", q_business),
        PeriodKind::PrisonWork => ("Q-PRISON-WORK", q_prison_work),
        PeriodKind::AgriCooperative => ("Q-AGRI-COOP", q_agri_coop),
        PeriodKind::AbroadLabourFund => ("Q-ABROAD", q_abroad),
        PeriodKind::RepatriateAbroad => ("Q-REPATRIATE", q_repatriate),
        PeriodKind::OtherPaidWork => ("Q-OTHER-PAID-WORK", q_other_paid_work),
        PeriodKind::Military => ("Q-MILITARY", q_military),
        PeriodKind::ParentalLeave => ("Q-PARENTAL-LEAVE", q_parental_leave),
        PeriodKind::PensionOrSickness => ("Q-PENSION-SICKNESS", q_pension_sickness),
        PeriodKind::Compensation => ("Q-COMPENSATION", q_compensation),
        PeriodKind::OtherContributions
        | PeriodKind::NannyContract
        | PeriodKind::FamilyPensionChosen
        | PeriodKind::UniformedFamilyBenefitChosen
        | PeriodKind::ChildCareInsured
        | PeriodKind::CareBenefit
        | PeriodKind::CovidReducedHours
        | PeriodKind::PensionInsuranceArt6c
        | PeriodKind::ContributionsArt16 => return None,
    })
}

/// Q-CIVIL-CONTRACT: agency, mandate or other service contract (or cooperation on one), with
/// a contribution base of at least the minimum wage.
fn q_civil_contract(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-PRISON-WORK: work during detention or imprisonment, base at least half the minimum wage
/// (`min_wage_met` answers the half-wage question for this kind).
fn q_prison_work(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-ABROAD: Labour Fund contribution paid for work abroad for a foreign employer (the kind
/// itself is the condition).
fn q_abroad(_: &Period) -> Outcome {
    Outcome::Met
}

/// Q-MILITARY: military service of the kinds listed in the source, civil defence or
/// alternative service.
fn q_military(_: &Period) -> Outcome {
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
