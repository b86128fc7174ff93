//! Unemployed status — STATUS (art. 2 pkt 1 and pkt 42 of the 2025 Act). All rules must hold;
//! IDs in the order of the definition: who the Act covers, the conditions of the opening
//! words (not employed, not in school, no stable source of income, ready to work), then
//! letters a–n.

use super::loss;
use super::params;
use crate::rules::answers::{ForeignerBasis, Schooling};
use crate::rules::result::{Outcome, Status};
use crate::rules::shared_status::{
    bar, status_no_permanent_allowance, status_no_training_benefit, status_not_employed,
    status_ready,
};
use crate::rules::values::Val;
use crate::rules::{shared_status, Ctx};
use crate::vals;

pub fn evaluate(ctx: &mut Ctx) -> Status {
    let ukraine = status_ukraine_special_act(ctx);
    let outcomes = [
        ("STATUS-COVERED-PERSON", status_covered_person(ctx, ukraine)),
        ("STATUS-NOT-EMPLOYED", status_not_employed(ctx)),
        ("STATUS-NOT-IN-SCHOOL-2025", status_not_in_school_2025(ctx)),
        ("STATUS-NO-PENSION-2025", status_no_pension_2025(ctx)),
        ("STATUS-INCOME-2025", status_income_2025(ctx)),
        (
            "STATUS-NO-CARE-BENEFIT-2025",
            status_no_care_benefit_2025(ctx),
        ),
        (
            "STATUS-NO-TRAINING-BENEFIT",
            status_no_training_benefit(ctx),
        ),
        ("STATUS-READY", status_ready(ctx)),
        ("STATUS-AGE-MIN", status_age_min(ctx)),
        ("STATUS-AGE-MAX", status_age_max(ctx, ukraine)),
        ("STATUS-NO-BUSINESS-2025", status_no_business_2025(ctx)),
        ("STATUS-NOT-DETAINED-2025", status_not_detained_2025(ctx)),
        (
            "STATUS-NO-PERMANENT-ALLOWANCE",
            status_no_permanent_allowance(ctx),
        ),
        ("STATUS-NO-COMPANY-ROLE", status_no_company_role(ctx)),
        ("STATUS-NO-OTHER-INSURANCE", status_no_other_insurance(ctx)),
        (
            "STATUS-NO-FOREIGN-INSURANCE",
            status_no_foreign_insurance(ctx),
        ),
        ("STATUS-NO-BUSINESS-ABROAD", status_no_business_abroad(ctx)),
    ];
    let status_all = outcomes
        .iter()
        .fold(Outcome::Met, |acc, (_, o)| acc.and(*o));
    let loss = loss::evaluate(ctx, status_all);

    let mut status = shared_status::verdict(&outcomes, &loss.outcomes, loss.register_not_before);
    status.job_seeker = reg_job_seeker(ctx, ukraine).known();
    status
}

/// REG-JOB-SEEKER (art. 2 pkt 24 with art. 1 ust. 3; art. 55 ust. 1–2; for a citizen of Ukraine
/// art. 22¹ of the special act): a person the Act covers who has turned 18 can register as a
/// job seeker (poszukujący pracy), whatever keeps them from being unemployed — work, school,
/// a pension, the age ceiling. It gives job placement and vocational guidance and the forms
/// of help art. 72 opens to them, not the benefit (art. 218 ust. 1 gives it to the unemployed).
/// A foreigner of no group art. 2 pkt 1 names may still be of one art. 1 ust. 3 names (lit. m
/// or o, pkt 4): unknown (decision 86). Met = can register as a job seeker.
fn reg_job_seeker(ctx: &mut Ctx, ukraine: Outcome) -> Outcome {
    let p = &ctx.answers.person;
    let (citizen, basis) = (p.polish_citizen, p.foreigner_basis);
    let covered = match (citizen, basis) {
        (Some(true), _) => Outcome::Met,
        (_, Some(ForeignerBasis::None)) | (Some(false) | None, None) => Outcome::Unknown,
        (_, Some(_)) => Outcome::Met,
    }
    .or(ukraine);
    let age = params::of(ctx).parameters.age_min.value;
    let adult = ctx
        .birth_date
        .map(|b| crate::rules::dates::anniversary(b, age) <= ctx.d);
    let outcome = covered.and(Outcome::from_answer(adult));
    ctx.record(
        "REG-JOB-SEEKER",
        outcome,
        vals! { "polish_citizen" => citizen, "foreigner_basis" => basis, "ukrainian_citizen_special_act" => ukraine, "age_min" => age, "adult" => adult },
    )
}

