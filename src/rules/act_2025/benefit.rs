//! Right to the unemployment benefit — BEN and the qualifying periods Q (art. 218–228 of the
//! 2025 Act).
//!
//! How the parts combine (rules.md §12; decisions in docs/decisions.md): the basis is the
//! first of BEN-365-18, BEN-PRISON, BEN-MILITARY that holds (periods already used for an
//! earlier benefit do not count, BEN-NO-REUSE); the exclusions of art. 219 concern the last
//! employment relationship and apply only where it is a basis of the right (BEN-LAST-JOB-
//! BASIS); the benefit runs from D (BEN-FROM-REGISTRATION), or from the latest deferral of
//! art. 220; its length (BEN-LENGTH) and amount (BEN-AMOUNT, BEN-AMOUNT-120, BEN-INDEXATION)
//! follow.

use super::deferral;
use super::last_job::LastJob;
use super::params;
use crate::rules::answers::{Period, PeriodKind, TerminationException, TerminationMode};
use crate::rules::dates::{anniversary, months_before, Range};
use crate::rules::money::Grosze;
use crate::rules::periods::{classify_history, count_qualifying, Classified};
use crate::rules::periods::{
    q_agri_coop, q_business, q_compensation, q_employment, q_other_paid_work, q_outwork,
    q_parental_leave, q_repatriate,
};
use crate::rules::result::{
    Amount, Benefit, BenefitVerdict, IfConfirmed, Outcome, Status, StatusVerdict, Window,
};
use crate::rules::shared_benefit::{self, PrisonLimits};

use crate::rules::values::Val;
use crate::rules::Ctx;
use crate::vals;
use chrono::NaiveDate;

