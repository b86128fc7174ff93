//! A leaf of the app: what scripts/early.js leaves on the page before the app has started.

/// What the person did on the pre-rendered page before the app had started
/// (scripts/early.js; read from the page by `dom::take_early`): the app takes over from it,
/// losing nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EarlyInput {
    /// The field of the question shown ("Rozpocznij" was pressed), if any.
    pub question: Option<String>,
    /// The values typed into the question's inputs, by field key.
    pub fields: Vec<(String, String)>,
    /// "Dalej" was pressed (or Enter in a field).
    pub next: bool,
}
