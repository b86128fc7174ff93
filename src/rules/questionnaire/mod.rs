//! The questionnaires: the questions, their answers-file fields, kinds and options, the
//! pages they are grouped into, and which of them are asked given earlier answers. Each rule
//! set declares its own `Questionnaire` beside its rules (`source_2004_act::questionnaire`,
//! `act_2025::questionnaire`; `RuleSetId::questionnaire` picks it); this module holds what
//! they share — the questions' vocabulary (`Q`, `G`, the option lists of the answers file's
//! enums), the raw answers (`form`), their reading into `Answers` (`answers`) and the
//! relevance of a question (`relevance`: can its answer still change the result?). The app
//! renders what is declared here; plain Rust, tested natively.

pub mod answers;
pub mod form;
pub mod relevance;

use chrono::NaiveDate;

use self::form::date_of;
pub use self::form::{DateValue, Field, Fields, Form, Key, PeriodField, Sub, Q};
use crate::l10n::{Msg, Msg1, Msg2};
use crate::rules::answers::{
    ForeignerBasis, PeriodKind, Residence, Sex, StatusLostBecause, TerminationException,
    TerminationMode,
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
    /// The 2025 Act: several yes/no conditions on one page ("zaznacz wszystko, co Cię
    /// dotyczy"), each item the field of its question (`G::def`).
    Group(G),
    Check,
    Result,
}

/// The question after the start page, for everyone; pre-rendered in index.html so that it
/// works before the app has started (`Form::resume`).
pub const FIRST_QUESTION: Q = Q::RegDate;

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
    /// A whole number of days (0 … 365), plus a "Nie wiem" box.
    Days,
}

#[derive(Clone, Copy, Debug)]
pub struct QDef {
    pub field: Field,
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
/// An answer's value with its label.
pub type Options = &'static [(&'static str, Msg)];

/// What confirms a foreigner's stay in Poland (issue 23: the person knows the document, not
/// the article), each with the groups of art. 2 pkt 1 of the 2025 Act it can stand for
/// (`ForeignerBasis`, the answers file's field) worded for that document. One group: the
/// document answers the question; more: one more question, about the document.
pub const FOREIGNER_DOCS: &[(&str, Msg, Options)] = &[
    (
        "eu",
        Msg::FdEu,
        &[(ForeignerBasis::EuEeaSwissUk.as_str(), Msg::FbEu)],
    ),
    ("card", Msg::FdCard, FOREIGNER_BASES_CARD),
    (
        "ukr",
        Msg::FdUkr,
        &[(
            ForeignerBasis::TemporaryProtection.as_str(),
            Msg::FbTemporaryProtection,
        )],
    ),
    ("visa", Msg::FdVisa, FOREIGNER_BASES_VISA),
    (
        "certificate",
        Msg::FdCertificate,
        &[(
            ForeignerBasis::ProtectionApplicant.as_str(),
            Msg::FbApplicant,
        )],
    ),
    (
        "tolerated",
        Msg::FdTolerated,
        &[(
            ForeignerBasis::HumanitarianOrTolerated.as_str(),
            Msg::FbHumanitarian,
        )],
    ),
    ("family", Msg::FdFamily, FOREIGNER_BASES_FAMILY),
    (
        "other",
        Msg::FdOther,
        &[(ForeignerBasis::None.as_str(), Msg::FbNone)],
    ),
];
/// The permits a residence card (karta pobytu) states.
const FOREIGNER_BASES_CARD: &[(&str, Msg)] = &[
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
        Msg::FbCardHumanitarian,
    ),
    (
        ForeignerBasis::TemporaryResidenceL.as_str(),
        Msg::FbResidenceL,
    ),
    (
        ForeignerBasis::TemporaryResidenceWork.as_str(),
        Msg::FbCardWork,
    ),
    (ForeignerBasis::VisaOrResidenceP.as_str(), Msg::FbCardP),
    (
        ForeignerBasis::FamilyOfPolishCitizen.as_str(),
        Msg::FbFamilyPolish,
    ),
    (ForeignerBasis::FamilyOfEuCitizen.as_str(), Msg::FbFamilyEu),
    (ForeignerBasis::None.as_str(), Msg::FbCardOther),
];
/// The visas art. 2 pkt 1 lit. b names, and the others.
const FOREIGNER_BASES_VISA: &[(&str, Msg)] = &[
    (
        ForeignerBasis::TemporaryResidenceWork.as_str(),
        Msg::FbVisaWork,
    ),
    (ForeignerBasis::VisaOrResidenceP.as_str(), Msg::FbVisaArt60),
    (ForeignerBasis::None.as_str(), Msg::FbVisaOther),
];
/// A family member staying with a citizen, without a residence card.
const FOREIGNER_BASES_FAMILY: &[(&str, Msg)] = &[
    (ForeignerBasis::FamilyOfEuCitizen.as_str(), Msg::FbFamilyEu),
    (
        ForeignerBasis::AccompanyingPolishCitizen.as_str(),
        Msg::FbAccompanyingPolish,
    ),
    (ForeignerBasis::None.as_str(), Msg::FbNone),
];

