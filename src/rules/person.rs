//! The person: birth date and sex from the answers and the PESEL, and the NIP check. Shared
//! by every rule set (the PESEL and NIP rules are not law-specific).

use super::ids::{parse_pesel, validate_nip, NipError, PeselError};
use super::Ctx;

/// Reads birth date and sex from the answers and the PESEL; reports disagreements and
/// invalid numbers as input errors (the PESEL's facts are then not used).
pub fn read_person(ctx: &mut Ctx) {
    let person = &ctx.answers.person;
    let mut birth_date = person.birth_date;
    let mut sex = person.sex;
    if let Some(pesel) = person.pesel.as_deref() {
        match parse_pesel(pesel.trim()) {
            Ok(p) => {
                let date_conflict = birth_date.is_some_and(|b| b != p.birth_date);
                let sex_conflict = sex.is_some_and(|s| s != p.sex);
                if date_conflict {
                    ctx.error(
                        "person.pesel",
                        Some("STATUS-AGE-MIN"),
                        "pesel_birth_date_mismatch",
                        format!(
                            "the PESEL gives the birth date {}, the answers give {}",
                            p.birth_date,
                            birth_date.map(|b| b.to_string()).unwrap_or_default()
                        ),
                    );
                    birth_date = None;
                }
                if sex_conflict {
                    ctx.error(
                        "person.pesel",
                        Some("STATUS-AGE-MAX"),
                        "pesel_sex_mismatch",
                        "the PESEL's sex digit does not agree with the sex given",
                    );
                    sex = None;
                }
                if !date_conflict && !sex_conflict {
                    birth_date = Some(p.birth_date);
                    sex = Some(p.sex);
                }
            }
            Err(e) => {
                let (code, message) = match e {
                    PeselError::Format => ("pesel_format", "a PESEL has exactly 11 digits"),
                    PeselError::Checksum => {
                        ("pesel_checksum", "the PESEL's control digit is wrong")
                    }
                    PeselError::Date => ("pesel_date", "the PESEL does not hold a real birth date"),
                };
                ctx.error("person.pesel", Some("STATUS-AGE-MIN"), code, message);
            }
        }
    }
    if let Some(nip) = ctx.answers.person.nip.as_deref() {
        if let Err(e) = validate_nip(nip.trim()) {
            let (code, message) = match e {
                NipError::Format => ("nip_format", "a NIP has exactly 10 digits"),
                NipError::Checksum => ("nip_checksum", "the NIP's control digit is wrong"),
            };
            let rule = match ctx.rule_set {
                super::RuleSetId::Source2004Act => "DOC-PESEL-NIP",
                super::RuleSetId::Act2025 => "DOC-PESEL-2025",
                #[cfg(test)]
                super::RuleSetId::TestAmendment => "DOC-PESEL-2025",
            };
            ctx.error("person.nip", Some(rule), code, message);
        }
    }
    ctx.birth_date = birth_date;
    ctx.sex = sex;
}
