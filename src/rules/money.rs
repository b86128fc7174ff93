//! Amounts of money in grosze (1/100 PLN), parsed from decimal strings without floats.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Grosze(pub i64);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    NotANumber,
    Negative,
    TooManyDecimals,
    TooLarge,
}

/// Lower case for the currency words matched below (ASCII, "Ł", Cyrillic "ЗЛ"); any other
/// character is kept as it is, and `Grosze::parse` refuses it either way. Not `to_lowercase`:
/// its Unicode tables would add ≈ 10 KB to the app (issue 12).
fn lower(c: char) -> char {
    match c {
        'Ł' => 'ł',
        'З' => 'з',
        'Л' => 'л',
        _ => c.to_ascii_lowercase(),
    }
}

/// An amount as a person types it, in any of the app's languages, written the way the
/// answers file writes amounts: `"1,234.50"` (English), `"1.234,50"`, `"1 234,50"` (Polish,
/// Ukrainian) → `"1234.50"`. Spaces are dropped; with both `,` and `.` the last one is the
/// decimal separator and the other groups thousands; a single kind of separator before groups
/// of exactly three digits (`"1,234"`, `"1.234.567"`) groups thousands (an amount has at most
/// two decimals), otherwise it is the decimal separator. The currency, as the app writes it
/// ("2 000 zł") or as people type it ("zł", "zl", "PLN", "złotych", "2000,-"), is dropped.
/// Anything else is left for `Grosze::parse` to refuse. The result does not depend on the
/// language shown.
pub fn normalise_typed_amount(typed: &str) -> String {
    let s: String = typed
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .map(lower)
        .collect::<String>();
    let mut s = s.as_str();
    s = s.strip_prefix("pln").unwrap_or(s);
    for currency in [
        "złotych", "zlotych", "złote", "zlote", "zł", "zl", "pln", "зл",
    ] {
        if let Some(rest) = s.strip_suffix(currency) {
            s = rest;
            break;
        }
    }
    // "2000,-" and "2000.-": whole złoty.
    s = s
        .strip_suffix(",-")
        .or_else(|| s.strip_suffix(".-"))
        .unwrap_or(s);
    let last_comma = s.rfind(',');
    let last_dot = s.rfind('.');
    let decimal = match (last_comma, last_dot) {
        (Some(c), Some(d)) => Some(if c > d { ',' } else { '.' }),
        (Some(_), None) | (None, Some(_)) => {
            let sep = if last_comma.is_some() { ',' } else { '.' };
            let mut parts = s.split(sep);
            let head = parts.next().unwrap_or("");
            let groups: Vec<&str> = parts.collect();
            let grouping = (1..=3).contains(&head.len())
                && groups.iter().all(|g| g.len() == 3)
                && [head]
                    .iter()
                    .chain(&groups)
                    .all(|p| p.bytes().all(|b| b.is_ascii_digit()));
            (!grouping).then_some(sep)
        }
        (None, None) => None,
    };
    s.chars()
        .filter(|c| !matches!(c, ',' | '.') || Some(*c) == decimal)
        .map(|c| if Some(c) == decimal { '.' } else { c })
        .collect()
}

impl Grosze {
    /// Parses `"1234"`, `"1234.5"`, `"1234.50"`, `"1 234,50"` (Polish comma and spaces are
    /// accepted). At most two decimals; no sign.
    pub fn parse(s: &str) -> Result<Grosze, MoneyError> {
        let cleaned: String = s
            .trim()
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
            .map(|c| if c == ',' { '.' } else { c })
            .collect();
        if cleaned.is_empty() {
            return Err(MoneyError::Empty);
        }
        if cleaned.starts_with('-') {
            return Err(MoneyError::Negative);
        }
        let (int, frac) = match cleaned.split_once('.') {
            Some((i, f)) => (i, f),
            None => (cleaned.as_str(), ""),
        };
        if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
            return Err(MoneyError::NotANumber);
        }
        if !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(MoneyError::NotANumber);
        }
        if frac.len() > 2 {
            return Err(MoneyError::TooManyDecimals);
        }
        if int.len() > 12 {
            return Err(MoneyError::TooLarge);
        }
        let whole: i64 = int.parse().map_err(|_| MoneyError::NotANumber)?;
        let mut cents: i64 = if frac.is_empty() {
            0
        } else {
            frac.parse().map_err(|_| MoneyError::NotANumber)?
        };
        if frac.len() == 1 {
            cents *= 10;
        }
        Ok(Grosze(whole * 100 + cents))
    }

    /// `percent` of this amount, rounded down to a grosz.
    pub fn percent(self, percent: u32) -> Grosze {
        Grosze(self.0 * i64::from(percent) / 100)
    }
}

