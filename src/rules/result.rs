//! The result (rules.md section 11), `"format": 1`, plus the `trace` and `obligations`
//! extensions described in docs/formats.md.

use super::values::Values;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// Three-valued outcome of a rule. For rules that do not decide a verdict (documents,
    /// obligations, account steps) `Met` means "applies to this person" and `NotMet` "does not".
    pub enum Outcome {
        Met = "met",
        NotMet = "not_met",
        Unknown = "unknown",
    }
}

/// The result format version.
pub const FORMAT_RESULT: u32 = 1;

impl Outcome {
    pub fn from_bool(b: bool) -> Outcome {
        if b {
            Outcome::Met
        } else {
            Outcome::NotMet
        }
    }

    /// From an answer where `Some(true)` means the rule holds.
    pub fn from_answer(answer: Option<bool>) -> Outcome {
        answer.map_or(Outcome::Unknown, Outcome::from_bool)
    }

    /// From an answer where `Some(true)` means the rule fails (e.g. "is employed").
    pub fn from_negative_answer(answer: Option<bool>) -> Outcome {
        answer.map_or(Outcome::Unknown, |b| Outcome::from_bool(!b))
    }

    /// `Some(true)` met, `Some(false)` not met, `None` unknown.
    pub fn known(self) -> Option<bool> {
        match self {
            Outcome::Met => Some(true),
            Outcome::NotMet => Some(false),
            Outcome::Unknown => None,
        }
    }

    /// Three-valued AND: not met wins, then unknown.
    pub fn and(self, other: Outcome) -> Outcome {
        match (self, other) {
            (Outcome::NotMet, _) | (_, Outcome::NotMet) => Outcome::NotMet,
            (Outcome::Unknown, _) | (_, Outcome::Unknown) => Outcome::Unknown,
            _ => Outcome::Met,
        }
    }

    /// Three-valued OR: met wins, then unknown.
    pub fn or(self, other: Outcome) -> Outcome {
        match (self, other) {
            (Outcome::Met, _) | (_, Outcome::Met) => Outcome::Met,
            (Outcome::Unknown, _) | (_, Outcome::Unknown) => Outcome::Unknown,
            _ => Outcome::NotMet,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvalResult {
    pub format: u32,
    pub rule_set: String,
    pub registration_date: NaiveDate,
    pub office: Office,
    pub status: Status,
    pub benefit: Benefit,
    pub documents: Vec<String>,
    pub obligations: Vec<String>,
    pub online_account: OnlineAccount,
    pub errors: Vec<InputError>,
    pub trace: Vec<TraceEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Office {
    /// REG-OFFICE-RESIDENCE or REG-OFFICE-STAY (`source-2004-act`; `null` when residence is
    /// not known), REG-OFFICE-HOME (`act-2025`).
    pub rule: Option<String>,
    /// `null` when residence is not known.
    pub declaration_required: Option<bool>,
}

crate::wire_enum! {
    pub enum StatusVerdict {
        Eligible = "eligible",
        NotEligible = "not_eligible",
        Unknown = "unknown",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Status {
    pub verdict: StatusVerdict,
    pub unmet: Vec<String>,
    pub unknown: Vec<String>,
    pub register_not_before: Option<NaiveDate>,
    /// `act-2025`: whether the person can register as a job seeker (poszukujący pracy,
    /// REG-JOB-SEEKER) — what is left to a person who cannot be unemployed; absent when not
    /// known and under the seed's rule set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_seeker: Option<bool>,
}

crate::wire_enum! {
    pub enum BenefitVerdict {
        Entitled = "entitled",
        NotEntitled = "not_entitled",
        Unknown = "unknown",
        NotApplicable = "not_applicable",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deferral {
    pub rule: String,
    pub from: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Benefit {
    pub verdict: BenefitVerdict,
    pub basis: Option<String>,
    pub window: Window,
    pub qualifying_days: u32,
    /// Days needed under the basis described by `window` (365, or 240 for BEN-MILITARY).
    pub required_days: u32,
    pub from: Option<NaiveDate>,
    /// True when an unknown answer could move the first day of benefit later than `from` (a
    /// deferral or exclusion that may apply): the app says "najwcześniej od …".
    pub from_may_be_later: bool,
    pub deferrals: Vec<Deferral>,
    pub unknown: Vec<String>,
    /// `act-2025`: the benefit period of art. 225 ust. 1 (180 or 365 days), `null` when
    /// unknown or under the seed's rule set.
    pub length_days: Option<u32>,
    /// `act-2025`: the monthly amounts in force on the first day of benefit; `null` when not
    /// entitled, when that day is unknown or past the known amounts, and under the seed.
    pub amount: Option<Amount>,
    /// `act-2025`, when the verdict is `unknown`: the benefit as it would be if the office
    /// confirms the open points in the person's favour — its first day at the earliest and
    /// its amounts (issue 23); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub if_confirmed: Option<IfConfirmed>,
}

/// The benefit if the open points are confirmed (`Benefit::if_confirmed`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IfConfirmed {
    pub from: NaiveDate,
    pub amount: Option<Amount>,
}

/// The benefit's monthly gross amounts (art. 224, indexed every 1 June, art. 228).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amount {
    pub as_of: NaiveDate,
    pub first_90_days_pln: String,
    pub later_days_pln: String,
    /// 100 or 120 (art. 224 ust. 2); `null` when the 20-year question is unanswered (the
    /// amounts are then the 100 % ones).
    pub percent: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OnlineAccount {
    /// `null` when the answers do not tell.
    pub possible: Option<bool>,
    pub methods: Vec<String>,
    pub problems: Vec<String>,
}

/// Every `InputError::code` the engine can give (the app has a text for each; `Ctx::error`
/// checks in debug builds that a code is listed here).
pub const INPUT_ERROR_CODES: &[&str] = &[
    "pesel_format",
    "pesel_checksum",
    "pesel_date",
    "pesel_birth_date_mismatch",
    "pesel_sex_mismatch",
    "nip_format",
    "nip_checksum",
    "end_before_start",
    "period_after_registration",
    "event_after_registration",
    "imprisonment_after_release",
    "date_outside_minimum_wage_table",
    "amount_empty",
    "amount_negative",
    "amount_decimals",
    "amount_too_large",
    "amount_not_a_number",
    "loss_reason_not_in_rule_set",
    "period_kind_not_in_rule_set",
    "loss_before_possible",
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    /// Path of the answers field, e.g. `person.pesel` or `history[2].to`.
    pub field: String,
    /// The rule the bad value would have fed, when there is one.
    pub rule: Option<String>,
    /// Stable machine code, translated by the UI (e.g. `pesel_checksum`).
    pub code: String,
    /// English explanation.
    pub message: String,
}

/// One evaluated rule: its ID, its outcome and the values it used.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TraceEntry {
    pub rule: &'static str,
    pub outcome: Outcome,
    pub values: Values,
}

impl EvalResult {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("results always serialize")
    }

    /// The trace entry of a rule, if it was evaluated.
    pub fn trace_of(&self, rule: &str) -> Option<&TraceEntry> {
        self.trace.iter().find(|t| t.rule == rule)
    }
}
