//! The catalog of the rule set `act-2025` (the Act of 20 March 2025, Dz.U. 2025 poz. 620):
//! every rule ID with its article and the statute's own sentence (spec/act-2025.md).

use crate::rules::catalog::{RuleInfo, Source};

pub const CATALOG: &[RuleInfo] = &[
    // ---- REG ----
    RuleInfo {
        id: "REG-APPLICATION",
        section: "REG",
        source: Source::Act2025,
        article: Some("art. 55 ust. 1–2"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Rejestracja bezrobotnych albo poszukujących pracy następuje na wniosek. 2. W celu dokonania rejestracji osoba ubiegająca się o zarejestrowanie jako bezrobotny lub poszukujący pracy: 1) składa wniosek o rejestrację jako bezrobotny albo poszukujący pracy za pośrednictwem formularza elektronicznego udostępnionego w systemie teleinformatycznym, o którym mowa w art. 26 ust. 1 pkt 2, albo 2) zgłasza się do PUP właściwego ze względu na miejsce zamieszkania.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Registration is made on application, either with the electronic form of the praca.gov.pl system or by coming to the PUP in person.",
    },
    RuleInfo {
        id: "REG-OFFICE-HOME",
        section: "REG",
        source: Source::Act2025,
        article: Some("art. 55 ust. 2 pkt 2"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "zgłasza się do PUP właściwego ze względu na miejsce zamieszkania",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The competent office is the PUP of the place of residence (miejsce zamieszkania, not zameldowanie); the Act names it for the in-person route and the checker assumes the same office for an online application (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "REG-ONLINE-SIGNATURE",
        section: "REG",
        source: Source::Act2025,
        article: Some("art. 44 ust. 3"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Wnioski, w tym wnioski o udzielenie formy pomocy, wyjaśnienia, odwołania, zażalenia albo cyfrowe odwzorowania dokumentów dołączane w systemie teleinformatycznym są podpisywane kwalifikowanym podpisem elektronicznym, podpisem zaufanym albo podpisem osobistym.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "An online application and each scanned document attached to it must be signed with a qualified electronic signature, a trusted signature (podpis zaufany) or a personal signature (podpis osobisty); unsigned, it is not registered (art. 61 ust. 2 pkt 3).",
    },
    RuleInfo {
        id: "REG-REGISTRATION-DAY",
        section: "REG",
        source: Source::Act2025,
        article: Some("art. 61 ust. 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Rejestracji osoby ubiegającej się o zarejestrowanie jako bezrobotny albo poszukujący pracy dokonuje się z dniem, w którym osoba: 1) wniosła kompletny wniosek o dokonanie rejestracji jako bezrobotny albo poszukujący pracy – w przypadku określonym w art. 55 ust. 2 pkt 1; 2) zgłosiła się do PUP – po poświadczeniu przez nią własnoręcznym podpisem przekazanych przez nią danych i złożeniu, w obecności pracownika PUP oświadczeń, o których mowa w art. 55 ust. 9 i art. 60 ust. 1 pkt 2 – w przypadku określonym w art. 55 ust. 2 pkt 2.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The registration day is the day a complete online application is filed or, in person, the day the person signs their data and makes the required declarations in front of a PUP employee.",
    },
    RuleInfo {
        id: "REG-NOTIFY-CHANGES-7D",
        section: "REG",
        source: Source::Act2025,
        article: Some("art. 62 ust. 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Bezrobotny albo poszukujący pracy zawiadamia PUP: 1) za pośrednictwem formularza elektronicznego, udostępnionego w sposób określony w art. 55 ust. 2 pkt 1 albo 2) osobiście w PUP, w którym jest zarejestrowany – o wszelkich zmianach w danych przekazanych w trakcie rejestracji oraz w złożonych oświadczeniach, w terminie 7 dni od dnia ich wystąpienia.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Any change in the data or declarations given at registration must be reported to the PUP, online or in person, within 7 days of the change.",
    },
    RuleInfo {
        id: "REG-ONE-OFFICE",
        section: "REG",
        source: Source::Act2025,
        article: Some("art. 57 ust. 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Rejestracja bezrobotnego w urzędzie pracy wyłącza możliwość rejestracji tej osoby jako: 1) poszukującego pracy oraz posiadania takiego statusu przez okres posiadania statusu bezrobotnego; 2) bezrobotnego w innym urzędzie pracy.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person registered as unemployed at one labour office cannot also register as unemployed at another office, nor as a job seeker, while the status lasts.",
    },
    RuleInfo {
        id: "REG-JOB-SEEKER",
        section: "REG",
        source: Source::Act2025Other,
        article: Some("art. 2 pkt 24"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "poszukującym pracy – oznacza to osobę, o której mowa w art. 1 ust. 3, która ukończyła 18 lat i poszukuje zatrudnienia, innej pracy zarobkowej lub innej formy pomocy, zarejestrowaną w PUP;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person the Act covers (art. 1 ust. 3; a citizen of Ukraine also under art. 22¹ of the special act) who has turned 18 can register as a job seeker (poszukujący pracy) whatever keeps them from being unemployed; it gives job placement (art. 81 ust. 1), vocational guidance (art. 87 ust. 1) and the forms of help art. 72 opens to them, not the unemployment benefit (art. 218 ust. 1 gives it to the unemployed); for a foreigner of no group art. 2 pkt 1 names, whether art. 1 ust. 3 covers them is left to the office (decision: to be confirmed at the office)",
    },
    // ---- STATUS ----
    RuleInfo {
        id: "STATUS-COVERED-PERSON",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 1 (opening), art. 1 ust. 3"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "bezrobotnym – oznacza to osobę, o której mowa w art. 1 ust. 3 pkt 1 lub pkt 2 lit. a–l, n oraz p, lub osobę, o której mowa w art. 1 ust. 3 pkt 3, 5 lub 6",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Only a Polish citizen, a foreigner in one of the groups of art. 1 ust. 3 pkt 2 lit. a–l, n or p (for example EU, EEA, Swiss or eligible UK citizens, permanent or long-term EU residents, refugees and persons under protection) or a family member under pkt 3, 5 or 6 can be unemployed; the groups of pkt 2 lit. m and o (among them holders of some temporary residence permits, student or research visas and seasonal workers) and of pkt 4 are not covered.",
    },
    RuleInfo {
        id: "STATUS-UKRAINE-SPECIAL-ACT",
        section: "STATUS",
        source: Source::Act2025Other,
        article: Some("art. 420 pkt 1 (art. 22¹ ust. 1 of the Act of 12 March 2022 on help to citizens of Ukraine)"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Obywatel Ukrainy, który przebywa legalnie na terytorium Rzeczypospolitej Polskiej lub jego pobyt na terytorium Rzeczypospolitej Polskiej uznaje się za legalny na podstawie art. 2 ust. 1, może zarejestrować się oraz zostać uznany jako bezrobotny albo poszukujący pracy, o którym mowa w art. 2 pkt 1 albo 24 ustawy z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia. Do obywateli Ukrainy, o których mowa w zdaniu pierwszym, nie stosuje się warunku określonego w art. 2 pkt 1 lit. b ustawy z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A citizen of Ukraine staying lawfully in Poland (or whose stay is deemed lawful under the special act) may register as unemployed whatever their group of art. 1 ust. 3, and the age ceiling of art. 2 pkt 1 lit. b (60 for a woman, 65 for a man) does not apply to them; the benefit still depends on their group (art. 245), since art. 22¹ ust. 2 applies only Dział VI (art. 55–68) (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "STATUS-NOT-EMPLOYED",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "niezatrudnioną i niewykonującą innej pracy zarobkowej",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The person is not employed (employment or service relationship, outwork) and does no other paid work, which includes every civil-law contract such as umowa zlecenia or umowa o dzieło (art. 2 pkt 9 and 51).",
    },
    RuleInfo {
        id: "STATUS-NOT-IN-SCHOOL-2025",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nieuczącą się w szkole, z wyjątkiem osoby uczącej się w szkole dla dorosłych, branżowej szkole II stopnia w formie stacjonarnej lub zaocznej, w szkole policealnej w formie stacjonarnej lub zaocznej, lub przystępującej do egzaminów eksternistycznych z zakresu programu nauczania szkoły dla dorosłych lub branżowej szkoły II stopnia, lub kształcącej się na studiach niestacjonarnych, lub uczącej się w szkole artystycznej realizującej wyłącznie kształcenie artystyczne",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The person does not attend school, except a school for adults, a second-level vocational or post-secondary school (full-time or extramural), external exams, part-time (niestacjonarne) university studies or an art school giving only artistic education.",
    },
    RuleInfo {
        id: "STATUS-READY",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "zdolną i gotową do podjęcia zatrudnienia w pełnym wymiarze czasu pracy obowiązującym w danym zawodzie lub w danej służbie albo innej pracy zarobkowej albo jeżeli jest osobą niepełnosprawną, zdolną i gotową do podjęcia zatrudnienia co najmniej w połowie tego wymiaru czasu pracy",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The person is able and ready to take up full-time work, or at least half-time work if they have a disability.",
    },
    RuleInfo {
        id: "STATUS-NO-PENSION-2025",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 42 lit. a–c"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "42) stałym źródle dochodu – oznacza to: a) nabycie prawa do emerytury lub renty z tytułu niezdolności do pracy, renty szkoleniowej, renty socjalnej, renty rodzinnej w wysokości przekraczającej połowę minimalnego wynagrodzenia za pracę lub świadczenia pieniężnego, o którym mowa w ustawie z dnia 8 lutego 2023 r. o świadczeniu pieniężnym przysługującym członkom rodziny funkcjonariuszy lub żołnierzy zawodowych, których śmierć nastąpiła w związku ze służbą albo podjęciem poza służbą czynności ratowania życia lub zdrowia ludzkiego albo mienia (Dz. U. poz. 658), zwanego dalej „świadczeniem pieniężnym przysługującym członkom rodziny funkcjonariuszy lub żołnierzy zawodowych”, lub renty inwalidzkiej przyznawanej na podstawie ustawy z dnia 18 lutego 1994 r. o zaopatrzeniu emerytalnym funkcjonariuszy Policji, Agencji Bezpieczeństwa Wewnętrznego, Agencji Wywiadu, Służby Kontrwywiadu Wojskowego, Służby Wywiadu Wojskowego, Centralnego Biura Antykorupcyjnego, Straży Granicznej, Straży Marszałkowskiej, Służby Ochrony Państwa, Państwowej Straży Pożarnej, Służby Celno-Skarbowej i Służby Więziennej oraz ich rodzin (Dz. U. z 2024 r. poz. 1121, 1243, 1562 i 1871) lub ustawy z dnia 10 grudnia 1993 r. o zaopatrzeniu emerytalnym żołnierzy zawodowych oraz ich rodzin (Dz. U. z 2025 r. poz. 305), b) nabycie po ustaniu zatrudnienia, innej pracy zarobkowej, zaprzestaniu prowadzenia pozarolniczej działalności, prawa do nauczycielskiego świadczenia kompensacyjnego, zasiłku przedemerytalnego, świadczenia przedemerytalnego, świadczenia rehabilitacyjnego, zasiłku chorobowego, zasiłku macierzyńskiego lub zasiłku w wysokości zasiłku macierzyńskiego, c) nabycie prawa do emerytury albo renty z tytułu niezdolności do pracy, przyznanego przez zagraniczny organ emerytalny lub rentowy, w wysokości co najmniej najniższej emerytury albo renty z tytułu niezdolności do pracy, o których mowa w ustawie z dnia 17 grudnia 1998 r. o emeryturach i rentach z Funduszu Ubezpieczeń Społecznych,",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The person has not acquired a right to an old-age or disability pension, a training or social pension, a survivor's pension above half the minimum wage, the uniformed services' family benefit or disability pension, a foreign pension at least equal to the lowest Polish one, or (after work ended) a teacher's compensation benefit, pre-retirement allowance or benefit, rehabilitation, sickness, maternity or maternity-equivalent benefit.",
    },
    RuleInfo {
        id: "STATUS-INCOME-2025",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 42 lit. d"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "uzyskiwanie miesięcznie przychodu w wysokości przekraczającej połowę minimalnego wynagrodzenia za pracę, z wyłączeniem przychodów uzyskanych z tytułu odsetek lub innych przychodów od środków pieniężnych zgromadzonych na rachunkach bankowych lub rachunkach członka spółdzielczej kasy oszczędnościowo-kredytowej",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The person does not earn a monthly przychód (PIT-taxable income other than work, business or Labour Fund benefits, art. 2 pkt 37) above half the minimum wage, bank and credit-union interest not counted.",
    },
    RuleInfo {
        id: "STATUS-NO-CARE-BENEFIT-2025",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 42 lit. e–f"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "e) nabycie na podstawie ustawy z dnia 28 listopada 2003 r. o świadczeniach rodzinnych (Dz. U. z 2024 r. poz. 323, 858, 1615 i 1871 oraz z 2025 r. poz. 619 i 620) prawa do świadczenia pielęgnacyjnego lub specjalnego zasiłku opiekuńczego, f) nabycie na podstawie ustawy z dnia 4 kwietnia 2014 r. o ustaleniu i wypłacie zasiłków dla opiekunów (Dz. U. z 2024 r. poz. 246) prawa do zasiłku dla opiekuna,",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The person has not acquired a right to the nursing benefit (świadczenie pielęgnacyjne), the special care allowance or the carer's allowance (zasiłek dla opiekuna).",
    },
    RuleInfo {
        id: "STATUS-NO-TRAINING-BENEFIT",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 42 lit. g"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "pobieranie po ustaniu zatrudnienia świadczenia szkoleniowego, o którym mowa w art. 217 ust. 6",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The person does not receive, after the end of employment, the training benefit an employer pays after a monitored dismissal (also one granted under the 2004 Act, art. 438 ust. 2).",
    },
    RuleInfo {
        id: "STATUS-AGE-MIN",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 1 lit. a"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "ukończyła 18 lat",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The person has turned 18.",
    },
    RuleInfo {
        id: "STATUS-AGE-MAX",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 1 lit. b"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie ukończyła 60 lat – kobieta lub 65 lat – mężczyzna",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A woman has not turned 60 and a man has not turned 65.",
    },
    RuleInfo {
        id: "STATUS-NO-BUSINESS-2025",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 1 lit. c–e"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "c) nie jest wpisana do Centralnej Ewidencji i Informacji o Działalności Gospodarczej, zwanej dalej „CEIDG”, jako prowadząca działalność gospodarczą albo d) zgłosiła do CEIDG wniosek o zawieszenie wykonywania działalności gospodarczej i okres zawieszenia nadal trwa, albo e) we wniosku o wpis do CEIDG określiła dzień podjęcia działalności gospodarczej i nie upłynął jeszcze okres do, określonego we wniosku o wpis, dnia podjęcia tej działalności,",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The person is not entered in CEIDG as running a business, unless the business is suspended and the suspension still runs, or the start date declared in CEIDG has not yet come.",
    },
    RuleInfo {
        id: "STATUS-NOT-DETAINED-2025",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 1 lit. f"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie jest osobą tymczasowo aresztowaną lub nie odbywa kary pozbawienia wolności, z wyjątkiem kary pozbawienia wolności odbywanej poza zakładem karnym w systemie dozoru elektronicznego",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The person is not in pre-trial detention and is not serving a prison sentence, except one served outside prison under electronic monitoring.",
    },
    RuleInfo {
        id: "STATUS-NO-PERMANENT-ALLOWANCE",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 1 lit. g"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie nabyła na podstawie ustawy z dnia 12 marca 2004 r. o pomocy społecznej (Dz. U. z 2024 r. poz. 1283 i 1572 oraz z 2025 r. poz. 620) prawa do zasiłku stałego",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The person has not acquired a right to the permanent social-assistance allowance (zasiłek stały).",
    },
    RuleInfo {
        id: "STATUS-NO-COMPANY-ROLE",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 1 lit. h–k"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "h) nie jest członkiem zarządu, prokurentem, członkiem rady nadzorczej lub likwidatorem spółki kapitałowej w rozumieniu ustawy z dnia 15 września 2000 r. – Kodeks spółek handlowych (Dz. U. z 2024 r. poz. 18 i 96), i) nie jest prokurentem lub pełnomocnikiem przedsiębiorcy będącego osobą fizyczną, prowadzącego działalność gospodarczą rozumieniu ustawy z dnia 6 marca 2018 r. – Prawo przedsiębiorców (Dz. U. z 2024 r. poz. 236, 1222 i 1871 oraz z 2025 r. poz. 222), j) nie jest wspólnikiem spółki jawnej, partnerem lub członkiem zarządu w spółce partnerskiej, komplementariuszem w spółce komandytowej, komplementariuszem lub członkiem rady nadzorczej w spółce komandytowo-akcyjnej, prokurentem lub likwidatorem spółki osobowej w rozumieniu ustawy z dnia 15 września 2000 r. – Kodeks spółek handlowych, k) nie jest dyrektorem w radzie dyrektorów, o której mowa w art. 300⁷³ ustawy z dnia 15 września 2000 r. – Kodeks spółek handlowych,",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The person is not a management or supervisory board member, prokurent or liquidator of a company, a prokurent or proxy of a sole trader, a partner or general partner of a partnership, or a director on a board of directors.",
    },
    RuleInfo {
        id: "STATUS-NO-OTHER-INSURANCE",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 1 lit. l"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie podlega, na podstawie odrębnych przepisów, obowiązkowi ubezpieczeń społecznych, z wyjątkiem ubezpieczenia społecznego rolników",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The person is not subject to compulsory social insurance on any other ground, farmers' insurance (KRUS) excepted.",
    },
    RuleInfo {
        id: "STATUS-NO-FOREIGN-INSURANCE",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 1 lit. m"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie podlega obowiązkowemu ubezpieczeniu na wypadek bezrobocia lub obowiązkowym ubezpieczeniom społecznym w państwach wymienionych w art. 1 ust. 3 pkt 2 lit. a–d",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The person is not covered by compulsory unemployment or social insurance in an EU, EEA or Swiss state or the United Kingdom.",
    },
    RuleInfo {
        id: "STATUS-NO-BUSINESS-ABROAD",
        section: "STATUS",
        source: Source::Act2025,
        article: Some("art. 2 pkt 1 lit. n"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie prowadzi działalności gospodarczej w innym niż Rzeczpospolita Polska państwie na podstawie zgłoszenia do rejestru lub bez takiego zgłoszenia, jeżeli prawo danego państwa takiego zgłoszenia nie wymaga",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The person does not run a business in another country, registered or (where that country requires no registration) unregistered.",
    },
    // ---- LOSS ----
    RuleInfo {
        id: "LOSS-CONDITIONS",
        section: "LOSS",
        source: Source::Act2025,
        article: Some("art. 65 ust. 1 pkt 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Starosta pozbawia statusu bezrobotnego bezrobotnego, który: 1) nie spełnia warunków, o których mowa w art. 2 pkt 1, oraz w stosunku do którego upłynął okres, o którym mowa w art. 63 ust. 1–3; pozbawienie statusu bezrobotnego następuje z dniem, w którym bezrobotny przestał spełniać warunki, o których mowa w art. 2 pkt 1, albo z dniem, w którym upłynął okres, o którym mowa w art. 63 ust. 1–3",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Status is lost on the day a condition of art. 2 pkt 1 stops being met, with no waiting period before registering again once the conditions are met; when the 3-year period ends instead, a new registration waits 90 days (art. 63 ust. 4, LOSS-THREE-YEARS).",
    },
    RuleInfo {
        id: "LOSS-THREE-YEARS",
        section: "LOSS",
        source: Source::Act2025,
        article: Some("art. 63 ust. 1 i 4"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Ponowne nabycie statusu bezrobotnego może nastąpić w wyniku ponownej rejestracji, po upływie 90 dni od dnia upływu okresu, o którym mowa w ust. 1–3.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Status lasts at most 3 years from registration (extended to finish a form of help or by the maternity-benefit period after a birth; counted from 2025-06-01 for people registered then, art. 433 ust. 7), and after it ends the person may register again only after 90 days (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "LOSS-FORM-OF-HELP",
        section: "LOSS",
        source: Source::Act2025,
        article: Some("art. 65 ust. 1 pkt 2"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "z własnej winy po skierowaniu przez PUP lub zawarciu umowy nie podjął albo przerwał realizację formy pomocy, chyba że powodem niepodjęcia albo przerwania realizacji było podjęcie zatrudnienia, innej pracy zarobkowej lub działalności gospodarczej; pozbawienie statusu bezrobotnego następuje od następnego dnia po dniu skierowania lub zawarciu umowy, albo od dnia przerwania realizacji, na okres 90 dni",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Not taking up or interrupting, through one's own fault, a form of help one was referred to or contracted for (unless because of taking up work or a business) costs status for 90 days; whether a job offer under job placement counts as such a referral is not settled (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "LOSS-SOCIALLY-USEFUL-WORK",
        section: "LOSS",
        source: Source::Act2025,
        article: Some("art. 65 ust. 1 pkt 3"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "odmówił bez uzasadnionej przyczyny propozycji prac społecznie użytecznych; pozbawienie statusu bezrobotnego następuje od dnia odmowy na okres 90 dni",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Refusing socially useful work without good reason costs status for 90 days from the refusal (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "LOSS-LOAN-2025",
        section: "LOSS",
        source: Source::Act2025,
        article: Some("art. 65 ust. 1 pkt 4–5"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "4) otrzymał środki z Funduszu Pracy, Państwowego Funduszu Rehabilitacji Osób Niepełnosprawnych lub inne środki publiczne na podjęcie działalności gospodarczej lub rolniczej lub na założenie lub przystąpienie do spółdzielni socjalnej; pozbawienie statusu bezrobotnego następuje od następnego dnia po dniu otrzymania środków; 5) otrzymał pożyczkę ze środków publicznych na podjęcie działalności gospodarczej lub rolniczej, z wyłączeniem pożyczki, o której mowa w art. 172 ust. 1 pkt 1 lit. a; pozbawienie statusu bezrobotnego następuje od następnego dnia po dniu otrzymania pożyczki;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Receiving public funds or a public loan (other than the art. 172 ust. 1 pkt 1 lit. a loan) to start a business or farming or to found or join a social cooperative ends the status from the day after the money is received.",
    },
    RuleInfo {
        id: "LOSS-SOCIAL-CONTRACT",
        section: "LOSS",
        source: Source::Act2025,
        article: Some("art. 65 ust. 1 pkt 6"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "rozpoczął realizację indywidualnego programu zatrudnienia socjalnego, o którym mowa w art. 199 ust. 1, lub podpisał kontrakt socjalny, o którym mowa w art. 198 pkt 1 lit. b; pozbawienie statusu bezrobotnego następuje na okres 90 dni od dnia rozpoczęcia realizacji indywidualnego programu zatrudnienia socjalnego lub podpisania kontraktu socjalnego",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Starting an individual social-employment programme or signing a social contract costs status for 90 days from that day (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "LOSS-INCAPACITY-180",
        section: "LOSS",
        source: Source::Act2025,
        article: Some("art. 65 ust. 1 pkt 7"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "pozostaje niezdolny do pracy wskutek choroby lub przebywania w zakładzie lecznictwa odwykowego przez nieprzerwany okres 180 dni, przy czym za okres nieprzerwany uważa się również okresy niezdolności do pracy wskutek choroby oraz przebywania w zakładzie lecznictwa odwykowego w sytuacji, gdy każda kolejna przerwa między okresami niezdolności do pracy wynosi mniej niż 30 dni kalendarzowych; pozbawienie statusu bezrobotnego następuje z upływem ostatniego dnia wskazanego okresu 180-dniowego",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Incapacity for work through illness or addiction treatment lasting 180 days without a break (gaps under 30 days do not break it) ends the status on the last of those days, except pregnancy-related incapacity (art. 66 ust. 1).",
    },
    RuleInfo {
        id: "LOSS-OWN-REQUEST",
        section: "LOSS",
        source: Source::Act2025,
        article: Some("art. 65 ust. 1 pkt 9"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "złożył wniosek o pozbawienie statusu bezrobotnego; pozbawienie statusu bezrobotnego następuje od dnia złożenia wniosku",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person who asks to give up the status loses it from the day of the request, with no waiting period stated.",
    },
    RuleInfo {
        id: "LOSS-ABROAD",
        section: "LOSS",
        source: Source::Act2025,
        article: Some("art. 65 ust. 1 pkt 10"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie zawiadomił PUP o zamierzonym pobycie za granicą, o którym mowa w art. 229, lub pobyt ten przekroczył okres 30 dni; pozbawienie statusu bezrobotnego następuje odpowiednio z dniem pierwszego dnia pobytu za granicą lub z upływem ostatniego dnia wskazanego okresu 30-dniowego na okres 90 dni",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A stay abroad not notified in advance, or longer than 30 days, costs status for 90 days, from the first day abroad or from the end of the 30th day respectively (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "LOSS-NO-CONTACT",
        section: "LOSS",
        source: Source::Act2025,
        article: Some("art. 65 ust. 1 pkt 11"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie utrzymuje kontaktu z PUP co najmniej raz na 90 dni w celu potwierdzenia zainteresowania pomocą określoną w ustawie; pozbawienie statusu bezrobotnego następuje po upływie 90 dni od dnia ostatniego kontaktu z PUP na okres 90 dni",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Not contacting the PUP for 90 days costs status for 90 days, starting 90 days after the last contact (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "LOSS-IPD",
        section: "LOSS",
        source: Source::Act2025,
        article: Some("art. 65 ust. 1 pkt 12"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "odmówił udziału w przygotowaniu indywidualnego planu działania, zwanego dalej „IPD”, lub z własnej winy przerwał jego realizację; pozbawienie statusu bezrobotnego następuje od dnia odmowy albo od dnia przerwania jego realizacji, na okres 90 dni",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Refusing to take part in preparing an individual action plan (IPD), or interrupting it through one's own fault, costs status for 90 days from the refusal or interruption (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "LOSS-OLD-ACT",
        section: "LOSS",
        source: Source::Act2025,
        article: Some("art. 433 ust. 6"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "W przypadku osoby, która utraciła status bezrobotnego albo poszukującego pracy na podstawie ustawy uchylanej w art. 460 na wskazany w tej ustawie okres, ponowne nabycie statusu bezrobotnego albo poszukującego pracy może nastąpić w wyniku ponownej rejestracji, po upływie okresu wskazanego w ustawie uchylanej w art. 460, przy spełnieniu warunków wynikających z niniejszej ustawy.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person who lost status under the 2004 Act for a set period may register again only after that old period ends, and must then meet the conditions of the 2025 Act.",
    },
    RuleInfo {
        id: "LOSS-OLD-ACT-PERIODS",
        section: "LOSS",
        source: Source::RepealedAct2004,
        article: Some("art. 33 ust. 4 pkt 3–4 of the repealed Act of 20 April 2004 (Dz.U. 2025 poz. 214)"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "odmówił bez uzasadnionej przyczyny przyjęcia propozycji odpowiedniej pracy lub innej formy pomocy określonej w ustawie lub poddania się badaniom lekarskim lub psychologicznym, mającym na celu ustalenie zdolności do pracy lub udziału w innej formie pomocy określonej w ustawie; pozbawienie statusu bezrobotnego następuje od dnia odmowy na okres: a) 120 dni w przypadku pierwszej odmowy, b) 180 dni w przypadku drugiej odmowy, c) 270 dni w przypadku trzeciej i każdej kolejnej odmowy; 3a) odmówił bez uzasadnionej przyczyny udziału w działaniach w ramach Programu Aktywizacja i Integracja, o którym mowa w art. 62a, realizowanych przez powiatowy urząd pracy, inne podmioty na jego zlecenie lub przez ośrodek pomocy społecznej, a w przypadku przekształcenia ośrodka pomocy społecznej w centrum usług społecznych na podstawie przepisów ustawy z dnia 19 lipca 2019 r. o realizowaniu usług społecznych przez centrum usług społecznych (Dz. U. poz. 1818) – centrum usług społecznych; pozbawienie statusu bezrobotnego następuje na okres wskazany w pkt 3; 4) nie stawił się w powiatowym urzędzie pracy w wyznaczonym terminie i nie powiadomił w okresie do 7 dni o uzasadnionej przyczynie tego niestawiennictwa; pozbawienie statusu bezrobotnego następuje od dnia niestawienia się w powiatowym urzędzie pracy odpowiednio na okres wskazany w pkt 3, w zależności od liczby niestawiennictw;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Under the repealed Act (last text), refusing a suitable job offer, another form of help or a medical or psychological examination without good reason, or not coming to the office on the day set without giving a reason within 7 days, cost the status from that day for 120 days the first time, 180 days the second and 270 days the third and every later time; the 120 days from day X cover X … X + 119, so registration is possible again from X + 120 (decision: to be confirmed at the office)",
    },
    // ---- OBL ----
    RuleInfo {
        id: "OBL-CONTACT-90D",
        section: "OBL",
        source: Source::Act2025,
        article: Some("art. 65 ust. 1 pkt 11"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "nie utrzymuje kontaktu z PUP co najmniej raz na 90 dni w celu potwierdzenia zainteresowania pomocą określoną w ustawie",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Keep in contact with the PUP at least once every 90 days to confirm interest in its help; the Act does not say how, and PUPs accept contact in person, by phone or online.",
    },
    RuleInfo {
        id: "OBL-NOTIFY-WORK-7D",
        section: "OBL",
        source: Source::Act2025,
        article: Some("art. 232"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Bezrobotny zawiadamia PUP w terminie 7 dni o podjęciu zatrudnienia, innej pracy zarobkowej lub o złożeniu wniosku o wpis do CEIDG oraz o zaistnieniu innych okoliczności powodujących utratę prawa do zasiłku.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Tell the PUP within 7 days about taking up a job or other paid work, applying for a CEIDG business entry, or anything else that ends the right to the benefit.",
    },
    RuleInfo {
        id: "OBL-NOTIFY-LOSS-7D",
        section: "OBL",
        source: Source::Act2025,
        article: Some("art. 67"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Bezrobotny zawiadamia PUP o okolicznościach powodujących utratę statusu bezrobotnego w terminie 7 dni od daty ich wystąpienia.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Tell the PUP within 7 days about anything that ends the unemployed status.",
    },
    RuleInfo {
        id: "OBL-ABROAD-2025",
        section: "OBL",
        source: Source::Act2025,
        article: Some("art. 229"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Bezrobotny, który w okresie nie dłuższym niż 30 dni przebywa za granicą, nie zostaje pozbawiony statusu bezrobotnego, jeżeli o zamierzonym pobycie za granicą zawiadomił PUP. Zasiłek za ten okres nie przysługuje. Całkowity okres zgłoszonego pobytu za granicą nie może przekroczyć łącznie 30 dni w okresie jednego roku kalendarzowego.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Notify the PUP before any stay abroad, which keeps the status only for stays of up to 30 days in total per calendar year, with no benefit paid for those days.",
    },
    RuleInfo {
        id: "OBL-INCOME-7D",
        section: "OBL",
        source: Source::Act2025,
        article: Some("art. 231 ust. 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Bezrobotny przesyła do właściwego PUP: 1) oświadczenie o przychodach, 2) inne dokumenty niezbędne do ustalenia uprawnień do świadczeń przewidzianych w ustawie – w terminie 7 dni od dnia uzyskania tych przychodów, przy czym przepis art. 62 ust. 1 stosuje się odpowiednio.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Send the PUP a declaration of income (przychody) and the documents needed to set the benefits within 7 days of receiving that income.",
    },
    RuleInfo {
        id: "OBL-SICKNESS-2D",
        section: "OBL",
        source: Source::Act2025,
        article: Some("art. 239 ust. 2"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Bezrobotny zawiadamia PUP o niezdolności do pracy w terminie 2 dni od dnia wystawienia zaświadczenia lekarskiego, o którym mowa w art. 55 ust. 1 albo art. 55a ust. 6 albo 7 ustawy z dnia 25 czerwca 1999 r. o świadczeniach pieniężnych z ubezpieczenia społecznego w razie choroby i macierzyństwa, oraz dostarcza do PUP wydruk zaświadczenia lekarskiego albo zaświadczenie lekarskie, o których mowa w art. 55a ust. 6 albo 7 tej ustawy, w terminie 7 dni od dnia jego otrzymania.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Tell the PUP about incapacity for work within 2 days of the sick note being issued and deliver the sick note or its printout within 7 days of receiving it (failing that, status is lost from the first day of incapacity, art. 65 ust. 1 pkt 8).",
    },
    RuleInfo {
        id: "OBL-REPAY-30D",
        section: "OBL",
        source: Source::Act2025,
        article: Some("art. 246 ust. 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Osoba, która pobrała nienależne świadczenie pieniężne, jest obowiązana do zwrotu w terminie 30 dni od dnia doręczenia decyzji starosty w przedmiocie obowiązku zwrotu nienależnie pobranego świadczenia pieniężnego, kwoty otrzymanego świadczenia wraz z przekazaną od tego świadczenia zaliczką na podatek dochodowy od osób fizycznych oraz składką na ubezpieczenie zdrowotne.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A benefit received without entitlement must be repaid, with the income-tax advance and health contribution paid on it, within 30 days of the starosta's repayment decision being delivered.",
    },
    // ---- BEN ----
    RuleInfo {
        id: "BEN-FROM-REGISTRATION",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 218 ust. 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Prawo do zasiłku przysługuje bezrobotnemu za każdy dzień kalendarzowy od dnia zarejestrowania się w PUP, z wyjątkiem art. 219 i art. 220",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The benefit is due for every calendar day from the registration day itself, with no waiting period, unless art. 219 (no benefit) or art. 220 (later start) applies.",
    },
    RuleInfo {
        id: "BEN-365-18",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 218 ust. 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "jeżeli w okresie 18 miesięcy bezpośrednio poprzedzających dzień zarejestrowania, łącznie przez okres co najmniej 365 dni",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The benefit requires qualifying periods of at least 365 days in total within the 18 months directly before the registration day.",
    },
    RuleInfo {
        id: "BEN-PRISON",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 218 ust. 3"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Prawo do zasiłku przysługuje bezrobotnym zwolnionym z zakładów karnych i aresztów śledczych, zarejestrowanym w okresie 30 dni od dnia zwolnienia, jeżeli suma okresów, o których mowa w ust. 1 i 2, przypadających w okresie 18 miesięcy przed ostatnim pozbawieniem wolności oraz wykonywania pracy w okresie pozbawienia wolności wynosiła co najmniej 365 dni, przy czym podstawę wymiaru składek na ubezpieczenia społeczne i Fundusz Pracy stanowiła kwota w wysokości co najmniej minimalnego wynagrodzenia za pracę.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person released from prison or pre-trial detention who registers within 30 days of release qualifies if the qualifying periods in the 18 months before the last imprisonment plus work done in prison (on a contribution base of at least the minimum wage) total at least 365 days.",
    },
    RuleInfo {
        id: "BEN-MILITARY",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 218 ust. 4"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Prawo do zasiłku przysługuje bezrobotnym zwolnionym z zasadniczej służby wojskowej lub okresowej służby wojskowej, jeżeli okres jej odbywania wynosił co najmniej 240 dni i przypadał w okresie 18 miesięcy poprzedzających dzień zarejestrowania się w PUP.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person discharged from basic or periodic military service qualifies if that service lasted at least 240 days within the 18 months before the registration day.",
    },
    RuleInfo {
        id: "BEN-NO-REUSE",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 218 ust. 5"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Okresy wymienione w ust. 1 i 2, które stanowiły już raz podstawę do nabycia prawa do zasiłku, nie mogą być ponownie uwzględnione do 365 dni, o których mowa w ust. 1, z wyjątkiem nabycia prawa do zasiłku na okres uzupełniający w trybie art. 226 ust. 3.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Periods that were already the basis of an earlier benefit do not count again towards the 365 days, except for the remaining benefit period under art. 226 ust. 3.",
    },
    RuleInfo {
        id: "BEN-NOT-OWN-NOTICE",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 219 ust. 1 pkt 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Prawo do zasiłku nie przysługuje bezrobotnemu, który przed rejestracją w PUP: 1) rozwiązał ostatni stosunek pracy lub stosunek służbowy za wypowiedzeniem, chyba że rozwiązanie stosunku pracy lub stosunku służbowego za wypowiedzeniem nastąpiło z powodu zmiany miejsca zamieszkania lub pracownik rozwiązał umowę o pracę w trybie art. 55 § 1 i 1¹ ustawy z dnia 26 czerwca 1974 r. – Kodeks pracy",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "No benefit at all for a person who ended their last employment or service relationship by their own notice, unless because of a change of residence or under art. 55 § 1 or § 1¹ of the Labour Code.",
    },
    RuleInfo {
        id: "BEN-NOT-DISCIPLINARY",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 219 ust. 1 pkt 2"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "spowodował rozwiązanie z własnej winy ostatniego stosunku pracy lub stosunku służbowego bez wypowiedzenia",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "No benefit at all for a person whose last employment or service relationship was terminated without notice through their own fault.",
    },
    RuleInfo {
        id: "BEN-NOT-REFERRED-JOB",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 219 ust. 1 pkt 3"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "rozwiązał ostatni stosunek pracy zawarty na podstawie skierowania przez starostę do pracodawcy otrzymującego w związku z tym skierowaniem środki z Funduszu Pracy",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "No benefit at all for a person who ended their last employment when it came from a starosta referral to an employer paid from the Labour Fund for it.",
    },
    RuleInfo {
        id: "BEN-LAST-JOB-BASIS",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 219 ust. 2"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Przepisu ust. 1 nie stosuje się w przypadku gdy ostatni stosunek pracy lub stosunek służbowy nie stanowi podstawy nabycia prawa do zasiłku.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The three exclusions of art. 219 ust. 1 do not apply when the last employment or service relationship is not a basis of the entitlement; which reading of \"basis\" applies (counted in the 365 days, or needed to reach them) is not settled (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "BEN-FOREIGNER",
        section: "BEN",
        source: Source::Act2025Other,
        article: Some("art. 245 ust. 1–2"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Na zasadach określonych w ustawie zasiłek i inne świadczenia z tytułu bezrobocia przysługują osobom, o których mowa w art. 1 ust. 3 pkt 1, pkt 2 lit. a–j oraz l oraz pkt 3, 5 i 6. 2. Na zasadach określonych w ustawie zasiłek przysługuje osobom, o których mowa w art. 1 ust. 3 pkt 2 lit. n.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The benefit is due to Polish citizens and to the foreigners of art. 1 ust. 3 pkt 2 lit. a–j, l and n and pkt 3, 5 and 6; a foreigner admitted as unemployed under lit. k or p gets no benefit.",
    },
    RuleInfo {
        id: "BEN-LENGTH",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 225 ust. 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Okres pobierania zasiłku wynosi: 1) 180 dni albo 2) 365 dni – dla bezrobotnych:",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The benefit lasts 180 days, or 365 days for people with a disability, Large Family Card holders, people over 50 with at least 20 years of qualifying periods, a parent of a dependent child whose spouse is also unemployed and has exhausted their benefit, and single parents, shortened by the periods of art. 225 ust. 3.",
    },
    RuleInfo {
        id: "BEN-RESUME-14D",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 226 ust. 1–2"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Bezrobotny, który utracił status bezrobotnego na okres krótszy niż 365 dni z powodu podjęcia zatrudnienia, innej pracy zarobkowej, pozarolniczej działalności, lub uzyskiwania przychodu w wysokości przekraczającej połowę minimalnego wynagrodzenia za pracę miesięcznie i zarejestrował się w PUP jako bezrobotny w okresie 14 dni od dnia ustania zatrudnienia, zaprzestania wykonywania innej pracy zarobkowej, prowadzenia pozarolniczej działalności, pobierania zasiłku chorobowego, macierzyńskiego lub zasiłku w wysokości zasiłku macierzyńskiego po ustaniu zatrudnienia, zaprzestaniu wykonywania innej pracy zarobkowej, prowadzenia pozarolniczej działalności, lub uzyskiwania przychodu przekraczającego połowę minimalnego wynagrodzenia za pracę miesięcznie, posiada prawo do zasiłku na okres skrócony o okres pobierania zasiłku przed utratą statusu bezrobotnego oraz o okresy, o których mowa w art. 225 ust. 3. 2. W przypadku: 1) powołania do i zwolnienia z zawodowej służby wojskowej, zasadniczej służby wojskowej, służby w aktywnej rezerwie w dniach tej służby, odbywania ćwiczeń wojskowych w ramach pasywnej rezerwy lub służby wojskowej pełnionej w razie ogłoszenia mobilizacji i w czasie wojny oraz służby zastępczej, a także stawienia się do i zwolnienia z terytorialnej służby wojskowej pełnionej rotacyjnie, 2) bezrobotnych odbywających szkolenia lub staże organizowane przez inny podmiot niż PUP, 3) personelu obrony cywilnej, o którym mowa w ustawie z dnia 5 grudnia 2024 r. o ochronie ludności i obronie cywilnej, w czasie wykonywania zadań obrony cywilnej – przepis ust. 1 stosuje się odpowiednio.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person who had the benefit, lost the status for less than 365 days by taking up work, other paid work, a business or an income above half the minimum wage (or a service or training of ust. 2) and registers within 14 days after it ended (or after a sickness or maternity benefit that followed it) has the right to the rest of the benefit — the period shortened by the benefit drawn before and by the periods of art. 225 ust. 3 — whatever the 18 months hold now; the 14 days are counted from the day after the end, and the exclusions of art. 219 are not applied since the last job is not the basis of this right (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "BEN-SUPPLEMENT",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 226 ust. 3, art. 218 ust. 5"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Osoba, która utraciła na okres krótszy niż 365 dni status bezrobotnego, a w dniu kolejnej rejestracji spełnia warunki określone w art. 218, uzyskuje prawo do zasiłku na okres skrócony o poprzedni okres pobierania zasiłku oraz o okresy, o których mowa w art. 225 ust. 3.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person who had the benefit, lost the status for less than 365 days and meets art. 218 on the new registration day gets the benefit for the period shortened by the benefit drawn before; for this supplementary period the periods already used for the earlier benefit count again (art. 218 ust. 5); less than 365 days = registered again at most 364 days after the day the status was lost (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "BEN-DOCUMENTED-LATER",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 221"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "W przypadku udokumentowania przez bezrobotnego okresu uprawniającego do zasiłku po dniu zarejestrowania się w PUP, jednak w okresie posiadania statusu bezrobotnego, prawo do zasiłku przysługuje od dnia udokumentowania tego prawa na okres, o którym mowa w art. 225 ust. 1.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person who documents a qualifying period only after the registration day, while still unemployed, gets the benefit from the day the right is documented, for the full period of art. 225 ust. 1: the first day shown is then the earliest possible one.",
    },
    RuleInfo {
        id: "BEN-LENGTH-SHORTENED",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 225 ust. 3"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Okres pobierania zasiłku, o którym mowa w ust. 1 i 2, ulega skróceniu o okres zatrudnienia w ramach prac interwencyjnych, robót publicznych, odbywania szkolenia oraz stażu, przypadających na okres, w którym przysługiwałby zasiłek, oraz o okresy nieprzysługiwania zasiłku, o których mowa w art. 220 ust. 1 i 2 oraz art. 229.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The benefit is paid for the period of art. 225 ust. 1 less the days without benefit after registration under art. 220 (from the registration day to the first day of benefit) and, under art. 226, less the benefit drawn before; intervention works, public works, training, internships and days abroad (art. 229) that may come later also shorten it and are told beside it.",
    },
    RuleInfo {
        id: "BEN-AMOUNT",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 224 ust. 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Wysokość zasiłku wynosi: 1) 1662,00 zł w okresie pierwszych 90 dni posiadania prawa do zasiłku; 2) 1305,20 zł w okresie kolejnych dni posiadania prawa do zasiłku.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The statute sets one higher monthly amount for the first 90 days of entitlement and a lower one after that (1662.00 and 1305.20 zł before indexation; see the indexation rule for the amounts paid).",
    },
    RuleInfo {
        id: "BEN-AMOUNT-120",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 224 ust. 2"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Bezrobotnemu, którego łączne okresy wymienione w art. 218 ust. 1, ust. 2 pkt 1, 2, 4 i 5 wynoszą co najmniej 20 lat, przysługuje zasiłek w wysokości 120 % kwoty zasiłku określonego w ust. 1.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person whose qualifying periods (art. 218 ust. 1 and ust. 2 pkt 1, 2, 4 and 5) total at least 20 years gets 120% of the amount.",
    },
    RuleInfo {
        id: "BEN-INDEXATION",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 228 ust. 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Zasiłek podlega corocznej waloryzacji z dniem 1 czerwca o średnioroczny wskaźnik cen towarów i usług konsumpcyjnych ogółem w poprzednim roku.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The amounts are indexed every 1 June by the previous year's consumer price index, so the amounts paid are 1721.90 / 1352.20 zł from 2025-06-01 (M.P. 2025 poz. 510) and 1783.90 / 1400.90 zł from 2026-06-01 (M.P. 2026 poz. 268).",
    },
    RuleInfo {
        id: "BEN-DAY-COUNT",
        section: "BEN",
        source: Source::Act2025,
        article: Some("art. 227"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Do obliczania okresu przysługiwania zasiłku nie stosuje się ustawy z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego w zakresie dotyczącym terminów oraz ustawy z dnia 23 kwietnia 1964 r. – Kodeks cywilny (Dz. U. z 2024 r. poz. 1061 i 1237) w zakresie dotyczącym sposobu obliczania terminów.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The KPA and Civil Code rules on counting time limits do not apply to the benefit's periods, and the Act names no replacement, so the day the checker counts as the end of \"90 days\" and similar periods is a project convention (decision: to be confirmed at the office)",
    },
    // ---- Q ----
    RuleInfo {
        id: "Q-EMPLOYMENT",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 1 pkt 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "był zatrudniony i osiągał wynagrodzenie w kwocie co najmniej minimalnego wynagrodzenia za pracę, od którego istnieje obowiązek opłacania składki na Fundusz Pracy, z wyjątkiem zwolnienia ze składki kategorii osób, o których mowa w art. 261–265; w okresie tym nie uwzględnia się okresów urlopów bezpłatnych trwających łącznie dłużej niż 30 dni",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Employment with pay of at least the minimum wage subject to the Labour Fund contribution counts (categories exempted under art. 261–265 too), but unpaid leave of more than 30 days in total is left out.",
    },
    RuleInfo {
        id: "Q-OUTWORK",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 1 pkt 2"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "wykonywał pracę na podstawie umowy o pracę nakładczą i osiągał z tego tytułu dochód w wysokości co najmniej minimalnego wynagrodzenia za pracę",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Outwork (umowa o pracę nakładczą) with income of at least the minimum wage counts.",
    },
    RuleInfo {
        id: "Q-CIVIL-CONTRACT-2025",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 1 pkt 3"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "świadczył usługi na podstawie umów cywilnoprawnych, w tym umowy agencyjnej, umowy zlecenia, umowy o dzieło lub umowy o świadczenie usług, do której stosuje się odpowiednio przepisy o zleceniu, albo współpracował przy wykonywaniu tych umów, za które powinny być opłacone składki na ubezpieczenia społeczne i Fundusz Pracy, z wyjątkiem art. 261, przy czym podstawę wymiaru tych składek stanowiła kwota co najmniej minimalnego wynagrodzenia za pracę w przeliczeniu na okres pełnego miesiąca",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Civil-law contracts (agency, mandate, specific-task or service contracts, or cooperating on them) count if social-insurance and Labour Fund contributions were due on a base of at least the minimum wage per full month.",
    },
    RuleInfo {
        id: "Q-BUSINESS",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 1 pkt 4"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "opłacał składki na ubezpieczenia społeczne i Fundusz Pracy z tytułu prowadzenia pozarolniczej działalności, z wyjątkiem art. 261, przy czym podstawę wymiaru tych składek stanowiła kwota co najmniej minimalnego wynagrodzenia za pracę",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Running a non-agricultural business counts for the periods in which social-insurance and Labour Fund contributions were paid on a base of at least the minimum wage.",
    },
    RuleInfo {
        id: "Q-PRISON-WORK-2025",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 1 pkt 5"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "wykonywał pracę w okresie tymczasowego aresztowania lub odbywania kary pozbawienia wolności, przy czym podstawę wymiaru składek na ubezpieczenia społeczne i Fundusz Pracy stanowiła kwota co najmniej minimalnego wynagrodzenia za pracę",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Work during pre-trial detention or a prison sentence counts if the contribution base was at least the full minimum wage.",
    },
    RuleInfo {
        id: "Q-AGRI-COOP",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 1 pkt 6"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "wykonywał pracę w rolniczej spółdzielni produkcyjnej, spółdzielni kółek rolniczych lub spółdzielni usług rolniczych, będąc członkiem tej spółdzielni, przy czym podstawę wymiaru składek na ubezpieczenia społeczne i Fundusz Pracy stanowiła kwota co najmniej minimalnego wynagrodzenia za pracę",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Work as a member of an agricultural production, farmers' circle or agricultural services cooperative counts if the contribution base was at least the minimum wage.",
    },
    RuleInfo {
        id: "Q-ABROAD-2025",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 1 pkt 7"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "opłacał składkę na Fundusz Pracy w związku z pracą za granicą u pracodawcy zagranicznego w państwie niewymienionym w art. 1 ust. 3 pkt 2 lit. a–d, w wysokości 9,75 % przeciętnego wynagrodzenia za każdy miesiąc zatrudnienia",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Work for a foreign employer outside the EU, EEA, Switzerland and the UK counts if the Labour Fund contribution of 9.75% of the average wage was paid for each month.",
    },
    RuleInfo {
        id: "Q-REPATRIATE",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 1 pkt 8"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "był zatrudniony za granicą i przybył do Rzeczypospolitej Polskiej jako repatriant",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Employment abroad counts for a person who came to Poland as a repatriate.",
    },
    RuleInfo {
        id: "Q-OTHER-PAID-WORK",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 1 pkt 9"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "był zatrudniony, pełnił służbę lub wykonywał inną pracę zarobkową i osiągał wynagrodzenie lub dochód, od którego istnieje obowiązek opłacania składki na Fundusz Pracy",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Any other employment, service or paid work with pay or income subject to the Labour Fund contribution counts.",
    },
    RuleInfo {
        id: "Q-MILITARY-2025",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 2 pkt 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "2. Do 365 dni, o których mowa w ust. 1, zalicza się również okresy: 1) zawodowej służby wojskowej, zasadniczej służby wojskowej, terytorialnej służby wojskowej pełnionej rotacyjnie, służby w aktywnej rezerwie w dniach tej służby, odbywania ćwiczeń wojskowych w ramach pasywnej rezerwy, służby wojskowej pełnionej w razie ogłoszenia mobilizacji i w czasie wojny lub służby zastępczej oraz służby w charakterze personelu obrony cywilnej, o którym mowa w ustawie z dnia 5 grudnia 2024 r. o ochronie ludności i obronie cywilnej (Dz. U. poz. 1907), skierowanego przez właściwy organ obrony cywilnej do wykonania zadań w czasie stanu wojennego i w czasie wojny, a także służby w charakterze funkcjonariusza, o którym mowa w ustawie z dnia 18 lutego 1994 r. o zaopatrzeniu emerytalnym funkcjonariuszy Policji, Agencji Bezpieczeństwa Wewnętrznego, Agencji Wywiadu, Służby Kontrwywiadu Wojskowego, Służby Wywiadu Wojskowego, Centralnego Biura Antykorupcyjnego, Straży Granicznej, Straży Marszałkowskiej, Służby Ochrony Państwa, Państwowej Straży Pożarnej, Służby Celno-Skarbowej i Służby Więziennej oraz ich rodzin;",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Professional, basic, rotational territorial, active-reserve and mobilisation or wartime military service, passive-reserve exercises, alternative service, wartime civil-defence service and service as an officer of the uniformed services count.",
    },
    RuleInfo {
        id: "Q-PARENTAL-LEAVE",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 2 pkt 2"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "urlopu wychowawczego udzielonego na podstawie odrębnych przepisów",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Parental leave (urlop wychowawczy) counts.",
    },
    RuleInfo {
        id: "Q-PENSION-SICKNESS-2025",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 2 pkt 3"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "pobierania renty z tytułu niezdolności do pracy, renty inwalidzkiej przyznawanej na podstawie ustawy z dnia 18 lutego 1994 r. o zaopatrzeniu emerytalnym funkcjonariuszy Policji, Agencji Bezpieczeństwa Wewnętrznego, Agencji Wywiadu, Służby Kontrwywiadu Wojskowego, Służby Wywiadu Wojskowego, Centralnego Biura Antykorupcyjnego, Straży Granicznej, Straży Marszałkowskiej, Służby Ochrony Państwa, Państwowej Straży Pożarnej, Służby Celno-Skarbowej i Służby Więziennej oraz ich rodzin lub ustawy z dnia 10 grudnia 1993 r. o zaopatrzeniu emerytalnym żołnierzy zawodowych oraz ich rodzin, renty szkoleniowej oraz przypadające po ustaniu zatrudnienia, wykonywania innej pracy zarobkowej albo zaprzestaniu prowadzenia pozarolniczej działalności okresy pobierania zasiłku chorobowego, zasiłku macierzyńskiego, zasiłku w wysokości zasiłku macierzyńskiego lub świadczenia rehabilitacyjnego, jeżeli podstawę wymiaru tych zasiłków i świadczenia, z uwzględnieniem kwoty składek na ubezpieczenia społeczne, stanowiła kwota wynosząca co najmniej minimalne wynagrodzenie za pracę",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A disability, uniformed-services disability or training pension counts, and so do sickness, maternity, maternity-equivalent or rehabilitation benefits received after work ended, if their base including social contributions was at least the minimum wage.",
    },
    RuleInfo {
        id: "Q-COMPENSATION",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 2 pkt 5"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "za które przyznano odszkodowanie z tytułu niezgodnego z przepisami rozwiązania przez pracodawcę stosunku pracy lub stosunku służbowego, oraz okres, za który wypłacono pracownikowi odszkodowanie z tytułu skrócenia okresu wypowiedzenia umowy o pracę",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A period covered by compensation for an unlawful termination by the employer, or by compensation for a shortened notice period, counts.",
    },
    RuleInfo {
        id: "Q-OTHER-CONTRIBUTIONS",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 2 pkt 4"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "niewymienione w ust. 1, za które były opłacane składki na ubezpieczenia społeczne i Fundusz Pracy, jeżeli podstawę wymiaru składek stanowiła kwota wynosząca co najmniej minimalne wynagrodzenie za pracę",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Any other period, not listed in ust. 1, for which social-insurance and Labour Fund contributions were paid on a base of at least the minimum wage counts.",
    },
    RuleInfo {
        id: "Q-NANNY-CONTRACT",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 2 pkt 6"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "świadczenia usług na podstawie umowy uaktywniającej, o której mowa w art. 50 ustawy z dnia 4 lutego 2011 r. o opiece nad dziećmi w wieku do lat 3",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Services as a nanny under an activation contract (umowa uaktywniająca) count.",
    },
    RuleInfo {
        id: "Q-FAMILY-PENSION-CHOSEN",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 2 pkt 7"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "pobierania renty rodzinnej, w przypadku gdy nastąpił zbieg prawa do tej renty z prawem do renty z tytułu niezdolności do pracy i wybrano pobieranie renty rodzinnej",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Drawing a family pension counts where the person also had a right to a disability pension and chose the family pension.",
    },
    RuleInfo {
        id: "Q-UNIFORMED-FAMILY-BENEFIT-CHOSEN",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 2 pkt 8"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "pobierania świadczenia pieniężnego przysługującego członkom rodziny funkcjonariuszy lub żołnierzy zawodowych w przypadku gdy nastąpił zbieg prawa do tego świadczenia z prawem do emerytury lub renty z tytułu niezdolności do pracy, o których mowa w ustawie z dnia 17 grudnia 1998 r. o emeryturach i rentach z Funduszu Ubezpieczeń Społecznych",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Drawing the cash benefit for family members of officers or professional soldiers counts where the person also had a right to a FUS old-age or disability pension.",
    },
    RuleInfo {
        id: "Q-CHILD-CARE-INSURED",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 2 pkt 9"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "sprawowania osobistej opieki nad dzieckiem przez osoby, o których mowa w art. 6a ust. 1 ustawy z dnia 13 października 1998 r. o systemie ubezpieczeń społecznych",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Personal care of a child by a person referred to in art. 6a ust. 1 of the Social Insurance System Act counts.",
    },
    RuleInfo {
        id: "Q-CARE-BENEFIT",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 2 pkt 10"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "pobierania świadczenia pielęgnacyjnego lub specjalnego zasiłku opiekuńczego na podstawie ustawy z dnia 28 listopada 2003 r. o świadczeniach rodzinnych, lub zasiłku dla opiekuna na podstawie ustawy z dnia 4 kwietnia 2014 r. o ustaleniu i wypłacie zasiłków dla opiekunów",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Drawing the nursing benefit (świadczenie pielęgnacyjne), the special care allowance or the carer's allowance counts.",
    },
    RuleInfo {
        id: "Q-COVID-REDUCED-HOURS",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 2 pkt 11"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "zatrudnienia z wynagrodzeniem poniżej minimalnego wynagrodzenia za pracę miesięcznie w przypadku osób, którym na podstawie art. 15g ustawy z dnia 2 marca 2020 r. o szczególnych rozwiązaniach związanych z zapobieganiem, przeciwdziałaniem i zwalczaniem COVID-19, innych chorób zakaźnych oraz wywołanych nimi sytuacji kryzysowych (Dz. U. z 2024 r. poz. 340, 1089, 1222, 1473 i 1717 oraz z 2025 r. poz. 179), obniżono wymiar czasu pracy, co skutkowało obniżeniem wysokości wynagrodzenia poniżej minimalnego wynagrodzenia za pracę, jeżeli przed wskazanym obniżeniem wymiaru czasu pracy osiągały miesięcznie wynagrodzenie w kwocie co najmniej minimalnego wynagrodzenia za pracę",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Employment whose pay fell below the minimum wage because working time was reduced under art. 15g of the COVID-19 Act counts if the pay was at least the minimum wage before; obsolete in practice, as such reductions ended before any 18-month window of this Act begins, so the questionnaire does not offer it (decision 82).",
    },
    RuleInfo {
        id: "Q-PENSION-INSURANCE-ART-6C",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 2 pkt 12"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "podlegania obowiązkowo ubezpieczeniom emerytalnemu i rentowym, zgodnie z art. 6c ust. 1 ustawy z dnia 13 października 1998 r. o systemie ubezpieczeń społecznych",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Periods of compulsory pension and disability insurance under art. 6c ust. 1 of the Social Insurance System Act count.",
    },
    RuleInfo {
        id: "Q-CONTRIBUTIONS-ART-16",
        section: "Q",
        source: Source::Act2025,
        article: Some("art. 218 ust. 2 pkt 13"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "finansowania składek za ubezpieczonego ze środków, o których mowa w art. 16 ust. 4a ustawy z dnia 13 października 1998 r. o systemie ubezpieczeń społecznych, przy czym podstawę wymiaru składek na ubezpieczenia społeczne i Fundusz Pracy stanowiła kwota co najmniej minimalnego wynagrodzenia za pracę",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Periods in which the insured person's contributions were financed from the funds of art. 16 ust. 4a of the Social Insurance System Act count if the base was at least the minimum wage.",
    },
    // ---- DEFER ----
    RuleInfo {
        id: "DEFER-NOTICE-COMPENSATION",
        section: "DEFER",
        source: Source::Act2025,
        article: Some("art. 220 ust. 1 pkt 1, ust. 2 pkt 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Prawo do zasiłku od dnia zarejestrowania w PUP nie przysługuje bezrobotnemu, który: 1) otrzymał odszkodowanie za skrócenie okresu wypowiedzenia umowy o pracę",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person who received compensation for a shortened notice period gets the benefit only after the period that compensation covers (ust. 2 pkt 1).",
    },
    RuleInfo {
        id: "DEFER-SEVERANCE",
        section: "DEFER",
        source: Source::Act2025,
        article: Some("art. 220 ust. 1 pkt 2, ust. 2 pkt 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "otrzymał przewidziane w odrębnych przepisach świadczenie w postaci jednorazowego ekwiwalentu pieniężnego za urlop górniczy, jednorazowej odprawy socjalnej, zasiłkowej, pieniężnej po zasiłku socjalnym, jednorazowej odprawy warunkowej lub odprawy pieniężnej bezwarunkowej",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person who received a miner's leave cash equivalent or one of the listed one-off severance payments gets the benefit only after the period that payment covers (ust. 2 pkt 1).",
    },
    RuleInfo {
        id: "DEFER-INTERNSHIP",
        section: "DEFER",
        source: Source::Act2025,
        article: Some("art. 220 ust. 1 pkt 3, ust. 2 pkt 2"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "odbywa odpłatną praktykę absolwencką i otrzymuje z tego tytułu miesięczne świadczenie pieniężne w wysokości przekraczającej połowę minimalnego wynagrodzenia za pracę",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person on a paid graduate internship paying more than half the minimum wage a month gets the benefit only after the internship and that payment end (ust. 2 pkt 2).",
    },
    RuleInfo {
        id: "DEFER-SUSPENDED-BUSINESS",
        section: "DEFER",
        source: Source::Act2025,
        article: Some("art. 220 ust. 1 pkt 4, ust. 2 pkt 3"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "zarejestrował się jako bezrobotny w okresie, zgłoszonego do CEIDG, zawieszenia wykonywania działalności gospodarczej, jeśli okres prowadzenia tej działalności stanowi podstawę lub jest uwzględniany do nabycia prawa do zasiłku",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person who registers while their business is suspended in CEIDG, when that business is a basis of the entitlement, gets the benefit only after 90 days from registration (ust. 2 pkt 3) (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "DEFER-MUTUAL-AGREEMENT",
        section: "DEFER",
        source: Source::Act2025,
        article: Some("art. 220 ust. 1 pkt 5, ust. 2 pkt 3"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "rozwiązał ostatni stosunek pracy lub stosunek służbowy na mocy porozumienia stron, chyba że porozumienie stron nastąpiło z powodu zmiany miejsca zamieszkania lub z powodu upadłości, likwidacji pracodawcy lub zmniejszenia zatrudnienia z przyczyn dotyczących zakładu pracy",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person whose last employment or service relationship ended by mutual agreement gets the benefit only after 90 days from registration (ust. 2 pkt 3), unless the agreement was due to a change of residence, the employer's bankruptcy or liquidation, or redundancy for reasons concerning the employer (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "DEFER-FORM-OF-HELP",
        section: "DEFER",
        source: Source::Act2025,
        article: Some("art. 220 ust. 1 pkt 6, ust. 2 pkt 4"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "z własnej winy po skierowaniu przez PUP lub zawarciu umowy nie podjął albo przerwał realizację formy pomocy, chyba że powodem niepodjęcia albo przerwania realizacji było podjęcie zatrudnienia, innej pracy zarobkowej lub działalności gospodarczej",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person who through their own fault did not take up or interrupted a referred or contracted form of help gets the benefit only after the 90-day period of art. 65 ust. 1 pkt 2 (ust. 2 pkt 4); whether a job offer counts as such a referral is not settled (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "DEFER-SOCIALLY-USEFUL-WORK",
        section: "DEFER",
        source: Source::Act2025,
        article: Some("art. 220 ust. 1 pkt 7, ust. 2 pkt 5"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "odmówił bez uzasadnionej przyczyny propozycji prac społecznie użytecznych",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person who refused socially useful work without good reason gets the benefit only after the 90-day period of art. 65 ust. 1 pkt 3 (ust. 2 pkt 5) (decision: to be confirmed at the office)",
    },
    RuleInfo {
        id: "DEFER-IPD",
        section: "DEFER",
        source: Source::Act2025,
        article: Some("art. 220 ust. 1 pkt 8, ust. 2 pkt 6"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "odmówił udziału w przygotowaniu IPD",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person who refused to take part in preparing an individual action plan (IPD) gets the benefit only after the 90-day period of art. 65 ust. 1 pkt 12 (ust. 2 pkt 6) (decision: to be confirmed at the office)",
    },
    // ---- DOC ----
    RuleInfo {
        id: "DOC-ID-2025",
        section: "DOC",
        source: Source::Act2025,
        article: Some("art. 55 ust. 6"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Osoba ubiegająca się o zarejestrowanie jako bezrobotny albo poszukujący pracy w trybie określonym w ust. 2 pkt 2, do wniosku o rejestrację jako bezrobotny albo poszukujący pracy przedkłada do wglądu pracownikowi PUP dokonującemu rejestracji dowód osobisty, a w przypadku jego braku – inny dokument potwierdzający tożsamość oraz dokumenty, o których mowa w ust. 5.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "In person, show the PUP employee an identity card (or, without one, another identity document) together with the documents of art. 55 ust. 5; online, identity comes from the signature.",
    },
    RuleInfo {
        id: "DOC-PESEL-2025",
        section: "DOC",
        source: Source::Act2025,
        article: Some("art. 55 ust. 3 pkt 3"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "numer PESEL, a w przypadku jego braku – datę i miejsce urodzenia, płeć, rodzaj, serię i numer dokumentu potwierdzającego tożsamość",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The application gives the PESEL number or, without one, the date and place of birth, sex and the type, series and number of an identity document.",
    },
    RuleInfo {
        id: "DOC-EDUCATION",
        section: "DOC",
        source: Source::Act2025,
        article: Some("art. 55 ust. 5 pkt 1"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "świadectw ukończenia szkoły, dyplomów lub innych dokumentów potwierdzających kwalifikacje lub zaświadczeń o ukończeniu szkolenia",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "School certificates, diplomas and other qualification or training certificates are attached as scans online or shown in person (ust. 6).",
    },
    RuleInfo {
        id: "DOC-WORK-CERTS",
        section: "DOC",
        source: Source::Act2025,
        article: Some("art. 55 ust. 5 pkt 2"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "świadectw pracy i innych dokumentów niezbędnych do ustalenia jej uprawnień przysługujących na podstawie przepisów ustawy",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Employment certificates (świadectwa pracy) and other documents needed to establish entitlements are attached as scans online or shown in person (ust. 6).",
    },
    RuleInfo {
        id: "DOC-CONTRAINDICATIONS",
        section: "DOC",
        source: Source::Act2025,
        article: Some("art. 55 ust. 5 pkt 3"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "dokumentów stwierdzających przeciwwskazania do wykonywania określonych prac, jeżeli takie posiada",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "Documents stating medical contraindications to certain work, if the person has them, are attached as scans online or shown in person (ust. 6).",
    },
    RuleInfo {
        id: "DOC-DISABILITY",
        section: "DOC",
        source: Source::Act2025,
        article: Some("art. 55 ust. 7"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Osoba niepełnosprawna ubiegająca się o zarejestrowanie jako bezrobotny albo poszukujący pracy w trybie określonym w: 1) ust. 2 pkt 1, oprócz dokumentów, o których mowa w ust. 1, dołącza do wniosku o rejestrację jako bezrobotny albo poszukujący pracy odwzorowanie cyfrowe dokumentów potwierdzających rodzaj i stopień niepełnosprawności; 2) ust. 2 pkt 2 przedkłada do wglądu pracownikowi PUP dokonującemu rejestracji dokumenty potwierdzające rodzaj i stopień niepełnosprawności.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "A person with a disability attaches scans of the documents confirming the type and degree of disability online, or shows them to the PUP employee in person.",
    },
    RuleInfo {
        id: "DOC-DECLARATIONS-2025",
        section: "DOC",
        source: Source::Act2025,
        article: Some("art. 55 ust. 9"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Do wniosku o rejestrację jako bezrobotny dołącza się oświadczenia o: 1) zdolności i gotowości do podjęcia zatrudnienia w pełnym wymiarze czasu pracy obowiązującym w danym zawodzie lub w danej służbie albo innej pracy zarobkowej albo jeżeli jest osobą niepełnosprawną, zdolną i gotową do podjęcia zatrudnienia co najmniej w połowie tego wymiaru czasu pracy; 2) braku stałego źródła dochodu.",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The application comes with two declarations, of being able and ready to work (full time, or half time with a disability) and of having no stable source of income, made under penalty of perjury (ust. 10).",
    },
    RuleInfo {
        id: "DOC-APPLICATION",
        section: "DOC",
        source: Source::Act2025,
        article: Some("art. 55 ust. 3"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "Wniosek o rejestrację jako bezrobotny zawiera następujące dane:",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The registration application (which replaces the registration card) gives the 24 data items of art. 55 ust. 3, among them personal and contact data, family situation, education, work history, how the last employment ended and the facts needed to establish status.",
    },
    RuleInfo {
        id: "DOC-PAYMENT-ACCOUNT",
        section: "DOC",
        source: Source::Act2025,
        article: Some("art. 55 ust. 3 pkt 22"),
        #[cfg(not(target_arch = "wasm32"))]
        quote: "numer rachunku płatniczego, w celu przekazywania przyznanych świadczeń",
        #[cfg(not(target_arch = "wasm32"))]
        summary: "The application gives a payment account number, because the benefit is paid only to a payment account, monthly in arrears (art. 237 ust. 1 pkt 1).",
    },
];
