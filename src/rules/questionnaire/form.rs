//! The raw answers of a questionnaire: the text of every field as the person typed it
//! (nothing is lost by navigating), the periods entered and today's date. Fields are typed
//! (`Key`: a question's or a period's field and its part; issue 24), written as text only at
//! the edges (`Display`/`FromStr`: the tab's snapshot, element IDs, the early script). A leaf:
//! the questionnaires, the reading into `Answers` and the app's state build on it.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::l10n::Msg;

/// The questions (their texts, kinds and sections: `Q::def`); each has one field of the form,
/// named by `Q::name`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
    /// Which refusal or absence under the repealed Act it was (art. 433 ust. 6).
    LossOccurrence,
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
    /// What confirms the foreigner's stay (issue 23: asked by the document, the group of
    /// art. 2 pkt 1 lit. b follows from it or from one more question about it).
    ForeignerDoc,
    ForeignerBasis,
    /// A citizen of Ukraine staying lawfully in Poland (art. 420: art. 22¹ of the special act).
    Ukrainian,
    BusinessSuspended,
    CompanyRole,
    ForeignInsurance,
    BusinessAbroad,
    UsedBefore,
    /// Art. 226: the day the earlier registration's status was lost.
    PrevLostOn,
    /// Why it was lost (work, a service or training of art. 226 ust. 2, other).
    PrevLostWhy,
    /// The last day of the work, business or service that cost it.
    PrevWorkEnded,
    /// Days of the earlier benefit drawn.
    PrevDrawn,
    /// Art. 221: the documents of a period come after the registration day.
    DocumentsLater,
    Internship,
    InternshipDate,
    LargeFamily,
    SingleParent,
    SpouseExhausted,
    Years20,
}

impl Q {
    pub const ALL: [Q; 63] = [
        Q::RegDate,
        Q::Pesel,
        Q::BirthDate,
        Q::Sex,
        Q::Disabled,
        Q::Contra,
        Q::Residence,
        Q::Employed,
        Q::Ready,
        Q::Schooling,
        Q::Pensions,
        Q::PensionKinds,
        Q::Farm,
        Q::SpecialAgri,
        Q::Business,
        Q::Insurance,
        Q::Detained,
        Q::Income,
        Q::PermAllowance,
        Q::CareBenefit,
        Q::TrainingBenefit,
        Q::Loss,
        Q::LossReason,
        Q::LossDate,
        Q::LossOccurrence,
        Q::Prison,
        Q::PrisonStart,
        Q::PrisonRelease,
        Q::Military,
        Q::MilitaryFrom,
        Q::MilitaryTo,
        Q::Refused,
        Q::RefusedDate,
        Q::Severance,
        Q::SeveranceDate,
        Q::NoticeComp,
        Q::NoticeCompDate,
        Q::TrainingCovered,
        Q::TrainingCoveredDate,
        Q::Pz,
        Q::Qes,
        Q::QesSerial,
        Q::Active,
        Q::Citizen,
        Q::ForeignerDoc,
        Q::ForeignerBasis,
        Q::Ukrainian,
        Q::BusinessSuspended,
        Q::CompanyRole,
        Q::ForeignInsurance,
        Q::BusinessAbroad,
        Q::UsedBefore,
        Q::PrevLostOn,
        Q::PrevLostWhy,
        Q::PrevWorkEnded,
        Q::PrevDrawn,
        Q::DocumentsLater,
        Q::Internship,
        Q::InternshipDate,
        Q::LargeFamily,
        Q::SingleParent,
        Q::SpouseExhausted,
        Q::Years20,
    ];

    /// The field's name: in the session's snapshot, the page's element IDs, and the early
    /// script's input of the first question.
    pub const fn name(self) -> &'static str {
        match self {
            Q::RegDate => "reg_date",
            Q::Pesel => "pesel",
            Q::BirthDate => "birth_date",
            Q::Sex => "sex",
            Q::Disabled => "disabled",
            Q::Contra => "contra",
            Q::Residence => "residence",
            Q::Employed => "employed",
            Q::Ready => "ready",
            Q::Schooling => "schooling",
            Q::Pensions => "pensions",
            Q::PensionKinds => "pension_kinds",
            Q::Farm => "farm",
            Q::SpecialAgri => "special_agri",
            Q::Business => "business",
            Q::Insurance => "insurance",
            Q::Detained => "detained",
            Q::Income => "income",
            Q::PermAllowance => "perm_allowance",
            Q::CareBenefit => "care_benefit",
            Q::TrainingBenefit => "training_benefit",
            Q::Loss => "loss",
            Q::LossReason => "loss_reason",
            Q::LossDate => "loss_date",
            Q::LossOccurrence => "loss_occurrence",
            Q::Prison => "prison",
            Q::PrisonStart => "prison_start",
            Q::PrisonRelease => "prison_release",
            Q::Military => "military",
            Q::MilitaryFrom => "military_from",
            Q::MilitaryTo => "military_to",
            Q::Refused => "refused",
            Q::RefusedDate => "refused_date",
            Q::Severance => "severance",
            Q::SeveranceDate => "severance_date",
            Q::NoticeComp => "notice_comp",
            Q::NoticeCompDate => "notice_comp_date",
            Q::TrainingCovered => "training_covered",
            Q::TrainingCoveredDate => "training_covered_date",
            Q::Pz => "pz",
            Q::Qes => "qes",
            Q::QesSerial => "qes_serial",
            Q::Active => "active",
            Q::Citizen => "citizen",
            Q::ForeignerDoc => "foreigner_doc",
            Q::ForeignerBasis => "foreigner_basis",
            Q::Ukrainian => "ukrainian",
            Q::BusinessSuspended => "business_suspended",
            Q::CompanyRole => "company_role",
            Q::ForeignInsurance => "foreign_insurance",
            Q::BusinessAbroad => "business_abroad",
            Q::UsedBefore => "used_before",
            Q::PrevLostOn => "prev_lost_on",
            Q::PrevLostWhy => "prev_lost_why",
            Q::PrevWorkEnded => "prev_work_ended",
            Q::PrevDrawn => "prev_drawn",
            Q::DocumentsLater => "documents_later",
            Q::Internship => "internship",
            Q::InternshipDate => "internship_date",
            Q::LargeFamily => "large_family",
            Q::SingleParent => "single_parent",
            Q::SpouseExhausted => "spouse_exhausted",
            Q::Years20 => "years20",
        }
    }
}

