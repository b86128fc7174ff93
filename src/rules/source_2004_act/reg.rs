//! Where to register — REG (004, "Rejestracja w urzędzie").

use crate::rules::answers::Residence;
use crate::rules::result::{Office, Outcome};
use crate::rules::Ctx;
use crate::vals;

pub fn evaluate(ctx: &mut Ctx) -> Office {
    reg_in_person(ctx);
    let rule = office_rule(ctx);
    let declaration_required = reg_declaration(ctx);
    reg_notify_changes(ctx);
    Office {
        rule: rule.map(str::to_string),
        declaration_required,
    }
}

/// REG-IN-PERSON: registration in person at the competent PUP, on the day the complete set
/// of documents is presented, after filling in and signing the registration card.
fn reg_in_person(ctx: &mut Ctx) {
    ctx.record(
        "REG-IN-PERSON",
        Outcome::Met,
        vals! { "registration_date" => ctx.d },
    );
}

/// REG-OFFICE-RESIDENCE / REG-OFFICE-STAY: the PUP of the registered residence, or of the
/// place of stay for a person with none.
fn office_rule(ctx: &mut Ctx) -> Option<&'static str> {
    let residence = ctx.answers.residence;
    let has_residence = residence.map(|r| r != Residence::None);
    let values = vals! { "residence" => residence };
    ctx.record(
        "REG-OFFICE-RESIDENCE",
        Outcome::from_answer(has_residence),
        values.clone(),
    );
    ctx.record(
        "REG-OFFICE-STAY",
        Outcome::from_answer(has_residence.map(|b| !b)),
        values,
    );
    has_residence.map(|b| {
        if b {
            "REG-OFFICE-RESIDENCE"
        } else {
            "REG-OFFICE-STAY"
        }
    })
}

/// REG-DECLARATION: no registered residence, or permanent residence in another locality than
/// the temporary one → a declaration of not being registered at another PUP.
fn reg_declaration(ctx: &mut Ctx) -> Option<bool> {
    let residence = ctx.answers.residence;
    let needed = residence.map(|r| {
        matches!(
            r,
            Residence::None | Residence::PermanentAndTemporaryOtherLocality
        )
    });
    ctx.record(
        "REG-DECLARATION",
        Outcome::from_answer(needed),
        vals! { "residence" => residence },
    );
    needed
}

/// REG-NOTIFY-CHANGES: a registered person promptly tells the office of changes to the data of
/// the registration card.
fn reg_notify_changes(ctx: &mut Ctx) {
    ctx.record("REG-NOTIFY-CHANGES", Outcome::Met, vals! {});
}
