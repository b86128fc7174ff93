//! The figures the rules use, where each comes from and until when it is known (issue 26):
//! what `pup-check figures` lists for an office, what the page footer and the printout name,
//! and what tells the start page that this version may be out of date.
//!
//! Two kinds: the **dated tables** (the minimum wage, shared by both rule sets; the 2025
//! Act's benefit amounts, indexed every 1 June) are known up to a last day, after which the
//! rules answer "not known yet" and the office must update; the **statutory figures** (days,
//! months, percentages, ages) hold until the law changes and cite their rule's article.

use chrono::NaiveDate;

use super::{act_2025, catalog, params, RuleSetId};

/// The version of this build (Cargo.toml): a new figure or rule is a new version, with its
/// CHANGELOG entry (`tests/release.rs`).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A dated table of figures, known up to a last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    /// The minimum monthly wage (all rule sets: the income limit, the periods' pay).
    MinimumWage,
    /// The 2025 Act's benefit amounts (art. 224 ust. 1, indexed every 1 June, art. 228).
    BenefitAmounts,
}

impl Table {
    pub const ALL: [Table; 2] = [Table::MinimumWage, Table::BenefitAmounts];

    /// Its name in `pup-check figures` and in the texts' keys.
    pub fn key(self) -> &'static str {
        match self {
            Table::MinimumWage => "minimum_wage",
            Table::BenefitAmounts => "benefit_amounts",
        }
    }

    /// The last day the table is known for.
    pub fn known_until(self) -> NaiveDate {
        match self {
            Table::MinimumWage => params::rule_set().minimum_wage.valid_until,
            Table::BenefitAmounts => act_2025::params::PARAMS.benefit_amounts.valid_until,
        }
    }

    /// Each row: its first day, its value as text (PLN) and its source.
    pub fn rows(self) -> Vec<(NaiveDate, String, &'static str)> {
        match self {
            Table::MinimumWage => params::rule_set()
                .minimum_wage
                .table
                .iter()
                .map(|e| (e.from, e.pln.to_string(), e.source))
                .collect(),
            Table::BenefitAmounts => act_2025::params::PARAMS
                .benefit_amounts
                .table
                .iter()
                .map(|e| {
                    let v = format!("{} / {}", e.first_period, e.later);
                    (e.from, v, e.source)
                })
                .collect(),
        }
    }

    /// The row in force on day `d`, if the table knows it.
    pub fn on(self, d: NaiveDate) -> Option<(NaiveDate, String, &'static str)> {
        if d > self.known_until() {
            return None;
        }
        self.rows()
            .into_iter()
            .rev()
            .find(|(from, _, _)| *from <= d)
    }
}

/// The tables whose last known day is before `today`: this version may be out of date.
pub fn stale(today: NaiveDate) -> Vec<(Table, NaiveDate)> {
    Table::ALL
        .iter()
        .map(|t| (*t, t.known_until()))
        .filter(|(_, until)| *until < today)
        .collect()
}

/// The first day of the newest figure this version carries ("figures as of").
pub fn as_of() -> NaiveDate {
    Table::ALL
        .iter()
        .flat_map(|t| t.rows())
        .map(|(from, _, _)| from)
        .max()
        .expect("the tables are not empty")
}

/// The sources of the dated figures a result used: the minimum wage in force on the
/// registration day `d`, and — under a rule set with benefit amounts — the amounts in force on
/// `amounts_on`, the day the engine read them for (the benefit's first day: the result's
/// `benefit.amount.as_of`).
pub fn sources_on(
    set: RuleSetId,
    d: NaiveDate,
    amounts_on: Option<NaiveDate>,
) -> Vec<&'static str> {
    // A rule set with benefit amounts is one built on the 2025 Act's rules.
    let amounts = set.act_2025_params().is_some();
    let wage = Table::MinimumWage.on(d).map(|(_, _, s)| s);
    let benefit = amounts_on
        .filter(|_| amounts)
        .and_then(|day| Table::BenefitAmounts.on(day))
        .map(|(_, _, s)| s);
    wage.into_iter().chain(benefit).collect()
}

/// A statutory figure: its rule set, name, value, rule and where its rule is stated.
pub struct Statutory {
    pub rule_set: RuleSetId,
    pub name: &'static str,
    pub value: u32,
    pub rule: &'static str,
    pub source: String,
}

/// Where a rule is stated: its article and act, or the page it comes from.
fn stated_in(set: RuleSetId, rule: &str) -> String {
    use catalog::Source;
    let Some(r) = catalog::find(set, rule) else {
        return String::new();
    };
    match (r.article, r.source) {
        (Some(a), Source::Act2025 | Source::Act2025Other) => {
            format!("{a} of the Act of 20 March 2025 (Dz.U. 2025 poz. 620)")
        }
        (Some(a), Source::RepealedAct2004) => {
            format!("{a} of the Act of 20 April 2004 (Dz.U. 2025 poz. 214)")
        }
        (_, s) => format!("the page the rule set describes ({})", s.file_name()),
    }
}

/// Every statutory figure of the real rule sets, with its rule's article from the catalog.
pub fn statutory() -> Vec<Statutory> {
    let of = |set: RuleSetId, all: Vec<(&'static str, &'static params::Tagged)>| {
        all.into_iter()
            .map(move |(name, t)| Statutory {
                rule_set: set,
                name,
                value: t.value,
                rule: t.rule,
                source: stated_in(set, t.rule),
            })
            .collect::<Vec<_>>()
    };
    let mut out = of(
        RuleSetId::Source2004Act,
        params::rule_set().parameters.all(),
    );
    out.extend(of(
        RuleSetId::Act2025,
        act_2025::params::PARAMS.parameters.all().to_vec(),
    ));
    out
}

