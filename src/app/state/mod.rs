//! The app's one state (`AppState`), its actions and the reducer. Every field keeps the raw
//! text the person typed (nothing is lost by navigating); `answers::build` turns the fields
//! into the engine's `Answers`, `questionnaire::pages` decides which pages are asked.

pub mod early;
pub mod validate;

use chrono::NaiveDate;

pub use crate::app::state::early::EarlyInput;
use crate::l10n::Lang;
use crate::rules::answers::Answers;
use crate::rules::questionnaire::answers;
use crate::rules::questionnaire::form::{set_date, Field, Form, Key, Sub, Q};
use crate::rules::questionnaire::{self, Page};
use validate::FieldError;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub page: Page,
    /// The answers as typed, the periods and today: what the questionnaire reads
    /// (`AppState` derefs to it).
    pub form: Form,
    pub next_period_id: u32,
    /// Set by a "change" link on the check-answers page: continue returns there.
    pub return_to_check: bool,
    pub errors: Vec<FieldError>,
    /// Incremented on every failed submit: the error summary takes the focus.
    pub error_seq: u32,
    /// Incremented on every page change: the heading takes the focus.
    pub nav_seq: u32,
    pub load_error: Option<LoadError>,
    /// A link or QR code that could not be read (its reason, for the office's staff); the
    /// answers on this device stay as they were.
    pub link_error: Option<String>,
    /// The last page change came from the browser's back button (no new history entry).
    pub from_history: bool,
    /// The language of every text shown (the answers do not depend on it).
    pub lang: Lang,
    /// The office's or the browser's language, shown until the person chooses one.
    pub default_lang: Lang,
    /// The person chose `lang` with the language switch.
    pub lang_chosen: bool,
    /// The texts of this language could not be had (offline before the first visit).
    pub lang_failed: Option<Lang>,
    /// The period just removed on the periods page: its number then and its id (its fields
    /// stay, so that the page can say which one went).
    pub removed_period: Option<(usize, u32)>,
    /// Incremented on every removal: the message saying what was removed takes the focus.
    pub removed_seq: u32,
    /// The boxes ticked on the result's document checklist (by box: a document's ID, an
    /// extra line's or the office's number), kept for a reload and the printout; not answers.
    pub checklist: Vec<String>,
}

impl std::ops::Deref for AppState {
    type Target = Form;
    fn deref(&self) -> &Form {
        &self.form
    }
}

impl std::ops::DerefMut for AppState {
    fn deref_mut(&mut self) -> &mut Form {
        &mut self.form
    }
}

impl AppState {
    pub fn new(today: NaiveDate, lang: Lang) -> AppState {
        let mut form = Form::new(today);
        set_date(&mut form.fields, Q::RegDate, Some(today));
        AppState {
            page: Page::Start,
            form,
            next_period_id: 1,
            return_to_check: false,
            errors: Vec::new(),
            error_seq: 0,
            nav_seq: 0,
            load_error: None,
            link_error: None,
            from_history: false,
            lang,
            default_lang: lang,
            lang_chosen: false,
            lang_failed: None,
            removed_period: None,
            removed_seq: 0,
            checklist: Default::default(),
        }
    }

    fn goto(&mut self, page: Page) {
        self.from_history = false;
        self.link_error = None;
        self.lang_failed = None;
        self.page = page;
        self.errors.clear();
        self.removed_period = None;
        self.nav_seq += 1;
    }
}

/// Why a chosen answers file was refused (shown in the person's language, with the technical
/// detail of the reader in English for the office's staff).
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// Not an answers file of this app (or a damaged one); `line` is 0 when the problem is
    /// not at one place (e.g. another format version).
    NotAnswers {
        line: usize,
        column: usize,
        detail: String,
    },
    /// The browser could not read the file.
    Unreadable(String),
}

