//! Releases (issue 26): the version in Cargo.toml has its CHANGELOG entry, and that entry
//! names the fingerprint of the figures it carries — a changed figure without a new version
//! and entry fails here, so that a printout's version always tells which figures made it.

const CHANGELOG: &str = include_str!("../CHANGELOG.md");
const FIGURE_FILES: [&str; 2] = [
    include_str!("../rules/source-2004-act.json"),
    include_str!("../rules/act-2025.json"),
];

/// FNV-1a (64 bits) over the figure files, in order: a fingerprint, not a security measure
/// (the release's SHA-256 list is that).
fn fingerprint() -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for file in FIGURE_FILES {
        for b in file.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// The newest entry: its version and its text.
fn newest_entry() -> (&'static str, &'static str) {
    let start = CHANGELOG.find("\n## ").expect("an entry") + 4;
    let rest = &CHANGELOG[start..];
    let end = rest.find("\n## ").unwrap_or(rest.len());
    let version = rest.split_whitespace().next().unwrap();
    (version, &rest[..end])
}

#[test]
fn the_version_has_its_changelog_entry() {
    let (version, _) = newest_entry();
    assert_eq!(
        version,
        env!("CARGO_PKG_VERSION"),
        "CHANGELOG.md's newest entry is not the version in Cargo.toml"
    );
    assert_eq!(version, pup_check::rules::figures::VERSION);
}

#[test]
fn a_new_figure_is_a_new_version() {
    let (version, entry) = newest_entry();
    let named = entry
        .lines()
        .find_map(|l| l.strip_prefix("Figures fingerprint: `"))
        .and_then(|l| l.split('`').next())
        .expect("the entry names its figures' fingerprint");
    assert_eq!(
        named,
        fingerprint(),
        "rules/*.json changed since {version}: give the release a new version in Cargo.toml and \
         a CHANGELOG.md entry naming the new figures and the fingerprint {}",
        fingerprint()
    );
    // The entry says until when the figures hold, as `pup-check figures` does.
    for t in pup_check::rules::figures::Table::ALL {
        let until = t.known_until().to_string();
        assert!(entry.contains(&until), "the entry does not say {until}");
    }
}

/// The fingerprint reads every byte (so that it can fail).
#[test]
fn the_fingerprint_changes_with_a_figure() {
    let before = fingerprint();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for file in FIGURE_FILES {
        for b in file.replace("4950.00", "4950.01").bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    assert_ne!(before, format!("{h:016x}"));
}

/// The page's footer names the version and the day of the figures; the pre-rendered start
/// page (index.html, shown before the app has started) carries the same line.
#[test]
fn the_pre_rendered_footer_names_this_version() {
    use pup_check::app::i18n::{fmt_date, tf, Msg2};
    use pup_check::rules::figures;
    let line = tf(
        Msg2::FooterVersion,
        [figures::VERSION, &fmt_date(figures::as_of())],
    );
    let index = include_str!("../index.html");
    assert!(
        index.contains(&format!("<p class=\"footer__meta\">{line}</p>")),
        "index.html's footer is not {line:?}"
    );
}
