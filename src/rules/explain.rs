//! What explains the benefit verdict of a result: the rules the result page lists under
//! "Dlaczego?", in order, and the dates it names, read from the engine's trace. Here, not in
//! the app, so that the app spells out no rule ID of its own (it shows what this returns).
//! Plain Rust over `EvalResult`, for both rule sets; the result JSON is unchanged.

use chrono::{Datelike, NaiveDate};

use super::answers::Online;
use super::notes::{Note, NoteFor, NoteSection};
use super::result::{BenefitVerdict, EvalResult, Outcome, StatusVerdict, TraceEntry};
use super::values::Val;
use super::RuleSetId;

/// The benefit's explanation (`benefit`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenefitWhy<'a> {
    /// The rules behind the verdict, each once, in the order they are explained.
    pub rules: Vec<&'a str>,
    /// The exclusions of the 2025 Act (art. 219 and the foreigner's condition) that decided
    /// against the benefit.
    pub excluded: Vec<&'a str>,
    /// Deferrals the answers leave open (the benefit may start later).
    pub may_be_later: Vec<&'a str>,
    /// The seed's first day of benefit after the 7 days (BEN-WAIT-7), if evaluated.
    pub wait_from: Option<NaiveDate>,
    /// Whether the rule on a refused offer of work (the seed's BEN-NO-OFFER) was evaluated.
    pub no_offer: bool,
}

/// The first day of benefit without any deferral, as the engine recorded it (BEN-WAIT-7
/// under the seed, BEN-FROM-REGISTRATION under the 2025 Act).
pub fn base_from(r: &EvalResult) -> Option<NaiveDate> {
    r.trace_of(base_from_rule(r)?)
        .and_then(|e| e.values.get("from").and_then(Val::as_any_date))
}

/// The rule that gave the first day of benefit without any deferral (BEN-WAIT-7 under the
/// seed, BEN-FROM-REGISTRATION under the 2025 Act), if evaluated.
pub fn base_from_rule(r: &EvalResult) -> Option<&'static str> {
    ["BEN-WAIT-7", "BEN-FROM-REGISTRATION"]
        .into_iter()
        .find(|id| r.trace_of(id).is_some())
}

/// The benefit verdict's explanation: the first day's rule, the basis (or the seed's three
/// ways to it), the 2025 Act's exclusions, the deferrals, what is unknown, the length and the
/// amount (2025) or the refused offer (seed). A benefit that is not due lists only what
/// stands against it.
pub fn benefit(r: &EvalResult) -> BenefitWhy<'_> {
    let b = &r.benefit;
    // Which law's explanation: a new law must say which it follows (or its own).
    let act_2025 = match RuleSetId::from_wire(&r.rule_set) {
        Some(RuleSetId::Act2025) => true,
        #[cfg(test)]
        Some(RuleSetId::TestAmendment) => true,
        Some(RuleSetId::Source2004Act) | None => false,
    };
    let excluded: Vec<&str> = r
        .trace
        .iter()
        .filter(|e| {
            (e.rule.starts_with("BEN-NOT-") || e.rule == "BEN-FOREIGNER")
                && e.outcome == Outcome::NotMet
        })
        .map(|e| e.rule)
        .collect();
    let mut rules: Vec<&str> = if act_2025 {
        vec!["BEN-FROM-REGISTRATION"]
    } else {
        vec!["BEN-WAIT-7"]
    };
    if let Some(basis) = &b.basis {
        rules.push(basis.as_str());
    } else {
        rules.push("BEN-365-18");
        // A release from prison or a military service that did not happen concerns nobody
        // (issue 23): only those the answers say may have happened.
        for x in ["BEN-PRISON", "BEN-MILITARY"] {
            let happened = r
                .trace_of(x)
                .is_some_and(|e| e.values.get("applies") != Some(&Val::Bool(false)));
            if happened {
                rules.push(x);
            }
        }
    }
    if act_2025 {
        rules.push("BEN-NO-REUSE");
        // Art. 226: the earlier benefit, when it counts now.
        for x in ["BEN-RESUME-14D", "BEN-SUPPLEMENT"] {
            if r.trace_of(x).is_some_and(|e| e.outcome == Outcome::Met) {
                rules.push(x);
            }
        }
        if !excluded.is_empty() || b.unknown.iter().any(|x| x.starts_with("BEN-NOT-")) {
            rules.push("BEN-LAST-JOB-BASIS");
        }
        rules.extend(excluded.iter().copied());
    }
    rules.extend(b.deferrals.iter().map(|d| d.rule.as_str()));
    rules.extend(b.unknown.iter().map(String::as_str));
    if act_2025 {
        if r.trace_of("BEN-LENGTH-SHORTENED")
            .is_some_and(|e| e.outcome == Outcome::Met)
        {
            rules.push("BEN-LENGTH-SHORTENED");
        }
        rules.extend([
            "BEN-DAY-COUNT",
            "BEN-LENGTH",
            "BEN-AMOUNT",
            "BEN-AMOUNT-120",
        ]);
        rules.retain(|x| {
            *x != "BEN-DAY-COUNT" || r.trace_of(x).is_some_and(|e| e.outcome != Outcome::NotMet)
        });
    } else {
        rules.push("BEN-NO-OFFER");
    }
    if matches!(
        b.verdict,
        BenefitVerdict::NotEntitled | BenefitVerdict::NotApplicable
    ) {
        rules.retain(|x| r.trace_of(x).is_none_or(|e| e.outcome != Outcome::Met));
    }
    let mut seen: Vec<&str> = Vec::new();
    rules.retain(|x| {
        let first = !seen.contains(x);
        seen.push(x);
        first
    });
    BenefitWhy {
        rules,
        excluded,
        may_be_later: b
            .unknown
            .iter()
            .filter(|x| x.starts_with("DEFER-") || *x == "BEN-DOCUMENTED-LATER")
            .map(String::as_str)
            .collect(),
        wait_from: r
            .trace_of("BEN-WAIT-7")
            .and_then(|e| e.values.get("from").and_then(Val::as_any_date)),
        no_offer: r.trace_of("BEN-NO-OFFER").is_some(),
    }
}

/// The status verdict's explanation (`status`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusWhy<'a> {
    /// The rules behind the verdict: every status condition when the person can register,
    /// else only the conditions not met (or, when none is, those left open).
    pub rules: Vec<&'a str>,
    /// A later day from which the person could register: after a loss of status, or the
    /// 18th birthday when age is the only condition not met.
    pub register_from: Option<NaiveDate>,
}

