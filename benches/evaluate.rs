//! `cargo bench --bench evaluate`: the engine on a typical answers file under each rule set
//! (the 2025 Act on 2026-03-02, the seed's rules on 2022-03-02) and on one with 1,000 and
//! 10,000 history periods (the period union must stay O(n log n)); and the app's list of pages
//! for the typical person (`flow::pages`, which asks the engine what can still change the
//! result, decision 73) after a change on an early page and on the last one.

use chrono::{Days, NaiveDate};
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use pup_check::rules::answers::{Answers, Period, PeriodKind};
use pup_check::rules::evaluate;

const TYPICAL: &str = r#"{
  "format": 1,
  "registration_date": "2026-03-02",
  "person": { "pesel": "44051401359", "birth_date": "1944-05-14", "sex": "male", "disabled": false,
              "has_contraindication_document": false, "polish_citizen": true, "large_family_card": false,
              "single_parent": false, "child_and_spouse_benefit_exhausted": false },
  "residence": "permanent_and_temporary_other_locality",
  "status": { "employed_or_paid_work": false, "able_and_ready": true, "schooling": "none",
    "pensions_and_benefits": [], "farm_over_2ha": false, "special_agri_income_over_limit": false,
    "business_registered": false, "other_compulsory_insurance": false, "detained": false,
    "monthly_income_pln": "1200.00", "permanent_social_allowance": false, "care_benefit": false,
    "training_benefit": false, "company_role": false, "foreign_insurance": false, "business_abroad": false },
  "history": [
    { "kind": "employment", "from": "2024-01-01", "to": "2025-06-30", "min_wage_met": true, "unpaid_leave_days": 0,
      "used_for_earlier_benefit": false },
    { "kind": "civil_contract", "from": "2025-07-01", "to": "2025-12-31", "min_wage_met": true,
      "used_for_earlier_benefit": false }
  ],
  "terminations": [ { "date": "2025-06-30", "mode": "mutual_agreement", "exception": null, "starosta_referral": false } ],
  "qualifying_years_20": false,
  "covered_until": { "severance": null, "notice_compensation": null, "training_benefit": null },
  "online": { "profil_zaufany": false, "qualified_signature": true,
              "certificate_serial_number": "PNOPL-44051401359", "active_account_exists": false }
}"#;

fn many_periods(n: u64) -> Answers {
    let mut a = Answers::from_json(TYPICAL).unwrap();
    let start: NaiveDate = "2024-01-01".parse().unwrap();
    a.history = (0..n)
        .map(|i| {
            // Overlapping, unsorted periods spread over the window and beyond.
            let from = start.checked_add_days(Days::new((i * 7919) % 800)).unwrap();
            Period {
                kind: PeriodKind::ALL[(i % 13) as usize],
                from: Some(from),
                to: from.checked_add_days(Days::new(i % 40)),
                min_wage_met: Some(i % 5 != 0),
                unpaid_leave_days: Some(0),
                repatriate: Some(true),
                used_for_earlier_benefit: Some(false),
            }
        })
        .collect();
    a
}

fn bench(c: &mut Criterion) {
    let today: NaiveDate = "2026-03-02".parse().unwrap();
    let typical = Answers::from_json(TYPICAL).unwrap();
    c.bench_function("evaluate typical (2025 Act)", |b| {
        b.iter(|| evaluate(black_box(&typical), today))
    });
    // The same person two registration days earlier: the seed's rule set.
    let seed_json = TYPICAL
        .replace("2024-", "2020-")
        .replace("2025-", "2021-")
        .replace("2026-", "2022-");
    let seed = Answers::from_json(&seed_json).unwrap();
    assert_eq!(evaluate(&seed, today).rule_set, "source-2004-act");
    assert_eq!(evaluate(&typical, today).rule_set, "act-2025");
    c.bench_function("evaluate typical (seed's rules, 2022)", |b| {
        b.iter(|| evaluate(black_box(&seed), today))
    });
    c.bench_function("parse+evaluate typical (JSON in)", |b| {
        b.iter(|| pup_check::rules::evaluate_json(black_box(TYPICAL), today).unwrap())
    });
    let big = many_periods(1000);
    c.bench_function("evaluate 1000 periods", |b| {
        b.iter(|| evaluate(black_box(&big), today))
    });
    // The app's pages for the typical person, as after a click: every answer changed on an
    // early page (income: nothing judged before is reused) or on the last page (the account:
    // the relevance of every page before it is reused).
    use pup_check::app::{
        i18n::Lang,
        state::{Action, AppState},
    };
    use pup_check::rules::questionnaire::{self, Q};
    // A person of working age (the typical file's is past it: then little is asked).
    let s = AppState::new(today, Lang::Pl)
        .apply(Action::Loaded(Box::new(typical.clone())))
        .apply(Action::Set(Q::Pesel.into(), "85072200488".into()));
    assert!(
        questionnaire::pages(&s).len() > 10,
        "{:?}",
        questionnaire::pages(&s)
    );
    let mut n = 0u64;
    c.bench_function("flow::pages after a change on an early page", |b| {
        b.iter(|| {
            n += 1;
            let mut s = s.clone();
            s.fields.insert(Q::Income.into(), n.to_string());
            questionnaire::pages(black_box(&s))
        })
    });
    c.bench_function("flow::pages after a change on the last page", |b| {
        b.iter(|| {
            n += 1;
            let mut s = s.clone();
            s.fields.insert(Q::QesSerial.into(), n.to_string());
            questionnaire::pages(black_box(&s))
        })
    });
    let bigger = many_periods(10_000);
    c.bench_function("evaluate 10000 periods", |b| {
        b.iter(|| evaluate(black_box(&bigger), today))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(2)).warm_up_time(std::time::Duration::from_millis(500));
    targets = bench
}
criterion_main!(benches);