/// What a period of the period editor says (`p{id}.kind` …) and how its job ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PeriodField {
    Kind,
    From,
    To,
    MinWage,
    /// Days of unpaid leave.
    Leave,
    /// A repatriate's work abroad: the spouse's or one's own.
    Repat,
    TermMode,
    TermExc,
    TermReferral,
}

impl PeriodField {
    pub const ALL: [PeriodField; 9] = [
        PeriodField::Kind,
        PeriodField::From,
        PeriodField::To,
        PeriodField::MinWage,
        PeriodField::Leave,
        PeriodField::Repat,
        PeriodField::TermMode,
        PeriodField::TermExc,
        PeriodField::TermReferral,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            PeriodField::Kind => "kind",
            PeriodField::From => "from",
            PeriodField::To => "to",
            PeriodField::MinWage => "minwage",
            PeriodField::Leave => "leave",
            PeriodField::Repat => "repat",
            PeriodField::TermMode => "term.mode",
            PeriodField::TermExc => "term.exc",
            PeriodField::TermReferral => "term.referral",
        }
    }

    /// How the job ended (asked on pages of their own, not in the period editor).
    pub fn is_termination(self) -> bool {
        matches!(
            self,
            PeriodField::TermMode | PeriodField::TermExc | PeriodField::TermReferral
        )
    }
}

/// A field of the form: a question's answer, a period's, or that the list of periods is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Q(Q),
    Period(u32, PeriodField),
    PeriodsDone,
}

/// The part of a field a value is typed into: the answer itself, a date's day, month and
/// year, the "Nie wiem" box, or (the PESEL) that it was withheld by a link or QR code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sub {
    Value,
    Day,
    Month,
    Year,
    Unknown,
    Withheld,
}

impl Sub {
    pub const fn suffix(self) -> &'static str {
        match self {
            Sub::Value => "",
            Sub::Day => "d",
            Sub::Month => "m",
            Sub::Year => "y",
            Sub::Unknown => "unknown",
            Sub::Withheld => "withheld",
        }
    }
}

/// The key of a value of the form: a field and its part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub field: Field,
    pub sub: Sub,
}

impl Field {
    pub const fn sub(self, sub: Sub) -> Key {
        Key { field: self, sub }
    }

    /// The "Nie wiem" box of the field.
    pub const fn unknown(self) -> Key {
        self.sub(Sub::Unknown)
    }
}

impl Q {
    pub const fn sub(self, sub: Sub) -> Key {
        Field::Q(self).sub(sub)
    }

    /// The "Nie wiem" box of the question.
    pub const fn unknown(self) -> Key {
        self.sub(Sub::Unknown)
    }
}

impl From<Field> for Key {
    fn from(field: Field) -> Key {
        field.sub(Sub::Value)
    }
}

impl From<Q> for Key {
    fn from(q: Q) -> Key {
        Field::Q(q).sub(Sub::Value)
    }
}

impl From<Q> for Field {
    fn from(q: Q) -> Field {
        Field::Q(q)
    }
}

impl std::fmt::Display for Field {
    /// `reg_date`, `p3.term.exc`, `periods.done`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Field::Q(q) => f.write_str(q.name()),
            Field::Period(id, p) => write!(f, "p{id}.{}", p.name()),
            Field::PeriodsDone => f.write_str("periods.done"),
        }
    }
}

impl std::fmt::Display for Key {
    /// The field, then `.d`, `.m`, `.y`, `.unknown` or `.withheld` for a part.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.sub {
            Sub::Value => write!(f, "{}", self.field),
            s => write!(f, "{}.{}", self.field, s.suffix()),
        }
    }
}

