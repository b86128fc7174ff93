//! Fluent messages, read and formatted: the translation files (`i18n/*.ftl`) use a small part
//! of Fluent — text over one or more lines, the variables `$v0`, `$v1` …, and select
//! expressions on a variable whose keys are CLDR plural categories (`[one]`, `[few]`,
//! `[many]`, `*[other]`) or numbers. This module reads that part as the Fluent syntax 1.0
//! defines it (the line continuations, the common indent removed, the trailing blanks
//! trimmed, as the reference parser `fluent-syntax` does) and reports anything else as an
//! error. A test (`tests/i18n.rs`) keeps the three files inside that part and checks that every
//! message formats exactly as `fluent-bundle` (the official parser and resolver) formats it.
//! Why not those crates in the app: `fluent-bundle`'s resolver, locale and number types cost
//! ~15 KB (decision 38), the full parser ~5.5 KB brotli of the wasm (decision 77).
//!
//! Plain Rust with no web dependencies: the web app (`app::i18n`) and the native tests use it.

use std::collections::HashMap;

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

/// A part of a message's pattern.
#[derive(Debug, Clone, PartialEq)]
enum Part {
    Text(String),
    /// `{ $name }`
    Var(&'static str),
    /// `{ $name -> [key] pattern … *[key] pattern }`
    Select(&'static str, Vec<Variant>),
}

#[derive(Debug, Clone, PartialEq)]
struct Variant {
    key: Key,
    default: bool,
    value: Vec<Part>,
}

/// A variant's key: `[one]` (a plural category, or text to match) or `[12]`.
#[derive(Debug, Clone, PartialEq)]
enum Key {
    Name(&'static str),
    Number(&'static str),
}

/// The messages of one language.
pub struct Catalog {
    lang: Lang,
    messages: HashMap<&'static str, Vec<Part>>,
}

impl Catalog {
    /// Reads the Fluent source of `lang`. The source is kept for the session (the app reads
    /// each language once). Syntax errors and constructs outside the supported part of
    /// Fluent are returned as messages; the messages that could be read are kept.
    pub fn parse(lang: Lang, source: String) -> (Catalog, Vec<String>) {
        let source: &'static str = Box::leak(source.into_boxed_str());
        let mut reader = Reader { s: source, i: 0 };
        let mut messages = HashMap::new();
        let mut errors = Vec::new();
        while let Some(entry) = reader.entry() {
            match entry {
                Ok(Some((id, parts))) => {
                    messages.insert(id, parts);
                }
                Ok(None) => {}
                Err(e) => {
                    errors.push(e);
                    reader.skip_junk();
                }
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

    fn write(&self, parts: &[Part], args: &[Arg], out: &mut String) {
        for part in parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var(name) => match arg(args, name) {
                    Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                    Some(Arg::Str(s)) => out.push_str(s),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Part::Select(name, variants) => {
                    let chosen = arg(args, name)
                        .and_then(|v| variants.iter().find(|x| self.matches(&x.key, v)))
                        .or_else(|| variants.iter().find(|x| x.default));
                    if let Some(v) = chosen {
                        self.write(&v.value, args, out);
                    }
                }
            }
        }
    }

    /// Whether a variant key selects `value`: a plural category for a number, the same
    /// text for text (Fluent's rules).
    fn matches(&self, key: &Key, value: Arg) -> bool {
        match (key, value) {
            (Key::Name(name), Arg::Num(n)) => self.lang.plural(n) == *name,
            (Key::Name(name), Arg::Str(s)) => *name == s,
            (Key::Number(k), Arg::Num(n)) => k.parse() == Ok(n),
            (Key::Number(_), Arg::Str(_)) => false,
        }
    }
}

/// The value of variable `name` (`v0`, `v1` …).
fn arg<'a>(args: &[Arg<'a>], name: &str) -> Option<Arg<'a>> {
    let i: usize = name.strip_prefix('v')?.parse().ok()?;
    args.get(i).copied()
}

/// A piece of a pattern before the common indent is removed.
enum Piece {
    Text(String),
    /// The indent of a line that starts with text.
    Indent(usize),
    Part(Part),
}

/// The reader of a Fluent source: the productions of the Fluent syntax 1.0 grammar
/// (`fluent.ebnf`) for the supported part, named as there.
struct Reader {
    s: &'static str,
    i: usize,
}

type Read<T> = Result<T, String>;

/// A message: its ID and pattern.
type Message = (&'static str, Vec<Part>);

impl Reader {
    fn b(&self) -> &'static [u8] {
        self.s.as_bytes()
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.b().get(i).copied()
    }

    fn cur(&self) -> Option<u8> {
        self.at(self.i)
    }

    /// The length of a line end at `i` (`\n` or `\r\n`), 0 if none.
    fn line_end_at(&self, i: usize) -> usize {
        match (self.at(i), self.at(i + 1)) {
            (Some(b'\n'), _) => 1,
            (Some(b'\r'), Some(b'\n')) => 2,
            _ => 0,
        }
    }

    fn spaces_from(&self, mut i: usize) -> usize {
        while self.at(i) == Some(b' ') {
            i += 1;
        }
        i
    }

    /// `blank_inline?`: the number of spaces skipped.
    fn skip_blank_inline(&mut self) -> usize {
        let start = self.i;
        self.i = self.spaces_from(self.i);
        self.i - start
    }

    /// `blank?`: spaces and line ends.
    fn skip_blank(&mut self) {
        loop {
            let n = self.line_end_at(self.i);
            if self.cur() == Some(b' ') {
                self.i += 1;
            } else if n > 0 {
                self.i += n;
            } else {
                return;
            }
        }
    }

    /// `blank_block` from `i`: the number of line ends, and where the next non-blank line
    /// starts (or the end of the source).
    fn blank_block_from(&self, mut i: usize) -> (usize, usize) {
        let mut lines = 0;
        loop {
            let line_start = i;
            i = self.spaces_from(i);
            let n = self.line_end_at(i);
            if n > 0 {
                lines += 1;
                i += n;
            } else if i >= self.b().len() {
                return (lines, i);
            } else {
                return (lines, line_start);
            }
        }
    }

    /// Whether the line starting at `i` continues a pattern: indented and not starting with
    /// `}`, `.`, `[` or `*`, or starting with a placeable.
    fn continues_at(&self, i: usize) -> bool {
        let j = self.spaces_from(i);
        match self.at(j) {
            Some(b'{') => true,
            _ if j == i => false,
            None | Some(b'}' | b'.' | b'[' | b'*') => false,
            Some(_) => true,
        }
    }

    fn expect(&mut self, c: u8) -> Read<()> {
        if self.cur() == Some(c) {
            self.i += 1;
            Ok(())
        } else {
            Err(format!("expected `{}` at byte {}", c as char, self.i))
        }
    }

    fn expect_line_end(&mut self) -> Read<()> {
        let n = self.line_end_at(self.i);
        if n > 0 || self.i >= self.b().len() {
            self.i += n;
            Ok(())
        } else {
            Err(format!("expected a line end at byte {}", self.i))
        }
    }

    /// `Identifier`: `[a-zA-Z][a-zA-Z0-9_-]*`.
    fn identifier(&mut self) -> Read<&'static str> {
        let start = self.i;
        if !self.cur().is_some_and(|c| c.is_ascii_alphabetic()) {
            return Err(format!("expected a name at byte {start}"));
        }
        while self
            .cur()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
        {
            self.i += 1;
        }
        Ok(&self.s[start..self.i])
    }

    /// One entry of the resource: `Ok(Some(message))`, `Ok(None)` for a comment or blank
    /// lines, `None` at the end.
    fn entry(&mut self) -> Option<Read<Option<Message>>> {
        let c = self.cur()?;
        let n = self.line_end_at(self.i);
        Some(if n > 0 {
            self.i += n;
            Ok(None)
        } else if c == b' ' {
            self.skip_blank_inline();
            if self.line_end_at(self.i) > 0 || self.cur().is_none() {
                Ok(None)
            } else {
                Err(format!("unexpected indent at byte {}", self.i))
            }
        } else if c == b'#' {
            while self.line_end_at(self.i) == 0 && self.cur().is_some() {
                self.i += 1;
            }
            Ok(None)
        } else if c == b'-' {
            self.i += 1;
            let name = self.identifier().unwrap_or("");
            Err(format!("-{name}: terms are not supported"))
        } else {
            self.message().map(Some)
        })
    }

    /// `Message`: `Identifier blank_inline? "=" blank_inline? Pattern`, with no attributes.
    fn message(&mut self) -> Read<Message> {
        let id = self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        let value = self
            .pattern_after_key()
            .map_err(|e| format!("{id}: {e}"))?
            .ok_or_else(|| format!("{id}: no value"))?;
        let (_, next) = self.blank_block_from(self.i);
        if self.at(self.spaces_from(next)) == Some(b'.') && self.spaces_from(next) > next {
            return Err(format!("{id}: attributes are not supported"));
        }
        self.expect_line_end().map_err(|e| format!("{id}: {e}"))?;
        Ok((id, value))
    }

    /// A pattern on the same line (after `=` or a variant key) or on the next indented lines.
    fn pattern_after_key(&mut self) -> Read<Option<Vec<Part>>> {
        let j = self.spaces_from(self.i);
        if self.line_end_at(j) == 0 && j < self.b().len() {
            self.i = j;
            return self.pattern(false).map(Some);
        }
        let (_, next) = self.blank_block_from(j);
        if next < self.b().len() && self.continues_at(next) {
            self.i = next;
            return self.pattern(true).map(Some);
        }
        Ok(None)
    }

    /// `Pattern`: inline and block text and placeables, from the current position (for a
    /// block pattern, the start of its first line). Then the common indent of the lines that
    /// start with text is removed and the trailing blanks are trimmed. As the reference
    /// parser (`fluent-syntax`) does: a line that starts with a placeable keeps none of its
    /// indent and does not count for the common indent, unless it is not indented at all.
    fn pattern(&mut self, block: bool) -> Read<Vec<Part>> {
        let mut pieces = Vec::new();
        let mut common: Option<usize> = None;
        let mut line_start = block;
        while let Some(c) = self.cur() {
            if line_start {
                line_start = false;
                let indent = self.skip_blank_inline();
                if self.cur() != Some(b'{') {
                    common = Some(common.map_or(indent, |n| n.min(indent)));
                    pieces.push(Piece::Indent(indent));
                } else if indent == 0 {
                    common = Some(0);
                }
            } else if self.line_end_at(self.i) > 0 {
                let (lines, next) = self.blank_block_from(self.i);
                if next >= self.b().len() || !self.continues_at(next) {
                    break;
                }
                self.i = next;
                pieces.push(Piece::Text("\n".repeat(lines)));
                line_start = true;
            } else if c == b'{' {
                pieces.push(Piece::Part(self.placeable()?));
            } else if c == b'}' {
                return Err(format!("unbalanced `}}` at byte {}", self.i));
            } else {
                let start = self.i;
                while self
                    .cur()
                    .is_some_and(|c| c != b'{' && c != b'}' && self.line_end_at(self.i) == 0)
                {
                    self.i += 1;
                }
                pieces.push(Piece::Text(self.s[start..self.i].to_string()));
            }
        }
        Ok(dedent(pieces, common.unwrap_or(0)))
    }

    /// `inline_placeable`: `{ $name }` or a select expression on a variable.
    fn placeable(&mut self) -> Read<Part> {
        self.expect(b'{')?;
        self.skip_blank();
        if self.cur() != Some(b'$') {
            return Err("only variables ({ $v0 }) and select expressions are supported".into());
        }
        self.i += 1;
        let name = self.identifier()?;
        self.skip_blank();
        let part = if self.b()[self.i..].starts_with(b"->") {
            self.i += 2;
            self.skip_blank_inline();
            self.expect_line_end()?;
            Part::Select(name, self.variants()?)
        } else {
            Part::Var(name)
        };
        self.skip_blank();
        self.expect(b'}')?;
        Ok(part)
    }

    /// `variant_list`: variants, exactly one of them the default (`*[key]`).
    fn variants(&mut self) -> Read<Vec<Variant>> {
        let mut variants = Vec::new();
        self.skip_blank();
        while matches!(self.cur(), Some(b'[')) || self.b()[self.i..].starts_with(b"*[") {
            let default = self.cur() == Some(b'*');
            self.i += usize::from(default);
            self.expect(b'[')?;
            self.skip_blank();
            let start = self.i;
            let key = if self.cur().is_some_and(|c| c.is_ascii_digit() || c == b'-') {
                self.i += 1;
                while self.cur().is_some_and(|c| c.is_ascii_digit() || c == b'.') {
                    self.i += 1;
                }
                Key::Number(&self.s[start..self.i])
            } else {
                Key::Name(self.identifier()?)
            };
            self.skip_blank();
            self.expect(b']')?;
            let value = self
                .pattern_after_key()?
                .ok_or_else(|| "a variant has no value".to_string())?;
            variants.push(Variant {
                key,
                default,
                value,
            });
            self.expect_line_end()?;
            self.skip_blank();
        }
        match variants.iter().filter(|v| v.default).count() {
            1 => Ok(variants),
            _ => Err("a select expression needs exactly one default variant".into()),
        }
    }

    /// After an error: on to the next line that starts an entry (Fluent's `Junk`).
    fn skip_junk(&mut self) {
        loop {
            while self.cur().is_some() && self.line_end_at(self.i) == 0 {
                self.i += 1;
            }
            self.i += self.line_end_at(self.i);
            match self.cur() {
                None => return,
                Some(c) if c.is_ascii_alphabetic() || c == b'#' || c == b'-' => return,
                _ => {}
            }
        }
    }
}

/// The common indent taken off every line that starts with text, adjacent text joined, and
/// the trailing blanks of the pattern trimmed (`str::trim_end`, as the reference parser).
fn dedent(pieces: Vec<Piece>, common: usize) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::new();
    for piece in pieces {
        let text = match piece {
            Piece::Part(p) => {
                out.push(p);
                continue;
            }
            Piece::Text(t) => t,
            Piece::Indent(n) if n > common => " ".repeat(n - common),
            Piece::Indent(_) => continue,
        };
        match out.last_mut() {
            Some(Part::Text(prev)) => prev.push_str(&text),
            _ => out.push(Part::Text(text)),
        }
    }
    if let Some(Part::Text(last)) = out.last_mut() {
        let kept = last.trim_end().len();
        last.truncate(kept);
        if last.is_empty() {
            out.pop();
        }
    }
    out
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

    /// The reader against the reference (`fluent-syntax` parsing, `fluent-bundle`
    /// formatting) on the parts of the syntax the app's files do not use today: text over
    /// several lines, blank lines, a pattern starting on the next line, placeables at a line's
    /// start, deeper indents, trailing blanks, `\r\n`, variants over several lines.
    #[test]
    fn multiline_patterns_read_as_the_reference_reads_them() {
        use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
        let source = concat!(
            "# a comment\n",
            "## a group comment\n",
            "\n",
            "one = one line   \n",
            "two = first\n",
            "    second\n",
            "three =\n",
            "    starts below\n",
            "      deeper\n",
            "    back\n",
            "four =\n",
            "\n",
            "    after a blank line\n",
            "\n",
            "\n",
            "    two blank lines inside\n",
            "\n",
            "five = a { $v0 }\n",
            "    { $v1 } at a line's start\n",
            "six =\n",
            "        { $v0 } indented more\n",
            "    less\n",
            "seven = { $v0 ->\n",
            "    [one] one\n",
            "        line\n",
            "    [few]\n",
            "        below\n",
            "          deeper\n",
            "   *[other] other { $v1 }\n",
            "}\n",
            "eight = x{ $v0 }y{$v1}z  \n",
            "nine = crlf\r\n",
            "    next\r\n",
            "ten = { $v0 ->\n",
            "    [0] zero\n",
            "    [12] twelve\n",
            "   *[many] { $v0 } things\n",
            "  }\n",
            "twelve =\n",
            "    first\n",
            "      second\n",
            "thirteen =\n",
            "      six\n",
            "    four\n",
            "fourteen = inline\n",
            "      six\n",
            "\n",
            "    four\n",
            "fifteen = a\n",
            "        { $v0 } placeable, indented more\n",
            "    c\n",
            "sixteen = a\n",
            "{ $v0 } placeable at the first column\n",
            "    c\n",
            "eleven = last line without a line end",
        );
        let ours = catalog(Lang::Pl, source);
        let mut bundle = FluentBundle::new(vec!["pl".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(FluentResource::try_new(source.to_string()).unwrap())
            .unwrap();
        let ids = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        ];
        assert_eq!(ours.ids().count(), ids.len());
        for id in ids {
            let pattern = bundle.get_message(id).unwrap().value().unwrap();
            for args in [
                vec![Arg::Num(1), Arg::Str("b")],
                vec![Arg::Num(3), Arg::Num(5)],
                vec![Arg::Num(0), Arg::Str("")],
                vec![Arg::Num(12), Arg::Num(22)],
                vec![Arg::Str("one"), Arg::Str("x")],
            ] {
                let mut fa = FluentArgs::new();
                for (i, a) in args.iter().enumerate() {
                    match a {
                        Arg::Num(n) => fa.set(format!("v{i}"), FluentValue::from(*n)),
                        Arg::Str(s) => fa.set(format!("v{i}"), FluentValue::from(*s)),
                    }
                }
                let want = bundle.format_pattern(pattern, Some(&fa), &mut vec![]);
                assert_eq!(ours.format(id, &args).unwrap(), want, "{id} {args:?}");
            }
        }
    }

    #[test]
    fn unsupported_constructs_are_reported() {
        for src in [
            "a = { -term }\n",
            "a = { NUMBER($v0) }\n",
            "a = x\n    .attr = y\n",
            "a = { $v0 ->\n    [one] x\n}\n",
            "a = { \"text\" }\n",
            "a = x }\n",
            "    a = indented\n",
        ] {
            let (_, errors) = Catalog::parse(Lang::En, src.to_string());
            assert!(!errors.is_empty(), "{src}");
        }
    }
}
