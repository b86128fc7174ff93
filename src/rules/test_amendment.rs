//! Test only (issue 24): a third rule set, to prove ARCHITECTURE.md's recipe for a new law.
//! It is the 2025 Act amended from 2027-10-01 with one figure changed — the benefit amounts
//! of art. 224 ust. 1, which is what the next change of that Act is most likely to be. Its
//! rules are the 2025 Act's (`act_2025::evaluate` reads its figures through
//! `act_2025::params::of`), its catalog, notes and questionnaire too; what this file declares
//! is exactly what the recipe asks of an amendment that changes a figure. The variant
//! `RuleSetId::TestAmendment` exists only under `cfg(test)`: with it, every `match` on
//! `RuleSetId` had to say what the amendment does (the compiler listed them).

use crate::l10n::Msg1;
use crate::rules::act_2025::params::{date, AmountEntry, AmountTable, Params, AS_ENACTED};
use crate::rules::catalog::RuleInfo;
use crate::rules::money::Grosze;
use crate::rules::questionnaire::Questionnaire;
use chrono::NaiveDate;

/// The first registration day of the amendment.
pub const IN_FORCE_FROM: NaiveDate = date(2027, 10, 1);

/// The figures: the Act's as enacted, with the benefit amounts set anew from the amendment's
/// first day (invented figures, for the test only).
pub static PARAMS: Params = Params {
    rule_set: "test-amendment",
    title: "Ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia (test: kwoty zasiłku od 2027-10-01)",
    in_force_from: IN_FORCE_FROM,
    benefit_amounts: AmountTable {
        rule: "BEN-AMOUNT",
        valid_until: date(2028, 5, 31),
        table: &[AmountEntry {
            from: IN_FORCE_FROM,
            first_period: Grosze(200_000),
            later: Grosze(160_000),
            source: "test only",
        }],
    },
    ..AS_ENACTED
};

/// The catalog: the 2025 Act's rules, unchanged.
pub const CATALOG: &[RuleInfo] = crate::rules::act_2025::catalog::CATALOG;

