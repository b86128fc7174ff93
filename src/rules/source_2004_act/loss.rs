//! Loss of status and when one may register again — LOSS (004, "Zarejestrowana osoba traci
//! status bezrobotnego gdy").

use crate::rules::answers::LossReason;
use crate::rules::dates::{first_day_after_days, first_day_after_months};
use crate::rules::result::Outcome;
use crate::rules::shared_status::{loss_conditions, loss_own_request};
use crate::rules::Ctx;
use crate::vals;
use chrono::NaiveDate;

/// When registration is possible again after a loss of status on a day.
type AgainFrom = fn(&Ctx, NaiveDate) -> NaiveDate;

pub struct LossOutcome {
    /// Outcomes of the LOSS rules that take part in the status verdict.
    pub outcomes: Vec<(&'static str, Outcome)>,
    /// The first day registration is possible again, when a waiting period is still running.
    pub register_not_before: Option<NaiveDate>,
}

pub fn evaluate(ctx: &mut Ctx, status_all: Outcome) -> LossOutcome {
    loss_conditions(ctx, status_all);
    let loss = ctx.answers.previous_status_loss.clone();
    let reason = loss.as_ref().and_then(|l| l.reason);
    let mut date = loss.as_ref().and_then(|l| l.date);
    // A loss after the registration day cannot have happened before it: an input error, and
    // the date is taken as unknown (rules.md §1).
    if date.is_some_and(|x| x > ctx.d) {
        ctx.error(
            "previous_status_loss.date",
            reason.map(loss_rule_id),
            "event_after_registration",
            "the date is after the registration day",
        );
        date = None;
    }
    let unknown_reason = loss.is_some() && reason.is_none();

    let mut outcomes = Vec::with_capacity(5);
    let mut not_before: Option<NaiveDate> = None;
    // LOSS-NO-SHOW's loss needs no justified reason given within 5 days of the set date:
    // shown with the rule (the answer says whether the loss happened).
    let notice = crate::rules::params::rule_set()
        .parameters
        .loss_no_show_notice_days
        .value;
    let date_rules: [(&'static str, LossReason, AgainFrom, Option<u32>); 3] = [
        ("LOSS-REFUSAL", LossReason::Refusal, loss_refusal, None),
        (
            "LOSS-NO-SHOW",
            LossReason::NoShow,
            loss_no_show,
            Some(notice),
        ),
        ("LOSS-MEDICAL", LossReason::Medical, loss_medical, None),
    ];
    for (id, r, again_from, notice_days) in date_rules {
        let applies = reason == Some(r) || unknown_reason;
        let again = date.map(|x| again_from(ctx, x));
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
        let mut values = vals! { "applies" => applies, "reason" => reason, "loss_date" => date, "register_again_from" => if applies { again } else { None }, "registration_date" => ctx.d };
        if let Some(n) = notice_days {
            values.insert("notice_days", n);
        }
        ctx.record(id, outcome, values);
        outcomes.push((id, outcome));
    }
    outcomes.push((
        "LOSS-LOAN",
        loss_loan(ctx, reason == Some(LossReason::Loan)),
    ));
    loss_own_request(ctx, reason == Some(LossReason::OwnRequest));
    LossOutcome {
        outcomes,
        register_not_before: not_before,
    }
}

/// The rule of a loss reason (for an input error about its date).
fn loss_rule_id(r: LossReason) -> &'static str {
    match r {
        LossReason::Refusal => "LOSS-REFUSAL",
        LossReason::NoShow => "LOSS-NO-SHOW",
        LossReason::Medical => "LOSS-MEDICAL",
        LossReason::OwnRequest => "LOSS-OWN-REQUEST",
        LossReason::Loan => "LOSS-LOAN",
        // Reasons of the 2025 Act: under the seed only the loss of conditions fits them.
        _ => "LOSS-CONDITIONS",
    }
}

/// LOSS-REFUSAL: refused a suitable offer without a justified reason on day X → deprived of
/// status for 90 days: may register again from X + 91.
fn loss_refusal(_: &Ctx, x: NaiveDate) -> NaiveDate {
    first_day_after_days(
        x,
        crate::rules::params::rule_set()
            .parameters
            .loss_refusal_days
            .value,
    )
}

/// LOSS-NO-SHOW: did not appear on the set date (day X) without giving a justified reason
/// within 5 days → 3 months from X: may register again from X + 3 months + 1 day.
fn loss_no_show(_: &Ctx, x: NaiveDate) -> NaiveDate {
    first_day_after_months(
        x,
        crate::rules::params::rule_set()
            .parameters
            .loss_no_show_months
            .value,
    )
}

/// LOSS-MEDICAL: refused a medical or psychological examination on day X → 3 months: may
/// register again from X + 3 months + 1 day.
fn loss_medical(_: &Ctx, x: NaiveDate) -> NaiveDate {
    first_day_after_months(
        x,
        crate::rules::params::rule_set()
            .parameters
            .loss_medical_months
            .value,
    )
}

/// LOSS-LOAN: received a loan from PFRON or public funds to start a business or farming. No
/// waiting period: the business it funded makes STATUS-NO-BUSINESS fail while it is
/// registered (decision: this rule mirrors `business_registered` when the loss was a loan).
fn loss_loan(ctx: &mut Ctx, applies: bool) -> Outcome {
    let business = ctx.answers.status.business_registered;
    let outcome = if applies {
        Outcome::from_negative_answer(business)
    } else {
        Outcome::Met
    };
    ctx.record(
        "LOSS-LOAN",
        outcome,
        vals! { "applies" => applies, "business_registered" => business },
    )
}

#[cfg(test)]
mod tests {
    use crate::rules::answers::{Answers, LossReason, StatusLoss};
    use crate::rules::{catalog, evaluate, RuleSetId};

    /// A loss dated after the registration day is an input error that names the rule of its
    /// reason (rules.md §1), a rule of the seed's catalog.
    #[test]
    fn a_loss_after_the_registration_day_names_its_rule() {
        let d: chrono::NaiveDate = "2022-03-02".parse().unwrap();
        for (reason, rule) in [
            (LossReason::Refusal, "LOSS-REFUSAL"),
            (LossReason::NoShow, "LOSS-NO-SHOW"),
            (LossReason::Medical, "LOSS-MEDICAL"),
            (LossReason::OwnRequest, "LOSS-OWN-REQUEST"),
            (LossReason::Loan, "LOSS-LOAN"),
            (LossReason::FormOfHelp, "LOSS-CONDITIONS"),
        ] {
            let a = Answers {
                registration_date: Some(d),
                previous_status_loss: Some(StatusLoss {
                    reason: Some(reason),
                    date: d.succ_opt(),
                    ..StatusLoss::default()
                }),
                ..Answers::default()
            };
            let r = evaluate(&a, d);
            let e = r
                .errors
                .iter()
                .find(|e| e.field == "previous_status_loss.date")
                .unwrap_or_else(|| panic!("{reason:?}: no error"));
            assert_eq!(e.rule.as_deref(), Some(rule), "{reason:?}");
            assert!(
                catalog::find(RuleSetId::Source2004Act, rule).is_some(),
                "{rule}"
            );
        }
    }
}
