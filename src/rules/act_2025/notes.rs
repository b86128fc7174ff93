//! What the 2025 Act tells a person beyond the rules that decide (`rules::notes`): how to
//! register without every document, the health insurance data, the 7-day duty to report
//! changes, what takes the status away and that the benefit goes with it, and the
//! praca.gov.pl account's means of login, the office's help and the letters delivered there.

use crate::rules::catalog::Source;
use crate::rules::notes::{Note, NoteFor, NoteSection};

const fn note(
    key: &'static str,
    section: NoteSection,
    for_whom: NoteFor,
    article: &'static str,
    phrase: &'static str,
) -> Note {
    Note {
        key,
        section,
        for_whom,
        source: Source::Act2025,
        article,
        phrase,
    }
}

use NoteFor::{Everyone, Unemployed};
use NoteSection::{Account, Documents, Obligations, StatusLoss};

pub const NOTES: &[Note] = &[
    note(
        "docs-incomplete-2025",
        Documents,
        Everyone,
        "art. 61 ust. 3",
        "może wyrazić zgodę na rejestrację jako bezrobotnego albo poszukującego pracy osoby nieposiadającej kompletu dokumentów",
    ),
    note(
        "health-insurance-2025",
        Documents,
        Unemployed,
        "art. 55 ust. 3 pkt 23",
        "informacje niezbędne do zgłoszenia bezrobotnego lub członka jego rodziny do ubezpieczenia zdrowotnego",
    ),
    note(
        "changes-7d-2025",
        Obligations,
        Unemployed,
        "art. 62 ust. 1 i 3",
        "o wszelkich zmianach w danych przekazanych w trakcie rejestracji oraz w złożonych oświadczeniach, w terminie 7 dni od dnia ich wystąpienia",
    ),
    note(
        "three-years-2025",
        StatusLoss,
        Unemployed,
        "art. 63 ust. 1, 2 i 4",
        "Status bezrobotnego przysługuje przez okres 3 lat od dnia rejestracji",
    ),
    note(
        "loss-form-of-help-2025",
        StatusLoss,
        Unemployed,
        "art. 65 ust. 1 pkt 2",
        "z własnej winy po skierowaniu przez PUP lub zawarciu umowy nie podjął albo przerwał realizację formy pomocy",
    ),
    note(
        "loss-socially-useful-work-2025",
        StatusLoss,
        Unemployed,
        "art. 65 ust. 1 pkt 3",
        "odmówił bez uzasadnionej przyczyny propozycji prac społecznie użytecznych",
    ),
    note(
        "loss-ipd-2025",
        StatusLoss,
        Unemployed,
        "art. 65 ust. 1 pkt 12",
        "odmówił udziału w przygotowaniu indywidualnego planu działania",
    ),
    note(
        "loss-sick-note-2025",
        StatusLoss,
        Unemployed,
        "art. 65 ust. 1 pkt 8",
        "nie przedstawił zaświadczenia o niezdolności do pracy wskutek choroby",
    ),
    note(
        "loss-ends-benefit-2025",
        StatusLoss,
        Unemployed,
        "art. 65 ust. 2",
        "decyzja starosty o pozbawieniu statusu bezrobotnego oznacza także pozbawienie prawa do tego zasiłku",
    ),
    note(
        "account-means-2025",
        Account,
        Everyone,
        "art. 43 ust. 4",
        "z wykorzystaniem certyfikatu podstawowego",
    ),
    note(
        "account-office-help-2025",
        Account,
        Everyone,
        "art. 43 ust. 2",
        "Starosta zapewnia w siedzibie PUP możliwość założenia indywidualnego konta, a także pomoc przy jego zakładaniu.",
    ),
    note(
        "account-letters-2025",
        Account,
        Everyone,
        "art. 45 ust. 1 i 3",
        "po upływie 14 dni od dnia umieszczenia",
    ),
];
