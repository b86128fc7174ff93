//! The raw answers of a questionnaire: the text of every field as the person typed it
//! (nothing is lost by navigating), the periods entered and today's date. A leaf: the
//! questionnaires, the reading into `Answers` and the app's state build on it.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::l10n::Msg;

/// Raw text of every field, by key (see `Q::def`'s `field`; a date's parts `{key}.d` …).
pub type Fields = BTreeMap<String, String>;

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

    pub fn get(&self, key: &str) -> &str {
        self.fields.get(key).map_or("", String::as_str)
    }
}

/// Whether field `k` belongs to question field `f` ("birth_date.unknown" to "birth_date").
pub fn sub_field(k: &str, f: &str) -> bool {
    k.strip_prefix(f).is_some_and(|r| r.starts_with('.'))
}

/// A date field: `{key}.d`, `{key}.m`, `{key}.y` and the "Nie wiem" box `{key}.unknown`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DateValue {
    Empty,
    Unknown,
    Valid(NaiveDate),
    Invalid(Msg),
}

pub fn date_of(f: &Fields, key: &str) -> DateValue {
    let g = |p: &str| f.get(&format!("{key}.{p}")).map_or("", |s| s.trim());
    if g("unknown") == "1" {
        return DateValue::Unknown;
    }
    let (d, m, y) = (g("d"), g("m"), g("y"));
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

pub fn set_date(f: &mut Fields, key: &str, date: Option<NaiveDate>) {
    if let Some(d) = date {
        f.insert(format!("{key}.d"), d.day().to_string());
        f.insert(format!("{key}.m"), d.month().to_string());
        f.insert(format!("{key}.y"), d.year().to_string());
    }
}