/// `pup-check figures`: every figure, its source and the last day it is known for.
pub fn listing() -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# pup-check {VERSION}: figures as of {} (tab-separated)\n",
        as_of()
    );
    let _ = writeln!(
        out,
        "## Dated figures: a registration day after the last known day gets \"not known yet\""
    );
    let _ = writeln!(out, "table\tfrom\tvalue (PLN)\tknown until\tsource");
    for t in Table::ALL {
        for (from, value, source) in t.rows() {
            let _ = writeln!(
                out,
                "{}\t{from}\t{value}\t{}\t{source}",
                t.key(),
                t.known_until()
            );
        }
    }
    let _ = writeln!(
        out,
        "\n## Statutory figures: they hold until the law changes"
    );
    let _ = writeln!(out, "rule set\tname\tvalue\trule\tsource");
    for s in statutory() {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            s.rule_set.as_str(),
            s.name,
            s.value,
            s.rule,
            s.source
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// Every figure says where it comes from and until when it holds.
    #[test]
    fn every_figure_has_a_source_and_a_last_day() {
        for t in Table::ALL {
            let rows = t.rows();
            assert!(!rows.is_empty());
            for (from, value, source) in &rows {
                assert!(!source.trim().is_empty(), "{} {from}: no source", t.key());
                assert!(*from <= t.known_until(), "{} {from} {value}", t.key());
            }
        }
        for s in statutory() {
            let act = s.rule_set != RuleSetId::Source2004Act;
            let ok = if act {
                s.source.starts_with("art. ")
            } else {
                s.source.starts_with("the page")
            };
            assert!(ok, "{} {}: {:?}", s.rule_set.as_str(), s.name, s.source);
        }
    }

    #[test]
    fn a_table_is_stale_the_day_after_its_last_known_day() {
        let amounts = Table::BenefitAmounts.known_until();
        let wage = Table::MinimumWage.known_until();
        assert_eq!(amounts, day("2027-05-31"));
        assert_eq!(wage, day("2027-12-31"));
        assert!(stale(amounts).is_empty());
        assert_eq!(
            stale(amounts.succ_opt().unwrap()),
            [(Table::BenefitAmounts, amounts)]
        );
        assert_eq!(stale(wage).len(), 1);
        assert_eq!(stale(wage.succ_opt().unwrap()).len(), 2);
    }

    #[test]
    fn the_figures_of_a_day_and_their_sources() {
        assert_eq!(as_of(), day("2027-01-01"));
        assert_eq!(
            Table::MinimumWage.on(day("2026-12-31")).map(|r| r.1),
            Some("4806.00".to_string())
        );
        assert_eq!(
            Table::MinimumWage.on(day("2027-01-01")).map(|r| r.1),
            Some("4950.00".to_string())
        );
        assert_eq!(Table::MinimumWage.on(day("2028-01-01")), None);
        // A table's last known day is still known; the day after it is not.
        for t in Table::ALL {
            let last = t.known_until();
            assert!(t.on(last).is_some(), "{t:?} on {last}");
            assert_eq!(t.on(last.succ_opt().unwrap()), None, "{t:?}");
        }
        let wage_2025 =
            "Rozporządzenie Rady Ministrów z 11 września 2025 r. (Dz.U. 2025 poz. 1242)";
        // The amounts of the benefit's first day, not of the registration day (a deferral
        // across 1 June).
        assert_eq!(
            sources_on(
                RuleSetId::Act2025,
                day("2026-05-20"),
                Some(day("2026-08-18"))
            ),
            [wage_2025, "M.P. 2026 poz. 268"]
        );
        assert_eq!(
            sources_on(
                RuleSetId::Act2025,
                day("2026-05-31"),
                Some(day("2026-05-31"))
            )[1],
            "M.P. 2025 poz. 510"
        );
        // No amount known or used: the minimum wage only; the seed has no amounts table.
        assert_eq!(
            sources_on(RuleSetId::Act2025, day("2026-06-01"), None),
            [wage_2025]
        );
        assert_eq!(
            sources_on(
                RuleSetId::Act2025,
                day("2027-06-01"),
                Some(day("2027-06-01"))
            )
            .len(),
            1
        );
        assert_eq!(
            sources_on(
                RuleSetId::Source2004Act,
                day("2025-05-31"),
                Some(day("2025-05-31"))
            )
            .len(),
            1
        );
        assert!(sources_on(RuleSetId::Act2025, day("2028-01-01"), None).is_empty());
    }

    #[test]
    fn the_listing_names_every_figure() {
        let l = listing();
        assert!(l.contains(VERSION));
        assert!(l.contains("minimum_wage\t2027-01-01\t4950.00\t2027-12-31\t"));
        assert!(l.contains(
            "benefit_amounts\t2026-06-01\t1783.90 / 1400.90\t2027-05-31\tM.P. 2026 poz. 268"
        ));
        assert!(
            l.contains("act-2025\tqualifying_days\t365\tBEN-365-18\tart. "),
            "{l}"
        );
        assert_eq!(
            l.lines().filter(|x| x.starts_with("act-2025\t")).count(),
            act_2025::params::PARAMS.parameters.all().len()
        );
    }
}
