//! Documents and data for the registration application — DOC (art. 55 of the 2025 Act).

use crate::rules::result::Outcome;
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

/// DOC-EDUCATION (art. 55 ust. 5 pkt 1): school certificates, diplomas and other documents of
/// qualifications or training — always.
fn doc_education(ctx: &mut Ctx) -> Outcome {
    ctx.record("DOC-EDUCATION", Outcome::Met, vals! {})
}

/// DOC-WORK-CERTS (art. 55 ust. 5 pkt 2): work certificates and other documents needed to set
/// the person's entitlements — when the history is not empty, listing the periods entered.
fn doc_work_certs(ctx: &mut Ctx) -> Outcome {
    let periods: Vec<_> = ctx
        .answers
        .history
        .iter()
        .map(|p| vals! { "kind" => p.kind, "from" => p.from, "to" => p.to })
        .collect();
    let outcome = Outcome::from_bool(!periods.is_empty());
    ctx.record("DOC-WORK-CERTS", outcome, vals! { "periods" => periods })
}

/// DOC-CONTRAINDICATIONS (art. 55 ust. 5 pkt 3): documents on contraindications to certain
/// work, if the person has them.
fn doc_contraindications(ctx: &mut Ctx) -> Outcome {
    let has = ctx.answers.person.has_contraindication_document;
    ctx.record(
        "DOC-CONTRAINDICATIONS",
        Outcome::from_answer(has),
        vals! { "has_document" => has },
    )
}

/// DOC-DISABILITY (art. 55 ust. 7): documents confirming the kind and degree of disability —
/// when the person has a disability.
fn doc_disability(ctx: &mut Ctx) -> Outcome {
    let disabled = ctx.answers.person.disabled;
    ctx.record(
        "DOC-DISABILITY",
        Outcome::from_answer(disabled),
        vals! { "disabled" => disabled },
    )
}

/// DOC-DECLARATIONS-2025 (art. 55 ust. 9): declarations of being able and ready to work and of
/// having no stable source of income — always.
fn doc_declarations_2025(ctx: &mut Ctx) -> Outcome {
    ctx.record("DOC-DECLARATIONS-2025", Outcome::Met, vals! {})
}
