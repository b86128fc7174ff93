//! The rules engine: plain Rust, no web dependencies.
//!
//! `evaluate(answers, today)` applies the catalog `../shared/spec/rules.md` to an answers
//! file and returns the result. Each rule ID of the catalog is one named function in the
//! module of its section (`reg`, `status`, `loss`, `obligations`, `benefit`, `deferral`,
//! `documents`, `account`), which cites the ID in its doc comment and records its outcome and
//! the values it used in the trace.

pub mod account;
pub mod act_2025;
pub mod answers;
pub mod catalog;
pub mod dates;
pub mod explain;
pub mod figures;
pub mod ids;
pub mod money;
pub mod notes;
pub mod params;
pub mod periods;
pub mod person;
pub mod questionnaire;
pub mod result;
pub mod shared_benefit;
pub mod shared_documents;
pub mod shared_status;
pub mod source_2004_act;
#[cfg(test)]
pub mod test_amendment;
pub mod values;
pub mod wire;

use answers::{Answers, Sex};
use chrono::NaiveDate;
use result::{EvalResult, InputError, Outcome, TraceEntry, FORMAT_RESULT};
use values::Values;

pub use answers::{ParseError, FORMAT};

crate::wire_enum! {
    /// A rule set: a law in force from a date, with its module tree, its dated parameters
    /// (`rules/*.json`) and its catalog. The registration day chooses it (rules.md §12).
    pub enum RuleSetId {
        /// The seed's rules (the Act of 20 April 2004 as the office page describes it):
        /// registration days before 2025-06-01.
        Source2004Act = "source-2004-act",
        /// The Act of 20 March 2025 (Dz.U. 2025 poz. 620): registration days from 2025-06-01.
        Act2025 = "act-2025",
        /// Test only (issue 24): the 2025 Act with one figure changed from a later day
        /// (`test_amendment`), proving that a new law is a change the compiler walks through.
        #[cfg(test)]
        TestAmendment = "test-amendment",
    }
}

impl RuleSetId {
    /// The rule set in force on the registration day `d`. A later law is added here, with
    /// its first day in its own parameters file.
    pub fn for_day(d: NaiveDate) -> RuleSetId {
        RuleSetId::ALL
            .iter()
            .copied()
            .filter(|r| r.in_force_from() <= d)
            .max_by_key(|r| r.in_force_from())
            .unwrap_or(RuleSetId::Source2004Act)
    }

    /// The rule set's own catalog (`catalog::of` adds the shared account rules).
    pub fn catalog(self) -> &'static [catalog::RuleInfo] {
        match self {
            RuleSetId::Source2004Act => source_2004_act::catalog::CATALOG,
            RuleSetId::Act2025 => act_2025::catalog::CATALOG,
            #[cfg(test)]
            RuleSetId::TestAmendment => test_amendment::CATALOG,
        }
    }

    /// The newest rule set (the one in force from the latest day).
    pub fn newest() -> RuleSetId {
        RuleSetId::ALL
            .iter()
            .copied()
            .max_by_key(|r| r.in_force_from())
            .expect("there is a rule set")
    }

    /// The figures of a rule set built on the 2025 Act's rules (`act_2025` runs under it):
    /// the Act's own, or an amendment's that keeps its rules with other figures.
    pub fn act_2025_params(self) -> Option<&'static act_2025::params::Params> {
        match self {
            RuleSetId::Source2004Act => None,
            RuleSetId::Act2025 => Some(&act_2025::params::PARAMS),
            #[cfg(test)]
            RuleSetId::TestAmendment => Some(&test_amendment::PARAMS),
        }
    }

    /// What the questionnaire asks under this law (`questionnaire`): each rule set declares
    /// its own beside its rules.
    pub fn questionnaire(self) -> &'static questionnaire::Questionnaire {
        match self {
            RuleSetId::Source2004Act => &source_2004_act::questionnaire::SEED,
            RuleSetId::Act2025 => &act_2025::questionnaire::ACT_2025,
            #[cfg(test)]
            RuleSetId::TestAmendment => &test_amendment::QUESTIONNAIRE,
        }
    }

    /// What the law tells a person beyond the rules that decide (`notes`): the seed's page
    /// says it in its own rules, the 2025 Act in `act_2025::notes`.
    pub fn notes(self) -> &'static [notes::Note] {
        match self {
            RuleSetId::Source2004Act => &[],
            RuleSetId::Act2025 => act_2025::notes::NOTES,
            #[cfg(test)]
            RuleSetId::TestAmendment => act_2025::notes::NOTES,
        }
    }

    /// The first registration day this rule set applies to (the seed's: none earlier).
    pub fn in_force_from(self) -> NaiveDate {
        match self {
            RuleSetId::Source2004Act => NaiveDate::MIN,
            RuleSetId::Act2025 => act_2025::params::PARAMS.in_force_from,
            #[cfg(test)]
            RuleSetId::TestAmendment => test_amendment::PARAMS.in_force_from,
        }
    }
}