/// STATUS-UKRAINE-SPECIAL-ACT (art. 420 of the 2025 Act, giving art. 22¹ ust. 1 of the Act of
/// 12 March 2022 on help to citizens of Ukraine): a citizen of Ukraine whose stay in Poland is
/// lawful (or deemed lawful under art. 2 ust. 1 of that Act) may register as unemployed, and
/// the age ceiling of art. 2 pkt 1 lit. b does not apply to them. Met = the person is such a
/// citizen (a Polish citizen is not). Not a condition of the status: it widens
/// STATUS-COVERED-PERSON and waives STATUS-AGE-MAX. The benefit still follows the person's
/// group of art. 1 ust. 3 (art. 245: art. 22¹ ust. 2 applies only Dział VI, art. 55–68).
/// Decision 83: without the answer, a person under temporary protection (lit. j) is taken as
/// a citizen of Ukraine under the special act (decision 54), any other as not one.
fn status_ukraine_special_act(ctx: &mut Ctx) -> Outcome {
    let p = &ctx.answers.person;
    let (citizen, ukrainian) = (p.polish_citizen, p.ukrainian_citizen);
    let outcome = match (citizen, ukrainian, p.foreigner_basis) {
        (Some(true), _, _) => Outcome::NotMet,
        (_, Some(u), _) => Outcome::from_bool(u),
        (_, None, Some(ForeignerBasis::TemporaryProtection)) => Outcome::Met,
        (_, None, _) => Outcome::NotMet,
    };
    ctx.record(
        "STATUS-UKRAINE-SPECIAL-ACT",
        outcome,
        vals! { "polish_citizen" => citizen, "ukrainian_citizen" => ukrainian },
    )
}

/// STATUS-COVERED-PERSON (art. 2 pkt 1 with art. 1 ust. 3): a Polish citizen, or a foreigner
/// of a group art. 2 pkt 1 names (art. 1 ust. 3 pkt 2 lit. a–l, n, p; pkt 3, 5, 6), or a
/// citizen of Ukraine under art. 22¹ of the special act (`ukraine`, STATUS-UKRAINE-SPECIAL-ACT).
fn status_covered_person(ctx: &mut Ctx, ukraine: Outcome) -> Outcome {
    let p = &ctx.answers.person;
    let (citizen, basis) = (p.polish_citizen, p.foreigner_basis);
    let group = match (citizen, basis) {
        (Some(true), _) => Outcome::Met,
        (_, Some(ForeignerBasis::None)) => Outcome::NotMet,
        (_, Some(_)) => Outcome::Met,
        (Some(false) | None, None) => Outcome::Unknown,
    };
    ctx.record(
        "STATUS-COVERED-PERSON",
        group.or(ukraine),
        vals! { "polish_citizen" => citizen, "foreigner_basis" => basis, "ukrainian_citizen_special_act" => ukraine },
    )
}

/// STATUS-NOT-IN-SCHOOL-2025 (art. 2 pkt 1): not in school, except a school for adults, a
/// branżowa szkoła II stopnia or szkoła policealna (full-time or extramural), external exams,
/// part-time (niestacjonarne) studies, or an art school giving only artistic education.
fn status_not_in_school_2025(ctx: &mut Ctx) -> Outcome {
    let s = ctx.answers.status.schooling;
    let outcome = match s {
        None => Outcome::Unknown,
        Some(Schooling::Day) => Outcome::NotMet,
        Some(
            Schooling::None
            | Schooling::AdultSchool
            | Schooling::EveningOrExtramuralHigher
            | Schooling::VocationalIiOrPostSecondary
            | Schooling::ArtSchool,
        ) => Outcome::Met,
    };
    ctx.record(
        "STATUS-NOT-IN-SCHOOL-2025",
        outcome,
        vals! { "schooling" => s },
    )
}

/// STATUS-NO-PENSION-2025 (art. 2 pkt 42 lit. a–c): no right acquired to a pension (old-age,
/// disability, training, social, a family pension above half the minimum wage, the
/// uniformed services' benefits, a foreign pension of at least the lowest Polish one), and
/// after work no right to the teachers' compensation, pre-retirement, rehabilitation,
/// sickness, maternity or maternity-equivalent benefit.
fn status_no_pension_2025(ctx: &mut Ctx) -> Outcome {
    let list = ctx.answers.status.pensions_and_benefits.as_ref();
    let outcome = list.map_or(Outcome::Unknown, |l| Outcome::from_bool(l.is_empty()));
    let values = vals! { "pensions_and_benefits" => list.map(|l| Val::List(l.iter().map(|p| Val::from(*p)).collect())) };
    ctx.record("STATUS-NO-PENSION-2025", outcome, values)
}