#[derive(Clone, Debug)]
pub enum Action {
    /// A field's raw value changed.
    Set(Key, String),
    /// Adds or removes `value` in a comma-separated multi-choice field.
    ToggleIn(Key, &'static str),
    /// Answers that came in a link or QR code (issue 25): as a loaded file, and `true` when a
    /// PESEL was given on the device they came from (the code does not carry it).
    LoadedFromLink(Box<Answers>, bool),
    /// A link or QR code that could not be read, and why.
    LinkFailed(String),
    /// A box of the result's document checklist ticked (`true`) or unticked.
    TickDocument(String, bool),
    /// A box of a grouped page (`questionnaire::G`) ticked or unticked.
    Tick(questionnaire::G, Tick),
    /// Validate the page and go to the next one.
    Continue,
    /// The back link.
    Back,
    /// The browser's back or forward button: the page shown at that history entry.
    HistoryTo(Page),
    Goto(Page),
    /// A change link of the check-answers page.
    Change(Page),
    AddPeriod,
    RemovePeriod(u32),
    Loaded(Box<Answers>),
    LoadFailed(LoadError),
    /// "Zacznij od nowa": the answers go, the language stays (today's date).
    Restart(NaiveDate),
    /// The language switch: every answer and the page stay as they are.
    SetLang(Lang),
    /// The default language (office configuration or browser), unless one was chosen.
    DefaultLang(Lang),
    /// Kiosk: everything back to the start, the default language included (today's date).
    Reset(NaiveDate),
    /// The result's "check for a later registration day": that day is set on the
    /// registration-date page, shown for the person to confirm; continuing asks the questions
    /// the new day makes relevant, then returns to check-answers.
    RecheckFrom(NaiveDate),
    /// The switch could not load this language's texts.
    LangFailed(Lang),
}

/// The boxes of a grouped page: an item (its question), "Nic z tego mnie nie dotyczy"
/// (exclusive: every item "no") and "Nie wiem, czy dotyczy mnie coś innego z tej listy" (the
/// items not ticked "unknown"). The page's state is its items' fields only: a box is ticked
/// when its item is "yes", "none" when every item is "no", "unknown" when one is "unknown".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tick {
    Item(questionnaire::Q),
    None,
    Unknown,
}

impl AppState {
    /// The state after what the person did before the app started: the first question
    /// shown with what was typed and, if "Dalej" was pressed, validated and left as the
    /// button would have done. A question other than the first one (the only one
    /// pre-rendered) or a field that is not the question's is ignored.
    pub fn resume(self, early: &EarlyInput) -> AppState {
        let first = questionnaire::FIRST_QUESTION;
        if early.question.as_deref() != Some(first.name()) {
            return self;
        }
        let mut s = self.apply(Action::Goto(Page::Q(first)));
        for (k, v) in &early.fields {
            match k.parse::<Key>() {
                Ok(key) if key.field == Field::Q(first) && key.sub != Sub::Value => {
                    s = s.apply(Action::Set(key, v.clone()));
                }
                _ => {}
            }
        }
        if early.next {
            s = s.apply(Action::Continue);
        }
        s
    }
}

/// The answers and the page, kept in the tab's session storage outside kiosk mode so that a
/// reload or a crash of the tab loses nothing (issue 13; `dom::session_*`). Only what the
/// person typed and where they were: the rest follows from it.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Snapshot {
    /// Format of this snapshot; another one is ignored.
    pub v: u32,
    /// The fields by their text (`Key`'s `Display`): a key this version does not know is
    /// dropped on restoring.
    pub fields: std::collections::BTreeMap<String, String>,
    pub period_ids: Vec<u32>,
    pub next_period_id: u32,
    pub return_to_check: bool,
    /// The page: its position among `questionnaire::pages` (the same answers give the same list),
    /// or the period being edited.
    pub page_at: Option<usize>,
    pub editing: Option<u32>,
    /// The language the person chose (its code), if they chose one.
    pub lang: Option<String>,
    /// The document checklist's ticked boxes.
    #[serde(default)]
    pub checklist: Vec<String>,
}

const SNAPSHOT_FORMAT: u32 = 1;

impl AppState {
    /// What is kept for a reload; `None` when nothing has been answered yet (the start page
    /// with today's date only): then nothing is kept, as after "Zacznij od nowa".
    pub fn snapshot(&self) -> Option<Snapshot> {
        let fresh = AppState::new(self.today, self.lang);
        if self.page == Page::Start && self.fields == fresh.fields && !self.lang_chosen {
            return None;
        }
        let (page_at, editing) = match self.page {
            Page::PeriodEdit(id) => (None, Some(id)),
            p => (
                questionnaire::pages(self).iter().position(|x| *x == p),
                None,
            ),
        };
        Some(Snapshot {
            v: SNAPSHOT_FORMAT,
            fields: {
                // Inserted one by one: a `collect` would sort (more code in the wasm).
                let mut m = std::collections::BTreeMap::new();
                for (k, v) in &self.fields {
                    m.insert(k.to_string(), v.clone());
                }
                m
            },
            period_ids: self.period_ids.clone(),
            next_period_id: self.next_period_id,
            return_to_check: self.return_to_check,
            page_at,
            editing,
            lang: self.lang_chosen.then(|| self.lang.code().to_string()),
            checklist: self.checklist.clone(),
        })
    }

