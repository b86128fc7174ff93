//! Obligations of a registered person under the 2025 Act — OBL. They apply to everyone
//! registered and are printed on every summary.

use super::params;
use crate::rules::result::Outcome;
use crate::rules::Ctx;
use crate::vals;

/// The obligations, in the order of the Act.
pub const OBLIGATIONS: [&str; 7] = [
    // OBL-CONTACT-90D (art. 65 ust. 1 pkt 11): contact the PUP at least once every 90 days.
    "OBL-CONTACT-90D",
    // OBL-NOTIFY-LOSS-7D (art. 67): report what ends the status within 7 days.
    "OBL-NOTIFY-LOSS-7D",
    // OBL-ABROAD-2025 (art. 229): announce a stay abroad; at most 30 days a calendar year.
    "OBL-ABROAD-2025",
    // OBL-INCOME-7D (art. 231 ust. 1): declare income within 7 days of receiving it.
    "OBL-INCOME-7D",
    // OBL-NOTIFY-WORK-7D (art. 232): report work or a business within 7 days.
    "OBL-NOTIFY-WORK-7D",
    // OBL-SICKNESS-2D (art. 239 ust. 2): report a sick note within 2 days.
    "OBL-SICKNESS-2D",
    // OBL-REPAY-30D (art. 246 ust. 1): repay an undue benefit within 30 days of the decision.
    "OBL-REPAY-30D",
];

pub fn evaluate(ctx: &mut Ctx) -> Vec<String> {
    let contact = params::of(ctx).parameters.contact_days.value;
    for id in OBLIGATIONS {
        let values = if id == "OBL-CONTACT-90D" {
            vals! { "days" => contact }
        } else {
            vals! {}
        };
        ctx.record(id, Outcome::Met, values);
    }
    OBLIGATIONS.iter().map(|s| (*s).to_string()).collect()
}
