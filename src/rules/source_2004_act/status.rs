//! Unemployed status — STATUS (art. 2 ust. 1 pkt 2 of the Act, as described in 004,
//! "Status bezrobotnego"). All rules must hold; IDs in the order of the source.

use super::loss;
use crate::rules::answers::{PensionOrBenefit, Schooling};
use crate::rules::result::{Outcome, Status};
use crate::rules::shared_status::{
    status_no_permanent_allowance, status_no_training_benefit, status_not_employed, status_ready,
};
use crate::rules::values::Val;
use crate::rules::{shared_status, Ctx};
use crate::vals;

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

    shared_status::verdict(&outcomes, &loss.outcomes, loss.register_not_before)
}

/// STATUS-NOT-IN-SCHOOL: not attending school, except schools for adults and higher education
/// in evening or extramural mode.
fn status_not_in_school(ctx: &mut Ctx) -> Outcome {
    let s = ctx.answers.status.schooling;
    let outcome = match s {
        None => Outcome::Unknown,
        // The school kinds the 2025 Act excepts are, under the seed, schools like any other.
        Some(Schooling::Day | Schooling::VocationalIiOrPostSecondary | Schooling::ArtSchool) => {
            Outcome::NotMet
        }
        Some(Schooling::None | Schooling::AdultSchool | Schooling::EveningOrExtramuralHigher) => {
            Outcome::Met
        }
    };
    ctx.record("STATUS-NOT-IN-SCHOOL", outcome, vals! { "schooling" => s })
}

/// STATUS-AGE-MIN: has turned 18 on the registration day.
fn status_age_min(ctx: &mut Ctx) -> Outcome {
    let min = crate::rules::params::rule_set().parameters.age_min.value;
    shared_status::status_age_min(ctx, min)
}

/// STATUS-AGE-MAX: a woman has not turned 60, a man has not turned 65, on the registration
/// day.
fn status_age_max(ctx: &mut Ctx) -> Outcome {
    let p = &crate::rules::params::rule_set().parameters;
    shared_status::status_age_max(
        ctx,
        p.age_max_woman.value,
        p.age_max_man.value,
        Outcome::NotMet,
    )
}

/// STATUS-NO-PENSION: no right to an old-age, disability, training or social pension, and no
/// pre-retirement, rehabilitation, sickness or maternity benefit after the end of work.
fn status_no_pension(ctx: &mut Ctx) -> Outcome {
    let list = ctx.answers.status.pensions_and_benefits.as_ref();
    // The kinds the 2025 Act added are not named by the seed: they do not bar status here.
    let named = |p: &&PensionOrBenefit| {
        !matches!(
            p,
            PensionOrBenefit::FamilyPensionOverHalfMinimumWage
                | PensionOrBenefit::UniformedServicesBenefit
                | PensionOrBenefit::TeachersCompensationBenefit
                | PensionOrBenefit::MaternityEquivalentBenefit
                | PensionOrBenefit::ForeignPension
        )
    };
    let outcome = list.map_or(Outcome::Unknown, |l| {
        Outcome::from_bool(!l.iter().any(|p| named(&p)))
    });
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
    let p = &crate::rules::params::rule_set().parameters;
    let percent = p.income_limit_percent_of_minimum_wage.value;
    shared_status::status_income(ctx, "STATUS-INCOME", percent)
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
