//! The translations (`i18n/*.ftl`): every message exists in every language, none is empty,
//! each uses the same variables as the Polish reference, and every key the app looks up at
//! run time (rule IDs, documents, obligations, trace value names, answer values) has a text.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;
use pup_check::rules::answers::{
    Answers, LossReason, PensionOrBenefit, PeriodKind, Residence, Schooling, Sex,
    TerminationException, TerminationMode,
};
use pup_check::rules::catalog;
use pup_check::rules::evaluate;
use pup_check::rules::result::Outcome;

const LANGS: [&str; 3] = ["pl", "en", "uk"];

/// Message ID → the variables its value uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn vars_of_inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => vars_of_expr(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                vars_of_inline(a, out);
            }
        }
        _ => {}
    }
}

fn vars_of_expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => vars_of_inline(i, out),
        Expression::Select { selector, variants } => {
            vars_of_inline(selector, out);
            for v in variants {
                vars_of_pattern(&v.value, out);
            }
        }
    }
}

fn vars_of_pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            vars_of_expr(expression, out);
        }
    }
}

/// A pattern with no visible text at all (only whitespace or empty literals).
fn is_empty(p: &Pattern<&str>) -> bool {
    p.elements.iter().all(|el| match el {
        PatternElement::TextElement { value } => value.trim().is_empty(),
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        _ => false,
    })
}

/// The Fluent source of a language: Polish is `pl.ftl` and the result's texts fetched with the
/// result, `pl-result.ftl` (src/app/i18n.rs).
fn source(lang: &str) -> String {
    let read = |name: &str| {
        let path = format!("{}/i18n/{name}.ftl", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    if lang == "pl" {
        format!("{}\n{}", read("pl"), read("pl-result"))
    } else {
        read(lang)
    }
}

fn load(lang: &str) -> Messages {
    let path = format!("{}/i18n/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = source(lang);
    let res = parse(text.as_str()).unwrap_or_else(|(_, errors)| panic!("{path}: {errors:?}"));
    let mut out = Messages::new();
    for entry in &res.body {
        match entry {
            Entry::Message(m) => {
                let value = m
                    .value
                    .as_ref()
                    .unwrap_or_else(|| panic!("{path}: {} has no value", m.id.name));
                assert!(!is_empty(value), "{path}: {} is empty", m.id.name);
                let mut vars = BTreeSet::new();
                vars_of_pattern(value, &mut vars);
                let dup = out.insert(m.id.name.to_string(), vars);
                assert!(dup.is_none(), "{path}: {} is defined twice", m.id.name);
            }
            Entry::Junk { content } => panic!("{path}: cannot parse: {content}"),
            _ => {}
        }
    }
    out
}

#[test]
fn every_message_exists_in_every_language_with_the_same_variables() {
    let pl = load("pl");
    assert!(pl.len() > 400, "pl.ftl has {} messages", pl.len());
    for lang in &LANGS[1..] {
        let other = load(lang);
        let missing: Vec<_> = pl.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !pl.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang}.ftl has unknown messages {extra:?}"
        );
        for (id, vars) in &pl {
            assert_eq!(&other[id], vars, "{lang}.ftl: {id} uses other variables");
        }
    }
}

/// Every scenario's result, for the keys the app looks up.
fn scenario_results() -> Vec<pup_check::rules::result::EvalResult> {
    let dir = format!("{}/tests/scenarios", env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
        let file: serde_json::Value = serde_json::from_str(&text).unwrap();
        let today = file
            .get("today")
            .and_then(|t| t.as_str())
            .map_or(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(), |t| {
                t.parse().unwrap()
            });
        if let Ok(a) = serde_json::from_value::<Answers>(file["answers"].clone()) {
            out.push(evaluate(&a, today));
        }
    }
    assert!(out.len() > 100);
    out
}

/// The message that names a catalog rule: documents and obligations by their own texts,
/// every other rule by its label (`rule_label_marked`); the three account steps have texts of
/// their own in the account section.
fn text_of_rule(id: &str) -> Option<String> {
    match id.get(..4) {
        Some("DOC-") => Some(format!("doc-{id}")),
        Some("OBL-") => Some(format!("obl-{id}")),
        _ if matches!(id, "ACC-WHAT" | "ACC-START" | "ACC-FORM") => None,
        _ => Some(format!("rule-{id}")),
    }
}

#[test]
fn every_key_looked_up_at_run_time_has_a_polish_text() {
    let pl = load("pl");
    let missing = std::cell::RefCell::new(BTreeSet::new());
    let has = |id: String| {
        if !pl.contains_key(&id) {
            missing.borrow_mut().insert(id);
        }
    };
    let every = pup_check::rules::RuleSetId::ALL
        .iter()
        .flat_map(|set| catalog::of(*set));
    for e in every {
        if let Some(key) = text_of_rule(e.id) {
            has(key);
        }
    }
    for m in 1..=12 {
        has(format!("month-gen-{m}"));
    }
    for code in pup_check::rules::result::INPUT_ERROR_CODES {
        has(format!("input-error-{code}"));
    }
    let values = Sex::ALL
        .iter()
        .map(|x| x.as_str())
        .chain(Residence::ALL.iter().map(|x| x.as_str()))
        .chain(Schooling::ALL.iter().map(|x| x.as_str()))
        .chain(PensionOrBenefit::ALL.iter().map(|x| x.as_str()))
        .chain(LossReason::ALL.iter().map(|x| x.as_str()))
        .chain(PeriodKind::ALL.iter().map(|x| x.as_str()))
        .chain(Outcome::ALL.iter().map(|x| x.as_str()));
    for v in values {
        has(format!("value-{v}"));
    }
    // Termination modes and exceptions are asked with their own questions.
    let _ = (TerminationMode::ALL, TerminationException::ALL);
    for r in scenario_results() {
        for t in &r.trace {
            if let Some(key) = text_of_rule(t.rule) {
                has(key);
            }
            for (k, _) in t.values.iter() {
                has(format!("label-{k}"));
            }
        }
        for d in &r.documents {
            has(format!("doc-{d}"));
            has(pup_check::rules::explain::doc_key(&r, d));
        }
        // A rule that bars the benefit is told as the fact that bars it (issue 23).
        for x in pup_check::rules::explain::benefit(&r).excluded {
            has(format!("barred-{x}"));
        }
        for o in &r.obligations {
            has(format!("obl-{o}"));
        }
    }
    // The notes of every rule set (rules::notes) and the heading of the status-loss ones.
    for set in pup_check::rules::RuleSetId::ALL {
        for n in set.notes() {
            has(format!("note-{}", n.key));
        }
    }
    has("notes-status-loss-heading".to_string());
    let missing = missing.into_inner();
    assert!(missing.is_empty(), "pl.ftl lacks {missing:?}");
}

/// The message texts of a file (comments and keys left out), line by line.
fn text_lines(lang: &str) -> Vec<String> {
    let text = source(lang);
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| match l.split_once(" = ") {
            Some((key, value)) if !key.starts_with(' ') => value.to_string(),
            _ => l.to_string(),
        })
        .collect()
}