/// Everything a rule may read while the answers are evaluated, and what it records.
pub struct Ctx<'a> {
    pub answers: &'a Answers,
    /// The registration day D.
    pub d: NaiveDate,
    /// The rule set in force on D.
    pub rule_set: RuleSetId,
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
            catalog::find(self.rule_set, rule).is_some(),
            "{rule} is not in the catalog of {}",
            self.rule_set.as_str()
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

/// Evaluates the answers under the rule set in force on the registration day. Never panics;
/// input errors are reported in `errors` and only the parts of the result that depend on the
/// bad field become unknown.
pub fn evaluate(answers: &Answers, today: NaiveDate) -> EvalResult {
    let d = answers.registration_date.unwrap_or(today);
    let rule_set = RuleSetId::for_day(d);
    let mut ctx = Ctx {
        answers,
        d,
        rule_set,
        birth_date: None,
        sex: None,
        errors: Vec::new(),
        trace: Vec::with_capacity(80),
    };
    person::read_person(&mut ctx);
    let parts = match rule_set {
        RuleSetId::Source2004Act => source_2004_act::evaluate(&mut ctx),
        RuleSetId::Act2025 => act_2025::evaluate(&mut ctx),
        #[cfg(test)]
        RuleSetId::TestAmendment => act_2025::evaluate(&mut ctx),
    };
    let online_account = account::evaluate(&mut ctx);

    EvalResult {
        format: FORMAT_RESULT,
        rule_set: rule_set.as_str().to_string(),
        registration_date: d,
        office: parts.office,
        status: parts.status,
        benefit: parts.benefit,
        documents: parts.documents,
        obligations: parts.obligations,
        online_account,
        errors: ctx.errors,
        trace: ctx.trace,
    }
}

/// What a rule set decides (the account steps are shared: they come from the praca.gov.pl
/// help page, not from a law).
pub struct Parts {
    pub office: result::Office,
    pub status: result::Status,
    pub obligations: Vec<String>,
    pub benefit: result::Benefit,
    pub documents: Vec<String>,
}