/// The documents as the options of their question.
pub const FOREIGNER_DOC_OPTIONS: &[(&str, Msg)] = &[
    ("eu", Msg::FdEu),
    ("card", Msg::FdCard),
    ("ukr", Msg::FdUkr),
    ("visa", Msg::FdVisa),
    ("certificate", Msg::FdCertificate),
    ("tolerated", Msg::FdTolerated),
    ("family", Msg::FdFamily),
    ("other", Msg::FdOther),
];

/// The groups a document can stand for (`FOREIGNER_DOCS`); none for an unknown document.
pub fn foreigner_bases(doc: &str) -> &'static [(&'static str, Msg)] {
    FOREIGNER_DOCS
        .iter()
        .find(|(d, _, _)| *d == doc)
        .map_or(&[], |(_, _, bases)| bases)
}

/// The document a group is first told by (a loaded answers file names only the group).
pub fn foreigner_doc_of(basis: &str) -> Option<&'static str> {
    let only = FOREIGNER_DOCS
        .iter()
        .find(|(_, _, bases)| matches!(bases, [(b, _)] if *b == basis));
    only.or_else(|| {
        FOREIGNER_DOCS
            .iter()
            .find(|(_, _, bases)| bases.iter().any(|(b, _)| *b == basis))
    })
    .map(|(d, _, _)| *d)
}

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
/// Why the earlier registration's status was lost (art. 226 ust. 1–3).
pub const PREV_LOST_WHY: &[(&str, Msg)] = &[
    (StatusLostBecause::Work.as_str(), Msg::PrevLostWork),
    (StatusLostBecause::Service.as_str(), Msg::PrevLostService),
    (StatusLostBecause::Other.as_str(), Msg::PrevLostOther),
];
/// Which refusal or absence under the repealed Act (the answers file's `occurrence`).
pub const LOSS_OCCURRENCES: &[(&str, Msg)] = &[
    ("1", Msg::OccurrenceFirst),
    ("2", Msg::OccurrenceSecond),
    ("3", Msg::OccurrenceThird),
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
/// The rule set of the registration day entered (the law the questions follow).
pub fn rule_set_of(s: &Form) -> RuleSetId {
    RuleSetId::for_day(reg_date(s))
}

/// The question that fills a field of the answers file (by its path, as the engine names
/// it): for "what would change it" on the result page.
pub fn question_of(path: &str) -> Option<Q> {
    Some(match path {
        "status.pensions_and_benefits" => Q::Pensions,
        "status.farm_over_2ha" => Q::Farm,
        "status.special_agri_income_over_limit" => Q::SpecialAgri,
        "status.business_registered" => Q::Business,
        "status.other_compulsory_insurance" => Q::Insurance,
        "status.detained" => Q::Detained,
        "status.permanent_social_allowance" => Q::PermAllowance,
        "status.care_benefit" => Q::CareBenefit,
        "status.training_benefit" => Q::TrainingBenefit,
        "status.company_role" => Q::CompanyRole,
        "status.foreign_insurance" => Q::ForeignInsurance,
        "status.business_abroad" => Q::BusinessAbroad,
        _ => return None,
    })
}

/// What the questionnaire asks under one law: its pages in order, and the texts and options
/// that differ between laws. `questionnaire` picks it by the law of the registration day with
/// an exhaustive match: a new law is a compile error there until its questionnaire is
/// declared (issue 24).
pub struct Questionnaire {
    /// The pages asked for the answers so far.
    pub pages: fn(&Form) -> Flow,
    pub schooling: Options,
    /// The pensions question: its title and hint, and the kinds asked after "Tak".
    pub pensions: (Msg, Msg),
    pub pension_kinds: Options,
    /// The income question: its title and hint.
    pub income: (Msg, Msg),
    pub loss_hint: Msg,
    pub loss_reasons: Options,
    pub loss_date_hint: Msg,
    /// The exceptions offered after one's own notice.
    pub term_exceptions_own_notice: Options,
    /// The title of the question how a job ended.
    pub term_mode_title: Msg2,
    /// Whether a job ended by the person asks about a starosta's referral (art. 219 ust. 1
    /// pkt 3 of the 2025 Act).
    pub asks_referral: bool,
    /// The law's name, as the result and the printout give it.
    pub name: Msg,
    /// What the start page says about which law applies, when this is the newest law (its
    /// first day the argument): the laws in force and from when.
    pub start_note: Option<Msg1>,
}

/// The questionnaire of the law of the registration day entered.
pub fn questionnaire(s: &Form) -> &'static Questionnaire {
    rule_set_of(s).questionnaire()
}

