//! The app's logic, natively: which questions each law asks, what the answers become, the
//! checks of a page and the reducer (issue 11: the flow, answers, validation and reducer are
//! tested without a browser).

use chrono::NaiveDate;

use crate::app::i18n::Lang;
use crate::app::state::{Action, AppState};
use crate::rules::questionnaire::answers::{build, build_history};
use crate::rules::questionnaire::{self, Page, Q};
use crate::rules::RuleSetId;

/// A field's key from its text (`"p1.from.d"`), as the snapshot and the page's IDs write it.
fn key(s: &str) -> crate::rules::questionnaire::Key {
    s.parse().unwrap_or_else(|_| panic!("no field {s:?}"))
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The answers of a person whose status the 2025 Act gives (every condition answered).
const SETTLED: &[(&str, &str)] = &[
    ("pesel", "85072200488"),
    ("citizen", "yes"),
    ("disabled", "no"),
    ("contra", "no"),
    ("ready", "yes"),
    ("schooling", "none"),
    ("employed", "no"),
    ("pensions", "no"),
    ("business", "no"),
    ("company_role", "no"),
    ("insurance", "no"),
    ("foreign_insurance", "no"),
    ("business_abroad", "no"),
    ("detained", "no"),
    ("perm_allowance", "no"),
    ("care_benefit", "no"),
    ("training_benefit", "no"),
    ("income", "0"),
    ("loss", "no"),
];

/// `SETTLED` with these fields changed.
fn settled(reg: &str, fields: &[(&str, &str)]) -> AppState {
    let mut all: Vec<(&str, &str)> = SETTLED.to_vec();
    all.extend_from_slice(fields);
    state(reg, &all)
}

/// A state with the registration day typed and these fields set.
fn state(reg: &str, fields: &[(&str, &str)]) -> AppState {
    let mut s = AppState::new(day("2026-11-29"), Lang::Pl);
    let d = day(reg);
    let mut set = |k: &str, v: String| {
        s = s.clone().apply(Action::Set(key(k), v));
    };
    set("reg_date.d", d.format("%-d").to_string());
    set("reg_date.m", d.format("%-m").to_string());
    set("reg_date.y", d.format("%Y").to_string());
    for (k, v) in fields {
        set(k, v.to_string());
    }
    s
}

/// Whether question `q` is asked: on its own page or as an item of a grouped page.
fn asks(s: &AppState, q: Q) -> bool {
    let f = questionnaire::flow(s);
    f.pages.contains(&Page::Q(q)) || f.groups.iter().any(|(_, qs)| qs.contains(&q))
}

#[test]
fn the_registration_day_chooses_the_questions() {
    let seed = state("2025-05-31", &[]);
    let act = state("2025-06-01", &[]);
    assert_eq!(questionnaire::rule_set_of(&seed), RuleSetId::Source2004Act);
    assert_eq!(questionnaire::rule_set_of(&act), RuleSetId::Act2025);
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
    assert!(asks(&foreigner, Q::ForeignerDoc));
    assert!(!asks(&foreigner, Q::ForeignerBasis));
    assert!(asks(&foreigner, Q::BusinessSuspended));
}

/// Issue 22: whether a foreigner is a citizen of Ukraine (art. 420: art. 22¹ of the special
/// act) is asked only where it can change the result: a group art. 2 pkt 1 leaves out, or an
/// age past the ceiling of art. 2 pkt 1 lit. b.
#[test]
fn the_ukrainian_question_only_where_it_can_matter() {
    let foreigner = |basis: &str, pesel: &str| {
        state(
            "2026-12-07",
            &[
                ("pesel", pesel),
                ("citizen", "no"),
                (
                    "foreigner_doc",
                    questionnaire::foreigner_doc_of(basis).unwrap(),
                ),
                ("foreigner_basis", basis),
            ],
        )
    };
    // A woman of 34 under temporary protection: covered, below the ceiling.
    assert!(!asks(
        &foreigner("temporary_protection", "92071314764"),
        Q::Ukrainian
    ));
    // The same woman on a student visa (no group of art. 2 pkt 1): asked.
    assert!(asks(&foreigner("none", "92071314764"), Q::Ukrainian));
    // A woman of 61 under temporary protection: past the ceiling, asked.
    assert!(asks(
        &foreigner("temporary_protection", "65030112349"),
        Q::Ukrainian
    ));
    // The document question offers the documents of `FOREIGNER_DOCS`, in their order.
    let docs: Vec<(&str, crate::app::i18n::Msg)> = questionnaire::FOREIGNER_DOCS
        .iter()
        .map(|(d, m, _)| (*d, *m))
        .collect();
    assert_eq!(questionnaire::FOREIGNER_DOC_OPTIONS, docs.as_slice());
    // Every group the Act names can be told by some document, and is read back from it.
    for b in crate::rules::answers::ForeignerBasis::ALL {
        let doc = questionnaire::foreigner_doc_of(b.as_str()).expect("a document for every group");
        assert!(questionnaire::foreigner_bases(doc)
            .iter()
            .any(|(x, _)| *x == b.as_str()));
    }
    // A Polish citizen: never.
    assert!(!asks(
        &state(
            "2026-12-07",
            &[("pesel", "65030112349"), ("citizen", "yes")]
        ),
        Q::Ukrainian
    ));
    // The answer reaches the engine: she is eligible as far as her age goes.
    let mut s = foreigner("temporary_protection", "65030112349");
    s = s.apply(Action::Set(key("ukrainian"), "yes".into()));
    let a = crate::rules::questionnaire::answers::build(&s, false);
    assert_eq!(a.person.ukrainian_citizen, Some(true));
    let r = crate::rules::evaluate(&a, s.today);
    assert!(!r.status.unmet.contains(&"STATUS-AGE-MAX".to_string()));
}

/// Issue 22 (art. 226): a person whose periods were a basis of an earlier benefit is asked
/// about it, and the answers give the rest of that benefit when back within 14 days.
#[test]
fn back_within_14_days_is_asked_and_answered() {
    let mut s = with_job(
        settled("2026-11-09", &[("pesel", "85072200488")]),
        1,
        day("2023-01-01"),
        day("2024-12-31"),
    );
    s = with_job(s, 2, day("2026-07-01"), day("2026-10-31"));
    s.fields.insert(key("periods.done"), "1".into());
    s.fields
        .insert(key("p1.term.mode"), "employer_notice".into());
    s.fields
        .insert(key("p2.term.mode"), "fixed_term_end".into());
    s.fields.insert(key("used_before"), "no".into());
    assert!(!asks(&s, Q::PrevLostOn));
    s.fields.insert(key("used_before"), "yes".into());
    for q in [Q::PrevLostOn, Q::PrevLostWhy, Q::PrevDrawn] {
        assert!(asks(&s, q), "{q:?}");
    }
    for (k, v) in [
        ("prev_lost_on.d", "1"),
        ("prev_lost_on.m", "7"),
        ("prev_lost_on.y", "2026"),
        ("prev_lost_why", "work"),
        ("prev_work_ended.d", "31"),
        ("prev_work_ended.m", "10"),
        ("prev_work_ended.y", "2026"),
        ("prev_drawn", "60"),
        ("large_family", "no"),
        ("single_parent", "no"),
        ("spouse_exhausted", "no"),
        ("years20", "no"),
    ] {
        s.fields.insert(key(k), v.into());
    }
    assert!(asks(&s, Q::PrevWorkEnded));
    let a = crate::rules::questionnaire::answers::build(&s, true);
    let p = a.previous_benefit.clone().expect("the earlier benefit");
    assert_eq!(p.drawn_days, Some(60));
    assert_eq!(p.work_ended_on, Some(day("2026-10-31")));
    // The period before the loss was the earlier basis; the seasonal job was not.
    let used: Vec<_> = a
        .history
        .iter()
        .map(|h| h.used_for_earlier_benefit)
        .collect();
    assert_eq!(used, vec![Some(true), Some(false)]);
    let r = crate::rules::evaluate(&a, s.today);
    assert_eq!(r.benefit.length_days, Some(120));
    assert_eq!(r.benefit.from, Some(day("2026-11-09")));
    // Another reason for the loss: the end of the work is not asked.
    s.fields.insert(key("prev_lost_why"), "other".into());
    assert!(!asks(&s, Q::PrevWorkEnded));
    // Days are whole numbers from 0 to 365.
    assert_eq!(
        crate::rules::questionnaire::answers::days_of("60"),
        Some(60)
    );
    assert_eq!(crate::rules::questionnaire::answers::days_of("366"), None);
    assert_eq!(crate::rules::questionnaire::answers::days_of("6,5"), None);
}

/// Issue 13: a question is asked only when its answer can still change the result — the
/// engine tells, judging from the answers before it.
#[test]
fn only_what_can_change_the_result_is_asked() {
    use questionnaire::G;
    let d = day("2026-03-02");
    let worked = |fields: &[(&str, &str)]| {
        let mut s = with_job(
            settled("2026-03-02", fields),
            1,
            day("2024-06-01"),
            d - chrono::Days::new(3),
        );
        s.fields
            .insert(key("p1.term.mode"), "employer_notice".into());
        s.fields.insert(key("used_before"), "no".into());
        s.fields.insert(key("periods.done"), "1".into());
        s
    };
    let shown = |s: &AppState, g: G| -> Vec<Q> {
        questionnaire::group_items(s, g)
            .iter()
            .map(|i| i.0)
            .collect()
    };
    // Never worked: no benefit unless a prison release or a military service opens another
    // window (the periods asked are those of the last 18 months), so nothing about its
    // first day, length or amount is asked.
    // Before the periods page is answered, the events and length pages count with every
    // item (what can matter there is not known yet).
    let early = settled("2026-03-02", &[]);
    assert_eq!(shown(&early, G::Events).len(), 6);
    assert_eq!(shown(&early, G::Length).len(), 4);
    let never = settled("2026-03-02", &[("periods.done", "1")]);
    assert!(questionnaire::pages(&never).contains(&Page::Periods));
    assert_eq!(shown(&never, G::Events), vec![Q::Prison, Q::Military]);
    assert!(shown(&never, G::Length).is_empty());
    assert!(!questionnaire::pages(&never).contains(&Page::Group(G::Length)));
    // A year's work: what defers the first day and every ground of the length and amount
    // can matter; another window (prison, military service) cannot add to 365 days met.
    let job = worked(&[]);
    assert_eq!(
        shown(&job, G::Events),
        vec![
            Q::Severance,
            Q::NoticeComp,
            Q::Internship,
            Q::DocumentsLater
        ]
    );
    assert_eq!(
        shown(&job, G::Length),
        vec![
            Q::LargeFamily,
            Q::SingleParent,
            Q::SpouseExhausted,
            Q::Years20
        ]
    );
    // A disability already gives the 365 days: the other grounds of the length are moot, the
    // 20 years still set the amount.
    let disabled = worked(&[("disabled", "yes")]);
    assert_eq!(shown(&disabled, G::Length), vec![Q::Years20]);
    // Not able to work: the status is "no" whatever follows; no status or benefit question.
    let not_ready = state("2026-03-02", &[("ready", "no")]);
    for q in [Q::Schooling, Q::Employed, Q::Income, Q::Loss] {
        assert!(!asks(&not_ready, q), "{q:?}");
    }
    assert!(!questionnaire::pages(&not_ready).contains(&Page::Periods));
    assert!(asks(&not_ready, Q::Pz), "the account is still explained");
    // A later answer never takes an earlier page away: the status questions stay when a
    // later loss of status settles the status.
    let lost = state(
        "2026-03-02",
        &[
            ("loss", "yes"),
            ("loss_reason", "form_of_help"),
            ("loss_date.d", "1"),
            ("loss_date.m", "2"),
            ("loss_date.y", "2026"),
        ],
    );
    assert!(asks(&lost, Q::Employed) && asks(&lost, Q::Income));
}

#[test]
fn the_benefit_questions_are_skipped_when_the_status_is_excluded() {
    let board = state("2026-03-02", &[("company_role", "yes")]);
    assert!(!questionnaire::pages(&board).contains(&Page::Periods));
    assert!(!asks(&board, Q::Years20));
    let fine = state("2026-03-02", &[("company_role", "no")]);
    assert!(questionnaire::pages(&fine).contains(&Page::Periods));
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
        s.fields.insert(key(&format!("p{id}.{k}")), v);
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
        assert_eq!(questionnaire::termination_periods(&s), expected, "{reg}");
        assert_eq!(build_history(&s).0.history.len(), 2);
    }
}

