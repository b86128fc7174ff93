//! The answers file (rules.md section 11), `"format": 1`.
//!
//! Every field is optional: `null` or a missing field means "not answered / don't know".
//! Unknown fields are rejected by name (`deny_unknown_fields`). Decisions on top of the
//! catalog (see docs/decisions.md): events that either happened or not (`prison`,
//! `military_service`, `previous_status_loss`, `refused_offer_date`, `covered_until.*`)
//! are `null` when they did not happen; the date fields of such events also accept the
//! string `"unknown"` ("it happened or may have, I don't know when").

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The only answers/result format this engine reads and writes.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<u32>,
    #[serde(
        default,
        deserialize_with = "super::dates::de_opt_ymd",
        skip_serializing_if = "Option::is_none"
    )]
    pub registration_date: Option<NaiveDate>,
    #[serde(default)]
    pub person: Person,
    #[serde(default)]
    pub residence: Option<Residence>,
    #[serde(default)]
    pub status: StatusAnswers,
    #[serde(default)]
    pub previous_status_loss: Option<StatusLoss>,
    #[serde(default)]
    pub history: Vec<Period>,
    #[serde(default)]
    pub terminations: Vec<Termination>,
    #[serde(default)]
    pub prison: Option<Prison>,
    #[serde(default)]
    pub military_service: Option<MilitaryService>,
    #[serde(default)]
    pub refused_offer_date: Option<EventDate>,
    #[serde(default)]
    pub covered_until: CoveredUntil,
    #[serde(default)]
    pub online: Online,
    /// `act-2025`: qualifying periods of at least 20 years in total (art. 224 ust. 2, art. 225
    /// ust. 1 pkt 2 lit. c).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifying_years_20: Option<bool>,
    /// `act-2025` (art. 226, art. 218 ust. 5): the person had the right to the benefit during
    /// an earlier registration whose status was then lost; `null` = no such earlier benefit
    /// (an event that is missing did not happen).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_benefit: Option<PreviousBenefit>,
    /// `act-2025` (art. 221): the documents that prove a qualifying period (a work certificate,
    /// a zaświadczenie) will be brought only after the registration day; `null` or `false` =
    /// they are brought with the application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents_later: Option<bool>,
}

crate::wire_enum! {
    /// Why the status of the earlier registration was lost (art. 226).
    pub enum StatusLostBecause {
        /// Took up employment, other paid work or a non-agricultural business, or had an income
        /// above half the minimum wage a month (art. 226 ust. 1).
        Work = "work",
        /// Military service or alternative service, a training or internship organised by
        /// another body than the PUP, civil-defence tasks (art. 226 ust. 2).
        Service = "service",
        /// Any other reason (art. 226 ust. 3 only).
        Other = "other",
    }
}

/// The earlier benefit and how its status ended (art. 226).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreviousBenefit {
    /// The first day without the status (the day it was lost).
    #[serde(default, deserialize_with = "super::dates::de_opt_ymd")]
    pub status_lost_on: Option<NaiveDate>,
    #[serde(default)]
    pub lost_because: Option<StatusLostBecause>,
    /// The last day of the work, business, income or service that cost the status, or of the
    /// sickness or maternity benefit drawn after it (art. 226 ust. 1).
    #[serde(default, deserialize_with = "super::dates::de_opt_ymd")]
    pub work_ended_on: Option<NaiveDate>,
    /// Days of benefit drawn before the status was lost.
    #[serde(default)]
    pub drawn_days: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    #[serde(default)]
    pub pesel: Option<String>,
    /// Extension of the catalog: the NIP is validated when given (DOC-PESEL-NIP).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nip: Option<String>,
    #[serde(default, deserialize_with = "super::dates::de_opt_ymd")]
    pub birth_date: Option<NaiveDate>,
    #[serde(default)]
    pub sex: Option<Sex>,
    #[serde(default)]
    pub disabled: Option<bool>,
    #[serde(default)]
    pub has_contraindication_document: Option<bool>,
    /// `act-2025` (art. 1 ust. 3 pkt 1): a Polish citizen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub polish_citizen: Option<bool>,
    /// `act-2025`: for a foreigner, the group of art. 1 ust. 3 the person belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foreigner_basis: Option<ForeignerBasis>,
    /// `act-2025` (art. 420: art. 22¹ of the Act of 12 March 2022 on help to citizens of
    /// Ukraine): a citizen of Ukraine whose stay in Poland is lawful, or deemed lawful under
    /// art. 2 ust. 1 of that Act. Such a person may be unemployed whatever their group of
    /// art. 1 ust. 3, and the age ceiling of art. 2 pkt 1 lit. b does not apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ukrainian_citizen: Option<bool>,
    /// `act-2025` (art. 225 ust. 1 pkt 2 lit. b): holds a Karta Dużej Rodziny.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub large_family_card: Option<bool>,
    /// `act-2025` (art. 225 ust. 1 pkt 2 lit. e): raises a child alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub single_parent: Option<bool>,
    /// `act-2025` (art. 225 ust. 1 pkt 2 lit. d): supports a child, and the spouse, also
    /// unemployed, has lost the benefit by exhausting it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_and_spouse_benefit_exhausted: Option<bool>,
}

