//! Parameters of the rule set (rules.md section 10), kept as data in
//! `rules/source-2004-act.json`. `build.rs` reads that file at build time and writes it as
//! the Rust value `RULE_SET` below (a missing, unknown or malformed parameter stops the
//! build). Every value carries the rule ID it belongs to.

use chrono::NaiveDate;

use super::money::Grosze;

/// The rule-set file, as read at build time (for listing it and for tests).
pub const RULE_SET_JSON: &str = include_str!("../../rules/source-2004-act.json");

#[derive(Debug, Clone)]
pub struct Tagged {
    pub value: u32,
    /// The catalog rule ID the value belongs to.
    pub rule: &'static str,
}

#[derive(Debug)]
pub struct Parameters {
    pub benefit_waiting_days: Tagged,
    pub qualifying_days: Tagged,
    pub window_months: Tagged,
    pub unpaid_leave_days_tolerated: Tagged,
    pub prison_registration_within_days: Tagged,
    pub prison_qualifying_days: Tagged,
    pub prison_window_months: Tagged,
    pub military_min_days: Tagged,
    pub military_window_months: Tagged,
    pub deferral_refusal_days: Tagged,
    pub deferral_quit_days: Tagged,
    pub deferral_fault_days: Tagged,
    pub termination_lookback_months: Tagged,
    pub loss_refusal_days: Tagged,
    pub loss_no_show_months: Tagged,
    pub loss_no_show_notice_days: Tagged,
    pub loss_medical_months: Tagged,
    pub age_min: Tagged,
    pub age_max_woman: Tagged,
    pub age_max_man: Tagged,
    pub income_limit_percent_of_minimum_wage: Tagged,
}

impl Parameters {
    /// Every parameter with its name, for listing and for the "tagged" test.
    pub fn all(&self) -> Vec<(&'static str, &Tagged)> {
        vec![
            ("benefit_waiting_days", &self.benefit_waiting_days),
            ("qualifying_days", &self.qualifying_days),
            ("window_months", &self.window_months),
            (
                "unpaid_leave_days_tolerated",
                &self.unpaid_leave_days_tolerated,
            ),
            (
                "prison_registration_within_days",
                &self.prison_registration_within_days,
            ),
            ("prison_qualifying_days", &self.prison_qualifying_days),
            ("prison_window_months", &self.prison_window_months),
            ("military_min_days", &self.military_min_days),
            ("military_window_months", &self.military_window_months),
            ("deferral_refusal_days", &self.deferral_refusal_days),
            ("deferral_quit_days", &self.deferral_quit_days),
            ("deferral_fault_days", &self.deferral_fault_days),
            (
                "termination_lookback_months",
                &self.termination_lookback_months,
            ),
            ("loss_refusal_days", &self.loss_refusal_days),
            ("loss_no_show_months", &self.loss_no_show_months),
            ("loss_no_show_notice_days", &self.loss_no_show_notice_days),
            ("loss_medical_months", &self.loss_medical_months),
            ("age_min", &self.age_min),
            ("age_max_woman", &self.age_max_woman),
            ("age_max_man", &self.age_max_man),
            (
                "income_limit_percent_of_minimum_wage",
                &self.income_limit_percent_of_minimum_wage,
            ),
        ]
    }
}

#[derive(Debug)]
pub struct WageEntry {
    pub from: NaiveDate,
    pub pln: Grosze,
    /// Where the figure was published (or the project document that gives it).
    pub source: &'static str,
}

#[derive(Debug)]
pub struct MinimumWageTable {
    pub rule: &'static str,
    pub valid_until: NaiveDate,
    pub table: &'static [WageEntry],
}

#[derive(Debug)]
pub struct RuleSet {
    pub rule_set: &'static str,
    pub title: &'static str,
    pub parameters: Parameters,
    pub minimum_wage: MinimumWageTable,
}

/// A date of the rule-set file (checked by build.rs).
const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("build.rs checks the dates"),
    }
}

include!(concat!(env!("OUT_DIR"), "/rule_set.rs"));

/// The rule set in force (the only one so far).
pub fn rule_set() -> &'static RuleSet {
    &RULE_SET
}

impl MinimumWageTable {
    /// The minimum monthly wage in force on `date`, or `None` outside the table
    /// (before its first entry or after `valid_until`).
    pub fn on(&self, date: NaiveDate) -> Option<Grosze> {
        if date > self.valid_until {
            return None;
        }
        self.table
            .iter()
            .rev()
            .find(|w| w.from <= date)
            .map(|w| w.pln)
    }

    pub fn first_day(&self) -> NaiveDate {
        self.table
            .first()
            .map(|w| w.from)
            .unwrap_or(self.valid_until)
    }