pub fn evaluate(ctx: &mut Ctx, status: &Status) -> Benefit {
    let p = &params::of(ctx).parameters;
    let (required_365, months_365) = (p.qualifying_days.value, p.window_months.value);
    let tolerated = p.unpaid_leave_days_tolerated.value;
    let d = ctx.d;

    let from_d = ben_from_registration(ctx);
    let supplement = ben_supplement(ctx);
    let resume = ben_resume_14d(ctx);
    let periods = classify_history(ctx, q_rules);
    let periods = ben_no_reuse(ctx, periods, supplement);
    let (w_from, w_to) = months_before(d, months_365);
    let window18 = Range::new(w_from, w_to);

    let count18 = count_qualifying(&periods, window18, tolerated);
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
        // Art. 226 ust. 1: the rest of an earlier benefit, whatever the 18 months hold now.
        (
            "BEN-RESUME-14D",
            resume,
            window18,
            count18.lower,
            required_365,
        ),
    ];
    let basis = candidates.iter().find(|c| c.1 == Outcome::Met);
    let basis_outcome = candidates
        .iter()
        .fold(Outcome::NotMet, |acc, c| acc.or(c.1));
    let described = basis.unwrap_or(&candidates[0]);

    let last = LastJob::of(ctx);
    // The last job is judged against the basis that can give the right (art. 219 ust. 2):
    // the 18 months for BEN-365-18, the months before the imprisonment for BEN-PRISON;
    // BEN-MILITARY rests on no job.
    let basis_window = if resume == Outcome::Met {
        // Art. 226 ust. 1: the right is the earlier one; the last job is not its basis
        // (art. 219 ust. 2, decision 84).
        None
    } else if ben365 != Outcome::NotMet {
        Some((window18, required_365))
    } else if prison.0 != Outcome::NotMet {
        prison.1.map(|w| (w, prison.3))
    } else {
        None
    };
    let last_is_basis = ben_last_job_basis(ctx, &last, &periods, basis_window);
    let exclusions = [
        (
            "BEN-NOT-OWN-NOTICE",
            ben_not_own_notice(ctx, &last, last_is_basis),
        ),
        (
            "BEN-NOT-DISCIPLINARY",
            ben_not_disciplinary(ctx, &last, last_is_basis),
        ),
        (
            "BEN-NOT-REFERRED-JOB",
            ben_not_referred_job(ctx, &last, last_is_basis),
        ),
    ];
    let excluded = exclusions
        .iter()
        .fold(Outcome::Met, |acc, (_, o)| acc.and(*o));
    let foreigner = ben_foreigner(ctx);
    let deferrals = deferral::evaluate(ctx, &last, &periods, window18);
    ben_day_count(ctx, &deferrals);
    let later = ben_documented_later(ctx);
    let entitled = basis_outcome.and(excluded).and(foreigner);
    let deferred_until = deferrals
        .applied
        .iter()
        .map(|x| x.from)
        .fold(from_d, NaiveDate::max);

    let mut unknown: Vec<String> = Vec::new();
    if entitled == Outcome::Unknown {
        if basis_outcome == Outcome::Unknown {
            for c in candidates.iter().filter(|c| c.1 == Outcome::Unknown) {
                unknown.push(c.0.to_string());
            }
        }
        for (id, o) in exclusions.iter().chain([&("BEN-FOREIGNER", foreigner)]) {
            if *o == Outcome::Unknown {
                unknown.push((*id).to_string());
            }
        }
        if ben365 == Outcome::Unknown {
            for q in periods.iter().filter(|q| q.counts == Outcome::Unknown) {
                let id = q_rule(q.kind).0.to_string();
                if !unknown.contains(&id) {
                    unknown.push(id);
                }
            }
        }
    }

    let verdict = match (status.verdict, entitled) {
        (StatusVerdict::NotEligible, _) => BenefitVerdict::NotApplicable,
        (_, Outcome::NotMet) => BenefitVerdict::NotEntitled,
        (_, Outcome::Unknown) | (StatusVerdict::Unknown, Outcome::Met) => BenefitVerdict::Unknown,
        (StatusVerdict::Eligible, Outcome::Met) => BenefitVerdict::Entitled,
    };
    let (listed, from) = match verdict {
        BenefitVerdict::NotApplicable | BenefitVerdict::NotEntitled => (Vec::new(), None),
        _ => {
            unknown.extend(deferrals.unknown.iter().map(|s| (*s).to_string()));
            let from = (verdict == BenefitVerdict::Entitled).then_some(deferred_until);
            (deferrals.applied, from)
        }
    };
    let open = matches!(verdict, BenefitVerdict::Entitled | BenefitVerdict::Unknown);
    let base_length = ben_length(ctx);
    let length_days = ben_length_shortened(
        ctx,
        base_length,
        resume.or(supplement),
        (deferred_until - from_d).num_days(),
        deferrals.unknown.is_empty(),
    )
    .filter(|_| open);
    // Nothing left of the earlier benefit (art. 226 ust. 1 and 3): no benefit now.
    let (verdict, from, listed, length_days) = if length_days == Some(0) {
        unknown.clear();
        (BenefitVerdict::NotEntitled, None, Vec::new(), None)
    } else {
        (verdict, from, listed, length_days)
    };
    if later != Outcome::NotMet && from.is_some() {
        unknown.push("BEN-DOCUMENTED-LATER".to_string());
    }
    let amount = from.and_then(|f| ben_amount(ctx, f));
    // Issue 23: under "Nie wiem", what the benefit would be if the office confirms the open
    // points: from the latest known deferral, with the amounts in force then.
    let if_confirmed = (verdict == BenefitVerdict::Unknown).then(|| IfConfirmed {
        from: deferred_until,
        amount: ben_amount(ctx, deferred_until),
    });

    Benefit {
        verdict,
        // A "not entitled" result names no basis (issue 22): the 365 days may be there while
        // another rule bars the benefit.
        basis: basis
            .filter(|_| matches!(verdict, BenefitVerdict::Entitled | BenefitVerdict::Unknown))
            .map(|c| c.0.to_string()),
        window: Window {
            from: described.2.from,
            to: described.2.to,
        },
        qualifying_days: described.3,
        required_days: described.4,
        from,
        from_may_be_later: from.is_some()
            && (!deferrals.unknown.is_empty() || later != Outcome::NotMet),
        deferrals: listed,
        unknown,
        length_days,
        amount,
        if_confirmed,
    }
}

/// BEN-FROM-REGISTRATION (art. 218 ust. 1): the benefit is due for every calendar day from
/// the registration day, except under art. 219 and 220.
fn ben_from_registration(ctx: &mut Ctx) -> NaiveDate {
    let d = ctx.d;
    ctx.record(
        "BEN-FROM-REGISTRATION",
        Outcome::Met,
        vals! { "registration_date" => d, "from" => d },
    );
    d
}

/// BEN-DAY-COUNT (art. 227): the KPA and civil-code day counting is switched off for the
/// benefit's periods, with no rule in its place. Recorded as met when a deferral counted in
/// days from registration applies ("po okresie 90 dni", counted D … D + 89, decision), so that
/// the app shows that day as to be confirmed at the office.
fn ben_day_count(ctx: &mut Ctx, deferrals: &crate::rules::shared_benefit::Deferrals) {
    const COUNTED: [&str; 2] = ["DEFER-MUTUAL-AGREEMENT", "DEFER-SUSPENDED-BUSINESS"];
    let applied = deferrals
        .applied
        .iter()
        .any(|x| COUNTED.contains(&x.rule.as_str()));
    let maybe = deferrals.unknown.iter().any(|r| COUNTED.contains(r));
    // The first day of benefit this counting gives (issue 23: the note names it).
    let from = deferrals
        .applied
        .iter()
        .filter(|x| COUNTED.contains(&x.rule.as_str()))
        .map(|x| x.from)
        .max();
    let outcome = if applied {
        Outcome::Met
    } else if maybe {
        Outcome::Unknown
    } else {
        Outcome::NotMet
    };
    ctx.record(
        "BEN-DAY-COUNT",
        outcome,
        vals! { "first_day_counted" => "registration_day", "decided_by" => "office", "from" => from },
    );
}

