//! The pages, the questions, and which of them are asked: a page is left out when the
//! earlier answers make it irrelevant (`pages`).

use chrono::NaiveDate;

use super::answers::{self, date_of, DateValue};
use super::i18n::Msg;
use super::state::AppState;
use crate::rules::answers::{
    LossReason, PensionOrBenefit, PeriodKind, Residence, Schooling, Sex, TerminationException,
    TerminationMode,
};
use crate::rules::dates::months_before;
use crate::rules::params::rule_set;
use crate::rules::result::StatusVerdict;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Start,
    Q(Q),
    Periods,
    PeriodEdit(u32),
    TermMode(u32),
    TermException(u32),
    Check,
    Result,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Q {
    RegDate,
    Pesel,
    BirthDate,
    Sex,
    Disabled,
    Contra,
    Residence,
    Employed,
    Ready,
    Schooling,
    Pensions,
    PensionKinds,
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
    LossReason,
    LossDate,
    Prison,
    PrisonStart,
    PrisonRelease,
    Military,
    MilitaryFrom,
    MilitaryTo,
    Refused,
    RefusedDate,
    Severance,
    SeveranceDate,
    NoticeComp,
    NoticeCompDate,
    TrainingCovered,
    TrainingCoveredDate,
    Pz,
    Qes,
    QesSerial,
    Active,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// Tak / Nie / Nie wiem: "yes", "no", "unknown".
    YesNo,
    /// One of the options, plus "Nie wiem" ("unknown") when `QDef::unknown`.
    Choice(&'static [(&'static str, Msg)]),
    /// Day, month, year, plus a "Nie wiem, kiedy" box when `QDef::unknown`.
    Date,
    Pesel,
    Amount,
    Text,
    /// Several of the options (comma-separated).
    Multi(&'static [(&'static str, Msg)]),
}

#[derive(Clone, Copy, Debug)]
pub struct QDef {
    pub field: &'static str,
    pub title: Msg,
    pub hint: Option<Msg>,
    pub kind: Kind,
    pub section: Msg,
    pub unknown: bool,
}

/// The answer options of the questions about the file's enums: their names come from the
/// enums themselves (`wire_enum!`), so the two cannot drift apart.
pub const SEX: &[(&str, Msg)] = &[
    (Sex::Female.as_str(), Msg::Female),
    (Sex::Male.as_str(), Msg::Male),
];
pub const RESIDENCE: &[(&str, Msg)] = &[
    (Residence::Permanent.as_str(), Msg::ResPermanent),
    (Residence::Temporary.as_str(), Msg::ResTemporary),
    (
        Residence::PermanentAndTemporarySameLocality.as_str(),
        Msg::ResSame,
    ),
    (
        Residence::PermanentAndTemporaryOtherLocality.as_str(),
        Msg::ResOther,
    ),
    (Residence::None.as_str(), Msg::ResNone),
];
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
pub const TERM_MODES: &[(&str, Msg)] = &[
    (
        TerminationMode::EmployeeNotice.as_str(),
        Msg::TermEmployeeNotice,
    ),
    (TerminationMode::MutualAgreement.as_str(), Msg::TermMutual),
    (
        TerminationMode::EmployerNotice.as_str(),
        Msg::TermEmployerNotice,
    ),
    (
        TerminationMode::Disciplinary.as_str(),
        Msg::TermDisciplinary,
    ),
    (TerminationMode::FixedTermEnd.as_str(), Msg::TermFixedEnd),
    (TerminationMode::Other.as_str(), Msg::TermOther),
];
pub const TERM_EXCEPTIONS: &[(&str, Msg)] = &[
    (
        TerminationException::Bankruptcy.as_str(),
        Msg::ExcBankruptcy,
    ),
    (
        TerminationException::Liquidation.as_str(),
        Msg::ExcLiquidation,
    ),
    (
        TerminationException::Redundancy.as_str(),
        Msg::ExcRedundancy,
    ),
    (
        TerminationException::ChangeOfResidence.as_str(),
        Msg::ExcResidence,
    ),
    ("none", Msg::ExcNone),
];
/// After one's own notice only the change of residence can be the reason (decision 20).
const TERM_EXCEPTIONS_OWN_NOTICE: &[(&str, Msg)] = &[
    (
        TerminationException::ChangeOfResidence.as_str(),
        Msg::ExcResidence,
    ),
    ("none", Msg::ExcNone),
];

