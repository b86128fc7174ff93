//! The rules catalogs: every rule ID of each rule set with the sentence of the source text it
//! comes from (verbatim), its legal reference and a one-line English summary. Each rule set
//! keeps its catalog in its own module (`source_2004_act::catalog`, `act_2025::catalog`); the
//! account rules (ACC, from the praca.gov.pl help page) are shared.

use super::RuleSetId;

/// Which source text a quote comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `004_50869f1dd12606c7.txt`: the county labour office (PUP) page.
    Office,
    /// `000_41af5d8e6f4895df.txt`: how to create an account on praca.gov.pl.
    Account,
    /// `spec/law/ustawa-2025-620-wybrane.md`: the Act of 20 March 2025 (selected articles).
    Act2025,
    /// `spec/law/ustawa-2025-620-inne.md`: articles of the same Act the selected-articles file
    /// lacks (art. 2 pkt 24, art. 245, art. 420), copied from the full text.
    Act2025Other,
    /// `spec/law/ustawa-2004-uchylona-art-33.md`: art. 33 of the repealed Act of 20 April 2004
    /// in its last text (Dz.U. 2025 poz. 214), which art. 433 ust. 6 still applies.
    RepealedAct2004,
}

impl Source {
    /// File name of the source in `../shared/seeds/` or `../shared/law/`.
    pub fn file_name(self) -> &'static str {
        match self {
            Source::Office => "004_50869f1dd12606c7.txt",
            Source::Account => "000_41af5d8e6f4895df.txt",
            Source::Act2025 => "ustawa-2025-620-wybrane.md",
            Source::Act2025Other => "ustawa-2025-620-inne.md",
            Source::RepealedAct2004 => "ustawa-2004-uchylona-art-33.md",
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct RuleInfo {
    pub id: &'static str,
    /// "REG", "STATUS", "LOSS", "OBL", "BEN", "Q", "DEFER", "DOC" or "ACC".
    pub section: &'static str,
    pub source: Source,
    /// The legal reference (art./ust./pkt/lit.) where the source states one.
    pub article: Option<&'static str>,
    /// Verbatim excerpt of the source (Polish), whitespace runs collapsed to one space.
    /// Not in the web app's code: it reads `i18n/quotes.txt` with the result (`quotes_file`).
    #[cfg(not(target_arch = "wasm32"))]
    pub quote: &'static str,
    /// Short English summary of the rule as the catalog states it.
    /// Not in the web app (only `pup-check rules` lists it).
    #[cfg(not(target_arch = "wasm32"))]
    pub summary: &'static str,
}

/// The account rules (ACC): from the praca.gov.pl help page (seed 000), shared by every rule
/// set (the 2025 Act does not regulate the portal's screens; docs/decisions.md).
pub const ACCOUNT: &[RuleInfo] = &[
    RuleInfo {
        id: "ACC-WHAT",
        section: "ACC",
        source: Source::Account,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Praca.gov.pl umożliwia Powiatowym Urzędom Pracy świadczenie usług elektronicznych na rzecz osób bezrobotnych i poszukujących pracy, PRACODAWCÓW oraz podmiotów powierzającym cudzoziemcom wykonywanie pracy na terytorium Rzeczypospolitej Polskiej. Użytkownicy dysponujący Profilem Zaufanym lub kwalifikowanym podpisem elektronicznym mają możliwość założenia konta w Praca.gov.pl oraz wnoszenia wniosków wraz z załącznikami w postaci elektronicznej. Na konto użytkownika w Praca.gov.pl kierowane są również informacje zwrotne, pisma w sprawie i decyzje z urzędów.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "praca.gov.pl lets PUPs serve clients electronically; an account holder with Profil Zaufany or a qualified signature files applications with attachments and receives letters and decisions there.",
    },
    RuleInfo {
        id: "ACC-START",
        section: "ACC",
        source: Source::Account,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "W celu założenia konta użytkownika Praca.gov.pl wejdź na stronę https://www.praca.gov.pl i wybierz funkcję „Zaloguj się”. 2. Następnie wybierz „Załóż konto”",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Go to www.praca.gov.pl, choose \"Zaloguj się\", then \"Załóż konto\".",
    },
    RuleInfo {
        id: "ACC-METHOD-QES",
        section: "ACC",
        source: Source::Account,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Po wybraniu opcji rejestracji za pomocą kwalifikowanego podpisu elektronicznego użytkownik proszony jest o podpisanie oświadczenia: \"Proszę o przydzielenie dostępu lub rejestrację w systemie Praca.gov.pl przy użyciu certyfikatu\".",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "With a qualified electronic signature: sign the access statement (\"Podpisz oświadczenie\", then PIN).",
    },
    RuleInfo {
        id: "ACC-QES-CERT",
        section: "ACC",
        source: Source::Account,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Aby korzystać z certyfikatu kwalifikowanego w praca.gov.pl, certyfikat musi być wydany w kraju Unii Europejskiej. Sam certyfikat musi mieć zapisane dane identyfikacyjne osoby „PNO”, kraj wydania i wartość np.: PNODE-12345678901. Informacje o tym, że certyfikat musi zawierać PNO przekazuje się wydawcy certyfikatu podczas jego zamawiania.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The qualified certificate must be issued in an EU country and carry the \"PNO\" identifier with country and value (e.g. PNODE-12345678901); ask the issuer when ordering.",
    },
    RuleInfo {
        id: "ACC-METHOD-PZ",
        section: "ACC",
        source: Source::Account,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "za pomocą login.gov.pl \"Załóż konto i zweryfikuj przez login.gov.pl\". Po uwierzytelnieniu się Profilem Zaufanym klient zostanie przekierowany do portalu praca.gov.pl, gdzie będzie kontynuował zakładanie konta zweryfikowanego.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Via login.gov.pl: log in with Profil Zaufany, then return to praca.gov.pl to finish the account.",
    },
    RuleInfo {
        id: "ACC-FORM",
        section: "ACC",
        source: Source::Account,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "W sekcji dotyczącej danych kontaktowych należy podać adres e-mail oraz telefon (opcjonalnie). W sekcji Dane konta należy uzupełnić pola: login oraz ustawić hasło, a w sekcji Inne informacje wskazać rolę w jakiej konto będzie używane. Można zaznaczyć więcej niż jedną rolę.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Personal data come pre-filled; give an e-mail (phone optional), a login and password and one or more roles, accept the terms and press \"Zatwierdź\".",
    },
    RuleInfo {
        id: "ACC-ACTIVE-EXISTS",
        section: "ACC",
        source: Source::Account,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "UWAGA !!! - Jeżeli dla podanego numeru PESEL istnieje już założone konto w systemie i ma ono stratus \"Aktywne\" pojawi się błąd rejestracji konta:",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "If an account with status \"Aktywne\" already exists for the PESEL, registration fails: log in to it instead.",
    },
];

/// Every rule of a rule set, its own catalog then the shared account rules.
pub fn of(set: RuleSetId) -> impl Iterator<Item = &'static RuleInfo> {
    set.catalog().iter().chain(ACCOUNT)
}

/// The catalog as text for `pup-check rules`: each ID, its summary and its source sentence.
#[cfg(not(target_arch = "wasm32"))]
pub fn listing() -> String {
    let mut out = String::new();
    for set in RuleSetId::ALL {
        out.push_str("== rule set ");
        out.push_str(set.as_str());
        out.push_str(" ==\n");
        for r in of(*set) {
            listing_entry(&mut out, r);
        }
    }
    out
}

#[cfg(not(target_arch = "wasm32"))]
fn listing_entry(out: &mut String, r: &RuleInfo) {
    {
        out.push_str(r.id);
        out.push_str("\n  ");
        out.push_str(r.summary);
        out.push_str("\n  source (");
        out.push_str(r.source.file_name());
        if let Some(article) = r.article {
            out.push_str(", ");
            out.push_str(article);
        }
        out.push_str("): \u{201e}");
        out.push_str(r.quote);
        out.push_str("\u{201d}\n");
    }
}

/// The quotes of every rule set, as the web app reads them with the result
/// (`i18n/quotes.txt`, written by `pup-check quotes`; a test keeps the file equal to this):
/// one line a rule, `rule set <TAB> rule ID <TAB> quote`.
#[cfg(not(target_arch = "wasm32"))]
pub fn quotes_file() -> String {
    let mut out = String::from(
        "# Generated by `pup-check quotes > i18n/quotes.txt` from the rule catalogs. Do not edit.\n",
    );
    for set in RuleSetId::ALL {
        for r in of(*set) {
            out.push_str(set.as_str());
            out.push('\t');
            out.push_str(r.id);
            out.push('\t');
            out.push_str(r.quote);
            out.push('\n');
        }
    }
    out
}

/// Reads a quotes file (`quotes_file`): (rule set, rule ID) → quote.
pub fn parse_quotes(text: &str) -> Vec<(RuleSetId, &str, &str)> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut it = l.splitn(3, '\t');
            let set = RuleSetId::from_wire(it.next()?)?;
            Some((set, it.next()?, it.next()?))
        })
        .collect()
}