/// BEN-NO-REUSE (art. 218 ust. 5): periods that were already once a basis of a benefit are
/// not counted again, except for the supplementary period of art. 226 ust. 3 (`supplement`,
/// BEN-SUPPLEMENT). A period whose answer is missing may or may not count (rules.md §12: a
/// missing new answer is unknown).
fn ben_no_reuse(
    ctx: &mut Ctx,
    mut periods: Vec<Classified>,
    supplement: Outcome,
) -> Vec<Classified> {
    let used: Vec<Option<bool>> = ctx
        .answers
        .history
        .iter()
        .map(|p| p.used_for_earlier_benefit)
        .collect();
    let mut outcome = Outcome::Met;
    for (q, u) in periods.iter_mut().zip(&used) {
        let rule = Outcome::from_negative_answer(*u).or(supplement);
        if q.counts != Outcome::NotMet {
            outcome = outcome.and(rule);
        }
        q.counts = q.counts.and(rule);
    }
    let values = vals! { "used_for_earlier_benefit" => Val::List(used.iter().map(|u| Val::from(*u)).collect()), "counted_again_art_226_ust_3" => supplement };
    ctx.record("BEN-NO-REUSE", outcome, values);
    periods
}

/// The earlier benefit's status loss, as days without the status before D (`None` when its
/// day is unknown or after D).
fn days_without_status(ctx: &Ctx) -> Option<i64> {
    let lost = ctx.answers.previous_benefit.as_ref()?.status_lost_on?;
    (lost <= ctx.d).then(|| (ctx.d - lost).num_days())
}

/// BEN-SUPPLEMENT (art. 226 ust. 3): a person who had a benefit and lost the status for less
/// than 365 days, and meets art. 218 on the new registration day, gets the benefit for the
/// period shortened by the benefit drawn before (BEN-LENGTH-SHORTENED); the periods already
/// used count again (art. 218 ust. 5). Decision 84: the days without status are D − the day
/// it was lost (lost on day L, registered again on D: L … D − 1), less than 365 = D ≤ L + 364.
/// Met = the supplementary period applies.
fn ben_supplement(ctx: &mut Ctx) -> Outcome {
    let under = params::of(ctx)
        .parameters
        .resume_status_lost_under_days
        .value;
    let prev = ctx.answers.previous_benefit.as_ref();
    let without = days_without_status(ctx);
    let outcome = match prev {
        None => Outcome::NotMet,
        Some(_) => Outcome::from_answer(without.map(|n| n < i64::from(under))),
    };
    ctx.record(
        "BEN-SUPPLEMENT",
        outcome,
        vals! { "previous_benefit" => prev.is_some(), "status_lost_on" => prev.and_then(|p| p.status_lost_on), "days_without_status" => without.map(|n| n as u32), "under_days" => under, "drawn_days" => prev.and_then(|p| p.drawn_days) },
    )
}

/// BEN-RESUME-14D (art. 226 ust. 1–2): a person who lost the status for less than 365 days
/// by taking up work, paid work, a business or an income above half the minimum wage (or a
/// service or training of ust. 2), and registers within 14 days of its end, has the right to
/// the rest of the earlier benefit, whatever the 18 months hold now. Decision 84: "w okresie
/// 14 dni od dnia ustania" = the 14 days after the end day E (E + 1 … E + 14); the length is
/// shortened by the days drawn (BEN-LENGTH-SHORTENED). Met = the right resumes.
fn ben_resume_14d(ctx: &mut Ctx) -> Outcome {
    use crate::rules::answers::StatusLostBecause as B;
    let p = &params::of(ctx).parameters;
    let (within, under) = (
        p.resume_registration_within_days.value,
        p.resume_status_lost_under_days.value,
    );
    let prev = ctx.answers.previous_benefit.as_ref();
    let without = days_without_status(ctx);
    let ended = prev.and_then(|p| p.work_ended_on).filter(|e| *e <= ctx.d);
    let because = prev.and_then(|p| p.lost_because);
    let days_after_end = ended.map(|e| (ctx.d - e).num_days());
    let outcome = match prev {
        None => Outcome::NotMet,
        Some(_) => {
            let reason = match because {
                Some(B::Work | B::Service) => Outcome::Met,
                Some(B::Other) => Outcome::NotMet,
                None => Outcome::Unknown,
            };
            let short = Outcome::from_answer(without.map(|n| n < i64::from(under)));
            let in_time =
                Outcome::from_answer(days_after_end.map(|n| n >= 1 && n <= i64::from(within)));
            reason.and(short).and(in_time)
        }
    };
    ctx.record(
        "BEN-RESUME-14D",
        outcome,
        vals! { "previous_benefit" => prev.is_some(), "lost_because" => because, "status_lost_on" => prev.and_then(|p| p.status_lost_on), "work_ended_on" => ended, "days_after_end" => days_after_end.map(|n| n as u32), "within_days" => within, "days_without_status" => without.map(|n| n as u32), "under_days" => under },
    )
}