/// Whether the termination's exception holds an answer that is still offered (the mode may
/// have changed to one's own notice since).
pub fn term_exception_answered(s: &AppState, id: u32) -> bool {
    let v = s.get(&format!("p{id}.term.exc"));
    v == "unknown" || term_exceptions(s, id).iter().any(|(x, _)| *x == v)
}

/// The exceptions offered for a termination, given how it ended.
pub fn term_exceptions(s: &AppState, id: u32) -> &'static [(&'static str, Msg)] {
    if s.get(&format!("p{id}.term.mode")) == TerminationMode::EmployeeNotice.as_str() {
        TERM_EXCEPTIONS_OWN_NOTICE
    } else {
        TERM_EXCEPTIONS
    }
}

pub fn kind_msg(k: PeriodKind) -> Msg {
    match k {
        PeriodKind::Employment => Msg::KindEmployment,
        PeriodKind::Outwork => Msg::KindOutwork,
        PeriodKind::CivilContract => Msg::KindCivil,
        PeriodKind::Business => Msg::KindBusiness,
        PeriodKind::PrisonWork => Msg::KindPrisonWork,
        PeriodKind::AgriCooperative => Msg::KindAgri,
        PeriodKind::AbroadLabourFund => Msg::KindAbroad,
        PeriodKind::RepatriateAbroad => Msg::KindRepatriate,
        PeriodKind::OtherPaidWork => Msg::KindOther,
        PeriodKind::Military => Msg::KindMilitary,
        PeriodKind::ParentalLeave => Msg::KindParental,
        PeriodKind::PensionOrSickness => Msg::KindPension,
        PeriodKind::Compensation => Msg::KindCompensation,
    }
}

/// Whether a period kind counts only with pay of at least the minimum wage: `Some(false)`
/// the full minimum wage, `Some(true)` half of it, `None` no wage condition.
pub fn min_wage_condition(k: PeriodKind) -> Option<bool> {
    match k {
        PeriodKind::PrisonWork => Some(true),
        PeriodKind::Employment
        | PeriodKind::Outwork
        | PeriodKind::CivilContract
        | PeriodKind::Business
        | PeriodKind::AgriCooperative
        | PeriodKind::PensionOrSickness => Some(false),
        _ => None,
    }
}

pub fn kind_of(s: &str) -> Option<PeriodKind> {
    PeriodKind::ALL.iter().copied().find(|k| k.as_str() == s)
}

