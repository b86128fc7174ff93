//! Qualifying periods shared by every rule set: each `history` period classified by its
//! rule set's Q rule, and the qualifying days within a window counted three-valued (a lower
//! bound from the periods that surely count, an upper bound adding those that may), with the
//! unpaid-leave rule (more than the tolerated days of unpaid leave are not counted).

use super::answers::{Period, PeriodKind};
use super::dates::{days_inclusive, union_days, Range};
use super::result::Outcome;
use super::values::Values;
use super::Ctx;
use crate::vals;
use chrono::NaiveDate;

/// A rule set's Q rules: the rule ID of a period kind and the function deciding whether a
/// period of that kind counts; `None` for a kind the rule set does not count (a kind a later
/// law added): such a period is an input error and does not count.
pub type QRules = fn(PeriodKind) -> Option<QRule>;

/// A Q rule: its ID and the function deciding whether a period counts.
pub type QRule = (&'static str, fn(&Period) -> Outcome);

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

impl Classified {
    /// A period that cannot count (its kind is not one the rule set counts, or it lies after
    /// the registration day).
    fn not_counted(kind: PeriodKind) -> Classified {
        Classified {
            kind,
            counts: Outcome::NotMet,
            range: None,
            one_date: None,
            unpaid_leave_days: Some(0),
        }
    }
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

/// Applies each period's Q rule, reports bad periods, and records one trace entry a period.
pub fn classify_history(ctx: &mut Ctx, q: QRules) -> Vec<Classified> {
    let history = &ctx.answers.history;
    let mut out = Vec::with_capacity(history.len());
    for (i, period) in history.iter().enumerate() {
        let Some((rule, q_rule)) = q(period.kind) else {
            ctx.error(
                format!("history[{i}].kind"),
                None,
                "period_kind_not_in_rule_set",
                format!(
                    "period {}: the kind `{}` is not a qualifying period under the law of the registration day",
                    i + 1,
                    period.kind.as_str()
                ),
            );
            out.push(Classified::not_counted(period.kind));
            continue;
        };
        let counts = q_rule(period);
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
                out.push(Classified::not_counted(period.kind));
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
        // The answers of this kind only (issue 23: no "nie wiadomo" for a question the
        // period's kind never asks).
        let mut values = vals! { "period" => i + 1, "kind" => period.kind, "from" => period.from, "to" => period.to, "days" => range.map(|r| days_inclusive(r.from, r.to)), "min_wage_met" => period.min_wage_met };
        if period.kind == PeriodKind::Employment {
            values = values.with("unpaid_leave_days", period.unpaid_leave_days);
        }
        if period.kind == PeriodKind::RepatriateAbroad {
            values = values.with("repatriate", period.repatriate);
        }
        ctx.record(rule, counts, values);
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
pub fn count_qualifying(periods: &[Classified], window: Range, tolerated: u32) -> Count {
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

/// The values of a count, for the trace.
pub fn count_values(count: &Count, required: u32) -> Values {
    vals! { "window_from" => count.window.from, "window_to" => count.window.to, "qualifying_days" => count.lower, "qualifying_days_at_most" => count.upper, "required_days" => required, "unpaid_leave_days" => count.unpaid_leave_days }
}

// ---- The Q rules with the same ID and meaning in every rule set (rules.md §6; art. 218 of
// the 2025 Act). Each rule set maps its period kinds to them (`QRules`). ----

/// Q-EMPLOYMENT (art. 218 ust. 1 pkt 1): employed with pay of at least the minimum wage
/// subject to the Labour Fund contribution (unpaid leave over 30 days not counted).
pub fn q_employment(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-OUTWORK (art. 218 ust. 1 pkt 2): outwork contract with income of at least the minimum wage.
pub fn q_outwork(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-BUSINESS (art. 218 ust. 1 pkt 4): social insurance and Labour Fund contributions paid for
/// a non-agricultural business, base at least the minimum wage.
pub fn q_business(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-AGRI-COOP (art. 218 ust. 1 pkt 6): work as a member of an agricultural cooperative, base at
/// least the minimum wage.
pub fn q_agri_coop(p: &Period) -> Outcome {
    Outcome::from_answer(p.min_wage_met)
}

/// Q-REPATRIATE (art. 218 ust. 1 pkt 8): employed abroad and came to Poland as a repatriate.
pub fn q_repatriate(p: &Period) -> Outcome {
    Outcome::from_answer(p.repatriate)
}

/// Q-OTHER-PAID-WORK (art. 218 ust. 1 pkt 9): other employment, service or paid work with the
/// Labour Fund contribution due (the kind is the condition).
pub fn q_other_paid_work(_: &Period) -> Outcome {
    Outcome::Met
}

/// Q-PARENTAL-LEAVE (art. 218 ust. 2 pkt 2): parental leave (urlop wychowawczy).
pub fn q_parental_leave(_: &Period) -> Outcome {
    Outcome::Met
}

/// Q-COMPENSATION (art. 218 ust. 2 pkt 5): periods covered by compensation for unlawful
/// termination or a shortened notice period.
pub fn q_compensation(_: &Period) -> Outcome {
    Outcome::Met
}
