//! Unemployed status — STATUS (art. 2 ust. 1 pkt 2 of the Act, as described in 004,
//! "Status bezrobotnego"). All rules must hold; IDs in the order of the source.

use super::answers::{Schooling, Sex};
use super::dates::anniversary;
use super::ids::{parse_pesel, validate_nip, NipError, PeselError};
use super::money::{Grosze, MoneyError};
use super::result::{Outcome, Status, StatusVerdict};
use super::values::Val;
use super::{ids_with, loss, Ctx};
use crate::vals;

/// Reads birth date and sex from the answers and the PESEL; reports disagreements and
/// invalid numbers as input errors (the PESEL's facts are then not used).
pub fn read_person(ctx: &mut Ctx) {
    let person = &ctx.answers.person;
    let mut birth_date = person.birth_date;
    let mut sex = person.sex;
    if let Some(pesel) = person.pesel.as_deref() {
        match parse_pesel(pesel.trim()) {
            Ok(p) => {
                let date_conflict = birth_date.is_some_and(|b| b != p.birth_date);
                let sex_conflict = sex.is_some_and(|s| s != p.sex);
                if date_conflict {
                    ctx.error(
                        "person.pesel",
                        Some("STATUS-AGE-MIN"),
                        "pesel_birth_date_mismatch",
                        format!(
                            "the PESEL gives the birth date {}, the answers give {}",
                            p.birth_date,
                            birth_date.map(|b| b.to_string()).unwrap_or_default()
                        ),
                    );
                    birth_date = None;
                }
                if sex_conflict {
                    ctx.error(
                        "person.pesel",
                        Some("STATUS-AGE-MAX"),
                        "pesel_sex_mismatch",
                        "the PESEL's sex digit does not agree with the sex given",
                    );
                    sex = None;
                }
                if !date_conflict && !sex_conflict {
                    birth_date = Some(p.birth_date);
                    sex = Some(p.sex);
                }
            }
            Err(e) => {
                let (code, message) = match e {
                    PeselError::Format => ("pesel_format", "a PESEL has exactly 11 digits"),
                    PeselError::Checksum => {
                        ("pesel_checksum", "the PESEL's control digit is wrong")
                    }
                    PeselError::Date => ("pesel_date", "the PESEL does not hold a real birth date"),
                };
                ctx.error("person.pesel", Some("STATUS-AGE-MIN"), code, message);
            }
        }
    }
    if let Some(nip) = ctx.answers.person.nip.as_deref() {
        if let Err(e) = validate_nip(nip.trim()) {
            let (code, message) = match e {
                NipError::Format => ("nip_format", "a NIP has exactly 10 digits"),
                NipError::Checksum => ("nip_checksum", "the NIP's control digit is wrong"),
            };
            ctx.error("person.nip", Some("DOC-PESEL-NIP"), code, message);
        }
    }
    ctx.birth_date = birth_date;
    ctx.sex = sex;
}

pub fn evaluate(ctx: &mut Ctx) -> Status {
    let outcomes = [
        ("STATUS-NOT-EMPLOYED", status_not_employed(ctx)),
        ("STATUS-READY", status_ready(ctx)),
        ("STATUS-NOT-IN-SCHOOL", status_not_in_school(ctx)),
        ("STATUS-AGE-MIN", status_age_min(ctx)),
        ("STATUS-AGE-MAX", status_age_max(ctx)),
        ("STATUS-NO-PENSION", status_no_pension(ctx)),
        ("STATUS-NO-FARM", status_no_farm(ctx)),
        ("STATUS-NO-SPECIAL-AGRI", status_no_special_agri(ctx)),
        ("STATUS-NO-BUSINESS", status_no_business(ctx)),
        ("STATUS-NOT-DETAINED", status_not_detained(ctx)),
        ("STATUS-INCOME", status_income(ctx)),
        (
            "STATUS-NO-PERMANENT-ALLOWANCE",
            status_no_permanent_allowance(ctx),
        ),
        ("STATUS-NO-CARE-BENEFIT", status_no_care_benefit(ctx)),
        (
            "STATUS-NO-TRAINING-BENEFIT",
            status_no_training_benefit(ctx),
        ),
    ];
    let status_all = outcomes
        .iter()
        .fold(Outcome::Met, |acc, (_, o)| acc.and(*o));
    let loss = loss::evaluate(ctx, status_all);

    let mut unmet = ids_with(&outcomes, Outcome::NotMet);
    let mut unknown = ids_with(&outcomes, Outcome::Unknown);
    unmet.extend(ids_with(&loss.outcomes, Outcome::NotMet));
    unknown.extend(ids_with(&loss.outcomes, Outcome::Unknown));
    let verdict = if !unmet.is_empty() {
        StatusVerdict::NotEligible
    } else if !unknown.is_empty() {
        StatusVerdict::Unknown
    } else {
        StatusVerdict::Eligible
    };
    Status {
        verdict,
        unmet,
        unknown,
        register_not_before: loss.register_not_before,
    }
}

/// STATUS-NOT-EMPLOYED: not employed and not doing any other paid work.
fn status_not_employed(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.employed_or_paid_work;
    ctx.record(
        "STATUS-NOT-EMPLOYED",
        Outcome::from_negative_answer(a),
        vals! { "employed_or_paid_work" => a },
    )
}