    /// The state a snapshot describes (the language is set by the caller once its texts are
    /// there). A snapshot of another format, or one whose page no longer exists, gives the
    /// answers on the start page's next page list as far as it can.
    pub fn restore(self, snap: &Snapshot) -> AppState {
        if snap.v != SNAPSHOT_FORMAT {
            return self;
        }
        let mut s = self;
        s.fields.clear();
        s.checklist = snap.checklist.clone();
        for (k, v) in &snap.fields {
            if let Ok(k) = k.parse::<Key>() {
                s.fields.insert(k, v.clone());
            } else if k.starts_with("tick.") && v == "1" && !s.checklist.contains(k) {
                // A tab kept by the version that stored the checklist among the answers.
                s.checklist.push(k.clone());
            }
        }
        s.period_ids = snap.period_ids.clone();
        s.next_period_id = snap.next_period_id.max(1);
        s.return_to_check = snap.return_to_check;
        s.page = match (snap.editing, snap.page_at) {
            (Some(id), _) if s.period_ids.contains(&id) || id < s.next_period_id => {
                Page::PeriodEdit(id)
            }
            (_, Some(i)) => questionnaire::pages(&s)
                .get(i)
                .copied()
                .unwrap_or(Page::Start),
            _ => Page::Start,
        };
        s
    }
}

/// Yew's reducer: the pure `AppState::apply`.
#[cfg(target_arch = "wasm32")]
impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new((*self).clone().apply(action))
    }
}