/// The status verdict's explanation.
pub fn status(r: &EvalResult) -> StatusWhy<'_> {
    let st = &r.status;
    let rules = match st.verdict {
        // What decided "yes": the conditions met. A rule of a group the person is not in
        // (the Ukraine special act for a Polish citizen) is no failed condition (issue 23).
        StatusVerdict::Eligible => r
            .trace
            .iter()
            .filter(|e| e.rule.starts_with("STATUS-") && e.outcome == Outcome::Met)
            .map(|e| e.rule)
            .collect(),
        StatusVerdict::NotEligible => st.unmet.iter().map(String::as_str).collect(),
        StatusVerdict::Unknown => st.unknown.iter().map(String::as_str).collect(),
    };
    let age_only = st.unmet.len() == 1 && st.unmet[0] == "STATUS-AGE-MIN";
    let register_from = st.register_not_before.or_else(|| {
        age_only
            .then(|| r.trace_of("STATUS-AGE-MIN"))
            .flatten()
            .and_then(|e| e.values.get("turns_min_age_on"))
            .and_then(Val::as_any_date)
    });
    StatusWhy {
        rules,
        register_from,
    }
}

/// The values of a trace entry that "Dlaczego?" shows: all of them while the rule is open;
/// once it is decided, only those known. An answer the questionnaire did not need (the
/// repatriate question of a job, the Ukrainian citizenship of a Polish citizen) decided
/// nothing and is not "nie wiadomo" (issue 23).
pub fn values_shown(e: &TraceEntry) -> Vec<(&'static str, &Val)> {
    e.values
        .iter()
        .filter(|(_, v)| e.outcome == Outcome::Unknown || !unknown_value(v))
        .collect()
}

/// A value that holds nothing known: null, or a list of only such values.
fn unknown_value(v: &Val) -> bool {
    match v {
        Val::Null => true,
        Val::List(a) => !a.is_empty() && a.iter().all(unknown_value),
        _ => false,
    }
}

/// Under a "no" status: whether the person can register as a job seeker instead (`None`: not
/// known), with the rule that says so, and whether the rule set says what that gives (the
/// 2025 Act: art. 72, 81, 87); `None` when the status is not "no". The seed's rules: the
/// office page registers "inna osoba poszukująca pracy" too, in REG-OFFICE-RESIDENCE's
/// sentence.
pub fn job_seeker(r: &EvalResult) -> Option<(&'static str, Option<bool>, bool)> {
    if r.status.verdict != StatusVerdict::NotEligible {
        return None;
    }
    match RuleSetId::from_wire(&r.rule_set)? {
        RuleSetId::Act2025 => {
            let e = r.trace_of("REG-JOB-SEEKER")?;
            Some((e.rule, e.outcome.known(), true))
        }
        #[cfg(test)]
        RuleSetId::TestAmendment => {
            let e = r.trace_of("REG-JOB-SEEKER")?;
            Some((e.rule, e.outcome.known(), true))
        }
        RuleSetId::Source2004Act => Some(("REG-OFFICE-RESIDENCE", Some(true), false)),
    }
}

/// A value that a rule's "what would change it" text names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Date(Option<NaiveDate>),
    /// An amount as the engine writes it ("2333.00").
    Money(Option<String>),
    Count(u64),
    /// A number the answers may leave unknown.
    MaybeCount(Option<u64>),
}

/// What would change a rule's outcome, for a rule that decided against the person (or a
/// deferral): the app words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The rule's own text ("change-" and its ID in the texts) with these values.
    Text(Vec<Arg>),
    /// A "no" to the questions that fill these fields of the answers file would meet the
    /// condition (a status condition barred by a "yes").
    AnswerNo(Vec<String>),
    /// Without this deferral the others still start the benefit on this day.
    OtherDeferrals(NaiveDate),
}

/// What would change `e`'s outcome, for a rule not met or a deferral (none for the others):
/// its rule's own text, with the values it names; for a status condition barred by answers
/// of "yes", a "no" to them.
pub fn change(r: &EvalResult, e: &TraceEntry) -> Option<Change> {
    if e.outcome != Outcome::NotMet && !e.rule.starts_with("DEFER-") {
        return None;
    }
    let val = |k: &str| e.values.get(k);
    let date = |k: &str| Arg::Date(val(k).and_then(Val::as_any_date));
    let money = |k: &str| Arg::Money(val(k).and_then(Val::as_str).map(str::to_string));
    let count = |k: &str| val(k).and_then(Val::as_u64).unwrap_or(0);
    let args = match e.rule {
        "STATUS-AGE-MIN" => vec![date("turns_min_age_on")],
        "STATUS-AGE-MAX" => vec![
            Arg::MaybeCount(val("age_max").and_then(Val::as_u64)),
            date("turns_max_age_on"),
        ],
        "STATUS-INCOME" | "STATUS-INCOME-2025" => vec![money("limit"), money("income")],
        "BEN-365-18" => vec![
            Arg::Count(count("required_days").saturating_sub(count("qualifying_days"))),
            Arg::Count(count("required_days")),
        ],
        x if x.starts_with("LOSS-") => vec![date("register_again_from")],
        x if x.starts_with("DEFER-") => {
            // The first day without this deferral: the latest of the first day without any
            // and the other deferrals' days.
            let without = r
                .benefit
                .deferrals
                .iter()
                .filter(|d| d.rule != x)
                .map(|d| d.from)
                .chain(base_from(r))
                .max();
            match (without, r.benefit.from) {
                (Some(w), Some(from)) if w >= from => return Some(Change::OtherDeferrals(from)),
                // No other deferral and no first day recorded: no day to name.
                (w, _) => vec![Arg::Date(w)],
            }
        }
        // Conditions that an answer of "yes" (or kinds of pension given) bars: a "no" to
        // those answers would meet them (the other status conditions have their own text).
        "STATUS-NO-PENSION"
        | "STATUS-NO-PENSION-2025"
        | "STATUS-NO-FARM"
        | "STATUS-NO-SPECIAL-AGRI"
        | "STATUS-NO-BUSINESS"
        | "STATUS-NO-OTHER-INSURANCE"
        | "STATUS-NO-COMPANY-ROLE"
        | "STATUS-NO-FOREIGN-INSURANCE"
        | "STATUS-NO-BUSINESS-ABROAD"
        | "STATUS-NOT-DETAINED"
        | "STATUS-NOT-DETAINED-2025"
        | "STATUS-NO-PERMANENT-ALLOWANCE"
        | "STATUS-NO-CARE-BENEFIT"
        | "STATUS-NO-CARE-BENEFIT-2025"
        | "STATUS-NO-TRAINING-BENEFIT" => {
            let barred: Vec<String> = e
                .values
                .iter()
                .filter(|(_, v)| match v {
                    Val::Bool(b) => *b,
                    Val::List(l) => !l.is_empty(),
                    _ => false,
                })
                .map(|(k, _)| format!("status.{k}"))
                .collect();
            if !barred.is_empty() {
                return Some(Change::AnswerNo(barred));
            }
            vec![]
        }
        _ => vec![],
    };
    Some(Change::Text(args))
}

/// Whether a rule is a condition the person meets or not (STATUS, LOSS, BEN, Q), rather
/// than one that applies to them or not (the office and the declaration, deferrals,
/// documents, the account, obligations): a declaration not needed is no condition failed.
pub fn is_condition(rule: &str) -> bool {
    !["REG-", "DEFER-", "DOC-", "ACC-", "OBL-"]
        .iter()
        .any(|p| rule.starts_with(p))
}

