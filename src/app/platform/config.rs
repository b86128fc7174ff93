//! Office configuration: the office's details and extra documents, the language and kiosk
//! mode (docs/embedding.md).
//!
//! Sources, each overriding the one before:
//! 1. the defaults (`Config::default`);
//! 2. `pup-config.json` next to the app (fetched, `connect-src 'self'`; not from `file://`);
//! 3. `data-config` of the host element (the same JSON as text; the single-file build);
//! 4. the other `data-*` attributes of the host element (`data-office-name` …);
//! 5. the `?kiosk` URL switch (`?kiosk`, `?kiosk=1`, `?kiosk=0`).
//!
//! Every field is checked on its own: an unknown field or a bad value gives a console
//! warning naming the field and the source, and that field keeps its earlier (safe) value.

use crate::app::i18n::Lang;

use serde_json::{Map, Value};

use crate::app::platform::dom::FetchError;

/// The longest text accepted in a field (characters).
const MAX_TEXT: usize = 300;
/// The most extra documents accepted.
const MAX_DOCUMENTS: usize = 20;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Office {
    pub name: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub hours: Option<String>,
    /// `http(s)://` address of the office's web page.
    pub web: Option<String>,
    /// Documents this office asks for in addition to the rules' list.
    pub documents: Vec<String>,
}

impl Office {
    pub fn is_empty(&self) -> bool {
        *self == Office::default()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub office: Office,
    /// The office's default interface language; `None`: the browser's preferred language.
    pub language: Option<Lang>,
    pub kiosk: bool,
    /// Kiosk: seconds without input before the countdown.
    pub kiosk_idle_seconds: u32,
    /// Kiosk: seconds of the countdown before everything is reset.
    pub kiosk_countdown_seconds: u32,
    /// The public `http(s)://` address of the checker, for the link and QR code that carry
    /// the answers to another device (a kiosk's own address may be local); `None`: the
    /// page's own address.
    pub public_url: Option<String>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            office: Office::default(),
            language: None,
            kiosk: false,
            kiosk_idle_seconds: 120,
            kiosk_countdown_seconds: 30,
            public_url: None,
        }
    }
}

fn warn(source: &str, field: &str, problem: &str) {
    if QUIET.with(std::cell::Cell::get) {
        return;
    }
    gloo::console::warn!(format!(
        "pup-check: configuration ({source}): \"{field}\" {problem}; the default is used"
    ));
}

fn text(v: &Value, source: &str, field: &str) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() && s.chars().count() <= MAX_TEXT => {
            Some(s.trim().to_string())
        }
        Value::String(s) if s.trim().is_empty() => {
            warn(source, field, "is empty");
            None
        }
        Value::String(_) => {
            warn(
                source,
                field,
                &format!("is longer than {MAX_TEXT} characters"),
            );
            None
        }
        _ => {
            warn(source, field, "must be a text");
            None
        }
    }
}

fn seconds(v: &Value, source: &str, field: &str, max: u64) -> Option<u32> {
    match v.as_u64() {
        Some(n) if (1..=max).contains(&n) => Some(n as u32),
        _ => {
            warn(
                source,
                field,
                &format!("must be a whole number of seconds from 1 to {max}"),
            );
            None
        }
    }
}

impl Config {
    /// Applies one source (a JSON object) on top of this configuration.
    pub fn apply(&mut self, v: &Value, source: &str) {
        let Some(obj) = v.as_object() else {
            warn(source, "(whole configuration)", "must be a JSON object");
            return;
        };
        for (k, v) in obj {
            match k.as_str() {
                "office" => self.apply_office(v, source),
                "language" => match v.as_str() {
                    Some(code) if Lang::ALL.iter().any(|l| l.code() == code) => {
                        self.language = Lang::from_tag(code);
                    }
                    _ => warn(
                        source,
                        k,
                        "must be a supported language: \"pl\", \"en\" or \"uk\"",
                    ),
                },
                "kiosk" => match v {
                    Value::Bool(b) => self.kiosk = *b,
                    _ => warn(source, k, "must be true or false"),
                },
                "kiosk_idle_seconds" => {
                    if let Some(n) = seconds(v, source, k, 3600) {
                        self.kiosk_idle_seconds = n;
                    }
                }
                "kiosk_countdown_seconds" => {
                    if let Some(n) = seconds(v, source, k, 600) {
                        self.kiosk_countdown_seconds = n;
                    }
                }
                "public_url" => match text(v, source, k) {
                    Some(url) if is_web_address(&url) => self.public_url = Some(url),
                    Some(_) => warn(
                        source,
                        k,
                        "must be an address starting with https:// or http://",
                    ),
                    None => {}
                },
                _ => warn(source, k, "is not a known field and is ignored"),
            }
        }
    }

    fn apply_office(&mut self, v: &Value, source: &str) {
        let Some(obj) = v.as_object() else {
            warn(source, "office", "must be a JSON object");
            return;
        };
        for (k, v) in obj {
            let field = format!("office.{k}");
            let o = &mut self.office;
            match k.as_str() {
                "name" => o.name = text(v, source, &field).or(o.name.take()),
                "address" => o.address = text(v, source, &field).or(o.address.take()),
                "phone" => o.phone = text(v, source, &field).or(o.phone.take()),
                "hours" => o.hours = text(v, source, &field).or(o.hours.take()),
                "web" => match text(v, source, &field) {
                    Some(url) if is_web_address(&url) => o.web = Some(url),
                    Some(_) => warn(
                        source,
                        &field,
                        "must be an address starting with https:// or http://",
                    ),
                    None => {}
                },
                "documents" => match v.as_array() {
                    Some(list) if list.len() <= MAX_DOCUMENTS => {
                        o.documents = list
                            .iter()
                            .enumerate()
                            .filter_map(|(i, d)| text(d, source, &format!("{field}[{i}]")))
                            .collect();
                    }
                    Some(_) => warn(
                        source,
                        &field,
                        &format!("may list at most {MAX_DOCUMENTS} documents"),
                    ),
                    None => warn(source, &field, "must be a list of texts"),
                },
                _ => warn(source, &field, "is not a known field and is ignored"),
            }
        }
    }
}

