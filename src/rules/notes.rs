//! What a law says that a person should know and that no answer decides: lines the result
//! page shows beside the rules (issue 23), each with its article and a phrase of the statute
//! it retells (checked verbatim against the source text). A rule set lists its own (`NOTES`
//! in its module); `RuleSetId::notes` and `explain::notes` pick those for a result.

use super::catalog::Source;

/// Where on the result page a note stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteSection {
    /// Beside the documents to bring.
    Documents,
    /// Among the duties of a registered unemployed person.
    Obligations,
    /// How long the status lasts and what takes it away.
    StatusLoss,
    /// Beside the praca.gov.pl account.
    Account,
}

/// Whom a note concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteFor {
    Everyone,
    /// A person who can be registered as unemployed (the status is not "no").
    Unemployed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Note {
    /// The text's key: `note-<key>` in the texts.
    pub key: &'static str,
    pub section: NoteSection,
    pub for_whom: NoteFor,
    pub source: Source,
    pub article: &'static str,
    /// The statute's own words the note retells, verbatim in `source`.
    pub phrase: &'static str,
}
