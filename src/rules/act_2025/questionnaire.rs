//! The questionnaire of the Act of 20 March 2025 (rules.md §12): grouped pages, and only the
//! questions whose answer can still change the result.

use crate::l10n::{Msg, Msg1, Msg2};
use crate::rules::answers::{LossReason, PensionOrBenefit, Schooling, TerminationException};
use crate::rules::questionnaire::relevance::Builder;
use crate::rules::questionnaire::{
    answers, foreigner_bases, loss_reason_dated, termination_periods, Field, Flow, Form, Page,
    PeriodField, Questionnaire, FIRST_QUESTION, G, Q,
};
use crate::rules::result::StatusVerdict;

/// The 2025 Act's school exceptions (art. 2 pkt 1).
pub const SCHOOLING_2025: &[(&str, Msg)] = &[
    (Schooling::None.as_str(), Msg::SchoolNone),
    (Schooling::Day.as_str(), Msg::SchoolDay),
    (Schooling::AdultSchool.as_str(), Msg::SchoolAdult),
    (
        Schooling::VocationalIiOrPostSecondary.as_str(),
        Msg::SchoolVocational,
    ),
    (
        Schooling::EveningOrExtramuralHigher.as_str(),
        Msg::SchoolPartTime,
    ),
    (Schooling::ArtSchool.as_str(), Msg::SchoolArt),
];
/// The 2025 Act's pensions and benefits that are a stable source of income (art. 2 pkt 42
/// lit. a–c).
pub const PENSIONS_2025: &[(&str, Msg)] = &[
    (PensionOrBenefit::OldAgePension.as_str(), Msg::PenOldAge),
    (
        PensionOrBenefit::DisabilityPension.as_str(),
        Msg::PenDisability,
    ),
    (PensionOrBenefit::TrainingPension.as_str(), Msg::PenTraining),
    (PensionOrBenefit::SocialPension.as_str(), Msg::PenSocial),
    (
        PensionOrBenefit::FamilyPensionOverHalfMinimumWage.as_str(),
        Msg::PenFamily,
    ),
    (
        PensionOrBenefit::UniformedServicesBenefit.as_str(),
        Msg::PenUniformed,
    ),
    (PensionOrBenefit::ForeignPension.as_str(), Msg::PenForeign),
    (
        PensionOrBenefit::TeachersCompensationBenefit.as_str(),
        Msg::PenTeachers,
    ),
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
    (
        PensionOrBenefit::MaternityEquivalentBenefit.as_str(),
        Msg::PenMaternityEq,
    ),
];
/// The 2025 Act's losses of status (art. 63, art. 65 ust. 1), and those of the repealed Act
/// that still bar a registration (art. 433 ust. 6).
pub const LOSS_REASONS_2025: &[(&str, Msg)] = &[
    (LossReason::ThreeYears.as_str(), Msg::LossThreeYears),
    (LossReason::NoContact.as_str(), Msg::LossNoContact),
    (LossReason::FormOfHelp.as_str(), Msg::LossFormOfHelp),
    (LossReason::Ipd.as_str(), Msg::LossIpd),
    (
        LossReason::SociallyUsefulWork.as_str(),
        Msg::LossSociallyUseful,
    ),
    (LossReason::Abroad.as_str(), Msg::LossAbroad),
    (LossReason::SocialContract.as_str(), Msg::LossSocialContract),
    (LossReason::Incapacity180.as_str(), Msg::LossIncapacity),
    (LossReason::Loan.as_str(), Msg::LossLoan2025),
    (LossReason::OwnRequest.as_str(), Msg::LossOwnRequest),
    (LossReason::Conditions.as_str(), Msg::LossConditions),
    (LossReason::Refusal.as_str(), Msg::LossOldAct),
];
/// The 2025 Act: after one's own notice, a change of residence or art. 55 § 1 or § 1¹ of the
/// Labour Code (art. 219 ust. 1 pkt 1).
pub const TERM_EXCEPTIONS_OWN_NOTICE_2025: &[(&str, Msg)] = &[
    (
        TerminationException::ChangeOfResidence.as_str(),
        Msg::ExcResidence,
    ),
    (
        TerminationException::LabourCodeArt55.as_str(),
        Msg::ExcArt55,
    ),
    ("none", Msg::ExcNone),
];

/// The 2025 Act's questionnaire: grouped pages, only what can still change the result.
pub const ACT_2025: Questionnaire = Questionnaire {
    pages: pages_2025,
    schooling: SCHOOLING_2025,
    pensions: (Msg::QPensions2025, Msg::QPensions2025Hint),
    pension_kinds: PENSIONS_2025,
    income: (Msg::QIncome2025, Msg::QIncome2025Hint),
    loss_hint: Msg::QLoss2025Hint,
    loss_reasons: LOSS_REASONS_2025,
    loss_date_hint: Msg::QLossDate2025Hint,
    term_exceptions_own_notice: TERM_EXCEPTIONS_OWN_NOTICE_2025,
    term_mode_title: Msg2::QTermModeLast,
    asks_referral: true,
    name: Msg::RuleSetName2025,
    start_note: Some(Msg1::StartRuleSet),
};

