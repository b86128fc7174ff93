//! The catalog of the rule set `source-2004-act`: every rule ID of rules.md sections 2–7
//! with the sentence of the seed page it comes from (verbatim) and a one-line English summary.
//! The account rules (ACC) are shared by every rule set: `crate::rules::catalog::ACCOUNT`.

use crate::rules::catalog::{RuleInfo, Source};

pub const CATALOG: &[RuleInfo] = &[
    // ---- 2. Where to register — REG ----
    RuleInfo {
        id: "REG-IN-PERSON",
        section: "REG",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "REJESTRACJA BEZROBOTNEGO, OSOBY UPRAWNIONEJ DO ZASIŁKU DLA BEZROBOTNYCH NASTĘPUJE W DNIU PRZEDŁOŻENIA KOMPLETU WYMAGANYCH DOKUMENTÓW, po wypełnieniu KARTY REJESTRACYJNEJ(pobierz plik) oraz po poświadczeniu własnoręcznym podpisem w obecności pracownika powiatowego urzędu pracy prawidłowości danych i oświadczeń zamieszczonych przez niego w KARCIEREJESTRACYJNEJ",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Registration is made in person at the competent PUP on the day a complete set of documents is presented, after filling in and signing the registration card in front of an office employee.",
    },
    RuleInfo {
        id: "REG-OFFICE-RESIDENCE",
        section: "REG",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Bezrobotny, osoba uprawniona do zasiłku dla bezrobotnych lub inna osoba poszukująca pracy zgłasza się osobiście w celu dokonania rejestracji, do powiatowego urzędu pracy właściwego ze względu na stałe lub czasowe zameldowanie",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The competent PUP is the one for the place of permanent or temporary registered residence.",
    },
    RuleInfo {
        id: "REG-OFFICE-STAY",
        section: "REG",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "a jeżeli nie jest zameldowana - do powiatowego urzędu pracy, na którego obszarze działania przebywa.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person with no registered residence goes to the PUP of the area where they stay.",
    },
    RuleInfo {
        id: "REG-DECLARATION",
        section: "REG",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Osoba, która nie jest zameldowana lub posiada stałe zameldowanie w innej miejscowości niż miejsce czasowego zameldowania, przy dokonaniu rejestracji składa oświadczenie, że nie jest zarejestrowana w innym powiatowym urzędzie pracy.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person with no registered residence, or with permanent residence in a different locality than the temporary one, declares they are not registered at another PUP.",
    },
    RuleInfo {
        id: "REG-NOTIFY-CHANGES",
        section: "REG",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Zarejestrowana osoba jest zobowiązana do niezwłocznego informowania powiatowego urzędu pracy o wszelkich zamianach danych podanych w karcie rejestracyjnej.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A registered person must promptly tell the office of any change to the data in the registration card.",
    },
    // ---- 3. Unemployed status — STATUS ----
    RuleInfo {
        id: "STATUS-NOT-EMPLOYED",
        section: "STATUS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie jest zatrudniona i nie wykonuje innej pracy zarobkowej;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Not employed and not doing any other paid work.",
    },
    RuleInfo {
        id: "STATUS-READY",
        section: "STATUS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "jest zdolna i gotowa do podjęcia zatrudnienia w pełnym wymiarze czasu pracy obowiązującego w danym zawodzie lub służbie albo innej pracy zarobkowej, bądż, jeśli jest osobą niepełnosprawną, zdolną i gotową do podjęcia zatrudnienia co najmniej w połowie tego wymiaru czasu pracy",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Able and ready to work full time in the given occupation; a person with a disability: at least half of full time.",
    },
    RuleInfo {
        id: "STATUS-NOT-IN-SCHOOL",
        section: "STATUS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nieucząca się w szkole, w wyjątkiem szkół dla dorosłych lub szkół wyższych w systemie wieczorowym albo zaocznym",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Not attending school, except schools for adults and higher education in evening or extramural mode.",
    },
    RuleInfo {
        id: "STATUS-AGE-MIN",
        section: "STATUS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "ukończyła 18 lat;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Has turned 18 on the registration day.",
    },
    RuleInfo {
        id: "STATUS-AGE-MAX",
        section: "STATUS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie ukończyła 60 lat - kobieta, a mężczyzna 65 lat;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "On the registration day a woman has not turned 60 and a man has not turned 65.",
    },
    RuleInfo {
        id: "STATUS-NO-PENSION",
        section: "STATUS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie nabyła prawa do emerytury lub renty z tytułu niezdolności do pracy, renty szkoleniowej, renty socjalnej albo po ustaniu zatrudnienia, innej pracy zarobkowej, zaprzestaniu prowadzenia pozarolniczej działalności, nie pobiera zasiłku przedemerytalnego, świadczenia przedemerytalnego, świadczenia rehabilitacyjnego, zasiłku chorobowego lub macierzyńskiego,",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "No right to an old-age, disability, training or social pension; after the end of work or business, no pre-retirement allowance or benefit, rehabilitation, sickness or maternity benefit.",
    },
    RuleInfo {
        id: "STATUS-NO-FARM",
        section: "STATUS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie jest właścicielem lub posiadaczem (samoistnym lub zależnym) nieruchomości rolnej w rozumieniu przepisów Kodeksu cywilnego, o powierzchni użytków rolnych powyżej 2 ha przeliczeniowych lub nie podlega ubezpieczeniu emerytalnemu i rentowemu z tytułu stałej pracy jako współmałżonek lub domownik gospodarstwie rolnym o powierzchni użytkowej przekraczającej 2 ha przeliczeniowe;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Does not own or hold agricultural land over 2 conversion hectares and is not covered by farmers' pension insurance as spouse or household member on such a farm.",
    },
    RuleInfo {
        id: "STATUS-NO-SPECIAL-AGRI",
        section: "STATUS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie uzyskuje przychodów podlegających opodatkowaniu podatkiem dochodowym z działów specjalnych produkcji rolnej, chyba że dochód z działów specjalnych produkcji rolnej, obliczony dla ustalenia podatku dochodowego od osób fizycznych, nie przekracza wysokości przeciętnego dochodu z pracy w indywidualnych gospodarstwach rolnych z 2,0 ha przeliczeniowych, ustalonego przez Prezesa Głównego Urzędu Statystycznego, na podstawie przepisów o podatku rolnym.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "No taxable income from special branches of agricultural production, unless it does not exceed the average income from 2 conversion hectares.",
    },
    RuleInfo {
        id: "STATUS-NO-BUSINESS",
        section: "STATUS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie podjęła pozarolniczej działalności gospodarczej od dnia wskazanego w zgłoszeniu do ewidencji do dnia wyrejestrowania tej działalności albo nie podlega - na podstawie odrębnych przepisów - obowiązkowi ubezpieczenia społecznego z wyjątkiem ubezpieczenia społecznego rolników;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "No registered non-agricultural business (from the start date in the register to deregistration) and no compulsory social insurance on another ground, except farmers' insurance.",
    },
    RuleInfo {
        id: "STATUS-NOT-DETAINED",
        section: "STATUS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie jest osobą tymczasowo aresztowaną lub nie odbywa kary pozbawienia wolności;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Not in pre-trial detention and not serving a prison sentence.",
    },
    RuleInfo {
        id: "STATUS-INCOME",
        section: "STATUS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie uzyskuje miesięcznie dochodu w wysokości przekraczającej połowę najniższego wynagrodzenia za pracę, z wyłączeniem przychodów uzyskanych z tytułu odsetek pieniężnych zgromadzonych na rachunkach bankowych,",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Monthly income (bank interest left out) does not exceed half of the minimum wage in force on the registration day.",
    },
    RuleInfo {
        id: "STATUS-NO-PERMANENT-ALLOWANCE",
        section: "STATUS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie pobiera, na podstawie przepisów o pomocy społecznej, zasiłku stałego,",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Does not receive the permanent allowance from social assistance (zasiłek stały).",
    },
    RuleInfo {
        id: "STATUS-NO-CARE-BENEFIT",
        section: "STATUS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie pobiera, na podstawie przepisów o świadczeniach rodzinnych, świadczenia pielęgnacyjnego lub dodatku do zasiłku rodzinnego z tytułu samotnego wychowywania dziecka i utraty prawa do zasiłku dla bezrobotnch na skutek upływu ustawowego okresu jego pobierania,",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Does not receive the nursing benefit or the single-parent family-allowance supplement that follows the end of unemployment benefit.",
    },
    RuleInfo {
        id: "STATUS-NO-TRAINING-BENEFIT",
        section: "STATUS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie pobiera po ustaniu zatrudnienia świadczenia szkoleniowego, o którym mowa w art. 70 ust. 6 Ustawy o promocji zatrudnienia i instytucjach rynku pracy.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Does not receive, after the end of employment, the training benefit (art. 70 ust. 6).",
    },
    // ---- 4. Loss of status — LOSS ----
    RuleInfo {
        id: "LOSS-CONDITIONS",
        section: "LOSS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie spełnia warunków, o których mowa w art. 2 ust.1 pkt 2 Ustawy o promocji zatrudnienia i instytucjach rynku pracy;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Status is lost when a STATUS rule stops being met; registration is possible again when it is met again.",
    },
    RuleInfo {
        id: "LOSS-LOAN",
        section: "LOSS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "otrzymała pożyczkę z PFRON-u lub instytucji z udziałem środków publicznych na podjęcie działalności gospodarczej lub rolniczej;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Status is lost on receiving a loan from PFRON or public funds to start a business or farming.",
    },
    RuleInfo {
        id: "LOSS-REFUSAL",
        section: "LOSS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "odmówiła bez uzasadnionej przyczyny przyjęcia propozycji odpowiedniego zatrudnienia lub innej pracy zarobkowej, wykonywania prac interwencyjnych lub robót publicznych albo udziału w szkoleniu, stażu, przygotowaniu zawodowym w miejscu pracy; pozbawienie statusu bezrobotnego następuje na okres 90 dni;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Refusing a suitable offer without a justified reason removes status for 90 days: registration again from X + 91.",
    },
    RuleInfo {
        id: "LOSS-NO-SHOW",
        section: "LOSS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie stawiła się w powiatowym urzędzie pracy w wyznaczonym terminie i nie powiadomiła w okresie do 5 dni o uzasadnionej przyczynie tego niestawiennictwa; pozbawienie statusu bezrobotnego następuje na okres 3 miesięcy od dnia niestawienia się w powiatowym urzędzie pracy;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Not appearing on the set date without a justified reason given within 5 days removes status for 3 months: registration again from X + 3 months + 1 day.",
    },
    RuleInfo {
        id: "LOSS-MEDICAL",
        section: "LOSS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "odmówiła poddania się badaniom lekarskim lub psychologicznym mającym na celu ustalenie zdolności do pracy; pozbawienie statusu bezrobotnego następuje na okres 3 miesięcy od dnia tej odmowy;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Refusing a medical or psychological fitness examination removes status for 3 months: registration again from X + 3 months + 1 day.",
    },
    RuleInfo {
        id: "LOSS-OWN-REQUEST",
        section: "LOSS",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "złożyła wniosek o pozbawienie statusu bezrobotnego.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Status is lost at the person's own request; no waiting period in the source (decision).",
    },
    // ---- 5. Obligations — OBL ----
    RuleInfo {
        id: "OBL-REPORT",
        section: "OBL",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "bezrobotny ma obowiązek zgłaszania się do urzędu w wyznaczonych terminach w celu potwierdzenia gotowości do podjęcia pracy i uzyskania informacji o możliwości zatrudnienia lub szkolenia;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Appear at the office on the set dates to confirm readiness to work.",
    },
    RuleInfo {
        id: "OBL-ACCEPT-OFFERS",
        section: "OBL",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "bezrobotny ma obowiązek przyjmowania propozycji odpowiedniego zatrudnia tj. do którego ma wystarczające kwalifikacje lub może je wykonywać po uprzednim przeszkoleniu, jeżeli jego stan zdrowia pozwala na wykonywanie tego zatrudnienia, a łączny czas dojazdu do miejsca zatrudnienia i z powrotem środkami komunikacji publicznej nie przekracza 3 godzin;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Accept suitable work: qualified or after training, health allows it, public transport there and back at most 3 hours a day.",
    },
    RuleInfo {
        id: "OBL-MEDICAL",
        section: "OBL",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "bezrobotny ma obowiązek poddania się badaniom lekarskim w celu ustalenia zdolności do pracy;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Undergo medical examinations of fitness for work.",
    },
    RuleInfo {
        id: "OBL-TRAINING-PROOF",
        section: "OBL",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "osoba skierowana na szkolenie ma obowiązek niezwłocznie przedstawić w urzędzie pracy świadectwo lub zaświadczenia o ukończeniu szkolenia. Osoba, która z własnej winy nie ukończyła szkolenia obowiązana jest do zwrotu kosztów szkolenia, chyba że powodem nieukończenia szkolenia było podjęcie zatrudnienia;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Bring the training certificate; repay the cost if training is not completed by own fault, unless due to taking up employment.",
    },
    RuleInfo {
        id: "OBL-NOTIFY-WORK-5D",
        section: "OBL",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "bezrobotny jest obowiązany zawiadomić w ciągu 5 dni urząd pracy o podjęciu zatrudnienia, innej pracy zarobkowej lub pozarolniczej działalności gospodarczej oraz o zaistnieniu okoliczności powodujących utratę statusu bezrobotnego. Nie zgłoszenie faktu podjęcia zatrudnienia jest zagrożone karą grzywny;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Tell the office within 5 days of taking up work or business or of any loss of status; not reporting employment is fined.",
    },
    RuleInfo {
        id: "OBL-ABROAD",
        section: "OBL",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "bezrobotny pobierający zasiłek, który w okresie krótszym niż 30 dni przebywa za granicą lub pozostaje w innej sytuacji powodującej brak gotowości do podjęcia pracy ma obowiązek powiadomienia o tym fakcie urzędu pracy. Zasiłek za ten okres nie przysługuje;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person on benefit who is abroad or otherwise not ready to work for under 30 days must tell the office; no benefit for that time.",
    },
    RuleInfo {
        id: "OBL-MONTHLY-INCOME",
        section: "OBL",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "bezrobotny obowiązany jest do składania co miesiąc pisemnego oświadczenia o dochodach oraz innych dokumentów niezbędnych do ustalenia jego uprawnień do świadczeń;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "File a written income declaration every month.",
    },
    RuleInfo {
        id: "OBL-REPAY-14D",
        section: "OBL",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "osoba, która pobrała nienależne świadczenia pieniężne obowiązana jest to ich zwrotu w terminie 14 dni od dnia doręczenia decyzji;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Repay undue benefit within 14 days of the decision being delivered.",
    },
    RuleInfo {
        id: "OBL-ADDRESS",
        section: "OBL",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "bezrobotny jest obowiązany powiadomić urząd pracy o każdej zmianie miejsca zameldowania, podając aktualne miejsce zameldowania lub pobytu oraz o wszystkich zmianach danych zawartych w karcie rejestracyjnej.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Report every change of registered address and of the registration card data.",
    },
    // ---- 6. Right to unemployment benefit — BEN ----
    RuleInfo {
        id: "BEN-WAIT-7",
        section: "BEN",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Prawo do zasiłku przysługuje bezrobotnemu za każdy dzień kalendarzowy po upływie 7 dni od dnia zarejestrowania się we właściwym powiatowym urzędzie pracy",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Benefit for each calendar day after 7 days from registration (from D + 8).",
    },
    RuleInfo {
        id: "BEN-NO-OFFER",
        section: "BEN",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "jeżeli nie ma dla niego propozycji odpowiedniej pracy, propozycji szkolenia, stażu, przygotowania zawodowego w miejscu pracy, prac interwencyjnych lub robót publicznych",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Benefit only if the office has no suitable offer of work, training, internship, vocational preparation, intervention or public works; never known in advance.",
    },
    RuleInfo {
        id: "BEN-365-18",
        section: "BEN",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "oraz w okresie 18 miesięcy poprzedzających dzień zarejestrowania, łącznie przez okres conajmniej 365 dni:",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Qualifying periods total at least 365 days within the 18 months preceding the registration day.",
    },
    RuleInfo {
        id: "BEN-PRISON",
        section: "BEN",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Prawo do zasiłku przysługuje bezrobotnym zwolnionym z zakładów karnych i aresztów śledczych, zarejestrowanym w okresie 30 dni od dnia zwolnienia, jeżeli suma okresów, októrych mowa w akapicie poprzednim, przypadających w okresie 18 miesięcy przed ostatnim pozbawieniem wolności wynosiła co najmniej 365 dni, przy czym podstawę wymiaru składki na ubezpieczenie społeczne i Fundusz Pracy stanowiła kwota co najmniej minimalnego wynagrodzenia za pracę przed pozbawieniem wolności oraz 50% minimalnego wynagrodzenia za pracę w okresie pozbawienia wolności.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Released from prison or detention and registered within 30 days: at least 365 qualifying days in the 18 months before the last imprisonment (base at least the minimum wage before, half of it during).",
    },
    RuleInfo {
        id: "BEN-MILITARY",
        section: "BEN",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Prawo do zasiłku przysługuje bezrobotnym zwolnionym po odbyciu zasadniczej służby wojskowej, jeżeli okres jej odbywania wynosił co najmniej 240 dni i przypadał w okresie 18 miesięcy poprzedzających dzień zarejestrowania się w powiatowym urzędzie pracy",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Released after basic military service lasting at least 240 days within the 18 months preceding registration.",
    },
    // ---- 6. Qualifying period kinds — Q ----
    RuleInfo {
        id: "Q-EMPLOYMENT",
        section: "Q",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "był zatrudniony i osiągał wynagrodzenie w kwocie co najmniej minimalnego wynagrodzenia za pracę, od którego istnieje obowiązek opłacania składki na Fundusz Pracy, z wyjątkiem obowiązku opłacenia składek za niepełnosprawnych; w okresie tym nie uwzględnia się okresów urlopów bezpłatnych trwających łącznie dłużej niż 30 dni;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Employment with pay at least the minimum wage and a Labour Fund contribution; unpaid leave totalling over 30 days is not counted.",
    },
    RuleInfo {
        id: "Q-OUTWORK",
        section: "Q",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "wykonywał pracę na podstawie umowy o pracę nakładczą i osiągał z tego tytułu dochód w wysokości co najmniej minimalnego wynagrodzenia za pracę;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Outwork contract with income at least the minimum wage.",
    },
    RuleInfo {
        id: "Q-CIVIL-CONTRACT",
        section: "Q",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "świadczył usługi na podstawie umowy agencyjnej lub umowy zlecenia albo innej umowy o świadczenie usług, do których zgodnie z przepisami ustawy z dnia 23 kwietnia 1964r. - Kodeks cywilny stosuje się przepisy dotyczące zlecenia, albo współpracował przy wykonywaniu tych umów, przy czym podstawę wymiaru składki na ubezpieczenie społeczne i Fundusz Pracy stanowiła kwota co najmniej minimalnego wynagrodzenia za pracę;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Agency, mandate or other service contract (or cooperation on one) with a contribution base at least the minimum wage.",
    },
    RuleInfo {
        id: "Q-BUSINESS",
        section: "Q",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "opłacał składki na ubezpieczenie społeczne z tytułu prowadzenia pozarolniczej działalności lub współpracy, przy czym podstawę wymiaru składki na ubezpieczenie społeczne i Fundusz Pracy stanowiła kwota wynosząca co najmniej minimalne wynagrodzenie za pracę;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Social insurance paid for a non-agricultural business (or cooperation) with a base at least the minimum wage.",
    },
    RuleInfo {
        id: "Q-PRISON-WORK",
        section: "Q",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "wykonywał pracę w okresie tymczasowego aresztowania lub odbywania karty pozbawienia wolności, przy czym podstawę wymiaru składki na ubezpieczenie społeczne i Fundusz Pracy stanowiła kwota co najmniej połowy minimalnego wynagrodzenia za pracę;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Work during detention or imprisonment with a base at least half the minimum wage.",
    },
    RuleInfo {
        id: "Q-AGRI-COOP",
        section: "Q",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "wykonywał pracę w rolniczej spółdzielni produkcyjnej, spółdzielni kółek rolniczych lub spółdzielni usług rolniczych, będąc członkiem tej spółdzielni, przy czym podstawę wymiaru składek na ubezpieczenie społeczne i Fundusz Pracy stanowiła kwota co najmniej minimalnego wynagrodzenia za pracę,",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Work as a member of an agricultural production cooperative or similar with a base at least the minimum wage.",
    },
    RuleInfo {
        id: "Q-ABROAD",
        section: "Q",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "opłacał składkę na Fundusz Pracy w związku z zatrudnieniem lub wykonywaniem innej pracy zarobkowej za granicą u pracodawcy zagranicznego;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Labour Fund contribution paid for work abroad for a foreign employer.",
    },
    RuleInfo {
        id: "Q-REPATRIATE",
        section: "Q",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "był zatrudniony za granicą przez okres co najmniej 365 dni, w okresie 18 miesięcy przed zarejestrowaniem się w powiatowym urzędzie pracy i przybył do Rzeczypospolitej Polskiej jako repatriant;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Employment abroad counts only for a person who came to Poland as a repatriate.",
    },
    RuleInfo {
        id: "Q-OTHER-PAID-WORK",
        section: "Q",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "był zatrudniony lub wykonywał inną pracę zarobkową i osiągał wynagrodzenie lub dochód, od którego istnieje obowiązek opłacania składki na Fundusz Pracy,",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Other employment or paid work with pay or income subject to the Labour Fund contribution.",
    },
    RuleInfo {
        id: "Q-MILITARY",
        section: "Q",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "odbywał zasadniczą służbę wojskową, nadterminową zasadniczą służbę wojskową,zawodową służbę wojskową pełnioną na podstawie kontraktu na pełnienie służby terminowej, przeszkolenie wojskowe absolwentów szkół wyższych, służbę wojskową pełnioną w charakterze kandydata na żołnierza zawodowego, ćwiczeń wojskowych, okresową służbą wojskową oraz zasadniczą służbę w obronie cywilnej i służbę zastępczą;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Military service of the kinds listed in the source, or civil defence or alternative service.",
    },
    RuleInfo {
        id: "Q-PARENTAL-LEAVE",
        section: "Q",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "przebywał na urlopie wychowawczym, udzielonym na podstawie odrębnych przepisów;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Parental leave (urlop wychowawczy).",
    },
    RuleInfo {
        id: "Q-PENSION-SICKNESS",
        section: "Q",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "pobierał rentę z tytułu niezdolności do pracy, rentę szkoleniową oraz przypadającą po ustaniu zatrudnienia, wykonywania innej pracy zarobkowej albo zaprzestania prowadzenia pozarolniczej działalności, okresy pobierania zasiłku chorobowego, macierzyńskiego lub świadczenia rehabilitacyjnego, jeżeli podstawę wymiaru tych zasiłków i świadczenia stanowiła kwota wynosząca co najmniej minimalne wynagrodzenie za pracę, po odliczeniu kwoty składek na ubezpieczenie społeczne należne od pracownika.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Disability or training pension; after the end of work, sickness, maternity or rehabilitation benefit with a base at least the minimum wage net of contributions.",
    },
    RuleInfo {
        id: "Q-COMPENSATION",
        section: "Q",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "okresy za które przyznano odszkodowanie z tytułu niezgodnego z przepisami rozwiązania przez pracodawcę stosunku pracy lub stosunku służbowego, oraz okres, za który wypłacono pracownikowi odszkodowanie z tytułu skrócenia okresu wypowiedzenia umowy o pracę.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Periods covered by compensation for unlawful termination or for a shortened notice period.",
    },
    // ---- 6. Deferrals — DEFER ----
    RuleInfo {
        id: "DEFER-REFUSAL-90",
        section: "DEFER",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "odmówił bez uzasadnionej przyczyny przyjęcia propozycji odpowiedniego zatrudnienia, innej pracy zarobkowej, szkolenia, stażu, przygotowania zawodowego w miejscu pracy, wykonywania prac interwencyjnych lub robót publicznych - zasiłek przysługuje po okresie 90 dni;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Refusing a suitable offer without a justified reason defers the benefit by 90 days: from X + 91 (decision: counted from the refusal).",
    },
    RuleInfo {
        id: "DEFER-QUIT-90",
        section: "DEFER",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "w okresie 6 miesięcy przed zarejestrowaniem się w powiatowym urzędzie pracy rozwiązał stosunek pracy za wypowiedzeniem albo na mocy porozumienia stron, chyba, że porozumienie stron nastąpiło wskutek upadłości, likwidacji pracodawcy lub zmniejszenia zatrudnienia z przyczyn dotyczących zakładu pracy albo rozwiązanie stosunku pracy za wypowiedzeniem lub na mocy porozumienia stron nastąpiło z powodu zmiany miejsca zamieszkania - zasiłek przysługuje po okresie 90 dni od dnia zarejestrowania;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Ending an employment by own notice or mutual agreement within 6 months before registration (save the listed exceptions) defers the benefit to D + 91.",
    },
    RuleInfo {
        id: "DEFER-FAULT-180",
        section: "DEFER",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "w okresie 6 miesięcy przed zarejestrowaniem się w powiatowym urzędzie pracy spowodował rozwiązanie ze swej winy stosunku pracy (stosunku służbowego) bez wypowiedzenia - zasiłek przysługuje po okresie 180 dni od dnia zarejestrowania w powiatowym urzędzie pracy;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "An employment ended without notice through the person's fault within 6 months before registration defers the benefit to D + 181.",
    },
    RuleInfo {
        id: "DEFER-SEVERANCE",
        section: "DEFER",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "otrzymał przewidziane w odrębynch przepisach świadczenie w postaci jednorazowego ekwiwalentu pieniężnego za urlop górniczy, jednorazowej odprawy socjalnej, zasiłkowej, pieniężnej po zasiłku socjalnym, jednorazowej odprawy warunkowej lub odprawy pieniężnej bezwarunkowej - zasiłek przysługuje po upływie okresu, za który otrzymał ekwiwalent lub odprawę;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A one-off cash equivalent for miners' leave, social severance or similar payment defers the benefit to the day after the period it covers.",
    },
    RuleInfo {
        id: "DEFER-NOTICE-COMPENSATION",
        section: "DEFER",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "otrzymał odszkodowanie za skrócenie okresu wypowiedzenia umowy o pracę - zasiłek przysługuje po upływie okresu, za który otrzymał odszkodowanie",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Compensation for a shortened notice period defers the benefit to the day after the period it covers.",
    },
    RuleInfo {
        id: "DEFER-TRAINING-BENEFIT",
        section: "DEFER",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "pobiera po ustaniu zatrudnienia świadczenie szkoleniowe - zasiłek przysługuje po upływie okresu, za który otrzymał świadczenie szkoleniowe",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The training benefit received after the end of employment defers the benefit to the day after the period it covers.",
    },
    // ---- 7. Documents to bring — DOC ----
    RuleInfo {
        id: "DOC-ID",
        section: "DOC",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "dowód osobisty,",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Identity card (always).",
    },
    RuleInfo {
        id: "DOC-PESEL-NIP",
        section: "DOC",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "numer PESEL i NIP;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "PESEL and NIP numbers (always).",
    },
    RuleInfo {
        id: "DOC-EDUCATION",
        section: "DOC",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "dyplom, świadectwo ukończenia szkoły lub świadectwo szkolne albo zaświadczenie o ukończeniu kursu lub szkolenia;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Diploma, school certificate or course/training certificate for each completed school or course (always).",
    },
    RuleInfo {
        id: "DOC-WORK-CERTS",
        section: "DOC",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "świadectwa pracy oraz inne dokumenty niezbędne do ustalenia jej uprawnień - oryginały oraz kserokopie,",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Work certificates and other documents proving entitlements, originals and copies (when there is a work history).",
    },
    RuleInfo {
        id: "DOC-CONTRAINDICATIONS",
        section: "DOC",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "dokument o przeciwwskazaniach do wykonywania określonych pracy, jeżeli taki dokument posiada;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Document on contraindications to certain work, when the person has one.",
    },
    RuleInfo {
        id: "DOC-DISABILITY",
        section: "DOC",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "osoba niepełnosprawna, oprócz wyżej wspomnianych dokumentów przedstawia orzeczenie uprawnionego organu.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Disability certificate (orzeczenie), when the person has a disability.",
    },
    RuleInfo {
        id: "DOC-DECLARATION",
        section: "DOC",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "przy dokonaniu rejestracji składa oświadczenie, że nie jest zarejestrowana w innym powiatowym urzędzie pracy.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Declaration of not being registered at another PUP, when REG-DECLARATION applies.",
    },
    RuleInfo {
        id: "DOC-REGISTRATION-CARD",
        section: "DOC",
        source: Source::Office,
        article: None,
        #[cfg(not(target_arch = "wasm32"))]
        quote: "po wypełnieniu KARTY REJESTRACYJNEJ(pobierz plik) oraz po poświadczeniu własnoręcznym podpisem w obecności pracownika powiatowego urzędu pracy prawidłowości danych i oświadczeń zamieszczonych przez niego w KARCIEREJESTRACYJNEJ",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The registration card, filled in and signed at the office (always).",
    },
    // ---- 8. Account on praca.gov.pl — ACC ----
];
