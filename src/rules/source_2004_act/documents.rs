//! Documents to bring — DOC (004, "przedkłada do wglądu ... oryginały dokumentów").

use crate::rules::result::{Office, Outcome};
use crate::rules::shared_documents::{
    doc_contraindications, doc_disability, doc_education, doc_work_certs,
};
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