/// The pages of the 2025 Act (rules.md §12): who the Act covers, the status of art. 2 pkt 1,
/// the losses of art. 63 and 65, then — when the status is possible — the periods, the last
/// job, the deferrals of art. 220 and what sets the benefit's length and amount. The yes/no
/// conditions of one kind share a page (`G`), and a question whose answer can no longer
/// change the result is left out (issue 13).
pub fn pages_2025(s: &Form) -> Flow {
    use Q::*;
    let mut b = Builder {
        s,
        status_open: crate::rules::evaluate(&answers::build(s, false), s.today)
            .status
            .verdict
            != StatusVerdict::NotEligible,
        known: Vec::new(),
        periods_known: false,
        pages: vec![Page::Start],
        groups: Vec::new(),
    };
    b.ask(FIRST_QUESTION);
    b.ask(Pesel);
    if answers::pesel_given(s) {
        b.known.extend([Q::BirthDate, Q::Sex].map(Field::Q));
    } else {
        b.ask(BirthDate);
        b.ask(Sex);
    }
    b.ask(Citizen);
    if s.get(Q::Citizen) == "no" {
        b.ask(ForeignerDoc);
        if foreigner_bases(s.get(Q::ForeignerDoc)).len() > 1 {
            b.ask(ForeignerBasis);
        }
        // Asked only where it can change the result (a group art. 2 pkt 1 leaves out, or an
        // age past the ceiling): the engine tells.
        if b.can_change(Ukrainian) {
            b.ask(Ukrainian);
        }
    }
    b.known
        .extend([Q::Ukrainian, Q::ForeignerDoc, Q::ForeignerBasis].map(Field::Q));
    b.group(G::About, vec![Disabled, Contra]);
    b.ask_status(Ready);
    b.ask_status(Schooling);
    if b.status_settled() {
        b.group(G::Status, Vec::new());
    } else {
        b.group(G::Status, G::Status.questions());
    }
    b.ask_status(Income);
    b.ask_status(Loss);
    if b.pages.last() == Some(&Page::Q(Loss)) && s.get(Q::Loss) == "yes" {
        b.ask(LossReason);
        if loss_reason_dated(s.get(Q::LossReason)) {
            b.ask(LossDate);
        }
        // The repealed Act's period depends on which refusal or absence it was (120, 180 or
        // 270 days, LOSS-OLD-ACT-PERIODS).
        if s.get(Q::LossReason) == crate::rules::answers::LossReason::Refusal.as_str() {
            b.ask(LossOccurrence);
        }
    }
    b.known
        .extend([Q::LossReason, Q::LossDate, Q::LossOccurrence].map(Field::Q));
    // The benefit questions matter only when the status is not already excluded
    // (`benefit_relevant`, here already known).
    if b.status_open {
        b.pages.push(Page::Periods);
        b.periods_known = true;
        if !s.period_ids.is_empty() && b.can_change(UsedBefore) {
            b.ask(UsedBefore);
        }
        b.known.push(Field::Q(Q::UsedBefore));
        // Art. 226: the earlier benefit, when the periods were a basis of one.
        if s.get(Q::UsedBefore) == "yes" {
            b.ask(PrevLostOn);
            b.ask(PrevLostWhy);
            if matches!(s.get(Q::PrevLostWhy), "work" | "service" | "unknown") {
                b.ask(PrevWorkEnded);
            }
            b.ask(PrevDrawn);
        }
        b.known.extend(
            [
                Q::PrevLostOn,
                Q::PrevLostWhy,
                Q::PrevWorkEnded,
                Q::PrevDrawn,
            ]
            .map(Field::Q),
        );
        for id in termination_periods(s) {
            b.pages.push(Page::TermMode(id));
            let mode = s.get(Field::Period(id, PeriodField::TermMode));
            if matches!(mode, "employee_notice" | "mutual_agreement") {
                b.pages.push(Page::TermException(id));
                b.pages.push(Page::TermReferral(id));
            }
        }
        // Before the periods are given, what can matter on these pages is not known yet:
        // they count with every item until then (the progress shown), and are judged once
        // the periods page has been answered, before they are reached.
        if s.get(Field::PeriodsDone) == "1" {
            b.group_relevant(G::Events);
            b.group_relevant(G::Length);
        } else {
            for g in [G::Events, G::Length] {
                b.group(g, g.questions());
            }
        }
    }
    b.group(G::Online, vec![Pz, Qes, Active]);
    b.pages.extend([Page::Check, Page::Result]);
    Flow {
        pages: b.pages,
        groups: b.groups,
    }
}
