//! Reads the rule set's parameters (`rules/source-2004-act.json`, rules.md section 10) at
//! build time and writes them as Rust data (`$OUT_DIR/rule_set.rs`, included by
//! `src/rules/params.rs`). The JSON file stays the one place where the values live; the
//! program carries no JSON parser for it and does no work at start-up.
//!
//! A malformed file, a missing or unknown parameter, a value without its rule ID, a bad date
//! or amount stops the build with a message naming it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::{env, fs, path::Path};

use serde_json::{Map, Value};

const SOURCE: &str = "rules/source-2004-act.json";

fn fail(msg: String) -> ! {
    panic!("{SOURCE}: {msg}");
}

fn object<'a>(v: &'a Value, what: &str) -> &'a Map<String, Value> {
    v.as_object()
        .unwrap_or_else(|| fail(format!("{what} must be an object")))
}

fn fields<'a>(o: &'a Map<String, Value>, allowed: &[&str], what: &str) -> Vec<&'a Value> {
    if let Some(k) = o.keys().find(|k| !allowed.contains(&k.as_str())) {
        fail(format!("unknown field `{k}` in {what}"));
    }
    allowed
        .iter()
        .map(|k| {
            o.get(*k)
                .unwrap_or_else(|| fail(format!("missing field `{k}` in {what}")))
        })
        .collect()
}

fn string<'a>(v: &'a Value, what: &str) -> &'a str {
    v.as_str()
        .unwrap_or_else(|| fail(format!("{what} must be a string")))
}

/// `YYYY-MM-DD` → Rust code building the `NaiveDate` at compile time.
fn date(v: &Value, what: &str) -> String {
    let s = string(v, what);
    let parts: Vec<u32> = s.split('-').filter_map(|p| p.parse().ok()).collect();
    let ok = s.len() == 10 && parts.len() == 3 && (1..=12).contains(&parts[1]) && {
        let (y, m) = (parts[0], parts[1]);
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        let days = [
            31,
            if leap { 29 } else { 28 },
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
        ];
        (1..=days[m as usize - 1]).contains(&parts[2])
    };
    if !ok {
        fail(format!("{what}: `{s}` is not a date YYYY-MM-DD"));
    }
    format!("date({}, {}, {})", parts[0], parts[1], parts[2])
}

/// `"2600.00"` → grosze.
fn grosze(v: &Value, what: &str) -> i64 {
    let s = string(v, what);
    let (zl, gr) = s
        .split_once('.')
        .unwrap_or_else(|| fail(format!("{what}: `{s}` must have two decimals")));
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if !digits(zl) || gr.len() != 2 || !digits(gr) {
        fail(format!("{what}: `{s}` is not an amount like 2600.00"));
    }
    zl.parse::<i64>().unwrap() * 100 + gr.parse::<i64>().unwrap()
}

