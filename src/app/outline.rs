//! The questionnaire as a list (`pup-check flow FILE`, issue 24): the questions the app would
//! ask for an answers file, in order, each with the answers-file fields it fills (JSON paths
//! such as `status.company_role` or `history[0].to`). The same code as the app: the file is
//! loaded as the app loads it (`Action::Loaded`), the pages are `questionnaire::asked`, and a page's
//! paths are those of the answers that change when its fields are left out.

use chrono::NaiveDate;
use serde_json::Value;

use crate::app::i18n::{t, Lang, Msg};
use crate::app::state::{Action, AppState};
use crate::rules::answers::Answers;
use crate::rules::questionnaire::answers::build;
use crate::rules::questionnaire::{self, Field, Key, Page, PeriodField, Sub};

/// One question page: its title (Polish) and the answers-file paths it fills.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    pub title: String,
    pub paths: Vec<String>,
}

/// The questions asked for `a`, in order (`today`: when the file has no registration day).
pub fn outline(a: &Answers, today: NaiveDate) -> Vec<Asked> {
    let today = a.registration_date.unwrap_or(today);
    let s = AppState::new(today, Lang::Pl).apply(Action::Loaded(Box::new(a.clone())));
    questionnaire::asked(&s)
        .into_iter()
        .map(|(page, fields)| {
            // The page's answers left out, then given (whatever they were): the paths that
            // change are those the page fills.
            let mut without = s.clone();
            without.fields.retain(|k, _| !fields.contains(k));
            let mut given = without.clone();
            for (k, v) in probe(&s, page) {
                given.fields.insert(k, v);
            }
            let mut paths = Vec::new();
            diff("", &json(&given), &json(&without), &mut paths);
            if paths.is_empty() && matches!(page, Page::Periods) {
                paths.push("history".to_string());
            }
            Asked {
                title: title(&s, page),
                paths,
            }
        })
        .collect()
}

/// An answer for each field of a page (the first option, a date, a number), to see which
/// paths of the answers file the page fills.
fn probe(s: &AppState, p: Page) -> Vec<(Key, String)> {
    use questionnaire::Kind;
    let one = |k: Field, v: &str| vec![(Key::from(k), v.to_string())];
    match p {
        Page::Q(q) => {
            let d = q.def(s);
            let f = d.field;
            match d.kind {
                Kind::YesNo => one(f, "yes"),
                Kind::Choice(list) | Kind::Multi(list) => {
                    one(f, list.first().map_or("unknown", |(v, _)| v))
                }
                Kind::Date => vec![
                    (f.sub(Sub::Day), "1".into()),
                    (f.sub(Sub::Month), "1".into()),
                    (
                        f.sub(Sub::Year),
                        questionnaire::reg_date(s).format("%Y").to_string(),
                    ),
                ],
                Kind::Pesel => one(f, "44051401359"),
                Kind::Amount | Kind::Days => one(f, "1"),
                Kind::Text => one(f, "PNOPL-44051401359"),
            }
        }
        Page::Group(g) => questionnaire::group_fields(s, g)
            .into_iter()
            .map(|f| (Key::from(f), "yes".to_string()))
            .collect(),
        Page::TermMode(id) => one(Field::Period(id, PeriodField::TermMode), "employer_notice"),
        Page::TermException(id) => one(
            Field::Period(id, PeriodField::TermExc),
            questionnaire::term_exceptions(s, id)
                .first()
                .map_or("unknown", |(v, _)| v),
        ),
        Page::TermReferral(id) => one(Field::Period(id, PeriodField::TermReferral), "yes"),
        Page::Periods | Page::PeriodEdit(_) | Page::Start | Page::Check | Page::Result => {
            Vec::new()
        }
    }
}

/// The answers the app builds from its fields, as JSON (the benefit's answers too, whether
/// or not they matter: a page's own paths, not what follows from the status).
fn json(s: &AppState) -> Value {
    serde_json::from_str(&build(s, true).to_json()).unwrap_or(Value::Null)
}

/// The paths where `a` and `b` differ: objects key by key, arrays of one length item by item,
/// anything else (an array whose length changed) as a whole.
fn diff(path: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                diff(&p, v, y.get(k).unwrap_or(&Value::Null), out);
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                diff(&format!("{path}[{i}]"), v, w, out);
            }
        }
        _ if a != b => out.push(path.to_string()),
        _ => {}
    }
}

/// A page's title in Polish (a question's own, the grouped page's, the periods').
fn title(s: &AppState, p: Page) -> String {
    match p {
        Page::Q(q) => t(q.def(s).title).to_string(),
        Page::Group(g) => t(g.def().title).to_string(),
        Page::Periods | Page::PeriodEdit(_) => t(Msg::QPeriods).to_string(),
        Page::TermMode(id) => format!("{} ({id})", t(Msg::SecEndings)),
        Page::TermException(id) => format!("{} ({id})", t(Msg::QTermException)),
        Page::TermReferral(id) => format!("{} ({id})", t(Msg::QTermReferral)),
        Page::Start | Page::Check | Page::Result => String::new(),
    }
}

/// The listing `pup-check flow` prints: one line per question, "n. title<TAB>paths".
pub fn listing(a: &Answers, today: NaiveDate) -> String {
    outline(a, today)
        .iter()
        .enumerate()
        .map(|(i, x)| format!("{}. {}\t{}\n", i + 1, x.title, x.paths.join(", ")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(scenario: &str) -> Answers {
        let file: Value = serde_json::from_str(scenario).unwrap();
        Answers::from_json(&file["answers"].to_string()).unwrap()
    }

    #[test]
    fn the_outline_names_each_question_with_the_fields_it_fills() {
        let a = answers(include_str!(
            "../../tests/scenarios/143-wage-table-last-day.json"
        ));
        let o = outline(&a, "2026-12-01".parse().unwrap());
        let paths = |i: usize| o[i].paths.join(",");
        assert!(o[0].title.starts_with("Kiedy chcesz zarejestrować się"));
        assert_eq!(paths(0), "registration_date");
        let find = |path: &str| o.iter().position(|x| x.paths.iter().any(|p| p == path));
        // The grouped status page fills the conditions of art. 2 pkt 1 it shows.
        let status = find("status.company_role").expect("the company role asked");
        assert_eq!(find("status.foreign_insurance"), Some(status));
        // The periods page fills the history; how the last job ended, the terminations.
        assert!(find("history").is_some() || find("history[0].to").is_some());
        assert!(o
            .iter()
            .any(|x| x.paths.iter().any(|p| p.starts_with("terminations"))));
        // Every page fills something, in the app's order of pages.
        assert!(o.iter().all(|x| !x.paths.is_empty()), "{o:#?}");
        assert!(listing(&a, "2026-12-01".parse().unwrap()).starts_with("1. Kiedy"));
    }
}
#[cfg(test)]
mod every_page {
    /// Every page asked for any scenario fills some path of the answers file.
    #[test]
    fn every_page_asked_fills_a_path() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios");
        let mut empty = std::collections::BTreeSet::new();
        for e in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
            let file: serde_json::Value = serde_json::from_str(&text).unwrap();
            let Ok(a) = crate::rules::answers::Answers::from_json(&file["answers"].to_string())
            else {
                continue;
            };
            for x in super::outline(&a, "2026-12-01".parse().unwrap()) {
                if x.paths.is_empty() {
                    empty.insert(x.title);
                }
            }
        }
        assert!(empty.is_empty(), "pages that fill nothing: {empty:#?}");
    }
}