fn is_web_address(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.chars().any(char::is_whitespace))
}

/// The `data-*` attributes of the host element as a configuration object. Texts stay texts
/// except `data-kiosk` (`""`, `true`, `1` → true; `false`, `0` → false) and the seconds
/// (whole numbers); anything else is passed on as text so that `apply` names the problem.
fn data_attributes(el: &web_sys::Element) -> Value {
    let attr = |name: &str| el.get_attribute(name);
    let mut office = Map::new();
    for key in ["name", "address", "phone", "hours", "web"] {
        if let Some(v) = attr(&format!("data-office-{key}")) {
            office.insert(key.into(), Value::String(v));
        }
    }
    if let Some(v) = attr("data-office-documents") {
        let docs = v
            .split('|')
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(|d| Value::String(d.into()))
            .collect();
        office.insert("documents".into(), Value::Array(docs));
    }
    let mut obj = Map::new();
    if !office.is_empty() {
        obj.insert("office".into(), Value::Object(office));
    }
    if let Some(v) = attr("data-language") {
        obj.insert("language".into(), Value::String(v));
    }
    if let Some(v) = attr("data-public-url") {
        obj.insert("public_url".into(), Value::String(v));
    }
    if let Some(v) = attr("data-kiosk") {
        let b = match v.trim() {
            "" | "true" | "1" => Value::Bool(true),
            "false" | "0" => Value::Bool(false),
            _ => Value::String(v),
        };
        obj.insert("kiosk".into(), b);
    }
    for key in ["kiosk_idle_seconds", "kiosk_countdown_seconds"] {
        if let Some(v) = attr(&format!("data-{}", key.replace('_', "-"))) {
            let n = v
                .trim()
                .parse::<u64>()
                .map(Value::from)
                .unwrap_or(Value::String(v));
            obj.insert(key.into(), n);
        }
    }
    Value::Object(obj)
}

/// `?kiosk`, `?kiosk=1`, `?kiosk=true` → Some(true); `?kiosk=0`, `?kiosk=false` → Some(false).
fn url_kiosk() -> Option<bool> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|kv| match kv.split_once('=') {
            None if kv == "kiosk" => Some(true),
            Some(("kiosk", v)) => Some(!matches!(v, "0" | "false")),
            _ => None,
        })
}

/// The sources read from the page (everything but the file), kept so that the file, which
/// arrives later, can be put underneath them.
#[derive(Clone, Debug, Default)]
pub struct PageSources {
    data_config: Option<Value>,
    data: Value,
    kiosk: Option<bool>,
}

impl PageSources {
    pub fn read() -> PageSources {
        let Some(host) = crate::app::platform::dom::mount().map(|m| m.host) else {
            return PageSources::default();
        };
        let data_config = host.get_attribute("data-config").and_then(|text| {
            match serde_json::from_str::<Value>(&text) {
                Ok(v) => Some(v),
                Err(e) => {
                    warn(
                        "data-config",
                        "(whole configuration)",
                        &format!("is not JSON: {e}"),
                    );
                    None
                }
            }
        });
        PageSources {
            data_config,
            data: data_attributes(&host),
            kiosk: url_kiosk(),
        }
    }

    /// The configuration from the defaults, the file (if any) and these sources. Warnings
    /// of the page's sources are given only when `warn_page` (once, not on every rebuild).
    pub fn build(&self, file: Option<&Value>, warn_page: bool) -> Config {
        let mut c = Config::default();
        if let Some(f) = file {
            c.apply(f, "pup-config.json");
        }
        QUIET.with(|q| q.set(!warn_page));
        if let Some(v) = &self.data_config {
            c.apply(v, "data-config");
        }
        c.apply(&self.data, "data-* attributes");
        QUIET.with(|q| q.set(false));
        if let Some(k) = self.kiosk {
            c.kiosk = k;
        }
        c
    }
}

thread_local! {
    /// Set while a source already checked once is applied again: no second warning.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether `pup-config.json` should be fetched: not from `file://` (the single-file build
/// fetches nothing).
fn may_fetch() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "http:" || p == "https:")
}

/// Fetches `pup-config.json` next to the app (embedded: next to `embed.js`, whose address
/// `embed.js` puts in `data-app-base` of the app's root) and calls `done` with its JSON, or
/// `None` when there is none or it cannot be read (with a console warning naming why).
pub fn fetch_file(done: impl FnOnce(Option<Value>) + 'static) {
    if !may_fetch() {
        done(None);
        return;
    }
    let url = format!("{}pup-config.json", crate::app::platform::dom::app_base());
    wasm_bindgen_futures::spawn_local(async move {
        let value = match crate::app::platform::dom::fetch_text(&url).await {
            Ok(text) => match serde_json::from_str::<Value>(&text) {
                Ok(v) => Some(v),
                Err(e) => {
                    warn(
                        "pup-config.json",
                        "(whole configuration)",
                        &format!("is not JSON: {e}"),
                    );
                    None
                }
            },
            Err(FetchError::Http(status)) => {
                warn(
                    "pup-config.json",
                    "(whole configuration)",
                    &format!("could not be read (HTTP {status})"),
                );
                None
            }
            // No network and no cached copy: the configuration of the page stands.
            Err(FetchError::Network(_)) => None,
        };
        done(value);
    });
}
