//! Date conventions of rules.md section 1 (Kodeks postępowania administracyjnego, art. 57):
//! the day of the event is not counted; N days from day X end with day X + N; M months from
//! day X end with the same day number M months later, clamped to the month's last day.
//! Calendar days throughout; ranges are inclusive at both ends.

use chrono::{Days, Months, NaiveDate};

/// X + n days (saturating at chrono's range so that no input can panic).
pub fn add_days(x: NaiveDate, n: u32) -> NaiveDate {
    x.checked_add_days(Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MAX)
}

/// X − n days.
pub fn sub_days(x: NaiveDate, n: u32) -> NaiveDate {
    x.checked_sub_days(Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MIN)
}

/// X + m months, same day number clamped to the month's last day.
pub fn add_months(x: NaiveDate, m: u32) -> NaiveDate {
    x.checked_add_months(Months::new(m))
        .unwrap_or(NaiveDate::MAX)
}

/// X − m months, same day number clamped to the month's last day.
pub fn sub_months(x: NaiveDate, m: u32) -> NaiveDate {
    x.checked_sub_months(Months::new(m))
        .unwrap_or(NaiveDate::MIN)
}

/// "After N days from day X": the first day is X + N + 1.
pub fn first_day_after_days(x: NaiveDate, n: u32) -> NaiveDate {
    add_days(x, n.saturating_add(1))
}

/// "M months from day X" ends with X + M months; the first day after is one later.
pub fn first_day_after_months(x: NaiveDate, m: u32) -> NaiveDate {
    add_days(add_months(x, m), 1)
}

/// "The M months preceding day D": D − M months … D − 1, both inclusive.
pub fn months_before(d: NaiveDate, m: u32) -> (NaiveDate, NaiveDate) {
    (sub_months(d, m), sub_days(d, 1))
}

/// The date on which a person born on `birth` turns `years` (29 February → 28 February in
/// common years: the anniversary is clamped like any month period).
pub fn anniversary(birth: NaiveDate, years: u32) -> NaiveDate {
    add_months(birth, years.saturating_mul(12))
}

/// Inclusive day count of `from..=to` (0 when `to < from`).
pub fn days_inclusive(from: NaiveDate, to: NaiveDate) -> u32 {
    if to < from {
        0
    } else {
        u32::try_from((to - from).num_days() + 1).unwrap_or(u32::MAX)
    }
}

/// An inclusive range of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Range {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Range {
    pub fn new(from: NaiveDate, to: NaiveDate) -> Range {
        Range { from, to }
    }

    /// The part of this range inside `window`, if any.
    pub fn clip(self, window: Range) -> Option<Range> {
        let from = self.from.max(window.from);
        let to = self.to.min(window.to);
        (from <= to).then_some(Range { from, to })
    }

    pub fn days(self) -> u32 {
        days_inclusive(self.from, self.to)
    }
}