/// `line` without its `<pl>…</pl>` parts; an error when the marks are not well formed.
fn outside_marks(line: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find("<pl>") {
        out.push_str(&rest[..i]);
        let inner = &rest[i + 4..];
        let j = inner.find("</pl>").ok_or("<pl> without </pl>")?;
        if inner[..j].trim().is_empty() || inner[..j].contains("<pl>") {
            return Err("empty or nested <pl>".into());
        }
        rest = &inner[j + 5..];
    }
    if rest.contains("</pl>") {
        return Err("</pl> without <pl>".into());
    }
    out.push_str(rest);
    Ok(out)
}

/// Polish words kept in a translation are marked `<pl>…</pl>`, so that the app can give them
/// `lang="pl"` (WCAG 3.1.2): in English, no Polish letter is left outside the marks; in
/// Ukrainian, no Latin-script word but names and codes that are not Polish words.
#[test]
fn polish_words_in_translations_are_marked() {
    for line in text_lines("pl") {
        assert!(!line.contains("<pl>"), "pl.ftl needs no marks: {line}");
    }
    // Loanwords of English.
    const EN_ALLOWED: [&str; 1] = ["złoty"];
    for line in text_lines("en") {
        let rest = outside_marks(&line).unwrap_or_else(|e| panic!("en.ftl: {e}: {line}"));
        for word in rest.split(|c: char| !c.is_alphabetic()) {
            if word.chars().any(|c| "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".contains(c)) {
                assert!(
                    EN_ALLOWED.contains(&word),
                    "en.ftl: unmarked Polish word {word:?}: {line}"
                );
            }
        }
    }
    // Names, codes, addresses, the saved file's name (ASCII) and Fluent's plural categories.
    const UK_ALLOWED: [&str; 25] = [
        // "QR-код": the name of the code, the same in every language.
        "QR",
        "vidpovidi",
        "pup",
        "json",
        "PESEL",
        "PUP",
        "PNO",
        "PNODE",
        "Praca",
        "gov",
        "pl",
        "praca",
        "www",
        "login",
        "https",
        "JSON",
        "NIP",
        "PIN",
        "PFRON",
        "PLN",
        "one",
        "few",
        "many",
        "other",
        "v",
    ];
    let mut checked = 0;
    for line in text_lines("uk") {
        let rest = outside_marks(&line).unwrap_or_else(|e| panic!("uk.ftl: {e}: {line}"));
        for word in rest.split(|c: char| !c.is_alphabetic()) {
            if word
                .chars()
                .any(|c| c.is_ascii_alphabetic() || "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".contains(c))
            {
                assert!(
                    UK_ALLOWED.contains(&word),
                    "uk.ftl: unmarked Latin-script word {word:?}: {line}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 0);
}

/// The app formats the files with `pup_check::l10n` (the Fluent parser plus a small
/// formatter, decision 38): every message of every language, with numbers from 0 to 250 and
/// beyond and with text in each variable, formats exactly as `fluent-bundle` (the reference
/// implementation, with the CLDR plural rules of `intl_pluralrules`) formats it, and the
/// three files stay inside the part of Fluent the formatter supports.
#[test]
fn the_app_formats_every_message_as_fluent_bundle_does() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    use pup_check::l10n::{Arg, Catalog, Lang};

    let numbers: Vec<i64> = (0..=250)
        .chain([
            1000, 1001, 1002, 1005, 1011, 1012, 1021, 1022, 12345, -1, -2, -5,
        ])
        .collect();
    let texts = ["2 marca 2026", "00123", "abc", ""];
    const VARS: usize = 6;
    let mut compared = 0;
    for lang in Lang::ALL {
        let path = format!("{}/i18n/{}.ftl", env!("CARGO_MANIFEST_DIR"), lang.code());
        let source = source(lang.code());
        let (ours, errors) = Catalog::parse(lang, source.clone());
        assert!(errors.is_empty(), "{path}: {errors:?}");
        let resource = FluentResource::try_new(source).unwrap();
        let mut bundle = FluentBundle::new(vec![lang.code().parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).unwrap();
        let mut ids: Vec<&str> = ours.ids().collect();
        ids.sort_unstable();
        assert!(ids.len() > 400);
        for id in ids {
            let pattern = bundle.get_message(id).unwrap().value().unwrap();
            // Up to VARS variables: each set of values fills every variable alike, or each in
            // turn with a number and the others with text. Only a select expression depends
            // on which number it is: a message without one is compared with a few.
            let selects = pattern.elements.iter().any(|e| {
                matches!(
                    e,
                    PatternElement::Placeable {
                        expression: Expression::Select { .. }
                    }
                )
            });
            let numbers: &[i64] = if selects {
                &numbers
            } else {
                &[0, 1, 2, 5, 22, 1000, -1]
            };
            let mut sets: Vec<Vec<Arg>> = vec![vec![]];
            for n in numbers {
                sets.push(vec![Arg::Num(*n); VARS]);
                for i in 0..VARS {
                    let mut v = vec![Arg::Str(texts[0]); VARS];
                    v[i] = Arg::Num(*n);
                    sets.push(v);
                }
            }
            for t in texts {
                sets.push(vec![Arg::Str(t); VARS]);
            }
            for args in sets {
                let mut fa = FluentArgs::new();
                for (i, a) in args.iter().enumerate() {
                    match a {
                        Arg::Num(n) => fa.set(format!("v{i}"), FluentValue::from(*n)),
                        Arg::Str(s) => fa.set(format!("v{i}"), FluentValue::from(*s)),
                    }
                }
                let mut errs = Vec::new();
                let want = bundle.format_pattern(pattern, Some(&fa), &mut errs);
                assert!(errs.is_empty() || args.is_empty(), "{path}: {id}: {errs:?}");
                let got = ours.format(id, &args).unwrap();
                assert_eq!(got, want, "{path}: {id} with {args:?}");
                compared += 1;
            }
        }
    }
    assert!(compared > 20_000, "{compared}");
}

/// The app carries `pl.ftl` only; `pl-result.ftl` comes with the result (src/app/i18n.rs).
/// So every interface message named outside the result page (`src/app/**` but
/// `ui/result.rs`, and the questionnaires of `src/rules`) must be in `pl.ftl`, else a page
/// would show an empty text.
#[test]
fn the_pages_before_the_result_need_only_the_built_in_texts() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/i18n");
    let built_in = std::fs::read_to_string(format!("{dir}/pl.ftl")).unwrap();
    let camel = |id: &str| -> String {
        id.split('-')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            })
            .collect()
    };
    let names = |text: &str| -> BTreeSet<String> {
        text.lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| camel(id)))
            .collect()
    };
    let in_built_in = names(&built_in);
    let result_only: BTreeSet<String> =
        names(&std::fs::read_to_string(format!("{dir}/pl-result.ftl")).unwrap())
            .difference(&in_built_in)
            .cloned()
            .collect();
    // The app's code (every folder) and the questionnaires it renders (the rules' questions
    // are asked before the result).
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("src/app"), &mut files);
    walk(&root.join("src/rules/questionnaire"), &mut files);
    for set in ["source_2004_act", "act_2025"] {
        files.push(root.join(format!("src/rules/{set}/questionnaire.rs")));
    }
    assert!(files.len() > 20, "{files:?}");
    let mut missing = BTreeSet::new();
    for path in files {
        // The result page and what only it draws (the answers' QR code and link).
        if path.ends_with("ui/result.rs") || path.ends_with("ui/share.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        // Code only: comments may name an example.
        // The law's name (`Questionnaire::name`) is shown on the result page only.
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .filter(|l| !l.trim_start().starts_with("name: Msg::"))
            .collect::<Vec<_>>()
            .join("\n");
        // Every word, not only `Msg::X`: a module may `use Msg::*` (flow.rs names its
        // questions' texts bare). A word that is also another type's name keeps its text
        // built in, which is the safe side.
        for word in code.split(|c: char| !c.is_ascii_alphanumeric() && c != '_') {
            if result_only.contains(word) {
                missing.insert(format!("{} ({})", word, path.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "named outside the result page but only in pl-result.ftl: {missing:?}"
    );
}

/// The words a reader sees in a pattern, as one string: the text, each variable as a date or
/// an amount is shown ("2 marca 2026", "1 505,00 zł": three words), a selector by its default
/// variant.
fn shown_text(p: &Pattern<&str>, out: &mut String) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Select { variants, .. } => {
                    let v = variants
                        .iter()
                        .find(|v| v.default)
                        .expect("a default variant");
                    shown_text(&v.value, out);
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    out.push_str(value)
                }
                Expression::Inline(_) => out.push_str("2 marca 2026"),
            },
        }
    }
}