#[test]
fn the_answers_carry_the_2025_fields() {
    let s = state(
        "2026-03-02",
        &[
            ("citizen", "no"),
            ("foreigner_doc", "ukr"),
            ("company_role", "no"),
            ("years20", "yes"),
            ("used_before", "no"),
        ],
    );
    let d = day("2026-03-02");
    let s = with_job(s, 1, day("2024-06-01"), d - chrono::Days::new(3));
    let mut s = s;
    s.fields
        .insert(key("p1.term.mode"), "employee_notice".into());
    s.fields
        .insert(key("p1.term.exc"), "labour_code_art_55".into());
    s.fields.insert(key("p1.term.referral"), "no".into());
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
        .apply(Action::Set(key("citizen"), "no".into()))
        .apply(Action::Continue);
    assert!(s.errors.is_empty());
    assert_eq!(s.page, Page::Q(Q::ForeignerDoc));
    // "Zacznij od nowa" with today's date: everything goes.
    // Issue 23: asked by the document; a residence card asks which permit it states, and
    // the group follows from that answer.
    let s = s
        .apply(Action::Set(key("foreigner_doc"), "card".into()))
        .apply(Action::Continue);
    assert_eq!(s.page, Page::Q(Q::ForeignerBasis));
    assert!(
        matches!(Q::ForeignerBasis.def(&s).kind, questionnaire::Kind::Choice(l) if l.len() > 5)
    );
    let s = s.apply(Action::Set(
        key("foreigner_basis"),
        "permanent_residence".into(),
    ));
    assert_eq!(
        build(&s, false).person.foreigner_basis.map(|b| b.as_str()),
        Some("permanent_residence")
    );
    // The document changed to a visa: the permit answered for the card is no answer.
    let s = s
        .apply(Action::Set(key("foreigner_doc"), "visa".into()))
        .apply(Action::Continue);
    assert_eq!(build(&s, false).person.foreigner_basis, None);
    assert_eq!(s.page, Page::Q(Q::ForeignerBasis));
    let s = s.apply(Action::Continue);
    assert_eq!(
        s.errors.len(),
        1,
        "the card's permit is not among the visas"
    );
    let s = s.apply(Action::Restart(day("2026-12-01")));
    assert_eq!(s.page, Page::Start);
    assert!(!s.fields.contains_key(&key("citizen")));
    assert_eq!(s.today, day("2026-12-01"));
}

/// Issue 12: what the person did on the pre-rendered page before the app started is taken
/// over, nothing lost.
#[test]
fn the_app_takes_over_the_pre_rendered_question() {
    use crate::app::state::EarlyInput;
    let fresh = AppState::new(day("2026-11-29"), Lang::Pl);
    // Nothing done: the start page.
    assert_eq!(
        fresh.clone().resume(&EarlyInput::default()).page,
        Page::Start
    );
    let typed = |next| EarlyInput {
        question: Some("reg_date".into()),
        fields: vec![
            ("reg_date.d".into(), "4".into()),
            ("reg_date.m".into(), "1".into()),
            ("reg_date.y".into(), "2027".into()),
            // not the question's: ignored
            ("pesel".into(), "1".into()),
        ],
        next,
    };
    // "Rozpocznij" pressed, a day typed: the first question with that day.
    let s = fresh.clone().resume(&typed(false));
    assert_eq!(s.page, Page::Q(questionnaire::FIRST_QUESTION));
    assert_eq!(
        (s.get(key("reg_date.d")), s.get(key("reg_date.y"))),
        ("4", "2027")
    );
    assert_eq!(s.get(key("pesel")), "");
    assert!(s.nav_seq > 0, "a page change: the history entry is added");
    // "Dalej" pressed too: the page after it, the day kept.
    let s = fresh.clone().resume(&typed(true));
    assert_eq!(s.page, Page::Q(Q::Pesel));
    assert_eq!(s.get(key("reg_date.d")), "4");
    // "Dalej" with a day that is no date: the question again, with its error.
    let mut bad = typed(true);
    bad.fields[0].1 = "31".into();
    bad.fields[1].1 = "2".into();
    let s = fresh.clone().resume(&bad);
    assert_eq!(s.page, Page::Q(questionnaire::FIRST_QUESTION));
    assert!(!s.errors.is_empty());
    // Another question than the one pre-rendered: nothing taken.
    let other = EarlyInput {
        question: Some("pesel".into()),
        ..typed(true)
    };
    assert_eq!(fresh.resume(&other).page, Page::Start);
}

/// Issue 13: an amount is accepted in the form the app itself writes it.
#[test]
fn amounts_the_app_writes_are_accepted_back() {
    use crate::rules::money::{normalise_typed_amount, Grosze};
    crate::app::i18n::set_lang(Lang::Pl);
    for g in [200_000, 200_050, 172_190, 5, 123_456_789] {
        let shown = crate::app::i18n::fmt_money(Grosze(g));
        assert_eq!(
            Grosze::parse(&normalise_typed_amount(&shown)),
            Ok(Grosze(g)),
            "{shown}"
        );
    }
    // And the income question takes it: no error on the page.
    let s = state("2026-12-01", &[("income", "2 000,50 zł")]);
    let errs = crate::app::state::validate::page(&s, Page::Q(Q::Income));
    assert!(errs.is_empty(), "{errs:?}");
}

