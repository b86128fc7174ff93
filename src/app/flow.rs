//! The pages, the questions, and which of them are asked: a page is left out when the
//! earlier answers make it irrelevant (`pages`).

use chrono::NaiveDate;

use super::answers::{self, date_of, DateValue};
use super::i18n::Msg;
use super::state::AppState;
use crate::rules::answers::{
    ForeignerBasis, LossReason, PensionOrBenefit, PeriodKind, Residence, Schooling, Sex,
    TerminationException, TerminationMode,
};
use crate::rules::result::StatusVerdict;
use crate::rules::RuleSetId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Start,
    Q(Q),
    Periods,
    PeriodEdit(u32),
    TermMode(u32),
    TermException(u32),
    /// The 2025 Act: whether the last job came from a starosta's referral (art. 219 ust. 1
    /// pkt 3).
    TermReferral(u32),
    Check,
    Result,
}

/// The question after the start page, for everyone; pre-rendered in index.html so that it
/// works before the app has started (`AppState::resume`).
pub const FIRST_QUESTION: Q = Q::RegDate;

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
    // The questions of the 2025 Act (rules.md §12).
    Citizen,
    ForeignerBasis,
    BusinessSuspended,
    CompanyRole,
    ForeignInsurance,
    BusinessAbroad,
    UsedBefore,
    Internship,
    InternshipDate,
    LargeFamily,
    SingleParent,
    SpouseExhausted,
    Years20,
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
/// The groups of foreigners art. 2 pkt 1 of the 2025 Act admits, and none of them.
pub const FOREIGNER_BASES: &[(&str, Msg)] = &[
    (ForeignerBasis::EuEeaSwissUk.as_str(), Msg::FbEu),
    (
        ForeignerBasis::PermanentResidence.as_str(),
        Msg::FbPermanent,
    ),
    (ForeignerBasis::LongTermResident.as_str(), Msg::FbLongTerm),
    (ForeignerBasis::Refugee.as_str(), Msg::FbRefugee),
    (
        ForeignerBasis::SubsidiaryProtection.as_str(),
        Msg::FbSubsidiary,
    ),
    (
        ForeignerBasis::HumanitarianOrTolerated.as_str(),
        Msg::FbHumanitarian,
    ),
    (
        ForeignerBasis::TemporaryProtection.as_str(),
        Msg::FbTemporaryProtection,
    ),
    (
        ForeignerBasis::ProtectionApplicant.as_str(),
        Msg::FbApplicant,
    ),
    (
        ForeignerBasis::TemporaryResidenceL.as_str(),
        Msg::FbResidenceL,
    ),
    (
        ForeignerBasis::TemporaryResidenceWork.as_str(),
        Msg::FbResidenceWork,
    ),
    (ForeignerBasis::VisaOrResidenceP.as_str(), Msg::FbVisaP),
    (ForeignerBasis::FamilyOfEuCitizen.as_str(), Msg::FbFamilyEu),
    (
        ForeignerBasis::FamilyOfPolishCitizen.as_str(),
        Msg::FbFamilyPolish,
    ),
    (
        ForeignerBasis::AccompanyingPolishCitizen.as_str(),
        Msg::FbAccompanyingPolish,
    ),
    (ForeignerBasis::None.as_str(), Msg::FbNone),
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
/// The reasons whose date decides when one may register again.
pub fn loss_reason_dated(reason: &str) -> bool {
    matches!(
        reason,
        "refusal"
            | "no_show"
            | "medical"
            | "three_years"
            | "form_of_help"
            | "socially_useful_work"
            | "social_contract"
            | "abroad"
            | "no_contact"
            | "ipd"
            | "unknown"
    )
}

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
/// The 2025 Act: after one's own notice, a change of residence or art. 55 § 1 or § 1¹ of the
/// Labour Code (art. 219 ust. 1 pkt 1).
const TERM_EXCEPTIONS_OWN_NOTICE_2025: &[(&str, Msg)] = &[
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

/// The rule set of the registration day entered (the law the questions follow).
pub fn rule_set_of(s: &AppState) -> RuleSetId {
    RuleSetId::for_day(reg_date(s))
}

/// Whether the questions follow the 2025 Act.
pub fn act_2025(s: &AppState) -> bool {
    rule_set_of(s) == RuleSetId::Act2025
}

/// Whether the termination's exception holds an answer that is still offered (the mode may
/// have changed to one's own notice since).
pub fn term_exception_answered(s: &AppState, id: u32) -> bool {
    let v = s.get(&format!("p{id}.term.exc"));
    v == "unknown" || term_exceptions(s, id).iter().any(|(x, _)| *x == v)
}

/// The exceptions offered for a termination, given how it ended.
pub fn term_exceptions(s: &AppState, id: u32) -> &'static [(&'static str, Msg)] {
    let own = s.get(&format!("p{id}.term.mode")) == TerminationMode::EmployeeNotice.as_str();
    match (own, act_2025(s)) {
        (true, true) => TERM_EXCEPTIONS_OWN_NOTICE_2025,
        (true, false) => TERM_EXCEPTIONS_OWN_NOTICE,
        (false, _) => TERM_EXCEPTIONS,
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
/// the full minimum wage, `Some(true)` half of it, `None` no wage condition. The prison-work
/// percentage comes from the engine (`rules::limits`).
pub fn min_wage_condition(s: &AppState, k: PeriodKind) -> Option<bool> {
    match k {
        PeriodKind::PrisonWork => {
            Some(crate::rules::limits(reg_date(s)).prison_work_wage_percent < 100)
        }
        PeriodKind::Employment
        | PeriodKind::Outwork
        | PeriodKind::CivilContract
        | PeriodKind::Business
        | PeriodKind::AgriCooperative
        | PeriodKind::PensionOrSickness => Some(false),
        _ => None,
    }
}

/// The period form's question whether the pay reached the minimum wage (`half`: half of it),
/// worded for the kind of period.
pub fn min_wage_question(half: bool, kind: Option<PeriodKind>) -> Msg {
    if half {
        Msg::PeriodMinWageHalf
    } else if kind == Some(PeriodKind::PensionOrSickness) {
        Msg::PeriodMinWagePension
    } else {
        Msg::PeriodMinWage
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
                Choice(if act_2025(s) {
                    SCHOOLING_2025
                } else {
                    SCHOOLING
                }),
                SecStatus,
                true,
            ),
            Q::Pensions if act_2025(s) => d(
                "pensions",
                QPensions2025,
                Some(QPensions2025Hint),
                YesNo,
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
                Multi(if act_2025(s) { PENSIONS_2025 } else { PENSIONS }),
                SecStatus,
                false,
            ),
            Q::Farm => d("farm", QFarm, Some(QFarmHint), YesNo, SecStatus, true),
            Q::SpecialAgri => d(
                "special_agri",
                QSpecialAgri,
                Some(QSpecialAgriHint),
                YesNo,
                SecStatus,
                true,
            ),
            Q::Business => d(
                "business",
                QBusiness,
                Some(QBusinessHint),
                YesNo,
                SecStatus,
                true,
            ),
            Q::Insurance => d(
                "insurance",
                QInsurance,
                Some(QInsuranceHint),
                YesNo,
                SecStatus,
                true,
            ),
            Q::Detained => d("detained", QDetained, None, YesNo, SecStatus, true),
            Q::Income if act_2025(s) => d(
                "income",
                QIncome2025,
                Some(QIncome2025Hint),
                Amount,
                SecStatus,
                true,
            ),
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
            Q::CareBenefit => d(
                "care_benefit",
                QCareBenefit,
                Some(QCareBenefitHint),
                YesNo,
                SecStatus,
                true,
            ),
            Q::TrainingBenefit => d(
                "training_benefit",
                QTrainingBenefit,
                None,
                YesNo,
                SecStatus,
                true,
            ),
            Q::Loss if act_2025(s) => {
                d("loss", QLoss, Some(QLoss2025Hint), YesNo, SecSpecial, true)
            }
            Q::Loss => d("loss", QLoss, Some(QLossHint), YesNo, SecSpecial, true),
            Q::LossReason => d(
                "loss_reason",
                QLossReason,
                None,
                Choice(if act_2025(s) {
                    LOSS_REASONS_2025
                } else {
                    LOSS_REASONS
                }),
                SecSpecial,
                true,
            ),
            Q::LossDate => d(
                "loss_date",
                QLossDate,
                Some(if act_2025(s) {
                    QLossDate2025Hint
                } else {
                    QLossDateHint
                }),
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
            Q::Severance => d(
                "severance",
                QSeverance,
                Some(QSeveranceHint),
                YesNo,
                SecSpecial,
                true,
            ),
            Q::SeveranceDate => d(
                "severance_date",
                QSeveranceDate,
                Some(QSeveranceDateHint),
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
            Q::Citizen => d(
                "citizen",
                QCitizen,
                Some(QCitizenHint),
                YesNo,
                SecAbout,
                true,
            ),
            Q::ForeignerBasis => d(
                "foreigner_basis",
                QForeignerBasis,
                Some(QForeignerBasisHint),
                Choice(FOREIGNER_BASES),
                SecAbout,
                true,
            ),
            Q::BusinessSuspended => d(
                "business_suspended",
                QBusinessSuspended,
                None,
                YesNo,
                SecStatus,
                true,
            ),
            Q::CompanyRole => d(
                "company_role",
                QCompanyRole,
                Some(QCompanyRoleHint),
                YesNo,
                SecStatus,
                true,
            ),
            Q::ForeignInsurance => d(
                "foreign_insurance",
                QForeignInsurance,
                Some(QForeignInsuranceHint),
                YesNo,
                SecStatus,
                true,
            ),
            Q::BusinessAbroad => d(
                "business_abroad",
                QBusinessAbroad,
                None,
                YesNo,
                SecStatus,
                true,
            ),
            Q::UsedBefore => d(
                "used_before",
                QUsedBefore,
                Some(QUsedBeforeHint),
                YesNo,
                SecWork,
                true,
            ),
            Q::Internship => d(
                "internship",
                QInternship,
                Some(QInternshipHint),
                YesNo,
                SecSpecial,
                true,
            ),
            Q::InternshipDate => d(
                "internship_date",
                QInternshipDate,
                None,
                Date,
                SecSpecial,
                true,
            ),
            Q::LargeFamily => d("large_family", QLargeFamily, None, YesNo, SecLength, true),
            Q::SingleParent => d(
                "single_parent",
                QSingleParent,
                Some(QSingleParentHint),
                YesNo,
                SecLength,
                true,
            ),
            Q::SpouseExhausted => d(
                "spouse_exhausted",
                QSpouseExhausted,
                Some(QSpouseExhaustedHint),
                YesNo,
                SecLength,
                true,
            ),
            Q::Years20 => d(
                "years20",
                QYears20,
                Some(QYears20Hint),
                YesNo,
                SecLength,
                true,
            ),
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

/// Employment periods whose ending can change the result (the engine tells which:
/// `rules::termination_periods`): for these the app asks how the job ended.
pub fn termination_periods(s: &AppState) -> Vec<u32> {
    let (a, ids) = answers::build_history(s);
    crate::rules::termination_periods(&a, s.today)
        .into_iter()
        .filter_map(|i| ids.get(i).copied())
        .collect()
}

/// The questions about the benefit matter only when the status is not already excluded.
pub fn benefit_relevant(s: &AppState) -> bool {
    let a = answers::build(s, false);
    crate::rules::evaluate(&a, s.today).status.verdict != StatusVerdict::NotEligible
}

/// What `pages` depends on (the fields, the periods, today) and its list.
type PagesOf = (super::state::Fields, Vec<u32>, NaiveDate, Vec<Page>);

thread_local! {
    /// The last answers `pages` was asked about and its list: a click on "Dalej" asks it in
    /// the reducer (`next`) and again when the page is drawn (`progress`), with the same
    /// answers; the list depends on nothing else.
    static PAGES: std::cell::RefCell<Option<PagesOf>> = const { std::cell::RefCell::new(None) };
}

/// Every page asked for the current answers, in order.
pub fn pages(s: &AppState) -> Vec<Page> {
    let hit = PAGES.with(|c| {
        c.borrow().as_ref().and_then(|(f, ids, today, v)| {
            (*today == s.today && *ids == s.period_ids && *f == s.fields).then(|| v.clone())
        })
    });
    if let Some(v) = hit {
        return v;
    }
    let v = pages_uncached(s);
    PAGES.with(|c| {
        *c.borrow_mut() = Some((s.fields.clone(), s.period_ids.clone(), s.today, v.clone()))
    });
    v
}

fn pages_uncached(s: &AppState) -> Vec<Page> {
    if act_2025(s) {
        return pages_2025(s);
    }
    use Q::*;
    let yes = |k: &str| s.get(k) == "yes";
    let mut v = vec![Page::Start, Page::Q(FIRST_QUESTION), Page::Q(Pesel)];
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
    online_pages(s, &mut v);
    v
}

/// The account questions and the end of the questionnaire (both rule sets).
fn online_pages(s: &AppState, v: &mut Vec<Page>) {
    v.extend([Page::Q(Q::Pz), Page::Q(Q::Qes)]);
    if s.get("qes") == "yes" {
        v.push(Page::Q(Q::QesSerial));
    }
    v.extend([Page::Q(Q::Active), Page::Check, Page::Result]);
}

/// The pages of the 2025 Act (rules.md §12): who the Act covers, the status of art. 2 pkt 1,
/// the losses of art. 63 and 65, then — when the status is possible — the periods, the last
/// job, the deferrals of art. 220 and what sets the benefit's length and amount.
fn pages_2025(s: &AppState) -> Vec<Page> {
    use Q::*;
    let yes = |k: &str| s.get(k) == "yes";
    let mut v = vec![Page::Start, Page::Q(FIRST_QUESTION), Page::Q(Pesel)];
    if !answers::pesel_given(s) {
        v.extend([Page::Q(BirthDate), Page::Q(Sex)]);
    }
    v.push(Page::Q(Citizen));
    if s.get("citizen") == "no" {
        v.push(Page::Q(ForeignerBasis));
    }
    for q in [Disabled, Contra, Employed, Ready, Schooling, Pensions] {
        v.push(Page::Q(q));
    }
    if yes("pensions") {
        v.push(Page::Q(PensionKinds));
    }
    v.push(Page::Q(Business));
    if yes("business") {
        v.push(Page::Q(BusinessSuspended));
    }
    for q in [
        CompanyRole,
        Insurance,
        ForeignInsurance,
        BusinessAbroad,
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
        if loss_reason_dated(s.get("loss_reason")) {
            v.push(Page::Q(LossDate));
        }
    }
    if benefit_relevant(s) {
        v.push(Page::Periods);
        if !s.period_ids.is_empty() {
            v.push(Page::Q(UsedBefore));
        }
        for id in termination_periods(s) {
            v.push(Page::TermMode(id));
            let mode = s.get(&format!("p{id}.term.mode"));
            if matches!(mode, "employee_notice" | "mutual_agreement") {
                v.push(Page::TermException(id));
                v.push(Page::TermReferral(id));
            }
        }
        let events = [
            (Prison, &[PrisonStart, PrisonRelease][..]),
            (Military, &[MilitaryFrom, MilitaryTo][..]),
            (Severance, &[SeveranceDate][..]),
            (NoticeComp, &[NoticeCompDate][..]),
            (Internship, &[InternshipDate][..]),
        ];
        for (q, follow) in events {
            v.push(Page::Q(q));
            if yes(q.def(s).field) {
                v.extend(follow.iter().map(|f| Page::Q(*f)));
            }
        }
        // What sets the length (art. 225) and the amount (art. 224 ust. 2): a ground already
        // met makes the other length questions moot; the 20 years always set the amount.
        if !yes("disabled") {
            for q in [LargeFamily, SingleParent, SpouseExhausted] {
                v.push(Page::Q(q));
                if yes(q.def(s).field) {
                    break;
                }
            }
        }
        v.push(Page::Q(Years20));
    }
    online_pages(s, &mut v);
    v
}

/// Where the person is: the current page's number among the question pages asked for the
/// current answers, and how many there are (the start, check-answers and result pages are
/// not questions; the period form is part of its list's page). `None` off the questions.
pub fn progress(s: &AppState) -> Option<(usize, usize)> {
    let questions: Vec<Page> = pages(s)
        .into_iter()
        .filter(|p| !matches!(p, Page::Start | Page::Check | Page::Result))
        .collect();
    let here = match s.page {
        Page::PeriodEdit(_) => Page::Periods,
        p => p,
    };
    let i = questions.iter().position(|p| *p == here)?;
    Some((i + 1, questions.len()))
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
        Page::TermReferral(id) => !s.get(&format!("p{id}.term.referral")).is_empty(),
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
