//! The examples in docs/formats.md stay true: docs/examples/answers.json (a registration
//! before 2025-06-01, the seed's rule set) and answers-2025.json (the 2025 Act) evaluate to
//! result.json and result-2025.json, byte for byte.

#[test]
fn documented_examples_are_what_the_engine_returns() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples/");
    for (answers, result, rule_set) in [
        ("answers.json", "result.json", "source-2004-act"),
        ("answers-2025.json", "result-2025.json", "act-2025"),
    ] {
        let text = std::fs::read_to_string(format!("{dir}{answers}")).unwrap();
        let expected = std::fs::read_to_string(format!("{dir}{result}")).unwrap();
        let today = "2026-11-22".parse().unwrap(); // unused: the files have a registration date
        let got = pup_check::rules::evaluate_json(&text, today).unwrap();
        assert_eq!(got.rule_set, rule_set);
        assert_eq!(got.to_json().trim_end(), expected.trim_end(), "regenerate with: cargo run --bin pup-check -- evaluate docs/examples/{answers} > docs/examples/{result}, after checking the change by hand");
    }
}
