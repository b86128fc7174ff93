//! Tests of the `pup-check` command.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pup-check"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pup-check runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pup-check-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A registration before 2025-06-01: the seed's rule set.
const GOOD: &str = r#"{
  "format": 1,
  "registration_date": "2022-03-02",
  "person": { "birth_date": "1990-05-10", "sex": "female" },
  "residence": "none",
  "history": [ { "kind": "employment", "from": "2020-01-01", "to": "2021-12-31", "min_wage_met": true, "unpaid_leave_days": 0 } ]
}"#;

/// A registration today: the 2025 Act, every answer it asks given.
const GOOD_2025: &str = r#"{
  "format": 1,
  "registration_date": "2026-03-02",
  "person": { "birth_date": "1990-05-10", "sex": "female", "disabled": false, "polish_citizen": true,
              "large_family_card": false, "single_parent": false, "child_and_spouse_benefit_exhausted": false },
  "status": { "employed_or_paid_work": false, "able_and_ready": true, "schooling": "none", "pensions_and_benefits": [],
              "business_registered": false, "other_compulsory_insurance": false, "detained": false,
              "monthly_income_pln": "0", "permanent_social_allowance": false, "care_benefit": false,
              "training_benefit": false, "company_role": false, "foreign_insurance": false, "business_abroad": false },
  "history": [ { "kind": "employment", "from": "2024-01-01", "to": "2025-12-31", "min_wage_met": true,
                 "unpaid_leave_days": 0, "used_for_earlier_benefit": false } ],
  "terminations": [ { "date": "2025-12-31", "mode": "mutual_agreement", "exception": null, "starosta_referral": false } ],
  "qualifying_years_20": false
}"#;

#[test]
fn evaluates_a_file_under_the_law_of_its_registration_day() {
    let out = run(&["evaluate", "-"], Some(GOOD_2025));
    assert_eq!(out.status.code(), Some(0));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["rule_set"], "act-2025");
    assert_eq!(r["office"]["rule"], "REG-OFFICE-HOME");
    assert_eq!(r["status"]["verdict"], "eligible");
    let b = &r["benefit"];
    assert_eq!(b["verdict"], "entitled");
    assert_eq!(b["qualifying_days"], 486);
    // Mutual agreement of the last job: after 90 days from registration (art. 220 ust. 2
    // pkt 3), counted D … D + 89 (decision).
    assert_eq!(b["from"], "2026-05-31");
    assert_eq!(b["from_may_be_later"], false);
    // 180 days less the 90 without benefit (art. 225 ust. 3).
    assert_eq!(b["length_days"], 90);
    assert_eq!(b["amount"]["as_of"], "2026-05-31");
    assert_eq!(b["amount"]["first_90_days_pln"], "1721.90");
    assert_eq!(b["amount"]["later_days_pln"], "1352.20");
    assert_eq!(b["amount"]["percent"], 100);
    let seed = run(&["evaluate", "-"], Some(GOOD));
    let r: serde_json::Value = serde_json::from_slice(&seed.stdout).unwrap();
    assert_eq!(r["rule_set"], "source-2004-act");
    assert_eq!(r["benefit"]["length_days"], serde_json::Value::Null);
    assert_eq!(r["benefit"]["amount"], serde_json::Value::Null);
}

