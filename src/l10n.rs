//! Fluent messages, formatted: the translation files (`i18n/*.ftl`) are read by the official
//! Fluent parser (`fluent-syntax`) and formatted here, without `fluent-bundle`'s resolver.
//!
//! The files use a small part of Fluent: text, the variables `$v0`, `$v1` …, and select
//! expressions on a variable whose keys are CLDR plural categories (`[one]`, `[few]`,
//! `[many]`, `*[other]`). `Catalog::parse` reports anything else as an error, and a test
//! (`tests/i18n.rs`) keeps the three files inside that part and checks that every message
//! formats exactly as `fluent-bundle` formats it. Why not `fluent-bundle` itself: in the web
//! app its resolver, locale and number types cost ~15 KB of the 150 KB transfer budget
//! (docs/decisions.md, decision 38).
//!
//! Plain Rust with no web dependencies: the web app (`app::i18n`) and the native tests use it.

use std::collections::HashMap;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

/// The languages of the app.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Lang {
    Pl,
    En,
    Uk,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Pl, Lang::En, Lang::Uk];

    /// The BCP 47 code, for `lang` attributes and file names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Pl => "pl",
            Lang::En => "en",
            Lang::Uk => "uk",
        }
    }

    /// The language of a BCP 47 tag (`pl`, `en-GB`, `uk-UA` …), if it is one of ours.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language's name in itself, for the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Pl => "Polski",
            Lang::En => "English",
            Lang::Uk => "Українська",
        }
    }

    /// The CLDR cardinal plural category of the whole number `n` (CLDR 44 rules for
    /// integers, `v = 0`; fractions are never passed).
    pub fn plural(self, n: i64) -> &'static str {
        let i = n.unsigned_abs();
        let (m10, m100) = (i % 10, i % 100);
        let few = (2..=4).contains(&m10) && !(12..=14).contains(&m100);
        match self {
            Lang::En => {
                if i == 1 {
                    "one"
                } else {
                    "other"
                }
            }
            Lang::Pl => {
                if i == 1 {
                    "one"
                } else if few {
                    "few"
                } else {
                    "many"
                }
            }
            Lang::Uk => {
                if m10 == 1 && m100 != 11 {
                    "one"
                } else if few {
                    "few"
                } else {
                    "many"
                }
            }
        }
    }
}

/// A value of a variable: a whole number (which selects plural forms) or text.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Num(i64),
    Str(&'a str),
}

impl<'a> Arg<'a> {
    /// A whole number written as such (`"349"`, not `"00123"` or `"+5"`) is a number, for
    /// plural forms; anything else stays text as it was written.
    pub fn from_text(s: &'a str) -> Arg<'a> {
        match s.parse::<i64>() {
            Ok(n) if n.to_string() == s => Arg::Num(n),
            _ => Arg::Str(s),
        }
    }
}

/// The messages of one language.
pub struct Catalog {
    lang: Lang,
    messages: HashMap<&'static str, Pattern<&'static str>>,
}

impl Catalog {
    /// Reads the Fluent source of `lang`. The source is kept for the session (the app reads
    /// each language once). Syntax errors and constructs outside the supported part of
    /// Fluent are returned as messages; the messages that could be read are kept.
    pub fn parse(lang: Lang, source: String) -> (Catalog, Vec<String>) {
        let source: &'static str = Box::leak(source.into_boxed_str());
        let (resource, mut errors) = match fluent_syntax::parser::parse_runtime(source) {
            Ok(r) => (r, Vec::new()),
            Err((r, e)) => (r, e.iter().map(|e| e.to_string()).collect()),
        };
        let mut messages = HashMap::new();
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let id = m.id.name;
                    if !m.attributes.is_empty() {
                        errors.push(format!("{id}: attributes are not supported"));
                    }
                    if let Some(p) = m.value {
                        if let Err(e) = check(&p) {
                            errors.push(format!("{id}: {e}"));
                        }
                        messages.insert(id, p);
                    }
                }
                Entry::Term(t) => errors.push(format!("-{}: terms are not supported", t.id.name)),
                _ => {}
            }
        }
        (Catalog { lang, messages }, errors)
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// The IDs of all messages (for tests).
    pub fn ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.messages.keys().copied()
    }

    /// Message `id` with `$v0`, `$v1` … set to `args`, or `None` if there is no such
    /// message. A variable without a value is written `{$name}`, as `fluent-bundle` does.
    pub fn format(&self, id: &str, args: &[Arg]) -> Option<String> {
        let p = self.messages.get(id)?;
        let mut out = String::new();
        self.write(p, args, &mut out);
        Some(out)
    }

    fn write(&self, p: &Pattern<&str>, args: &[Arg], out: &mut String) {
        for el in &p.elements {
            match el {
                PatternElement::TextElement { value } => out.push_str(value),
                PatternElement::Placeable { expression } => match expression {
                    Expression::Inline(e) => match e {
                        InlineExpression::VariableReference { id } => match arg(args, id.name) {
                            Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                            Some(Arg::Str(s)) => out.push_str(s),
                            None => {
                                out.push_str("{$");
                                out.push_str(id.name);
                                out.push('}');
                            }
                        },
                        // Outside the supported part (reported by `parse`).
                        _ => out.push_str("{???}"),
                    },
                    Expression::Select { selector, variants } => {
                        let value = match selector {
                            InlineExpression::VariableReference { id } => arg(args, id.name),
                            _ => None,
                        };
                        let chosen = value
                            .and_then(|v| variants.iter().find(|x| self.matches(&x.key, v)))
                            .or_else(|| variants.iter().find(|x| x.default));
                        if let Some(v) = chosen {
                            self.write(&v.value, args, out);
                        }
                    }
                },
            }
        }
    }

    /// Whether a variant key selects `value`: a plural category for a number, the same
    /// text for text (Fluent's rules).
    fn matches(&self, key: &VariantKey<&str>, value: Arg) -> bool {
        match (key, value) {
            (VariantKey::Identifier { name }, Arg::Num(n)) => self.lang.plural(n) == *name,
            (VariantKey::Identifier { name }, Arg::Str(s)) => *name == s,
            (VariantKey::NumberLiteral { value }, Arg::Num(n)) => value.parse() == Ok(n),
            (VariantKey::NumberLiteral { .. }, Arg::Str(_)) => false,
        }
    }
}

