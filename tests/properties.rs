//! Property tests on generated answers: the engine never panics, qualifying days stay within
//! the window, more qualifying time never hurts, and a deferral never moves the first day of
//! benefit earlier.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use pup_check::rules::answers::*;
use pup_check::rules::evaluate;
use pup_check::rules::result::{BenefitVerdict, EvalResult};

fn date_in(from: &'static str, span_days: u64) -> impl Strategy<Value = NaiveDate> {
    let base: NaiveDate = from.parse().unwrap();
    (0..span_days).prop_map(move |n| base.checked_add_days(Days::new(n)).unwrap())
}

fn any_date() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        1 => Just(None),
        8 => date_in("2019-06-01", 3000).prop_map(Some),
        1 => date_in("1900-01-01", 50_000).prop_map(Some),
    ]
}

fn kind() -> impl Strategy<Value = PeriodKind> {
    (0..PeriodKind::ALL.len()).prop_map(|i| PeriodKind::ALL[i])
}

fn period() -> impl Strategy<Value = Period> {
    (
        kind(),
        any_date(),
        any_date(),
        any::<Option<bool>>(),
        proptest::option::of(0u32..400),
        any::<Option<bool>>(),
    )
        .prop_map(
            |(kind, from, to, min_wage_met, unpaid_leave_days, repatriate)| Period {
                kind,
                from,
                to,
                min_wage_met,
                unpaid_leave_days,
                repatriate,
            },
        )
}

fn event_date() -> impl Strategy<Value = Option<EventDate>> {
    prop_oneof![
        3 => Just(None),
        1 => Just(Some(EventDate::Unknown)),
        3 => date_in("2024-01-01", 1200).prop_map(|d| Some(EventDate::Known(d))),
    ]
}

fn termination() -> impl Strategy<Value = Termination> {
    let mode = prop_oneof![
        Just(None),
        Just(Some(TerminationMode::EmployeeNotice)),
        Just(Some(TerminationMode::MutualAgreement)),
        Just(Some(TerminationMode::EmployerNotice)),
        Just(Some(TerminationMode::Disciplinary)),
        Just(Some(TerminationMode::FixedTermEnd)),
        Just(Some(TerminationMode::Other)),
    ];
    let exception = prop_oneof![
        Just(None),
        Just(Some(TerminationException::Bankruptcy)),
        Just(Some(TerminationException::Liquidation)),
        Just(Some(TerminationException::Redundancy)),
        Just(Some(TerminationException::ChangeOfResidence)),
    ];
    (any_date(), mode, exception).prop_map(|(date, mode, exception)| Termination {
        date,
        mode,
        exception,
    })
}

fn pesel() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        "[0-9]{11}".prop_map(Some),
        "[0-9a-z]{0,12}".prop_map(Some),
        Just(Some("44051401359".to_string()))
    ]
}

prop_compose! {
    fn answers()(
        registration_date in any_date(),
        pesel in pesel(),
        birth_date in any_date(),
        sex in proptest::option::of(prop_oneof![Just(Sex::Female), Just(Sex::Male)]),
        flags in proptest::collection::vec(any::<Option<bool>>(), 16),
        income in proptest::option::of("[0-9]{0,6}([.,][0-9]{0,3})?|[a-z -]{0,4}"),
        history in proptest::collection::vec(period(), 0..8),
        terminations in proptest::collection::vec(termination(), 0..3),
        refused in event_date(),
        severance in event_date(),
        prison in proptest::option::of((any_date(), any_date())),
        military in proptest::option::of((any_date(), any_date())),
        loss in proptest::option::of((proptest::option::of(0usize..5), any_date())),
        serial in proptest::option::of("PNO[A-Z]{2}-?[0-9]{0,4}|.{0,6}"),
    ) -> Answers {
        let reasons = [LossReason::Refusal, LossReason::NoShow, LossReason::Medical, LossReason::OwnRequest, LossReason::Loan];
        Answers {
            format: Some(1),
            registration_date,
            person: Person { pesel, nip: None, birth_date, sex, disabled: flags[0], has_contraindication_document: flags[1] },
            residence: Some(Residence::Permanent),
            status: StatusAnswers {
                employed_or_paid_work: flags[2],
                able_and_ready: flags[3],
                schooling: Some(Schooling::None),
                pensions_and_benefits: flags[4].map(|b| if b { vec![PensionOrBenefit::SicknessBenefit] } else { vec![] }),
                farm_over_2ha: flags[5],
                special_agri_income_over_limit: flags[6],
                business_registered: flags[7],
                other_compulsory_insurance: flags[8],
                detained: flags[9],
                monthly_income_pln: income,
                permanent_social_allowance: flags[10],
                care_benefit: flags[11],
                training_benefit: flags[12],
            },
            previous_status_loss: loss.map(|(r, date)| StatusLoss { reason: r.map(|i| reasons[i]), date }),
            history,
            terminations,
            prison: prison.map(|(imprisonment_start, release_date)| Prison { imprisonment_start, release_date }),
            military_service: military.map(|(from, to)| MilitaryService { from, to }),
            refused_offer_date: refused,
            covered_until: CoveredUntil { severance, notice_compensation: None, training_benefit: None },
            online: Online {
                profil_zaufany: flags[13],
                qualified_signature: flags[14],
                certificate_serial_number: serial,
                active_account_exists: flags[15],
            },
        }
    }
}

