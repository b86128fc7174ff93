//! Obligations of an unemployed person — OBL (004, "Obowiązki bezrobotnego"). They apply to
//! everyone registered and are printed on every summary.

use crate::rules::result::Outcome;
use crate::rules::Ctx;
use crate::vals;

/// OBL-REPORT, OBL-ACCEPT-OFFERS, OBL-MEDICAL, OBL-TRAINING-PROOF, OBL-NOTIFY-WORK-5D,
/// OBL-ABROAD, OBL-MONTHLY-INCOME, OBL-REPAY-14D, OBL-ADDRESS, in the order of the source.
pub const OBLIGATIONS: [&str; 9] = [
    // OBL-REPORT: report to the office on the set dates.
    "OBL-REPORT",
    // OBL-ACCEPT-OFFERS: accept suitable work (qualified or after training, health allows,
    // public transport there and back at most 3 hours a day).
    "OBL-ACCEPT-OFFERS",
    // OBL-MEDICAL: undergo medical examinations of fitness for work.
    "OBL-MEDICAL",
    // OBL-TRAINING-PROOF: bring the training certificate; repay the cost of a training not
    // completed by one's own fault, unless because of employment.
    "OBL-TRAINING-PROOF",
    // OBL-NOTIFY-WORK-5D: within 5 days, report work, business or any loss of status.
    "OBL-NOTIFY-WORK-5D",
    // OBL-ABROAD: on benefit, report being abroad or not ready to work for under 30 days.
    "OBL-ABROAD",
    // OBL-MONTHLY-INCOME: a written income declaration every month.
    "OBL-MONTHLY-INCOME",
    // OBL-REPAY-14D: repay undue benefit within 14 days of the decision.
    "OBL-REPAY-14D",
    // OBL-ADDRESS: report every change of registered address and registration-card data.
    "OBL-ADDRESS",
];

pub fn evaluate(ctx: &mut Ctx) -> Vec<String> {
    for id in OBLIGATIONS {
        ctx.record(id, Outcome::Met, vals! {});
    }
    OBLIGATIONS.iter().map(|s| (*s).to_string()).collect()
}
