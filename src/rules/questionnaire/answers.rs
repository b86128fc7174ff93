//! Between the raw fields of the questionnaire (`Form`) and the engine's `Answers`: `build` reads the
//! fields of the pages that are asked, `fields_of` fills the fields from a loaded file.

use crate::rules::money::normalise_typed_amount;
use crate::rules::wire::WireName;
use chrono::NaiveDate;

use super::form::{date_of, set_date, DateValue, Fields, Form};
use super::{self as flow, kind_of};
use crate::rules::answers::*;
use crate::rules::ids::parse_pesel;

fn valid_date(f: &Fields, key: &str) -> Option<NaiveDate> {
    match date_of(f, key) {
        DateValue::Valid(d) => Some(d),
        _ => None,
    }
}

fn yes_no(v: &str) -> Option<bool> {
    match v {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

fn yn_str(b: Option<bool>) -> &'static str {
    match b {
        Some(true) => "yes",
        Some(false) => "no",
        None => "unknown",
    }
}

/// A whole number of days as typed (0 … 365), or `None`.
pub fn days_of(v: &str) -> Option<u32> {
    let v = v.trim();
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse().ok().filter(|n| *n <= 365)
}

/// Parses a snake_case enum value of the answers file.
fn enum_of<T: WireName>(v: &str) -> Option<T> {
    T::of_wire_name(v)
}

fn enum_str<T: WireName>(v: &T) -> String {
    v.wire_name().to_string()
}

/// A valid PESEL was given (then birth date and sex are read from it).
pub fn pesel_given(s: &Form) -> bool {
    s.get("pesel.unknown") != "1" && parse_pesel(s.get("pesel").trim()).is_ok()
}

/// The person's sex as far as the answers tell it (the PESEL, else the answer), for the
/// gendered forms of the texts (`i18n::set_sex`).
pub fn sex_of(s: &Form) -> Option<crate::rules::answers::Sex> {
    if pesel_given(s) {
        return parse_pesel(s.get("pesel").trim()).ok().map(|p| p.sex);
    }
    crate::rules::answers::Sex::from_wire(s.get("sex"))
}

/// An event asked as yes/no followed by a date: not happened = None, "Nie wiem" or a
/// date not known = `EventDate::Unknown`.
fn event(s: &Form, q: &str, date_key: &str) -> Option<EventDate> {
    match s.get(q) {
        "yes" => Some(valid_date(&s.fields, date_key).map_or(EventDate::Unknown, EventDate::Known)),
        "unknown" => Some(EventDate::Unknown),
        _ => None,
    }
}

/// The answers of the pages asked. `with_benefit`: include the questions that matter only
/// for the benefit (work history, terminations, special cases).
pub fn build(s: &Form, with_benefit: bool) -> Answers {
    let f = &s.fields;
    let g = |k: &str| s.get(k);
    let mut a = Answers {
        format: Some(FORMAT),
        registration_date: valid_date(f, "reg_date"),
        ..Answers::default()
    };

    if g("pesel.unknown") != "1" && !g("pesel").trim().is_empty() {
        a.person.pesel = Some(g("pesel").trim().to_string());
    }
    if !pesel_given(s) {
        a.person.birth_date = valid_date(f, "birth_date");
        a.person.sex = enum_of(g("sex"));
    }
    a.person.disabled = yes_no(g("disabled"));
    a.person.has_contraindication_document = yes_no(g("contra"));
    a.residence = enum_of(g("residence"));
    // The 2025 Act's questions (left empty, and so ignored, under the seed's rule set).
    a.person.polish_citizen = yes_no(g("citizen"));
    // The group follows from the document, or from the question about it (an answer
    // about another document than the one named now counts for nothing).
    a.person.foreigner_basis = (g("citizen") == "no")
        .then(|| match flow::foreigner_bases(g("foreigner_doc")) {
            [(one, _)] => enum_of(one),
            list => list
                .iter()
                .find(|(b, _)| *b == g("foreigner_basis"))
                .and_then(|(b, _)| enum_of(b)),
        })
        .flatten();
    a.person.ukrainian_citizen = (g("citizen") == "no")
        .then(|| yes_no(g("ukrainian")))
        .flatten();
    a.person.large_family_card = yes_no(g("large_family"));
    a.person.single_parent = yes_no(g("single_parent"));
    a.person.child_and_spouse_benefit_exhausted = yes_no(g("spouse_exhausted"));
    a.qualifying_years_20 = yes_no(g("years20"));
    // Art. 226: the earlier benefit, asked when the periods were a basis of one (a rule set
    // without art. 226 ignores it).
    a.previous_benefit = (g("used_before") == "yes").then(|| {
        let why: Option<StatusLostBecause> = enum_of(g("prev_lost_why"));
        PreviousBenefit {
            status_lost_on: valid_date(f, "prev_lost_on"),
            lost_because: why,
            work_ended_on: (why != Some(StatusLostBecause::Other))
                .then(|| valid_date(f, "prev_work_ended"))
                .flatten(),
            drawn_days: (g("prev_drawn.unknown") != "1")
                .then(|| days_of(g("prev_drawn")))
                .flatten(),
        }
    });
    a.documents_later = yes_no(g("documents_later"));

    let st = &mut a.status;
    st.employed_or_paid_work = yes_no(g("employed"));
    st.able_and_ready = yes_no(g("ready"));
    st.schooling = enum_of(g("schooling"));
    st.pensions_and_benefits = match g("pensions") {
        "no" => Some(Vec::new()),
        "yes" => Some(g("pension_kinds").split(',').filter_map(enum_of).collect()),
        _ => None,
    };
    st.farm_over_2ha = yes_no(g("farm"));
    st.special_agri_income_over_limit = yes_no(g("special_agri"));
    st.business_registered = yes_no(g("business"));
    st.other_compulsory_insurance = yes_no(g("insurance"));
    st.detained = yes_no(g("detained"));
    if g("income.unknown") != "1" && !g("income").trim().is_empty() {
        st.monthly_income_pln = Some(normalise_typed_amount(g("income")));
    }
    st.permanent_social_allowance = yes_no(g("perm_allowance"));
    st.care_benefit = yes_no(g("care_benefit"));
    st.training_benefit = yes_no(g("training_benefit"));
    st.business_suspended = (g("business") == "yes")
        .then(|| yes_no(g("business_suspended")))
        .flatten();
    st.company_role = yes_no(g("company_role"));
    st.foreign_insurance = yes_no(g("foreign_insurance"));
    st.business_abroad = yes_no(g("business_abroad"));

    a.previous_status_loss = match g("loss") {
        "yes" => {
            let reason: Option<LossReason> = enum_of(g("loss_reason"));
            let dated = flow::loss_reason_dated(g("loss_reason"));
            Some(StatusLoss {
                reason,
                date: if dated {
                    valid_date(f, "loss_date")
                } else {
                    None
                },
                // Asked only where the repealed Act's number decides (a rule set without
                // it ignores the field).
                occurrence: (reason == Some(LossReason::Refusal))
                    .then(|| g("loss_occurrence").parse().ok())
                    .flatten(),
            })
        }
        "unknown" => Some(StatusLoss::default()),
        _ => None,
    };

    a.online = Online {
        profil_zaufany: yes_no(g("pz")),
        qualified_signature: yes_no(g("qes")),
        certificate_serial_number: (g("qes") == "yes"
            && g("qes_serial.unknown") != "1"
            && !g("qes_serial").trim().is_empty())
        .then(|| crate::rules::account::normalise_typed_serial(g("qes_serial"))),
        active_account_exists: yes_no(g("active")),
    };

    if !with_benefit {
        return a;
    }
    // The periods once: the engine says whose ending matters (`flow::termination_periods`).
    let (h, ids) = build_history(s);
    let ended: Vec<u32> = crate::rules::termination_periods(&h, s.today)
        .into_iter()
        .filter_map(|i| ids.get(i).copied())
        .collect();
    a.history = h.history;
    for id in ended {
        let mode_raw = g(&format!("p{id}.term.mode"));
        let exc_raw = g(&format!("p{id}.term.exc"));
        let asks_exc = matches!(mode_raw, "employee_notice" | "mutual_agreement");
        let mut mode: Option<TerminationMode> = enum_of(mode_raw);
        let exception: Option<TerminationException> =
            if asks_exc { enum_of(exc_raw) } else { None };
        if asks_exc && (exc_raw == "unknown" || exc_raw.is_empty()) {
            mode = None;
        }
        // The 2025 Act: a job ended by the person may have come from a starosta's referral.
        let starosta_referral = (flow::questionnaire(s).asks_referral && asks_exc)
            .then(|| yes_no(g(&format!("p{id}.term.referral"))))
            .flatten();
        a.terminations.push(Termination {
            date: valid_date(f, &format!("p{id}.to")),
            mode,
            exception,
            starosta_referral,
        });
    }
    a.prison = match g("prison") {
        "yes" => Some(Prison {
            imprisonment_start: valid_date(f, "prison_start"),
            release_date: valid_date(f, "prison_release"),
        }),
        "unknown" => Some(Prison::default()),
        _ => None,
    };
    a.military_service = match g("military") {
        "yes" => Some(MilitaryService {
            from: valid_date(f, "military_from"),
            to: valid_date(f, "military_to"),
        }),
        "unknown" => Some(MilitaryService::default()),
        _ => None,
    };
    a.refused_offer_date = event(s, "refused", "refused_date");
    a.covered_until = CoveredUntil {
        severance: event(s, "severance", "severance_date"),
        notice_compensation: event(s, "notice_comp", "notice_comp_date"),
        training_benefit: event(s, "training_covered", "training_covered_date"),
        graduate_internship: event(s, "internship", "internship_date"),
    };
    a
}

/// The work periods entered (with the ID of each, in order): what the engine needs to say
/// which of them count and whose ending matters.
pub fn build_history(s: &Form) -> (Answers, Vec<u32>) {
    let f = &s.fields;
    let g = |k: &str| s.get(k);
    let mut a = Answers {
        registration_date: valid_date(f, "reg_date"),
        ..Answers::default()
    };
    // One answer for all periods (decision 53): "no" — none was used for an earlier benefit;
    // "yes" — some were: those before the day that benefit's status was lost (the engine
    // says, decision 84), the others unknown.
    let lost_on = (g("used_before") == "yes")
        .then(|| valid_date(f, "prev_lost_on"))
        .flatten();
    let mut ids = Vec::new();
    for id in &s.period_ids {
        let k = |x: &str| format!("p{id}.{x}");
        let Some(kind) = kind_of(g(&k("kind"))) else {
            continue;
        };
        let leave = g(&k("leave")).trim();
        ids.push(*id);
        a.history.push(Period {
            kind,
            from: valid_date(f, &k("from")),
            to: valid_date(f, &k("to")),
            min_wage_met: flow::min_wage_condition(s, kind).and_then(|_| yes_no(g(&k("minwage")))),
            unpaid_leave_days: (kind == PeriodKind::Employment)
                .then(|| {
                    if leave.is_empty() {
                        Some(0)
                    } else {
                        leave.parse().ok()
                    }
                })
                .flatten(),
            repatriate: (kind == PeriodKind::RepatriateAbroad)
                .then(|| yes_no(g(&k("repat"))))
                .flatten(),
            used_for_earlier_benefit: match g("used_before") {
                "no" => Some(false),
                "yes" => lost_on.and_then(|l| {
                    crate::rules::act_2025::benefit::used_before_loss(
                        valid_date(f, &k("from")),
                        valid_date(f, &k("to")),
                        l,
                    )
                }),
                _ => None,
            },
        });
    }
    (a, ids)
}

/// The answers of the pages asked, for the result: benefit questions only when they matter.
pub fn for_result(s: &Form) -> Answers {
    build(s, flow::benefit_relevant(s))
}

fn set_event(f: &mut Fields, q: &str, date_key: &str, e: Option<EventDate>) {
    match e {
        None => {
            f.insert(q.into(), "no".into());
        }
        Some(EventDate::Unknown) => {
            f.insert(q.into(), "yes".into());
            f.insert(format!("{date_key}.unknown"), "1".into());
        }
        Some(EventDate::Known(d)) => {
            f.insert(q.into(), "yes".into());
            set_date(f, date_key, Some(d));
        }
    }
}

/// The fields for a loaded answers file, and the period IDs.
pub fn fields_of(a: &Answers, today: NaiveDate) -> (Fields, Vec<u32>) {
    let mut f = Fields::new();
    let put = |f: &mut Fields, k: &str, v: &str| {
        f.insert(k.to_string(), v.to_string());
    };
    set_date(
        &mut f,
        "reg_date",
        Some(a.registration_date.unwrap_or(today)),
    );
    match &a.person.pesel {
        Some(p) => put(&mut f, "pesel", p),
        None => put(&mut f, "pesel.unknown", "1"),
    }
    match a.person.birth_date {
        Some(d) => set_date(&mut f, "birth_date", Some(d)),
        None => put(&mut f, "birth_date.unknown", "1"),
    }
    put(
        &mut f,
        "sex",
        &a.person.sex.map_or("unknown".into(), |x| enum_str(&x)),
    );
    put(&mut f, "disabled", yn_str(a.person.disabled));
    if let Some(c) = a.person.polish_citizen {
        put(&mut f, "citizen", yn_str(Some(c)));
    }
    if let Some(b) = a.person.foreigner_basis {
        put(&mut f, "citizen", "no");
        put(&mut f, "foreigner_basis", b.as_str());
        if let Some(doc) = flow::foreigner_doc_of(b.as_str()) {
            put(&mut f, "foreigner_doc", doc);
        }
    }
    if let Some(u) = a.person.ukrainian_citizen {
        put(&mut f, "citizen", "no");
        put(&mut f, "ukrainian", yn_str(Some(u)));
    }
    for (k, v) in [
        ("large_family", a.person.large_family_card),
        ("single_parent", a.person.single_parent),
        (
            "spouse_exhausted",
            a.person.child_and_spouse_benefit_exhausted,
        ),
        ("years20", a.qualifying_years_20),
        // An event: missing = it did not happen (the documents come with the application).
        ("documents_later", Some(a.documents_later.unwrap_or(false))),
        ("business_suspended", a.status.business_suspended),
        ("company_role", a.status.company_role),
        ("foreign_insurance", a.status.foreign_insurance),
        ("business_abroad", a.status.business_abroad),
    ] {
        if v.is_some() {
            put(&mut f, k, yn_str(v));
        }
    }
    // One answer for all periods (decision 53).
    let used: Vec<Option<bool>> = a
        .history
        .iter()
        .map(|p| p.used_for_earlier_benefit)
        .collect();
    if !used.is_empty() && used.iter().all(|u| u.is_some()) {
        let any = used.contains(&Some(true));
        put(&mut f, "used_before", yn_str(Some(any)));
    }
    if let Some(p) = &a.previous_benefit {
        put(&mut f, "used_before", "yes");
        match p.status_lost_on {
            Some(d) => set_date(&mut f, "prev_lost_on", Some(d)),
            None => put(&mut f, "prev_lost_on.unknown", "1"),
        }
        put(
            &mut f,
            "prev_lost_why",
            &p.lost_because.map_or("unknown".into(), |x| enum_str(&x)),
        );
        match p.work_ended_on {
            Some(d) => set_date(&mut f, "prev_work_ended", Some(d)),
            None => put(&mut f, "prev_work_ended.unknown", "1"),
        }
        match p.drawn_days {
            Some(n) => put(&mut f, "prev_drawn", &n.to_string()),
            None => put(&mut f, "prev_drawn.unknown", "1"),
        }
    }
    put(
        &mut f,
        "contra",
        yn_str(a.person.has_contraindication_document),
    );
    put(
        &mut f,
        "residence",
        &a.residence.map_or("unknown".into(), |x| enum_str(&x)),
    );
    let st = &a.status;
    put(&mut f, "employed", yn_str(st.employed_or_paid_work));
    put(&mut f, "ready", yn_str(st.able_and_ready));
    put(
        &mut f,
        "schooling",
        &st.schooling.map_or("unknown".into(), |x| enum_str(&x)),
    );
    match &st.pensions_and_benefits {
        None => put(&mut f, "pensions", "unknown"),
        Some(l) if l.is_empty() => put(&mut f, "pensions", "no"),
        Some(l) => {
            put(&mut f, "pensions", "yes");
            let list: Vec<String> = l.iter().map(enum_str).collect();
            put(&mut f, "pension_kinds", &list.join(","));
        }
    }
    put(&mut f, "farm", yn_str(st.farm_over_2ha));
    put(
        &mut f,
        "special_agri",
        yn_str(st.special_agri_income_over_limit),
    );
    put(&mut f, "business", yn_str(st.business_registered));
    put(&mut f, "insurance", yn_str(st.other_compulsory_insurance));
    put(&mut f, "detained", yn_str(st.detained));
    match &st.monthly_income_pln {
        Some(i) => put(&mut f, "income", &i.replace('.', ",")),
        None => put(&mut f, "income.unknown", "1"),
    }
    put(
        &mut f,
        "perm_allowance",
        yn_str(st.permanent_social_allowance),
    );
    put(&mut f, "care_benefit", yn_str(st.care_benefit));
    put(&mut f, "training_benefit", yn_str(st.training_benefit));
    match &a.previous_status_loss {
        None => put(&mut f, "loss", "no"),
        Some(l) => {
            put(&mut f, "loss", "yes");
            put(
                &mut f,
                "loss_reason",
                &l.reason.map_or("unknown".into(), |x| enum_str(&x)),
            );
            match l.date {
                Some(d) => set_date(&mut f, "loss_date", Some(d)),
                None => put(&mut f, "loss_date.unknown", "1"),
            }
            if let Some(n) = l.occurrence {
                put(&mut f, "loss_occurrence", &n.clamp(1, 3).to_string());
            }
        }
    }
    let mut ids = Vec::new();
    for (i, p) in a.history.iter().enumerate() {
        let id = i as u32 + 1;
        ids.push(id);
        let k = |x: &str| format!("p{id}.{x}");
        put(&mut f, &k("kind"), p.kind.as_str());
        match p.from {
            Some(d) => set_date(&mut f, &k("from"), Some(d)),
            None => put(&mut f, &k("from.unknown"), "1"),
        }
        match p.to {
            Some(d) => set_date(&mut f, &k("to"), Some(d)),
            None => put(&mut f, &k("to.unknown"), "1"),
        }
        put(&mut f, &k("minwage"), yn_str(p.min_wage_met));
        if let Some(l) = p.unpaid_leave_days {
            put(&mut f, &k("leave"), &l.to_string());
        }
        put(&mut f, &k("repat"), yn_str(p.repatriate));
        // A termination on the period's last day describes how it ended.
        if let Some(t) = a
            .terminations
            .iter()
            .find(|t| t.date.is_some() && t.date == p.to)
        {
            put(
                &mut f,
                &k("term.mode"),
                &t.mode.map_or("unknown".into(), |x| enum_str(&x)),
            );
            put(
                &mut f,
                &k("term.exc"),
                &t.exception.map_or("none".into(), |x| enum_str(&x)),
            );
            if let Some(r) = t.starosta_referral {
                put(&mut f, &k("term.referral"), yn_str(Some(r)));
            }
        }
    }
    put(&mut f, "periods.done", "1");
    match &a.prison {
        None => put(&mut f, "prison", "no"),
        Some(p) => {
            put(&mut f, "prison", "yes");
            for (k, d) in [
                ("prison_start", p.imprisonment_start),
                ("prison_release", p.release_date),
            ] {
                match d {
                    Some(d) => set_date(&mut f, k, Some(d)),
                    None => put(&mut f, &format!("{k}.unknown"), "1"),
                }
            }
        }
    }
    match &a.military_service {
        None => put(&mut f, "military", "no"),
        Some(m) => {
            put(&mut f, "military", "yes");
            for (k, d) in [("military_from", m.from), ("military_to", m.to)] {
                match d {
                    Some(d) => set_date(&mut f, k, Some(d)),
                    None => put(&mut f, &format!("{k}.unknown"), "1"),
                }
            }
        }
    }
    set_event(&mut f, "refused", "refused_date", a.refused_offer_date);
    set_event(
        &mut f,
        "severance",
        "severance_date",
        a.covered_until.severance,
    );
    set_event(
        &mut f,
        "notice_comp",
        "notice_comp_date",
        a.covered_until.notice_compensation,
    );
    set_event(
        &mut f,
        "training_covered",
        "training_covered_date",
        a.covered_until.training_benefit,
    );
    set_event(
        &mut f,
        "internship",
        "internship_date",
        a.covered_until.graduate_internship,
    );
    let o = &a.online;
    put(&mut f, "pz", yn_str(o.profil_zaufany));
    put(&mut f, "qes", yn_str(o.qualified_signature));
    match &o.certificate_serial_number {
        Some(sn) => put(&mut f, "qes_serial", sn),
        None => put(&mut f, "qes_serial.unknown", "1"),
    }
    put(&mut f, "active", yn_str(o.active_account_exists));
    (f, ids)
}

/// The answers as a link or QR code carries them to another device (issue 25): without the
/// PESEL and the NIP — what the rules read from a PESEL, the birth date and the sex, travels
/// instead — and whether a PESEL was given. The JSON of `{ "v": 1, "pesel": …, "answers": … }`
/// (scripts/share.js compresses it into the link's fragment).
pub fn link_payload(a: &Answers) -> String {
    let mut a = a.clone();
    let pesel = a.person.pesel.take().filter(|p| !p.trim().is_empty());
    if let Some(p) = pesel.as_deref().and_then(|p| parse_pesel(p.trim()).ok()) {
        a.person.birth_date.get_or_insert(p.birth_date);
        a.person.sex.get_or_insert(p.sex);
    }
    a.person.nip = None;
    format!(
        "{{\"v\":{LINK_FORMAT},\"pesel\":{},\"answers\":{}}}",
        pesel.is_some(),
        a.to_json()
    )
}

/// The version of the link's payload (`link_payload`).
pub const LINK_FORMAT: u64 = 1;

/// Reads a link's payload (`link_payload`): the answers, and whether a PESEL was given on the
/// device it came from; an error names what is wrong. The payload is this checker's own text
/// (its fields in `link_payload`'s order, as `share.js` keeps them), read as text so that
/// the web app carries no second JSON reader for it; the answers are read as a loaded file.
pub fn from_link(json: &str) -> Result<(Answers, bool), String> {
    const NOT_OURS: &str = "not a code of this checker";
    let rest = json.strip_prefix("{\"v\":").ok_or(NOT_OURS)?;
    let (v, rest) = rest.split_once(',').ok_or(NOT_OURS)?;
    if v != LINK_FORMAT.to_string() {
        return Err("a code of another version of this checker".into());
    }
    let rest = rest.strip_prefix("\"pesel\":").ok_or(NOT_OURS)?;
    let (pesel, rest) = match (rest.strip_prefix("true"), rest.strip_prefix("false")) {
        (Some(r), _) => (true, r),
        (_, Some(r)) => (false, r),
        _ => return Err(NOT_OURS.into()),
    };
    let answers = rest
        .strip_prefix(",\"answers\":")
        .and_then(|r| r.strip_suffix('}'))
        .ok_or(NOT_OURS)?;
    let a = Answers::from_json(answers).map_err(|e| e.to_string())?;
    Ok((a, pesel))
}