/// Whether a history period was a basis of the earlier benefit, as far as the day its status
/// was lost tells (decision 84): one that ended before that day was (it lay before the earlier
/// registration), one that began on or after it was not (the work that cost the status, or
/// later), one that spans it is not known.
pub fn used_before_loss(
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    lost_on: NaiveDate,
) -> Option<bool> {
    match (from, to) {
        (_, Some(t)) if t < lost_on => Some(true),
        (Some(f), _) if f >= lost_on => Some(false),
        _ => None,
    }
}

/// BEN-DOCUMENTED-LATER (art. 221): where the person documents a qualifying period only
/// after the registration day (while still unemployed), the benefit runs from the day it is
/// documented, for the full period of art. 225 ust. 1. Met = the documents come later: the
/// first day is "at the earliest" the day the result gives.
fn ben_documented_later(ctx: &mut Ctx) -> Outcome {
    let later = ctx.answers.documents_later;
    let outcome = match later {
        Some(true) => Outcome::Met,
        Some(false) | None => Outcome::NotMet,
    };
    ctx.record(
        "BEN-DOCUMENTED-LATER",
        outcome,
        vals! { "documents_later" => later },
    )
}

/// BEN-LENGTH-SHORTENED (art. 225 ust. 3, art. 226 ust. 1 and 3): the days actually paid —
/// the period of art. 225 ust. 1 (`base`) less the benefit drawn before when art. 226 applies
/// (`earlier`: BEN-RESUME-14D or BEN-SUPPLEMENT) and less the days of art. 220 without
/// benefit after D (`deferred_days`, from D to the first day). Unknown when one of them is
/// (`deferrals_known`: no deferral is left open). Met = shortened.
fn ben_length_shortened(
    ctx: &mut Ctx,
    base: Option<u32>,
    earlier: Outcome,
    deferred_days: i64,
    deferrals_known: bool,
) -> Option<u32> {
    let drawn = ctx
        .answers
        .previous_benefit
        .as_ref()
        .and_then(|p| p.drawn_days);
    let drawn_off = match earlier {
        Outcome::NotMet => Some(0),
        Outcome::Met => drawn,
        Outcome::Unknown => None,
    };
    let deferred = u32::try_from(deferred_days.max(0)).unwrap_or(u32::MAX);
    let deferred_off = deferrals_known.then_some(deferred);
    let days = match (base, drawn_off, deferred_off) {
        (Some(b), Some(x), Some(y)) => Some(b.saturating_sub(x).saturating_sub(y)),
        _ => None,
    };
    // Shortened when either count is known to be above 0; not when both are known to be 0.
    let outcome = match (drawn_off, deferred_off) {
        (Some(0), Some(0)) => Outcome::NotMet,
        (Some(x), _) | (_, Some(x)) if x > 0 => Outcome::Met,
        _ => Outcome::Unknown,
    };
    ctx.record(
        "BEN-LENGTH-SHORTENED",
        outcome,
        vals! { "length_days_art_225_ust_1" => base, "earlier_benefit_days" => drawn_off, "days_without_benefit_art_220" => deferred_off, "length_days" => days },
    );
    days
}

/// BEN-PRISON (art. 218 ust. 3): released from prison or detention and registered within 30
/// days; the periods in the 18 months before the last imprisonment and the work during it
/// total at least 365 days, on a base of at least the minimum wage.
fn ben_prison(ctx: &mut Ctx, periods: &[Classified]) -> (Outcome, Option<Range>, u32, u32) {
    let p = &params::of(ctx).parameters;
    let limits = PrisonLimits {
        within_days: p.prison_registration_within_days.value,
        required_days: p.prison_qualifying_days.value,
        window_months: p.prison_window_months.value,
        unpaid_leave_days_tolerated: p.unpaid_leave_days_tolerated.value,
    };
    shared_benefit::ben_prison(ctx, periods, &limits)
}

/// BEN-MILITARY (art. 218 ust. 4): released from basic or periodic military service of at
/// least 240 days within the 18 months preceding D.
fn ben_military(ctx: &mut Ctx) -> (Outcome, u32, u32) {
    let p = &params::of(ctx).parameters;
    let (from, to) = months_before(ctx.d, p.military_window_months.value);
    shared_benefit::ben_military(ctx, Range::new(from, to), p.military_min_days.value)
}

