//! Scenario files (`tests/scenarios/*.json`), OpenFisca style: each holds an answers file and
//! the parts of the result that matter. Run by `cargo test`.
//!
//! A scenario file:
//! ```json
//! { "description": "…", "today": "2024-03-02",           // optional, default 2024-03-02
//!   "answers": { …answers file… },
//!   "expect": { …parts of the result… },                   // objects match partially,
//!                                                          // arrays element by element
//!   "trace": { "BEN-365-18": "met", … } }                  // outcomes of rules (optional)
//! ```
//! The coverage test fails when a catalog rule ID is reached by no scenario, or when a rule
//! that can go both ways is never seen both `met` and `not_met`.

use chrono::NaiveDate;
use pup_check::rules::{act_2025, source_2004_act};
use pup_check::rules::{answers::Answers, catalog, evaluate, result::EvalResult, RuleSetId};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Rules that apply to everyone (or, BEN-NO-OFFER, are never known in advance): they cannot be
/// seen both ways. See docs/decisions.md, points 14, 15 and 22.
const ONE_WAY_2004: &[&str] = &[
    "REG-IN-PERSON",
    "REG-NOTIFY-CHANGES",
    "LOSS-OWN-REQUEST",
    "BEN-WAIT-7",
    "BEN-NO-OFFER",
    "DOC-ID",
    "DOC-PESEL-NIP",
    "DOC-EDUCATION",
    "DOC-REGISTRATION-CARD",
    "ACC-WHAT",
    "ACC-START",
];

/// The same for the 2025 Act: registration facts, losses without a waiting period, the
/// benefit's first day and amount, the documents everyone brings.
const ONE_WAY_2025: &[&str] = &[
    "REG-APPLICATION",
    "REG-OFFICE-HOME",
    "REG-REGISTRATION-DAY",
    "REG-ONE-OFFICE",
    "REG-NOTIFY-CHANGES-7D",
    "LOSS-OWN-REQUEST",
    "LOSS-INCAPACITY-180",
    "BEN-FROM-REGISTRATION",
    "BEN-AMOUNT",
    "DOC-APPLICATION",
    "DOC-ID-2025",
    "DOC-PESEL-2025",
    "DOC-PAYMENT-ACCOUNT",
    "DOC-EDUCATION",
    "DOC-DECLARATIONS-2025",
    "ACC-WHAT",
    "ACC-START",
];

/// Obligations apply to everyone registered (docs/decisions.md, point 22).
fn one_way(set: RuleSetId, rule: &str) -> bool {
    match set {
        RuleSetId::Source2004Act => {
            ONE_WAY_2004.contains(&rule)
                || source_2004_act::obligations::OBLIGATIONS.contains(&rule)
        }
        RuleSetId::Act2025 => {
            ONE_WAY_2025.contains(&rule) || act_2025::obligations::OBLIGATIONS.contains(&rule)
        }
    }
}

struct Scenario {
    name: String,
    file: Value,
    result: EvalResult,
}

fn load() -> Vec<Scenario> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/scenarios exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let file: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            let today: NaiveDate = file
                .get("today")
                .and_then(Value::as_str)
                .unwrap_or("2024-03-02")
                .parse()
                .unwrap_or_else(|e| panic!("{name}: today: {e}"));
            let answers_text = serde_json::to_string(&file["answers"]).unwrap();
            let answers = Answers::from_json(&answers_text)
                .unwrap_or_else(|e| panic!("{name}: answers: {e}"));
            let result = evaluate(&answers, today);
            Scenario { name, file, result }
        })
        .collect()
}

/// Checks that `actual` holds `expected`: objects partially, arrays element by element.
fn matches(expected: &Value, actual: &Value, path: &str, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, v) in e {
                match a.get(k) {
                    Some(av) => matches(v, av, &format!("{path}.{k}"), out),
                    None => out.push(format!("{path}.{k}: missing in the result")),
                }
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                out.push(format!(
                    "{path}: expected {} items {expected}, got {} items {actual}",
                    e.len(),
                    a.len()
                ));
                return;
            }
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                matches(ev, av, &format!("{path}[{i}]"), out);
            }
        }
        _ if expected == actual => {}
        _ => out.push(format!("{path}: expected {expected}, got {actual}")),
    }
}