/// Issue 13: a reload loses nothing: the snapshot kept in the session storage gives back the
/// answers, the periods and the page; nothing is kept before the first answer or after
/// "Zacznij od nowa".
#[test]
fn a_snapshot_gives_back_the_answers_and_the_page() {
    let fresh = AppState::new(day("2026-11-29"), Lang::Pl);
    assert_eq!(fresh.snapshot(), None, "nothing answered: nothing kept");
    let mut s = state(
        "2026-12-01",
        &[("pesel", "85072200481"), ("citizen", "yes")],
    );
    s = s.apply(Action::Goto(Page::Q(Q::Citizen)));
    s = s.apply(Action::AddPeriod);
    let id = s.period_ids.first().copied().or(match s.page {
        Page::PeriodEdit(id) => Some(id),
        _ => None,
    });
    let snap = s.snapshot().expect("answers given");
    // Through JSON, as in the storage.
    let json = serde_json::to_string(&snap).unwrap();
    let back: crate::app::state::Snapshot = serde_json::from_str(&json).unwrap();
    let r = AppState::new(day("2026-11-29"), Lang::Pl).restore(&back);
    assert_eq!(r.fields, s.fields);
    assert_eq!(r.period_ids, s.period_ids);
    assert_eq!(r.page, s.page);
    assert!(id.is_some());
    // A question page.
    let q =
        state("2026-12-01", &[("pesel", "85072200481")]).apply(Action::Goto(Page::Q(Q::Citizen)));
    let r = AppState::new(day("2026-11-29"), Lang::Pl).restore(&q.snapshot().unwrap());
    assert_eq!(r.page, Page::Q(Q::Citizen));
    assert_eq!(r.get(key("pesel")), "85072200481");
    // The document checklist's ticks are kept; new answers clear them.
    let ticked = q
        .clone()
        .apply(Action::TickDocument("tick.DOC-ID".into(), true))
        .apply(Action::TickDocument("tick.x1".into(), true))
        .apply(Action::TickDocument("tick.x1".into(), false));
    assert_eq!(ticked.checklist, ["tick.DOC-ID"]);
    let r = AppState::new(day("2026-11-29"), Lang::Pl).restore(&ticked.snapshot().unwrap());
    assert_eq!(r.checklist, ["tick.DOC-ID"]);
    let a = crate::rules::questionnaire::answers::build(&ticked, true);
    assert!(ticked
        .apply(Action::Loaded(Box::new(a)))
        .checklist
        .is_empty());
    // A tab kept by the version that stored the ticks among the answers: they become ticks.
    let mut older = q.snapshot().unwrap();
    older.fields.insert("tick.DOC-ID".into(), "1".into());
    older.fields.insert("tick.x2".into(), String::new());
    let r = AppState::new(day("2026-11-29"), Lang::Pl).restore(&older);
    assert_eq!(r.checklist, ["tick.DOC-ID"]);
    assert_eq!(r.get(key("pesel")), "85072200481");
    // "Zacznij od nowa": nothing kept.
    assert_eq!(q.apply(Action::Restart(day("2026-11-29"))).snapshot(), None);
    // Another format: ignored.
    let mut old = s.snapshot().unwrap();
    old.v = 0;
    assert_eq!(
        AppState::new(day("2026-11-29"), Lang::Pl)
            .restore(&old)
            .page,
        Page::Start
    );
}

/// Issue 13: on the period form, which holds several questions, an unanswered one is named.
#[test]
fn the_period_form_names_the_question_left_unanswered() {
    crate::app::i18n::set_lang(Lang::Pl);
    let mut s = with_job(
        state("2026-12-01", &[]),
        1,
        day("2025-01-01"),
        day("2026-10-31"),
    );
    s.fields.remove(&key("p1.minwage"));
    let errs = crate::app::state::validate::page(&s, Page::PeriodEdit(1));
    let e = errs
        .iter()
        .find(|e| e.key.to_string() == "p1.minwage")
        .expect("an error");
    assert!(
        e.msg().contains("co najmniej minimalne wynagrodzenie"),
        "{}",
        e.msg()
    );
}

/// Issue 13: the forms for both sexes ("otrzymałeś(-aś)") follow the sex once it is known;
/// every such form of the Polish texts is checked here.
#[test]
fn gendered_forms_follow_the_known_sex() {
    use crate::app::i18n::gendered;
    use crate::rules::answers::Sex;
    let expected: &[(&str, &str, &str)] = &[
        ("Byłem(-am)", "Byłem", "Byłam"),
        ("Odbyłem(-am)", "Odbyłem", "Odbyłam"),
        ("Zostałem(-am)", "Zostałem", "Zostałam"),
        ("Odmówiłem(-am)", "Odmówiłem", "Odmówiłam"),
        ("Otrzymałem(-am)", "Otrzymałem", "Otrzymałam"),
        ("Przestałem(-am)", "Przestałem", "Przestałam"),
        ("Rozpocząłem(-ęłam)", "Rozpocząłem", "Rozpoczęłam"),
        ("Podjąłem(-ęłam)", "Podjąłem", "Podjęłam"),
        ("pobierałeś(-aś)", "pobierałeś", "pobierałaś"),
        ("nabyłeś(-aś)", "nabyłeś", "nabyłaś"),
        ("zakończyłeś(-aś)", "zakończyłeś", "zakończyłaś"),
        ("Rozwiązałeś(-aś)", "Rozwiązałeś", "Rozwiązałaś"),
        ("Rozwiązałem(-am)", "Rozwiązałem", "Rozwiązałam"),
        ("Wypowiedziałem(-am)", "Wypowiedziałem", "Wypowiedziałam"),
        ("Złożyłem(-am)", "Złożyłem", "Złożyłam"),
        ("aresztowany(-a)", "aresztowany", "aresztowana"),
        ("bezrobotny(-a)", "bezrobotny", "bezrobotna"),
        ("byłem(-am)", "byłem", "byłam"),
        ("byłeś(-aś)", "byłeś", "byłaś"),
        ("dostałeś(-aś)", "dostałeś", "dostałaś"),
        ("dostawałem(-am)", "dostawałem", "dostawałam"),
        ("odbyłem(-am)", "odbyłem", "odbyłam"),
        ("gotowy(-a)", "gotowy", "gotowa"),
        ("kontaktowałem(-am)", "kontaktowałem", "kontaktowałam"),
        ("miałeś(-aś)", "miałeś", "miałaś"),
        ("niezdolny(-a)", "niezdolny", "niezdolna"),
        ("objętym(-ą)", "objętym", "objętą"),
        ("obywatelem(-ką)", "obywatelem", "obywatelką"),
        ("odbyłeś(-aś)", "odbyłeś", "odbyłaś"),
        ("odmówiłeś(-aś)", "odmówiłeś", "odmówiłaś"),
        ("otrzymałeś(-aś)", "otrzymałeś", "otrzymałaś"),
        ("otrzymywałeś(-aś)", "otrzymywałeś", "otrzymywałaś"),
        ("podałeś(-aś)", "podałeś", "podałaś"),
        ("podjąłem(-ęłam)", "podjąłem", "podjęłam"),
        ("podjąłeś(-aś)", "podjąłeś", "podjęłaś"),
        ("podpisałem(-am)", "podpisałem", "podpisałam"),
        ("powiadomiłem(-am)", "powiadomiłem", "powiadomiłam"),
        ("pracowałeś(-aś)", "pracowałeś", "pracowałaś"),
        ("przerwałem(-am)", "przerwałem", "przerwałam"),
        ("przestałeś(-aś)", "przestałeś", "przestałaś"),
        ("przybyłeś(-aś)", "przybyłeś", "przybyłaś"),
        ("rozwiązałeś(-aś)", "rozwiązałeś", "rozwiązałaś"),
        ("stawiłem(-am)", "stawiłem", "stawiłam"),
        ("stawiłeś(-aś)", "stawiłeś", "stawiłaś"),
        ("straciłeś(-aś)", "straciłeś", "straciłaś"),
        ("ubezpieczony(-a)", "ubezpieczony", "ubezpieczona"),
        ("urodziłeś(-aś)", "urodziłeś", "urodziłaś"),
        ("wypowiedziałeś(-aś)", "wypowiedziałeś", "wypowiedziałaś"),
        ("zacząłem(-ęłam)", "zacząłem", "zaczęłam"),
        ("zameldowany(-a)", "zameldowany", "zameldowana"),
        ("zarejestrowany(-a)", "zarejestrowany", "zarejestrowana"),
        ("zatrudniony(-a)", "zatrudniony", "zatrudniona"),
        ("zawiadomiłem(-am)", "zawiadomiłem", "zawiadomiłam"),
        ("zdolny(-a)", "zdolny", "zdolna"),
        ("zostałeś(-aś)", "zostałeś", "zostałaś"),
        ("zwolniony(-a)", "zwolniony", "zwolniona"),
    ];
    for (both, male, female) in expected {
        assert_eq!(gendered(both, Some(Sex::Male)), *male);
        assert_eq!(gendered(both, Some(Sex::Female)), *female);
        assert_eq!(gendered(both, None), *both, "unknown sex: both forms");
    }
    // Every form in the Polish texts is in the table above.
    for file in ["i18n/pl.ftl", "i18n/pl-result.ftl"] {
        let text = std::fs::read_to_string(file).unwrap();
        for (i, _) in text.match_indices("(-") {
            let start = text[..i]
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphabetic())
                .last()
                .map_or(i, |(j, _)| j);
            let end = i + text[i..].find(')').unwrap() + 1;
            let form = &text[start..end];
            assert!(
                expected.iter().any(|(b, _, _)| *b == form),
                "{file}: {form} has no checked feminine form"
            );
        }
    }
    // `gendered` reads words with `polish_letter`, not the Unicode tables of
    // `char::is_alphabetic`: the two agree on every character of the Polish texts, and a
    // word of a Polish text ends at the same place with either.
    for file in ["i18n/pl.ftl", "i18n/pl-result.ftl"] {
        for c in std::fs::read_to_string(file).unwrap().chars() {
            assert_eq!(
                crate::app::i18n::polish_letter(c),
                c.is_alphabetic(),
                "{file}: {c:?}"
            );
        }
    }
    // In a sentence, with the sex read from the answers (a PESEL's 10th digit).
    let s = state("2026-12-01", &[("pesel", "85072200488")]);
    assert_eq!(
        crate::rules::questionnaire::answers::sex_of(&s),
        Some(Sex::Female)
    );
    let s = state("2026-12-01", &[("pesel.unknown", "1"), ("sex", "male")]);
    assert_eq!(
        crate::rules::questionnaire::answers::sex_of(&s),
        Some(Sex::Male)
    );
    assert_eq!(
        gendered("Czy jesteś gotowy(-a) do pracy?", Some(Sex::Female)),
        "Czy jesteś gotowa do pracy?"
    );
}

