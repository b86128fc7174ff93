//! The examples in docs/formats.md stay true: docs/examples/answers.json evaluates to
//! docs/examples/result.json, byte for byte.

#[test]
fn documented_example_is_what_the_engine_returns() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples/");
    let answers = std::fs::read_to_string(format!("{dir}answers.json")).unwrap();
    let expected = std::fs::read_to_string(format!("{dir}result.json")).unwrap();
    let today = "2026-11-22".parse().unwrap(); // unused: the file has a registration date
    let result = pup_check::rules::evaluate_json(&answers, today).unwrap();
    assert_eq!(result.to_json().trim_end(), expected.trim_end(), "regenerate with: cargo run --bin pup-check -- evaluate docs/examples/answers.json > docs/examples/result.json, after checking the change by hand");
}