#[test]
fn scenarios_hold() {
    let scenarios = load();
    let mut failures = Vec::new();
    for s in &scenarios {
        let expect = s.file.get("expect").and_then(Value::as_object);
        assert!(
            expect.is_some_and(|e| !e.is_empty()),
            "{}: a scenario must expect something",
            s.name
        );
        let actual = serde_json::to_value(&s.result).unwrap();
        let mut diffs = Vec::new();
        matches(&s.file["expect"], &actual, "result", &mut diffs);
        if let Some(trace) = s.file.get("trace").and_then(Value::as_object) {
            for (rule, want) in trace {
                let got: Vec<String> = s
                    .result
                    .trace
                    .iter()
                    .filter(|t| t.rule == rule)
                    .map(|t| {
                        serde_json::to_value(t.outcome)
                            .unwrap()
                            .as_str()
                            .unwrap()
                            .to_string()
                    })
                    .collect();
                if got.is_empty() {
                    diffs.push(format!("trace {rule}: not evaluated"));
                } else if !got.iter().all(|g| Some(g.as_str()) == want.as_str()) {
                    diffs.push(format!("trace {rule}: expected {want}, got {got:?}"));
                }
            }
        }
        if !diffs.is_empty() {
            failures.push(format!("{}:\n    {}", s.name, diffs.join("\n    ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} scenarios fail:\n{}",
        failures.len(),
        scenarios.len(),
        failures.join("\n")
    );
    println!("{} scenarios hold", scenarios.len());
}

/// Every rule of both rule sets is stated by some scenario's own expected trace, both ways
/// where it can go both ways; a rule the engine merely ran does not count (scenarios_hold
/// checks each stated outcome against the engine).
#[test]
fn scenarios_reach_every_rule_both_ways() {
    let scenarios = load();
    assert!(
        scenarios.len() >= 60,
        "at least 60 scenarios, found {}",
        scenarios.len()
    );
    let mut seen: BTreeMap<(RuleSetId, String), BTreeSet<String>> = BTreeMap::new();
    for s in &scenarios {
        let set = RuleSetId::from_wire(&s.result.rule_set).expect("a known rule set");
        for (rule, want) in s
            .file
            .get("trace")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            seen.entry((set, rule.clone()))
                .or_default()
                .insert(want.as_str().unwrap_or_default().to_string());
        }
    }
    let mut problems = Vec::new();
    for set in RuleSetId::ALL {
        for rule in catalog::of(*set) {
            match seen.get(&(*set, rule.id.to_string())) {
                None => problems.push(format!(
                    "{} {}: stated by no scenario's trace",
                    set.as_str(),
                    rule.id
                )),
                Some(outcomes) if !one_way(*set, rule.id) => {
                    for want in ["met", "not_met"] {
                        if !outcomes.contains(want) {
                            problems.push(format!(
                                "{} {}: never {want} in any scenario's trace",
                                set.as_str(),
                                rule.id
                            ));
                        }
                    }
                }
                Some(_) => {}
            }
        }
    }
    assert!(
        problems.is_empty(),
        "rule coverage ({} problems):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// A period with one known date is bounded by it (decision 39): a job from 1 January 2025
/// with an unknown end counts at least its first day and at most until the day before
/// registration (425 days), not the whole 18-month window (546).
#[test]
fn a_period_with_one_known_date_is_bounded_by_it() {
    let all = load();
    let s = all
        .iter()
        .find(|s| s.name.starts_with("167-"))
        .expect("scenario 167");
    let t = s
        .result
        .trace_of("BEN-365-18")
        .expect("BEN-365-18 in the trace");
    let int = |k: &str| t.values.get(k).and_then(|v| v.as_i64());
    assert_eq!(int("qualifying_days"), Some(1));
    assert_eq!(int("qualifying_days_at_most"), Some(425));
}
