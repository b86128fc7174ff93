//! Parameters of the rule set `act-2025`, kept as data in `rules/act-2025.json` (its first
//! day, every figure with its rule ID, and the benefit amounts by date). `build.rs` writes the
//! file as the Rust value `PARAMS` (a malformed file stops the build). The minimum-wage
//! table is shared with the seed's rule set (`crate::rules::params`).

use crate::rules::money::Grosze;
pub use crate::rules::params::Tagged;
use chrono::NaiveDate;

/// The rule-set file, as read at build time (for tests).
pub const RULE_SET_JSON: &str = include_str!("../../../rules/act-2025.json");

/// The benefit amounts in force from a day (art. 224 ust. 1, indexed every 1 June, art. 228).
#[derive(Debug)]
pub struct AmountEntry {
    pub from: NaiveDate,
    /// For the first 90 days of the right to the benefit.
    pub first_period: Grosze,
    /// For the later days.
    pub later: Grosze,
    /// Where the amount was announced (Monitor Polski).
    pub source: &'static str,
}

#[derive(Debug)]
pub struct AmountTable {
    pub rule: &'static str,
    /// The last day the table is known to hold (the day before the next indexation).
    pub valid_until: NaiveDate,
    pub table: &'static [AmountEntry],
}

impl AmountTable {
    /// The amounts in force on `day`, or `None` outside the table.
    pub fn on(&self, day: NaiveDate) -> Option<&'static AmountEntry> {
        if day > self.valid_until {
            return None;
        }
        self.table.iter().rev().find(|e| e.from <= day)
    }
}

#[derive(Debug)]
pub struct Params {
    pub rule_set: &'static str,
    pub title: &'static str,
    /// The first registration day this rule set applies to.
    pub in_force_from: NaiveDate,
    pub parameters: Parameters,
    pub benefit_amounts: AmountTable,
}

/// A date of the rule-set file (checked by build.rs); the test amendment's too.
pub(crate) const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("build.rs checks the dates"),
    }
}

include!(concat!(env!("OUT_DIR"), "/act_2025.rs"));

/// The figures of the rule set being applied (`RuleSetId::act_2025_params`): the Act's own,
/// or those of an amendment that keeps its rules. The 2025 Act's rules read their figures
/// here, never `PARAMS` directly, except the Act's own first day and the repealed Act's
/// periods it carries over (art. 433), which no amendment of a figure moves.
pub fn of(ctx: &crate::rules::Ctx) -> &'static Params {
    ctx.rule_set
        .act_2025_params()
        .expect("the 2025 Act's rules run only under a rule set built on them")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn every_parameter_is_tagged_with_a_rule_of_this_set() {
        for (name, p) in PARAMS.parameters.all() {
            assert!(
                crate::rules::catalog::find(crate::rules::RuleSetId::Act2025, p.rule).is_some(),
                "parameter {name} names unknown rule {}",
                p.rule
            );
        }
    }

    /// Every parameter of the file is read by a rule of this rule set (no dead figures).
    #[test]
    fn every_parameter_is_read() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules/act_2025");
        let code: String = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.file_name().is_some_and(|n| n != "params.rs"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            // The code only: a parameter named in a comment is not read.
            .flat_map(|text| {
                text.lines()
                    .map(|l| l.find("//").map_or(l, |i| &l[..i]).to_string() + "\n")
                    .collect::<Vec<_>>()
            })
            .collect();
        for (name, _) in PARAMS.parameters.all() {
            assert!(
                code.contains(&format!(".{name}")),
                "parameter {name} is read by no rule"
            );
        }
    }

    #[test]
    fn the_built_rule_set_is_the_json_file() {
        let j: serde_json::Value = serde_json::from_str(RULE_SET_JSON).unwrap();
        assert_eq!(j["rule_set"], PARAMS.rule_set);
        assert_eq!(j["in_force_from"], PARAMS.in_force_from.to_string());
        let params = j["parameters"].as_object().unwrap();
        assert_eq!(params.len(), PARAMS.parameters.all().len());
        for (name, p) in PARAMS.parameters.all() {
            assert_eq!(params[name]["value"], p.value, "{name}");
            assert_eq!(params[name]["rule"], p.rule, "{name}");
        }
    }

    #[test]
    fn amounts_by_date() {
        let t = &PARAMS.benefit_amounts;
        assert!(t.on(d("2025-05-31")).is_none());
        assert_eq!(t.on(d("2025-06-01")).unwrap().first_period, Grosze(172_190));
        assert_eq!(t.on(d("2026-05-31")).unwrap().later, Grosze(135_220));
        assert_eq!(t.on(d("2026-06-01")).unwrap().first_period, Grosze(178_390));
        assert_eq!(t.on(d("2026-06-01")).unwrap().later, Grosze(140_090));
        assert!(t.on(d("2027-06-01")).is_none());
    }
}
