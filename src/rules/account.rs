//! Account on praca.gov.pl — ACC (000, "Jak założyć konto użytkownika w Praca.gov.pl").
//! Online account possible = has Profil Zaufany, or a qualified signature whose certificate
//! passes ACC-QES-CERT.

use super::result::{OnlineAccount, Outcome};
use super::Ctx;
use crate::vals;

/// ISO 3166-1 alpha-2 codes of the 27 EU member states.
pub const EU_COUNTRIES: [&str; 27] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

pub fn evaluate(ctx: &mut Ctx) -> OnlineAccount {
    acc_what(ctx);
    acc_start(ctx);
    let qes = acc_method_qes(ctx);
    let pz = acc_method_pz(ctx);
    acc_form(ctx, qes.or(pz));
    let active = acc_active_exists(ctx);

    let online = &ctx.answers.online;
    let mut methods = Vec::new();
    if pz == Outcome::Met {
        methods.push("ACC-METHOD-PZ".to_string());
    }
    if qes == Outcome::Met {
        methods.push("ACC-METHOD-QES".to_string());
    }
    let mut problems = Vec::new();
    if online
        .certificate_serial_number
        .as_deref()
        .is_some_and(|s| !serial_number_has_pno(s))
    {
        problems.push("ACC-QES-CERT".to_string());
    }
    if active == Outcome::Met {
        problems.push("ACC-ACTIVE-EXISTS".to_string());
    }
    let possible = match pz.or(qes) {
        Outcome::Met => Some(true),
        Outcome::NotMet => Some(false),
        Outcome::Unknown => None,
    };
    OnlineAccount {
        possible,
        methods,
        problems,
    }
}

/// ACC-WHAT: praca.gov.pl lets PUPs serve people electronically; with Profil Zaufany or a
/// qualified signature one files applications and receives letters and decisions there.
fn acc_what(ctx: &mut Ctx) {
    ctx.record("ACC-WHAT", Outcome::Met, vals! {});
}

/// ACC-START: www.praca.gov.pl → "Zaloguj się" → "Załóż konto".
fn acc_start(ctx: &mut Ctx) {
    ctx.record(
        "ACC-START",
        Outcome::Met,
        vals! { "address" => "https://www.praca.gov.pl" },
    );
}

/// ACC-METHOD-QES: create the account with a qualified electronic signature, available when
/// the person has one whose certificate passes ACC-QES-CERT.
fn acc_method_qes(ctx: &mut Ctx) -> Outcome {
    let has = ctx.answers.online.qualified_signature;
    let cert = acc_qes_cert(ctx);
    let outcome = Outcome::from_answer(has).and(cert);
    ctx.record(
        "ACC-METHOD-QES",
        outcome,
        vals! { "qualified_signature" => has, "certificate" => cert },
    )
}

/// ACC-QES-CERT: the qualified certificate is issued in an EU country and carries the person
/// identifier `PNO` + country + `-` + value, e.g. `PNODE-12345678901`.
fn acc_qes_cert(ctx: &mut Ctx) -> Outcome {
    let serial = ctx.answers.online.certificate_serial_number.clone();
    let outcome = serial.as_deref().map_or(Outcome::Unknown, |s| {
        Outcome::from_bool(serial_number_has_pno(s))
    });
    ctx.record(
        "ACC-QES-CERT",
        outcome,
        vals! { "certificate_serial_number" => serial },
    )
}

/// `PNO` + the ISO 3166-1 code of an EU member state + `-` + a non-empty value without spaces.
pub fn serial_number_has_pno(s: &str) -> bool {
    let s = s.trim();
    let Some(rest) = s.strip_prefix("PNO") else {
        return false;
    };
    let (Some(country), Some(tail)) = (rest.get(..2), rest.get(2..)) else {
        return false;
    };
    let Some(value) = tail.strip_prefix('-') else {
        return false;
    };
    EU_COUNTRIES.contains(&country) && !value.is_empty() && !value.chars().any(char::is_whitespace)
}

