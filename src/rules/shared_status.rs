//! Status rules whose wording is the same in every rule set (age limits, the income limit
//! against the minimum wage in force on D): each rule set's rule function calls these with
//! its own parameters and rule ID.

use super::answers::Sex;
use super::dates::anniversary;
use super::money::{Grosze, MoneyError};
use super::result::{Outcome, Status, StatusVerdict};
use super::values::{Val, Values};
use super::{ids_with, Ctx};
use crate::vals;

/// STATUS-AGE-MIN: has turned 18 on the registration day.
pub fn status_age_min(ctx: &mut Ctx, min: u32) -> Outcome {
    let Some(birth) = ctx.birth_date else {
        return ctx.record(
            "STATUS-AGE-MIN",
            Outcome::Unknown,
            vals! { "birth_date" => Val::Null, "age_min" => min },
        );
    };
    let turns = anniversary(birth, min);
    let outcome = Outcome::from_bool(turns <= ctx.d);
    ctx.record(
        "STATUS-AGE-MIN",
        outcome,
        vals! { "birth_date" => birth, "age_min" => min, "turns_min_age_on" => turns, "registration_date" => ctx.d },
    )
}

/// STATUS-AGE-MAX: a woman has not turned 60, a man has not turned 65, on the registration
/// day. With the sex unknown the rule is decided only where both limits agree.
///
/// `waived`: whether a later act switches the ceiling off for this person (met = switched
/// off; the 2025 Act's art. 420 for citizens of Ukraine, STATUS-UKRAINE-SPECIAL-ACT).
pub fn status_age_max(ctx: &mut Ctx, woman: u32, man: u32, waived: Outcome) -> Outcome {
    let Some(birth) = ctx.birth_date else {
        return ctx.record(
            "STATUS-AGE-MAX",
            Outcome::Unknown.or(waived),
            vals! { "birth_date" => Val::Null, "sex" => ctx.sex, "ceiling_waived" => waived },
        );
    };
    let under = |years: u32| ctx.d < anniversary(birth, years);
    let outcome = match ctx.sex {
        Some(Sex::Female) => Outcome::from_bool(under(woman)),
        Some(Sex::Male) => Outcome::from_bool(under(man)),
        None if under(woman.min(man)) => Outcome::Met,
        None if !under(woman.max(man)) => Outcome::NotMet,
        None => Outcome::Unknown,
    };
    let limit = match ctx.sex {
        Some(Sex::Female) => Some(woman),
        Some(Sex::Male) => Some(man),
        None => None,
    };
    ctx.record(
        "STATUS-AGE-MAX",
        outcome.or(waived),
        vals! { "birth_date" => birth, "sex" => ctx.sex, "age_max" => limit, "turns_max_age_on" => limit.map(|y| anniversary(birth, y)), "registration_date" => ctx.d, "ceiling_waived" => waived },
    )
}

/// STATUS-INCOME: monthly income not above half of the minimum wage in force on the
/// registration day (interest on bank accounts left out).
pub fn status_income(ctx: &mut Ctx, rule: &'static str, percent: u32) -> Outcome {
    let table = &crate::rules::params::rule_set().minimum_wage;
    let wage = table.on(ctx.d);
    // Before the table the day is outside what this rule set covers: an input error. After
    // its last known figure the rule set does not know the limit yet (decision 47): no
    // error, and only an income above zero is left to the office.
    let before_table = ctx.d < table.first_day();
    if before_table {
        ctx.error(
            "registration_date",
            Some(rule),
            "date_outside_minimum_wage_table",
            format!(
                "the registration date {} is outside the minimum-wage table of this rule set ({} to {})",
                ctx.d,
                table.first_day(),
                table.valid_until
            ),
        );
    }
    let limit = wage.map(|w| w.percent(percent));
    let raw = ctx.answers.status.monthly_income_pln.clone();
    let income = match raw.as_deref().map(Grosze::parse) {
        None => None,
        Some(Ok(g)) => Some(g),
        Some(Err(e)) => {
            let (code, message) = match e {
                MoneyError::Empty => ("amount_empty", "the amount is empty"),
                MoneyError::Negative => ("amount_negative", "the amount cannot be negative"),
                MoneyError::TooManyDecimals => ("amount_decimals", "at most two decimal places"),
                MoneyError::TooLarge => ("amount_too_large", "the amount is too large"),
                MoneyError::NotANumber => (
                    "amount_not_a_number",
                    "the amount must be a number, e.g. 1200.50",
                ),
            };
            ctx.error("status.monthly_income_pln", Some(rule), code, message);
            None
        }
    };
    let outcome = match (income, limit) {
        (Some(i), Some(l)) => Outcome::from_bool(i <= l),
        // No income is within any limit, whatever the minimum wage will be.
        (Some(Grosze(0)), None) if !before_table => Outcome::Met,
        _ => Outcome::Unknown,
    };
    let mut values = vals! { "income" => income.map(|g| g.to_string()), "limit" => limit.map(|g| g.to_string()), "minimum_wage" => wage.map(|g| g.to_string()), "registration_date" => ctx.d };
    if wage.is_none() && !before_table {
        // The day up to which the rule set knows the minimum wage (shown in the "why").
        values
            .0
            .push(("minimum_wage_known_until", table.valid_until.into()));
    }
    ctx.record(rule, outcome, values)
}

