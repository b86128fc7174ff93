//! Documents and data for the registration application — DOC (art. 55 of the 2025 Act).

use crate::rules::result::Outcome;
use crate::rules::shared_documents::{
    doc_contraindications, doc_disability, doc_education, doc_work_certs,
};
use crate::rules::Ctx;
use crate::vals;

/// The documents this person brings (or attaches online), in the order of art. 55.
pub fn evaluate(ctx: &mut Ctx) -> Vec<String> {
    let list = [
        ("DOC-APPLICATION", doc_application(ctx)),
        ("DOC-ID-2025", doc_id_2025(ctx)),
        ("DOC-PESEL-2025", doc_pesel_2025(ctx)),
        ("DOC-PAYMENT-ACCOUNT", doc_payment_account(ctx)),
        ("DOC-EDUCATION", doc_education(ctx)),
        ("DOC-WORK-CERTS", doc_work_certs(ctx)),
        ("DOC-CONTRAINDICATIONS", doc_contraindications(ctx)),
        ("DOC-DISABILITY", doc_disability(ctx)),
        ("DOC-DECLARATIONS-2025", doc_declarations_2025(ctx)),
    ];
    list.iter()
        .filter(|(_, o)| *o == Outcome::Met)
        .map(|(id, _)| (*id).to_string())
        .collect()
}

/// DOC-APPLICATION (art. 55 ust. 3): the registration application (wniosek o rejestrację) with
/// the data the Act lists — always.
fn doc_application(ctx: &mut Ctx) -> Outcome {
    ctx.record("DOC-APPLICATION", Outcome::Met, vals! {})
}

/// DOC-ID-2025 (art. 55 ust. 6): in person, the identity card (dowód osobisty), or without one
/// another identity document — always; `polish_citizen` tells the app which to name.
fn doc_id_2025(ctx: &mut Ctx) -> Outcome {
    let citizen = ctx.answers.person.polish_citizen;
    ctx.record(
        "DOC-ID-2025",
        Outcome::Met,
        vals! { "polish_citizen" => citizen },
    )
}

/// DOC-PESEL-2025 (art. 55 ust. 3 pkt 3): the PESEL number, or without one the birth date and
/// place, sex and the identity document's kind, series and number — always.
fn doc_pesel_2025(ctx: &mut Ctx) -> Outcome {
    ctx.record("DOC-PESEL-2025", Outcome::Met, vals! {})
}

/// DOC-PAYMENT-ACCOUNT: the number of a payment account (the benefit is paid only to one,
/// art. 237 ust. 1) — always.
fn doc_payment_account(ctx: &mut Ctx) -> Outcome {
    ctx.record("DOC-PAYMENT-ACCOUNT", Outcome::Met, vals! {})
}

/// DOC-DECLARATIONS-2025 (art. 55 ust. 9): declarations of being able and ready to work and of
/// having no stable source of income — always.
fn doc_declarations_2025(ctx: &mut Ctx) -> Outcome {
    ctx.record("DOC-DECLARATIONS-2025", Outcome::Met, vals! {})
}