/// Issue 13: the person sees how far the end is; issue 23: by parts, whose number never
/// grows as answers come (the PESEL's two questions less change nothing).
#[test]
fn progress_counts_the_parts_asked() {
    let fresh = AppState::new(day("2026-11-29"), Lang::Pl);
    assert_eq!(
        questionnaire::progress(&fresh, fresh.page),
        None,
        "the start page is no question"
    );
    let s = fresh
        .clone()
        .apply(Action::Goto(Page::Q(questionnaire::FIRST_QUESTION)));
    assert_eq!(questionnaire::progress(&s, s.page), Some((1, 5)));
    let with_pesel =
        state("2026-11-29", &[("pesel", "85072200488")]).apply(Action::Goto(Page::Q(Q::Citizen)));
    assert_eq!(
        questionnaire::progress(&with_pesel, with_pesel.page),
        Some((1, 5))
    );
    // Employed on the registration day: no work or benefit questions, three parts.
    let employed =
        settled("2026-11-29", &[("employed", "yes")]).apply(Action::Goto(Page::Q(Q::Loss)));
    assert_eq!(
        questionnaire::progress(&employed, employed.page),
        Some((2, 3))
    );
    // The seed's questions have the same parts.
    let seed = state("2025-03-03", &[]).apply(Action::Goto(Page::Q(Q::Residence)));
    assert_eq!(questionnaire::progress(&seed, seed.page), Some((1, 5)));
}

/// Along every walk, the part shown never goes back and the number of parts never grows.
#[test]
fn the_progress_line_never_grows() {
    let job = Some(("2023-01-01", "2026-11-27", "mutual_agreement"));
    for (pesel, job, unsure) in [
        ("02270803624", None, false),
        (
            "85072200488",
            Some(("2024-09-01", "2026-11-27", "employer_notice")),
            false,
        ),
        ("68030512348", job, true),
    ] {
        let steps = std::cell::RefCell::new(Vec::new());
        walk("2026-11-29", &|s| {
            steps
                .borrow_mut()
                .push((s.page, questionnaire::progress(s, s.page).unwrap()));
            person(s, pesel, job, unsure)
        });
        let steps = steps.into_inner();
        assert!(steps.len() > 8);
        for w in steps.windows(2) {
            let ((p0, (k0, n0)), (p1, (k1, n1))) = (w[0], w[1]);
            assert!(k1 >= k0, "{p0:?} part {k0}, then {p1:?} part {k1}");
            assert!(n1 <= n0, "{p0:?} of {n0} parts, then {p1:?} of {n1}");
        }
        assert_eq!(
            steps.last().unwrap().1,
            (5, 5),
            "the account is the last part"
        );
    }
}

/// A person's answers, page by page: what they type and tick on the page shown.
type Answer<'a> = &'a dyn Fn(&AppState) -> Vec<Action>;

/// Walks from "Rozpocznij" to check-answers as a person would (the reducer only), answering
/// each page with `answer` then "Dalej"; returns the question screens seen, in order.
fn walk(today: &str, answer: Answer) -> Vec<Page> {
    let mut s = AppState::new(day(today), Lang::Pl)
        .apply(Action::Goto(Page::Q(questionnaire::FIRST_QUESTION)));
    let mut seen: Vec<Page> = Vec::new();
    for _ in 0..60 {
        if s.page == Page::Check {
            return seen;
        }
        if !seen.contains(&s.page) {
            seen.push(s.page);
        }
        let at = s.page;
        for a in answer(&s) {
            s = s.apply(a);
        }
        if s.page != at {
            continue; // "Dodaj okres" opened the period form
        }
        s = s.apply(Action::Continue);
        assert!(s.errors.is_empty(), "{at:?}: {:?}", s.errors);
    }
    panic!("no end: {seen:?}");
}

fn set(k: &str, v: &str) -> Action {
    Action::Set(key(k), v.to_string())
}

fn date_set(key: &str, d: &str) -> Vec<Action> {
    let d = day(d);
    vec![
        set(&format!("{key}.d"), &d.format("%-d").to_string()),
        set(&format!("{key}.m"), &d.format("%-m").to_string()),
        set(&format!("{key}.y"), &d.format("%Y").to_string()),
    ]
}

/// The common answers of the three people of issue 13; `job`: (from, to, how it ended).
fn person(s: &AppState, pesel: &str, job: Option<(&str, &str, &str)>, unsure: bool) -> Vec<Action> {
    use crate::app::state::Tick;
    use questionnaire::G;
    let none = |g| vec![Action::Tick(g, Tick::None)];
    let dunno = |g| vec![Action::Tick(g, Tick::Unknown)];
    match s.page {
        Page::Q(Q::RegDate) => date_set("reg_date", "2026-12-01"),
        Page::Q(Q::Pesel) => vec![set("pesel", pesel)],
        Page::Q(Q::Citizen) => vec![set("citizen", "yes")],
        Page::Group(G::About) => none(G::About),
        Page::Q(Q::Ready) => vec![set("ready", "yes")],
        Page::Q(Q::Schooling) => vec![set("schooling", "none")],
        Page::Group(G::Status) => none(G::Status),
        Page::Q(Q::Income) if unsure => vec![set("income.unknown", "1")],
        Page::Q(Q::Income) => vec![set("income", "0")],
        Page::Q(Q::Loss) => vec![set("loss", "no")],
        Page::Periods if s.period_ids.is_empty() && job.is_some() => vec![Action::AddPeriod],
        Page::Periods => vec![],
        Page::PeriodEdit(id) => {
            let (from, to, _) = job.unwrap();
            let mut v = vec![set(&format!("p{id}.kind"), "employment")];
            v.extend(date_set(&format!("p{id}.from"), from));
            v.extend(date_set(&format!("p{id}.to"), to));
            v.push(set(&format!("p{id}.minwage"), "yes"));
            v
        }
        Page::Q(Q::UsedBefore) => vec![set("used_before", if unsure { "unknown" } else { "no" })],
        Page::TermMode(id) => vec![set(&format!("p{id}.term.mode"), job.unwrap().2)],
        Page::TermException(id) => vec![set(&format!("p{id}.term.exc"), "unknown")],
        Page::TermReferral(id) => vec![set(&format!("p{id}.term.referral"), "no")],
        Page::Group(g @ (G::Events | G::Length)) if unsure => dunno(g),
        Page::Group(g @ (G::Events | G::Length)) => none(g),
        Page::Group(G::Online) if unsure => dunno(G::Online),
        Page::Group(G::Online) => vec![Action::Tick(G::Online, Tick::Item(Q::Pz))],
        p => panic!("not expected: {p:?}"),
    }
}

/// Issue 13: the three people reach check-answers within the screens the issue sets (under
/// the 2025 Act; the browser test `journey.test.mjs` walks the same people).
#[test]
fn three_people_reach_the_end_within_the_screen_counts() {
    // A 24-year-old who never worked.
    let never = walk("2026-11-29", &|s| person(s, "02270803624", None, false));
    assert!(never.len() <= 12, "{} screens: {never:?}", never.len());
    // One job ended by the employer.
    let job = Some(("2024-09-01", "2026-11-27", "employer_notice"));
    let fired = walk("2026-11-29", &|s| person(s, "85072200488", job, false));
    assert!(fired.len() <= 18, "{} screens: {fired:?}", fired.len());
    assert!(fired.contains(&Page::Group(questionnaire::G::Length)));
    // A 58-year-old who answers "Nie wiem" where they can, the job ended by agreement.
    let job = Some(("2023-01-01", "2026-11-27", "mutual_agreement"));
    let unsure = walk("2026-11-29", &|s| person(s, "68030512348", job, true));
    assert!(unsure.len() <= 20, "{} screens: {unsure:?}", unsure.len());
    assert!(unsure.contains(&Page::TermReferral(1)));
    eprintln!(
        "screens: {} / {} / {}",
        never.len(),
        fired.len(),
        unsure.len()
    );
}