/// A serial number as a person types it: spaces around it dropped and the `PNO` + country
/// part in capitals (`pnopl-…` → `PNOPL-…`), as the identifier writes it; the value after
/// the dash is kept as typed (it may be case-sensitive in other countries).
pub fn normalise_typed_serial(s: &str) -> String {
    let s = s.trim();
    match s.get(..6) {
        Some(head) if head.is_ascii() && head.to_ascii_uppercase().starts_with("PNO") => {
            format!("{}{}", head.to_ascii_uppercase(), &s[6..])
        }
        _ => s.to_string(),
    }
}

/// ACC-METHOD-PZ: create the account through login.gov.pl with Profil Zaufany.
fn acc_method_pz(ctx: &mut Ctx) -> Outcome {
    let has = ctx.answers.online.profil_zaufany;
    ctx.record(
        "ACC-METHOD-PZ",
        Outcome::from_answer(has),
        vals! { "profil_zaufany" => has },
    )
}

/// ACC-FORM: pre-filled personal data; e-mail (required), phone (optional), login, password,
/// roles; accept the terms; "Zatwierdź". Applies when an account can be created.
fn acc_form(ctx: &mut Ctx, possible: Outcome) {
    ctx.record("ACC-FORM", possible, vals! {});
}

/// ACC-ACTIVE-EXISTS: an account with status "Aktywne" already exists for the PESEL: creating
/// one fails, log in instead.
fn acc_active_exists(ctx: &mut Ctx) -> Outcome {
    let exists = ctx.answers.online.active_account_exists;
    ctx.record(
        "ACC-ACTIVE-EXISTS",
        Outcome::from_answer(exists),
        vals! { "active_account_exists" => exists },
    )
}

#[cfg(test)]
mod tests {
    use super::{normalise_typed_serial, serial_number_has_pno};

    /// Only a `PNO` head is put in capitals: other serials, and heads with letters outside
    /// ASCII, stay as typed (issue 24: the guard was not tested).
    #[test]
    fn only_a_pno_head_is_normalised() {
        assert_eq!(normalise_typed_serial("abcdef-12"), "abcdef-12");
        assert_eq!(normalise_typed_serial("xnopl-12"), "xnopl-12");
        assert_eq!(normalise_typed_serial("pnół-1234"), "pnół-1234");
        assert_eq!(normalise_typed_serial("pno"), "pno");
    }

    #[test]
    fn typed_serial_numbers_are_normalised() {
        assert_eq!(
            normalise_typed_serial(" pnopl-44051401359 "),
            "PNOPL-44051401359"
        );
        assert_eq!(normalise_typed_serial("PnoDe-abcDEF"), "PNODE-abcDEF");
        assert_eq!(normalise_typed_serial("1234"), "1234");
        assert_eq!(normalise_typed_serial("żółć-123"), "żółć-123");
        assert!(serial_number_has_pno(&normalise_typed_serial("pnopl-1")));
    }

    #[test]
    fn pno_serial_numbers() {
        assert!(serial_number_has_pno("PNODE-12345678901"));
        assert!(serial_number_has_pno("PNOPL-44051401359"));
        assert!(serial_number_has_pno("PNOGR-1"));
        assert!(!serial_number_has_pno("PNOUS-12345678901")); // not EU
        assert!(!serial_number_has_pno("PNOGB-12345678901")); // no longer EU
        assert!(!serial_number_has_pno("PNOEL-12345678901")); // EU abbreviation, not ISO 3166-1
        assert!(!serial_number_has_pno("PNOPL-")); // empty value
        assert!(!serial_number_has_pno("PNOPL12345")); // no dash
        assert!(!serial_number_has_pno("PASPL-12345")); // not PNO
        assert!(!serial_number_has_pno("pnopl-12345")); // case matters
        assert!(!serial_number_has_pno("PNOPL-12 345"));
        assert!(!serial_number_has_pno("PNOŁ"));
        assert!(!serial_number_has_pno(""));
    }
}