/// Number of days covered by the union of `ranges` (a day covered twice counts once).
/// Sorts in place: O(n log n).
pub fn union_days(ranges: &mut [Range]) -> u32 {
    ranges.sort_unstable();
    let mut total: u32 = 0;
    let mut current: Option<Range> = None;
    for r in ranges.iter() {
        match current {
            Some(c) if r.from <= add_days(c.to, 1) => {
                if r.to > c.to {
                    current = Some(Range {
                        from: c.from,
                        to: r.to,
                    });
                }
            }
            Some(c) => {
                total = total.saturating_add(c.days());
                current = Some(*r);
            }
            None => current = Some(*r),
        }
    }
    if let Some(c) = current {
        total = total.saturating_add(c.days());
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn catalog_examples() {
        // BEN-WAIT-7: registered 2026-03-02, benefit from 2026-03-10.
        assert_eq!(first_day_after_days(d("2026-03-02"), 7), d("2026-03-10"));
        // 18 months before 2024-03-15: 2022-09-15 … 2024-03-14.
        assert_eq!(
            months_before(d("2024-03-15"), 18),
            (d("2022-09-15"), d("2024-03-14"))
        );
    }

    #[test]
    fn month_clamping() {
        assert_eq!(sub_months(d("2024-08-31"), 18), d("2023-02-28"));
        assert_eq!(add_months(d("2025-11-30"), 3), d("2026-02-28"));
        assert_eq!(first_day_after_months(d("2025-11-30"), 3), d("2026-03-01"));
        assert_eq!(anniversary(d("2008-02-29"), 18), d("2026-02-28"));
        assert_eq!(anniversary(d("2008-02-29"), 16), d("2024-02-29"));
    }

    #[test]
    fn union_counts_overlaps_once() {
        let mut v = vec![
            Range::new(d("2025-01-01"), d("2025-01-10")),
            Range::new(d("2025-01-05"), d("2025-01-20")),
            Range::new(d("2025-01-21"), d("2025-01-21")),
            Range::new(d("2025-02-01"), d("2025-02-01")),
        ];
        assert_eq!(union_days(&mut v), 22);
        assert_eq!(union_days(&mut []), 0);
    }

    #[test]
    fn extreme_dates_do_not_panic() {
        assert_eq!(add_days(NaiveDate::MAX, 10), NaiveDate::MAX);
        assert_eq!(sub_months(NaiveDate::MIN, 18), NaiveDate::MIN);
        assert_eq!(days_inclusive(d("2025-01-02"), d("2025-01-01")), 0);
    }
}

/// Parses a date written `YYYY-MM-DD` (four-digit year), the only form of the answers file.
/// Hand-written rather than chrono's format parser: the web app need not carry that parser.
pub fn parse_ymd(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
}

/// Serde reader of the answers file's optional dates (`#[serde(deserialize_with)]`):
/// `null` or `YYYY-MM-DD`.
pub fn de_opt_ymd<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    use serde::Deserialize;
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(s) => parse_ymd(&s).map(Some).ok_or_else(|| {
            serde::de::Error::custom(format!("invalid date `{s}`: expected YYYY-MM-DD"))
        }),
    }
}

#[cfg(test)]
mod parse_tests {
    use super::*;

    /// Ranges that touch (the next day) or overlap merge; a gap of a day does not (issue 24).
    #[test]
    fn union_days_counts_each_day_once() {
        let r = |a: &str, b: &str| Range::new(a.parse().unwrap(), b.parse().unwrap());
        let mut touching = [r("2026-01-01", "2026-01-10"), r("2026-01-11", "2026-01-20")];
        assert_eq!(union_days(&mut touching), 20);
        let mut same_end = [r("2026-01-01", "2026-01-10"), r("2026-01-05", "2026-01-10")];
        assert_eq!(union_days(&mut same_end), 10);
        let mut inside = [r("2026-01-01", "2026-01-31"), r("2026-01-05", "2026-01-06")];
        assert_eq!(union_days(&mut inside), 31);
        let mut gap = [r("2026-01-01", "2026-01-10"), r("2026-01-12", "2026-01-20")];
        assert_eq!(union_days(&mut gap), 19);
    }

    #[test]
    fn parse_ymd_reads_only_valid_iso_dates() {
        assert_eq!(
            parse_ymd("2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        assert_eq!(parse_ymd("2000-01-01"), NaiveDate::from_ymd_opt(2000, 1, 1));
        // Both dashes are needed (issue 24).
        assert_eq!(parse_ymd("2024-01/01"), None);
        assert_eq!(parse_ymd("2024/01-01"), None);
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-01-32",
            "24-01-01",
            "2024-1-01",
            "2024/01/01",
            "+2024-01-01",
            " 2024-01-01",
            "2024-01-01T00",
            "",
            "abcd-ef-gh",
            "2024-01-0x",
        ] {
            assert_eq!(parse_ymd(bad), None, "{bad}");
        }
    }
}