/// The periods of the history as the rule set classified them (Q rules with a period), in
/// the order of the answers.
pub fn periods(r: &EvalResult) -> Vec<&TraceEntry> {
    r.trace
        .iter()
        .filter(|e| e.rule.starts_with("Q-") && e.values.get("period").is_some())
        .collect()
}

/// The qualifying days of the 18-month window as BEN-365-18 counted them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Days {
    pub qualifying: u64,
    pub required: u64,
    /// The most the periods could count, answers of "Nie wiem" counted for the person.
    pub at_most: Option<u64>,
}

pub fn days(r: &EvalResult) -> Option<Days> {
    let e = r.trace_of("BEN-365-18")?;
    let n = |k: &str| e.values.get(k).and_then(Val::as_u64);
    let qualifying = n("qualifying_days").unwrap_or(0);
    Some(Days {
        qualifying,
        required: n("required_days").unwrap_or(0),
        at_most: n("qualifying_days_at_most"),
    })
}

/// The most the window's periods could count, when answers of "Nie wiem" leave more open
/// than the days of the basis the result gives (the result page then shows a range).
pub fn days_at_most(r: &EvalResult) -> Option<u64> {
    days(r)?
        .at_most
        .filter(|m| *m > u64::from(r.benefit.qualifying_days))
}

/// The 2025 Act's amount and length of the benefit, with what the result page says of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmountWhy {
    /// The rules that give the amount and the length (for their articles).
    pub amount_rule: &'static str,
    pub length_rule: &'static str,
    /// The days at the first, higher amount (BEN-AMOUNT).
    pub first_days: u64,
    /// The years of insurance that give the higher percentage (BEN-AMOUNT-120).
    pub years_required: u64,
    /// The benefit's length was evaluated (BEN-LENGTH), with its two possible lengths.
    pub length_evaluated: bool,
    pub days_short: u64,
    pub days_long: u64,
    /// Days of the benefit counted as the Act counts them (BEN-DAY-COUNT), when it applies.
    pub day_count: bool,
    /// The first day of benefit that counting gives, when a deferral counted so applies.
    pub day_count_from: Option<NaiveDate>,
    /// What shortened the length (BEN-LENGTH-SHORTENED, art. 225 ust. 3, art. 226): its rule,
    /// the period of art. 225 ust. 1, the days without benefit after registration and the
    /// benefit drawn before (`None`: not known); `None` when nothing shortened it.
    pub shortened: Option<Shortened>,
}

/// The days taken off the benefit's period (BEN-LENGTH-SHORTENED).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortened {
    pub rule: &'static str,
    pub base: Option<u64>,
    pub deferred: Option<u64>,
    pub earlier: Option<u64>,
}

pub fn amount(r: &EvalResult) -> AmountWhy {
    let n = |rule: &str, k: &str| {
        r.trace_of(rule)
            .and_then(|e| e.values.get(k))
            .and_then(Val::as_u64)
            .unwrap_or(0)
    };
    AmountWhy {
        amount_rule: "BEN-AMOUNT",
        length_rule: "BEN-LENGTH",
        first_days: n("BEN-AMOUNT", "first_days"),
        years_required: n("BEN-AMOUNT-120", "years_required"),
        length_evaluated: r.trace_of("BEN-LENGTH").is_some(),
        days_short: n("BEN-LENGTH", "days_short"),
        days_long: n("BEN-LENGTH", "days_long"),
        day_count: r
            .trace_of("BEN-DAY-COUNT")
            .is_some_and(|e| e.outcome != Outcome::NotMet),
        day_count_from: r
            .trace_of("BEN-DAY-COUNT")
            .and_then(|e| e.values.get("from"))
            .and_then(Val::as_any_date),
        shortened: r
            .trace_of("BEN-LENGTH-SHORTENED")
            .filter(|e| e.outcome != Outcome::NotMet)
            .map(|e| {
                let v = |k: &str| e.values.get(k).and_then(Val::as_u64);
                Shortened {
                    rule: e.rule,
                    base: v("length_days_art_225_ust_1"),
                    deferred: v("days_without_benefit_art_220"),
                    earlier: v("earlier_benefit_days"),
                }
            }),
    }
}

/// The days the benefit runs (issue 23), from the result's first day and length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BenefitDates {
    pub first: NaiveDate,
    /// The first day of the lower amount (after the first days at the higher one), when the
    /// benefit runs that long.
    pub lower_from: Option<NaiveDate>,
    pub last: NaiveDate,
    /// The first 1 June within the period: the yearly indexation (art. 228).
    pub indexation: Option<NaiveDate>,
    /// The rule of the indexation, for its article.
    pub indexation_rule: &'static str,
}

/// When the benefit runs: from its first day for `length_days` days (F … F + N − 1; art. 227
/// names no counting, decision 89), the higher amount for the first days of art. 224 ust. 1
/// — under art. 226 ust. 1, the continued right, less the days already drawn — and the
/// 1 June that falls inside. `None` unless the first day and the length are known.
pub fn benefit_dates(r: &EvalResult) -> Option<BenefitDates> {
    dates_from(r, r.benefit.from?)
}

/// The same dates for the benefit if the office confirms the open points (`if_confirmed`,
/// issue 23): from its earliest first day, for the length when it is known.
pub fn dates_if_confirmed(r: &EvalResult) -> Option<BenefitDates> {
    dates_from(r, r.benefit.if_confirmed.as_ref()?.from)
}

fn dates_from(r: &EvalResult, first: NaiveDate) -> Option<BenefitDates> {
    let b = &r.benefit;
    let length = b.length_days.filter(|n| *n > 0)?;
    let n = |rule: &str, k: &str| {
        r.trace_of(rule)
            .and_then(|e| e.values.get(k))
            .and_then(Val::as_u64)
    };
    let mut higher = n("BEN-AMOUNT", "first_days").unwrap_or(0);
    if r.trace_of("BEN-RESUME-14D")
        .is_some_and(|e| e.outcome == Outcome::Met)
    {
        higher = higher.saturating_sub(n("BEN-SUPPLEMENT", "drawn_days").unwrap_or(0));
    }
    let day = |k: u64| crate::rules::dates::add_days(first, u32::try_from(k).unwrap_or(u32::MAX));
    let last = day(u64::from(length) - 1);
    let june = |y: i32| NaiveDate::from_ymd_opt(y, 6, 1);
    let next_june = june(first.year())
        .filter(|j| *j > first)
        .or_else(|| june(first.year() + 1));
    Some(BenefitDates {
        first,
        lower_from: (u64::from(length) > higher).then(|| day(higher)),
        last,
        indexation: next_june.filter(|j| *j <= last),
        indexation_rule: "BEN-INDEXATION",
    })
}

/// Which office, as the result's office rule says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The 2025 Act: the office of the place of residence (miejsce zamieszkania).
    Home,
    /// The seed: the office of the registered residence (zameldowanie).
    Residence,
    /// The seed: the office of the place of stay (pobyt).
    Stay,
}

