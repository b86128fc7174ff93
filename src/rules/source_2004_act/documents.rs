//! Documents to bring — DOC (004, "przedkłada do wglądu ... oryginały dokumentów").

use crate::rules::result::{Office, Outcome};
use crate::rules::Ctx;
use crate::vals;

/// The documents this person brings, in the order of the source.
pub fn evaluate(ctx: &mut Ctx, office: &Office) -> Vec<String> {
    let list = [
        ("DOC-ID", doc_id(ctx)),
        ("DOC-PESEL-NIP", doc_pesel_nip(ctx)),
        ("DOC-EDUCATION", doc_education(ctx)),
        ("DOC-WORK-CERTS", doc_work_certs(ctx)),
        ("DOC-CONTRAINDICATIONS", doc_contraindications(ctx)),
        ("DOC-DISABILITY", doc_disability(ctx)),
        ("DOC-DECLARATION", doc_declaration(ctx, office)),
        ("DOC-REGISTRATION-CARD", doc_registration_card(ctx)),
    ];
    list.iter()
        .filter(|(_, o)| *o == Outcome::Met)
        .map(|(id, _)| (*id).to_string())
        .collect()
}

/// DOC-ID: identity card (dowód osobisty) — always.
fn doc_id(ctx: &mut Ctx) -> Outcome {
    ctx.record("DOC-ID", Outcome::Met, vals! {})
}

/// DOC-PESEL-NIP: PESEL and NIP numbers — always.
fn doc_pesel_nip(ctx: &mut Ctx) -> Outcome {
    ctx.record("DOC-PESEL-NIP", Outcome::Met, vals! {})
}

/// DOC-EDUCATION: diploma, school certificate or course certificate — always.
fn doc_education(ctx: &mut Ctx) -> Outcome {
    ctx.record("DOC-EDUCATION", Outcome::Met, vals! {})
}

/// DOC-WORK-CERTS: work certificates and other documents proving entitlements (originals and
/// copies) — when the history is not empty, listing the periods entered.
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

/// DOC-CONTRAINDICATIONS: document on contraindications to certain work — when the person has one.
fn doc_contraindications(ctx: &mut Ctx) -> Outcome {
    let has = ctx.answers.person.has_contraindication_document;
    ctx.record(
        "DOC-CONTRAINDICATIONS",
        Outcome::from_answer(has),
        vals! { "has_document" => has },
    )
}

/// DOC-DISABILITY: disability certificate (orzeczenie) — when the person has a disability.
fn doc_disability(ctx: &mut Ctx) -> Outcome {
    let disabled = ctx.answers.person.disabled;
    ctx.record(
        "DOC-DISABILITY",
        Outcome::from_answer(disabled),
        vals! { "disabled" => disabled },
    )
}

/// DOC-DECLARATION: declaration of not being registered at another PUP — when REG-DECLARATION applies.
fn doc_declaration(ctx: &mut Ctx, office: &Office) -> Outcome {
    let needed = office.declaration_required;
    ctx.record(
        "DOC-DECLARATION",
        Outcome::from_answer(needed),
        vals! { "declaration_required" => needed },
    )
}

/// DOC-REGISTRATION-CARD: the registration card, filled in and signed at the office — always.
fn doc_registration_card(ctx: &mut Ctx) -> Outcome {
    ctx.record("DOC-REGISTRATION-CARD", Outcome::Met, vals! {})
}