/// Whether the termination's exception holds an answer that is still offered (the mode may
/// have changed to one's own notice since).
pub fn term_exception_answered(s: &Form, id: u32) -> bool {
    let v = s.get(Field::Period(id, PeriodField::TermExc));
    v == "unknown" || term_exceptions(s, id).iter().any(|(x, _)| *x == v)
}

/// The exceptions offered for a termination, given how it ended.
pub fn term_exceptions(s: &Form, id: u32) -> &'static [(&'static str, Msg)] {
    let own =
        s.get(Field::Period(id, PeriodField::TermMode)) == TerminationMode::EmployeeNotice.as_str();
    if own {
        questionnaire(s).term_exceptions_own_notice
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
        PeriodKind::OtherContributions => Msg::KindOtherContributions,
        PeriodKind::NannyContract => Msg::KindNanny,
        PeriodKind::FamilyPensionChosen => Msg::KindFamilyPensionChosen,
        PeriodKind::UniformedFamilyBenefitChosen => Msg::KindUniformedFamilyChosen,
        PeriodKind::ChildCareInsured => Msg::KindChildCareInsured,
        PeriodKind::CareBenefit => Msg::KindCareBenefit,
        PeriodKind::CovidReducedHours => Msg::KindCovidReduced,
        PeriodKind::PensionInsuranceArt6c => Msg::KindPensionInsurance6c,
        PeriodKind::ContributionsArt16 => Msg::KindContributions16,
    }
}