/// The interface messages of the Polish reference file (`i18n/pl.ftl`) become the `Msg` enum
/// of the web app (`$OUT_DIR/messages.rs`): a message the code names but the file lacks is a
/// compile error. Interface messages are the all-lowercase IDs; the families keyed by rule IDs
/// (`rule-REG-IN-PERSON`, `doc-…`, `obl-…`, `change-…`) and by values (`label-…`, `value-…`,
/// `month-gen-…`) are looked up by key at run time.
fn messages() {
    const FTL: &str = "i18n/pl.ftl";
    let text = fs::read_to_string(FTL).unwrap_or_else(|e| panic!("{FTL}: {e}"));
    // The result page's texts (`i18n/pl-result.ftl`, fetched with the result) name interface
    // messages too; the app carries `pl.ftl` only.
    const RESULT_FTL: &str = "i18n/pl-result.ftl";
    let mut vars = ftl_messages(FTL);
    vars.extend(ftl_messages(RESULT_FTL));
    // By the number of arguments: `Msg` takes none, `Msg1` one ($v0), `Msg2` two …
    const MAX: usize = 5;
    let mut variants = vec![String::new(); MAX + 1];
    let mut ids = vec![String::new(); MAX + 1];
    for (id, used) in &vars {
        let lookup = ["month-gen-", "label-", "value-"]
            .iter()
            .any(|p| id.starts_with(p));
        let interface = id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if lookup || !interface || id.is_empty() {
            continue;
        }
        let name: String = id
            .split('-')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            })
            .collect();
        let n = used.len();
        let expected: BTreeSet<String> = (0..n).map(|i| format!("v{i}")).collect();
        if *used != expected || n > MAX {
            stop(format!(
                "{id}: an interface message takes $v0 … $v{} in order (at most {MAX}), not {used:?}",
                n.max(1) - 1
            ));
        }
        let ty = if n == 0 {
            "Msg".to_string()
        } else {
            format!("Msg{n}")
        };
        let _ = writeln!(variants[n], "    {name},");
        let _ = writeln!(ids[n], "            {ty}::{name} => {id:?},");
    }
    let mut out = format!("// Generated by build.rs from {FTL} and {RESULT_FTL}. Do not edit.\n");
    for n in 0..=MAX {
        let ty = if n == 0 {
            "Msg".to_string()
        } else {
            format!("Msg{n}")
        };
        let doc = if n == 0 {
            "Keys of the interface texts without arguments (the all-lowercase message IDs)."
                .to_string()
        } else {
            format!("Keys of the interface texts taking {n} argument(s), `$v0` … (`tf`).")
        };
        let (v, i) = (&variants[n], &ids[n]);
        let _ = write!(
            out,
            "/// {doc}\n\
             #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]\n\
             pub enum {ty} {{\n{v}}}\n\n\
             impl {ty} {{\n    /// The Fluent message ID.\n    pub fn id(self) -> &'static str {{\n        match self {{\n{i}        }}\n    }}\n}}\n\n\
             impl MsgKey<{n}> for {ty} {{\n    fn id(self) -> &'static str {{\n        {ty}::id(self)\n    }}\n}}\n\n"
        );
    }
    let out_dir = env::var("OUT_DIR").unwrap();
    fs::write(Path::new(&out_dir).join("messages.rs"), out).unwrap();
    // The file the app carries, without its comments (translators' notes): a line that
    // starts with '#' is always a comment in Fluent.
    let plain: String = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(Path::new(&out_dir).join("pl.ftl"), plain).unwrap();
}

