//! The app's logic, natively: which questions each law asks, what the answers become, the
//! checks of a page and the reducer (issue 11: the flow, answers, validation and reducer are
//! tested without a browser).

use chrono::NaiveDate;

use super::answers::{build, build_history};
use super::flow::{self, Page, Q};
use super::i18n::Lang;
use super::state::{Action, AppState};
use crate::rules::RuleSetId;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A state with the registration day typed and these fields set.
fn state(reg: &str, fields: &[(&str, &str)]) -> AppState {
    let mut s = AppState::new(day("2026-11-29"), Lang::Pl);
    let d = day(reg);
    let mut set = |k: &str, v: String| {
        s = s.clone().apply(Action::Set(k.to_string(), v));
    };
    set("reg_date.d", d.format("%-d").to_string());
    set("reg_date.m", d.format("%-m").to_string());
    set("reg_date.y", d.format("%Y").to_string());
    for (k, v) in fields {
        set(k, v.to_string());
    }
    s
}

fn asks(s: &AppState, q: Q) -> bool {
    flow::pages(s).contains(&Page::Q(q))
}

#[test]
fn the_registration_day_chooses_the_questions() {
    let seed = state("2025-05-31", &[]);
    let act = state("2025-06-01", &[]);
    assert_eq!(flow::rule_set_of(&seed), RuleSetId::Source2004Act);
    assert_eq!(flow::rule_set_of(&act), RuleSetId::Act2025);
    // The seed asks about zameldowanie and the farm; the 2025 Act does not, and asks who the
    // Act covers and the new bars of art. 2 pkt 1.
    for q in [Q::Residence, Q::Farm, Q::SpecialAgri, Q::Refused] {
        assert!(asks(&seed, q), "{q:?} under the seed");
        assert!(!asks(&act, q), "{q:?} not under the 2025 Act");
    }
    for q in [
        Q::Citizen,
        Q::CompanyRole,
        Q::ForeignInsurance,
        Q::BusinessAbroad,
    ] {
        assert!(asks(&act, q), "{q:?} under the 2025 Act");
        assert!(!asks(&seed, q), "{q:?} not under the seed");
    }
}

#[test]
fn follow_up_questions_only_where_they_can_matter() {
    let base = state("2026-03-02", &[]);
    assert!(!asks(&base, Q::ForeignerBasis));
    assert!(!asks(&base, Q::BusinessSuspended));
    let foreigner = state("2026-03-02", &[("citizen", "no"), ("business", "yes")]);
    assert!(asks(&foreigner, Q::ForeignerBasis));
    assert!(asks(&foreigner, Q::BusinessSuspended));
    // A disability already gives 365 days: the other length grounds are not asked; a first
    // "Tak" ends them.
    let disabled = state("2026-03-02", &[("disabled", "yes")]);
    assert!(!asks(&disabled, Q::LargeFamily));
    let card = state("2026-03-02", &[("large_family", "yes")]);
    assert!(asks(&card, Q::LargeFamily) && !asks(&card, Q::SingleParent));
    assert!(asks(&card, Q::Years20));
}

#[test]
fn the_benefit_questions_are_skipped_when_the_status_is_excluded() {
    let board = state("2026-03-02", &[("company_role", "yes")]);
    assert!(!flow::pages(&board).contains(&Page::Periods));
    assert!(!asks(&board, Q::Years20));
    let fine = state("2026-03-02", &[("company_role", "no")]);
    assert!(flow::pages(&fine).contains(&Page::Periods));
}

/// A job of the period editor: kind, dates and the minimum wage.
fn with_job(s: AppState, id: u32, from: NaiveDate, to: NaiveDate) -> AppState {
    let mut s = s;
    s.period_ids.push(id);
    for (k, v) in [
        ("kind", "employment".to_string()),
        ("from.d", from.format("%-d").to_string()),
        ("from.m", from.format("%-m").to_string()),
        ("from.y", from.format("%Y").to_string()),
        ("to.d", to.format("%-d").to_string()),
        ("to.m", to.format("%-m").to_string()),
        ("to.y", to.format("%Y").to_string()),
        ("minwage", "yes".to_string()),
    ] {
        s.fields.insert(format!("p{id}.{k}"), v);
    }
    s
}

#[test]
fn the_engine_says_whose_ending_is_asked() {
    // Two jobs: under the seed both ended within the six months; under the 2025 Act only
    // the last one counts (art. 219).
    for (reg, expected) in [("2022-03-02", vec![1, 2]), ("2026-03-02", vec![2])] {
        let d = day(reg);
        let s = state(reg, &[]);
        let s = with_job(s, 1, d - chrono::Days::new(150), d - chrono::Days::new(100));
        let s = with_job(s, 2, d - chrono::Days::new(90), d - chrono::Days::new(3));
        assert_eq!(flow::termination_periods(&s), expected, "{reg}");
        assert_eq!(build_history(&s).0.history.len(), 2);
    }
}

#[test]
fn the_answers_carry_the_2025_fields() {
    let s = state(
        "2026-03-02",
        &[
            ("citizen", "no"),
            ("foreigner_basis", "temporary_protection"),
            ("company_role", "no"),
            ("years20", "yes"),
            ("used_before", "no"),
        ],
    );
    let d = day("2026-03-02");
    let s = with_job(s, 1, day("2024-06-01"), d - chrono::Days::new(3));
    let mut s = s;
    s.fields
        .insert("p1.term.mode".into(), "employee_notice".into());
    s.fields
        .insert("p1.term.exc".into(), "labour_code_art_55".into());
    s.fields.insert("p1.term.referral".into(), "no".into());
    let a = build(&s, true);
    assert_eq!(a.person.polish_citizen, Some(false));
    assert_eq!(
        a.person.foreigner_basis.map(|b| b.as_str()),
        Some("temporary_protection")
    );
    assert_eq!(a.qualifying_years_20, Some(true));
    assert_eq!(a.history[0].used_for_earlier_benefit, Some(false));
    let t = &a.terminations[0];
    assert_eq!(t.exception.map(|e| e.as_str()), Some("labour_code_art_55"));
    assert_eq!(t.starosta_referral, Some(false));
    let r = crate::rules::evaluate(&a, s.today);
    assert_eq!(r.rule_set, "act-2025");
}

#[test]
fn the_reducer_checks_a_page_and_moves_on() {
    let mut s = state("2026-03-02", &[]);
    s.page = Page::Q(Q::Citizen);
    // No answer: an error, the page stays.
    let s = s.apply(Action::Continue);
    assert_eq!(s.page, Page::Q(Q::Citizen));
    assert_eq!(s.errors.len(), 1);
    // "Nie": the next page asks for the foreigner's group.
    let s = s
        .apply(Action::Set("citizen".into(), "no".into()))
        .apply(Action::Continue);
    assert!(s.errors.is_empty());
    assert_eq!(s.page, Page::Q(Q::ForeignerBasis));
    // "Zacznij od nowa" with today's date: everything goes.
    let s = s.apply(Action::Restart(day("2026-12-01")));
    assert_eq!(s.page, Page::Start);
    assert!(!s.fields.contains_key("citizen"));
    assert_eq!(s.today, day("2026-12-01"));
}