/// Issue 13, "plain words": every question a citizen reads is short enough to read in one go,
/// at most 20 words (whitespace-separated) in every language; the legal detail is in the
/// question's hint (`<id>-hint`). Checked: every `q-*` message but the hints (the questions,
/// the income limit shown with the income question and the "I don't know" boxes read with
/// their questions) and every `period-*` message that heads a page or a field of the period
/// form (the legends of its questions).
#[test]
fn question_headings_are_short() {
    const MAX_WORDS: usize = 20;
    // The `period-*` messages that are no question: buttons, the numbered caption, the
    // summary line, the announcement of a removed period, and the minimum wages shown under
    // the dates.
    const NOT_HEADINGS: [&str; 13] = [
        "period-add",
        "period-add-another",
        "period-n",
        "period-removed",
        "period-save",
        "period-cancel",
        "period-summary",
        "period-before-window",
        "period-wages-in",
        "period-wage-from",
        "period-wage-half",
        "period-wage-unknown-from",
        "period-wage-need-dates",
    ];
    let mut checked = 0;
    let mut too_long = Vec::new();
    for lang in LANGS {
        let text = source(lang);
        let res = parse(text.as_str()).unwrap_or_else(|(_, errors)| panic!("{lang}: {errors:?}"));
        for entry in &res.body {
            let Entry::Message(m) = entry else { continue };
            let id = m.id.name;
            // `g-*`: the grouped pages' headings (and their boxes "none" and "unknown").
            let heading =
                (id.starts_with("q-") || id.starts_with("period-") || id.starts_with("g-"))
                    && !id.ends_with("-hint")
                    && !NOT_HEADINGS.contains(&id);
            if !heading {
                continue;
            }
            let mut shown = String::new();
            shown_text(m.value.as_ref().unwrap(), &mut shown);
            let words = shown.split_whitespace().count();
            if words > MAX_WORDS {
                too_long.push(format!("{lang}.ftl: {id} has {words} words"));
            }
            checked += 1;
        }
    }
    assert!(checked > 200, "{checked}");
    assert!(
        too_long.is_empty(),
        "longer than {MAX_WORDS} words (move the detail to the hint):\n{}",
        too_long.join("\n")
    );
}