/// STATUS-READY: able and ready to work full time; a person with a disability at least half
/// of full time.
fn status_ready(ctx: &mut Ctx) -> Outcome {
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

/// STATUS-NOT-IN-SCHOOL: not attending school, except schools for adults and higher education
/// in evening or extramural mode.
fn status_not_in_school(ctx: &mut Ctx) -> Outcome {
    let s = ctx.answers.status.schooling;
    let outcome = match s {
        None => Outcome::Unknown,
        Some(Schooling::Day) => Outcome::NotMet,
        Some(Schooling::None | Schooling::AdultSchool | Schooling::EveningOrExtramuralHigher) => {
            Outcome::Met
        }
    };
    ctx.record("STATUS-NOT-IN-SCHOOL", outcome, vals! { "schooling" => s })
}

/// STATUS-AGE-MIN: has turned 18 on the registration day.
fn status_age_min(ctx: &mut Ctx) -> Outcome {
    let min = ctx.rules.parameters.age_min.value;
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
fn status_age_max(ctx: &mut Ctx) -> Outcome {
    let p = &ctx.rules.parameters;
    let (woman, man) = (p.age_max_woman.value, p.age_max_man.value);
    let Some(birth) = ctx.birth_date else {
        return ctx.record(
            "STATUS-AGE-MAX",
            Outcome::Unknown,
            vals! { "birth_date" => Val::Null, "sex" => ctx.sex },
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
        outcome,
        vals! { "birth_date" => birth, "sex" => ctx.sex, "age_max" => limit, "turns_max_age_on" => limit.map(|y| anniversary(birth, y)), "registration_date" => ctx.d },
    )
}

/// STATUS-NO-PENSION: no right to an old-age, disability, training or social pension, and no
/// pre-retirement, rehabilitation, sickness or maternity benefit after the end of work.
fn status_no_pension(ctx: &mut Ctx) -> Outcome {
    let list = ctx.answers.status.pensions_and_benefits.as_ref();
    let outcome = list.map_or(Outcome::Unknown, |l| Outcome::from_bool(l.is_empty()));
    let values = vals! { "pensions_and_benefits" => list.map(|l| Val::List(l.iter().map(|p| Val::from(*p)).collect())) };
    ctx.record("STATUS-NO-PENSION", outcome, values)
}

/// STATUS-NO-FARM: no agricultural land over 2 conversion hectares, and not insured as the
/// spouse or household member on such a farm.
fn status_no_farm(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.farm_over_2ha;
    ctx.record(
        "STATUS-NO-FARM",
        Outcome::from_negative_answer(a),
        vals! { "farm_over_2ha" => a },
    )
}

/// STATUS-NO-SPECIAL-AGRI: no taxable income from special branches of agricultural production
/// above the average income from 2 conversion hectares.
fn status_no_special_agri(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.special_agri_income_over_limit;
    ctx.record(
        "STATUS-NO-SPECIAL-AGRI",
        Outcome::from_negative_answer(a),
        vals! { "special_agri_income_over_limit" => a },
    )
}

/// STATUS-NO-BUSINESS: no registered non-agricultural business and no compulsory social
/// insurance on another ground (farmers' insurance excepted).
fn status_no_business(ctx: &mut Ctx) -> Outcome {
    let s = &ctx.answers.status;
    let (business, insurance) = (s.business_registered, s.other_compulsory_insurance);
    let outcome =
        Outcome::from_negative_answer(business).and(Outcome::from_negative_answer(insurance));
    ctx.record(
        "STATUS-NO-BUSINESS",
        outcome,
        vals! { "business_registered" => business, "other_compulsory_insurance" => insurance },
    )
}

/// STATUS-NOT-DETAINED: not in pre-trial detention and not serving a prison sentence.
fn status_not_detained(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.detained;
    ctx.record(
        "STATUS-NOT-DETAINED",
        Outcome::from_negative_answer(a),
        vals! { "detained" => a },
    )
}

/// STATUS-INCOME: monthly income not above half of the minimum wage in force on the
/// registration day (interest on bank accounts left out).
fn status_income(ctx: &mut Ctx) -> Outcome {
    let table = &ctx.rules.minimum_wage;
    let percent = ctx
        .rules
        .parameters
        .income_limit_percent_of_minimum_wage
        .value;
    let wage = table.on(ctx.d);
    // Before the table the day is outside what this rule set covers: an input error. After
    // its last known figure the rule set does not know the limit yet (decision 47): no
    // error, and only an income above zero is left to the office.
    let before_table = ctx.d < table.first_day();
    if before_table {
        ctx.error(
            "registration_date",
            Some("STATUS-INCOME"),
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
            ctx.error(
                "status.monthly_income_pln",
                Some("STATUS-INCOME"),
                code,
                message,
            );
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
    ctx.record("STATUS-INCOME", outcome, values)
}

/// STATUS-NO-PERMANENT-ALLOWANCE: no permanent allowance from social assistance.
fn status_no_permanent_allowance(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.permanent_social_allowance;
    ctx.record(
        "STATUS-NO-PERMANENT-ALLOWANCE",
        Outcome::from_negative_answer(a),
        vals! { "permanent_social_allowance" => a },
    )
}

/// STATUS-NO-CARE-BENEFIT: no nursing benefit and no single-parent supplement following the
/// end of unemployment benefit.
fn status_no_care_benefit(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.care_benefit;
    ctx.record(
        "STATUS-NO-CARE-BENEFIT",
        Outcome::from_negative_answer(a),
        vals! { "care_benefit" => a },
    )
}

/// STATUS-NO-TRAINING-BENEFIT: not receiving, after the end of employment, the training
/// benefit of art. 70 ust. 6.
fn status_no_training_benefit(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.training_benefit;
    ctx.record(
        "STATUS-NO-TRAINING-BENEFIT",
        Outcome::from_negative_answer(a),
        vals! { "training_benefit" => a },
    )
}