/// The status verdict of a rule set: its STATUS rules' outcomes and its LOSS rules' (rules.md:
/// a verdict is not met as soon as one rule is not met, unknown if none fails but one is
/// unknown), with the first day registration is possible again.
pub fn verdict(
    status: &[(&'static str, Outcome)],
    loss: &[(&'static str, Outcome)],
    register_not_before: Option<chrono::NaiveDate>,
) -> Status {
    let mut unmet = ids_with(status, Outcome::NotMet);
    let mut unknown = ids_with(status, Outcome::Unknown);
    unmet.extend(ids_with(loss, Outcome::NotMet));
    unknown.extend(ids_with(loss, Outcome::Unknown));
    let verdict = if !unmet.is_empty() {
        StatusVerdict::NotEligible
    } else if !unknown.is_empty() {
        StatusVerdict::Unknown
    } else {
        StatusVerdict::Eligible
    };
    Status {
        job_seeker: None,
        verdict,
        unmet,
        unknown,
        register_not_before,
    }
}

/// A yes/no status condition where "yes" bars the status.
pub fn bar(
    ctx: &mut Ctx,
    rule: &'static str,
    field: &'static str,
    answer: Option<bool>,
) -> Outcome {
    let values = Values(vec![(field, Val::from(answer))]);
    ctx.record(rule, Outcome::from_negative_answer(answer), values)
}

/// STATUS-NOT-EMPLOYED (rules.md §3; art. 2 pkt 1 of the 2025 Act): not employed and not doing
/// any other paid work (under the 2025 Act a contract for a specific work, umowa o dzieło,
/// is other paid work, art. 2 pkt 9).
pub fn status_not_employed(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.employed_or_paid_work;
    bar(ctx, "STATUS-NOT-EMPLOYED", "employed_or_paid_work", a)
}

/// STATUS-READY (rules.md §3; art. 2 pkt 1 of the 2025 Act): able and ready to work full time;
/// a person with a disability at least half of full time.
pub fn status_ready(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.able_and_ready;
    let disabled = ctx.answers.person.disabled;
    let required = if disabled == Some(true) {
        "half_time"
    } else {
        "full_time"
    };
    ctx.record(
        "STATUS-READY",
        Outcome::from_answer(a),
        vals! { "able_and_ready" => a, "disabled" => disabled, "required" => required },
    )
}

/// STATUS-NO-PERMANENT-ALLOWANCE (rules.md §3; art. 2 pkt 1 lit. g of the 2025 Act): no
/// (right to the) permanent allowance, zasiłek stały, from social assistance.
pub fn status_no_permanent_allowance(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.permanent_social_allowance;
    bar(
        ctx,
        "STATUS-NO-PERMANENT-ALLOWANCE",
        "permanent_social_allowance",
        a,
    )
}

/// STATUS-NO-TRAINING-BENEFIT (rules.md §3; art. 2 pkt 42 lit. g of the 2025 Act): not
/// receiving, after the end of employment, the training benefit (art. 70 ust. 6 of the 2004
/// Act; art. 217 ust. 6 of the 2025 Act, and one granted under the 2004 Act, art. 438 ust. 2).
pub fn status_no_training_benefit(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.training_benefit;
    bar(ctx, "STATUS-NO-TRAINING-BENEFIT", "training_benefit", a)
}

/// LOSS-CONDITIONS (rules.md §4; art. 65 ust. 1 pkt 1 of the 2025 Act): status ends when a
/// status condition stops being met, and can be had again when they all are (no waiting
/// period). Recorded for the "why"; the STATUS rules carry the verdict.
pub fn loss_conditions(ctx: &mut Ctx, status_all: Outcome) {
    ctx.record(
        "LOSS-CONDITIONS",
        status_all,
        vals! { "status_rules" => status_all },
    );
}

/// LOSS-OWN-REQUEST (rules.md §4, decision: no waiting period; art. 65 ust. 1 pkt 9 of the
/// 2025 Act, which sets none): asked to be deprived of status; registration is possible again
/// at once.
pub fn loss_own_request(ctx: &mut Ctx, applies: bool) {
    ctx.record(
        "LOSS-OWN-REQUEST",
        Outcome::Met,
        vals! { "applies" => applies, "waiting_days" => 0 },
    );
}