impl AppState {
    /// The state after `action`: a pure function of the state and the action (today's date
    /// comes in with the actions that need it), so that it is tested natively.
    pub fn apply(self, action: Action) -> AppState {
        let mut s = self;
        match action {
            Action::Set(k, v) => {
                s.fields.insert(k, v);
            }
            Action::ToggleIn(k, v) => {
                let mut list: Vec<String> = s
                    .get(k)
                    .split(',')
                    .filter(|x| !x.is_empty())
                    .map(str::to_string)
                    .collect();
                if let Some(i) = list.iter().position(|x| x == v) {
                    list.remove(i);
                } else {
                    list.push(v.to_string());
                }
                s.fields.insert(k, list.join(","));
            }
            Action::Tick(g, tick) => {
                let items = questionnaire::group_fields(&s, g);
                let any = |v: &str| items.iter().any(|f| s.get(*f) == v);
                let all = |v: &str| items.iter().all(|f| s.get(*f) == v);
                let (any_unknown, all_no) = (any("unknown"), all("no"));
                let mut writes: Vec<(Field, &str)> = Vec::new();
                match tick {
                    Tick::Item(q) => {
                        let f = q.def(&s).field;
                        if s.get(f) == "yes" {
                            writes.push((f, if any_unknown { "unknown" } else { "" }));
                        } else {
                            // Ticking an item unticks "none" (its items were all "no").
                            if all_no {
                                writes.extend(items.iter().map(|x| (*x, "")));
                            }
                            writes.push((f, "yes"));
                        }
                    }
                    Tick::None => {
                        let v = if all_no { "" } else { "no" };
                        writes.extend(items.iter().map(|x| (*x, v)));
                    }
                    Tick::Unknown => {
                        for f in &items {
                            match (any_unknown, s.get(*f)) {
                                (false, "yes") => {}
                                (false, _) => writes.push((*f, "unknown")),
                                (true, "unknown") => writes.push((*f, "")),
                                _ => {}
                            }
                        }
                    }
                }
                for (k, v) in writes {
                    s.fields.insert(k.into(), v.to_string());
                }
            }
            Action::Continue => {
                let errors = validate::page(&s, s.page);
                if !errors.is_empty() {
                    s.errors = errors;
                    s.error_seq += 1;
                    return s;
                }
                match s.page {
                    Page::PeriodEdit(id) => {
                        if !s.period_ids.contains(&id) {
                            s.period_ids.push(id);
                        }
                        s.goto(Page::Periods);
                        return s;
                    }
                    Page::Periods => {
                        s.fields.insert(Field::PeriodsDone.into(), "1".into());
                    }
                    // "Select all that apply": the items not ticked are "no" (or "unknown"
                    // with the "Nie wiem" box).
                    Page::Group(g) => {
                        let fields = questionnaire::group_fields(&s, g);
                        let rest = if fields.iter().any(|f| s.get(*f) == "unknown") {
                            "unknown"
                        } else {
                            "no"
                        };
                        for f in fields {
                            if s.get(f).is_empty() {
                                s.fields.insert(f.into(), rest.to_string());
                            }
                        }
                    }
                    _ => {}
                }
                let next = questionnaire::next(&s, s.page, s.return_to_check);
                if next == Page::Check || next == Page::Result {
                    s.return_to_check = false;
                }
                s.goto(next);
            }
            Action::Back => {
                let prev = questionnaire::prev(&s, s.page, s.return_to_check);
                if prev == Page::Check {
                    s.return_to_check = false;
                }
                s.goto(prev);
            }
            Action::HistoryTo(page) => {
                // A page the answers no longer ask (they changed since) is not shown again:
                // its neighbour in the flow instead.
                let asked = questionnaire::pages(&s);
                let page = match page {
                    Page::Q(_)
                    | Page::TermMode(_)
                    | Page::TermException(_)
                    | Page::TermReferral(_)
                    | Page::Group(_)
                        if !asked.contains(&page) =>
                    {
                        questionnaire::prev(&s, s.page, s.return_to_check)
                    }
                    Page::PeriodEdit(id) if !s.period_ids.contains(&id) => Page::Periods,
                    p => p,
                };
                if page == Page::Check || page == Page::Start {
                    s.return_to_check = false;
                }
                s.goto(page);
                s.from_history = true;
            }
            Action::Goto(p) => {
                s.load_error = None;
                s.goto(p);
            }
            Action::Change(p) => {
                s.return_to_check = true;
                s.goto(p);
            }
            Action::RecheckFrom(d) => {
                let field = questionnaire::Q::RegDate.def(&s).field;
                set_date(&mut s.fields, field, Some(d));
                s.return_to_check = true;
                s.goto(Page::Q(questionnaire::Q::RegDate));
            }
            Action::AddPeriod => {
                let id = s.next_period_id;
                s.next_period_id += 1;
                s.goto(Page::PeriodEdit(id));
            }
            Action::RemovePeriod(id) => {
                // The page stays: no page change (no history entry, no focus on the heading);
                // the message saying which period was removed takes the focus instead.
                if let Some(i) = s.period_ids.iter().position(|x| *x == id) {
                    s.period_ids.remove(i);
                    s.removed_period = Some((i + 1, id));
                    s.removed_seq += 1;
                }
            }
            Action::Loaded(a) => {
                s.checklist.clear();
                let (fields, ids) = answers::fields_of(&a, s.today);
                s.next_period_id = ids.iter().max().map_or(1, |m| m + 1);
                s.fields = fields;
                s.period_ids = ids;
                s.load_error = None;
                s.return_to_check = false;
                s.goto(Page::Check);
            }
            Action::LoadedFromLink(a, pesel) => {
                s = s.apply(Action::Loaded(a));
                s.link_error = None;
                if pesel {
                    s.fields.insert(Q::Pesel.sub(Sub::Withheld), "1".into());
                }
            }
            Action::TickDocument(key, on) => {
                s.checklist.retain(|k| *k != key);
                if on {
                    s.checklist.push(key);
                }
            }
            Action::LinkFailed(why) => {
                s.link_error = Some(why);
            }
            Action::LoadFailed(msg) => {
                s.load_error = Some(msg);
                s.error_seq += 1;
            }
            Action::LangFailed(l) => {
                s.lang_failed = Some(l);
            }
            Action::SetLang(l) => {
                s.lang = l;
                s.lang_chosen = true;
                s.lang_failed = None;
            }
            Action::DefaultLang(l) => {
                s.default_lang = l;
                if !s.lang_chosen {
                    s.lang = l;
                }
            }
            Action::Reset(today) => {
                // A new person: today may be another day than when the page was loaded.
                let mut n = AppState::new(today, s.default_lang);
                n.nav_seq = s.nav_seq + 1;
                return n;
            }
            Action::Restart(today) => {
                let mut n = AppState::new(today, s.lang);
                n.default_lang = s.default_lang;
                n.lang_chosen = s.lang_chosen;
                n.nav_seq = s.nav_seq + 1;
                return n;
            }
        }
        s
    }
}