fn today() -> NaiveDate {
    "2026-03-02".parse().unwrap()
}

/// A period that surely qualifies, inside the window of D = 2026-03-02, without leave.
fn qualifying_period() -> impl Strategy<Value = Period> {
    (date_in("2024-06-01", 640), 0u64..400).prop_map(|(from, len)| Period {
        kind: PeriodKind::CivilContract,
        from: Some(from),
        to: Some(from.checked_add_days(Days::new(len)).unwrap()),
        min_wage_met: Some(true),
        unpaid_leave_days: None,
        repatriate: None,
    })
}

fn rank(v: BenefitVerdict) -> u8 {
    match v {
        BenefitVerdict::NotApplicable => 0,
        BenefitVerdict::NotEntitled => 1,
        BenefitVerdict::Unknown => 2,
        BenefitVerdict::Entitled => 3,
    }
}

fn check_invariants(a: &Answers, r: &EvalResult) -> Result<(), TestCaseError> {
    let window_days = (r.benefit.window.to - r.benefit.window.from).num_days() + 1;
    prop_assert!(i64::from(r.benefit.qualifying_days) <= window_days.max(0));
    if r.benefit.verdict == BenefitVerdict::Entitled {
        let from = r.benefit.from.expect("entitled has a first day");
        prop_assert!(from > r.registration_date);
        for d in &r.benefit.deferrals {
            prop_assert!(from >= d.from);
        }
    } else {
        prop_assert!(r.benefit.from.is_none());
    }
    // The result always serializes and the answers round-trip.
    let json = r.to_json();
    prop_assert!(json.contains("\"format\": 1"));
    prop_assert_eq!(&Answers::from_json(&a.to_json()).unwrap(), &{
        let mut b = a.clone();
        b.format = Some(1);
        b
    });
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_keeps_invariants(a in answers()) {
        let r = evaluate(&a, today());
        check_invariants(&a, &r)?;
    }

    #[test]
    fn adding_a_qualifying_period_never_hurts(mut a in answers(), extra in qualifying_period()) {
        a.registration_date = Some(today());
        // Leave is the one thing that can lower the count when periods are added; keep it out.
        for p in &mut a.history {
            p.unpaid_leave_days = Some(0);
        }
        let before = evaluate(&a, today());
        a.history.push(extra);
        let after = evaluate(&a, today());
        // `benefit.qualifying_days` follows the basis used (BEN-MILITARY may describe more days
        // than BEN-365-18), so the property is checked on BEN-365-18's own count.
        let q = |r: &EvalResult| r.trace_of("BEN-365-18").and_then(|t| t.values.get("qualifying_days").and_then(|v| v.as_u64())).unwrap();
        prop_assert!(q(&after) >= q(&before));
        prop_assert!(rank(after.benefit.verdict) >= rank(before.benefit.verdict),
            "verdict went from {:?} to {:?}", before.benefit.verdict, after.benefit.verdict);
    }

    #[test]
    fn a_deferral_never_moves_the_first_day_earlier(mut a in answers(), x in date_in("2024-01-01", 1200), which in 0usize..4) {
        a.registration_date = Some(today());
        let before = evaluate(&a, today());
        match which {
            0 => a.refused_offer_date = Some(EventDate::Known(x)),
            1 => a.covered_until.severance = Some(EventDate::Known(x)),
            2 => a.covered_until.notice_compensation = Some(EventDate::Known(x)),
            _ => a.terminations.push(Termination { date: Some(x), mode: Some(TerminationMode::Disciplinary), exception: None }),
        }
        let after = evaluate(&a, today());
        if let (Some(b), Some(c)) = (before.benefit.from, after.benefit.from) {
            prop_assert!(c >= b, "first day moved from {} to {}", b, c);
        }
        prop_assert_eq!(before.benefit.verdict == BenefitVerdict::Entitled, after.benefit.verdict == BenefitVerdict::Entitled);
    }

    #[test]
    fn arbitrary_json_never_panics(s in ".{0,200}") {
        let _ = pup_check::rules::evaluate_json(&s, today());
    }
}