/// The questionnaire: the 2025 Act's, unchanged (the same questions decide).
pub const QUESTIONNAIRE: Questionnaire = Questionnaire {
    start_note: Some(Msg1::StartRuleSet),
    ..crate::rules::act_2025::questionnaire::ACT_2025
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::answers::Answers;
    use crate::rules::questionnaire::{self, answers::fields_of, Form};
    use crate::rules::result::{BenefitVerdict, StatusVerdict};
    use crate::rules::{catalog, evaluate, explain, limits, RuleSetId};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A worker whose job ended on 2027-09-20 by the employer's notice, registering on `reg`
    /// (scenario 201's person, later).
    fn worker(reg: &str) -> Answers {
        let json = format!(
            r#"{{"format": 1, "registration_date": "{reg}",
  "person": {{"birth_date": "1990-05-10", "sex": "female", "disabled": false, "has_contraindication_document": false, "polish_citizen": true, "large_family_card": false, "single_parent": false, "child_and_spouse_benefit_exhausted": false}},
  "status": {{"employed_or_paid_work": false, "able_and_ready": true, "schooling": "none", "pensions_and_benefits": [], "business_registered": false, "other_compulsory_insurance": false, "detained": false, "monthly_income_pln": "0.00", "permanent_social_allowance": false, "care_benefit": false, "training_benefit": false, "company_role": false, "foreign_insurance": false, "business_abroad": false}},
  "previous_status_loss": null,
  "history": [{{"kind": "employment", "from": "2026-01-01", "to": "2027-09-20", "min_wage_met": true, "unpaid_leave_days": 0, "used_for_earlier_benefit": false}}],
  "terminations": [{{"date": "2027-09-20", "mode": "employer_notice", "exception": null, "starosta_referral": false}}],
  "prison": null, "military_service": null,
  "covered_until": {{"severance": null, "notice_compensation": null, "graduate_internship": null}},
  "qualifying_years_20": false,
  "online": {{"profil_zaufany": true, "qualified_signature": false, "certificate_serial_number": null, "active_account_exists": false}}}}"#
        );
        Answers::from_json(&json).expect("a valid answers file")
    }

    #[test]
    fn the_registration_day_chooses_the_amendment() {
        assert_eq!(RuleSetId::for_day(day("2027-09-30")), RuleSetId::Act2025);
        assert_eq!(RuleSetId::for_day(IN_FORCE_FROM), RuleSetId::TestAmendment);
        assert_eq!(RuleSetId::newest(), RuleSetId::TestAmendment);
        assert_eq!(RuleSetId::TestAmendment.in_force_from(), IN_FORCE_FROM);
        assert_eq!(
            RuleSetId::from_wire("test-amendment"),
            Some(RuleSetId::TestAmendment)
        );
        assert_eq!(limits(IN_FORCE_FROM).rule_set, RuleSetId::TestAmendment);
    }

    /// The engine: the same person, the day before and the first day of the amendment. The
    /// verdicts and dates are the 2025 Act's; the amount is the amendment's (the Act's own
    /// table ends on 2027-05-31, so the day before it is not known).
    #[test]
    fn the_engine_applies_the_amended_figure_from_its_day() {
        let before = evaluate(&worker("2027-09-30"), day("2027-09-30"));
        let after = evaluate(&worker("2027-10-01"), day("2027-10-01"));
        assert!(
            before.errors.is_empty() && after.errors.is_empty(),
            "{:?}",
            after.errors
        );
        assert_eq!(before.rule_set, "act-2025");
        assert_eq!(after.rule_set, "test-amendment");
        for r in [&before, &after] {
            assert_eq!(r.status.verdict, StatusVerdict::Eligible, "{:?}", r.trace);
            assert_eq!(r.benefit.verdict, BenefitVerdict::Entitled, "{:?}", r.trace);
            assert_eq!(r.benefit.length_days, Some(180));
        }
        assert_eq!(before.benefit.amount, None);
        let amount = after.benefit.amount.clone().expect("the amended amount");
        assert_eq!(
            (
                amount.first_90_days_pln.as_str(),
                amount.later_days_pln.as_str()
            ),
            ("2000.00", "1600.00")
        );
        // The same rules ran, and every one of them is in the amendment's catalog.
        let ids = |r: &crate::rules::result::EvalResult| -> Vec<&str> {
            r.trace.iter().map(|e| e.rule).collect()
        };
        // The amount is recorded where it is known (BEN-AMOUNT): after the amendment only.
        let known: Vec<&str> = ids(&after)
            .into_iter()
            .filter(|id| *id != "BEN-AMOUNT")
            .collect();
        assert_eq!(ids(&before), known);
        assert!(ids(&after).contains(&"BEN-AMOUNT"));
        for id in ids(&after) {
            assert!(
                catalog::find(RuleSetId::TestAmendment, id).is_some(),
                "{id}"
            );
        }
    }

    /// The questionnaire: the answers as the app holds them ask the same pages on either day,
    /// and the answers read back from them give the engine the same answers.
    #[test]
    fn the_questionnaire_asks_the_same_under_the_amendment() {
        let pages_for = |reg: &str| {
            let a = worker(reg);
            let (fields, period_ids) = fields_of(&a, day(reg));
            let f = Form {
                fields,
                period_ids,
                today: day(reg),
            };
            assert_eq!(questionnaire::rule_set_of(&f), RuleSetId::for_day(day(reg)));
            let built = questionnaire::answers::for_result(&f);
            assert_eq!(
                evaluate(&built, day(reg)).benefit.verdict,
                BenefitVerdict::Entitled
            );
            questionnaire::pages(&f)
        };
        let (before, after) = (pages_for("2027-09-30"), pages_for("2027-10-01"));
        assert!(before.len() > 8, "{before:?}");
        assert_eq!(before, after);
    }

    /// The texts: the amendment's name and start-page note, and every text the result page
    /// looks up for its result (as `tests/i18n.rs` checks for the scenarios), exist in the
    /// three languages.
    #[test]
    fn the_texts_cover_the_amendment() {
        let pl = [
            include_str!("../../i18n/pl.ftl"),
            include_str!("../../i18n/pl-result.ftl"),
        ]
        .concat();
        let files = [
            ("pl", pl.as_str()),
            ("en", include_str!("../../i18n/en.ftl")),
            ("uk", include_str!("../../i18n/uk.ftl")),
        ];
        let mut keys: Vec<String> = Vec::new();
        let q = RuleSetId::TestAmendment.questionnaire();
        keys.push(q.name.id().to_string());
        keys.push(
            q.start_note
                .expect("the newest law's start-page note")
                .id()
                .to_string(),
        );
        let r = evaluate(&worker("2027-10-01"), day("2027-10-01"));
        for e in &r.trace {
            match e.rule.get(..4) {
                Some("DOC-") => keys.push(format!("doc-{}", e.rule)),
                Some("OBL-") => keys.push(format!("obl-{}", e.rule)),
                _ if matches!(e.rule, "ACC-WHAT" | "ACC-START" | "ACC-FORM") => {}
                _ => keys.push(format!("rule-{}", e.rule)),
            }
            keys.extend(e.values.iter().map(|(k, _)| format!("label-{k}")));
        }
        keys.extend(r.documents.iter().map(|d| explain::doc_key(&r, d)));
        keys.extend(
            explain::benefit(&r)
                .excluded
                .iter()
                .map(|x| format!("barred-{x}")),
        );
        use crate::rules::notes::NoteSection;
        for section in [
            NoteSection::Documents,
            NoteSection::Obligations,
            NoteSection::StatusLoss,
            NoteSection::Account,
        ] {
            keys.extend(
                explain::notes(&r, section)
                    .iter()
                    .map(|n| format!("note-{}", n.key)),
            );
        }
        assert!(keys.len() > 80, "{}", keys.len());
        for (lang, file) in files {
            for k in &keys {
                let has = file.lines().any(|l| l.starts_with(&format!("{k} =")));
                assert!(has, "{lang}: {k}");
            }
        }
    }
}
