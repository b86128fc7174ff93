//! The rules engine: plain Rust, no web dependencies.
//!
//! `evaluate(answers, today)` applies the catalog `../shared/spec/rules.md` to an answers
//! file and returns the result. Each rule ID of the catalog is one named function in the
//! module of its section (`reg`, `status`, `loss`, `obligations`, `benefit`, `deferral`,
//! `documents`, `account`), which cites the ID in its doc comment and records its outcome and
//! the values it used in the trace.

pub mod account;
pub mod answers;
pub mod benefit;
pub mod catalog;
pub mod dates;
pub mod deferral;
pub mod documents;
pub mod ids;
pub mod loss;
pub mod money;
pub mod obligations;
pub mod params;
pub mod reg;
pub mod result;
pub mod status;
pub mod values;
pub mod wire;

use answers::{Answers, Sex};
use chrono::NaiveDate;
use params::{rule_set, RuleSet};
use result::{EvalResult, InputError, Outcome, TraceEntry, FORMAT_RESULT};
use values::Values;

pub use answers::{ParseError, FORMAT};

/// Everything a rule may read while the answers are evaluated, and what it records.
pub struct Ctx<'a> {
    pub answers: &'a Answers,
    /// The registration day D.
    pub d: NaiveDate,
    pub rules: &'static RuleSet,
    /// Birth date and sex, from the answers or read from the PESEL.
    pub birth_date: Option<NaiveDate>,
    pub sex: Option<Sex>,
    pub errors: Vec<InputError>,
    pub trace: Vec<TraceEntry>,
}

impl<'a> Ctx<'a> {
    /// Records the outcome of a rule with the values it used; returns the outcome.
    pub fn record(&mut self, rule: &'static str, outcome: Outcome, values: Values) -> Outcome {
        debug_assert!(
            catalog::find(rule).is_some(),
            "{rule} is not in the catalog"
        );
        self.trace.push(TraceEntry {
            rule,
            outcome,
            values,
        });
        outcome
    }

    pub fn error(
        &mut self,
        field: impl Into<String>,
        rule: Option<&str>,
        code: &str,
        message: impl Into<String>,
    ) {
        debug_assert!(
            result::INPUT_ERROR_CODES.contains(&code),
            "input error code {code} is not in INPUT_ERROR_CODES"
        );
        self.errors.push(InputError {
            field: field.into(),
            rule: rule.map(str::to_string),
            code: code.to_string(),
            message: message.into(),
        });
    }
}

/// Reads an answers file and evaluates it (`today` is used when it has no registration date).
pub fn evaluate_json(text: &str, today: NaiveDate) -> Result<EvalResult, ParseError> {
    Answers::from_json(text).map(|a| evaluate(&a, today))
}

/// Evaluates the answers. Never panics; input errors are reported in `errors` and only the
/// parts of the result that depend on the bad field become unknown.
pub fn evaluate(answers: &Answers, today: NaiveDate) -> EvalResult {
    let rules = rule_set();
    let d = answers.registration_date.unwrap_or(today);
    let mut ctx = Ctx {
        answers,
        d,
        rules,
        birth_date: None,
        sex: None,
        errors: Vec::new(),
        trace: Vec::with_capacity(80),
    };
    status::read_person(&mut ctx);

    let office = reg::evaluate(&mut ctx);
    let status = status::evaluate(&mut ctx);
    let obligations = obligations::evaluate(&mut ctx);
    let benefit = benefit::evaluate(&mut ctx, &status);
    let documents = documents::evaluate(&mut ctx, &office);
    let online_account = account::evaluate(&mut ctx);

    EvalResult {
        format: FORMAT_RESULT,
        rule_set: rules.rule_set.to_string(),
        registration_date: d,
        office,
        status,
        benefit,
        documents,
        obligations,
        online_account,
        errors: ctx.errors,
        trace: ctx.trace,
    }
}

/// IDs of the outcomes `wanted` among `(id, outcome)` pairs, in order.
pub(crate) fn ids_with(outcomes: &[(&'static str, Outcome)], wanted: Outcome) -> Vec<String> {
    outcomes
        .iter()
        .filter(|(_, o)| *o == wanted)
        .map(|(id, _)| (*id).to_string())
        .collect()
}
