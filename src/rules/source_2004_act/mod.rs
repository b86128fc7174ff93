//! The rule set `source-2004-act`: the rules of the seed page (the Act of 20 April 2004 as the
//! office page describes it), rules.md sections 1–11. Registration days before 2025-06-01.
//!
//! One module per catalog section; one function per rule ID, named after it. The parameters
//! are `rules/source-2004-act.json` (`crate::rules::params`).

pub mod benefit;
pub mod catalog;
pub mod deferral;
pub mod documents;
pub mod loss;
pub mod obligations;
pub mod questionnaire;
pub mod reg;
pub mod status;

use super::{Ctx, Parts};

pub fn evaluate(ctx: &mut Ctx) -> Parts {
    let office = reg::evaluate(ctx);
    let status = status::evaluate(ctx);
    let obligations = obligations::evaluate(ctx);
    let benefit = benefit::evaluate(ctx, &status);
    let documents = documents::evaluate(ctx, &office);
    Parts {
        office,
        status,
        obligations,
        benefit,
        documents,
    }
}