/// The office section's explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeWhy<'a> {
    pub place: Option<Place>,
    /// The rule on how to apply (the 2025 Act: online or in person), for its article.
    pub application: Option<&'static str>,
    /// The rules under "Dlaczego?", in order.
    pub rules: Vec<&'a str>,
}

pub fn office(r: &EvalResult) -> OfficeWhy<'_> {
    let rule = r.office.rule.as_deref();
    let place = match rule {
        Some("REG-OFFICE-HOME") => Some(Place::Home),
        Some("REG-OFFICE-RESIDENCE") => Some(Place::Residence),
        Some("REG-OFFICE-STAY") => Some(Place::Stay),
        _ => None,
    };
    let act_2025 = match RuleSetId::from_wire(&r.rule_set) {
        Some(RuleSetId::Act2025) => true,
        #[cfg(test)]
        Some(RuleSetId::TestAmendment) => true,
        Some(RuleSetId::Source2004Act) | None => false,
    };
    if act_2025 {
        OfficeWhy {
            place,
            application: Some("REG-APPLICATION"),
            rules: vec![
                "REG-APPLICATION",
                "REG-OFFICE-HOME",
                "REG-ONLINE-SIGNATURE",
                "REG-REGISTRATION-DAY",
                "REG-ONE-OFFICE",
            ],
        }
    } else {
        OfficeWhy {
            place,
            application: None,
            rules: vec![
                "REG-IN-PERSON",
                rule.unwrap_or("REG-OFFICE-RESIDENCE"),
                "REG-DECLARATION",
            ],
        }
    }
}

/// The notes of the result's rule set for one section of the result page, those that
/// concern this person (a note for the unemployed is left out under a "no" status).
pub fn notes(r: &EvalResult, section: NoteSection) -> Vec<&'static Note> {
    let Some(set) = RuleSetId::from_wire(&r.rule_set) else {
        return Vec::new();
    };
    set.notes()
        .iter()
        .filter(|n| n.section == section)
        .filter(|n| match n.for_whom {
            NoteFor::Everyone => true,
            NoteFor::Unemployed => r.status.verdict != StatusVerdict::NotEligible,
        })
        .collect()
}

/// What the documents list says beyond the engine's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentsWhy<'a> {
    /// The document whose line lists the periods entered (the work certificates).
    pub periods_on: Option<&'a str>,
    /// The work certificates are not in the list (no period entered): the source still names
    /// them for everyone who registers (decision 52).
    pub work_certs_missing: bool,
    /// Whether the declaration of not being registered elsewhere is needed is left open.
    pub declaration_unknown: bool,
    /// What is filled in and signed at the registration itself, not brought (the 2025 Act's
    /// application, art. 55 ust. 3, and declarations, ust. 9): a line apart from the
    /// checklist (issue 23).
    pub made_at_registration: Vec<&'a str>,
    /// The documents only an unemployed person gives (the declarations of art. 55 ust. 9),
    /// left out when the status is "no" (issue 23).
    pub not_for_this_person: Vec<&'a str>,
}

/// Whether the result shows the obligations of a registered unemployed person: under the
/// seed's rules on every summary (rules.md §5); under the 2025 Act only where the person can
/// be unemployed (its obligations are the unemployed person's, art. 62 ff.; issue 23).
pub fn obligations_shown(r: &EvalResult) -> bool {
    match RuleSetId::from_wire(&r.rule_set) {
        Some(RuleSetId::Act2025) => r.status.verdict != StatusVerdict::NotEligible,
        #[cfg(test)]
        Some(RuleSetId::TestAmendment) => r.status.verdict != StatusVerdict::NotEligible,
        Some(RuleSetId::Source2004Act) | None => true,
    }
}

pub fn documents(r: &EvalResult) -> DocumentsWhy<'_> {
    let certs = r.documents.iter().find(|d| *d == "DOC-WORK-CERTS");
    DocumentsWhy {
        periods_on: certs.map(String::as_str),
        work_certs_missing: certs.is_none(),
        declaration_unknown: r
            .trace_of("DOC-DECLARATION")
            .is_some_and(|e| e.outcome == Outcome::Unknown),
        made_at_registration: r
            .documents
            .iter()
            .map(String::as_str)
            .filter(|d| MADE_AT_REGISTRATION.contains(d))
            .collect(),
        not_for_this_person: r
            .documents
            .iter()
            .map(String::as_str)
            .filter(|d| {
                *d == "DOC-DECLARATIONS-2025" && r.status.verdict == StatusVerdict::NotEligible
            })
            .collect(),
    }
}

/// The text of a document's line (`doc-…` in the texts): the 2025 Act's own wording where it
/// differs from the seed's under the same rule — the work certificates are shown "do
/// wglądu" (art. 55 ust. 6) and the office makes the copies it needs (ust. 11), where the seed
/// page asks for "oryginały oraz kserokopie" (issue 23).
pub fn doc_key(r: &EvalResult, id: &str) -> String {
    let own = match RuleSetId::from_wire(&r.rule_set) {
        Some(RuleSetId::Act2025) => WORDED_BY_2025.contains(&id),
        #[cfg(test)]
        Some(RuleSetId::TestAmendment) => WORDED_BY_2025.contains(&id),
        Some(RuleSetId::Source2004Act) | None => false,
    };
    if own {
        format!("doc-{id}-2025")
    } else {
        format!("doc-{id}")
    }
}

/// The shared document rules the 2025 Act words differently (`doc_key`).
const WORDED_BY_2025: [&str; 1] = ["DOC-WORK-CERTS"];

/// The documents of the 2025 Act made at the registration: the application (art. 55 ust. 3)
/// and its declarations (ust. 9).
const MADE_AT_REGISTRATION: [&str; 2] = ["DOC-APPLICATION", "DOC-DECLARATIONS-2025"];

/// The ways into praca.gov.pl the result page shows, and the problems it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountWhy {
    /// The way with Profil Zaufany, and with a qualified signature: each shown when the
    /// engine offers it or — its answers not given — when it may still be open; never one
    /// the person said they do not have.
    pub profil_zaufany: Option<&'static str>,
    pub qualified_signature: Option<&'static str>,
    /// An active account exists already.
    pub active_exists: bool,
    /// The qualified certificate's serial number carries no PESEL/PNO.
    pub certificate_problem: bool,
}

