//! Registration — REG (art. 44, 55, 57, 61, 62 of the 2025 Act).

use crate::rules::result::{Office, Outcome};
use crate::rules::Ctx;
use crate::vals;

pub fn evaluate(ctx: &mut Ctx) -> Office {
    reg_application(ctx);
    reg_office_home(ctx);
    reg_online_signature(ctx);
    reg_registration_day(ctx);
    reg_one_office(ctx);
    reg_notify_changes_7d(ctx);
    Office {
        rule: Some("REG-OFFICE-HOME".to_string()),
        declaration_required: Some(false),
    }
}

/// REG-APPLICATION (art. 55 ust. 1–2): registration on application, through the electronic
/// form (praca.gov.pl) or in person at the PUP.
fn reg_application(ctx: &mut Ctx) {
    ctx.record("REG-APPLICATION", Outcome::Met, vals! {});
}

/// REG-OFFICE-HOME (art. 55 ust. 2 pkt 2): the PUP of the place of residence (miejsce
/// zamieszkania), not of the registered address.
fn reg_office_home(ctx: &mut Ctx) {
    ctx.record("REG-OFFICE-HOME", Outcome::Met, vals! {});
}

/// REG-ONLINE-SIGNATURE (art. 44 ust. 3): an application through the system is signed with a
/// qualified electronic signature, a trusted signature (podpis zaufany, Profil Zaufany) or a
/// personal signature (e-dowód). Met when the person has Profil Zaufany or a qualified
/// signature; not met when they have neither (in person, or a personal signature, remains).
fn reg_online_signature(ctx: &mut Ctx) {
    let o = &ctx.answers.online;
    let (pz, qes) = (o.profil_zaufany, o.qualified_signature);
    let outcome = Outcome::from_answer(pz).or(Outcome::from_answer(qes));
    ctx.record(
        "REG-ONLINE-SIGNATURE",
        outcome,
        vals! { "profil_zaufany" => pz, "qualified_signature" => qes },
    );
}

/// REG-REGISTRATION-DAY (art. 61 ust. 1): the registration day is the day the complete
/// application was filed online, or the day the person came to the PUP and signed.
fn reg_registration_day(ctx: &mut Ctx) {
    ctx.record(
        "REG-REGISTRATION-DAY",
        Outcome::Met,
        vals! { "registration_date" => ctx.d },
    );
}

/// REG-ONE-OFFICE (art. 57 ust. 1): registered as unemployed in one office only.
fn reg_one_office(ctx: &mut Ctx) {
    ctx.record("REG-ONE-OFFICE", Outcome::Met, vals! {});
}

/// REG-NOTIFY-CHANGES-7D (art. 62 ust. 1): every change of the data given at registration is
/// reported within 7 days.
fn reg_notify_changes_7d(ctx: &mut Ctx) {
    ctx.record("REG-NOTIFY-CHANGES-7D", Outcome::Met, vals! {});
}
