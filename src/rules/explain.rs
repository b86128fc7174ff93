//! What explains the benefit verdict of a result: the rules the result page lists under
//! "Dlaczego?", in order, and the dates it names, read from the engine's trace. Here, not in
//! the app, so that the app spells out no rule ID of its own (it shows what this returns).
//! Plain Rust over `EvalResult`, for both rule sets; the result JSON is unchanged.

use chrono::NaiveDate;

use super::result::{BenefitVerdict, EvalResult, Outcome};
use super::values::Val;
use super::RuleSetId;

/// The benefit's explanation (`benefit`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenefitWhy<'a> {
    /// The rules behind the verdict, each once, in the order they are explained.
    pub rules: Vec<&'a str>,
    /// The exclusions of the 2025 Act (art. 219 and the foreigner's condition) that decided
    /// against the benefit.
    pub excluded: Vec<&'a str>,
    /// Deferrals the answers leave open (the benefit may start later).
    pub may_be_later: Vec<&'a str>,
    /// The seed's first day of benefit after the 7 days (BEN-WAIT-7), if evaluated.
    pub wait_from: Option<NaiveDate>,
    /// Whether the rule on a refused offer of work (the seed's BEN-NO-OFFER) was evaluated.
    pub no_offer: bool,
}

/// The first day of benefit without any deferral, as the engine recorded it (BEN-WAIT-7
/// under the seed, BEN-FROM-REGISTRATION under the 2025 Act).
pub fn base_from(r: &EvalResult) -> Option<NaiveDate> {
    ["BEN-WAIT-7", "BEN-FROM-REGISTRATION"]
        .iter()
        .find_map(|id| r.trace_of(id))
        .and_then(|e| e.values.get("from").and_then(Val::as_any_date))
}

/// The benefit verdict's explanation: the first day's rule, the basis (or the seed's three
/// ways to it), the 2025 Act's exclusions, the deferrals, what is unknown, the length and the
/// amount (2025) or the refused offer (seed). A benefit that is not due lists only what
/// stands against it.
pub fn benefit(r: &EvalResult) -> BenefitWhy<'_> {
    let b = &r.benefit;
    let act_2025 = RuleSetId::from_wire(&r.rule_set) == Some(RuleSetId::Act2025);
    let excluded: Vec<&str> = r
        .trace
        .iter()
        .filter(|e| {
            (e.rule.starts_with("BEN-NOT-") || e.rule == "BEN-FOREIGNER")
                && e.outcome == Outcome::NotMet
        })
        .map(|e| e.rule)
        .collect();
    let mut rules: Vec<&str> = if act_2025 {
        vec!["BEN-FROM-REGISTRATION"]
    } else {
        vec!["BEN-WAIT-7"]
    };
    if let Some(basis) = &b.basis {
        rules.push(basis.as_str());
    } else {
        rules.extend(["BEN-365-18", "BEN-PRISON", "BEN-MILITARY"]);
    }
    if act_2025 {
        rules.push("BEN-NO-REUSE");
        if !excluded.is_empty() || b.unknown.iter().any(|x| x.starts_with("BEN-NOT-")) {
            rules.push("BEN-LAST-JOB-BASIS");
        }
        rules.extend(excluded.iter().copied());
    }
    rules.extend(b.deferrals.iter().map(|d| d.rule.as_str()));
    rules.extend(b.unknown.iter().map(String::as_str));
    if act_2025 {
        rules.extend([
            "BEN-DAY-COUNT",
            "BEN-LENGTH",
            "BEN-AMOUNT",
            "BEN-AMOUNT-120",
        ]);
        rules.retain(|x| {
            *x != "BEN-DAY-COUNT" || r.trace_of(x).is_some_and(|e| e.outcome != Outcome::NotMet)
        });
    } else {
        rules.push("BEN-NO-OFFER");
    }
    if matches!(
        b.verdict,
        BenefitVerdict::NotEntitled | BenefitVerdict::NotApplicable
    ) {
        rules.retain(|x| r.trace_of(x).is_none_or(|e| e.outcome != Outcome::Met));
    }
    let mut seen: Vec<&str> = Vec::new();
    rules.retain(|x| {
        let first = !seen.contains(x);
        seen.push(x);
        first
    });
    BenefitWhy {
        rules,
        excluded,
        may_be_later: b
            .unknown
            .iter()
            .filter(|x| x.starts_with("DEFER-"))
            .map(String::as_str)
            .collect(),
        wait_from: r
            .trace_of("BEN-WAIT-7")
            .and_then(|e| e.values.get("from").and_then(Val::as_any_date)),
        no_offer: r.trace_of("BEN-NO-OFFER").is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::answers::Answers;
    use crate::rules::dates::parse_ymd;

    /// A scenario file's answers, evaluated on its registration day.
    fn result(scenario: &str) -> EvalResult {
        let file: serde_json::Value = serde_json::from_str(scenario).unwrap();
        let a = Answers::from_json(&file["answers"].to_string()).unwrap();
        crate::rules::evaluate(&a, a.registration_date.unwrap())
    }

    #[test]
    fn the_benefit_is_explained_by_the_law_of_the_registration_day() {
        // The seed's rule set: the 7 days, the basis, the refused offer.
        let r = result(include_str!(
            "../../tests/scenarios/001-base-eligible-entitled.json"
        ));
        let why = benefit(&r);
        assert_eq!(why.rules, ["BEN-WAIT-7", "BEN-365-18", "BEN-NO-OFFER"]);
        assert_eq!(why.wait_from, parse_ymd("2022-03-10"));
        assert_eq!(base_from(&r), parse_ymd("2022-03-10"));
        assert!(why.no_offer && why.excluded.is_empty() && why.may_be_later.is_empty());
        // The 2025 Act: from the registration day, the basis, no second use, the deferral
        // (a suspended business), the days, the length and the amount.
        let r = result(include_str!(
            "../../tests/scenarios/215-act2025-suspended-business.json"
        ));
        let why = benefit(&r);
        assert_eq!(
            why.rules[..4],
            [
                "BEN-FROM-REGISTRATION",
                "BEN-365-18",
                "BEN-NO-REUSE",
                "DEFER-SUSPENDED-BUSINESS"
            ]
        );
        assert!(why
            .rules
            .ends_with(&["BEN-LENGTH", "BEN-AMOUNT", "BEN-AMOUNT-120"]));
        assert_eq!(why.wait_from, None);
        assert!(!why.no_offer);
        assert_eq!(base_from(&r), Some(r.registration_date));
    }
}