/// The rule set `act-2025` (`rules/act-2025.json`) → `$OUT_DIR/act_2025.rs`, included by
/// `src/rules/act_2025/params.rs`: the same checks as for the seed's rule set, plus the
/// dated benefit amounts (art. 224, indexed every 1 June, art. 228).
fn act_2025() {
    const FILE: &str = "rules/act-2025.json";
    println!("cargo:rerun-if-changed={FILE}");
    let bad = |m: String| -> ! { panic!("{FILE}: {m}") };
    let text = fs::read_to_string(FILE).unwrap_or_else(|e| bad(e.to_string()));
    let root: Value = serde_json::from_str(&text).unwrap_or_else(|e| bad(e.to_string()));
    let top = fields(
        object(&root, "the file"),
        &[
            "rule_set",
            "title",
            "in_force_from",
            "parameters",
            "benefit_amounts",
        ],
        "the file",
    );
    let mut out = format!(
        "// Generated by build.rs from {FILE}. Do not edit.\n\
         pub const AS_ENACTED: Params = Params {{\n    rule_set: {:?},\n    title: {:?},\n    in_force_from: {},\n    parameters: Parameters {{\n",
        string(top[0], "rule_set"),
        string(top[1], "title"),
        date(top[2], "in_force_from"),
    );
    // The struct is generated with the data: a parameter the code reads but the file lacks
    // is a compile error; one the file has but no rule reads fails a test (params.rs).
    let (mut def, mut all) = (String::new(), String::new());
    let params = object(top[3], "parameters");
    for (name, p) in params {
        let what = format!("parameters.{name}");
        let f = fields(object(p, &what), &["value", "rule"], &what);
        let value = f[0]
            .as_u64()
            .filter(|v| *v <= u64::from(u32::MAX))
            .unwrap_or_else(|| bad(format!("{what}.value must be a whole number")));
        let rule = string(f[1], &format!("{what}.rule"));
        let _ = writeln!(
            out,
            "        {name}: Tagged {{ value: {value}, rule: {rule:?} }},"
        );
        let _ = writeln!(def, "    pub {name}: Tagged,");
        let _ = writeln!(all, "            ({name:?}, &self.{name}),");
    }
    out = format!(
        "/// The parameters of `{FILE}`, each tagged with its rule ID.\n#[derive(Debug)]\npub struct Parameters {{\n{def}}}\n\n\
         impl Parameters {{\n    /// Every parameter with its name.\n    pub fn all(&self) -> [(&'static str, &Tagged); {}] {{\n        [\n{all}        ]\n    }}\n}}\n\n{out}",
        params.len()
    );
    let ba = fields(
        object(top[4], "benefit_amounts"),
        &["rule", "valid_until", "table"],
        "benefit_amounts",
    );
    let _ = writeln!(
        out,
        "    }},\n    benefit_amounts: AmountTable {{\n        rule: {:?},\n        valid_until: {},\n        table: &[",
        string(ba[0], "benefit_amounts.rule"),
        date(ba[1], "benefit_amounts.valid_until"),
    );
    let mut last = String::new();
    for (i, e) in ba[2].as_array().into_iter().flatten().enumerate() {
        let what = format!("benefit_amounts.table[{i}]");
        let f = fields(
            object(e, &what),
            &["from", "first_period_pln", "later_pln", "source"],
            &what,
        );
        let from = string(f[0], &what).to_string();
        if from <= last {
            bad(format!("{what}: dates must increase"));
        }
        let _ = writeln!(
            out,
            "            AmountEntry {{ from: {}, first_period: Grosze({}), later: Grosze({}), source: {:?} }},",
            date(f[0], &format!("{what}.from")),
            grosze(f[1], &format!("{what}.first_period_pln")),
            grosze(f[2], &format!("{what}.later_pln")),
            string(f[3], &format!("{what}.source")),
        );
        last = from;
    }
    if last.is_empty() {
        bad("benefit_amounts.table is empty".into());
    }
    out.push_str("        ],\n    },\n};\n\n/// The figures of the Act as enacted (an amendment starts from `AS_ENACTED`).\npub static PARAMS: Params = AS_ENACTED;\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("act_2025.rs");
    fs::write(dest, out).unwrap();
}

/// Stops the build over the texts (`fail` names the parameters file).
fn stop(msg: String) -> ! {
    panic!("{msg}");
}

/// Every message of a Fluent file with the variables its text uses (`$v0` …). A message
/// starts with `id =` at the start of a line; indented and blank lines continue it; a line
/// starting with `#` is a comment and ends it (the part of Fluent the files use, decision 77).
fn ftl_messages(path: &str) -> BTreeMap<String, BTreeSet<String>> {
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|e| stop(format!("{path}: {e}")));
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') {
            current = None;
            continue;
        }
        if !line.starts_with(' ') && !line.trim().is_empty() {
            let Some((id, _)) = line.split_once(" =") else {
                stop(format!("{path}:{}: not a message: {line}", n + 1));
            };
            if out.insert(id.to_string(), BTreeSet::new()).is_some() {
                stop(format!("{path}:{}: {id} is defined twice", n + 1));
            }
            current = Some(id.to_string());
        }
        let Some(id) = &current else { continue };
        let vars = out.get_mut(id).expect("inserted above");
        for (i, _) in line.match_indices('$') {
            let name: String = line[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() {
                vars.insert(name);
            }
        }
    }
    out
}

