//! Obligations of an unemployed person — OBL (004, "Obowiązki bezrobotnego"). They apply to
//! everyone registered and are printed on every summary.

use super::result::Outcome;
use super::Ctx;
use crate::vals;

/// OBL-REPORT, OBL-ACCEPT-OFFERS, OBL-MEDICAL, OBL-TRAINING-PROOF, OBL-NOTIFY-WORK-5D,
/// OBL-ABROAD, OBL-MONTHLY-INCOME, OBL-REPAY-14D, OBL-ADDRESS, in the order of the source.
pub const OBLIGATIONS: [&str; 9] = [
    "OBL-REPORT",
    "OBL-ACCEPT-OFFERS",
    "OBL-MEDICAL",
    "OBL-TRAINING-PROOF",
    "OBL-NOTIFY-WORK-5D",
    "OBL-ABROAD",
    "OBL-MONTHLY-INCOME",
    "OBL-REPAY-14D",
    "OBL-ADDRESS",
];

pub fn evaluate(ctx: &mut Ctx) -> Vec<String> {
    for id in OBLIGATIONS {
        ctx.record(id, Outcome::Met, vals! {});
    }
    OBLIGATIONS.iter().map(|s| (*s).to_string()).collect()
}