/// Whether a period kind counts only with pay of at least the minimum wage: `Some(false)`
/// the full minimum wage, `Some(true)` half of it, `None` no wage condition. The prison-work
/// percentage comes from the engine (`rules::limits`).
pub fn min_wage_condition(s: &Form, k: PeriodKind) -> Option<bool> {
    match k {
        PeriodKind::PrisonWork => {
            Some(crate::rules::limits(reg_date(s)).prison_work_wage_percent < 100)
        }
        PeriodKind::Employment
        | PeriodKind::Outwork
        | PeriodKind::CivilContract
        | PeriodKind::Business
        | PeriodKind::AgriCooperative
        | PeriodKind::PensionOrSickness
        | PeriodKind::OtherContributions
        | PeriodKind::CovidReducedHours
        | PeriodKind::ContributionsArt16 => Some(false),
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
    pub fn def(self, s: &Form) -> QDef {
        use Kind::*;
        use Msg::*;
        let d = |title, hint, kind, section, unknown| QDef {
            field: Field::Q(self),
            title,
            hint,
            kind,
            section,
            unknown,
        };
        match self {
            Q::RegDate => d(QRegDate, Some(QRegDateHint), Date, SecAbout, false),
            Q::Pesel => d(QPesel, Some(QPeselHint), Pesel, SecAbout, true),
            Q::BirthDate => d(QBirthDate, Some(QBirthDateHint), Date, SecAbout, true),
            Q::Sex => d(QSex, Some(QSexHint), Choice(SEX), SecAbout, true),
            Q::Disabled => d(QDisabled, Some(QDisabledHint), YesNo, SecAbout, true),
            Q::Contra => d(QContra, None, YesNo, SecAbout, true),
            Q::Residence => d(
                QResidence,
                Some(QResidenceHint),
                Choice(RESIDENCE),
                SecResidence,
                true,
            ),
            Q::Employed => d(QEmployed, None, YesNo, SecStatus, true),
            Q::Ready => {
                let (title, hint) = if s.get(Q::Disabled) == "yes" {
                    (QReadyHalf, QReadyHalfHint)
                } else {
                    (QReady, QReadyHint)
                };
                d(title, Some(hint), YesNo, SecStatus, true)
            }
            Q::Schooling => d(
                QSchooling,
                None,
                Choice(questionnaire(s).schooling),
                SecStatus,
                true,
            ),
            Q::Pensions => {
                let (title, hint) = questionnaire(s).pensions;
                d(title, Some(hint), YesNo, SecStatus, true)
            }
            Q::PensionKinds => d(
                QPensionKinds,
                Some(QPensionKindsHint),
                Multi(questionnaire(s).pension_kinds),
                SecStatus,
                false,
            ),
            Q::Farm => d(QFarm, Some(QFarmHint), YesNo, SecStatus, true),
            Q::SpecialAgri => d(QSpecialAgri, Some(QSpecialAgriHint), YesNo, SecStatus, true),
            Q::Business => d(QBusiness, Some(QBusinessHint), YesNo, SecStatus, true),
            Q::Insurance => d(QInsurance, Some(QInsuranceHint), YesNo, SecStatus, true),
            Q::Detained => d(QDetained, None, YesNo, SecStatus, true),
            Q::Income => {
                let (title, hint) = questionnaire(s).income;
                d(title, Some(hint), Amount, SecStatus, true)
            }
            Q::PermAllowance => d(QPermAllowance, None, YesNo, SecStatus, true),
            Q::CareBenefit => d(QCareBenefit, Some(QCareBenefitHint), YesNo, SecStatus, true),
            Q::TrainingBenefit => d(QTrainingBenefit, None, YesNo, SecStatus, true),
            Q::Loss => {
                let hint = questionnaire(s).loss_hint;
                d(QLoss, Some(hint), YesNo, SecSpecial, true)
            }
            Q::LossReason => d(
                QLossReason,
                None,
                Choice(questionnaire(s).loss_reasons),
                SecSpecial,
                true,
            ),
            Q::LossOccurrence => d(
                QLossOccurrence,
                Some(QLossOccurrenceHint),
                Choice(LOSS_OCCURRENCES),
                SecStatus,
                true,
            ),
            Q::LossDate => d(
                QLossDate,
                Some(questionnaire(s).loss_date_hint),
                Date,
                SecSpecial,
                true,
            ),
            Q::Prison => d(QPrison, Some(QPrisonHint), YesNo, SecSpecial, true),
            Q::PrisonStart => d(QPrisonStart, None, Date, SecSpecial, true),
            Q::PrisonRelease => d(QPrisonRelease, None, Date, SecSpecial, true),
            Q::Military => d(QMilitary, None, YesNo, SecSpecial, true),
            Q::MilitaryFrom => d(QMilitaryFrom, None, Date, SecSpecial, true),
            Q::MilitaryTo => d(QMilitaryTo, None, Date, SecSpecial, true),
            Q::Refused => d(QRefused, Some(QRefusedHint), YesNo, SecSpecial, true),
            Q::RefusedDate => d(QRefusedDate, None, Date, SecSpecial, true),
            Q::Severance => d(QSeverance, Some(QSeveranceHint), YesNo, SecSpecial, true),
            Q::SeveranceDate => d(
                QSeveranceDate,
                Some(QSeveranceDateHint),
                Date,
                SecSpecial,
                true,
            ),
            Q::NoticeComp => d(QNoticeComp, None, YesNo, SecSpecial, true),
            Q::NoticeCompDate => d(QNoticeCompDate, None, Date, SecSpecial, true),
            Q::TrainingCovered => d(QTrainingCovered, None, YesNo, SecSpecial, true),
            Q::TrainingCoveredDate => d(QTrainingCoveredDate, None, Date, SecSpecial, true),
            Q::Pz => d(QPz, Some(QPzHint), YesNo, SecOnline, true),
            Q::Qes => d(QQes, None, YesNo, SecOnline, true),
            Q::QesSerial => d(QQesSerial, Some(QQesSerialHint), Text, SecOnline, true),
            Q::Active => d(QActive, None, YesNo, SecOnline, true),
            Q::Citizen => d(QCitizen, Some(QCitizenHint), YesNo, SecAbout, true),
            Q::Ukrainian => d(QUkrainian, Some(QUkrainianHint), YesNo, SecAbout, true),
            Q::ForeignerDoc => d(
                QForeignerDoc,
                Some(QForeignerDocHint),
                Choice(FOREIGNER_DOC_OPTIONS),
                SecAbout,
                true,
            ),
            Q::ForeignerBasis => {
                // Asked about the document named before, in its own words.
                let doc = s.get(Q::ForeignerDoc);
                let title = match doc {
                    "card" => QForeignerBasisCard,
                    "visa" => QForeignerBasisVisa,
                    "family" => QForeignerBasisFamily,
                    _ => QForeignerBasis,
                };
                let list = match foreigner_bases(doc) {
                    [] => FOREIGNER_BASES,
                    list => list,
                };
                d(
                    title,
                    Some(QForeignerBasisHint),
                    Choice(list),
                    SecAbout,
                    true,
                )
            }
            Q::BusinessSuspended => d(QBusinessSuspended, None, YesNo, SecStatus, true),
            Q::CompanyRole => d(QCompanyRole, Some(QCompanyRoleHint), YesNo, SecStatus, true),
            Q::ForeignInsurance => d(
                QForeignInsurance,
                Some(QForeignInsuranceHint),
                YesNo,
                SecStatus,
                true,
            ),
            Q::BusinessAbroad => d(QBusinessAbroad, None, YesNo, SecStatus, true),
            Q::UsedBefore => d(QUsedBefore, Some(QUsedBeforeHint), YesNo, SecWork, true),
            Q::PrevLostOn => d(QPrevLostOn, Some(QPrevLostOnHint), Date, SecWork, true),
            Q::PrevLostWhy => d(QPrevLostWhy, None, Choice(PREV_LOST_WHY), SecWork, true),
            Q::PrevWorkEnded => d(
                QPrevWorkEnded,
                Some(QPrevWorkEndedHint),
                Date,
                SecWork,
                true,
            ),
            Q::PrevDrawn => d(QPrevDrawn, Some(QPrevDrawnHint), Days, SecWork, true),
            Q::DocumentsLater => d(QDocumentsLater, None, YesNo, SecSpecial, true),
            Q::Internship => d(QInternship, Some(QInternshipHint), YesNo, SecSpecial, true),
            Q::InternshipDate => d(QInternshipDate, None, Date, SecSpecial, true),
            Q::LargeFamily => d(QLargeFamily, None, YesNo, SecLength, true),
            Q::SingleParent => d(
                QSingleParent,
                Some(QSingleParentHint),
                YesNo,
                SecLength,
                true,
            ),
            Q::SpouseExhausted => d(
                QSpouseExhausted,
                Some(QSpouseExhaustedHint),
                YesNo,
                SecLength,
                true,
            ),
            Q::Years20 => d(QYears20, Some(QYears20Hint), YesNo, SecLength, true),
        }
    }
}

/// The registration day D of the answers (today when not valid yet).
pub fn reg_date(s: &Form) -> NaiveDate {
    match date_of(&s.fields, Q::RegDate) {
        DateValue::Valid(d) => d,
        _ => s.today,
    }
}

/// Employment periods whose ending can change the result (the engine tells which:
/// `rules::termination_periods`): for these the app asks how the job ended.
pub fn termination_periods(s: &Form) -> Vec<u32> {
    let (a, ids) = answers::build_history(s);
    crate::rules::termination_periods(&a, s.today)
        .into_iter()
        .filter_map(|i| ids.get(i).copied())
        .collect()
}

/// The questions about the benefit matter only when the status is not already excluded.
pub fn benefit_relevant(s: &Form) -> bool {
    let a = answers::build(s, false);
    crate::rules::evaluate(&a, s.today).status.verdict != StatusVerdict::NotEligible
}

/// The pages asked for the current answers, and the items each grouped page shows.
#[derive(Clone, Debug, Default)]
pub struct Flow {
    pub pages: Vec<Page>,
    pub groups: Vec<(G, Vec<Q>)>,
}

/// What `flow` depends on (the fields, the periods, today) and its answer.
type FlowOf = (form::Fields, Vec<u32>, NaiveDate, Flow);

thread_local! {
    /// The last answers `flow` was asked about and its answer: a click on "Dalej" asks it in
    /// the reducer (`next`) and again when the page is drawn (`progress`), with the same
    /// answers; the flow depends on nothing else.
    static FLOW: std::cell::RefCell<Option<FlowOf>> = const { std::cell::RefCell::new(None) };
}

/// Every page asked for the current answers, in order.
pub fn pages(s: &Form) -> Vec<Page> {
    flow(s).pages
}

/// The pages and the grouped pages' items for the current answers (kept for the last answers).
pub fn flow(s: &Form) -> Flow {
    let hit = FLOW.with(|c| {
        c.borrow().as_ref().and_then(|(f, ids, today, v)| {
            (*today == s.today && *ids == s.period_ids && *f == s.fields).then(|| v.clone())
        })
    });
    if let Some(v) = hit {
        return v;
    }
    let v = flow_uncached(s);
    FLOW.with(|c| {
        *c.borrow_mut() = Some((s.fields.clone(), s.period_ids.clone(), s.today, v.clone()))
    });
    v
}

fn flow_uncached(s: &Form) -> Flow {
    (questionnaire(s).pages)(s)
}

/// The grouped pages of the 2025 Act: the yes/no conditions of one kind on one page (GOV.UK's
/// "select all that apply" checkboxes, with an exclusive "none" and an "I don't know about the
/// rest" answer). Each item writes the field of its question ("yes", "no", "unknown"), so that
/// the answers, the file and the engine are the same as with one question per page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum G {
    /// The documents the person has (art. 55 ust. 5 pkt 3 and ust. 7).
    About,
    /// The status conditions of art. 2 ust. 1 pkt 2 lit. a–l (without the school and income).
    Status,
    /// What moves the benefit's first day or window (art. 218–220).
    Events,
    /// What sets the benefit's length (art. 225) and amount (art. 224 ust. 2).
    Length,
    /// The ways into an account on Praca.gov.pl (ACC-*).
    Online,
}