/// Issue 13: a grouped page's boxes are its items' fields — "none" is exclusive, "Nie wiem"
/// leaves the items not ticked unknown, and "Dalej" makes the rest "no".
#[test]
fn a_grouped_page_writes_its_items() {
    use crate::app::state::Tick;
    use questionnaire::G;
    let s = settled("2026-12-01", &[]).apply(Action::Goto(Page::Group(G::Status)));
    let fields = ["employed", "pensions", "company_role", "training_benefit"];
    let get = |s: &AppState| fields.map(|f| s.get(key(f)).to_string());
    // Nothing ticked (the answers cleared): an error, the page stays.
    let mut blank = s.clone();
    for (q, _, _) in questionnaire::group_items(&s, G::Status) {
        blank.fields.remove(&q.def(&s).field.into());
    }
    let e = blank.clone().apply(Action::Continue);
    assert_eq!(e.page, Page::Group(G::Status));
    assert_eq!(e.errors[0].key.to_string(), "group.status");
    // One item ticked: on "Dalej" every other item is "no".
    let one = blank
        .clone()
        .apply(Action::Tick(G::Status, Tick::Item(Q::CompanyRole)));
    let after = one.apply(Action::Continue);
    assert!(after.errors.is_empty());
    assert_eq!(get(&after), ["no", "no", "yes", "no"]);
    // "None" unticks the items; an item then unticks "none".
    let none = after
        .clone()
        .apply(Action::Goto(Page::Group(G::Status)))
        .apply(Action::Tick(G::Status, Tick::None));
    assert_eq!(get(&none), ["no", "no", "no", "no"]);
    let item = none.apply(Action::Tick(G::Status, Tick::Item(Q::Employed)));
    assert_eq!(get(&item), ["yes", "", "", ""]);
    // "Nie wiem": the items not ticked are unknown, the ticked one stays.
    let unsure = item.apply(Action::Tick(G::Status, Tick::Unknown));
    assert_eq!(get(&unsure), ["yes", "unknown", "unknown", "unknown"]);
    let back = unsure
        .clone()
        .apply(Action::Tick(G::Status, Tick::Item(Q::Employed)));
    assert_eq!(back.get(key("employed")), "unknown");
    let off = unsure.apply(Action::Tick(G::Status, Tick::Unknown));
    assert_eq!(get(&off), ["yes", "", "", ""]);
}

/// "What would change it" for a status condition barred by a "yes": the engine names the
/// answers' fields, and the app finds the very question whose "yes" it was (both laws).
#[test]
fn a_barred_condition_names_the_question_answered_yes() {
    use crate::rules::explain::{self, Change};
    let bars = [
        Q::Employed,
        Q::Farm,
        Q::SpecialAgri,
        Q::Business,
        Q::Insurance,
        Q::Detained,
        Q::PermAllowance,
        Q::CareBenefit,
        Q::TrainingBenefit,
        Q::CompanyRole,
        Q::ForeignInsurance,
        Q::BusinessAbroad,
    ];
    let mut named = 0;
    for reg in ["2025-03-03", "2025-09-01"] {
        for q in bars {
            let s = settled(reg, &[("farm", "no"), ("special_agri", "no")]);
            let field = q.def(&s).field;
            let s = s.apply(Action::Set(field.into(), "yes".to_string()));
            let r = crate::rules::evaluate(&build(&s, true), s.today);
            let title = crate::app::i18n::tm(q.def(&s).title);
            for e in r.trace.iter().filter(|e| e.rule.starts_with("STATUS-")) {
                if let Some(Change::AnswerNo(fields)) = explain::change(&r, e) {
                    let questions: Vec<_> = fields
                        .iter()
                        .map(|f| {
                            questionnaire::question_of(f)
                                .map(|q| crate::app::i18n::tm(q.def(&s).title))
                        })
                        .collect();
                    assert_eq!(questions, [Some(title)], "{reg} {field} {}", e.rule);
                    named += 1;
                }
            }
        }
    }
    // Eight bars of the seed (farm, special agri, business, insurance, detained, permanent
    // allowance, care and training benefit) and eight of the 2025 Act (the last five and
    // company role, foreign insurance, business abroad) named their question; "employed"
    // and the Act's business rule have their own texts.
    assert_eq!(named, 16);
}