/// BEN-FOREIGNER (art. 245): the benefit is due to Polish citizens and to the foreigners of
/// art. 1 ust. 3 pkt 2 lit. a–j, l and n and pkt 3, 5 and 6 — not to those of lit. k or p, who
/// may still be unemployed (art. 2 pkt 1).
fn ben_foreigner(ctx: &mut Ctx) -> Outcome {
    use crate::rules::answers::ForeignerBasis as F;
    let p = &ctx.answers.person;
    let (citizen, basis) = (p.polish_citizen, p.foreigner_basis);
    let outcome = match (citizen, basis) {
        (Some(true), _) => Outcome::Met,
        (_, Some(F::ProtectionApplicant | F::VisaOrResidenceP | F::None)) => Outcome::NotMet,
        (_, Some(_)) => Outcome::Met,
        (Some(false) | None, None) => Outcome::Unknown,
    };
    ctx.record(
        "BEN-FOREIGNER",
        outcome,
        vals! { "polish_citizen" => citizen, "foreigner_basis" => basis },
    )
}

/// BEN-LAST-JOB-BASIS (art. 219 ust. 2): the exclusions of art. 219 ust. 1 do not apply when
/// the last employment relationship is not a basis of the right. Decision (rules.md §12):
/// it is a basis when it counts in the 365 days and the others alone do not reach them; where
/// the two readings ("counted" / "needed") differ, the outcome is unknown (to be confirmed at
/// the office). Met = it is a basis.
fn ben_last_job_basis(
    ctx: &mut Ctx,
    last: &LastJob,
    periods: &[Classified],
    basis: Option<(Range, u32)>,
) -> Outcome {
    let tolerated = params::of(ctx).parameters.unpaid_leave_days_tolerated.value;
    let outcome = match (*last, basis) {
        (LastJob::None, _) | (_, None) => Outcome::NotMet,
        (LastJob::Unknown, _) => Outcome::Unknown,
        (LastJob::Ended { index, .. }, Some((window, required))) => {
            let q = periods[index];
            let in_window = q.range.map(|r| r.clip(window).is_some());
            match (q.counts, in_window) {
                (Outcome::NotMet, _) | (_, Some(false)) => Outcome::NotMet,
                (Outcome::Met, Some(true)) => {
                    let others: Vec<Classified> = periods
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| *i != index)
                        .map(|(_, q)| *q)
                        .collect();
                    let without = count_qualifying(&others, window, tolerated);
                    if without.upper < required {
                        Outcome::Met
                    } else {
                        Outcome::Unknown
                    }
                }
                _ => Outcome::Unknown,
            }
        }
    };
    ctx.record("BEN-LAST-JOB-BASIS", outcome, last.values())
}

/// An exclusion of art. 219 ust. 1 as a condition (met = not excluded): excluded only when
/// how the last job ended says so and that job is a basis of the right (ust. 2).
fn exclusion(
    ctx: &mut Ctx,
    rule: &'static str,
    ended: Outcome,
    last: &LastJob,
    basis: Outcome,
) -> Outcome {
    let not_basis = match basis {
        Outcome::Met => Outcome::NotMet,
        Outcome::NotMet => Outcome::Met,
        Outcome::Unknown => Outcome::Unknown,
    };
    let outcome = ended.or(not_basis);
    ctx.record(
        rule,
        outcome,
        last.values().with("last_job_is_basis", basis),
    )
}

/// How the last job ended, for an exclusion: `f(mode, exception, referral)` says whether it is
/// NOT excluded; no job at all is never excluded; an unknown job or mode is unknown.
fn ended_by(
    last: &LastJob,
    f: impl Fn(TerminationMode, Option<TerminationException>, Option<bool>) -> Outcome,
) -> Outcome {
    match *last {
        LastJob::None => Outcome::Met,
        LastJob::Unknown => Outcome::Unknown,
        LastJob::Ended {
            mode,
            exception,
            starosta_referral,
            ..
        } => mode.map_or(Outcome::Unknown, |m| f(m, exception, starosta_referral)),
    }
}

/// BEN-NOT-OWN-NOTICE (art. 219 ust. 1 pkt 1): no benefit after ending the last employment by
/// one's own notice, unless because of a change of residence or under art. 55 § 1 or 1¹ of the
/// Labour Code.
fn ben_not_own_notice(ctx: &mut Ctx, last: &LastJob, basis: Outcome) -> Outcome {
    let ended = ended_by(last, |mode, exception, _| {
        Outcome::from_bool(
            mode != TerminationMode::EmployeeNotice
                || matches!(
                    exception,
                    Some(
                        TerminationException::ChangeOfResidence
                            | TerminationException::LabourCodeArt55
                    )
                ),
        )
    });
    exclusion(ctx, "BEN-NOT-OWN-NOTICE", ended, last, basis)
}

/// BEN-NOT-DISCIPLINARY (art. 219 ust. 1 pkt 2): no benefit after the last employment was ended
/// without notice through one's own fault.
fn ben_not_disciplinary(ctx: &mut Ctx, last: &LastJob, basis: Outcome) -> Outcome {
    let ended = ended_by(last, |mode, _, _| {
        Outcome::from_bool(mode != TerminationMode::Disciplinary)
    });
    exclusion(ctx, "BEN-NOT-DISCIPLINARY", ended, last, basis)
}