#[test]
fn evaluates_a_good_file() {
    let path = temp_file("good.json", GOOD);
    let out = run(&["evaluate", path.to_str().unwrap()], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(result["format"], 1);
    assert_eq!(result["registration_date"], "2022-03-02");
    assert_eq!(result["office"]["rule"], "REG-OFFICE-STAY");
    assert_eq!(result["office"]["declaration_required"], true);
    assert_eq!(result["benefit"]["qualifying_days"], 486);
    assert!(result["documents"]
        .as_array()
        .unwrap()
        .contains(&"DOC-DECLARATION".into()));
}

#[test]
fn reads_standard_input() {
    let out = run(&["evaluate", "-"], Some(GOOD));
    assert_eq!(out.status.code(), Some(0));
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(result["office"]["rule"], "REG-OFFICE-STAY");
}

#[test]
fn malformed_file_exits_2_with_line_and_column() {
    let path = temp_file(
        "bad.json",
        "{\n  \"format\": 1,\n  \"residence\": \"none\"\n  \"history\": []\n}",
    );
    let out = run(&["evaluate", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 4"), "{err}");
    assert!(err.contains("column"), "{err}");
}

#[test]
fn unknown_field_is_named() {
    let out = run(
        &["evaluate", "-"],
        Some(r#"{ "format": 1, "person": { "pesell": "44051401359" } }"#),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown field `pesell`"), "{err}");
}

#[test]
fn wrong_value_and_wrong_format_are_errors() {
    let out = run(&["evaluate", "-"], Some(r#"{ "residence": "castle" }"#));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("castle"));
    let out = run(&["evaluate", "-"], Some(r#"{ "format": 2 }"#));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("format"));
    let out = run(
        &["evaluate", "-"],
        Some(r#"{ "registration_date": "2026-02-30" }"#),
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn missing_file_exits_2() {
    let out = run(&["evaluate", "/nonexistent/answers.json"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(run(&[], None).status.code(), Some(2));
    assert_eq!(run(&["evaluate"], None).status.code(), Some(2));
}

#[test]
fn rules_lists_every_rule_with_its_source_sentence() {
    let out = run(&["rules"], None);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let every = pup_check::rules::RuleSetId::ALL
        .iter()
        .flat_map(|set| pup_check::rules::catalog::of(*set));
    for rule in every {
        assert!(
            text.contains(&format!("{}\n", rule.id)),
            "{} missing",
            rule.id
        );
        assert!(text.contains(rule.quote), "quote of {} missing", rule.id);
    }
    assert!(text.contains(
        "Prawo do zasiłku przysługuje bezrobotnemu za każdy dzień kalendarzowy po upływie 7 dni"
    ));
    assert!(text.contains("== rule set act-2025 =="));
    assert!(text.contains("art. 219 ust. 1 pkt 1"));
}

/// Issue 24: `pup-check flow` lists the questions the app would ask for an answers file, in
/// order, each with the answers-file paths it fills; a file that is not one: exit 2.
#[test]
fn flow_lists_the_questions_with_their_fields() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/examples/answers-2025.json"
    );
    let out = run(&["flow", path], None);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "1. Kiedy chcesz zarejestrować się w urzędzie pracy?\tregistration_date"
    );
    assert!(lines.iter().any(|l| l.ends_with("\tperson.polish_citizen")));
    assert!(lines.iter().any(|l| l.contains("status.company_role")));
    assert!(lines.iter().any(|l| l.contains("terminations[0].mode")));
    // Under the seed's rules the residence is asked, and no citizenship.
    let seed = run(&["flow", "-"], Some(GOOD));
    let seed = String::from_utf8(seed.stdout).unwrap();
    assert!(seed.contains("\tresidence"));
    assert!(!seed.contains("person.polish_citizen"));
    let bad = run(&["flow", "-"], Some("{\"format\": 1, \"x\": 2}"));
    assert_eq!(bad.status.code(), Some(2));
}

/// Issue 26: `pup-check figures` lists every dated figure with its source and its last known
/// day, and every statutory figure with its rule; `--version` names the version and the day
/// of the newest figure.
#[test]
fn figures_and_version_tell_an_office_when_to_update() {
    let out = run(&["figures"], None);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text, pup_check::rules::figures::listing());
    assert!(text.contains(
        "benefit_amounts\t2026-06-01\t1783.90 / 1400.90\t2027-05-31\tM.P. 2026 poz. 268"
    ));
    assert!(text.contains("minimum_wage\t2027-01-01\t4950.00\t2027-12-31\tRozporządzenie Rady Ministrów z 14 września 2026 r. (Dz.U. 2026 poz. 1213)"));
    assert!(text.contains("source-2004-act\tbenefit_waiting_days\t7\tBEN-WAIT-7\tthe page"));
    let out = run(&["--version"], None);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text,
        format!(
            "pup-check {} (figures as of 2027-01-01; known: minimum_wage to 2027-12-31, benefit_amounts to 2027-05-31)\n",
            env!("CARGO_PKG_VERSION")
        )
    );
}