/// One item of a grouped page: its question (the field it writes), its statement and hint.
pub type Item = (Q, Msg, Option<Msg>);

#[derive(Clone, Copy, Debug)]
pub struct GDef {
    /// The key of the page's fieldset (its error links to the first box).
    pub key: &'static str,
    pub title: Msg,
    pub hint: Msg,
    pub section: Msg,
    pub items: &'static [Item],
}

impl G {
    pub const ALL: [G; 5] = [G::About, G::Status, G::Events, G::Length, G::Online];

    pub fn def(self) -> GDef {
        use Msg::*;
        let d = |key, title, hint, section, items| GDef {
            key,
            title,
            hint,
            section,
            items,
        };
        match self {
            G::About => d(
                "group.about",
                GAbout,
                GAboutHint,
                SecAbout,
                &[(Q::Disabled, IDisabled, None), (Q::Contra, IContra, None)],
            ),
            G::Status => d(
                "group.status",
                GStatus,
                GStatusHint,
                SecStatus,
                &[
                    (Q::Employed, IEmployed, None),
                    (Q::Pensions, IPensions, Some(QPensions2025Hint)),
                    (Q::Business, IBusiness, Some(IBusinessHint)),
                    (Q::CompanyRole, ICompanyRole, Some(QCompanyRoleHint)),
                    (Q::Insurance, IInsurance, Some(QInsuranceHint)),
                    (
                        Q::ForeignInsurance,
                        IForeignInsurance,
                        Some(QForeignInsuranceHint),
                    ),
                    (Q::BusinessAbroad, IBusinessAbroad, None),
                    (Q::Detained, IDetained, Some(IDetainedHint)),
                    (Q::PermAllowance, IPermAllowance, None),
                    (Q::CareBenefit, ICareBenefit, Some(ICareBenefitHint)),
                    (Q::TrainingBenefit, ITrainingBenefit, None),
                ],
            ),
            G::Events => d(
                "group.events",
                GEvents,
                GEventsHint,
                SecSpecial,
                &[
                    (Q::Prison, IPrison, Some(QPrisonHint)),
                    (Q::Military, IMilitary, None),
                    (Q::Severance, ISeverance, Some(QSeveranceHint)),
                    (Q::NoticeComp, INoticeComp, None),
                    (Q::Internship, IInternship, Some(QInternshipHint)),
                    (
                        Q::DocumentsLater,
                        IDocumentsLater,
                        Some(IDocumentsLaterHint),
                    ),
                ],
            ),
            G::Length => d(
                "group.length",
                GLength,
                GLengthHint,
                SecLength,
                &[
                    (Q::LargeFamily, ILargeFamily, None),
                    (Q::SingleParent, ISingleParent, Some(QSingleParentHint)),
                    (
                        Q::SpouseExhausted,
                        ISpouseExhausted,
                        Some(QSpouseExhaustedHint),
                    ),
                    (Q::Years20, IYears20, Some(QYears20Hint)),
                ],
            ),
            G::Online => d(
                "group.online",
                GOnline,
                GOnlineHint,
                SecOnline,
                &[
                    (Q::Pz, IPz, Some(QPzHint)),
                    (Q::Qes, IQes, None),
                    (Q::Active, IActive, None),
                ],
            ),
        }
    }