/// The translations against the Polish reference (`pl.ftl` and the result page's
/// `pl-result.ftl`): a message missing from `en.ftl` or `uk.ftl`, one they have that Polish
/// lacks, or a message using other variables than its Polish text stops the build (issue 24;
/// `tests/i18n.rs` checks the same with the reference parser).
fn translations() {
    let mut pl = ftl_messages("i18n/pl.ftl");
    for (id, vars) in ftl_messages("i18n/pl-result.ftl") {
        if pl.insert(id.clone(), vars).is_some() {
            stop(format!(
                "{id} is in both i18n/pl.ftl and i18n/pl-result.ftl"
            ));
        }
    }
    for lang in ["en", "uk"] {
        let path = format!("i18n/{lang}.ftl");
        let other = ftl_messages(&path);
        let missing: Vec<_> = pl.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !pl.contains_key(*k)).collect();
        if !missing.is_empty() {
            stop(format!("{path} lacks the messages {missing:?}"));
        }
        if !extra.is_empty() {
            stop(format!("{path} has messages Polish does not: {extra:?}"));
        }
        for (id, vars) in &pl {
            if &other[id] != vars {
                stop(format!(
                    "{path}: {id} uses the variables {:?}, Polish {vars:?}",
                    other[id]
                ));
            }
        }
    }
}

fn main() {
    messages();
    translations();
    act_2025();
    println!("cargo:rerun-if-changed={SOURCE}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = fs::read_to_string(SOURCE).unwrap_or_else(|e| fail(e.to_string()));
    let root: Value = serde_json::from_str(&text).unwrap_or_else(|e| fail(e.to_string()));
    let top = fields(
        object(&root, "the file"),
        &["rule_set", "title", "parameters", "minimum_wage"],
        "the file",
    );
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// Generated by build.rs from {SOURCE}. Do not edit.\n\
         pub static RULE_SET: RuleSet = RuleSet {{\n    rule_set: {:?},\n    title: {:?},\n    parameters: Parameters {{",
        string(top[0], "rule_set"),
        string(top[1], "title"),
    );
    // Every parameter: the struct literal fails to compile on a missing or unknown name.
    for (name, p) in object(top[2], "parameters") {
        let what = format!("parameters.{name}");
        let f = fields(object(p, &what), &["value", "rule"], &what);
        let value = f[0]
            .as_u64()
            .filter(|v| *v <= u64::from(u32::MAX))
            .unwrap_or_else(|| fail(format!("{what}.value must be a whole number")));
        let rule = string(f[1], &format!("{what}.rule"));
        let _ = writeln!(
            out,
            "        {name}: Tagged {{ value: {value}, rule: {rule:?} }},"
        );
    }
    let mw = fields(
        object(top[3], "minimum_wage"),
        &["rule", "valid_until", "table"],
        "minimum_wage",
    );
    let _ = writeln!(
        out,
        "    }},\n    minimum_wage: MinimumWageTable {{\n        rule: {:?},\n        valid_until: {},\n        table: &[",
        string(mw[0], "minimum_wage.rule"),
        date(mw[1], "minimum_wage.valid_until"),
    );
    let table = mw[2]
        .as_array()
        .unwrap_or_else(|| fail("minimum_wage.table must be a list".into()));
    if table.is_empty() {
        fail("minimum_wage.table is empty".into());
    }
    let mut last = String::new();
    for (i, e) in table.iter().enumerate() {
        let what = format!("minimum_wage.table[{i}]");
        let f = fields(object(e, &what), &["from", "pln", "source"], &what);
        let from = string(f[0], &what).to_string();
        if from <= last {
            fail(format!("{what}: dates must increase"));
        }
        let _ = writeln!(
            out,
            "            WageEntry {{ from: {}, pln: Grosze({}), source: {:?} }},",
            date(f[0], &format!("{what}.from")),
            grosze(f[1], &format!("{what}.pln")),
            string(f[2], &format!("{what}.source")),
        );
        last = from;
    }
    out.push_str("        ],\n    },\n};\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("rule_set.rs");
    fs::write(dest, out).unwrap();
}