/// BEN-NOT-REFERRED-JOB (art. 219 ust. 1 pkt 3): no benefit after ending a last employment
/// that came from a starosta's referral with Labour Fund money. Decision: "rozwiązał" = the
/// person ended it (own notice or mutual agreement).
fn ben_not_referred_job(ctx: &mut Ctx, last: &LastJob, basis: Outcome) -> Outcome {
    let ended = ended_by(last, |mode, _, referral| {
        let by_person = matches!(
            mode,
            TerminationMode::EmployeeNotice | TerminationMode::MutualAgreement
        );
        if by_person {
            Outcome::from_negative_answer(referral)
        } else {
            Outcome::Met
        }
    });
    exclusion(ctx, "BEN-NOT-REFERRED-JOB", ended, last, basis)
}

/// BEN-LENGTH (art. 225 ust. 1): 180 days, or 365 days for a person with a disability, a
/// holder of the Karta Dużej Rodziny, a person over 50 with at least 20 years of qualifying
/// periods, a parent whose spouse has exhausted the benefit, or a single parent. Met = the
/// 365 days apply. Decision: "powyżej 50. roku życia" = has turned 50 by D.
fn ben_length(ctx: &mut Ctx) -> Option<u32> {
    let p = &params::of(ctx).parameters;
    let person = &ctx.answers.person;
    let over_50 = ctx
        .birth_date
        .map(|b| anniversary(b, p.length_long_age_over.value) <= ctx.d);
    let years_20 = ctx.answers.qualifying_years_20;
    let grounds = [
        Outcome::from_answer(person.disabled),
        Outcome::from_answer(person.large_family_card),
        Outcome::from_answer(over_50).and(Outcome::from_answer(years_20)),
        Outcome::from_answer(person.child_and_spouse_benefit_exhausted),
        Outcome::from_answer(person.single_parent),
    ];
    let outcome = grounds.iter().fold(Outcome::NotMet, |acc, g| acc.or(*g));
    let days = match outcome {
        Outcome::Met => Some(p.length_days_long.value),
        Outcome::NotMet => Some(p.length_days.value),
        Outcome::Unknown => None,
    };
    ctx.record(
        "BEN-LENGTH",
        outcome,
        vals! { "disabled" => person.disabled, "large_family_card" => person.large_family_card, "over_50" => over_50, "qualifying_years_20" => years_20, "child_and_spouse_benefit_exhausted" => person.child_and_spouse_benefit_exhausted, "single_parent" => person.single_parent, "length_days" => days, "days_short" => p.length_days.value, "days_long" => p.length_days_long.value },
    );
    days
}

/// BEN-AMOUNT (art. 224 ust. 1), BEN-INDEXATION (art. 228) and BEN-AMOUNT-120 (art. 224 ust. 2):
/// the monthly amounts in force on the first day of benefit, for the first 90 days and for the
/// later days; 120 % with at least 20 years of qualifying periods, rounded up to full 10 grosze
/// (art. 254).
fn ben_amount(ctx: &mut Ctx, first_day: NaiveDate) -> Option<Amount> {
    let p = &params::of(ctx).parameters;
    let table = &params::of(ctx).benefit_amounts;
    let entry = table.on(first_day);
    ctx.record(
        "BEN-INDEXATION",
        Outcome::from_bool(entry.is_some()),
        vals! { "as_of" => first_day, "in_force_from" => entry.map(|e| e.from), "announced_in" => entry.map(|e| e.source), "known_until" => table.valid_until },
    );
    let years_20 = ctx.answers.qualifying_years_20;
    let raised = Outcome::from_answer(years_20);
    let percent = years_20.map(|y| {
        if y {
            p.amount_raised_percent.value
        } else {
            100
        }
    });
    ctx.record(
        "BEN-AMOUNT-120",
        raised,
        vals! { "qualifying_years_20" => years_20, "years_required" => p.amount_raised_years.value, "percent" => percent },
    );
    let entry = entry?;
    let scale = |g: Grosze| {
        let pc = i64::from(percent.unwrap_or(100));
        // Up to full 10 grosze.
        Grosze((g.0 * pc + 999) / 1000 * 10)
    };
    let amount = Amount {
        as_of: first_day,
        first_90_days_pln: scale(entry.first_period).to_string(),
        later_days_pln: scale(entry.later).to_string(),
        percent,
    };
    ctx.record(
        "BEN-AMOUNT",
        Outcome::Met,
        vals! { "first_days" => p.amount_first_period_days.value, "first_period_pln" => amount.first_90_days_pln.clone(), "later_pln" => amount.later_days_pln.clone(), "percent" => percent },
    );
    Some(amount)
}

