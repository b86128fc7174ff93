//! Between the raw fields of the questionnaire (`Form`) and the engine's `Answers`: `build` reads the
//! fields of the pages that are asked, `fields_of` fills the fields from a loaded file.

use crate::rules::money::normalise_typed_amount;
use crate::rules::wire::WireName;
use chrono::NaiveDate;

use super::form::{date_of, set_date, DateValue, Field, Fields, Form, Key, PeriodField, Q};
use super::{self as flow, kind_of};
use crate::rules::answers::*;
use crate::rules::ids::parse_pesel;

fn valid_date(f: &Fields, field: impl Into<Field>) -> Option<NaiveDate> {
    match date_of(f, field) {
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
    s.get(Q::Pesel.unknown()) != "1" && parse_pesel(s.get(Q::Pesel).trim()).is_ok()
}

/// The person's sex as far as the answers tell it (the PESEL, else the answer), for the
/// gendered forms of the texts (`i18n::set_sex`).
pub fn sex_of(s: &Form) -> Option<crate::rules::answers::Sex> {
    if pesel_given(s) {
        return parse_pesel(s.get(Q::Pesel).trim()).ok().map(|p| p.sex);
    }
    crate::rules::answers::Sex::from_wire(s.get(Q::Sex))
}

/// An event asked as yes/no followed by a date: not happened = None, "Nie wiem" or a
/// date not known = `EventDate::Unknown`.
fn event(s: &Form, q: Q, date_key: Q) -> Option<EventDate> {
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
    let mut a = Answers {
        format: Some(FORMAT),
        registration_date: valid_date(f, Q::RegDate),
        ..Answers::default()
    };

    if s.get(Q::Pesel.unknown()) != "1" && !s.get(Q::Pesel).trim().is_empty() {
        a.person.pesel = Some(s.get(Q::Pesel).trim().to_string());
    }
    if !pesel_given(s) {
        a.person.birth_date = valid_date(f, Q::BirthDate);
        a.person.sex = enum_of(s.get(Q::Sex));
    }
    a.person.disabled = yes_no(s.get(Q::Disabled));
    a.person.has_contraindication_document = yes_no(s.get(Q::Contra));
    a.residence = enum_of(s.get(Q::Residence));
    // The 2025 Act's questions (left empty, and so ignored, under the seed's rule set).
    a.person.polish_citizen = yes_no(s.get(Q::Citizen));
    // The group follows from the document, or from the question about it (an answer
    // about another document than the one named now counts for nothing).
    a.person.foreigner_basis = (s.get(Q::Citizen) == "no")
        .then(|| match flow::foreigner_bases(s.get(Q::ForeignerDoc)) {
            [(one, _)] => enum_of(one),
            list => list
                .iter()
                .find(|(b, _)| *b == s.get(Q::ForeignerBasis))
                .and_then(|(b, _)| enum_of(b)),
        })
        .flatten();
    a.person.ukrainian_citizen = (s.get(Q::Citizen) == "no")
        .then(|| yes_no(s.get(Q::Ukrainian)))
        .flatten();
    a.person.large_family_card = yes_no(s.get(Q::LargeFamily));
    a.person.single_parent = yes_no(s.get(Q::SingleParent));
    a.person.child_and_spouse_benefit_exhausted = yes_no(s.get(Q::SpouseExhausted));
    a.qualifying_years_20 = yes_no(s.get(Q::Years20));
    // Art. 226: the earlier benefit, asked when the periods were a basis of one (a rule set
    // without art. 226 ignores it).
    a.previous_benefit = (s.get(Q::UsedBefore) == "yes").then(|| {
        let why: Option<StatusLostBecause> = enum_of(s.get(Q::PrevLostWhy));
        PreviousBenefit {
            status_lost_on: valid_date(f, Q::PrevLostOn),
            lost_because: why,
            work_ended_on: (why != Some(StatusLostBecause::Other))
                .then(|| valid_date(f, Q::PrevWorkEnded))
                .flatten(),
            drawn_days: (s.get(Q::PrevDrawn.unknown()) != "1")
                .then(|| days_of(s.get(Q::PrevDrawn)))
                .flatten(),
        }
    });
    a.documents_later = yes_no(s.get(Q::DocumentsLater));

    let st = &mut a.status;
    st.employed_or_paid_work = yes_no(s.get(Q::Employed));
    st.able_and_ready = yes_no(s.get(Q::Ready));
    st.schooling = enum_of(s.get(Q::Schooling));
    st.pensions_and_benefits = match s.get(Q::Pensions) {
        "no" => Some(Vec::new()),
        "yes" => Some(
            s.get(Q::PensionKinds)
                .split(',')
                .filter_map(enum_of)
                .collect(),
        ),
        _ => None,
    };
    st.farm_over_2ha = yes_no(s.get(Q::Farm));
    st.special_agri_income_over_limit = yes_no(s.get(Q::SpecialAgri));
    st.business_registered = yes_no(s.get(Q::Business));
    st.other_compulsory_insurance = yes_no(s.get(Q::Insurance));
    st.detained = yes_no(s.get(Q::Detained));
    if s.get(Q::Income.unknown()) != "1" && !s.get(Q::Income).trim().is_empty() {
        st.monthly_income_pln = Some(normalise_typed_amount(s.get(Q::Income)));
    }
    st.permanent_social_allowance = yes_no(s.get(Q::PermAllowance));
    st.care_benefit = yes_no(s.get(Q::CareBenefit));
    st.training_benefit = yes_no(s.get(Q::TrainingBenefit));
    st.business_suspended = (s.get(Q::Business) == "yes")
        .then(|| yes_no(s.get(Q::BusinessSuspended)))
        .flatten();
    st.company_role = yes_no(s.get(Q::CompanyRole));
    st.foreign_insurance = yes_no(s.get(Q::ForeignInsurance));
    st.business_abroad = yes_no(s.get(Q::BusinessAbroad));

    a.previous_status_loss = match s.get(Q::Loss) {
        "yes" => {
            let reason: Option<LossReason> = enum_of(s.get(Q::LossReason));
            let dated = flow::loss_reason_dated(s.get(Q::LossReason));
            Some(StatusLoss {
                reason,
                date: if dated {
                    valid_date(f, Q::LossDate)
                } else {
                    None
                },
                // Asked only where the repealed Act's number decides (a rule set without
                // it ignores the field).
                occurrence: (reason == Some(LossReason::Refusal))
                    .then(|| s.get(Q::LossOccurrence).parse().ok())
                    .flatten(),
            })
        }
        "unknown" => Some(StatusLoss::default()),
        _ => None,
    };

    a.online = Online {
        profil_zaufany: yes_no(s.get(Q::Pz)),
        qualified_signature: yes_no(s.get(Q::Qes)),
        certificate_serial_number: (s.get(Q::Qes) == "yes"
            && s.get(Q::QesSerial.unknown()) != "1"
            && !s.get(Q::QesSerial).trim().is_empty())
        .then(|| crate::rules::account::normalise_typed_serial(s.get(Q::QesSerial))),
        active_account_exists: yes_no(s.get(Q::Active)),
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
        let mode_raw = s.get(Field::Period(id, PeriodField::TermMode));
        let exc_raw = s.get(Field::Period(id, PeriodField::TermExc));
        let asks_exc = matches!(mode_raw, "employee_notice" | "mutual_agreement");
        let mut mode: Option<TerminationMode> = enum_of(mode_raw);
        let exception: Option<TerminationException> =
            if asks_exc { enum_of(exc_raw) } else { None };
        if asks_exc && (exc_raw == "unknown" || exc_raw.is_empty()) {
            mode = None;
        }
        // The 2025 Act: a job ended by the person may have come from a starosta's referral.
        let starosta_referral = (flow::questionnaire(s).asks_referral && asks_exc)
            .then(|| yes_no(s.get(Field::Period(id, PeriodField::TermReferral))))
            .flatten();
        a.terminations.push(Termination {
            date: valid_date(f, Field::Period(id, PeriodField::To)),
            mode,
            exception,
            starosta_referral,
        });
    }
    a.prison = match s.get(Q::Prison) {
        "yes" => Some(Prison {
            imprisonment_start: valid_date(f, Q::PrisonStart),
            release_date: valid_date(f, Q::PrisonRelease),
        }),
        "unknown" => Some(Prison::default()),
        _ => None,
    };
    a.military_service = match s.get(Q::Military) {
        "yes" => Some(MilitaryService {
            from: valid_date(f, Q::MilitaryFrom),
            to: valid_date(f, Q::MilitaryTo),
        }),
        "unknown" => Some(MilitaryService::default()),
        _ => None,
    };
    a.refused_offer_date = event(s, Q::Refused, Q::RefusedDate);
    a.covered_until = CoveredUntil {
        severance: event(s, Q::Severance, Q::SeveranceDate),
        notice_compensation: event(s, Q::NoticeComp, Q::NoticeCompDate),
        training_benefit: event(s, Q::TrainingCovered, Q::TrainingCoveredDate),
        graduate_internship: event(s, Q::Internship, Q::InternshipDate),
    };
    a
}

/// The work periods entered (with the ID of each, in order): what the engine needs to say
/// which of them count and whose ending matters.
pub fn build_history(s: &Form) -> (Answers, Vec<u32>) {
    let f = &s.fields;
    let mut a = Answers {
        registration_date: valid_date(f, Q::RegDate),
        ..Answers::default()
    };
    // One answer for all periods (decision 53): "no" — none was used for an earlier benefit;
    // "yes" — some were: those before the day that benefit's status was lost (the engine
    // says, decision 84), the others unknown.
    let lost_on = (s.get(Q::UsedBefore) == "yes")
        .then(|| valid_date(f, Q::PrevLostOn))
        .flatten();
    let mut ids = Vec::new();
    for id in &s.period_ids {
        let k = |x: PeriodField| Field::Period(*id, x);
        let Some(kind) = kind_of(s.get(k(PeriodField::Kind))) else {
            continue;
        };
        let leave = s.get(k(PeriodField::Leave)).trim();
        ids.push(*id);
        a.history.push(Period {
            kind,
            from: valid_date(f, k(PeriodField::From)),
            to: valid_date(f, k(PeriodField::To)),
            min_wage_met: flow::min_wage_condition(s, kind)
                .and_then(|_| yes_no(s.get(k(PeriodField::MinWage)))),
            // Empty: none ("Zostaw puste, jeśli nie było"); "Nie wiem": unknown.
            unpaid_leave_days: (kind == PeriodKind::Employment
                && s.get(k(PeriodField::Leave).unknown()) != "1")
                .then(|| {
                    if leave.is_empty() {
                        Some(0)
                    } else {
                        leave.parse().ok()
                    }
                })
                .flatten(),
            repatriate: (kind == PeriodKind::RepatriateAbroad)
                .then(|| yes_no(s.get(k(PeriodField::Repat))))
                .flatten(),
            used_for_earlier_benefit: match s.get(Q::UsedBefore) {
                "no" => Some(false),
                "yes" => lost_on.and_then(|l| {
                    crate::rules::act_2025::benefit::used_before_loss(
                        valid_date(f, k(PeriodField::From)),
                        valid_date(f, k(PeriodField::To)),
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

fn set_event(f: &mut Fields, q: Q, date_key: Q, e: Option<EventDate>) {
    match e {
        None => {
            f.insert(q.into(), "no".into());
        }
        Some(EventDate::Unknown) => {
            f.insert(q.into(), "yes".into());
            f.insert(date_key.unknown(), "1".into());
        }
        Some(EventDate::Known(d)) => {
            f.insert(q.into(), "yes".into());
            set_date(f, date_key, Some(d));
        }
    }
}

fn put(f: &mut Fields, k: impl Into<Key>, v: &str) {
    f.insert(k.into(), v.to_string());
}

/// The fields for a loaded answers file, and the period IDs.
pub fn fields_of(a: &Answers, today: NaiveDate) -> (Fields, Vec<u32>) {
    let mut f = Fields::new();
    set_date(
        &mut f,
        Q::RegDate,
        Some(a.registration_date.unwrap_or(today)),
    );
    match &a.person.pesel {
        Some(p) => put(&mut f, Q::Pesel, p),
        None => put(&mut f, Q::Pesel.unknown(), "1"),
    }
    match a.person.birth_date {
        Some(d) => set_date(&mut f, Q::BirthDate, Some(d)),
        None => put(&mut f, Q::BirthDate.unknown(), "1"),
    }
    put(
        &mut f,
        Q::Sex,
        &a.person.sex.map_or("unknown".into(), |x| enum_str(&x)),
    );
    put(&mut f, Q::Disabled, yn_str(a.person.disabled));
    if let Some(c) = a.person.polish_citizen {
        put(&mut f, Q::Citizen, yn_str(Some(c)));
    }
    if let Some(b) = a.person.foreigner_basis {
        put(&mut f, Q::Citizen, "no");
        put(&mut f, Q::ForeignerBasis, b.as_str());
        if let Some(doc) = flow::foreigner_doc_of(b.as_str()) {
            put(&mut f, Q::ForeignerDoc, doc);
        }
    }
    if let Some(u) = a.person.ukrainian_citizen {
        put(&mut f, Q::Citizen, "no");
        put(&mut f, Q::Ukrainian, yn_str(Some(u)));
    }
    for (k, v) in [
        (Q::LargeFamily, a.person.large_family_card),
        (Q::SingleParent, a.person.single_parent),
        (
            Q::SpouseExhausted,
            a.person.child_and_spouse_benefit_exhausted,
        ),
        (Q::Years20, a.qualifying_years_20),
        // An event: missing = it did not happen (the documents come with the application).
        (Q::DocumentsLater, Some(a.documents_later.unwrap_or(false))),
        (Q::BusinessSuspended, a.status.business_suspended),
        (Q::CompanyRole, a.status.company_role),
        (Q::ForeignInsurance, a.status.foreign_insurance),
        (Q::BusinessAbroad, a.status.business_abroad),
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
        put(&mut f, Q::UsedBefore, yn_str(Some(any)));
    }
    if let Some(p) = &a.previous_benefit {
        put(&mut f, Q::UsedBefore, "yes");
        match p.status_lost_on {
            Some(d) => set_date(&mut f, Q::PrevLostOn, Some(d)),
            None => put(&mut f, Q::PrevLostOn.unknown(), "1"),
        }
        put(
            &mut f,
            Q::PrevLostWhy,
            &p.lost_because.map_or("unknown".into(), |x| enum_str(&x)),
        );
        match p.work_ended_on {
            Some(d) => set_date(&mut f, Q::PrevWorkEnded, Some(d)),
            None => put(&mut f, Q::PrevWorkEnded.unknown(), "1"),
        }
        match p.drawn_days {
            Some(n) => put(&mut f, Q::PrevDrawn, &n.to_string()),
            None => put(&mut f, Q::PrevDrawn.unknown(), "1"),
        }
    }
    put(
        &mut f,
        Q::Contra,
        yn_str(a.person.has_contraindication_document),
    );
    put(
        &mut f,
        Q::Residence,
        &a.residence.map_or("unknown".into(), |x| enum_str(&x)),
    );
    let st = &a.status;
    put(&mut f, Q::Employed, yn_str(st.employed_or_paid_work));
    put(&mut f, Q::Ready, yn_str(st.able_and_ready));
    put(
        &mut f,
        Q::Schooling,
        &st.schooling.map_or("unknown".into(), |x| enum_str(&x)),
    );
    match &st.pensions_and_benefits {
        None => put(&mut f, Q::Pensions, "unknown"),
        Some(l) if l.is_empty() => put(&mut f, Q::Pensions, "no"),
        Some(l) => {
            put(&mut f, Q::Pensions, "yes");
            let list: Vec<String> = l.iter().map(enum_str).collect();
            put(&mut f, Q::PensionKinds, &list.join(","));
        }
    }
    put(&mut f, Q::Farm, yn_str(st.farm_over_2ha));
    put(
        &mut f,
        Q::SpecialAgri,
        yn_str(st.special_agri_income_over_limit),
    );
    put(&mut f, Q::Business, yn_str(st.business_registered));
    put(&mut f, Q::Insurance, yn_str(st.other_compulsory_insurance));
    put(&mut f, Q::Detained, yn_str(st.detained));
    match &st.monthly_income_pln {
        Some(i) => put(&mut f, Q::Income, &i.replace('.', ",")),
        None => put(&mut f, Q::Income.unknown(), "1"),
    }
    put(
        &mut f,
        Q::PermAllowance,
        yn_str(st.permanent_social_allowance),
    );
    put(&mut f, Q::CareBenefit, yn_str(st.care_benefit));
    put(&mut f, Q::TrainingBenefit, yn_str(st.training_benefit));
    match &a.previous_status_loss {
        None => put(&mut f, Q::Loss, "no"),
        Some(l) => {
            put(&mut f, Q::Loss, "yes");
            put(
                &mut f,
                Q::LossReason,
                &l.reason.map_or("unknown".into(), |x| enum_str(&x)),
            );
            match l.date {
                Some(d) => set_date(&mut f, Q::LossDate, Some(d)),
                None => put(&mut f, Q::LossDate.unknown(), "1"),
            }
            if let Some(n) = l.occurrence {
                put(&mut f, Q::LossOccurrence, &n.clamp(1, 3).to_string());
            }
        }
    }
    let mut ids = Vec::new();
    for (i, p) in a.history.iter().enumerate() {
        let id = i as u32 + 1;
        ids.push(id);
        let k = |x: PeriodField| Field::Period(id, x);
        put(&mut f, k(PeriodField::Kind), p.kind.as_str());
        match p.from {
            Some(d) => set_date(&mut f, k(PeriodField::From), Some(d)),
            None => put(&mut f, k(PeriodField::From).unknown(), "1"),
        }
        match p.to {
            Some(d) => set_date(&mut f, k(PeriodField::To), Some(d)),
            None => put(&mut f, k(PeriodField::To).unknown(), "1"),
        }
        put(&mut f, k(PeriodField::MinWage), yn_str(p.min_wage_met));
        match p.unpaid_leave_days {
            Some(l) => put(&mut f, k(PeriodField::Leave), &l.to_string()),
            // Not known (a file may leave it out): "Nie wiem", not an empty box (none).
            None if p.kind == PeriodKind::Employment => {
                put(&mut f, k(PeriodField::Leave).unknown(), "1")
            }
            None => {}
        }
        put(&mut f, k(PeriodField::Repat), yn_str(p.repatriate));
        // A termination on the period's last day describes how it ended.
        if let Some(t) = a
            .terminations
            .iter()
            .find(|t| t.date.is_some() && t.date == p.to)
        {
            put(
                &mut f,
                k(PeriodField::TermMode),
                &t.mode.map_or("unknown".into(), |x| enum_str(&x)),
            );
            put(
                &mut f,
                k(PeriodField::TermExc),
                &t.exception.map_or("none".into(), |x| enum_str(&x)),
            );
            if let Some(r) = t.starosta_referral {
                put(&mut f, k(PeriodField::TermReferral), yn_str(Some(r)));
            }
        }
    }
    put(&mut f, Field::PeriodsDone, "1");
    match &a.prison {
        None => put(&mut f, Q::Prison, "no"),
        Some(p) => {
            put(&mut f, Q::Prison, "yes");
            for (k, d) in [
                (Q::PrisonStart, p.imprisonment_start),
                (Q::PrisonRelease, p.release_date),
            ] {
                match d {
                    Some(d) => set_date(&mut f, k, Some(d)),
                    None => put(&mut f, k.unknown(), "1"),
                }
            }
        }
    }
    match &a.military_service {
        None => put(&mut f, Q::Military, "no"),
        Some(m) => {
            put(&mut f, Q::Military, "yes");
            for (k, d) in [(Q::MilitaryFrom, m.from), (Q::MilitaryTo, m.to)] {
                match d {
                    Some(d) => set_date(&mut f, k, Some(d)),
                    None => put(&mut f, k.unknown(), "1"),
                }
            }
        }
    }
    set_event(&mut f, Q::Refused, Q::RefusedDate, a.refused_offer_date);
    set_event(
        &mut f,
        Q::Severance,
        Q::SeveranceDate,
        a.covered_until.severance,
    );
    set_event(
        &mut f,
        Q::NoticeComp,
        Q::NoticeCompDate,
        a.covered_until.notice_compensation,
    );
    set_event(
        &mut f,
        Q::TrainingCovered,
        Q::TrainingCoveredDate,
        a.covered_until.training_benefit,
    );
    set_event(
        &mut f,
        Q::Internship,
        Q::InternshipDate,
        a.covered_until.graduate_internship,
    );
    let o = &a.online;
    put(&mut f, Q::Pz, yn_str(o.profil_zaufany));
    put(&mut f, Q::Qes, yn_str(o.qualified_signature));
    match &o.certificate_serial_number {
        Some(sn) => put(&mut f, Q::QesSerial, sn),
        None => put(&mut f, Q::QesSerial.unknown(), "1"),
    }
    put(&mut f, Q::Active, yn_str(o.active_account_exists));
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