    /// The questions of the page's items, in order.
    pub fn questions(self) -> Vec<Q> {
        self.def().items.iter().map(|(q, _, _)| *q).collect()
    }

    /// The questions that follow an item answered "yes", in order.
    fn follow_ups(q: Q) -> &'static [Q] {
        use Q::*;
        match q {
            Pensions => &[PensionKinds],
            Business => &[BusinessSuspended],
            Prison => &[PrisonStart, PrisonRelease],
            Military => &[MilitaryFrom, MilitaryTo],
            Severance => &[SeveranceDate],
            NoticeComp => &[NoticeCompDate],
            Internship => &[InternshipDate],
            Qes => &[QesSerial],
            _ => &[],
        }
    }
}

/// The items of grouped page `g` shown for the current answers (those whose answer can still
/// change the result; `pages` decides).
pub fn group_items(s: &Form, g: G) -> Vec<Item> {
    flow(s)
        .groups
        .into_iter()
        .find(|(x, _)| *x == g)
        .map(|(_, qs)| {
            g.def()
                .items
                .iter()
                .filter(|(q, _, _)| qs.contains(q))
                .copied()
                .collect()
        })
        .unwrap_or_default()
}

/// The fields of the items grouped page `g` shows (their answers are the page's state).
pub fn group_fields(s: &Form, g: G) -> Vec<Field> {
    group_items(s, g)
        .iter()
        .map(|(q, _, _)| q.def(s).field)
        .collect()
}

