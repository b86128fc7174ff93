//! Input checks of a page before the person may go on (GOV.UK error pattern). The checks
//! only guard against input the engine cannot read; they never decide eligibility.

use chrono::NaiveDate;

use crate::app::i18n::fmt_date;
use crate::app::i18n::{t, text_of_id, Msg, Msg1, Msg2, MsgKey};
use crate::rules::answers::PeriodKind;
use crate::rules::ids::{parse_pesel, PeselError};
use crate::rules::money::{normalise_typed_amount, Grosze, MoneyError};
use crate::rules::params::rule_set;
use crate::rules::questionnaire::form::{date_of, DateValue, Field, PeriodField};
use crate::rules::questionnaire::Form;
use crate::rules::questionnaire::{self, kind_of, Kind, Page, G, Q};

/// What an error is about: a field of the form, or a grouped page's boxes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum At {
    Field(Field),
    Group(G),
}

impl From<Field> for At {
    fn from(f: Field) -> At {
        At::Field(f)
    }
}

impl std::fmt::Display for At {
    /// The field (`p1.from`) or the grouped page's key.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            At::Field(x) => write!(f, "{x}"),
            At::Group(g) => f.write_str(g.def().key),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// What the error is about (its inputs' ids derive from it, see `input_id`).
    pub key: At,
    /// What to say, translated when it is drawn: the state holds no translated text, so a
    /// language switch shows the same errors in the new language.
    pub text: Text,
}

impl FieldError {
    /// The message in the current language.
    pub fn msg(&self) -> String {
        self.text.render()
    }
}

/// A message with its arguments, kept by ID (issue 24: errors carry a message ID and
/// arguments, the reducer translates nothing).
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// The message's Fluent ID.
    pub id: &'static str,
    pub args: Vec<TextArg>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TextArg {
    Date(NaiveDate),
    Plain(String),
    Msg(Msg),
    Text(Box<Text>),
    /// Several texts, joined by "; ".
    List(Vec<Text>),
}

impl Text {
    pub fn of(msg: Msg) -> Text {
        Text {
            id: msg.id(),
            args: Vec::new(),
        }
    }

    /// A message with as many arguments as it takes (`Msg1` one …), or it does not compile.
    pub fn with<const N: usize>(msg: impl MsgKey<N>, args: [TextArg; N]) -> Text {
        Text {
            id: msg.id(),
            args: args.into(),
        }
    }

    /// The text in the current language (`i18n`).
    pub fn render(&self) -> String {
        let args: Vec<String> = self
            .args
            .iter()
            .map(|a| match a {
                TextArg::Date(d) => fmt_date(*d),
                TextArg::Plain(s) => s.clone(),
                TextArg::Msg(m) => t(*m).to_string(),
                TextArg::Text(x) => x.render(),
                TextArg::List(v) => v.iter().map(Text::render).collect::<Vec<_>>().join("; "),
            })
            .collect();
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        text_of_id(self.id, &refs)
    }
}

/// The id of a field's element (its first input adds a suffix; the error summary links
/// there): `reg_date`, `p1-from`.
pub fn input_id(key: impl std::fmt::Display) -> String {
    key.to_string().replace('.', "-")
}

fn err(key: impl Into<At>, m: Msg) -> FieldError {
    FieldError {
        key: key.into(),
        text: Text::of(m),
    }
}

fn choice(s: &Form, key: Field, out: &mut Vec<FieldError>) {
    if s.get(key).is_empty() {
        out.push(err(key, Msg::ErrRequiredChoice));
    }
}

/// A choice among other questions on one page: the error names its question.
fn choice_named(s: &Form, key: Field, question: Msg, out: &mut Vec<FieldError>) {
    if s.get(key).is_empty() {
        out.push(FieldError {
            key: key.into(),
            text: Text::with(Msg1::ErrRequiredChoiceNamed, [TextArg::Msg(question)]),
        });
    }
}

/// Checks a date field; returns the date when valid.
fn date(
    s: &Form,
    key: Field,
    unknown_allowed: bool,
    out: &mut Vec<FieldError>,
) -> Option<NaiveDate> {
    match date_of(&s.fields, key) {
        DateValue::Valid(d) => Some(d),
        DateValue::Unknown if unknown_allowed => None,
        DateValue::Empty | DateValue::Unknown => {
            out.push(err(
                key,
                if unknown_allowed {
                    Msg::ErrRequiredDate
                } else {
                    Msg::ErrRequiredRegDate
                },
            ));
            None
        }
        DateValue::Invalid(m) => {
            out.push(err(key, m));
            None
        }
    }
}

fn valid(s: &Form, key: impl Into<Field>) -> Option<NaiveDate> {
    match date_of(&s.fields, key) {
        DateValue::Valid(d) => Some(d),
        _ => None,
    }
}

