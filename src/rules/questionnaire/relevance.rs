//! Whether a question's answer can still change the result, judged by the engine from the
//! answers of the pages before it (issue 13, decision 73): the flow of a rule set builds its
//! pages with `Builder`.

use chrono::NaiveDate;

use super::{answers, Field, Form, Key, Page, G, Q};
use crate::rules::result::StatusVerdict;

/// What a person reads in the result: an answer matters when it can change one of these
/// (not the lists of rules met or not met behind them).
#[derive(Clone, PartialEq)]
struct Seen {
    status: StatusVerdict,
    not_before: Option<NaiveDate>,
    benefit: crate::rules::result::BenefitVerdict,
    from: Option<NaiveDate>,
    from_may_be_later: bool,
    /// What the result says it cannot tell yet ("Tego nie wiemy").
    benefit_unknown: Vec<String>,
    length: Option<u32>,
    amount: Option<crate::rules::result::Amount>,
    documents: Vec<String>,
    obligations: Vec<String>,
    account: crate::rules::result::OnlineAccount,
}

thread_local! {
    /// `seen` of the answers asked about lately: a click changes one page's answers, so the
    /// relevance of the pages before it is judged from the same answers as before.
    static SEEN: std::cell::RefCell<std::collections::HashMap<u64, Seen>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

fn seen(s: &Form) -> Seen {
    // The answers' hash (a 64-bit hash of at most a few hundred answer sets a session).
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (s.today, &s.period_ids, &s.fields).hash(&mut h);
    let key = h.finish();
    if let Some(hit) = SEEN.with(|c| c.borrow().get(&key).cloned()) {
        return hit;
    }
    let v = seen_uncached(s);
    SEEN.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() > 512 {
            c.clear();
        }
        c.insert(key, v.clone());
    });
    v
}

fn seen_uncached(s: &Form) -> Seen {
    let r = crate::rules::evaluate(&answers::build(s, true), s.today);
    Seen {
        status: r.status.verdict,
        not_before: r.status.register_not_before,
        benefit: r.benefit.verdict,
        from: r.benefit.from,
        from_may_be_later: r.benefit.from_may_be_later,
        benefit_unknown: r.benefit.unknown,
        length: r.benefit.length_days,
        amount: r.benefit.amount,
        documents: r.documents,
        obligations: r.obligations,
        account: r.online_account,
    }
}

/// The pages built in order. Whether a page can still change the result is judged from the
/// answers of the pages before it only (`known`): an answer given later never takes an
/// earlier page away, so the flow does not shift under the person.
pub struct Builder<'a> {
    pub s: &'a Form,
    /// The status with every answer given is not "no": then no fewer answers make it "no"
    /// (an unknown answer never turns a condition into "not met"), and `status_settled` need
    /// not ask the engine again for each page.
    pub status_open: bool,
    /// The fields of the pages placed so far (asked or left out).
    pub known: Vec<Field>,
    pub periods_known: bool,
    pub pages: Vec<Page>,
    pub groups: Vec<(G, Vec<Q>)>,
}

impl Builder<'_> {
    fn field(&self, q: Q) -> Field {
        Field::Q(q)
    }

    /// The answers as far as the flow has come: the fields of the pages placed so far.
    fn masked(&self) -> Form {
        let mut m = self.s.clone();
        let known = &self.known;
        let periods = self.periods_known;
        m.fields.retain(|k, _| match k.field {
            Field::Q(_) => known.contains(&k.field),
            Field::Period(..) | Field::PeriodsDone => periods,
        });
        if !periods {
            m.period_ids.clear();
        }
        m
    }

    pub fn ask(&mut self, q: Q) {
        self.pages.push(Page::Q(q));
        self.known.push(self.field(q));
    }

    /// The status is settled by the answers so far ("no" already): the status questions that
    /// are left cannot change the result (the benefit depends on the status).
    pub fn status_settled(&self) -> bool {
        if self.status_open {
            return false;
        }
        let m = self.masked();
        crate::rules::evaluate(&answers::build(&m, false), m.today)
            .status
            .verdict
            == StatusVerdict::NotEligible
    }

    /// A status question: asked unless the status is settled.
    pub fn ask_status(&mut self, q: Q) {
        if self.status_settled() {
            self.known.push(self.field(q));
        } else {
            self.ask(q);
        }
    }

    /// Whether question `q`'s answer can change the result, the other questions of its page
    /// taken as "no": the result with no answer and with "yes" compared with `all_no` (the
    /// result with all of them "no"). `m`: the answers so far with all of them "no"
    /// (`all_no`), left so.
    fn matters(&self, m: &mut Form, q: Q, all_no: &Seen) -> bool {
        let f = self.field(q);
        m.fields.remove(&Key::from(f));
        let unanswered = seen(m) != *all_no;
        m.fields.insert(f.into(), "yes".into());
        if q == Q::Pensions {
            let first = super::questionnaire(m).pension_kinds[0].0;
            m.fields.insert(Q::PensionKinds.into(), first.into());
        }
        let yes = seen(m) != *all_no;
        m.fields.insert(f.into(), "no".into());
        m.fields.remove(&Key::from(Q::PensionKinds));
        unanswered || yes
    }

    /// The answers so far with questions `qs` all answered "no", and the result of that.
    fn all_no(&self, qs: &[Q]) -> (Form, Seen) {
        let mut m = self.masked();
        for q in qs {
            let f = self.field(*q);
            m.fields.retain(|k, _| k.field != f);
            m.fields.insert(f.into(), "no".into());
        }
        let seen = seen(&m);
        (m, seen)
    }

    /// A grouped page with the items given, then the follow-ups of the items answered "yes".
    pub fn group(&mut self, g: G, items: Vec<Q>) {
        let all = g.questions();
        for q in &all {
            self.known.push(self.field(*q));
        }
        if items.is_empty() {
            return;
        }
        self.pages.push(Page::Group(g));
        for q in &items {
            if self.s.get(self.field(*q)) == "yes" {
                for f in G::follow_ups(*q) {
                    self.ask(*f);
                }
            }
        }
        self.groups.push((g, items));
    }

    /// Whether question `q`'s answer, alone, can change the result given the answers so far.
    pub fn can_change(&self, q: Q) -> bool {
        let (mut m, no) = self.all_no(&[q]);
        self.matters(&mut m, q, &no)
    }

    /// A grouped page with the items whose answer can change the result.
    pub fn group_relevant(&mut self, g: G) {
        let all = g.questions();
        let (mut m, no) = self.all_no(&all);
        let items = all
            .iter()
            .copied()
            .filter(|q| self.matters(&mut m, *q, &no))
            .collect();
        self.group(g, items);
    }
}