/// The value of variable `name` (`v0`, `v1` …).
fn arg<'a>(args: &[Arg<'a>], name: &str) -> Option<Arg<'a>> {
    let i: usize = name.strip_prefix('v')?.parse().ok()?;
    args.get(i).copied()
}

/// Whether a pattern stays inside the supported part of Fluent.
fn check(p: &Pattern<&str>) -> Result<(), String> {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            match expression {
                Expression::Inline(InlineExpression::VariableReference { .. }) => {}
                Expression::Select { selector, variants } => {
                    if !matches!(selector, InlineExpression::VariableReference { .. }) {
                        return Err("a select expression must select on a variable".into());
                    }
                    for v in variants {
                        check(&v.value)?;
                    }
                }
                Expression::Inline(_) => {
                    return Err(
                        "only variables ({ $v0 }) and select expressions are supported".into(),
                    )
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(lang: Lang, src: &str) -> Catalog {
        let (c, errors) = Catalog::parse(lang, src.to_string());
        assert!(errors.is_empty(), "{errors:?}");
        c
    }

    #[test]
    fn variables_and_plural_forms() {
        let c = catalog(
            Lang::Pl,
            "days = { $v0 } { $v0 ->\n    [one] dzień\n    [few] dni\n   *[many] dni!\n}, od { $v1 }\n",
        );
        assert_eq!(
            c.format("days", &[Arg::Num(1), Arg::Str("x")]).unwrap(),
            "1 dzień, od x"
        );
        assert_eq!(
            c.format("days", &[Arg::Num(22), Arg::Str("x")]).unwrap(),
            "22 dni, od x"
        );
        assert_eq!(
            c.format("days", &[Arg::Num(12), Arg::Str("x")]).unwrap(),
            "12 dni!, od x"
        );
        assert_eq!(
            c.format("days", &[Arg::Str("a")]).unwrap(),
            "a dni!, od {$v1}"
        );
        assert_eq!(c.format("none", &[]), None);
    }

    #[test]
    fn plural_categories_of_the_three_languages() {
        let cats = |l: Lang, ns: &[i64]| ns.iter().map(|n| l.plural(*n)).collect::<Vec<_>>();
        let ns = [0, 1, 2, 5, 11, 12, 21, 22, 25, 101, 111, 112, 122];
        assert_eq!(
            cats(Lang::Pl, &ns),
            [
                "many", "one", "few", "many", "many", "many", "many", "few", "many", "many",
                "many", "many", "few"
            ]
        );
        assert_eq!(
            cats(Lang::Uk, &ns),
            [
                "many", "one", "few", "many", "many", "many", "one", "few", "many", "one", "many",
                "many", "few"
            ]
        );
        assert_eq!(
            cats(Lang::En, &[0, 1, 2, 21]),
            ["other", "one", "other", "other"]
        );
    }

    #[test]
    fn unsupported_constructs_are_reported() {
        for src in [
            "a = { -term }\n",
            "a = { NUMBER($v0) }\n",
            "a = x\n    .attr = y\n",
        ] {
            let (_, errors) = Catalog::parse(Lang::En, src.to_string());
            assert!(!errors.is_empty(), "{src}");
        }
    }
}