impl Q {
    pub fn def(self, s: &AppState) -> QDef {
        use Kind::*;
        use Msg::*;
        let d = |field, title, hint, kind, section, unknown| QDef {
            field,
            title,
            hint,
            kind,
            section,
            unknown,
        };
        match self {
            Q::RegDate => d(
                "reg_date",
                QRegDate,
                Some(QRegDateHint),
                Date,
                SecAbout,
                false,
            ),
            Q::Pesel => d("pesel", QPesel, Some(QPeselHint), Pesel, SecAbout, true),
            Q::BirthDate => d(
                "birth_date",
                QBirthDate,
                Some(QBirthDateHint),
                Date,
                SecAbout,
                true,
            ),
            Q::Sex => d("sex", QSex, Some(QSexHint), Choice(SEX), SecAbout, true),
            Q::Disabled => d(
                "disabled",
                QDisabled,
                Some(QDisabledHint),
                YesNo,
                SecAbout,
                true,
            ),
            Q::Contra => d("contra", QContra, None, YesNo, SecAbout, true),
            Q::Residence => d(
                "residence",
                QResidence,
                Some(QResidenceHint),
                Choice(RESIDENCE),
                SecResidence,
                true,
            ),
            Q::Employed => d("employed", QEmployed, None, YesNo, SecStatus, true),
            Q::Ready => {
                let (title, hint) = if s.get("disabled") == "yes" {
                    (QReadyHalf, QReadyHalfHint)
                } else {
                    (QReady, QReadyHint)
                };
                d("ready", title, Some(hint), YesNo, SecStatus, true)
            }
            Q::Schooling => d(
                "schooling",
                QSchooling,
                None,
                Choice(SCHOOLING),
                SecStatus,
                true,
            ),
            Q::Pensions => d(
                "pensions",
                QPensions,
                Some(QPensionsHint),
                YesNo,
                SecStatus,
                true,
            ),
            Q::PensionKinds => d(
                "pension_kinds",
                QPensionKinds,
                Some(QPensionKindsHint),
                Multi(PENSIONS),
                SecStatus,
                false,
            ),
            Q::Farm => d("farm", QFarm, None, YesNo, SecStatus, true),
            Q::SpecialAgri => d("special_agri", QSpecialAgri, None, YesNo, SecStatus, true),
            Q::Business => d(
                "business",
                QBusiness,
                Some(QBusinessHint),
                YesNo,
                SecStatus,
                true,
            ),
            Q::Insurance => d("insurance", QInsurance, None, YesNo, SecStatus, true),
            Q::Detained => d("detained", QDetained, None, YesNo, SecStatus, true),
            Q::Income => d(
                "income",
                QIncome,
                Some(QIncomeHint),
                Amount,
                SecStatus,
                true,
            ),
            Q::PermAllowance => d(
                "perm_allowance",
                QPermAllowance,
                None,
                YesNo,
                SecStatus,
                true,
            ),
            Q::CareBenefit => d("care_benefit", QCareBenefit, None, YesNo, SecStatus, true),
            Q::TrainingBenefit => d(
                "training_benefit",
                QTrainingBenefit,
                None,
                YesNo,
                SecStatus,
                true,
            ),
            Q::Loss => d("loss", QLoss, Some(QLossHint), YesNo, SecSpecial, true),
            Q::LossReason => d(
                "loss_reason",
                QLossReason,
                None,
                Choice(LOSS_REASONS),
                SecSpecial,
                true,
            ),
            Q::LossDate => d(
                "loss_date",
                QLossDate,
                Some(QLossDateHint),
                Date,
                SecSpecial,
                true,
            ),
            Q::Prison => d(
                "prison",
                QPrison,
                Some(QPrisonHint),
                YesNo,
                SecSpecial,
                true,
            ),
            Q::PrisonStart => d("prison_start", QPrisonStart, None, Date, SecSpecial, true),
            Q::PrisonRelease => d(
                "prison_release",
                QPrisonRelease,
                None,
                Date,
                SecSpecial,
                true,
            ),
            Q::Military => d("military", QMilitary, None, YesNo, SecSpecial, true),
            Q::MilitaryFrom => d("military_from", QMilitaryFrom, None, Date, SecSpecial, true),
            Q::MilitaryTo => d("military_to", QMilitaryTo, None, Date, SecSpecial, true),
            Q::Refused => d(
                "refused",
                QRefused,
                Some(QRefusedHint),
                YesNo,
                SecSpecial,
                true,
            ),
            Q::RefusedDate => d("refused_date", QRefusedDate, None, Date, SecSpecial, true),
            Q::Severance => d("severance", QSeverance, None, YesNo, SecSpecial, true),
            Q::SeveranceDate => d(
                "severance_date",
                QSeveranceDate,
                None,
                Date,
                SecSpecial,
                true,
            ),
            Q::NoticeComp => d("notice_comp", QNoticeComp, None, YesNo, SecSpecial, true),
            Q::NoticeCompDate => d(
                "notice_comp_date",
                QNoticeCompDate,
                None,
                Date,
                SecSpecial,
                true,
            ),
            Q::TrainingCovered => d(
                "training_covered",
                QTrainingCovered,
                None,
                YesNo,
                SecSpecial,
                true,
            ),
            Q::TrainingCoveredDate => d(
                "training_covered_date",
                QTrainingCoveredDate,
                None,
                Date,
                SecSpecial,
                true,
            ),
            Q::Pz => d("pz", QPz, Some(QPzHint), YesNo, SecOnline, true),
            Q::Qes => d("qes", QQes, None, YesNo, SecOnline, true),
            Q::QesSerial => d(
                "qes_serial",
                QQesSerial,
                Some(QQesSerialHint),
                Text,
                SecOnline,
                true,
            ),
            Q::Active => d("active", QActive, None, YesNo, SecOnline, true),
        }
    }
}