    /// Every minimum wage in force during `from..=to` (for the "at least the minimum wage"
    /// questions), as (first day the amount applies within the range, amount).
    pub fn during(&self, from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, Grosze)> {
        let mut out = Vec::new();
        for (i, w) in self.table.iter().enumerate() {
            let end = self
                .table
                .get(i + 1)
                .and_then(|n| n.from.pred_opt())
                .unwrap_or(self.valid_until);
            if w.from <= to && end >= from {
                out.push((w.from.max(from), w.pln));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn every_parameter_is_tagged_with_a_catalog_rule() {
        let rs = rule_set();
        for (name, p) in rs.parameters.all() {
            assert!(
                crate::rules::catalog::find(crate::rules::RuleSetId::Source2004Act, p.rule)
                    .is_some(),
                "parameter {name} names unknown rule {}",
                p.rule
            );
        }
        assert!(crate::rules::catalog::find(
            crate::rules::RuleSetId::Source2004Act,
            rs.minimum_wage.rule
        )
        .is_some());
    }

    #[test]
    fn the_built_rule_set_is_the_json_file() {
        let j: serde_json::Value = serde_json::from_str(RULE_SET_JSON).unwrap();
        let rs = rule_set();
        assert_eq!(j["rule_set"], rs.rule_set);
        assert_eq!(j["title"], rs.title);
        let params = j["parameters"].as_object().unwrap();
        assert_eq!(params.len(), rs.parameters.all().len());
        for (name, p) in rs.parameters.all() {
            assert_eq!(params[name]["value"], p.value, "{name}");
            assert_eq!(params[name]["rule"], p.rule, "{name}");
        }
        let mw = &j["minimum_wage"];
        assert_eq!(mw["rule"], rs.minimum_wage.rule);
        assert_eq!(mw["valid_until"], rs.minimum_wage.valid_until.to_string());
        let table = mw["table"].as_array().unwrap();
        assert_eq!(table.len(), rs.minimum_wage.table.len());
        for (e, w) in table.iter().zip(rs.minimum_wage.table) {
            assert_eq!(e["from"], w.from.to_string());
            assert_eq!(Grosze::parse(e["pln"].as_str().unwrap()).unwrap(), w.pln);
        }
    }

    /// Every parameter of the file is read by a rule (no dead figures).
    #[test]
    fn every_parameter_is_read() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules/source_2004_act");
        let mut code: String = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        // The shared rules and the app's limits read some of them too.
        code.push_str(include_str!("mod.rs"));
        // The code only: a parameter named in a comment is not read.
        let code: String = code
            .lines()
            .map(|l| l.find("//").map_or(l, |i| &l[..i]).to_string() + "\n")
            .collect();
        for (name, _) in rule_set().parameters.all() {
            assert!(
                code.contains(&format!(".{name}")),
                "parameter {name} is read by no rule"
            );
        }
    }

    #[test]
    fn parameters_match_the_source_values() {
        let p = &rule_set().parameters;
        assert_eq!(p.benefit_waiting_days.value, 7);
        assert_eq!((p.qualifying_days.value, p.window_months.value), (365, 18));
        assert_eq!(p.military_min_days.value, 240);
        assert_eq!(
            (
                p.deferral_refusal_days.value,
                p.deferral_quit_days.value,
                p.deferral_fault_days.value
            ),
            (90, 90, 180)
        );
        assert_eq!(
            (p.age_min.value, p.age_max_woman.value, p.age_max_man.value),
            (18, 60, 65)
        );
    }

    #[test]
    fn minimum_wage_by_date() {
        let t = &rule_set().minimum_wage;
        assert_eq!(t.on(d("2019-12-31")), None);
        assert_eq!(t.on(d("2020-01-01")), Some(Grosze(260_000)));
        assert_eq!(t.on(d("2023-06-30")), Some(Grosze(349_000)));
        assert_eq!(t.on(d("2023-07-01")), Some(Grosze(360_000)));
        assert_eq!(t.on(d("2026-03-02")), Some(Grosze(480_600)));
        assert_eq!(t.on(d("2026-12-31")), Some(Grosze(480_600)));
        // Dz.U. 2026 poz. 1213 (../shared/law/parameters-2027.md).
        assert_eq!(t.on(d("2027-01-01")), Some(Grosze(495_000)));
        assert_eq!(t.on(d("2027-12-31")), Some(Grosze(495_000)));
        assert_eq!(t.on(d("2028-01-01")), None);
    }

    #[test]
    fn minimum_wages_during_a_period() {
        let t = &rule_set().minimum_wage;
        let v = t.during(d("2023-05-01"), d("2024-02-01"));
        assert_eq!(
            v,
            vec![
                (d("2023-05-01"), Grosze(349_000)),
                (d("2023-07-01"), Grosze(360_000)),
                (d("2024-01-01"), Grosze(424_200)),
            ]
        );
    }
}