/// The errors of a page ([] = the person may go on).
pub fn page(s: &Form, p: Page) -> Vec<FieldError> {
    let mut out = Vec::new();
    let d = questionnaire::reg_date(s);
    let before_reg = |key: Field, date: Option<NaiveDate>, out: &mut Vec<FieldError>| {
        if date.is_some_and(|x| x > d) {
            out.push(FieldError {
                key: key.into(),
                text: Text::with(Msg1::ErrEventAfterRegistration, [TextArg::Date(d)]),
            });
        }
    };
    match p {
        Page::Q(q) => {
            let def = q.def(s);
            let key = def.field;
            match def.kind {
                Kind::YesNo => choice(s, key, &mut out),
                // An answer no longer among the options (the foreigner's document changed
                // since) is no answer.
                Kind::Choice(list) => {
                    let v = s.get(key);
                    let offered =
                        list.iter().any(|(x, _)| *x == v) || (def.unknown && v == "unknown");
                    if !offered {
                        out.push(err(key, Msg::ErrRequiredChoice));
                    }
                }
                Kind::Multi(_) => {
                    if s.get(key).split(',').all(str::is_empty) {
                        out.push(err(key, Msg::ErrRequiredKinds));
                    }
                }
                Kind::Date => {
                    let x = date(s, key, def.unknown, &mut out);
                    match q {
                        Q::RegDate => {
                            let w = &rule_set().minimum_wage;
                            // Only a day before the minimum-wage table is refused; after
                            // its last figure the income limit is left to the office
                            // (decision 47).
                            if x.is_some_and(|x| x < w.first_day()) {
                                out.push(FieldError {
                                    key: key.into(),
                                    text: Text::with(
                                        Msg1::ErrRegDateRange,
                                        [TextArg::Date(w.first_day())],
                                    ),
                                });
                            } else if let Some(x) = x {
                                let clash = dated_answers_after(s, x);
                                if !clash.is_empty() {
                                    out.push(FieldError {
                                        key: key.into(),
                                        text: Text::with(
                                            Msg2::ErrRegDateBeforeAnswers,
                                            [TextArg::Date(x), TextArg::List(clash)],
                                        ),
                                    });
                                }
                            }
                        }
                        Q::BirthDate if x.is_some_and(|x| x >= d) => {
                            out.push(err(key, Msg::ErrBirthFuture));
                        }
                        Q::PrisonRelease | Q::MilitaryTo => {
                            let start = if q == Q::PrisonRelease {
                                Q::PrisonStart
                            } else {
                                Q::MilitaryFrom
                            };
                            if let (Some(from), Some(to)) = (valid(s, start), x) {
                                if to < from {
                                    out.push(err(key, Msg::ErrEndBeforeStart));
                                }
                            }
                            before_reg(key, x, &mut out);
                        }
                        Q::PrisonStart
                        | Q::MilitaryFrom
                        | Q::LossDate
                        | Q::RefusedDate
                        | Q::PrevLostOn => before_reg(key, x, &mut out),
                        Q::PrevWorkEnded => {
                            if let (Some(lost), Some(ended)) = (valid(s, Q::PrevLostOn), x) {
                                if ended < lost {
                                    out.push(err(key, Msg::ErrPrevWorkBeforeLoss));
                                }
                            }
                            before_reg(key, x, &mut out);
                        }
                        _ => {}
                    }
                }
                Kind::Pesel => {
                    if s.get(Q::Pesel.unknown()) != "1" {
                        let v = s.get(key).trim();
                        if v.is_empty() {
                            out.push(err(key, Msg::ErrRequiredPesel));
                        } else if let Err(e) = parse_pesel(v) {
                            out.push(err(
                                key,
                                match e {
                                    PeselError::Format => Msg::ErrPesel,
                                    PeselError::Checksum => Msg::ErrPeselChecksum,
                                    PeselError::Date => Msg::ErrPeselDate,
                                },
                            ));
                        }
                    }
                }
                Kind::Amount => {
                    if s.get(Q::Income.unknown()) != "1" {
                        match Grosze::parse(&normalise_typed_amount(s.get(key))) {
                            Ok(_) => {}
                            Err(e) => out.push(err(
                                key,
                                match e {
                                    MoneyError::Empty => Msg::ErrRequiredAmount,
                                    MoneyError::NotANumber => Msg::ErrAmount,
                                    MoneyError::Negative => Msg::ErrAmountNegative,
                                    MoneyError::TooManyDecimals => Msg::ErrAmountDecimals,
                                    MoneyError::TooLarge => Msg::ErrAmountTooLarge,
                                },
                            )),
                        }
                    }
                }
                Kind::Text => {
                    if s.get(key.unknown()) != "1" && s.get(key).trim().is_empty() {
                        out.push(err(key, Msg::ErrRequiredText));
                    }
                }
                Kind::Days => {
                    if s.get(key.unknown()) != "1" {
                        let v = s.get(key).trim();
                        if v.is_empty() {
                            out.push(err(key, Msg::ErrRequiredDays));
                        } else if crate::rules::questionnaire::answers::days_of(v).is_none() {
                            out.push(err(key, Msg::ErrDays));
                        }
                    }
                }
            }
        }
        Page::PeriodEdit(id) => {
            let k = |x: PeriodField| Field::Period(id, x);
            let kind = kind_of(s.get(k(PeriodField::Kind)));
            if kind.is_none() {
                out.push(err(k(PeriodField::Kind), Msg::ErrRequiredKind));
            }
            let from = date(s, k(PeriodField::From), true, &mut out);
            if starts_after(from, d) {
                out.push(FieldError {
                    key: k(PeriodField::From).into(),
                    text: Text::with(Msg1::ErrAfterRegistration, [TextArg::Date(d)]),
                });
            }
            let to = date(s, k(PeriodField::To), true, &mut out);
            if let (Some(from), Some(to)) = (from, to) {
                if to < from {
                    out.push(err(k(PeriodField::To), Msg::ErrEndBeforeStart));
                }
            }
            // Still working (or the period still running) on the registration day contradicts
            // being unemployed from it; most often the end of a notice period typed instead
            // of the last day of work (rules.md §1 would clip it silently).
            if runs_into(to, d) {
                out.push(FieldError {
                    key: k(PeriodField::To).into(),
                    text: Text::with(Msg1::ErrPeriodEndsAfterRegistration, [TextArg::Date(d)]),
                });
            }
            // The two dates' errors name their field (the summary lists both).
            for e in out.iter_mut() {
                let inner = TextArg::Text(Box::new(e.text.clone()));
                if e.key == At::Field(k(PeriodField::From)) {
                    e.text = Text::with(Msg1::ErrPeriodFrom, [inner]);
                } else if e.key == At::Field(k(PeriodField::To)) {
                    e.text = Text::with(Msg1::ErrPeriodTo, [inner]);
                }
            }
            // A form with several questions: the error names the one left unanswered.
            if let Some(half) = kind.and_then(|k| questionnaire::min_wage_condition(s, k)) {
                choice_named(
                    s,
                    k(PeriodField::MinWage),
                    questionnaire::min_wage_question(half, kind),
                    &mut out,
                );
            }
            if kind == Some(PeriodKind::Employment) {
                let leave = s.get(k(PeriodField::Leave)).trim();
                let unknown = s.get(k(PeriodField::Leave).unknown()) == "1";
                if !unknown && !leave.is_empty() && leave.parse::<u32>().is_err() {
                    out.push(err(k(PeriodField::Leave), Msg::ErrLeaveDays));
                }
            }
            if kind == Some(PeriodKind::RepatriateAbroad) {
                choice_named(s, k(PeriodField::Repat), Msg::PeriodRepatriate, &mut out);
            }
        }
        Page::Group(g) => {
            let values: Vec<&str> = questionnaire::group_fields(s, g)
                .into_iter()
                .map(|f| s.get(f))
                .collect();
            let ticked = values.iter().any(|v| *v == "yes" || *v == "unknown");
            if !ticked && !values.iter().all(|v| *v == "no") {
                out.push(err(At::Group(g), Msg::ErrRequiredGroup));
            }
        }
        Page::TermMode(id) => choice(s, Field::Period(id, PeriodField::TermMode), &mut out),
        Page::TermReferral(id) => choice(s, Field::Period(id, PeriodField::TermReferral), &mut out),
        // An answer no longer offered (the mode became one's own notice) is no answer.
        Page::TermException(id) if !questionnaire::term_exception_answered(s, id) => {
            out.push(err(
                Field::Period(id, PeriodField::TermExc),
                Msg::ErrRequiredChoice,
            ));
        }
        _ => {}
    }
    out
}