/// The period kinds the questionnaire offers under this Act (art. 218 ust. 1 pkt 1–9, ust. 2
/// pkt 1–13), the common ones first. Not offered: pkt 11 (`CovidReducedHours`), whose
/// reductions ended before any 18-month window of this Act begins (decision 82); a file may
/// still hold it.
/// The first kinds of `PERIOD_KINDS`, those most people have, shown at once.
pub const PERIOD_KINDS_SHOWN: usize = 7;

pub const PERIOD_KINDS: &[PeriodKind] = &[
    PeriodKind::Employment,
    PeriodKind::CivilContract,
    PeriodKind::Business,
    PeriodKind::OtherPaidWork,
    PeriodKind::CareBenefit,
    PeriodKind::ParentalLeave,
    PeriodKind::PensionOrSickness,
    PeriodKind::Military,
    PeriodKind::Compensation,
    PeriodKind::NannyContract,
    PeriodKind::Outwork,
    PeriodKind::AgriCooperative,
    PeriodKind::PrisonWork,
    PeriodKind::AbroadLabourFund,
    PeriodKind::RepatriateAbroad,
    PeriodKind::FamilyPensionChosen,
    PeriodKind::UniformedFamilyBenefitChosen,
    PeriodKind::ChildCareInsured,
    PeriodKind::PensionInsuranceArt6c,
    PeriodKind::ContributionsArt16,
    PeriodKind::OtherContributions,
];

/// The Q rules of this rule set, for `periods::classify_history`: every period of art. 218
/// ust. 1 pkt 1–9 and ust. 2 pkt 1–13.
fn q_rules(kind: PeriodKind) -> Option<crate::rules::periods::QRule> {
    Some(q_rule(kind))
}

/// The Q rule ID of a period kind and its condition.
pub fn q_rule(kind: PeriodKind) -> crate::rules::periods::QRule {
    match kind {
        PeriodKind::Employment => ("Q-EMPLOYMENT", q_employment),
        PeriodKind::Outwork => ("Q-OUTWORK", q_outwork),
        PeriodKind::CivilContract => ("Q-CIVIL-CONTRACT-2025", q_civil_contract_2025),
        PeriodKind::Business => ("Q-BUSINESS", q_business),
        PeriodKind::PrisonWork => ("Q-PRISON-WORK-2025", q_prison_work_2025),
        PeriodKind::AgriCooperative => ("Q-AGRI-COOP", q_agri_coop),
        PeriodKind::AbroadLabourFund => ("Q-ABROAD-2025", q_abroad_2025),
        PeriodKind::RepatriateAbroad => ("Q-REPATRIATE", q_repatriate),
        PeriodKind::OtherPaidWork => ("Q-OTHER-PAID-WORK", q_other_paid_work),
        PeriodKind::Military => ("Q-MILITARY-2025", q_military_2025),
        PeriodKind::ParentalLeave => ("Q-PARENTAL-LEAVE", q_parental_leave),
        PeriodKind::PensionOrSickness => ("Q-PENSION-SICKNESS-2025", q_pension_sickness_2025),
        PeriodKind::Compensation => ("Q-COMPENSATION", q_compensation),
        PeriodKind::OtherContributions => ("Q-OTHER-CONTRIBUTIONS", q_other_contributions),
        PeriodKind::NannyContract => ("Q-NANNY-CONTRACT", q_nanny_contract),
        PeriodKind::FamilyPensionChosen => ("Q-FAMILY-PENSION-CHOSEN", q_family_pension_chosen),
        PeriodKind::UniformedFamilyBenefitChosen => (
            "Q-UNIFORMED-FAMILY-BENEFIT-CHOSEN",
            q_uniformed_family_benefit_chosen,
        ),
        PeriodKind::ChildCareInsured => ("Q-CHILD-CARE-INSURED", q_child_care_insured),
        PeriodKind::CareBenefit => ("Q-CARE-BENEFIT", q_care_benefit),
        PeriodKind::CovidReducedHours => ("Q-COVID-REDUCED-HOURS", q_covid_reduced_hours),
        PeriodKind::PensionInsuranceArt6c => {
            ("Q-PENSION-INSURANCE-ART-6C", q_pension_insurance_art_6c)
        }
        PeriodKind::ContributionsArt16 => ("Q-CONTRIBUTIONS-ART-16", q_contributions_art_16),
    }
}

