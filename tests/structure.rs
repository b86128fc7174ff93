//! The shape of the code (issue 24): no import cycle between the module files of `src/`,
//! and the app names no law — it renders the questionnaire and the result of whichever rule
//! set the engine chose, so a new law cannot fall back to an old one in the app.
//!
//! The cycle check follows `modcycles.py` of the workplace's tools: `use crate::…`,
//! `super::…` and `self::…` paths resolved to module files; a child's use of one of its
//! ancestors (their re-exports) is not an edge; `#[cfg(test)] mod tests { … }` does not count.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Module = Vec<String>;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The module files of `src/`, by module path (`rules/act_2025/mod.rs` → `[rules, act_2025]`).
fn modules(src: &Path) -> BTreeMap<Module, String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(src).unwrap().with_extension("");
            let mut m: Module = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(m.last().map(String::as_str), Some("mod" | "lib" | "main")) {
                m.pop();
            }
            (m, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The code without comments and without the unit-test module at the end.
fn code(text: &str) -> String {
    let no_comments: String = text
        .lines()
        .map(|l| l.find("//").map_or(l, |i| &l[..i]))
        .collect::<Vec<_>>()
        .join("\n");
    match no_comments.find("#[cfg(test)]\nmod tests {") {
        Some(i) => no_comments[..i].to_string(),
        None => no_comments,
    }
}

/// The module file a path names, from module `m` (the longest prefix that is a file).
fn resolve(files: &BTreeMap<Module, String>, m: &Module, path: &[&str]) -> Option<Module> {
    let (mut base, mut parts): (Module, &[&str]) = match path.first() {
        Some(&"crate") => (Vec::new(), &path[1..]),
        Some(&"self") => (m.clone(), &path[1..]),
        _ => (m.clone(), path),
    };
    while parts.first() == Some(&"super") {
        base.pop();
        parts = &parts[1..];
    }
    let full: Module = base
        .into_iter()
        .chain(parts.iter().map(|s| s.to_string()))
        .collect();
    (1..=full.len())
        .rev()
        .map(|k| full[..k].to_vec())
        .find(|c| files.contains_key(c))
}

/// The paths a file uses: each `crate::`/`super::`/`self::` path, and each item of a `use`
/// group (`use super::{a, b::c}` → `super::a`, `super::b`).
fn paths(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let bytes: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let starts = ["crate::", "super::", "self::"]
            .iter()
            .any(|p| text_at(&bytes, i, p) && (i == 0 || !word(bytes[i - 1])));
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut segs = vec![String::new()];
        while j < bytes.len() {
            let c = bytes[j];
            if word(c) {
                segs.last_mut().unwrap().push(c);
                j += 1;
            } else if text_at(&bytes, j, "::") {
                segs.push(String::new());
                j += 2;
            } else {
                break;
            }
        }
        if segs.last().is_some_and(String::is_empty) {
            segs.pop();
            // A group: each of its items after the head.
            if j < bytes.len() && bytes[j] == '{' {
                let end = (j..bytes.len()).find(|&k| bytes[k] == '}').unwrap_or(j);
                let group: String = bytes[j + 1..end].iter().collect();
                for item in group.split([',', '{', '}']) {
                    let first = item.trim().split("::").next().unwrap_or("").trim();
                    let first = first.split_whitespace().next().unwrap_or("");
                    if !first.is_empty() && first != "self" && first.chars().all(word) {
                        let mut p = segs.clone();
                        p.push(first.to_string());
                        out.push(p);
                    }
                }
            }
        }
        out.push(segs);
        i = j.max(i + 1);
    }
    out
}

fn text_at(chars: &[char], i: usize, s: &str) -> bool {
    s.chars()
        .enumerate()
        .all(|(k, c)| chars.get(i + k) == Some(&c))
}