/// Each message's text in one language, by key (a value's continuation lines joined).
fn texts(lang: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut last: Option<String> = None;
    for line in source(lang).lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            last = None;
        } else if line.starts_with(' ') {
            if let Some(k) = &last {
                let v: &mut String = out.get_mut(k).unwrap();
                v.push(' ');
                v.push_str(line.trim());
            }
        } else if let Some((k, v)) = line.split_once(" = ") {
            out.insert(k.to_string(), v.to_string());
            last = Some(k.to_string());
        }
    }
    out
}

/// Issue 23: no text shown under one law states a rule of the other. For every scenario's
/// result, the Polish texts its result page shows from the engine's explanation (the rules
/// under each "Dlaczego?" and what would change them, the reasons, documents, obligations
/// and notes) must not hold a phrase that only the other law says.
#[test]
fn no_text_of_one_law_under_the_other() {
    use pup_check::rules::explain;
    use pup_check::rules::notes::NoteSection;
    use pup_check::rules::RuleSetId;
    let pl = texts("pl");
    // Phrases only the seed's page says (the 7 days' wait, zameldowanie, the farm's
    // hectares, the 5 days to report work, copies of documents, 14 days to pay back) …
    let seed_only = [
        "po upływie 7 dni",
        "ze względu na zameldowanie",
        "czasowe zameldowanie",
        "miejsca zameldowania",
        "hektar",
        "przeliczeniow",
        "w ciągu 5 dni",
        "kserokopi",
        "14 dni od dnia doręczenia",
        "karcie rejestracyjnej",
    ];
    // … and those only the 2025 Act says.
    let act_only = [
        "20 marca 2025",
        "mObywatel",
        "indywidualnego planu działania",
        "prac społecznie użytecznych",
        "w ciągu 7 dni",
        "30 dni od doręczenia",
    ];
    let mut bad = BTreeSet::new();
    let mut checked = 0;
    for r in scenario_results() {
        let set = RuleSetId::from_wire(&r.rule_set).unwrap();
        let forbidden: &[&str] = match set {
            RuleSetId::Act2025 => &seed_only,
            RuleSetId::Source2004Act => &act_only,
        };
        let mut keys: Vec<String> = Vec::new();
        let rules = explain::status(&r)
            .rules
            .into_iter()
            .chain(explain::benefit(&r).rules)
            .chain(explain::office(&r).rules);
        for id in rules {
            keys.push(format!("rule-{id}"));
            keys.push(format!("change-{id}"));
        }
        for x in explain::benefit(&r).excluded {
            keys.push(format!("barred-{x}"));
        }
        for d in &r.documents {
            keys.push(explain::doc_key(&r, d));
        }
        if explain::obligations_shown(&r) {
            keys.extend(r.obligations.iter().map(|o| format!("obl-{o}")));
        }
        for s in [
            NoteSection::Documents,
            NoteSection::Obligations,
            NoteSection::StatusLoss,
            NoteSection::Account,
        ] {
            keys.extend(
                explain::notes(&r, s)
                    .iter()
                    .map(|n| format!("note-{}", n.key)),
            );
        }
        for k in keys {
            let Some(text) = pl.get(&k) else { continue };
            checked += 1;
            for p in forbidden {
                if text.contains(p) {
                    bad.insert(format!("{}: {k} says \"{p}\"", r.rule_set));
                }
            }
        }
    }
    assert!(checked > 1000, "only {checked} texts checked");
    assert!(bad.is_empty(), "texts of the other law: {bad:#?}");
}