/// STATUS-INCOME-2025 (art. 2 pkt 42 lit. d, pkt 37): monthly przychód (taxable income other
/// than from work, business or Labour Fund benefits) not above half the minimum wage in
/// force on D; interest on bank accounts left out.
fn status_income_2025(ctx: &mut Ctx) -> Outcome {
    let percent = params::of(ctx)
        .parameters
        .income_limit_percent_of_minimum_wage
        .value;
    shared_status::status_income(ctx, "STATUS-INCOME-2025", percent)
}

/// STATUS-NO-CARE-BENEFIT-2025 (art. 2 pkt 42 lit. e–f): no right to the nursing benefit
/// (świadczenie pielęgnacyjne), the special care allowance or the carer's allowance.
fn status_no_care_benefit_2025(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.care_benefit;
    bar(ctx, "STATUS-NO-CARE-BENEFIT-2025", "care_benefit", a)
}

/// STATUS-AGE-MIN (art. 2 pkt 1 lit. a): has turned 18.
fn status_age_min(ctx: &mut Ctx) -> Outcome {
    shared_status::status_age_min(ctx, params::of(ctx).parameters.age_min.value)
}

/// STATUS-AGE-MAX (art. 2 pkt 1 lit. b): a woman has not turned 60, a man 65 — not applied to
/// a citizen of Ukraine under art. 22¹ of the special act (`ukraine`, art. 420).
fn status_age_max(ctx: &mut Ctx, ukraine: Outcome) -> Outcome {
    let p = &params::of(ctx).parameters;
    shared_status::status_age_max(ctx, p.age_max_woman.value, p.age_max_man.value, ukraine)
}

/// STATUS-NO-BUSINESS-2025 (art. 2 pkt 1 lit. c–e): not in CEIDG as running a business, or its
/// suspension is in force, or the start day entered has not come yet. A suspended business
/// meets the rule (`business_suspended`).
fn status_no_business_2025(ctx: &mut Ctx) -> Outcome {
    let s = &ctx.answers.status;
    let (business, suspended) = (s.business_registered, s.business_suspended);
    let outcome = match business {
        Some(false) => Outcome::Met,
        Some(true) => Outcome::from_answer(suspended),
        None => Outcome::Unknown,
    };
    ctx.record(
        "STATUS-NO-BUSINESS-2025",
        outcome,
        vals! { "business_registered" => business, "business_suspended" => suspended },
    )
}

/// STATUS-NOT-DETAINED-2025 (art. 2 pkt 1 lit. f): not in pre-trial detention and not serving
/// a prison sentence, except one served outside prison under electronic monitoring.
fn status_not_detained_2025(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.detained;
    bar(ctx, "STATUS-NOT-DETAINED-2025", "detained", a)
}

/// STATUS-NO-COMPANY-ROLE (art. 2 pkt 1 lit. h–k): not a board or supervisory-board member,
/// prokurent or liquidator of a company, prokurent or proxy of a sole trader, partner of a
/// partnership, or director in a board of directors.
fn status_no_company_role(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.company_role;
    bar(ctx, "STATUS-NO-COMPANY-ROLE", "company_role", a)
}

/// STATUS-NO-OTHER-INSURANCE (art. 2 pkt 1 lit. l): not subject to compulsory social insurance
/// on another ground, farmers' insurance (KRUS) excepted.
fn status_no_other_insurance(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.other_compulsory_insurance;
    bar(
        ctx,
        "STATUS-NO-OTHER-INSURANCE",
        "other_compulsory_insurance",
        a,
    )
}

/// STATUS-NO-FOREIGN-INSURANCE (art. 2 pkt 1 lit. m): not covered by compulsory unemployment
/// or social insurance in an EU or EEA state, Switzerland or the UK.
fn status_no_foreign_insurance(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.foreign_insurance;
    bar(ctx, "STATUS-NO-FOREIGN-INSURANCE", "foreign_insurance", a)
}

/// STATUS-NO-BUSINESS-ABROAD (art. 2 pkt 1 lit. n): runs no business in another state.
fn status_no_business_abroad(ctx: &mut Ctx) -> Outcome {
    let a = ctx.answers.status.business_abroad;
    bar(ctx, "STATUS-NO-BUSINESS-ABROAD", "business_abroad", a)
}
