//! The last employment relationship and how it ended: what art. 219 (the benefit barred
//! after some endings) and art. 220 ust. 1 pkt 5 (deferred after a mutual agreement) read.

use crate::rules::answers::{Period, PeriodKind, TerminationException, TerminationMode};
use crate::rules::values::{Val, Values};
use crate::rules::Ctx;
use crate::vals;
use chrono::NaiveDate;

/// The last employment relationship (rules.md §12: the `employment` period that ends last)
/// and how it ended (the termination dated on its last day).
#[derive(Debug, Clone, Copy)]
pub enum LastJob {
    /// No employment period: art. 219 and art. 220 ust. 1 pkt 5 do not apply.
    None,
    /// Employment periods without an end date: which one is last is not known.
    Unknown,
    Ended {
        /// Its index in `history`.
        index: usize,
        to: NaiveDate,
        mode: Option<TerminationMode>,
        exception: Option<TerminationException>,
        starosta_referral: Option<bool>,
    },
}

impl LastJob {
    pub fn of(ctx: &Ctx) -> LastJob {
        let jobs: Vec<(usize, &Period)> = ctx
            .answers
            .history
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == PeriodKind::Employment)
            .collect();
        if jobs.is_empty() {
            return LastJob::None;
        }
        if jobs.iter().any(|(_, p)| p.to.is_none()) {
            return LastJob::Unknown;
        }
        let (index, to) = jobs
            .iter()
            .filter_map(|(i, p)| p.to.map(|t| (*i, t)))
            .max_by_key(|(i, t)| (*t, *i))
            .expect("jobs is not empty");
        let t = ctx.answers.terminations.iter().find(|t| t.date == Some(to));
        LastJob::Ended {
            index,
            to,
            mode: t.and_then(|t| t.mode),
            exception: t.and_then(|t| t.exception),
            starosta_referral: t.and_then(|t| t.starosta_referral),
        }
    }

    pub fn values(&self) -> Values {
        match *self {
            LastJob::None => vals! { "last_employment" => Val::Null },
            LastJob::Unknown => vals! { "last_employment" => "unknown" },
            LastJob::Ended {
                index,
                to,
                mode,
                exception,
                starosta_referral,
            } => {
                vals! { "last_employment_period" => index + 1, "ended_on" => to, "mode" => mode, "exception" => exception, "starosta_referral" => starosta_referral }
            }
        }
    }
}