/// The parts of the questionnaire, in the order they are asked: about the person, their
/// situation on the registration day (with an earlier loss of status), their work (the
/// periods, an earlier benefit, how the last job ended), the circumstances that change the
/// benefit, the praca.gov.pl account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    About,
    Situation,
    Work,
    Circumstances,
    Online,
}

/// The part a page belongs to (`None`: the start, check-answers and the result).
pub fn part(s: &Form, p: Page) -> Option<Part> {
    use Msg::*;
    use Q::*;
    let of_section = |m: Msg| match m {
        SecAbout | SecResidence => Part::About,
        SecStatus => Part::Situation,
        SecWork => Part::Work,
        SecOnline => Part::Online,
        _ => Part::Circumstances,
    };
    Some(match p {
        Page::Start | Page::Check | Page::Result => return None,
        Page::Periods
        | Page::PeriodEdit(_)
        | Page::TermMode(_)
        | Page::TermException(_)
        | Page::TermReferral(_) => Part::Work,
        Page::Group(g) => of_section(g.def().section),
        // An earlier loss of status is part of the situation on the registration day (an
        // earlier benefit's questions are in the section of the work it was drawn after).
        Page::Q(Loss | LossReason | LossDate | LossOccurrence) => Part::Situation,
        Page::Q(q) => of_section(q.def(s).section),
    })
}

