//! Personal numbers: PESEL (birth date, sex, checksum) and NIP (checksum).

use super::answers::Sex;
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeselError {
    /// Not exactly 11 digits.
    Format,
    /// The control digit does not match.
    Checksum,
    /// Digits 1–6 are not a real date under the century codes.
    Date,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pesel {
    pub birth_date: NaiveDate,
    pub sex: Sex,
}

const PESEL_WEIGHTS: [u32; 10] = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/// Validates a PESEL and reads the birth date (month + 80: 1800s, +0: 1900s, +20: 2000s,
/// +40: 2100s, +60: 2200s) and the sex (10th digit odd: male, even: female).
pub fn parse_pesel(s: &str) -> Result<Pesel, PeselError> {
    let b = s.as_bytes();
    if b.len() != 11 || !b.iter().all(u8::is_ascii_digit) {
        return Err(PeselError::Format);
    }
    let digit = |i: usize| u32::from(b[i] - b'0');
    let sum: u32 = PESEL_WEIGHTS
        .iter()
        .enumerate()
        .map(|(i, w)| w * digit(i))
        .sum();
    if (10 - sum % 10) % 10 != digit(10) {
        return Err(PeselError::Checksum);
    }
    let yy = digit(0) * 10 + digit(1);
    let mm = digit(2) * 10 + digit(3);
    let dd = digit(4) * 10 + digit(5);
    let (century, month) = match mm {
        1..=12 => (1900, mm),
        21..=32 => (2000, mm - 20),
        41..=52 => (2100, mm - 40),
        61..=72 => (2200, mm - 60),
        81..=92 => (1800, mm - 80),
        _ => return Err(PeselError::Date),
    };
    let year = i32::try_from(century + yy).map_err(|_| PeselError::Date)?;
    let birth_date = NaiveDate::from_ymd_opt(year, month, dd).ok_or(PeselError::Date)?;
    let sex = if digit(9) % 2 == 1 {
        Sex::Male
    } else {
        Sex::Female
    };
    Ok(Pesel { birth_date, sex })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NipError {
    Format,
    Checksum,
}

const NIP_WEIGHTS: [u32; 9] = [6, 5, 7, 2, 3, 4, 5, 6, 7];

/// Validates a NIP (10 digits; dashes and spaces allowed between them).
pub fn validate_nip(s: &str) -> Result<(), NipError> {
    let digits: Vec<u32> = s
        .chars()
        .filter(|c| *c != '-' && *c != ' ')
        .map(|c| c.to_digit(10).ok_or(NipError::Format))
        .collect::<Result<_, _>>()?;
    // Ten zeros pass the checksum but are nobody's number.
    if digits.len() != 10 || digits.iter().all(|d| *d == 0) {
        return Err(NipError::Format);
    }
    let sum: u32 = NIP_WEIGHTS.iter().zip(&digits).map(|(w, d)| w * d).sum();
    let check = sum % 11;
    if check == 10 || check != digits[9] {
        return Err(NipError::Checksum);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// Every century the month field encodes (issue 24: the 2100s were not tested).
    #[test]
    fn pesel_centuries() {
        for (first10, birth) in [
            ("8581150000", "1885-01-15"),
            ("4405140135", "1944-05-14"),
            ("0227080362", "2002-07-08"),
            ("0547150000", "2105-07-15"),
            ("0572150000", "2205-12-15"),
        ] {
            let p = parse_pesel(&with_check(first10)).unwrap();
            assert_eq!(p.birth_date, d(birth), "{first10}");
        }
        assert_eq!(
            parse_pesel(&with_check("0553150000")),
            Err(PeselError::Date)
        );
    }

    #[test]
    fn ten_zeros_are_not_a_nip() {
        assert_eq!(validate_nip("0000000000"), Err(NipError::Format));
        assert_eq!(validate_nip("000-000-00-00"), Err(NipError::Format));
    }

    #[test]
    fn pesel_public_vectors() {
        // The catalog's example and widely published sample numbers.
        assert_eq!(
            parse_pesel("44051401359"),
            Ok(Pesel {
                birth_date: d("1944-05-14"),
                sex: Sex::Male
            })
        );
        assert_eq!(
            parse_pesel("02070803628"),
            Ok(Pesel {
                birth_date: d("1902-07-08"),
                sex: Sex::Female
            })
        );
        assert_eq!(
            parse_pesel("02270803624"),
            Ok(Pesel {
                birth_date: d("2002-07-08"),
                sex: Sex::Female
            })
        );
    }

    #[test]
    fn pesel_invalid() {
        assert_eq!(parse_pesel("44051401358"), Err(PeselError::Checksum));
        assert_eq!(parse_pesel("4405140135"), Err(PeselError::Format));
        assert_eq!(parse_pesel("4405140135a"), Err(PeselError::Format));
        assert_eq!(parse_pesel(""), Err(PeselError::Format));
        assert_eq!(parse_pesel("440514013590"), Err(PeselError::Format));
    }

    /// Builds a PESEL with a correct control digit.
    fn with_check(first10: &str) -> String {
        let b = first10.as_bytes();
        let sum: u32 = PESEL_WEIGHTS
            .iter()
            .enumerate()
            .map(|(i, w)| w * u32::from(b[i] - b'0'))
            .sum();
        format!("{first10}{}", (10 - sum % 10) % 10)
    }

    #[test]
    fn pesel_century_codes_and_leap_days() {
        let cases = [
            ("8092290000", Some("1880-12-29")),
            ("0022290000", Some("2000-02-29")), // 2000 is a leap year
            ("0042290000", None),               // 2100 is not a leap year
            ("2422290000", Some("2024-02-29")),
            ("2302290000", None), // 1923-02-29 does not exist
            ("0062010000", Some("2200-02-01")),
            ("9913310000", None), // month 13
            ("9904310000", None), // 31 April
            ("9901000000", None), // day 0
        ];
        for (first10, want) in cases {
            let got = parse_pesel(&with_check(first10)).map(|p| p.birth_date);
            match want {
                Some(date) => assert_eq!(got, Ok(d(date)), "{first10}"),
                None => assert_eq!(got, Err(PeselError::Date), "{first10}"),
            }
        }
    }

    #[test]
    fn pesel_sex_digit() {
        assert_eq!(
            parse_pesel(&with_check("9001010001")).unwrap().sex,
            Sex::Male
        );
        assert_eq!(
            parse_pesel(&with_check("9001010002")).unwrap().sex,
            Sex::Female
        );
    }

    #[test]
    fn nip_vectors() {
        assert_eq!(validate_nip("5261040828"), Ok(())); // GUS
        assert_eq!(validate_nip("526-104-08-28"), Ok(()));
        assert_eq!(validate_nip("7740001454"), Ok(())); // PKN Orlen
        assert_eq!(validate_nip("5261040827"), Err(NipError::Checksum));
        assert_eq!(validate_nip("526104082"), Err(NipError::Format));
        assert_eq!(validate_nip("52610408x8"), Err(NipError::Format));
        // Weighted sum ≡ 10 (mod 11) is never valid.
        assert_eq!(validate_nip("0000000030"), Err(NipError::Checksum));
    }
}
