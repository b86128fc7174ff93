//! Issue 24: every group of foreigners the answers file can name, both ways, against the
//! statute read here by hand: art. 2 pkt 1 lit. b (the status) covers the foreigners of
//! art. 1 ust. 3 pkt 2 lit. a–l, n and p and pkt 3, 5 and 6; art. 245 gives the benefit to
//! pkt 2 lit. a–j and l and pkt 3, 5 and 6 (ust. 1), and lit. n (ust. 2) — not to lit. k or p.
//! A foreigner of no such group is not unemployed.

use pup_check::rules::answers::{Answers, ForeignerBasis as F};
use pup_check::rules::evaluate;
use pup_check::rules::result::{BenefitVerdict, Outcome, StatusVerdict};

/// (group, its place in art. 1 ust. 3, covered by art. 2 pkt 1, benefit by art. 245)
const GROUPS: [(F, &str, bool, bool); 15] = [
    (F::EuEeaSwissUk, "pkt 2 lit. a–d", true, true),
    (F::PermanentResidence, "pkt 2 lit. e", true, true),
    (F::LongTermResident, "pkt 2 lit. f", true, true),
    (F::Refugee, "pkt 2 lit. g", true, true),
    (F::SubsidiaryProtection, "pkt 2 lit. h", true, true),
    (F::HumanitarianOrTolerated, "pkt 2 lit. i", true, true),
    (F::TemporaryProtection, "pkt 2 lit. j", true, true),
    (F::ProtectionApplicant, "pkt 2 lit. k", true, false),
    (F::TemporaryResidenceL, "pkt 2 lit. l", true, true),
    (F::TemporaryResidenceWork, "pkt 2 lit. n", true, true),
    (F::VisaOrResidenceP, "pkt 2 lit. p", true, false),
    (F::FamilyOfEuCitizen, "pkt 3", true, true),
    (F::FamilyOfPolishCitizen, "pkt 5", true, true),
    (F::AccompanyingPolishCitizen, "pkt 6", true, true),
    (F::None, "none of them", false, false),
];

#[test]
fn every_group_of_foreigners_both_ways() {
    assert_eq!(
        GROUPS.len(),
        F::ALL.len(),
        "every value of the answers file"
    );
    let file: serde_json::Value = serde_json::from_str(include_str!(
        "scenarios/315-act2025-visa-lit-p-no-benefit.json"
    ))
    .unwrap();
    let base = Answers::from_json(&file["answers"].to_string()).unwrap();
    for (group, place, covered, benefit) in GROUPS {
        let mut a = base.clone();
        a.person.foreigner_basis = Some(group);
        let d = a.registration_date.unwrap();
        let r = evaluate(&a, d);
        let outcome = |id: &str| r.trace_of(id).map(|e| e.outcome);
        let want = |b: bool| Some(if b { Outcome::Met } else { Outcome::NotMet });
        assert_eq!(outcome("STATUS-COVERED-PERSON"), want(covered), "{place}");
        assert_eq!(
            r.status.verdict == StatusVerdict::Eligible,
            covered,
            "{place}: the status"
        );
        if covered {
            assert_eq!(outcome("BEN-FOREIGNER"), want(benefit), "{place}");
            assert_eq!(
                r.benefit.verdict,
                if benefit {
                    BenefitVerdict::Entitled
                } else {
                    BenefitVerdict::NotEntitled
                },
                "{place}: the benefit"
            );
        }
    }
}