crate::wire_enum! {
    /// The groups of foreigners of art. 1 ust. 3 of the 2025 Act that art. 2 pkt 1 admits as
    /// unemployed (pkt 2 lit. a–l, n, p; pkt 3, 5, 6), and `none` for any other foreigner.
    pub enum ForeignerBasis {
        /// pkt 2 lit. a–d: citizens of the EU, the EEA, Switzerland; UK citizens under the
        /// withdrawal agreement (and their families).
        EuEeaSwissUk = "eu_eea_swiss_uk",
        /// pkt 2 lit. e: permanent residence permit.
        PermanentResidence = "permanent_residence",
        /// pkt 2 lit. f: EU long-term resident permit.
        LongTermResident = "long_term_resident",
        /// pkt 2 lit. g: refugee status.
        Refugee = "refugee",
        /// pkt 2 lit. h: subsidiary protection.
        SubsidiaryProtection = "subsidiary_protection",
        /// pkt 2 lit. i: stay for humanitarian reasons or tolerated stay.
        HumanitarianOrTolerated = "humanitarian_or_tolerated",
        /// pkt 2 lit. j: temporary protection (e.g. citizens of Ukraine under the special act).
        TemporaryProtection = "temporary_protection",
        /// pkt 2 lit. k: applicant for international protection with the art. 35 certificate.
        ProtectionApplicant = "protection_applicant",
        /// pkt 2 lit. l: temporary residence under art. 127, 137a or 186 ust. 1 pkt 3 of the
        /// Act on foreigners.
        TemporaryResidenceL = "temporary_residence_l",
        /// pkt 2 lit. n: temporary residence under art. 114 or 126 of the Act on foreigners,
        /// or a visa for work.
        TemporaryResidenceWork = "temporary_residence_work",
        /// pkt 2 lit. p: a visa under art. 60 ust. 1 pkt 23, or temporary residence under
        /// art. 186 ust. 1 pkt 9 of the Act on foreigners.
        VisaOrResidenceP = "visa_or_residence_p",
        /// pkt 3: family member accompanying a citizen of the EU, the EEA or Switzerland.
        FamilyOfEuCitizen = "family_of_eu_citizen",
        /// pkt 5: family member of a Polish citizen with temporary residence.
        FamilyOfPolishCitizen = "family_of_polish_citizen",
        /// pkt 6: family member accompanying a Polish citizen.
        AccompanyingPolishCitizen = "accompanying_polish_citizen",
        /// None of the groups above (e.g. a student visa, seasonal work, pkt 4).
        None = "none",
    }
}

crate::wire_enum! {
    pub enum Sex {
        Female = "female",
        Male = "male",
    }
}

crate::wire_enum! {
    pub enum Residence {
        Permanent = "permanent",
        Temporary = "temporary",
        PermanentAndTemporarySameLocality = "permanent_and_temporary_same_locality",
        PermanentAndTemporaryOtherLocality = "permanent_and_temporary_other_locality",
        None = "none",
    }
}

