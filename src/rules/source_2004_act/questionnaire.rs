//! The seed's questionnaire (registration days before 2025-06-01): one question per page,
//! in the order of the seed's sections.

use crate::l10n::{Msg, Msg2};
use crate::rules::answers::{LossReason, PensionOrBenefit, Schooling, TerminationException};
use crate::rules::questionnaire::{
    answers, benefit_relevant, termination_periods, Field, Flow, Form, Page, PeriodField,
    Questionnaire, FIRST_QUESTION, Q,
};

pub const SCHOOLING: &[(&str, Msg)] = &[
    (Schooling::None.as_str(), Msg::SchoolNone),
    (Schooling::Day.as_str(), Msg::SchoolDay),
    (Schooling::AdultSchool.as_str(), Msg::SchoolAdult),
    (
        Schooling::EveningOrExtramuralHigher.as_str(),
        Msg::SchoolEvening,
    ),
];
pub const PENSIONS: &[(&str, Msg)] = &[
    (PensionOrBenefit::OldAgePension.as_str(), Msg::PenOldAge),
    (
        PensionOrBenefit::DisabilityPension.as_str(),
        Msg::PenDisability,
    ),
    (PensionOrBenefit::TrainingPension.as_str(), Msg::PenTraining),
    (PensionOrBenefit::SocialPension.as_str(), Msg::PenSocial),
    (
        PensionOrBenefit::PreRetirementAllowance.as_str(),
        Msg::PenPreRetAllowance,
    ),
    (
        PensionOrBenefit::PreRetirementBenefit.as_str(),
        Msg::PenPreRetBenefit,
    ),
    (
        PensionOrBenefit::RehabilitationBenefit.as_str(),
        Msg::PenRehab,
    ),
    (PensionOrBenefit::SicknessBenefit.as_str(), Msg::PenSickness),
    (
        PensionOrBenefit::MaternityBenefit.as_str(),
        Msg::PenMaternity,
    ),
];
pub const LOSS_REASONS: &[(&str, Msg)] = &[
    (LossReason::Refusal.as_str(), Msg::LossRefusal),
    (LossReason::NoShow.as_str(), Msg::LossNoShow),
    (LossReason::Medical.as_str(), Msg::LossMedical),
    (LossReason::OwnRequest.as_str(), Msg::LossOwnRequest),
    (LossReason::Loan.as_str(), Msg::LossLoan),
];
/// After one's own notice only the change of residence can be the reason (decision 20).
pub const TERM_EXCEPTIONS_OWN_NOTICE: &[(&str, Msg)] = &[
    (
        TerminationException::ChangeOfResidence.as_str(),
        Msg::ExcResidence,
    ),
    ("none", Msg::ExcNone),
];
/// The seed's questionnaire (registration days before 2025-06-01): one question per page.
pub const SEED: Questionnaire = Questionnaire {
    pages: |s| Flow {
        pages: pages_2004(s),
        groups: Vec::new(),
    },
    schooling: SCHOOLING,
    pensions: (Msg::QPensions, Msg::QPensionsHint),
    pension_kinds: PENSIONS,
    income: (Msg::QIncome, Msg::QIncomeHint),
    loss_hint: Msg::QLossHint,
    loss_reasons: LOSS_REASONS,
    loss_date_hint: Msg::QLossDateHint,
    term_exceptions_own_notice: TERM_EXCEPTIONS_OWN_NOTICE,
    term_mode_title: Msg2::QTermMode,
    asks_referral: false,
    name: Msg::RuleSetName,
    start_note: None,
};

/// The pages of the seed's rule set (registration days before the 2025 Act): one question
/// per page.
pub fn pages_2004(s: &Form) -> Vec<Page> {
    use Q::*;
    let yes = |q: Q| s.get(q) == "yes";
    let mut v = vec![Page::Start, Page::Q(FIRST_QUESTION), Page::Q(Pesel)];
    if !answers::pesel_given(s) {
        v.extend([Page::Q(BirthDate), Page::Q(Sex)]);
    }
    for q in [
        Disabled, Contra, Residence, Employed, Ready, Schooling, Pensions,
    ] {
        v.push(Page::Q(q));
    }
    if yes(Q::Pensions) {
        v.push(Page::Q(PensionKinds));
    }
    for q in [
        Farm,
        SpecialAgri,
        Business,
        Insurance,
        Detained,
        Income,
        PermAllowance,
        CareBenefit,
        TrainingBenefit,
        Loss,
    ] {
        v.push(Page::Q(q));
    }
    if yes(Q::Loss) {
        v.push(Page::Q(LossReason));
        if matches!(
            s.get(Q::LossReason),
            "refusal" | "no_show" | "medical" | "unknown"
        ) {
            v.push(Page::Q(LossDate));
        }
    }
    if benefit_relevant(s) {
        v.push(Page::Periods);
        for id in termination_periods(s) {
            v.push(Page::TermMode(id));
            if matches!(
                s.get(Field::Period(id, PeriodField::TermMode)),
                "employee_notice" | "mutual_agreement"
            ) {
                v.push(Page::TermException(id));
            }
        }
        let events = [
            (Prison, &[PrisonStart, PrisonRelease][..]),
            (Military, &[MilitaryFrom, MilitaryTo][..]),
            (Refused, &[RefusedDate][..]),
            (Severance, &[SeveranceDate][..]),
            (NoticeComp, &[NoticeCompDate][..]),
            (TrainingCovered, &[TrainingCoveredDate][..]),
        ];
        for (q, follow) in events {
            v.push(Page::Q(q));
            if s.get(q.def(s).field) == "yes" {
                v.extend(follow.iter().map(|f| Page::Q(*f)));
            }
        }
    }
    online_pages(s, &mut v);
    v
}

/// The account questions and the end of the questionnaire (the seed's rule set).
pub fn online_pages(s: &Form, v: &mut Vec<Page>) {
    v.extend([Page::Q(Q::Pz), Page::Q(Q::Qes)]);
    if s.get(Q::Qes) == "yes" {
        v.push(Page::Q(Q::QesSerial));
    }
    v.extend([Page::Q(Q::Active), Page::Check, Page::Result]);
}
