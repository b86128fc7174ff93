//! The accessibility and privacy statements an office publishes (issue 26) claim only what
//! the project shows: every browser test the accessibility statement cites exists, the axe
//! version and rules it names are the ones the tests run, and the privacy statement's storage
//! key, policy and defaults are the code's. Both name the version they describe.

use std::path::Path;

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel))
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The browser tests' sources, concatenated.
fn browser_tests() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let mut out = String::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "mjs") {
            out.push_str(&std::fs::read_to_string(p).unwrap());
        }
    }
    out
}

/// The titles the statement cites: `test „…”`.
fn cited_tests(statement: &str) -> Vec<&str> {
    statement
        .split("test „")
        .skip(1)
        .map(|rest| rest.split('”').next().unwrap())
        .collect()
}

#[test]
fn the_accessibility_statement_cites_only_tests_that_exist() {
    let statement = read("docs/deklaracja-dostepnosci.md");
    let tests = browser_tests();
    let cited = cited_tests(&statement);
    assert!(cited.len() >= 12, "{cited:?}");
    for title in cited {
        let quoted = ['\'', '"', '`']
            .iter()
            .any(|q| tests.contains(&format!("{q}{title}{q}")));
        assert!(
            quoted,
            "the statement cites a test that does not exist: {title:?}"
        );
    }
}

#[test]
fn the_accessibility_statement_names_the_checks_the_tests_run() {
    let statement = read("docs/deklaracja-dostepnosci.md");
    let package = read("package.json");
    let axe = package
        .split("\"axe-core\": \"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("axe-core in package.json");
    assert!(
        statement.contains(&format!("axe-core w wersji `{axe}`")),
        "the statement does not name axe-core {axe}"
    );
    let helpers = read("tests/browser/helpers.mjs");
    let tags = helpers
        .split("runOnly: { type: 'tag', values: [")
        .nth(1)
        .and_then(|r| r.split(']').next())
        .expect("the axe rules in helpers.mjs")
        .replace('\'', "");
    assert!(
        statement.contains(&format!("z regułami\n  `{tags}`"))
            || statement.contains(&format!("z regułami `{tags}`")),
        "the statement does not name the rules {tags}"
    );
    assert!(statement.contains(&format!("wersja {}", env!("CARGO_PKG_VERSION"))));
}

#[test]
fn the_privacy_statement_describes_the_code() {
    let statement = read("docs/prywatnosc.md");
    assert!(
        statement.contains(&format!("wersja\n{}", env!("CARGO_PKG_VERSION")))
            || statement.contains(&format!("wersja {}", env!("CARGO_PKG_VERSION")))
    );
    // The one storage key, and no other storage.
    let dom = read("src/app/platform/dom.rs");
    assert!(dom.contains("const SESSION_KEY: &str = \"pup-check:answers\";"));
    assert!(statement.contains("klucz `pup-check:answers`"));
    let mut code = String::new();
    let mut files = Vec::new();
    fn walk(d: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p);
            }
        }
    }
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    for f in files {
        for line in std::fs::read_to_string(f).unwrap().lines() {
            if !line.trim_start().starts_with("//") {
                code.push_str(line);
                code.push('\n');
            }
        }
    }
    code.push_str(&read("scripts/early.js"));
    for other in [
        "local_storage",
        "localStorage",
        "indexed_db",
        "indexedDB",
        "cookie",
    ] {
        assert!(!code.contains(other), "the code uses {other}");
    }
    // Nothing leaves for another server: the policy of the build and of the single file.
    assert!(read("scripts/postbuild.mjs").contains("\"connect-src 'self'\""));
    assert!(read("scripts/single-file.mjs").contains("\"connect-src 'none'\""));
    assert!(statement.contains("`connect-src 'self'`"));
    // The kiosk's defaults: 2 minutes idle and a 30-second countdown.
    let config = read("src/app/platform/config.rs");
    assert!(
        config.contains("kiosk_idle_seconds: 120,")
            && config.contains("kiosk_countdown_seconds: 30,")
    );
    assert!(statement.contains("domyślnie 2 minuty i 30 sekund odliczania"));
}

/// The host page policy docs/embedding.md gives an office is the one the embedding test's
/// host page runs under.
#[test]
fn the_embedding_recipe_is_the_tested_policy() {
    let doc = read("docs/embedding.md");
    let test = read("tests/browser/embed.test.mjs");
    let tested = test
        .split("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("the host page's policy")
        .replace("${sha(HOST_CSS)}", "'sha256-…'");
    assert!(
        doc.contains(&format!("\n{tested}\n")),
        "docs/embedding.md lacks {tested}"
    );
    assert!(test.contains("it('in a hostile host page"));
    assert!(test.contains("it('the iframe variant reports its height to the parent"));
}