crate::wire_enum! {
    pub enum Schooling {
        None = "none",
        Day = "day",
        AdultSchool = "adult_school",
        EveningOrExtramuralHigher = "evening_or_extramural_higher",
        /// `act-2025`: branżowa szkoła II stopnia or szkoła policealna (full-time or extramural).
        VocationalIiOrPostSecondary = "vocational_ii_or_post_secondary",
        /// `act-2025`: an art school giving only artistic education.
        ArtSchool = "art_school",
    }
}

crate::wire_enum! {
    pub enum PensionOrBenefit {
        OldAgePension = "old_age_pension",
        DisabilityPension = "disability_pension",
        TrainingPension = "training_pension",
        SocialPension = "social_pension",
        PreRetirementAllowance = "pre_retirement_allowance",
        PreRetirementBenefit = "pre_retirement_benefit",
        RehabilitationBenefit = "rehabilitation_benefit",
        SicknessBenefit = "sickness_benefit",
        MaternityBenefit = "maternity_benefit",
        /// `act-2025` (art. 2 pkt 42 lit. a): a family pension above half the minimum wage.
        FamilyPensionOverHalfMinimumWage = "family_pension_over_half_minimum_wage",
        /// `act-2025` (lit. a): the benefit for families of officers or soldiers, or the
        /// uniformed services' disability pension.
        UniformedServicesBenefit = "uniformed_services_benefit",
        /// `act-2025` (lit. b): nauczycielskie świadczenie kompensacyjne.
        TeachersCompensationBenefit = "teachers_compensation_benefit",
        /// `act-2025` (lit. b): zasiłek w wysokości zasiłku macierzyńskiego.
        MaternityEquivalentBenefit = "maternity_equivalent_benefit",
        /// `act-2025` (lit. c): a foreign old-age or disability pension of at least the lowest
        /// Polish one.
        ForeignPension = "foreign_pension",
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusAnswers {
    #[serde(default)]
    pub employed_or_paid_work: Option<bool>,
    #[serde(default)]
    pub able_and_ready: Option<bool>,
    #[serde(default)]
    pub schooling: Option<Schooling>,
    /// `[]` = none of them; `null` = don't know.
    #[serde(default)]
    pub pensions_and_benefits: Option<Vec<PensionOrBenefit>>,
    #[serde(default)]
    pub farm_over_2ha: Option<bool>,
    #[serde(default)]
    pub special_agri_income_over_limit: Option<bool>,
    #[serde(default)]
    pub business_registered: Option<bool>,
    #[serde(default)]
    pub other_compulsory_insurance: Option<bool>,
    #[serde(default)]
    pub detained: Option<bool>,
    /// A decimal amount in PLN as a string, e.g. `"1200.50"`.
    #[serde(default)]
    pub monthly_income_pln: Option<String>,
    #[serde(default)]
    pub permanent_social_allowance: Option<bool>,
    #[serde(default)]
    pub care_benefit: Option<bool>,
    #[serde(default)]
    pub training_benefit: Option<bool>,
    /// `act-2025` (art. 2 pkt 1 lit. d): the registered business is suspended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_suspended: Option<bool>,
    /// `act-2025` (lit. h–k): a company role (board, supervisory board, prokurent, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_role: Option<bool>,
    /// `act-2025` (lit. m): compulsory unemployment or social insurance in an EU/EEA state,
    /// Switzerland or the UK.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foreign_insurance: Option<bool>,
    /// `act-2025` (lit. n): runs a business in another state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_abroad: Option<bool>,
}

crate::wire_enum! {
    pub enum LossReason {
        Refusal = "refusal",
        NoShow = "no_show",
        Medical = "medical",
        OwnRequest = "own_request",
        Loan = "loan",
        /// `act-2025` reasons (art. 63 and art. 65 ust. 1).
        Conditions = "conditions",
        ThreeYears = "three_years",
        FormOfHelp = "form_of_help",
        SociallyUsefulWork = "socially_useful_work",
        SocialContract = "social_contract",
        Incapacity180 = "incapacity_180",
        Abroad = "abroad",
        NoContact = "no_contact",
        Ipd = "ipd",
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusLoss {
    #[serde(default)]
    pub reason: Option<LossReason>,
    #[serde(default, deserialize_with = "super::dates::de_opt_ymd")]
    pub date: Option<NaiveDate>,
    /// `act-2025`, a loss under the repealed Act (`refusal`, `no_show`, `medical` dated before
    /// 2025-06-01): which refusal or absence it was — 1, 2, or 3 for the third or a later one
    /// (art. 33 ust. 4 pkt 3–4 of the repealed Act: 120, 180 or 270 days).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrence: Option<u32>,
}

crate::wire_enum! {
    pub enum PeriodKind {
        Employment = "employment",
        Outwork = "outwork",
        CivilContract = "civil_contract",
        Business = "business",
        PrisonWork = "prison_work",
        AgriCooperative = "agri_cooperative",
        AbroadLabourFund = "abroad_labour_fund",
        RepatriateAbroad = "repatriate_abroad",
        OtherPaidWork = "other_paid_work",
        Military = "military",
        ParentalLeave = "parental_leave",
        PensionOrSickness = "pension_or_sickness",
        Compensation = "compensation",
        /// `act-2025` (art. 218 ust. 2 pkt 4): other periods with social-insurance and Labour
        /// Fund contributions paid on a base of at least the minimum wage.
        OtherContributions = "other_contributions",
        /// `act-2025` (pkt 6): services under an umowa uaktywniająca (the nanny contract of
        /// art. 50 of the Act on the care of children under 3).
        NannyContract = "nanny_contract",
        /// `act-2025` (pkt 7): a family pension drawn instead of a disability pension.
        FamilyPensionChosen = "family_pension_chosen",
        /// `act-2025` (pkt 8): the benefit for the families of officers or professional
        /// soldiers drawn instead of an old-age or disability pension.
        UniformedFamilyBenefitChosen = "uniformed_family_benefit_chosen",
        /// `act-2025` (pkt 9): personal care of a child by a person of art. 6a ust. 1 of the
        /// Social Insurance System Act.
        ChildCareInsured = "child_care_insured",
        /// `act-2025` (pkt 10): świadczenie pielęgnacyjne, specjalny zasiłek opiekuńczy or
        /// zasiłek dla opiekuna drawn.
        CareBenefit = "care_benefit",
        /// `act-2025` (pkt 11): employment with pay reduced below the minimum wage under
        /// art. 15g of the COVID-19 Act (`min_wage_met`: at least the minimum wage before).
        CovidReducedHours = "covid_reduced_hours",
        /// `act-2025` (pkt 12): compulsory pension and disability insurance under art. 6c
        /// ust. 1 of the Social Insurance System Act.
        PensionInsuranceArt6c = "pension_insurance_art_6c",
        /// `act-2025` (pkt 13): contributions financed from the funds of art. 16 ust. 4a of
        /// the Social Insurance System Act, on a base of at least the minimum wage.
        ContributionsArt16 = "contributions_art_16",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub kind: PeriodKind,
    #[serde(default, deserialize_with = "super::dates::de_opt_ymd")]
    pub from: Option<NaiveDate>,
    #[serde(default, deserialize_with = "super::dates::de_opt_ymd")]
    pub to: Option<NaiveDate>,
    #[serde(default)]
    pub min_wage_met: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unpaid_leave_days: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repatriate: Option<bool>,
    /// `act-2025` (art. 218 ust. 5): the period was already a basis of an earlier benefit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used_for_earlier_benefit: Option<bool>,
}

crate::wire_enum! {
    pub enum TerminationMode {
        EmployeeNotice = "employee_notice",
        MutualAgreement = "mutual_agreement",
        EmployerNotice = "employer_notice",
        Disciplinary = "disciplinary",
        FixedTermEnd = "fixed_term_end",
        Other = "other",
    }
}

crate::wire_enum! {
    pub enum TerminationException {
        Bankruptcy = "bankruptcy",
        Liquidation = "liquidation",
        Redundancy = "redundancy",
        ChangeOfResidence = "change_of_residence",
        /// `act-2025` (art. 219 ust. 1 pkt 1): ended by the employee under art. 55 § 1 or
        /// § 1¹ of the Labour Code.
        LabourCodeArt55 = "labour_code_art_55",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Termination {
    #[serde(default, deserialize_with = "super::dates::de_opt_ymd")]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub mode: Option<TerminationMode>,
    /// `null` = no exception applies.
    #[serde(default)]
    pub exception: Option<TerminationException>,
    /// `act-2025` (art. 219 ust. 1 pkt 3): the job came from a starosta's referral with
    /// Labour Fund money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starosta_referral: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prison {
    #[serde(default, deserialize_with = "super::dates::de_opt_ymd")]
    pub imprisonment_start: Option<NaiveDate>,
    #[serde(default, deserialize_with = "super::dates::de_opt_ymd")]
    pub release_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilitaryService {
    #[serde(default, deserialize_with = "super::dates::de_opt_ymd")]
    pub from: Option<NaiveDate>,
    #[serde(default, deserialize_with = "super::dates::de_opt_ymd")]
    pub to: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoveredUntil {
    #[serde(default)]
    pub severance: Option<EventDate>,
    #[serde(default)]
    pub notice_compensation: Option<EventDate>,
    #[serde(default)]
    pub training_benefit: Option<EventDate>,
    /// `act-2025` (art. 220 ust. 1 pkt 3): the last day of a paid graduate internship
    /// (praktyka absolwencka) with a monthly allowance above half the minimum wage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub graduate_internship: Option<EventDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Online {
    #[serde(default)]
    pub profil_zaufany: Option<bool>,
    #[serde(default)]
    pub qualified_signature: Option<bool>,
    #[serde(default)]
    pub certificate_serial_number: Option<String>,
    #[serde(default)]
    pub active_account_exists: Option<bool>,
}

/// The date of an event that happened (`Known`), or that may have happened at a date the
/// person does not know (`Unknown`, written `"unknown"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventDate {
    Known(NaiveDate),
    Unknown,
}

impl EventDate {
    pub fn known(self) -> Option<NaiveDate> {
        match self {
            EventDate::Known(d) => Some(d),
            EventDate::Unknown => None,
        }
    }
}

impl Serialize for EventDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            EventDate::Known(d) => d.serialize(s),
            EventDate::Unknown => s.serialize_str("unknown"),
        }
    }
}

impl<'de> Deserialize<'de> for EventDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s == "unknown" {
            return Ok(EventDate::Unknown);
        }
        super::dates::parse_ymd(&s)
            .map(EventDate::Known)
            .ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "invalid date `{s}`: expected YYYY-MM-DD or \"unknown\""
                ))
            })
    }
}

/// Why an answers file could not be read at all (as opposed to input errors, which are
/// reported inside the result).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "line {}, column {}: {}",
                self.line, self.column, self.message
            )
        } else {
            write!(f, "{}", self.message)
        }
    }
}

impl std::error::Error for ParseError {}

impl Answers {
    /// Reads an answers file. Malformed JSON, wrong types, unknown fields and an
    /// unsupported `format` are errors naming the place and the field.
    pub fn from_json(text: &str) -> Result<Answers, ParseError> {
        let answers: Answers = serde_json::from_str(text).map_err(|e| ParseError {
            line: e.line(),
            column: e.column(),
            message: strip_position(&e.to_string()),
        })?;
        match answers.format {
            None | Some(FORMAT) => Ok(answers),
            Some(other) => Err(ParseError {
                line: 0,
                column: 0,
                message: format!(
                    "field `format`: this checker reads format {FORMAT}, the file has format {other}"
                ),
            }),
        }
    }

    /// Writes the answers file (pretty JSON, `"format": 1`).
    pub fn to_json(&self) -> String {
        let mut a = self.clone();
        a.format = Some(FORMAT);
        serde_json::to_string_pretty(&a).expect("answers always serialize")
    }
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}