/// The registration day D of the answers (today when not valid yet).
pub fn reg_date(s: &AppState) -> NaiveDate {
    match date_of(&s.fields, "reg_date") {
        DateValue::Valid(d) => d,
        _ => s.today,
    }
}

/// Employment periods that ended (or may have ended) within the look-back of the
/// termination deferrals: for these the app asks how the job ended.
pub fn termination_periods(s: &AppState) -> Vec<u32> {
    let d = reg_date(s);
    let months = rule_set().parameters.termination_lookback_months.value;
    let (look_from, _) = months_before(d, months);
    s.period_ids
        .iter()
        .copied()
        .filter(|id| {
            kind_of(s.get(&format!("p{id}.kind"))) == Some(PeriodKind::Employment)
                && match date_of(&s.fields, &format!("p{id}.to")) {
                    DateValue::Valid(to) => to >= look_from,
                    _ => true,
                }
        })
        .collect()
}

/// The questions about the benefit matter only when the status is not already excluded.
pub fn benefit_relevant(s: &AppState) -> bool {
    let a = answers::build(s, false);
    crate::rules::evaluate(&a, s.today).status.verdict != StatusVerdict::NotEligible
}

/// Every page asked for the current answers, in order.
pub fn pages(s: &AppState) -> Vec<Page> {
    use Q::*;
    let yes = |k: &str| s.get(k) == "yes";
    let mut v = vec![Page::Start, Page::Q(RegDate), Page::Q(Pesel)];
    if !answers::pesel_given(s) {
        v.extend([Page::Q(BirthDate), Page::Q(Sex)]);
    }
    for q in [
        Disabled, Contra, Residence, Employed, Ready, Schooling, Pensions,
    ] {
        v.push(Page::Q(q));
    }
    if yes("pensions") {
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
    if yes("loss") {
        v.push(Page::Q(LossReason));
        if matches!(
            s.get("loss_reason"),
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
                s.get(&format!("p{id}.term.mode")),
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
            if yes(q.def(s).field) {
                v.extend(follow.iter().map(|f| Page::Q(*f)));
            }
        }
    }
    v.extend([Page::Q(Pz), Page::Q(Qes)]);
    if yes("qes") {
        v.push(Page::Q(QesSerial));
    }
    v.extend([Page::Q(Active), Page::Check, Page::Result]);
    v
}

/// Whether the page already has an answer (used after a change from check-answers).
pub fn answered(s: &AppState, p: Page) -> bool {
    match p {
        Page::Q(q) => {
            let f = q.def(s).field;
            s.fields.iter().any(|(k, v)| {
                (k == f || k.strip_prefix(f).is_some_and(|r| r.starts_with('.'))) && !v.is_empty()
            })
        }
        Page::Periods => s.get("periods.done") == "1",
        Page::TermMode(id) => !s.get(&format!("p{id}.term.mode")).is_empty(),
        // An answer no longer offered (the mode changed to one's own notice) is asked again.
        Page::TermException(id) => term_exception_answered(s, id),
        _ => true,
    }
}

/// The page after `p`: the next one asked, or — after a change from check-answers — the
/// next unanswered one, else check-answers.
pub fn next(s: &AppState, p: Page) -> Page {
    let all = pages(s);
    let pos = all.iter().position(|x| *x == p);
    let after = pos
        .and_then(|i| all.get(i + 1))
        .copied()
        .unwrap_or(Page::Check);
    if s.return_to_check {
        // The first question after `p` still without an answer (one the change made
        // relevant, wherever it is in the flow), else back to check-answers.
        let start = pos.map_or(all.len(), |i| i + 1);
        return all[start.min(all.len())..]
            .iter()
            .copied()
            .find(|x| !matches!(x, Page::Check | Page::Result) && !answered(s, *x))
            .unwrap_or(Page::Check);
    }
    after
}

/// The page the back link leads to.
pub fn prev(s: &AppState, p: Page) -> Page {
    if let Page::PeriodEdit(_) = p {
        return Page::Periods;
    }
    if s.return_to_check {
        return Page::Check;
    }
    let all = pages(s);
    match all.iter().position(|x| *x == p) {
        Some(i) if i > 0 => all[i - 1],
        _ => Page::Start,
    }
}