/// The import graph of `src/`, without edges to a module's own ancestors.
fn graph(files: &BTreeMap<Module, String>) -> BTreeMap<Module, BTreeSet<Module>> {
    files
        .iter()
        .map(|(m, text)| {
            let targets = paths(&code(text))
                .iter()
                .filter_map(|p| {
                    let p: Vec<&str> = p.iter().map(String::as_str).collect();
                    resolve(files, m, &p)
                })
                .filter(|t| t != m && !(t.len() < m.len() && m[..t.len()] == t[..]))
                .collect();
            (m.clone(), targets)
        })
        .collect()
}

/// The strongly connected components of more than one module (Tarjan).
fn cycles(g: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct T<'a> {
        g: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, usize>,
        low: BTreeMap<&'a Module, usize>,
        stack: Vec<&'a Module>,
        on: BTreeSet<&'a Module>,
        out: Vec<Vec<Module>>,
    }
    fn visit<'a>(t: &mut T<'a>, v: &'a Module) {
        let n = t.index.len();
        t.index.insert(v, n);
        t.low.insert(v, n);
        t.stack.push(v);
        t.on.insert(v);
        for w in &t.g[v] {
            let w = t.g.get_key_value(w).unwrap().0;
            if !t.index.contains_key(w) {
                visit(t, w);
                let lw = t.low[w];
                let lv = t.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if t.on.contains(w) {
                let iw = t.index[w];
                let lv = t.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if t.low[v] == t.index[v] {
            let mut comp = Vec::new();
            loop {
                let w = t.stack.pop().unwrap();
                t.on.remove(w);
                comp.push(w.clone());
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                t.out.push(comp);
            }
        }
    }
    let mut t = T {
        g,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in g.keys() {
        if !t.index.contains_key(v) {
            visit(&mut t, v);
        }
    }
    t.out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn no_import_cycle_in_src() {
    let files = modules(&src());
    assert!(files.len() > 40, "{} module files", files.len());
    let found: Vec<String> = cycles(&graph(&files))
        .into_iter()
        .map(|c| {
            let mut names: Vec<String> = c.iter().map(|m| m.join("/")).collect();
            names.sort();
            names.join(" ⇄ ")
        })
        .collect();
    assert!(found.is_empty(), "import cycles: {found:#?}");
}

/// The check itself finds a cycle (so that an empty answer above means something).
#[test]
fn the_cycle_check_sees_a_cycle() {
    let mut files = BTreeMap::new();
    let m = |s: &str| s.split('/').map(String::from).collect::<Module>();
    files.insert(m("app/a"), "use super::b::X;\n".to_string());
    files.insert(m("app/b"), "fn f() { crate::app::c::g() }\n".to_string());
    files.insert(m("app/c"), "use super::{a, d};\n".to_string());
    files.insert(m("app/d"), "use crate::app;\n".to_string());
    files.insert(
        m("app"),
        "pub mod a;\n#[cfg(test)]\nmod tests {\nuse super::a;\n}\n".to_string(),
    );
    let c = cycles(&graph(&files));
    assert_eq!(c.len(), 1, "{c:?}");
    let mut names: Vec<String> = c[0].iter().map(|m| m.join("/")).collect();
    names.sort();
    assert_eq!(names, ["app/a", "app/b", "app/c"]);
}

/// The app names no rule set (the law of the registration day is the engine's choice; its
/// name, questionnaire and start-page note come from `RuleSetId`), and nothing in `src/`
/// tests for one law with `==`: every choice is an exhaustive `match` the compiler checks.
#[test]
fn the_app_names_no_law() {
    let files = modules(&src());
    let variants = ["RuleSetId::Source2004Act", "RuleSetId::Act2025"];
    for (m, text) in &files {
        let text = code(text);
        for op in ["== RuleSetId::", "!= RuleSetId::", "matches!(rule_set"] {
            assert!(!text.contains(op), "{}: `{op}`", m.join("/"));
        }
        if m.first().map(String::as_str) == Some("app")
            && m.last().map(String::as_str) != Some("tests")
        {
            for v in variants {
                assert!(!text.contains(v), "{} names {v}", m.join("/"));
            }
        }
    }
}