/// A period that starts after registration day `d` (nothing of it lies before D).
fn starts_after(from: Option<NaiveDate>, d: NaiveDate) -> bool {
    from.is_some_and(|x| x > d)
}

/// A period still running on registration day `d` (the person would not be unemployed).
fn runs_into(to: Option<NaiveDate>, d: NaiveDate) -> bool {
    to.is_some_and(|x| x >= d)
}

/// The answers already given whose dates do not fit before registration day `d`: periods
/// starting after it or ending on it or later, and the dated events of the questions still
/// asked (a registration day moved earlier from check-answers must not leave them behind).
fn dated_answers_after(s: &Form, d: NaiveDate) -> Vec<Text> {
    let mut out = Vec::new();
    for (i, id) in s.period_ids.iter().enumerate() {
        let from = valid(s, Field::Period(*id, PeriodField::From));
        let to = valid(s, Field::Period(*id, PeriodField::To));
        if starts_after(from, d) || runs_into(to, d) {
            out.push(Text::with(
                Msg1::PeriodN,
                [TextArg::Plain((i + 1).to_string())],
            ));
        }
    }
    let asked = questionnaire::pages(s);
    for q in [
        Q::LossDate,
        Q::PrisonStart,
        Q::PrisonRelease,
        Q::MilitaryFrom,
        Q::MilitaryTo,
        Q::RefusedDate,
    ] {
        let def = q.def(s);
        if asked.contains(&Page::Q(q)) && valid(s, def.field).is_some_and(|x| x > d) {
            out.push(Text::of(def.title));
        }
    }
    out
}