/// Where the person is (issue 23: a progress line that never grows): the part of the current
/// page among the parts the current answers still ask, and how many there are. Answers can
/// only take a part away (no benefit questions for a person who cannot be unemployed), never
/// add one. `None` off the questions.
pub fn progress(s: &Form, page: Page) -> Option<(usize, usize)> {
    let here = match page {
        Page::PeriodEdit(_) => Page::Periods,
        p => p,
    };
    let here = part(s, here)?;
    let mut parts: Vec<Part> = pages(s).into_iter().filter_map(|p| part(s, p)).collect();
    parts.sort();
    parts.dedup();
    let i = parts.iter().position(|p| *p == here)?;
    Some((i + 1, parts.len()))
}

/// The app's fields a page answers (its keys in `Form::fields`): a question's field and
/// its parts ("reg_date.d", "income.unknown"), a grouped page's items shown, the periods
/// with everything of each period but how it ended, and one answer about how a job ended.
pub fn page_fields(s: &Form, p: Page) -> Vec<Key> {
    let keys = |pred: &dyn Fn(Field) -> bool| -> Vec<Key> {
        s.fields.keys().filter(|k| pred(k.field)).copied().collect()
    };
    let term = |id, f| vec![Key::from(Field::Period(id, f))];
    match p {
        Page::Q(q) => keys(&|f| f == Field::Q(q)),
        Page::Group(g) => group_fields(s, g)
            .into_iter()
            .map(Key::from)
            .filter(|k| s.fields.contains_key(k))
            .collect(),
        Page::Periods | Page::PeriodEdit(_) => keys(&|f| match f {
            Field::PeriodsDone => true,
            Field::Period(_, p) => !p.is_termination(),
            Field::Q(_) => false,
        }),
        Page::TermMode(id) => term(id, PeriodField::TermMode),
        Page::TermException(id) => term(id, PeriodField::TermExc),
        Page::TermReferral(id) => term(id, PeriodField::TermReferral),
        Page::Start | Page::Check | Page::Result => Vec::new(),
    }
}

/// The question pages asked for the answers as they stand, in order, each with the app's
/// fields it answers (`page_fields`).
pub fn asked(s: &Form) -> Vec<(Page, Vec<Key>)> {
    pages(s)
        .into_iter()
        .filter(|p| !matches!(p, Page::Start | Page::Check | Page::Result))
        .map(|p| (p, page_fields(s, p)))
        .collect()
}

/// The answers as only the questions asked would give them: every field no page asked is
/// dropped (unknown to the engine). The flow leaves a question out only when its answer can
/// no longer change the result, so these answers give the same verdicts, first day, length
/// and amount (`tests/properties.rs`).
pub fn only_asked(s: &Form) -> Form {
    let keep: Vec<Key> = asked(s).into_iter().flat_map(|(_, f)| f).collect();
    let mut out = s.clone();
    out.fields.retain(|k, _| keep.contains(k));
    out
}

/// Whether the page already has an answer (used after a change from check-answers).
pub fn answered(s: &Form, p: Page) -> bool {
    match p {
        Page::Q(q) => s
            .fields
            .iter()
            .any(|(k, v)| k.field == Field::Q(q) && !v.is_empty()),
        Page::Periods => s.get(Field::PeriodsDone) == "1",
        Page::TermMode(id) => !s.get(Field::Period(id, PeriodField::TermMode)).is_empty(),
        // An answer no longer offered (the mode changed to one's own notice) is asked again.
        Page::TermException(id) => term_exception_answered(s, id),
        Page::TermReferral(id) => !s
            .get(Field::Period(id, PeriodField::TermReferral))
            .is_empty(),
        Page::Group(g) => group_fields(s, g).iter().all(|f| !s.get(*f).is_empty()),
        _ => true,
    }
}

/// The page after `p`: the next one asked, or — after a change from check-answers — the
/// next unanswered one, else check-answers.
pub fn next(s: &Form, p: Page, return_to_check: bool) -> Page {
    let all = pages(s);
    let pos = all.iter().position(|x| *x == p);
    let after = pos
        .and_then(|i| all.get(i + 1))
        .copied()
        .unwrap_or(Page::Check);
    if return_to_check {
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
pub fn prev(s: &Form, p: Page, return_to_check: bool) -> Page {
    if let Page::PeriodEdit(_) = p {
        return Page::Periods;
    }
    if return_to_check {
        return Page::Check;
    }
    let all = pages(s);
    match all.iter().position(|x| *x == p) {
        Some(i) if i > 0 => all[i - 1],
        _ => Page::Start,
    }
}