/// IDs of the outcomes `wanted` among `(id, outcome)` pairs, in order.
pub(crate) fn ids_with(outcomes: &[(&'static str, Outcome)], wanted: Outcome) -> Vec<String> {
    outcomes
        .iter()
        .filter(|(_, o)| *o == wanted)
        .map(|(id, _)| (*id).to_string())
        .collect()
}

/// The figures of the rule set in force on a registration day that the questions show (the
/// app reads them here instead of computing them): the 18-month window, the income limit,
/// and the look-back of the termination rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub rule_set: RuleSetId,
    /// The 18 months preceding D (BEN-365-18).
    pub window: (NaiveDate, NaiveDate),
    /// Half the minimum wage in force on D (STATUS-INCOME / STATUS-INCOME-2025), with that
    /// minimum wage; `None` outside the table.
    pub income_limit: Option<(money::Grosze, money::Grosze)>,
    /// Under the seed: the six months before D in which a termination defers the benefit.
    /// Under the 2025 Act only the last employment counts (`None`).
    pub termination_look_back: Option<(NaiveDate, NaiveDate)>,
    /// Percent of the minimum wage that work in prison must reach to count (Q-PRISON-WORK:
    /// 50; Q-PRISON-WORK-2025: 100).
    pub prison_work_wage_percent: u32,
}

/// The figures of the rule set in force on the registration day `d`.
pub fn limits(d: NaiveDate) -> Limits {
    let set = RuleSetId::for_day(d);
    let seed = &params::rule_set().parameters;
    let (window_months, percent) = match set {
        RuleSetId::Source2004Act => (
            seed.window_months.value,
            seed.income_limit_percent_of_minimum_wage.value,
        ),
        RuleSetId::Act2025 => {
            let p = &act_2025::params::PARAMS.parameters;
            (
                p.window_months.value,
                p.income_limit_percent_of_minimum_wage.value,
            )
        }
        #[cfg(test)]
        RuleSetId::TestAmendment => {
            let p = &test_amendment::PARAMS.parameters;
            (
                p.window_months.value,
                p.income_limit_percent_of_minimum_wage.value,
            )
        }
    };
    let wage = params::rule_set().minimum_wage.on(d);
    Limits {
        rule_set: set,
        window: dates::months_before(d, window_months),
        income_limit: wage.map(|w| (w.percent(percent), w)),
        // Under the seed, the six months before D in which a job's ending defers the
        // benefit; the 2025 Act asks about the last job whenever it ended.
        termination_look_back: match set {
            RuleSetId::Source2004Act => Some(dates::months_before(
                d,
                seed.termination_lookback_months.value,
            )),
            RuleSetId::Act2025 => None,
            #[cfg(test)]
            RuleSetId::TestAmendment => None,
        },
        prison_work_wage_percent: match set {
            RuleSetId::Source2004Act => 50,
            RuleSetId::Act2025 => 100,
            #[cfg(test)]
            RuleSetId::TestAmendment => 100,
        },
    }
}

/// The kinds of qualifying period the questionnaire offers under the law of registration day
/// `d`, in the order it shows them.
pub fn period_kinds(d: NaiveDate) -> &'static [answers::PeriodKind] {
    match RuleSetId::for_day(d) {
        RuleSetId::Source2004Act => source_2004_act::benefit::PERIOD_KINDS,
        RuleSetId::Act2025 => act_2025::benefit::PERIOD_KINDS,
        #[cfg(test)]
        RuleSetId::TestAmendment => act_2025::benefit::PERIOD_KINDS,
    }
}

/// How many of `period_kinds(d)` the questionnaire shows at once; the others are one click
/// away ("Pokaż pozostałe rodzaje okresów", issue 23: a page that fits a phone).
pub fn period_kinds_shown(d: NaiveDate) -> usize {
    match RuleSetId::for_day(d) {
        RuleSetId::Source2004Act => source_2004_act::benefit::PERIOD_KINDS_SHOWN,
        RuleSetId::Act2025 => act_2025::benefit::PERIOD_KINDS_SHOWN,
        #[cfg(test)]
        RuleSetId::TestAmendment => act_2025::benefit::PERIOD_KINDS_SHOWN,
    }
}

/// The `history` periods whose termination can change the result, so the app asks how they
/// ended: under the seed, the employment periods that ended (or may have ended) within the
/// six months before D (DEFER-QUIT-90, DEFER-FAULT-180); under the 2025 Act, the last
/// employment relationship (art. 219, art. 220 ust. 1 pkt 5) — with end dates unknown,
/// every employment period that may be the last.
pub fn termination_periods(answers: &Answers, today: NaiveDate) -> Vec<usize> {
    let d = answers.registration_date.unwrap_or(today);
    let jobs = answers
        .history
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == answers::PeriodKind::Employment);
    match limits(d).termination_look_back {
        Some((from, _)) => jobs
            .filter(|(_, p)| p.to.is_none_or(|to| to >= from))
            .map(|(i, _)| i)
            .collect(),
        None => {
            let jobs: Vec<_> = jobs.collect();
            let last = jobs.iter().filter_map(|(_, p)| p.to).max();
            jobs.iter()
                .filter(|(_, p)| p.to.is_none() || p.to == last)
                .map(|(i, _)| *i)
                .collect()
        }
    }
}
