//! The values a rule used, as recorded in the trace. A small typed map that costs no string
//! formatting while the rules run; it serializes to the same JSON object a `serde_json::Map`
//! would, and reads like `serde_json::Value` (`get`, `as_u64`, `as_str`, …).

use chrono::NaiveDate;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Null,
    Bool(bool),
    Int(i64),
    Str(&'static str),
    Text(String),
    Date(NaiveDate),
    List(Vec<Val>),
    Obj(Values),
}

/// Named values, in the order the rule recorded them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Values(pub Vec<(&'static str, Val)>);

impl Values {
    pub fn get(&self, key: &str) -> Option<&Val> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Val)> {
        self.0.iter().map(|(k, v)| (*k, v))
    }

    /// The values with one more (or a replaced) entry.
    pub fn with(mut self, key: &'static str, value: impl Into<Val>) -> Values {
        self.insert(key, value);
        self
    }

    pub fn insert(&mut self, key: &'static str, value: impl Into<Val>) {
        let value = value.into();
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
    }
}

impl Val {
    pub fn is_null(&self) -> bool {
        matches!(self, Val::Null)
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Val::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Val::Int(i) => Some(*i),
            _ => None,
        }
    }
    pub fn as_u64(&self) -> Option<u64> {
        self.as_i64().and_then(|i| u64::try_from(i).ok())
    }
    /// Text values; dates are not text (see `as_date`).
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Val::Str(s) => Some(s),
            Val::Text(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_date(&self) -> Option<NaiveDate> {
        match self {
            Val::Date(d) => Some(*d),
            _ => None,
        }
    }
    /// A date, or a date written as text (`YYYY-MM-DD`), as the trace holds either.
    pub fn as_any_date(&self) -> Option<NaiveDate> {
        self.as_date()
            .or_else(|| self.as_str().and_then(super::dates::parse_ymd))
    }
    pub fn as_array(&self) -> Option<&Vec<Val>> {
        match self {
            Val::List(l) => Some(l),
            _ => None,
        }
    }
    pub fn as_object(&self) -> Option<&Values> {
        match self {
            Val::Obj(o) => Some(o),
            _ => None,
        }
    }
}

impl From<bool> for Val {
    fn from(b: bool) -> Val {
        Val::Bool(b)
    }
}
impl From<u32> for Val {
    fn from(n: u32) -> Val {
        Val::Int(i64::from(n))
    }
}
impl From<usize> for Val {
    fn from(n: usize) -> Val {
        Val::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<&'static str> for Val {
    fn from(s: &'static str) -> Val {
        Val::Str(s)
    }
}
impl From<String> for Val {
    fn from(s: String) -> Val {
        Val::Text(s)
    }
}
impl From<NaiveDate> for Val {
    fn from(d: NaiveDate) -> Val {
        Val::Date(d)
    }
}
impl From<Values> for Val {
    fn from(v: Values) -> Val {
        Val::Obj(v)
    }
}
impl<T: Into<Val>> From<Vec<T>> for Val {
    fn from(v: Vec<T>) -> Val {
        Val::List(v.into_iter().map(Into::into).collect())
    }
}
impl<T: Into<Val>> From<Option<T>> for Val {
    fn from(o: Option<T>) -> Val {
        o.map_or(Val::Null, Into::into)
    }
}

impl Serialize for Val {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Val::Null => s.serialize_unit(),
            Val::Bool(b) => s.serialize_bool(*b),
            Val::Int(i) => s.serialize_i64(*i),
            Val::Str(t) => s.serialize_str(t),
            Val::Text(t) => s.serialize_str(t),
            Val::Date(d) => d.serialize(s),
            Val::List(l) => {
                let mut seq = s.serialize_seq(Some(l.len()))?;
                for v in l {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            Val::Obj(o) => o.serialize(s),
        }
    }
}

impl Serialize for Values {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// `vals! { "key" => expr, … }` builds `Values`; each expr converts with `Val::from`.
#[macro_export]
macro_rules! vals {
    () => { $crate::rules::values::Values::default() };
    ($($k:literal => $v:expr),+ $(,)?) => {
        $crate::rules::values::Values(vec![$(($k, $crate::rules::values::Val::from($v))),+])
    };
}

impl From<i32> for Val {
    fn from(n: i32) -> Val {
        Val::Int(i64::from(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_like_json() {
        let d: NaiveDate = "2026-03-02".parse().unwrap();
        let v = crate::vals! { "a" => 1u32, "b" => Some(d), "c" => None::<bool>, "d" => vec!["x", "y"], "e" => "s" };
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"{"a":1,"b":"2026-03-02","c":null,"d":["x","y"],"e":"s"}"#
        );
        assert_eq!(v.get("a").and_then(Val::as_u64), Some(1));
        assert_eq!(v.get("b").and_then(Val::as_date), Some(d));
        assert!(v.get("c").unwrap().is_null());
    }
}