impl std::str::FromStr for Field {
    type Err = ();
    fn from_str(s: &str) -> Result<Field, ()> {
        if s == "periods.done" {
            return Ok(Field::PeriodsDone);
        }
        if let Some(q) = Q::ALL.iter().find(|q| q.name() == s) {
            return Ok(Field::Q(*q));
        }
        let (id, rest) = s
            .strip_prefix('p')
            .and_then(|r| r.split_once('.'))
            .ok_or(())?;
        let id: u32 = id.parse().map_err(|_| ())?;
        let p = PeriodField::ALL
            .iter()
            .find(|p| p.name() == rest)
            .ok_or(())?;
        Ok(Field::Period(id, *p))
    }
}

impl std::str::FromStr for Key {
    type Err = ();
    /// The text `Display` writes.
    fn from_str(s: &str) -> Result<Key, ()> {
        if let Ok(field) = s.parse::<Field>() {
            return Ok(field.sub(Sub::Value));
        }
        let (field, suffix) = s.rsplit_once('.').ok_or(())?;
        let sub = [Sub::Day, Sub::Month, Sub::Year, Sub::Unknown, Sub::Withheld]
            .into_iter()
            .find(|x| x.suffix() == suffix)
            .ok_or(())?;
        Ok(field.parse::<Field>()?.sub(sub))
    }
}

/// Raw text of every field, by key.
pub type Fields = BTreeMap<Key, String>;

/// What the questions are asked about: the fields, the periods and today.
#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    pub fields: Fields,
    /// IDs of the saved periods of the period editor, in order.
    pub period_ids: Vec<u32>,
    pub today: NaiveDate,
}

impl Form {
    pub fn new(today: NaiveDate) -> Form {
        Form {
            fields: Fields::new(),
            period_ids: Vec::new(),
            today,
        }
    }

    /// The text of a field's value (a question's answer: `get(Q::Pesel)`), or "".
    pub fn get(&self, key: impl Into<Key>) -> &str {
        self.fields.get(&key.into()).map_or("", String::as_str)
    }
}

/// A date field: its day, month and year, and the "Nie wiem" box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DateValue {
    Empty,
    Unknown,
    Valid(NaiveDate),
    Invalid(Msg),
}

pub fn date_of(f: &Fields, field: impl Into<Field>) -> DateValue {
    let field = field.into();
    let g = |p: Sub| f.get(&field.sub(p)).map_or("", |s| s.trim());
    if g(Sub::Unknown) == "1" {
        return DateValue::Unknown;
    }
    let (d, m, y) = (g(Sub::Day), g(Sub::Month), g(Sub::Year));
    if d.is_empty() && m.is_empty() && y.is_empty() {
        return DateValue::Empty;
    }
    let num = |s: &str| {
        if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse::<u32>().ok()
        } else {
            None
        }
    };
    let (Some(dd), Some(mm), Some(yy)) = (num(d), num(m), num(y)) else {
        return DateValue::Invalid(Msg::ErrDateInvalid);
    };
    if y.len() != 4 {
        return DateValue::Invalid(Msg::ErrDateYear);
    }
    match NaiveDate::from_ymd_opt(yy as i32, mm, dd) {
        Some(date) => DateValue::Valid(date),
        None => DateValue::Invalid(Msg::ErrDateInvalid),
    }
}

pub fn set_date(f: &mut Fields, field: impl Into<Field>, date: Option<NaiveDate>) {
    let field = field.into();
    if let Some(d) = date {
        f.insert(field.sub(Sub::Day), d.day().to_string());
        f.insert(field.sub(Sub::Month), d.month().to_string());
        f.insert(field.sub(Sub::Year), d.year().to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key reads back from its text (the snapshot, the early script and the page's IDs
    /// write keys as text), and a text no key writes is no key.
    #[test]
    fn keys_read_back_from_their_text() {
        let subs = [
            Sub::Value,
            Sub::Day,
            Sub::Month,
            Sub::Year,
            Sub::Unknown,
            Sub::Withheld,
        ];
        let mut fields: Vec<Field> = Q::ALL.iter().map(|q| Field::Q(*q)).collect();
        fields.extend(PeriodField::ALL.iter().map(|p| Field::Period(12, *p)));
        fields.push(Field::PeriodsDone);
        let mut texts = std::collections::BTreeSet::new();
        for f in fields {
            for sub in subs {
                let k = f.sub(sub);
                let text = k.to_string();
                assert_eq!(text.parse::<Key>(), Ok(k), "{text}");
                assert!(texts.insert(text.clone()), "{text} twice");
            }
        }
        assert_eq!(Q::RegDate.sub(Sub::Day).to_string(), "reg_date.d");
        assert_eq!(
            Field::Period(3, PeriodField::TermExc).to_string(),
            "p3.term.exc"
        );
        assert_eq!(
            Field::Period(3, PeriodField::From).unknown().to_string(),
            "p3.from.unknown"
        );
        for bad in [
            "",
            "nope",
            "reg_date.x",
            "p.kind",
            "px.kind",
            "p1.nope",
            "p1",
            "pesel.",
        ] {
            assert!(bad.parse::<Key>().is_err(), "{bad}");
        }
    }
}