/// Q-OTHER-CONTRIBUTIONS (art. 218 ust. 2 pkt 4): periods not listed in ust. 1 for which
/// social-insurance and Labour Fund contributions were paid on a base of at least the minimum
/// wage (`min_wage_met`).
fn q_other_contributions(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-NANNY-CONTRACT (art. 218 ust. 2 pkt 6): services under an umowa uaktywniająca (art. 50 of
/// the Act of 4 February 2011 on the care of children under 3; the kind is the condition).
fn q_nanny_contract(_: &Period) -> Outcome {
    Outcome::Met
}

/// Q-FAMILY-PENSION-CHOSEN (art. 218 ust. 2 pkt 7): a family pension drawn where the right to
/// it met a right to a disability pension and the family pension was chosen (the kind is the
/// condition).
fn q_family_pension_chosen(_: &Period) -> Outcome {
    Outcome::Met
}

/// Q-UNIFORMED-FAMILY-BENEFIT-CHOSEN (art. 218 ust. 2 pkt 8): the cash benefit for the family
/// members of officers or professional soldiers drawn where it met a right to an old-age or
/// disability pension of the FUS Act (the kind is the condition).
fn q_uniformed_family_benefit_chosen(_: &Period) -> Outcome {
    Outcome::Met
}

/// Q-CHILD-CARE-INSURED (art. 218 ust. 2 pkt 9): personal care of a child by a person of
/// art. 6a ust. 1 of the Social Insurance System Act (the kind is the condition).
fn q_child_care_insured(_: &Period) -> Outcome {
    Outcome::Met
}

/// Q-CARE-BENEFIT (art. 218 ust. 2 pkt 10): świadczenie pielęgnacyjne or specjalny zasiłek
/// opiekuńczy (Family Benefits Act), or zasiłek dla opiekuna (the Act of 4 April 2014) drawn
/// (the kind is the condition).
fn q_care_benefit(_: &Period) -> Outcome {
    Outcome::Met
}

/// Q-COVID-REDUCED-HOURS (art. 218 ust. 2 pkt 11): employment whose pay fell below the minimum
/// wage because working time was reduced under art. 15g of the COVID-19 Act, when the pay was
/// at least the minimum wage before (`min_wage_met`). Such reductions ended with the state of
/// epidemic threat (decision 82): the kind is kept for a file that has it and the prison basis.
fn q_covid_reduced_hours(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-PENSION-INSURANCE-ART-6C (art. 218 ust. 2 pkt 12): compulsory pension and disability
/// insurance under art. 6c ust. 1 of the Social Insurance System Act (the kind is the
/// condition).
fn q_pension_insurance_art_6c(_: &Period) -> Outcome {
    Outcome::Met
}

/// Q-CONTRIBUTIONS-ART-16 (art. 218 ust. 2 pkt 13): contributions financed from the funds of
/// art. 16 ust. 4a of the Social Insurance System Act, on a base of at least the minimum wage
/// (`min_wage_met`).
fn q_contributions_art_16(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-CIVIL-CONTRACT-2025 (art. 218 ust. 1 pkt 3): civil-law contracts (agency, mandate, specific
/// work, services) with social insurance and Labour Fund contributions due on a base of at
/// least the minimum wage for a full month.
fn q_civil_contract_2025(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-PRISON-WORK-2025 (art. 218 ust. 1 pkt 5): work during imprisonment with a base of at least
/// the full minimum wage (`min_wage_met`, rules.md §12).
fn q_prison_work_2025(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-ABROAD-2025 (art. 218 ust. 1 pkt 7): Labour Fund contribution paid for work for a foreign
/// employer in a state outside the EU, the EEA, Switzerland and the UK (the kind is the
/// condition).
fn q_abroad_2025(_: &Period) -> Outcome {
    Outcome::Met
}

/// Q-MILITARY-2025 (art. 218 ust. 2 pkt 1): military service of the kinds the Act lists,
/// alternative service, civil defence in war, service of the uniformed services.
fn q_military_2025(_: &Period) -> Outcome {
    Outcome::Met
}

/// Q-PENSION-SICKNESS-2025 (art. 218 ust. 2 pkt 3): a disability, training or uniformed
/// disability pension, or after work a sickness, maternity(-equivalent) or rehabilitation
/// benefit whose base, counting social contributions, was at least the minimum wage
/// (`min_wage_met`, as under the seed, decision 50).
fn q_pension_sickness_2025(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

#[cfg(test)]
mod tests {
    use super::used_before_loss;
    use chrono::NaiveDate;

    fn day(s: &str) -> Option<NaiveDate> {
        Some(s.parse().unwrap())
    }

    /// Decision 84: a period that ended before the day the status was lost was a basis of the
    /// earlier benefit; one that began on that day or later was not; one that spans it, or
    /// whose end is not known while it began before, is not known.
    #[test]
    fn a_period_was_used_before_the_loss_as_its_dates_tell() {
        let lost = day("2026-07-01").unwrap();
        assert_eq!(used_before_loss(None, day("2026-06-30"), lost), Some(true));
        assert_eq!(
            used_before_loss(day("2026-01-01"), day("2026-07-01"), lost),
            None
        );
        assert_eq!(used_before_loss(day("2026-07-01"), None, lost), Some(false));
        assert_eq!(used_before_loss(day("2026-06-30"), None, lost), None);
        assert_eq!(used_before_loss(None, None, lost), None);
    }
}