/// The catalog entry of a rule ID in a rule set, if there is one.
pub fn find(set: RuleSetId, id: &str) -> Option<&'static RuleInfo> {
    of(set).find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    // The repository's copies of ../shared/seeds and ../shared/spec (spec/README.md), so
    // that the tests run on any checkout; `copies_equal_the_shared_originals` keeps them equal.
    const OFFICE_PATH: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/spec/seeds/004_50869f1dd12606c7.txt"
    );
    const ACCOUNT_PATH: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/spec/seeds/000_41af5d8e6f4895df.txt"
    );
    const RULES_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/spec/rules.md");
    const ACT_2025_PATH: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/spec/law/ustawa-2025-620-wybrane.md"
    );
    /// Articles the selected-articles file lacks, copied from the same source.
    const ACT_2025_EXTRA_PATH: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/spec/law/ustawa-2025-620-inne.md"
    );
    /// Art. 33 of the repealed Act's last text (art. 433 ust. 6).
    const REPEALED_PATH: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/spec/law/ustawa-2004-uchylona-art-33.md"
    );
    const ACT_2025_CATALOG_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/spec/act-2025.md");

    /// Where the copies come from: the team's shared folder beside the repository.
    const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");

    #[test]
    fn copies_equal_the_shared_originals() {
        let pairs = [
            ("spec/rules.md", "spec/rules.md"),
            (
                "spec/seeds/004_50869f1dd12606c7.txt",
                "seeds/004_50869f1dd12606c7.txt",
            ),
            (
                "spec/seeds/000_41af5d8e6f4895df.txt",
                "seeds/000_41af5d8e6f4895df.txt",
            ),
            (
                "spec/law/ustawa-2025-620-wybrane.md",
                "law/ustawa-2025-620-wybrane.md",
            ),
            ("spec/law/research-2025.md", "law/research-2025.md"),
        ];
        for (copy, original) in pairs {
            let copy_text = read(&format!("{}/{copy}", env!("CARGO_MANIFEST_DIR")));
            assert!(!copy_text.is_empty(), "{copy} is empty");
            // On a machine without the shared folder (a bare checkout) the copy stands alone.
            if let Ok(original_text) = std::fs::read_to_string(format!("{SHARED}/{original}")) {
                assert_eq!(
                    copy_text, original_text,
                    "{copy} differs from ../shared/{original}: copy it again"
                );
            }
        }
    }

    const PREFIXES: &[&str] = &[
        "REG", "STATUS", "LOSS", "OBL", "BEN", "Q", "DEFER", "DOC", "ACC",
    ];

    fn collapse(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn read(path: &str) -> String {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
    }

    fn is_word_char(c: char) -> bool {
        c.is_alphanumeric() || c == '_'
    }

    fn is_id_char(c: char) -> bool {
        c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'
    }

    /// Every rule ID in `text`: a known prefix at a word start, then '-', then a run of
    /// [A-Z0-9-] with any trailing '-' trimmed; the next char must not be a word char.
    fn scan_ids(text: &str) -> BTreeSet<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut ids = BTreeSet::new();
        let mut i = 0;
        while i < chars.len() {
            if i > 0 && is_word_char(chars[i - 1]) {
                i += 1;
                continue;
            }
            let mut matched = false;
            for prefix in PREFIXES {
                let p: Vec<char> = prefix.chars().collect();
                let dash = i + p.len();
                if dash >= chars.len() || chars[i..dash] != p[..] || chars[dash] != '-' {
                    continue;
                }
                let mut end = dash + 1;
                while end < chars.len() && is_id_char(chars[end]) {
                    end += 1;
                }
                let mut last = end;
                while last > dash + 1 && chars[last - 1] == '-' {
                    last -= 1;
                }
                if last == dash + 1 {
                    continue; // nothing after the prefix, e.g. "DEFER-*"
                }
                if end < chars.len() && is_word_char(chars[end]) {
                    continue; // not followed by a word boundary
                }
                ids.insert(chars[i..last].iter().collect());
                i = end;
                matched = true;
                break;
            }
            if !matched {
                i += 1;
            }
        }
        ids
    }

    /// Every rule of every rule set, once each (the shared account rules once).
    fn every_rule() -> impl Iterator<Item = (RuleSetId, &'static RuleInfo)> {
        RuleSetId::ALL
            .iter()
            .flat_map(|set| of(*set).map(move |r| (*set, r)))
            // The shared account rules are listed under the seed's catalog.
            .filter(|(set, r)| match set {
                RuleSetId::Source2004Act => true,
                RuleSetId::Act2025 => r.section != "ACC",
                // The amendment's rules are the Act's, checked there.
                RuleSetId::TestAmendment => false,
            })
    }

    #[test]
    fn every_quote_is_verbatim_in_its_source() {
        let office = collapse(&read(OFFICE_PATH));
        let account = collapse(&read(ACCOUNT_PATH));
        let act = collapse(&read(ACT_2025_PATH));
        let act_other = collapse(&read(ACT_2025_EXTRA_PATH));
        let repealed = collapse(&read(REPEALED_PATH));
        let mut failing = Vec::new();
        for (_, rule) in every_rule() {
            let text = match rule.source {
                Source::Office => &office,
                Source::Account => &account,
                Source::Act2025 => &act,
                Source::Act2025Other => &act_other,
                Source::RepealedAct2004 => &repealed,
            };
            let quote = collapse(rule.quote);
            if quote.is_empty() || !text.contains(&quote) {
                println!(
                    "quote of {} not found in {}",
                    rule.id,
                    rule.source.file_name()
                );
                failing.push(rule.id);
            }
        }
        assert!(failing.is_empty(), "quotes not found verbatim: {failing:?}");
    }

    /// A note retells the statute: its phrase is verbatim in its source, and its article is
    /// written like the catalog's ("art. …").
    #[test]
    fn every_note_retells_its_statute() {
        let act = collapse(&read(ACT_2025_PATH));
        let mut keys = BTreeSet::new();
        let mut seen: Vec<*const crate::rules::notes::Note> = Vec::new();
        for set in RuleSetId::ALL {
            // A law that repeats another's notes (an amendment) declares them once.
            if seen.contains(&set.notes().as_ptr()) {
                continue;
            }
            seen.push(set.notes().as_ptr());
            for n in set.notes() {
                assert!(keys.insert(n.key), "note {} declared twice", n.key);
                assert!(n.article.starts_with("art. "), "{}: {}", n.key, n.article);
                let text = match n.source {
                    Source::Act2025 => &act,
                    other => panic!("{}: a note from {other:?} has no reader here", n.key),
                };
                assert!(
                    text.contains(&collapse(n.phrase)),
                    "note {}: phrase not verbatim in {}",
                    n.key,
                    n.source.file_name()
                );
            }
        }
        assert!(!keys.is_empty());
    }

    #[test]
    fn catalog_ids_match_rules_md() {
        let in_spec = scan_ids(&read(RULES_PATH));
        let in_catalog: BTreeSet<String> = of(RuleSetId::Source2004Act)
            .map(|r| r.id.to_string())
            .collect();
        let missing: Vec<_> = in_spec.difference(&in_catalog).collect();
        let invented: Vec<_> = in_catalog.difference(&in_spec).collect();
        assert!(
            missing.is_empty() && invented.is_empty(),
            "missing from CATALOG: {missing:?}; not in rules.md: {invented:?}"
        );
    }

    #[test]
    fn act_2025_catalog_ids_match_its_markdown() {
        let in_spec = scan_ids(&read(ACT_2025_CATALOG_PATH));
        let in_catalog: BTreeSet<String> =
            of(RuleSetId::Act2025).map(|r| r.id.to_string()).collect();
        let missing: Vec<_> = in_spec.difference(&in_catalog).collect();
        let invented: Vec<_> = in_catalog.difference(&in_spec).collect();
        assert!(
            missing.is_empty() && invented.is_empty(),
            "missing from act_2025::catalog: {missing:?}; not in spec/act-2025.md: {invented:?}"
        );
    }

    /// Issue 22: a rule that cites a range (`ust. 1–2`, `pkt 4–5`, `lit. h–k`) quotes every
    /// unit of it — the marker of each unit after the first is in its quote.
    #[test]
    fn every_cited_range_is_quoted_in_full() {
        let mut failing = Vec::new();
        for (_, rule) in
            every_rule().filter(|(_, r)| r.source != Source::Office && r.source != Source::Account)
        {
            let article = rule.article.unwrap_or_default();
            for (unit, marker) in [("lit. ", ") "), ("pkt ", ") "), ("ust. ", ". ")] {
                for part in article.split(unit).skip(1) {
                    let range: String = part
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '–')
                        .collect();
                    let Some((from, to)) = range.split_once('–') else {
                        continue;
                    };
                    let units: Vec<String> =
                        if let (Ok(a), Ok(b)) = (from.parse::<u32>(), to.parse::<u32>()) {
                            (a + 1..=b).map(|n| n.to_string()).collect()
                        } else {
                            let (a, b) = (
                                from.chars().next().unwrap_or('a'),
                                to.chars().next().unwrap_or('a'),
                            );
                            (a..=b).skip(1).map(|c| c.to_string()).collect()
                        };
                    let quote = collapse(rule.quote);
                    for u in units {
                        if !quote.contains(&format!(" {u}{marker}")) {
                            failing.push(format!("{} ({article}): no {unit}{u}", rule.id));
                        }
                    }
                }
            }
        }
        assert!(
            failing.is_empty(),
            "cited ranges not quoted in full:\n{}",
            failing.join("\n")
        );
    }

    #[test]
    fn every_statute_rule_names_its_article() {
        for (_, rule) in every_rule().filter(|(_, r)| {
            matches!(
                r.source,
                Source::Act2025 | Source::Act2025Other | Source::RepealedAct2004
            )
        }) {
            let article = rule.article.unwrap_or_default();
            assert!(
                article.starts_with("art. "),
                "{} has no article: {article:?}",
                rule.id
            );
        }
    }

    #[test]
    fn ids_are_unique() {
        for set in RuleSetId::ALL {
            let mut seen = BTreeSet::new();
            for rule in of(*set) {
                assert!(seen.insert(rule.id), "duplicate rule id {}", rule.id);
            }
        }
    }

    #[test]
    fn sections_match_id_prefixes() {
        for (_, rule) in every_rule() {
            assert!(
                PREFIXES.contains(&rule.section),
                "bad section of {}",
                rule.id
            );
            assert!(
                rule.id.starts_with(&format!("{}-", rule.section)),
                "{} is not in section {}",
                rule.id,
                rule.section
            );
        }
    }

    /// The quotes the web app fetches with the result are the catalogs' own.
    #[test]
    fn the_quotes_file_is_the_catalogs() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/quotes.txt");
        let file = read(path);
        // The test-only amendment (`test_amendment`) is in `RuleSetId::ALL` of the tests only.
        let generated: String = quotes_file()
            .lines()
            .filter(|l| !l.starts_with("test-amendment\t"))
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(
            file == generated,
            "i18n/quotes.txt is stale: run `cargo run --bin pup-check -- quotes > i18n/quotes.txt`"
        );
        let parsed = parse_quotes(&file);
        let n: usize = RuleSetId::ALL
            .iter()
            .filter(|s| s.as_str() != "test-amendment")
            .map(|s| of(*s).count())
            .sum();
        assert_eq!(parsed.len(), n);
        for (set, id, quote) in parsed {
            assert_eq!(find(set, id).map(|r| r.quote), Some(quote));
        }
    }

    #[test]
    fn find_works() {
        let old = RuleSetId::Source2004Act;
        assert_eq!(find(old, "BEN-WAIT-7").map(|r| r.section), Some("BEN"));
        assert!(find(RuleSetId::Act2025, "BEN-WAIT-7").is_none());
        assert!(find(RuleSetId::Act2025, "ACC-START").is_some());
        assert!(find(old, "NOPE-1").is_none());
    }
}
