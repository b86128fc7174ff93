//! Document rules with the same ID and meaning in every rule set (rules.md §7; art. 55 ust.
//! 5 pkt 1–3 and ust. 7 of the 2025 Act): each rule set lists them in its own order.

use super::result::Outcome;
use super::Ctx;
use crate::vals;

/// DOC-EDUCATION: diploma, school certificate or course certificate — always.
pub fn doc_education(ctx: &mut Ctx) -> Outcome {
    ctx.record("DOC-EDUCATION", Outcome::Met, vals! {})
}

/// DOC-WORK-CERTS: work certificates and other documents proving entitlements (originals and
/// copies) — when the history is not empty, listing the periods entered.
pub fn doc_work_certs(ctx: &mut Ctx) -> Outcome {
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
pub fn doc_contraindications(ctx: &mut Ctx) -> Outcome {
    let has = ctx.answers.person.has_contraindication_document;
    ctx.record(
        "DOC-CONTRAINDICATIONS",
        Outcome::from_answer(has),
        vals! { "has_document" => has },
    )
}

/// DOC-DISABILITY: disability certificate (orzeczenie) — when the person has a disability.
pub fn doc_disability(ctx: &mut Ctx) -> Outcome {
    let disabled = ctx.answers.person.disabled;
    ctx.record(
        "DOC-DISABILITY",
        Outcome::from_answer(disabled),
        vals! { "disabled" => disabled },
    )
}