impl fmt::Display for Grosze {
    /// `2403.00` (the exchange format; the UI formats per language).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_amounts() {
        assert_eq!(Grosze::parse("0"), Ok(Grosze(0)));
        assert_eq!(Grosze::parse("2403.01"), Ok(Grosze(240_301)));
        assert_eq!(Grosze::parse("2403,5"), Ok(Grosze(240_350)));
        assert_eq!(Grosze::parse(" 1 200,00 "), Ok(Grosze(120_000)));
        assert_eq!(Grosze::parse(""), Err(MoneyError::Empty));
        assert_eq!(Grosze::parse("12a"), Err(MoneyError::NotANumber));
        assert_eq!(Grosze::parse("-5"), Err(MoneyError::Negative));
        assert_eq!(Grosze::parse("1.234"), Err(MoneyError::TooManyDecimals));
        assert_eq!(Grosze::parse(".5"), Err(MoneyError::NotANumber));
        assert_eq!(Grosze::parse("99999999999999"), Err(MoneyError::TooLarge));
    }

    #[test]
    fn typed_amounts_in_every_language() {
        for (typed, canonical) in [
            ("2,403.00", "2403.00"),
            ("1,200", "1200"),
            ("1,234,567.5", "1234567.5"),
            ("2 403,00", "2403.00"),
            ("2\u{a0}403,00", "2403.00"),
            ("1.234,50", "1234.50"),
            ("1.234", "1234"),
            ("1200,50", "1200.50"),
            ("1200.50", "1200.50"),
            ("12,5", "12.5"),
            ("1,2345", "1.2345"),
            ("12a", "12a"),
            // The currency, as the app writes it (issue 13) and as people type it.
            ("2\u{a0}000 zł", "2000"),
            ("2\u{202f}000,50 zł", "2000.50"),
            ("2 000,50 zł", "2000.50"),
            ("2000,00", "2000.00"),
            ("PLN 2,000.50", "2000.50"),
            ("2000 PLN", "2000"),
            ("2000zl", "2000"),
            ("2000 złotych", "2000"),
            ("2000,- zł", "2000"),
            ("1\u{a0}721,90 зл", "1721.90"),
            // In capitals, as a phone's caps lock or an office form writes them.
            ("2000 ZŁ", "2000"),
            ("2000 Zł", "2000"),
            ("2000 ZŁOTYCH", "2000"),
            ("2000 ZL", "2000"),
            ("1721,90 ЗЛ", "1721.90"),
            ("zł", ""),
        ] {
            assert_eq!(normalise_typed_amount(typed), canonical, "{typed}");
        }
        assert_eq!(
            Grosze::parse(&normalise_typed_amount("2,403.00")),
            Ok(Grosze(240_300))
        );
        assert_eq!(
            Grosze::parse(&normalise_typed_amount("2 403,01")),
            Ok(Grosze(240_301))
        );
        assert_eq!(
            Grosze::parse(&normalise_typed_amount("1,2345")),
            Err(MoneyError::TooManyDecimals)
        );
    }

    #[test]
    fn displays_and_halves() {
        assert_eq!(Grosze(480_600).percent(50).to_string(), "2403.00");
        assert_eq!(Grosze(5).to_string(), "0.05");
    }
}