pub fn account(r: &EvalResult, online: &Online) -> AccountWhy {
    let acc = &r.online_account;
    let problem = |p: &str| acc.problems.iter().any(|x| x == p);
    let open = |method: &'static str, answer: Option<bool>| {
        let offered = acc.methods.iter().any(|x| x == method);
        (offered || (acc.possible != Some(true) && answer != Some(false))).then_some(method)
    };
    AccountWhy {
        profil_zaufany: open("ACC-METHOD-PZ", online.profil_zaufany),
        qualified_signature: open("ACC-METHOD-QES", online.qualified_signature),
        active_exists: problem("ACC-ACTIVE-EXISTS"),
        certificate_problem: problem("ACC-QES-CERT"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::answers::Answers;
    use crate::rules::dates::parse_ymd;

    /// A scenario file's answers, evaluated on its registration day.
    fn result(scenario: &str) -> EvalResult {
        let a = answers_of(scenario);
        crate::rules::evaluate(&a, a.registration_date.unwrap())
    }

    fn answers_of(scenario: &str) -> Answers {
        let file: serde_json::Value = serde_json::from_str(scenario).unwrap();
        Answers::from_json(&file["answers"].to_string()).unwrap()
    }

    #[test]
    fn the_benefits_exclusions_and_shortening_are_named() {
        let rules_of = |scenario: &str| -> Vec<String> {
            let r = result(scenario);
            benefit(&r).rules.iter().map(|x| x.to_string()).collect()
        };
        // A job ended by one's own notice (art. 219 ust. 1 pkt 1): the exclusion.
        let own = rules_of(include_str!(
            "../../tests/scenarios/202-act2025-own-notice-no-benefit.json"
        ));
        assert!(own.contains(&"BEN-NOT-OWN-NOTICE".to_string()), "{own:?}");
        // (A benefit not due lists only what stands against it.)
        // A foreigner whose stay gives no benefit (art. 218: lit. p).
        let visa = rules_of(include_str!(
            "../../tests/scenarios/315-act2025-visa-lit-p-no-benefit.json"
        ));
        assert!(visa.contains(&"BEN-FOREIGNER".to_string()), "{visa:?}");
        // How the last job ended not known: the last job's rule, as a question left open.
        let open = rules_of(include_str!(
            "../../tests/scenarios/211-act2025-last-job-ending-unknown.json"
        ));
        assert!(open.contains(&"BEN-LAST-JOB-BASIS".to_string()), "{open:?}");
        // Nothing stands against the benefit: neither of them, and no shortening.
        let base = rules_of(include_str!(
            "../../tests/scenarios/201-act2025-base-entitled-from-registration-day.json"
        ));
        assert!(
            !base.contains(&"BEN-LAST-JOB-BASIS".to_string()),
            "{base:?}"
        );
        assert!(!base.iter().any(|x| x.starts_with("BEN-NOT-")), "{base:?}");
        assert!(
            !base.contains(&"BEN-LENGTH-SHORTENED".to_string()),
            "{base:?}"
        );
        // Shortened by the days of an earlier benefit drawn (art. 225 ust. 3).
        let short = rules_of(include_str!(
            "../../tests/scenarios/331-act2025-shortened-by-drawn-days-severance-date-unknown.json"
        ));
        assert!(
            short.contains(&"BEN-LENGTH-SHORTENED".to_string()),
            "{short:?}"
        );
    }

    #[test]
    fn the_day_count_and_what_may_come_later() {
        // Over every scenario: the day count is explained where it counts (not "not met"),
        // and a benefit not due lists nothing that holds for it.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios");
        let (mut with, mut without, mut shortened) = (0, 0, 0);
        for e in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
            let file: serde_json::Value = serde_json::from_str(&text).unwrap();
            let Ok(a) = Answers::from_json(&file["answers"].to_string()) else {
                continue;
            };
            let Some(d) = a.registration_date else {
                continue;
            };
            let r = crate::rules::evaluate(&a, d);
            let why = benefit(&r);
            // The amount's figures: the day count and a shortening where they apply.
            let am = amount(&r);
            let applies = |id: &str| r.trace_of(id).is_some_and(|e| e.outcome != Outcome::NotMet);
            assert_eq!(am.day_count, applies("BEN-DAY-COUNT"));
            assert_eq!(am.shortened.is_some(), applies("BEN-LENGTH-SHORTENED"));
            if applies("BEN-LENGTH-SHORTENED") {
                shortened += 1;
            }
            if let Some(t) = r.trace_of("BEN-DAY-COUNT") {
                let shown = why.rules.contains(&"BEN-DAY-COUNT");
                let expected = t.outcome != Outcome::NotMet
                    && (t.outcome != Outcome::Met
                        || !matches!(
                            r.benefit.verdict,
                            BenefitVerdict::NotEntitled | BenefitVerdict::NotApplicable
                        ));
                assert_eq!(shown, expected, "{:?} {:?}", t.outcome, r.benefit.verdict);
                if shown {
                    with += 1;
                } else {
                    without += 1;
                }
            }
        }
        assert!(with >= 3 && without > 10, "{with} shown, {without} not");
        assert!(shortened > 0);
        // What may put the first day later: the deferrals left open, the documents brought
        // later.
        let open = result(include_str!(
            "../../tests/scenarios/244-act2025-severance-date-unknown.json"
        ));
        let later = benefit(&open).may_be_later;
        assert!(
            !later.is_empty() && later.iter().all(|x| x.starts_with("DEFER-")),
            "{later:?}"
        );
        let docs = result(include_str!(
            "../../tests/scenarios/303-act2025-documents-later.json"
        ));
        assert!(benefit(&docs)
            .may_be_later
            .contains(&"BEN-DOCUMENTED-LATER"));
    }

    #[test]
    fn what_would_change_a_rule_names_its_values() {
        // Over every scenario: a rule not met (or a deferral) of these families says what
        // would change it with its own values (which may be unknown) — an age and a day, two
        // amounts, two counts of days, the day one may register again, the first day
        // without the deferral.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios");
        let mut seen = std::collections::BTreeMap::<&str, usize>::new();
        for e in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
            let file: serde_json::Value = serde_json::from_str(&text).unwrap();
            let Ok(a) = Answers::from_json(&file["answers"].to_string()) else {
                continue;
            };
            let Some(d) = a.registration_date else {
                continue;
            };
            let r = crate::rules::evaluate(&a, d);
            for t in &r.trace {
                let (family, n) = match t.rule {
                    "STATUS-AGE-MAX" => ("age", 2),
                    "STATUS-INCOME" | "STATUS-INCOME-2025" => ("income", 2),
                    "BEN-365-18" => ("365", 2),
                    x if x.starts_with("LOSS-") => ("loss", 1),
                    x if x.starts_with("DEFER-") => ("defer", 1),
                    _ => continue,
                };
                if t.outcome != Outcome::NotMet && family != "defer" {
                    continue;
                }
                match change(&r, t) {
                    Some(Change::Text(args)) => {
                        assert_eq!(args.len(), n, "{}: {args:?}", t.rule);
                    }
                    Some(Change::OtherDeferrals(_)) if family == "defer" => {}
                    other => panic!("{}: {other:?}", t.rule),
                }
                *seen.entry(family).or_default() += 1;
            }
        }
        for f in ["age", "income", "365", "loss", "defer"] {
            assert!(seen.get(f).is_some_and(|n| *n > 0), "{f}: {seen:?}");
        }
    }

    #[test]
    fn the_dates_the_benefit_runs_between() {
        // Registered on 1 June 2026, the day the amounts are indexed: that day's amounts are
        // the first ones; the next indexation (1 June 2027) falls after the last day.
        let r = result(include_str!(
            "../../tests/scenarios/226-act2025-indexed-amounts-2026-06-01.json"
        ));
        let d = benefit_dates(&r).expect("entitled, with a length");
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(r.benefit.length_days, Some(180));
        assert_eq!(d.first, day("2026-06-01"));
        assert_eq!(
            d.lower_from,
            Some(day("2026-08-30")),
            "after the first 90 days"
        );
        assert_eq!(d.last, day("2026-11-27"), "the 180th day");
        assert_eq!(d.indexation, None);
        // All the days already drawn (art. 226): no days, no dates.
        let none = result(include_str!(
            "../../tests/scenarios/301-act2025-back-within-14-days-exhausted.json"
        ));
        assert_eq!(benefit_dates(&none), None);
        // Only the history's periods, as the rule set classified them.
        let p = periods(&r);
        assert!(!p.is_empty());
        assert!(p
            .iter()
            .all(|e| e.rule.starts_with("Q-") && e.values.get("period").is_some()));
    }

    #[test]
    fn the_ways_into_the_account_left_open() {
        // "Nie" to both ways: neither is shown as a way in; not known: both are.
        let none = result(include_str!("../../tests/scenarios/157-account-none.json"));
        let a = answers_of(include_str!("../../tests/scenarios/157-account-none.json"));
        let why = account(&none, &a.online);
        assert_eq!((why.profil_zaufany, why.qualified_signature), (None, None));
        let unknown = result(include_str!(
            "../../tests/scenarios/159-account-unknown.json"
        ));
        let a = answers_of(include_str!(
            "../../tests/scenarios/159-account-unknown.json"
        ));
        let why = account(&unknown, &a.online);
        assert_eq!(
            (why.profil_zaufany, why.qualified_signature),
            (Some("ACC-METHOD-PZ"), Some("ACC-METHOD-QES"))
        );
    }

    #[test]
    fn without_one_deferral_the_others_may_still_decide() {
        // Three deferrals, the latest wins (the seed): without one of the earlier ones the
        // first day stays; without the latest, the next latest's day.
        let r = result(include_str!(
            "../../tests/scenarios/112-all-deferrals-latest-wins.json"
        ));
        let from = r.benefit.from.expect("a first day");
        let mut days: Vec<(&str, NaiveDate)> = r
            .benefit
            .deferrals
            .iter()
            .map(|d| (d.rule.as_str(), d.from))
            .collect();
        days.sort_by_key(|(_, d)| *d);
        assert!(days.len() >= 3, "{days:?}");
        let (latest, second) = (days[days.len() - 1], days[days.len() - 2]);
        assert_eq!(latest.1, from);
        let e = |id: &str| r.trace_of(id).unwrap();
        assert_eq!(
            change(&r, e(latest.0)),
            Some(Change::Text(vec![Arg::Date(Some(second.1))]))
        );
        for (id, _) in &days[..days.len() - 1] {
            assert_eq!(
                change(&r, e(id)),
                Some(Change::OtherDeferrals(from)),
                "{id}"
            );
        }
    }

    #[test]
    fn what_did_not_happen_is_not_a_reason() {
        // Not entitled, never in prison nor in the army: the 365 days explain it, not the two
        // other ways to the benefit (issue 23).
        let r = result(include_str!(
            "../../tests/scenarios/298-act2025-back-on-15th-day.json"
        ));
        let why = benefit(&r);
        assert!(why.rules.contains(&"BEN-365-18"));
        assert!(!why.rules.contains(&"BEN-PRISON") && !why.rules.contains(&"BEN-MILITARY"));
        // A job's trace has no repatriate answer.
        let q = r.trace_of("Q-EMPLOYMENT").unwrap();
        assert!(q.values.get("repatriate").is_none());
        assert!(q.values.get("unpaid_leave_days").is_some());
    }

    #[test]
    fn notes_follow_the_law_and_the_person() {
        // The 2025 Act: the changes to report within 7 days (art. 62) for an unemployed
        // person, not for one who cannot be; the account's notes for both.
        let eligible = result(include_str!(
            "../../tests/scenarios/143-wage-table-last-day.json"
        ));
        let keys = |r: &EvalResult, s: NoteSection| -> Vec<&str> {
            notes(r, s).iter().map(|n| n.key).collect()
        };
        assert!(keys(&eligible, NoteSection::Obligations).contains(&"changes-7d-2025"));
        assert!(keys(&eligible, NoteSection::StatusLoss).contains(&"loss-ends-benefit-2025"));
        let employed = result(include_str!(
            "../../tests/scenarios/256-act2025-employed.json"
        ));
        assert!(keys(&employed, NoteSection::Obligations).is_empty());
        assert!(keys(&employed, NoteSection::StatusLoss).is_empty());
        assert!(keys(&employed, NoteSection::Documents).contains(&"docs-incomplete-2025"));
        assert!(!keys(&employed, NoteSection::Documents).contains(&"health-insurance-2025"));
        assert_eq!(
            keys(&employed, NoteSection::Account),
            keys(&eligible, NoteSection::Account)
        );
        assert!(!keys(&eligible, NoteSection::Account).is_empty());
        // The seed's page says nothing of this kind.
        let seed = result(include_str!(
            "../../tests/scenarios/001-base-eligible-entitled.json"
        ));
        for s in [
            NoteSection::Documents,
            NoteSection::Obligations,
            NoteSection::StatusLoss,
            NoteSection::Account,
        ] {
            assert!(notes(&seed, s).is_empty());
        }
    }

    #[test]
    fn why_shows_what_decided() {
        // A Polish citizen, eligible: the Ukraine special act's rule concerns her not, and a
        // question never asked is no "nie wiadomo" under a decided rule (issue 23).
        let r = result(include_str!(
            "../../tests/scenarios/143-wage-table-last-day.json"
        ));
        let why = status(&r);
        assert!(why.rules.contains(&"STATUS-COVERED-PERSON"));
        assert!(!why.rules.contains(&"STATUS-UKRAINE-SPECIAL-ACT"));
        let covered = r.trace_of("STATUS-COVERED-PERSON").unwrap();
        assert!(covered.values.get("foreigner_basis") == Some(&Val::Null));
        let shown: Vec<&str> = values_shown(covered).iter().map(|(k, _)| *k).collect();
        assert!(shown.contains(&"polish_citizen") && !shown.contains(&"foreigner_basis"));
        // A rule still open shows what is not known: that is what the office confirms.
        let r = result(include_str!(
            "../../tests/scenarios/211-act2025-last-job-ending-unknown.json"
        ));
        let open = r
            .trace
            .iter()
            .find(|e| e.outcome == Outcome::Unknown && e.values.iter().any(|(_, v)| v.is_null()))
            .expect("an open rule with an unknown value");
        assert_eq!(values_shown(open).len(), open.values.iter().count());
        // A list of nothing known is hidden; a list with one known value is not.
        assert!(unknown_value(&Val::List(vec![Val::Null, Val::Null])));
        assert!(!unknown_value(&Val::List(vec![Val::Null, Val::Bool(true)])));
        assert!(!unknown_value(&Val::List(vec![])));
    }

    #[test]
    fn the_benefit_runs_between_dates() {
        let d = |s| parse_ymd(s).unwrap();
        // 180 days from 2 March 2026: the lower amount from the 91st day, 1 June inside.
        let r = result(include_str!(
            "../../tests/scenarios/201-act2025-base-entitled-from-registration-day.json"
        ));
        let x = benefit_dates(&r).unwrap();
        assert_eq!((x.first, x.last), (d("2026-03-02"), d("2026-08-28")));
        assert_eq!(x.lower_from, Some(d("2026-05-31")));
        assert_eq!(x.indexation, Some(d("2026-06-01")));
        // The rest of a benefit (art. 226 ust. 1): 120 days, 30 left at the higher amount, no
        // 1 June before it ends.
        let r = result(include_str!(
            "../../tests/scenarios/296-act2025-back-within-14-days.json"
        ));
        let x = benefit_dates(&r).unwrap();
        assert_eq!((x.first, x.last), (d("2026-11-09"), d("2027-03-08")));
        assert_eq!(x.lower_from, Some(d("2026-12-09")));
        assert_eq!(x.indexation, None);
        // "Nie wiem" about how the last job ended: unknown, but if the office confirms the
        // open points, the benefit from the registration day for the 180 days.
        let r = result(include_str!(
            "../../tests/scenarios/211-act2025-last-job-ending-unknown.json"
        ));
        assert_eq!(benefit_dates(&r), None);
        let c = r
            .benefit
            .if_confirmed
            .as_ref()
            .expect("the picture if confirmed");
        assert_eq!(c.from, r.registration_date);
        assert!(c.amount.is_some());
        // No length known yet: no dates either way.
        assert_eq!(dates_if_confirmed(&r), None);
        // With a length: the dates from the first day if confirmed (some scenario has one).
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios");
        let mut with_dates = 0;
        for e in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
            let file: serde_json::Value = serde_json::from_str(&text).unwrap();
            let Ok(a) = Answers::from_json(&file["answers"].to_string()) else {
                continue;
            };
            let Some(day) = a.registration_date else {
                continue;
            };
            let r = crate::rules::evaluate(&a, day);
            match (&r.benefit.if_confirmed, dates_if_confirmed(&r)) {
                (Some(c), Some(x)) => {
                    assert_eq!(x.first, c.from);
                    with_dates += 1;
                }
                (None, Some(_)) => panic!("dates without a picture if confirmed"),
                _ => {}
            }
        }
        assert!(with_dates > 0);
        // A length not known: no dates.
        let r = result(include_str!(
            "../../tests/scenarios/244-act2025-severance-date-unknown.json"
        ));
        assert_eq!(benefit_dates(&r), None);
    }

    #[test]
    fn a_person_who_cannot_be_unemployed_learns_about_the_job_seeker() {
        let employed = result(include_str!(
            "../../tests/scenarios/256-act2025-employed.json"
        ));
        assert_eq!(
            job_seeker(&employed),
            Some(("REG-JOB-SEEKER", Some(true), true))
        );
        let minor = result(include_str!(
            "../../tests/scenarios/258-act2025-age-17.json"
        ));
        assert_eq!(
            job_seeker(&minor),
            Some(("REG-JOB-SEEKER", Some(false), true))
        );
        let foreigner = result(include_str!(
            "../../tests/scenarios/218-act2025-foreigner-not-covered.json"
        ));
        assert_eq!(job_seeker(&foreigner), Some(("REG-JOB-SEEKER", None, true)));
        // The seed's rules: the office page's own words (its quote holds them).
        let seed = result(include_str!(
            "../../tests/scenarios/002-status-employed.json"
        ));
        assert_eq!(
            job_seeker(&seed),
            Some(("REG-OFFICE-RESIDENCE", Some(true), false))
        );
        assert!(
            crate::rules::catalog::find(RuleSetId::Source2004Act, "REG-OFFICE-RESIDENCE")
                .unwrap()
                .quote
                .contains("inna osoba poszukująca pracy")
        );
        // A person who can be unemployed is not told.
        let eligible = result(include_str!(
            "../../tests/scenarios/201-act2025-base-entitled-from-registration-day.json"
        ));
        assert_eq!(job_seeker(&eligible), None);
    }

    #[test]
    fn the_benefit_is_explained_by_the_law_of_the_registration_day() {
        // The seed's rule set: the 7 days, the basis, the refused offer.
        let r = result(include_str!(
            "../../tests/scenarios/001-base-eligible-entitled.json"
        ));
        let why = benefit(&r);
        assert_eq!(why.rules, ["BEN-WAIT-7", "BEN-365-18", "BEN-NO-OFFER"]);
        assert_eq!(why.wait_from, parse_ymd("2022-03-10"));
        assert_eq!(base_from(&r), parse_ymd("2022-03-10"));
        assert!(why.no_offer && why.excluded.is_empty() && why.may_be_later.is_empty());
        // The 2025 Act: from the registration day, the basis, no second use, the deferral
        // (a suspended business), the days, the length and the amount.
        let r = result(include_str!(
            "../../tests/scenarios/215-act2025-suspended-business.json"
        ));
        let why = benefit(&r);
        assert_eq!(
            why.rules[..4],
            [
                "BEN-FROM-REGISTRATION",
                "BEN-365-18",
                "BEN-NO-REUSE",
                "DEFER-SUSPENDED-BUSINESS"
            ]
        );
        assert!(why
            .rules
            .ends_with(&["BEN-LENGTH", "BEN-AMOUNT", "BEN-AMOUNT-120"]));
        assert_eq!(why.wait_from, None);
        assert!(!why.no_offer);
        assert_eq!(base_from(&r), Some(r.registration_date));
    }

    #[test]
    fn the_status_explains_what_stands_against_and_from_when() {
        // A business registered: only that condition, and a "no" to its question would
        // meet it; no later day to register from.
        let r = result(include_str!(
            "../../tests/scenarios/008-status-business.json"
        ));
        let why = status(&r);
        assert_eq!(why.rules, ["STATUS-NO-BUSINESS"]);
        assert_eq!(why.register_from, None);
        let e = r.trace_of("STATUS-NO-BUSINESS").unwrap();
        assert_eq!(
            change(&r, e),
            Some(Change::AnswerNo(vec!["status.business_registered".into()]))
        );
        // A condition met has nothing to change.
        let met = r.trace_of("STATUS-NO-FARM").unwrap();
        assert_eq!(change(&r, met), None);
        // Age the only condition not met: the 18th birthday is the day to register from,
        // and the rule's own text names it.
        let r = result(include_str!(
            "../../tests/scenarios/024-age-min-day-before-18.json"
        ));
        let why = status(&r);
        assert_eq!(why.rules, ["STATUS-AGE-MIN"]);
        let birthday = why.register_from.unwrap();
        assert_eq!(birthday, r.registration_date.succ_opt().unwrap());
        let e = r.trace_of("STATUS-AGE-MIN").unwrap();
        assert_eq!(
            change(&r, e),
            Some(Change::Text(vec![Arg::Date(Some(birthday))]))
        );
        // Eligible: every status condition explains it.
        let r = result(include_str!(
            "../../tests/scenarios/001-base-eligible-entitled.json"
        ));
        let why = status(&r);
        assert!(why.rules.len() > 5 && why.rules.iter().all(|x| x.starts_with("STATUS-")));
    }

    #[test]
    fn the_office_follows_the_law_of_the_registration_day() {
        let r = result(include_str!(
            "../../tests/scenarios/001-base-eligible-entitled.json"
        ));
        let why = office(&r);
        assert_eq!(why.place, Some(Place::Residence));
        assert_eq!(why.application, None);
        assert_eq!(
            why.rules,
            ["REG-IN-PERSON", "REG-OFFICE-RESIDENCE", "REG-DECLARATION"]
        );
        // No residence: the office of the place of stay, in the "why" in its place.
        let r = result(include_str!(
            "../../tests/scenarios/052-residence-none.json"
        ));
        assert_eq!(office(&r).place, Some(Place::Stay));
        assert_eq!(office(&r).rules[1], "REG-OFFICE-STAY");
        let r = result(include_str!(
            "../../tests/scenarios/201-act2025-base-entitled-from-registration-day.json"
        ));
        let why = office(&r);
        assert_eq!(why.place, Some(Place::Home));
        assert_eq!(why.application, Some("REG-APPLICATION"));
        assert_eq!(why.rules[0], "REG-APPLICATION");
    }

    #[test]
    fn documents_days_and_account_come_from_the_result() {
        let r = result(include_str!(
            "../../tests/scenarios/001-base-eligible-entitled.json"
        ));
        let docs = documents(&r);
        assert!(
            docs.made_at_registration.is_empty(),
            "the seed's documents are all brought"
        );
        let r2025 = result(include_str!(
            "../../tests/scenarios/201-act2025-base-entitled-from-registration-day.json"
        ));
        assert_eq!(
            documents(&r2025).made_at_registration,
            ["DOC-APPLICATION", "DOC-DECLARATIONS-2025"]
        );
        assert!(documents(&r2025).not_for_this_person.is_empty());
        assert!(obligations_shown(&r2025) && obligations_shown(&r));
        // Not unemployed under the 2025 Act: no unemployed person's declarations or duties.
        let no = result(include_str!(
            "../../tests/scenarios/256-act2025-employed.json"
        ));
        assert_eq!(
            documents(&no).not_for_this_person,
            ["DOC-DECLARATIONS-2025"]
        );
        assert!(!obligations_shown(&no));
        // The seed's rules print them on every summary (rules.md §5).
        let seed_no = result(include_str!(
            "../../tests/scenarios/002-status-employed.json"
        ));
        assert!(obligations_shown(&seed_no));
        assert_eq!(docs.periods_on, Some("DOC-WORK-CERTS"));
        assert_eq!(doc_key(&r, "DOC-WORK-CERTS"), "doc-DOC-WORK-CERTS");
        assert_eq!(doc_key(&r2025, "DOC-WORK-CERTS"), "doc-DOC-WORK-CERTS-2025");
        assert_eq!(doc_key(&r2025, "DOC-EDUCATION"), "doc-DOC-EDUCATION");
        assert!(!docs.work_certs_missing && !docs.declaration_unknown);
        let d = days(&r).unwrap();
        assert_eq!(
            (u64::from(r.benefit.qualifying_days), 365),
            (d.qualifying, d.required)
        );
        assert_eq!(d.at_most, Some(d.qualifying), "nothing left open");
        assert_eq!(days_at_most(&r), None);
        // A basis other than BEN-365-18 with more days than BEN-365-18 could count (545): no
        // range.
        let mut other_basis = r.clone();
        other_basis.benefit.qualifying_days = 600;
        assert_eq!(days_at_most(&other_basis), None);
        // Fewer: up to what the periods could count, above the basis's own days.
        other_basis.benefit.qualifying_days = 400;
        assert_eq!(days_at_most(&other_basis), Some(545));
        // Unpaid leave unknown: a range up to what the periods could count.
        let r = result(include_str!(
            "../../tests/scenarios/072-leave-unknown-decides.json"
        ));
        let most = days_at_most(&r).unwrap();
        assert!(most > u64::from(r.benefit.qualifying_days));
        // The one period entered, as the rule set classified it.
        assert_eq!(periods(&r).len(), 1);
        // Residence unknown: the declaration is left open.
        let r = result(include_str!(
            "../../tests/scenarios/055-residence-unknown.json"
        ));
        assert!(documents(&r).declaration_unknown);
        // No period entered under the 2025 Act: no work certificates listed.
        let r = result(include_str!(
            "../../tests/scenarios/264-act2025-never-worked.json"
        ));
        assert!(documents(&r).work_certs_missing);
        // A valid qualified signature: that way is shown, not Profil Zaufany said "no".
        let a: Answers = answers_of(include_str!(
            "../../tests/scenarios/152-account-qes-valid-pno.json"
        ));
        let r = crate::rules::evaluate(&a, a.registration_date.unwrap());
        let acc = account(&r, &a.online);
        assert_eq!(acc.qualified_signature, Some("ACC-METHOD-QES"));
        assert_eq!(
            acc.profil_zaufany.is_some(),
            a.online.profil_zaufany != Some(false)
        );
        assert!(!acc.active_exists && !acc.certificate_problem);
        let a = answers_of(include_str!(
            "../../tests/scenarios/158-account-active-exists.json"
        ));
        let r = crate::rules::evaluate(&a, a.registration_date.unwrap());
        assert!(account(&r, &a.online).active_exists);
        // A certificate from outside the EU: its problem is named.
        let a = answers_of(include_str!(
            "../../tests/scenarios/153-account-qes-non-eu.json"
        ));
        let r = crate::rules::evaluate(&a, a.registration_date.unwrap());
        let acc = account(&r, &a.online);
        assert!(acc.certificate_problem);
        assert_eq!(acc.profil_zaufany, None, "Profil Zaufany answered no");
        // Profil Zaufany offered: the qualified signature, answered no, is not shown.
        let a = answers_of(include_str!(
            "../../tests/scenarios/001-base-eligible-entitled.json"
        ));
        let r = crate::rules::evaluate(&a, a.registration_date.unwrap());
        let acc = account(&r, &a.online);
        assert_eq!(acc.profil_zaufany, Some("ACC-METHOD-PZ"));
        assert_eq!(acc.qualified_signature, None);
    }

    #[test]
    fn conditions_are_met_or_not_the_others_apply_or_not() {
        assert!(is_condition("STATUS-AGE-MIN") && is_condition("BEN-365-18"));
        assert!(!is_condition("DOC-DECLARATION") && !is_condition("DEFER-SEVERANCE"));
    }
}
