//! The rule set `act-2025`: the Act of 20 March 2025 on the labour market and employment
//! services (Dz.U. 2025 poz. 620), for registration days from 2025-06-01 (rules.md §12).
//!
//! Catala-style: one module per part of the Act, one function per rule ID named after it,
//! whose doc comment cites the article; the catalog (`catalog.rs`, `spec/act-2025.md`) holds
//! the statute's sentence and the article as data; the figures are `rules/act-2025.json`
//! (`params.rs`). Decisions where the statute leaves room are in docs/decisions.md and are
//! shown to the citizen as "to be confirmed at the office".

pub mod benefit;
pub mod catalog;
pub mod deferral;
pub mod documents;
pub mod last_job;
pub mod loss;
pub mod notes;
pub mod obligations;
pub mod params;
pub mod questionnaire;
pub mod reg;
pub mod status;

use super::{Ctx, Parts};

pub fn evaluate(ctx: &mut Ctx) -> Parts {
    let office = reg::evaluate(ctx);
    let status = status::evaluate(ctx);
    let obligations = obligations::evaluate(ctx);
    let benefit = benefit::evaluate(ctx, &status);
    let documents = documents::evaluate(ctx);
    Parts {
        office,
        status,
        obligations,
        benefit,
        documents,
    }
}