/// Issue 24: the flow leaves a question out only when its answer can no longer change the
/// result. For every scenario's answers, loaded as a file: the answers of only the questions
/// the flow asks (the rest unknown) give the same verdicts, first day, length and amount.
#[test]
fn the_questions_asked_decide_the_result() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios");
    let mut checked = 0;
    let mut differ = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        let file: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let Ok(a) = crate::rules::answers::Answers::from_json(&file["answers"].to_string()) else {
            continue;
        };
        let today = a.registration_date.unwrap_or(day("2026-11-29"));
        let s = AppState::new(today, Lang::Pl).apply(Action::Loaded(Box::new(a)));
        let seen = |s: &crate::rules::questionnaire::Form| {
            let r =
                crate::rules::evaluate(&crate::rules::questionnaire::answers::for_result(s), today);
            (
                r.status.verdict,
                r.benefit.verdict,
                r.benefit.from,
                r.benefit.length_days,
                r.benefit.amount.clone(),
            )
        };
        let (all, asked) = (seen(&s), seen(&questionnaire::only_asked(&s)));
        checked += 1;
        if all != asked {
            differ.push(format!(
                "{}: {all:?} / asked only: {asked:?}",
                path.file_name().unwrap().to_string_lossy()
            ));
        }
    }
    assert!(checked > 250, "{checked} scenarios");
    assert!(
        differ.is_empty(),
        "{} differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}

/// Issue 24: the reducer translates nothing. A page's errors are kept by message ID and
/// arguments, so a language switch keeps them as they are and they are drawn in the new
/// language (before, the reducer set the language and validated the page again).
#[test]
fn errors_are_kept_by_id_and_drawn_in_the_language_chosen() {
    crate::app::i18n::set_lang(Lang::Pl);
    let s = AppState::new(day("2026-11-29"), Lang::Pl)
        .apply(Action::Goto(Page::Q(Q::RegDate)))
        .apply(Action::Set(key("reg_date.d"), "31".into()))
        .apply(Action::Set(key("reg_date.m"), "2".into()))
        .apply(Action::Set(key("reg_date.y"), "2026".into()))
        .apply(Action::Continue);
    assert_eq!(s.page, Page::Q(Q::RegDate));
    assert_eq!(s.errors.len(), 1);
    assert_eq!(
        s.errors[0].msg(),
        "Data musi być prawdziwą datą, np. 27 3 2026"
    );
    let switched = s.clone().apply(Action::SetLang(Lang::En));
    assert_eq!(switched.errors, s.errors);
    assert_eq!(switched.error_seq, s.error_seq);
    let en = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/en.ftl")).unwrap();
    crate::app::i18n::load_source(Lang::En, en);
    crate::app::i18n::set_lang(Lang::En);
    assert_eq!(
        switched.errors[0].msg(),
        "The date must be a real date, for example 27 3 2026"
    );
    crate::app::i18n::set_lang(Lang::Pl);
}

/// Issue 25: the answers a link carries hold no PESEL and no NIP, but the birth date and sex
/// read from the PESEL, and say that one was given; read back, they give the same result.
#[test]
fn a_link_carries_the_answers_without_the_pesel() {
    use crate::rules::questionnaire::answers::{from_link, link_payload};
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/scenarios/201-act2025-base-entitled-from-registration-day.json"
    ))
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut a = crate::rules::answers::Answers::from_json(&v["answers"].to_string()).unwrap();
    a.person.birth_date = None;
    a.person.sex = None;
    a.person.pesel = Some("90051012345".into());
    a.person.nip = Some("5260250274".into());
    let payload = link_payload(&a);
    assert!(
        !payload.contains("90051012345") && !payload.contains("5260250274"),
        "{payload}"
    );
    let (back, pesel) = from_link(&payload).unwrap();
    assert!(pesel);
    assert_eq!(back.person.pesel, None);
    assert_eq!(back.person.birth_date, Some(day("1990-05-10")));
    assert_eq!(back.person.sex, Some(crate::rules::answers::Sex::Female));
    let d = day("2026-03-02");
    let (r1, r2) = (
        crate::rules::evaluate(&a, d),
        crate::rules::evaluate(&back, d),
    );
    assert_eq!(r1.status, r2.status);
    assert_eq!(r1.benefit, r2.benefit);
    // No PESEL given: none said.
    a.person.pesel = None;
    assert!(!from_link(&link_payload(&a)).unwrap().1);
    // Not a payload, another version, answers that are not an answers file.
    assert!(from_link("{").is_err());
    assert!(from_link(r#"{"v":2,"pesel":false,"answers":{}}"#).is_err());
    assert!(from_link(r#"{"v":1,"pesel":false,"answers":{"format":1}}"#).is_ok());
    assert!(from_link(r#"{"v":1,"pesel":false,"answers":{"format":1,"extra":true}}"#).is_err());
    assert!(from_link(r#"{"v":1,"pesel":false,"answers":{"format":2}}"#).is_err());
    assert!(from_link(r#"{"v":1,"answers":{"format":1},"more":1}"#).is_err());
}

/// A loss whose date decides when one may register again asks for that date and sends it;
/// the other reasons do neither, even with a date typed before the reason was changed.
#[test]
fn only_a_dated_loss_asks_for_and_sends_its_date() {
    for (reason, dated) in [
        ("abroad", true),
        ("no_contact", true),
        ("loan", false),
        ("incapacity_180", false),
    ] {
        let s = settled(
            "2026-03-02",
            &[
                ("loss", "yes"),
                ("loss_reason", reason),
                ("loss_date.d", "3"),
                ("loss_date.m", "2"),
                ("loss_date.y", "2026"),
            ],
        );
        let loss = build(&s, true).previous_status_loss.expect("a loss");
        assert_eq!(loss.date.is_some(), dated, "{reason}");
        assert_eq!(asks(&s, Q::LossDate), dated, "{reason}");
    }
}

/// "What would change it" for a pension given: the engine names the pensions field and the
/// app finds the pensions question (both laws).
#[test]
fn a_pension_given_names_the_pensions_question() {
    use crate::rules::explain::{self, Change};
    for reg in ["2025-03-03", "2025-09-01"] {
        let s = settled(
            reg,
            &[
                ("farm", "no"),
                ("special_agri", "no"),
                ("pensions", "yes"),
                ("pension_kinds", "old_age_pension"),
            ],
        );
        let r = crate::rules::evaluate(&build(&s, true), s.today);
        let named: Vec<_> = r
            .trace
            .iter()
            .filter_map(|e| match explain::change(&r, e) {
                Some(Change::AnswerNo(fields)) => Some(fields),
                _ => None,
            })
            .flatten()
            .map(|f| questionnaire::question_of(&f).map(|q| q.def(&s).title))
            .collect();
        assert_eq!(named, [Some(Q::Pensions.def(&s).title)], "{reg}");
    }
}

/// After one's own notice only some exceptions are offered: an exception chosen under
/// another way of ending is no longer an answer once the way changed to one's own notice
/// (the page asks again); "Nie wiem" and an offered exception stay answers.
#[test]
fn an_exception_not_offered_after_ones_own_notice_is_asked_again() {
    let reg = "2026-03-02";
    let d = day(reg);
    let job = |mode: &str, exc: &str| {
        let s = with_job(
            state(reg, &[]),
            1,
            d - chrono::Days::new(400),
            d - chrono::Days::new(3),
        );
        let mut s = s;
        s.fields.insert(key("p1.term.mode"), mode.into());
        s.fields.insert(key("p1.term.exc"), exc.into());
        s
    };
    let own = "employee_notice";
    let answered =
        |mode: &str, exc: &str| questionnaire::term_exception_answered(&job(mode, exc), 1);
    assert!(answered("employer_notice", "redundancy"));
    assert!(!answered(own, "redundancy"));
    assert!(answered(own, "change_of_residence"));
    assert!(answered(own, "unknown"));
    assert!(!answered(own, ""));
    assert_eq!(
        questionnaire::term_exceptions(&job(own, ""), 1),
        crate::rules::act_2025::questionnaire::TERM_EXCEPTIONS_OWN_NOTICE_2025
    );
    assert_eq!(
        questionnaire::term_exceptions(&job("employer_notice", ""), 1),
        questionnaire::TERM_EXCEPTIONS
    );
}

/// Which kinds of period count only with the minimum wage: the full wage for work; for
/// prison work half of it under the seed and the full wage under the 2025 Act (the engine's
/// percentage); none for the kinds without pay.
#[test]
fn the_wage_condition_of_each_kind_of_period() {
    use crate::rules::answers::PeriodKind;
    for (reg, prison_half) in [("2025-03-03", true), ("2026-03-02", false)] {
        let s = state(reg, &[]);
        let c = |k| questionnaire::min_wage_condition(&s, k);
        assert_eq!(c(PeriodKind::Employment), Some(false), "{reg}");
        assert_eq!(c(PeriodKind::PrisonWork), Some(prison_half), "{reg}");
        assert_eq!(c(PeriodKind::Military), None, "{reg}");
        assert_eq!(c(PeriodKind::ParentalLeave), None, "{reg}");
    }
}

/// The period form's wage question is worded for the kind: half the wage (prison work under
/// the seed), the pension or sickness benefit's base, or the pay.
#[test]
fn the_wage_question_is_worded_for_the_kind() {
    use crate::app::i18n::Msg;
    use crate::rules::answers::PeriodKind;
    use questionnaire::min_wage_question as q;
    assert_eq!(
        q(true, Some(PeriodKind::PrisonWork)),
        Msg::PeriodMinWageHalf
    );
    assert_eq!(
        q(false, Some(PeriodKind::PensionOrSickness)),
        Msg::PeriodMinWagePension
    );
    assert_eq!(q(false, Some(PeriodKind::Employment)), Msg::PeriodMinWage);
    assert_eq!(q(false, None), Msg::PeriodMinWage);
}

/// Questions worded for earlier answers: readiness for a disabled person (half-time work),
/// the foreigner's basis in the words of the document named.
#[test]
fn questions_are_worded_for_earlier_answers() {
    use crate::app::i18n::Msg;
    let title = |fields: &[(&str, &str)], q: Q| {
        let s = state("2026-03-02", fields);
        q.def(&s).title
    };
    assert_eq!(title(&[("disabled", "yes")], Q::Ready), Msg::QReadyHalf);
    assert_eq!(title(&[("disabled", "no")], Q::Ready), Msg::QReady);
    for (doc, expected) in [
        ("card", Msg::QForeignerBasisCard),
        ("visa", Msg::QForeignerBasisVisa),
        ("family", Msg::QForeignerBasisFamily),
        ("", Msg::QForeignerBasis),
    ] {
        assert_eq!(
            title(&[("foreigner_doc", doc)], Q::ForeignerBasis),
            expected,
            "{doc}"
        );
    }
}

/// Under the seed too, the benefit's questions are left out once the status is excluded.
#[test]
fn the_seed_skips_the_benefit_questions_when_the_status_is_excluded() {
    let fine = settled("2025-03-03", &[("farm", "no"), ("special_agri", "no")]);
    assert!(questionnaire::benefit_relevant(&fine));
    assert!(questionnaire::pages(&fine).contains(&Page::Periods));
    let business = settled(
        "2025-03-03",
        &[("farm", "no"), ("special_agri", "no"), ("business", "yes")],
    );
    assert!(!questionnaire::benefit_relevant(&business));
    assert!(!questionnaire::pages(&business).contains(&Page::Periods));
}

/// The flow kept for the last answers is asked again when only today's date or only the
/// list of periods changed (the same fields).
#[test]
fn the_kept_flow_follows_today_and_the_periods() {
    // No registration day typed: the law of today's date.
    let early = questionnaire::form::Form::new(day("2025-03-03"));
    let mut later = early.clone();
    later.today = day("2026-03-02");
    assert_ne!(
        questionnaire::flow(&early).pages,
        questionnaire::flow(&later).pages
    );
    let reg = "2026-03-02";
    let d = day(reg);
    let with = with_job(
        state(reg, &[]),
        1,
        d - chrono::Days::new(400),
        d - chrono::Days::new(3),
    );
    let mut without = with.clone();
    without.form.period_ids.clear();
    assert!(questionnaire::flow(&with)
        .pages
        .contains(&Page::TermMode(1)));
    assert!(!questionnaire::flow(&without)
        .pages
        .contains(&Page::TermMode(1)));
}

/// The parts of the progress line: an earlier benefit's questions belong to the work, an
/// earlier loss of status to the situation, the online account to its own part.
#[test]
fn each_question_belongs_to_its_part() {
    use questionnaire::Part;
    for reg in ["2025-03-03", "2026-03-02"] {
        let s = state(reg, &[]);
        let part = |q| questionnaire::part(&s, Page::Q(q));
        for q in [
            Q::UsedBefore,
            Q::PrevLostOn,
            Q::PrevLostWhy,
            Q::PrevWorkEnded,
            Q::PrevDrawn,
        ] {
            assert_eq!(part(q), Some(Part::Work), "{reg} {q:?}");
        }
        assert_eq!(part(Q::LossDate), Some(Part::Situation), "{reg}");
        assert_eq!(part(Q::RegDate), Some(Part::About), "{reg}");
        assert_eq!(part(Q::Qes), Some(Part::Online), "{reg}");
        assert_eq!(questionnaire::part(&s, Page::Periods), Some(Part::Work));
        assert_eq!(questionnaire::part(&s, Page::Check), None);
    }
}

/// A grouped item's follow-up is asked after its "yes" only: the signature's serial number
/// after a qualified signature.
#[test]
fn the_signature_serial_follows_a_qualified_signature() {
    let with = settled("2026-03-02", &[("qes", "yes")]);
    let without = settled("2026-03-02", &[("qes", "no")]);
    assert!(asks(&with, Q::QesSerial));
    assert!(!asks(&without, Q::QesSerial));
}

/// The fields the periods page answers: every field of each period but how it ended, and
/// that the list is done; no question's field that merely starts with "p".
#[test]
fn the_periods_page_answers_the_periods_fields() {
    let reg = "2026-03-02";
    let d = day(reg);
    let mut s = with_job(
        state(reg, &[("pesel", "85072200488"), ("prev_drawn", "10")]),
        1,
        d - chrono::Days::new(400),
        d - chrono::Days::new(3),
    );
    s.form.fields.insert(key("periods.done"), "1".into());
    s.form
        .fields
        .insert(key("p1.term.mode"), "employer_notice".into());
    let f = questionnaire::page_fields(&s, Page::Periods);
    assert!(f.contains(&key("periods.done")), "{f:?}");
    assert!(f.contains(&key("p1.kind")), "{f:?}");
    assert!(f.contains(&key("p1.from.d")), "{f:?}");
    assert!(!f.iter().any(|k| k.to_string().contains("term")), "{f:?}");
    assert!(
        !f.iter()
            .any(|k| matches!(k.field, questionnaire::Field::Q(_))),
        "{f:?}"
    );
    assert_eq!(
        questionnaire::page_fields(&s, Page::TermMode(1)),
        [key("p1.term.mode")]
    );
}

/// A page has an answer when its fields do: a question's own field or its parts, the
/// periods once the list is done, how a job ended. After a change from check-answers the
/// next page is the first one still without an answer, else check-answers.
#[test]
fn a_page_is_answered_when_its_fields_are() {
    use questionnaire::answered;
    let reg = "2026-03-02";
    let s = state(reg, &[]);
    assert!(answered(&s, Page::Q(Q::RegDate)));
    assert!(!answered(&s, Page::Q(Q::Pesel)));
    assert!(answered(
        &state(reg, &[("pesel.unknown", "1")]),
        Page::Q(Q::Pesel)
    ));
    assert!(!answered(&state(reg, &[("pesel", "")]), Page::Q(Q::Pesel)));
    assert!(!answered(&s, Page::Periods));
    assert!(answered(
        &state(reg, &[("periods.done", "1")]),
        Page::Periods
    ));
    assert!(!answered(&s, Page::TermMode(1)));
    assert!(!answered(&s, Page::TermReferral(1)));
    let ended = state(
        reg,
        &[
            ("p1.term.mode", "employee_notice"),
            ("p1.term.referral", "no"),
        ],
    );
    assert!(answered(&ended, Page::TermMode(1)));
    assert!(answered(&ended, Page::TermReferral(1)));
    assert!(!answered(&s, Page::TermException(1)));
    assert!(answered(
        &state(reg, &[("p1.term.exc", "unknown")]),
        Page::TermException(1)
    ));
    assert!(!answered(&s, Page::Group(questionnaire::G::Status)));
    assert!(answered(
        &settled(reg, &[]),
        Page::Group(questionnaire::G::Status)
    ));
    assert!(answered(&s, Page::Check));

    // "Tak" to a loss from check-answers: its reason is asked next, then check-answers.
    let loss = settled(reg, &[("loss", "yes")]);
    assert_eq!(
        questionnaire::next(&loss, Page::Q(Q::Loss), true),
        Page::Q(Q::LossReason)
    );
    let no_loss = settled(reg, &[("loss", "no")]);
    assert_eq!(
        questionnaire::next(&no_loss, Page::Q(Q::Loss), true),
        Page::Periods
    );
    // The periods answered: they are passed over.
    let done = settled(reg, &[("loss", "no"), ("periods.done", "1")]);
    assert_eq!(
        questionnaire::next(&done, Page::Q(Q::Loss), false),
        Page::Periods
    );
    assert_ne!(
        questionnaire::next(&done, Page::Q(Q::Loss), true),
        Page::Periods
    );
}

/// "Wstecz": the page before in the flow; the start page before the first question; the
/// periods from a period's form; check-answers after a change from there.
#[test]
fn back_goes_to_the_page_before() {
    use questionnaire::prev;
    let s = settled("2026-03-02", &[]);
    let pages = questionnaire::pages(&s);
    assert_eq!(pages[0], Page::Start);
    assert_eq!(prev(&s, Page::Start, false), Page::Start);
    assert_eq!(prev(&s, pages[1], false), Page::Start);
    for i in 2..pages.len() {
        assert_eq!(prev(&s, pages[i], false), pages[i - 1], "{:?}", pages[i]);
    }
    assert_eq!(prev(&s, Page::PeriodEdit(4), false), Page::Periods);
    assert_eq!(prev(&s, pages[3], true), Page::Check);
    // A page no longer in the flow: the start page.
    assert_eq!(prev(&s, Page::TermReferral(99), false), Page::Start);
}

/// A date typed in part is not an empty date: it is an invalid one (the person is told
/// so, not asked for a date they began to type).
#[test]
fn a_date_typed_in_part_is_invalid_not_empty() {
    use questionnaire::form::{date_of, DateValue};
    for parts in [
        [("3", ""), ("", ""), ("", "")],
        [("", ""), ("4", ""), ("", "")],
        [("", ""), ("", ""), ("2026", "")],
        [("3", ""), ("4", ""), ("", "")],
    ] {
        let s = state(
            "2026-03-02",
            &[
                ("loss_date.d", parts[0].0),
                ("loss_date.m", parts[1].0),
                ("loss_date.y", parts[2].0),
            ],
        );
        assert!(
            matches!(date_of(&s.fields, Q::LossDate), DateValue::Invalid(_)),
            "{parts:?}"
        );
    }
    // Only digits: a sign is no part of a date.
    let signed = state(
        "2026-03-02",
        &[
            ("loss_date.d", "+3"),
            ("loss_date.m", "4"),
            ("loss_date.y", "2026"),
        ],
    );
    assert!(matches!(
        date_of(&signed.fields, Q::LossDate),
        DateValue::Invalid(_)
    ));
    let empty = state("2026-03-02", &[]);
    assert_eq!(date_of(&empty.fields, Q::LossDate), DateValue::Empty);
    let whole = state(
        "2026-03-02",
        &[
            ("loss_date.d", "3"),
            ("loss_date.m", "4"),
            ("loss_date.y", "2026"),
        ],
    );
    assert_eq!(
        date_of(&whole.fields, Q::LossDate),
        DateValue::Valid(day("2026-04-03"))
    );
}

/// A loaded answers file is what the app then answers with: for every scenario, the answers
/// read into the form and back (`fields_of`, then `build`) keep the file's registration day,
/// residence, status answers, periods, prison, military service, refused offer and the
/// payments that cover a time after the job (the rest the app may ask again: how a job
/// ended when the file does not say, a date its reason does not need).
#[test]
fn a_loaded_file_keeps_its_answers() {
    use crate::rules::questionnaire::answers::fields_of;
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios");
    let keys = [
        "registration_date",
        "residence",
        "status",
        "history",
        "prison",
        "military_service",
        "refused_offer_date",
        "covered_until",
    ];
    let mut checked = 0;
    let mut differ = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        let file: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let Ok(a) = crate::rules::answers::Answers::from_json(&file["answers"].to_string()) else {
            continue;
        };
        let today = a.registration_date.unwrap_or(day("2026-11-29"));
        let (fields, ids) = fields_of(&a, today);
        let mut form = questionnaire::form::Form::new(today);
        form.fields = fields;
        form.period_ids = ids;
        let back = build(&form, true);
        let json = |a: &crate::rules::answers::Answers| -> serde_json::Value {
            serde_json::from_str(&a.to_json()).unwrap()
        };
        let (mut x, y) = (json(&a), json(&back));
        // Whether a period was used for an earlier benefit the app asks once for all periods
        // (the day that benefit's status was lost, decision 84): a file's own per-period
        // answer is asked again when the app cannot tell it from that day.
        for (p, q) in x["history"]
            .as_array_mut()
            .into_iter()
            .flatten()
            .zip(y["history"].as_array().into_iter().flatten())
        {
            if q.get("used_for_earlier_benefit")
                .is_none_or(|v| v.is_null())
            {
                p.as_object_mut()
                    .unwrap()
                    .remove("used_for_earlier_benefit");
            }
        }
        checked += 1;
        for k in keys {
            if x[k] != y[k] {
                differ.push(format!(
                    "{} {k}: {} / {}",
                    path.file_name().unwrap().to_string_lossy(),
                    x[k],
                    y[k]
                ));
            }
        }
    }
    assert!(checked > 250, "{checked} scenarios");
    assert!(
        differ.is_empty(),
        "{} differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}

/// Unpaid leave: an empty box is none, "Nie wiem" is unknown (the engine then counts the
/// period's days as a range), a number is that many days.
#[test]
fn unpaid_leave_empty_known_or_unknown() {
    let reg = "2026-03-02";
    let d = day(reg);
    let job = |fields: &[(&str, &str)]| {
        let mut s = with_job(
            state(reg, &[]),
            1,
            d - chrono::Days::new(400),
            d - chrono::Days::new(3),
        );
        for (k, v) in fields {
            s.form.fields.insert(key(k), v.to_string());
        }
        s
    };
    let leave = |s: &AppState| build_history(s).0.history[0].unpaid_leave_days;
    assert_eq!(leave(&job(&[])), Some(0));
    assert_eq!(leave(&job(&[("p1.leave", "12")])), Some(12));
    assert_eq!(leave(&job(&[("p1.leave.unknown", "1")])), None);
    assert_eq!(
        leave(&job(&[("p1.leave", "12"), ("p1.leave.unknown", "1")])),
        None
    );
    // "Nie wiem" ticked: what was typed is not checked.
    let unsure = job(&[("p1.leave", "x"), ("p1.leave.unknown", "1")]);
    assert!(crate::app::state::validate::page(&unsure, Page::PeriodEdit(1)).is_empty());
    let typo = job(&[("p1.leave", "x")]);
    assert_eq!(
        crate::app::state::validate::page(&typo, Page::PeriodEdit(1))[0]
            .key
            .to_string(),
        "p1.leave"
    );
}

/// "Nie wiem" is read as unknown, never as "no": a loss of status, a prison stay, a military
/// service, a payment covering a time after the job; a "Nie wiem" box wins over text typed
/// before it was ticked (the PESEL, the income, the signature's serial).
#[test]
fn nie_wiem_is_unknown_not_no() {
    use crate::rules::answers::{EventDate, MilitaryService, Prison, StatusLoss};
    let reg = "2026-03-02";
    let a = build(
        &settled(
            reg,
            &[
                ("loss", "unknown"),
                ("prison", "unknown"),
                ("military", "unknown"),
                ("severance", "unknown"),
                ("refused", "unknown"),
            ],
        ),
        true,
    );
    assert_eq!(a.previous_status_loss, Some(StatusLoss::default()));
    assert_eq!(a.prison, Some(Prison::default()));
    assert_eq!(a.military_service, Some(MilitaryService::default()));
    assert_eq!(a.covered_until.severance, Some(EventDate::Unknown));
    assert_eq!(a.refused_offer_date, Some(EventDate::Unknown));
    // The file the app saves names its format.
    assert_eq!(a.format, Some(crate::rules::answers::FORMAT));
    let none = build(
        &settled(
            reg,
            &[
                ("loss", "no"),
                ("prison", "no"),
                ("military", "no"),
                ("severance", "no"),
                ("refused", "no"),
            ],
        ),
        true,
    );
    assert_eq!(none.previous_status_loss, None);
    assert_eq!(none.prison, None);
    assert_eq!(none.military_service, None);
    assert_eq!(none.covered_until.severance, None);
    assert_eq!(none.refused_offer_date, None);

    let typed_then_unsure = settled(
        reg,
        &[
            ("pesel", "85072200488"),
            ("pesel.unknown", "1"),
            ("income", "100"),
            ("income.unknown", "1"),
            ("qes", "yes"),
            ("qes_serial", "PNOPL-85072200488"),
            ("qes_serial.unknown", "1"),
        ],
    );
    let a = build(&typed_then_unsure, true);
    assert_eq!(a.person.pesel, None);
    assert_eq!(a.status.monthly_income_pln, None);
    assert_eq!(a.online.certificate_serial_number, None);
    assert!(!questionnaire::answers::pesel_given(&typed_then_unsure));
    let typed = settled(
        reg,
        &[
            ("pesel", "85072200488"),
            ("income", "100"),
            ("qes", "yes"),
            ("qes_serial", "PNOPL-85072200488"),
        ],
    );
    let a = build(&typed, true);
    assert_eq!(a.person.pesel.as_deref(), Some("85072200488"));
    assert!(a.status.monthly_income_pln.is_some());
    assert!(a.online.certificate_serial_number.is_some());
    assert!(questionnaire::answers::pesel_given(&typed));
    // A signature's serial only with a qualified signature.
    let no_qes = settled(reg, &[("qes", "no"), ("qes_serial", "PNOPL-85072200488")]);
    assert_eq!(build(&no_qes, true).online.certificate_serial_number, None);
    // The days drawn: a whole number of days up to 365, nothing else.
    use questionnaire::answers::days_of;
    assert_eq!(days_of(" 12 "), Some(12));
    assert_eq!(days_of("365"), Some(365));
    for bad in ["", "366", "1a", "-1", "1.5", "+12"] {
        assert_eq!(days_of(bad), None, "{bad:?}");
    }
}

/// The answers a link or QR code carries give, on the other device, the result they gave on
/// this one (every scenario as the app would send it): the PESEL stays behind, what the
/// rules read from it — the birth date and the sex — travels instead.
#[test]
fn a_link_gives_the_same_result() {
    use crate::rules::questionnaire::answers::{fields_of, from_link, link_payload};
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios");
    let mut checked = 0;
    let mut differ = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        let file: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let Ok(a) = crate::rules::answers::Answers::from_json(&file["answers"].to_string()) else {
            continue;
        };
        let today = a.registration_date.unwrap_or(day("2026-11-29"));
        let s = AppState::new(today, Lang::Pl).apply(Action::Loaded(Box::new(a)));
        let here = crate::rules::questionnaire::answers::for_result(&s);
        let (there, pesel) = from_link(&link_payload(&here)).unwrap();
        assert_eq!(pesel, here.person.pesel.is_some());
        // The receiving device reads them as a loaded file.
        let (fields, ids) = fields_of(&there, today);
        let mut form = questionnaire::form::Form::new(today);
        form.fields = fields;
        form.period_ids = ids;
        let there = crate::rules::questionnaire::answers::for_result(&form);
        let seen = |a: &crate::rules::answers::Answers| {
            let r = crate::rules::evaluate(a, today);
            (
                r.status.verdict,
                r.status.register_not_before,
                r.benefit.verdict,
                r.benefit.from,
                r.benefit.length_days,
                r.benefit.amount,
                r.office,
                r.obligations,
                r.documents,
            )
        };
        checked += 1;
        if seen(&here) != seen(&there) {
            differ.push(format!(
                "{}: {:?}\n  / {:?}",
                path.file_name().unwrap().to_string_lossy(),
                seen(&here),
                seen(&there)
            ));
        }
    }
    assert!(checked > 250, "{checked} scenarios");
    assert!(
        differ.is_empty(),
        "{} differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}

/// A job ended by one's own notice whose exception is "Nie wiem" or not answered: how it
/// ended is not known to the rules (an exception could change everything); with an
/// exception or "none" it is.
#[test]
fn an_own_notice_without_its_exception_is_not_known() {
    use crate::rules::answers::{TerminationException, TerminationMode};
    let reg = "2026-03-02";
    let d = day(reg);
    let mode_with = |exc: &str| {
        let mut s = with_job(
            state(reg, &[]),
            1,
            d - chrono::Days::new(400),
            d - chrono::Days::new(3),
        );
        s.form
            .fields
            .insert(key("p1.term.mode"), "employee_notice".into());
        s.form.fields.insert(key("p1.term.exc"), exc.into());
        let t = build(&s, true).terminations;
        assert_eq!(t.len(), 1, "{exc:?}");
        (t[0].mode, t[0].exception)
    };
    assert_eq!(mode_with("unknown"), (None, None));
    assert_eq!(mode_with(""), (None, None));
    assert_eq!(
        mode_with("change_of_residence"),
        (
            Some(TerminationMode::EmployeeNotice),
            Some(TerminationException::ChangeOfResidence)
        )
    );
    assert_eq!(
        mode_with("none"),
        (Some(TerminationMode::EmployeeNotice), None)
    );
    // The starosta's referral is asked after one's own notice only (art. 219 ust. 1 pkt 3).
    let mut s = with_job(
        state(reg, &[]),
        1,
        d - chrono::Days::new(400),
        d - chrono::Days::new(3),
    );
    s.form
        .fields
        .insert(key("p1.term.mode"), "employer_notice".into());
    s.form.fields.insert(key("p1.term.referral"), "yes".into());
    assert_eq!(build(&s, true).terminations[0].starosta_referral, None);
    s.form
        .fields
        .insert(key("p1.term.mode"), "employee_notice".into());
    s.form.fields.insert(key("p1.term.exc"), "none".into());
    assert_eq!(
        build(&s, true).terminations[0].starosta_referral,
        Some(true)
    );
}

/// A file's pensions: none given is "Nie", some given is "Tak" with their kinds, not known
/// is "Nie wiem".
#[test]
fn a_files_pensions_in_the_form() {
    use crate::rules::answers::{Answers, PensionOrBenefit};
    use crate::rules::questionnaire::answers::fields_of;
    let today = day("2026-03-02");
    let with = |p: Option<Vec<PensionOrBenefit>>| {
        let mut a = Answers::default();
        a.status.pensions_and_benefits = p;
        let (f, _) = fields_of(&a, today);
        let get = |k: &str| f.get(&key(k)).cloned().unwrap_or_default();
        (get("pensions"), get("pension_kinds"))
    };
    assert_eq!(with(Some(vec![])), ("no".into(), String::new()));
    assert_eq!(with(None), ("unknown".into(), String::new()));
    let (yes, kinds) = with(Some(vec![PensionOrBenefit::OldAgePension]));
    assert_eq!(yes, "yes");
    assert_eq!(kinds, "old_age_pension");
}

/// A file's periods in the form: the unpaid leave's "Nie wiem" only where a job has unpaid
/// leave; how a job ended only from a termination dated on the job's last day (one with no
/// date is asked again).
#[test]
fn a_files_periods_in_the_form() {
    use crate::rules::answers::{Answers, Period, PeriodKind, Termination, TerminationMode};
    use crate::rules::questionnaire::answers::fields_of;
    let today = day("2026-03-02");
    let period = |kind| Period {
        kind,
        from: Some(day("2025-01-01")),
        to: Some(day("2026-02-27")),
        min_wage_met: Some(true),
        unpaid_leave_days: None,
        repatriate: None,
        used_for_earlier_benefit: None,
    };
    let mut a = Answers {
        history: vec![
            period(PeriodKind::Employment),
            period(PeriodKind::CivilContract),
        ],
        ..Answers::default()
    };
    let (f, _) = fields_of(&a, today);
    assert_eq!(
        f.get(&key("p1.leave.unknown")).map(String::as_str),
        Some("1")
    );
    assert_eq!(f.get(&key("p2.leave.unknown")), None);
    // A termination without a date: no job's ending.
    a.terminations = vec![Termination {
        date: None,
        mode: Some(TerminationMode::EmployeeNotice),
        exception: None,
        starosta_referral: None,
    }];
    let (f, _) = fields_of(&a, today);
    assert_eq!(f.get(&key("p1.term.mode")), None);
    // Dated on the job's last day: its ending.
    a.terminations[0].date = Some(day("2026-02-27"));
    let (f, _) = fields_of(&a, today);
    assert_eq!(
        f.get(&key("p1.term.mode")).map(String::as_str),
        Some("employee_notice")
    );
}

/// The status page asks about pensions for a person whose status they can decide (a "yes"
/// with a kind of pension bars the status).
#[test]
fn the_status_page_asks_about_pensions() {
    for reg in ["2025-03-03", "2026-03-02"] {
        let s = state(reg, &[]);
        assert!(asks(&s, Q::Pensions), "{reg}");
    }
}
