# Polish: the reference text of every message of the app.
# Variables: { $v0 }, { $v1 } … are filled by the app (dates and amounts already formatted).

app-title = Sprawdź, czy możesz zarejestrować się jako osoba bezrobotna
app-short-title = Rejestracja w urzędzie pracy — sprawdzenie
skip-link = Przejdź do treści
back = Wstecz
continue = Dalej
start-button = Rozpocznij
start-lead = Odpowiedz na kilka pytań, a dowiesz się, czy możesz zarejestrować się w powiatowym urzędzie pracy jako osoba bezrobotna, czy i od którego dnia przysługuje Ci zasiłek dla bezrobotnych, do którego urzędu się zgłosić, jakie dokumenty zabrać i jak założyć konto w Praca.gov.pl.
start-does-heading = Co robi to narzędzie
start-does-1 = Zadaje pytania o Twoją sytuację i pracę w ostatnich 18 miesiącach.
start-does-2 = Pokazuje wynik wraz z uzasadnieniem: które zasady o nim zdecydowały i jakie zdanie źródła je opisuje.
start-does-3 = Przygotowuje podsumowanie do wydrukowania: listę dokumentów i obowiązków.
start-does-not-heading = Czego to narzędzie nie robi
start-does-not-1 = Nie rejestruje Cię w urzędzie pracy — rejestracja następuje osobiście, w dniu przedłożenia kompletu dokumentów.
start-does-not-2 = Nie wydaje decyzji: zasady są opisane tak, jak na stronie urzędu; decyzję podejmuje urząd.
start-privacy-heading = Twoje dane
start-privacy = Nic, co wpiszesz, nie opuszcza tego urządzenia.
start-privacy-save = Odpowiedzi możesz zapisać do pliku na swoim komputerze i wczytać je później.
start-privacy-kiosk = Na tym urządzeniu odpowiedzi są usuwane z ekranu, gdy skończysz albo gdy przez chwilę nikt z niego nie korzysta.
start-rule-set-heading = Zestaw zasad
start-rule-set = Zasady jak opisano na stronie powiatowego urzędu pracy (ustawa z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy, w brzmieniu opisanym na tej stronie). Decyzję podejmuje urząd.
start-load-heading = Masz zapisane odpowiedzi?
load-label = Wczytaj odpowiedzi z pliku
load-hint = Plik JSON zapisany wcześniej przyciskiem „Zapisz odpowiedzi”. Plik jest czytany tylko w tej przeglądarce.
load-error = Nie udało się wczytać pliku: { $v0 }
load-error-not-answers = to nie jest plik odpowiedzi zapisany przez to narzędzie albo plik został zmieniony.
load-error-not-answers-at = to nie jest plik odpowiedzi zapisany przez to narzędzie albo plik został zmieniony (wiersz { $v0 }, kolumna { $v1 }).
load-error-unreadable = przeglądarka nie może odczytać tego pliku.
load-error-detail = Szczegóły techniczne (po angielsku):
save-answers = Zapisz odpowiedzi
# The name of the saved answers file (letters, digits and hyphens only, for every system).
save-file-name = odpowiedzi-pup.json
print = Drukuj
change-answers = Zmień odpowiedzi
start-again = Zacznij od nowa
restart-warning = Wszystkie Twoje odpowiedzi zostaną usunięte z tej strony i nie da się ich przywrócić. Jeśli chcesz do nich wrócić, najpierw zapisz je przyciskiem „Zapisz odpowiedzi”.
restart-warning-kiosk = Wszystkie Twoje odpowiedzi zostaną usunięte z tej strony i nie da się ich przywrócić. Jeśli potrzebujesz wyniku, najpierw go wydrukuj.
restart-confirm = Tak, usuń odpowiedzi i zacznij od nowa
restart-keep = Nie, zostaw moje odpowiedzi
yes = Tak
no = Nie
dont-know = Nie wiem
change = Zmień
remove = Usuń
not-answered = Nie podano
error-summary-title = Wystąpił problem
error-prefix = Błąd:
day = Dzień
month = Miesiąc
year = Rok
date-hint = Na przykład 27 3 2026
date-hint-birth = Na przykład 10 5 1990
date-unknown = Nie wiem, kiedy
unknown-inline = nie wiadomo

## Sections
sec-about = O Tobie
sec-residence = Gdzie jesteś zameldowany(-a)
sec-status = Twoja sytuacja w dniu rejestracji
sec-work = Twoja praca w ostatnich 18 miesiącach
sec-endings = Jak zakończyła się Twoja praca
sec-special = Szczególne sytuacje
sec-online = Konto w Praca.gov.pl

## Questions
q-reg-date = Kiedy chcesz zarejestrować się w urzędzie pracy?
q-reg-date-hint = Od dnia rejestracji zależą między innymi: okres 18 miesięcy, z którego liczy się Twoja praca, i 7 dni oczekiwania na zasiłek. Wpisaliśmy dzisiejszą datę — możesz ją zmienić.
q-pesel = Jaki jest Twój numer PESEL?
q-pesel-hint = 11 cyfr. Z numeru PESEL odczytamy datę urodzenia i płeć.
q-pesel-unknown = Nie mam numeru PESEL albo nie chcę go podawać
q-birth-date = Kiedy się urodziłeś(-aś)?
q-birth-date-hint = Status bezrobotnego ma osoba, która ukończyła 18 lat i nie ukończyła 60 lat (kobieta) lub 65 lat (mężczyzna).
q-sex = Jaka jest Twoja płeć?
q-sex-hint = Granica wieku: kobieta — 60 lat, mężczyzna — 65 lat.
female = Kobieta
male = Mężczyzna
q-disabled = Czy jesteś osobą niepełnosprawną?
q-disabled-hint = Osoba niepełnosprawna przedstawia orzeczenie uprawnionego organu.
q-contra = Czy masz dokument o przeciwwskazaniach do wykonywania określonych prac?
q-residence = Gdzie jesteś zameldowany(-a)?
q-residence-hint = Rejestracja odbywa się w powiatowym urzędzie pracy właściwym ze względu na stałe lub czasowe zameldowanie.
res-permanent = Mam tylko zameldowanie stałe
res-temporary = Mam tylko zameldowanie czasowe
res-same = Mam zameldowanie stałe i czasowe w tej samej miejscowości
res-other = Mam zameldowanie stałe w innej miejscowości niż miejsce zameldowania czasowego
res-none = Nie jestem zameldowany(-a)
q-employed = Czy jesteś zatrudniony(-a) lub wykonujesz inną pracę zarobkową?
q-ready = Czy jesteś zdolny(-a) i gotowy(-a) do podjęcia zatrudnienia w pełnym wymiarze czasu pracy?
q-ready-half = Czy jesteś zdolny(-a) i gotowy(-a) do podjęcia zatrudnienia co najmniej w połowie wymiaru czasu pracy?
q-ready-hint = W pełnym wymiarze czasu pracy obowiązującym w danym zawodzie lub służbie albo innej pracy zarobkowej.
q-ready-half-hint = Co najmniej w połowie wymiaru czasu pracy obowiązującego w danym zawodzie lub służbie albo innej pracy zarobkowej.
q-schooling = Czy uczysz się w szkole lub studiujesz?
school-none = Nie uczę się ani nie studiuję
school-day = Tak, w szkole (nie dla dorosłych) albo na studiach dziennych
school-adult = Tak, w szkole dla dorosłych
school-evening = Tak, na studiach wieczorowych albo zaocznych
q-pensions = Czy masz prawo do emerytury, renty z tytułu niezdolności do pracy, renty szkoleniowej lub renty socjalnej albo pobierasz zasiłek lub świadczenie przedemerytalne, świadczenie rehabilitacyjne, zasiłek chorobowy lub macierzyński?
q-pensions-hint = Renta z tytułu niezdolności do pracy, renta szkoleniowa lub renta socjalna.
q-pension-kinds = Które z tych świadczeń dotyczą Ciebie?
q-pension-kinds-hint = Zaznacz wszystkie, które dotyczą Ciebie.
pen-old-age = Prawo do emerytury
pen-disability = Renta z tytułu niezdolności do pracy
pen-training = Renta szkoleniowa
pen-social = Renta socjalna
pen-pre-ret-allowance = Zasiłek przedemerytalny
pen-pre-ret-benefit = Świadczenie przedemerytalne
pen-rehab = Świadczenie rehabilitacyjne
pen-sickness = Zasiłek chorobowy
pen-maternity = Zasiłek macierzyński
q-farm = Czy jesteś właścicielem lub posiadaczem nieruchomości rolnej o powierzchni użytków rolnych powyżej 2 ha przeliczeniowych albo podlegasz ubezpieczeniu emerytalnemu i rentowemu jako współmałżonek lub domownik w takim gospodarstwie?
q-special-agri = Czy uzyskujesz z działów specjalnych produkcji rolnej dochód wyższy niż przeciętny dochód z pracy w indywidualnych gospodarstwach rolnych z 2 ha przeliczeniowych?
q-business = Czy masz zarejestrowaną pozarolniczą działalność gospodarczą?
q-business-hint = Od dnia wskazanego w zgłoszeniu do ewidencji do dnia wyrejestrowania tej działalności.
q-insurance = Czy podlegasz obowiązkowi ubezpieczenia społecznego z innego tytułu (z wyjątkiem ubezpieczenia społecznego rolników)?
q-detained = Czy jesteś tymczasowo aresztowany(-a) lub odbywasz karę pozbawienia wolności?
q-income = Ile wynosi Twój miesięczny dochód?
q-income-hint = Kwota w złotych, np. 1200,50. Bez odsetek od pieniędzy zgromadzonych na rachunkach bankowych.
q-income-limit = Granica: połowa minimalnego wynagrodzenia za pracę, czyli { $v0 } (minimalne wynagrodzenie w dniu { $v1 }: { $v2 }).
q-income-limit-unknown = Granica to połowa minimalnego wynagrodzenia za pracę, ale ten zestaw zasad zna jego kwoty tylko do { $v1 }, więc nie zna granicy w dniu { $v0 }. Jeśli nie masz żadnego dochodu, warunek jest spełniony; jeśli masz dochód, urząd porówna go z kwotą obowiązującą w dniu rejestracji.
q-income-unknown = Nie wiem, ile wynosi mój dochód
q-perm-allowance = Czy pobierasz zasiłek stały z pomocy społecznej?
q-care-benefit = Czy pobierasz świadczenie pielęgnacyjne albo dodatek do zasiłku rodzinnego z tytułu samotnego wychowywania dziecka i utraty prawa do zasiłku dla bezrobotnych na skutek upływu ustawowego okresu jego pobierania?
q-training-benefit = Czy po ustaniu zatrudnienia pobierasz świadczenie szkoleniowe?
q-loss = Czy byłeś(-aś) już zarejestrowany(-a) i straciłeś(-aś) status bezrobotnego?
q-loss-hint = Na przykład po odmowie przyjęcia propozycji pracy albo po niestawieniu się w urzędzie w wyznaczonym terminie. Jeśli status ustał, bo podjąłeś(-aś) pracę albo przestałeś(-aś) spełniać inne warunki, odpowiedz „Nie” — wtedy liczy się tylko to, czy spełniasz warunki w dniu rejestracji.
q-loss-reason = Z jakiego powodu straciłeś(-aś) status bezrobotnego?
loss-refusal = Odmówiłem(-am) bez uzasadnionej przyczyny przyjęcia propozycji odpowiedniego zatrudnienia lub innej pracy zarobkowej, prac interwencyjnych, robót publicznych, szkolenia, stażu lub przygotowania zawodowego w miejscu pracy
loss-no-show = Nie stawiłem(-am) się w urzędzie w wyznaczonym terminie i nie powiadomiłem(-am) w ciągu 5 dni o uzasadnionej przyczynie
loss-medical = Odmówiłem(-am) poddania się badaniom lekarskim lub psychologicznym
loss-own-request = Złożyłem(-am) wniosek o pozbawienie statusu bezrobotnego
loss-loan = Otrzymałem(-am) pożyczkę z PFRON lub ze środków publicznych na podjęcie działalności gospodarczej lub rolniczej
q-loss-date = Kiedy to się stało?
q-loss-date-hint = Dzień odmowy albo dzień, w którym nie stawiłeś(-aś) się w urzędzie.
q-prison = Czy zostałeś(-aś) zwolniony(-a) z zakładu karnego lub aresztu śledczego?
q-prison-hint = Szczególna zasada: jeśli zarejestrujesz się w ciągu 30 dni od zwolnienia, liczą się okresy z 18 miesięcy przed ostatnim pozbawieniem wolności (łącznie co najmniej 365 dni).
q-prison-start = Kiedy rozpoczęło się ostatnie pozbawienie wolności?
q-prison-release = Kiedy zostałeś(-aś) zwolniony(-a)?
q-military = Czy odbyłeś(-aś) zasadniczą służbę wojskową w okresie 18 miesięcy przed dniem rejestracji?
q-military-from = Kiedy rozpoczęła się zasadnicza służba wojskowa?
q-military-to = Kiedy zakończyła się zasadnicza służba wojskowa?
q-refused = Czy odmówiłeś(-aś) bez uzasadnionej przyczyny przyjęcia propozycji odpowiedniego zatrudnienia, innej pracy zarobkowej, szkolenia, stażu, przygotowania zawodowego w miejscu pracy, prac interwencyjnych lub robót publicznych?
q-refused-hint = Chodzi o propozycję, którą otrzymałeś(-aś) jako osoba bezrobotna zarejestrowana w urzędzie pracy.
q-refused-date = Kiedy odmówiłeś(-aś) przyjęcia propozycji?
q-severance = Czy otrzymałeś(-aś) jednorazowy ekwiwalent pieniężny za urlop górniczy, jednorazową odprawę socjalną, zasiłkową, pieniężną po zasiłku socjalnym, jednorazową odprawę warunkową lub odprawę pieniężną bezwarunkową?
q-severance-date = Do którego dnia trwa okres, za który otrzymałeś(-aś) ekwiwalent lub odprawę?
q-notice-comp = Czy otrzymałeś(-aś) odszkodowanie za skrócenie okresu wypowiedzenia umowy o pracę?
q-notice-comp-date = Do którego dnia trwa okres, za który otrzymałeś(-aś) odszkodowanie?
q-training-covered = Czy po ustaniu zatrudnienia otrzymałeś(-aś) świadczenie szkoleniowe?
q-training-covered-date = Do którego dnia trwa okres, za który otrzymałeś(-aś) świadczenie szkoleniowe?
q-pz = Czy masz Profil Zaufany?
q-pz-hint = Profil Zaufany pozwala założyć konto w Praca.gov.pl przez login.gov.pl.
q-qes = Czy masz kwalifikowany podpis elektroniczny?
q-qes-serial = Jakie dane identyfikacyjne (PNO) zawiera Twój certyfikat kwalifikowany?
q-qes-serial-hint = Certyfikat musi mieć zapisane dane identyfikacyjne osoby „PNO”, kraj wydania i wartość, np.: PNODE-12345678901.
q-qes-serial-unknown = Nie wiem
q-active = Czy masz już konto w Praca.gov.pl o statusie „Aktywne”?

## Periods
q-periods = Twoja praca i inne okresy w ostatnich 18 miesiącach
periods-window = Liczy się okres 18 miesięcy przed dniem rejestracji: od { $v0 } do { $v1 }. Jednym z warunków zasiłku jest co najmniej 365 dni okresów zaliczanych.
periods-none = Nie dodano jeszcze żadnego okresu.
periods-count = Okresy zaliczane w tej chwili: { $v0 } { $v0 ->
        [one] dzień
        [few] dni
        [many] dni
       *[other] dni
    } z wymaganych { $v1 }.
period-add = Dodaj okres
period-add-another = Dodaj kolejny okres
periods-list-caption = Dodane okresy
period-n = Okres { $v0 }
period-removed = Usunięto okres { $v0 }: { $v1 }. Pozostałe okresy mają teraz nowe numery.
period-edit-title = Okres pracy lub inny okres
period-kind-label = Rodzaj okresu
period-from = Od kiedy?
period-to = Do kiedy?
period-min-wage = Czy wynagrodzenie, dochód lub podstawa wymiaru składek wynosiły co najmniej minimalne wynagrodzenie za pracę?
period-min-wage-half = Czy podstawa wymiaru składek wynosiła co najmniej połowę minimalnego wynagrodzenia za pracę?
period-min-wage-pension = Jeśli był to zasiłek chorobowy, macierzyński lub świadczenie rehabilitacyjne: czy jego podstawa wymiaru wynosiła co najmniej minimalne wynagrodzenie za pracę? Jeśli była to renta z tytułu niezdolności do pracy albo renta szkoleniowa, odpowiedz „Tak”.
period-min-wage-none = Czy w tym okresie opłacano składkę na Fundusz Pracy?
period-wages-in = Minimalne wynagrodzenie za pracę w tym okresie:
period-wage-from = od { $v0 }: { $v1 }
period-wage-half = (połowa: { $v0 })
period-wage-unknown-from = od { $v0 }: tej kwoty ten zestaw zasad jeszcze nie zna
period-wage-need-dates = Po wpisaniu dat pokażemy minimalne wynagrodzenie obowiązujące w tym okresie.
period-leave = Ile dni urlopu bezpłatnego miałeś(-aś) w tym okresie?
period-leave-hint = Nie uwzględnia się okresów urlopów bezpłatnych trwających łącznie dłużej niż 30 dni. Zostaw puste, jeśli nie było.
period-repatriate = Czy przybyłeś(-aś) do Rzeczypospolitej Polskiej jako repatriant?
period-save = Zapisz okres
period-cancel = Anuluj
period-summary = { $v0 }: od { $v1 } do { $v2 }
period-before-window = Ten okres w całości przypada przed { $v0 }, czyli przed okresem 18 miesięcy.
kind-employment = Zatrudnienie (umowa o pracę)
kind-outwork = Umowa o pracę nakładczą
kind-civil = Umowa agencyjna, umowa zlecenia lub inna umowa o świadczenie usług
kind-business = Pozarolnicza działalność gospodarcza (składki na ubezpieczenie społeczne)
kind-prison-work = Praca w okresie tymczasowego aresztowania lub odbywania kary pozbawienia wolności
kind-agri = Praca w rolniczej spółdzielni produkcyjnej, spółdzielni kółek rolniczych lub usług rolniczych
kind-abroad = Praca za granicą u pracodawcy zagranicznego (opłacana składka na Fundusz Pracy)
kind-repatriate = Zatrudnienie za granicą (repatriant)
kind-other = Inne zatrudnienie lub praca zarobkowa ze składką na Fundusz Pracy
kind-military = Służba wojskowa, służba w obronie cywilnej lub służba zastępcza
kind-parental = Urlop wychowawczy
kind-pension = Renta z tytułu niezdolności do pracy lub renta szkoleniowa; zasiłek chorobowy, macierzyński lub świadczenie rehabilitacyjne po ustaniu zatrudnienia
kind-compensation = Okres, za który przyznano odszkodowanie (niezgodne z przepisami rozwiązanie umowy lub skrócenie okresu wypowiedzenia)

## Terminations
q-term-mode = Jak zakończyło się zatrudnienie: { $v0 }?
q-term-mode-hint = Ma to znaczenie, jeśli zatrudnienie zakończyło się w okresie 6 miesięcy przed rejestracją (od { $v0 } do { $v1 }).
term-employee-notice = Wypowiedziałem(-am) umowę
term-mutual = Na mocy porozumienia stron
term-employer-notice = Pracodawca wypowiedział umowę
term-disciplinary = Pracodawca rozwiązał umowę bez wypowiedzenia z mojej winy
term-fixed-end = Umowa na czas określony wygasła
term-other = W inny sposób
q-term-exception = Czy rozwiązanie umowy nastąpiło z jednego z tych powodów?
exc-bankruptcy = Upadłość pracodawcy
exc-liquidation = Likwidacja pracodawcy
exc-redundancy = Zmniejszenie zatrudnienia z przyczyn dotyczących zakładu pracy
exc-residence = Zmiana miejsca zamieszkania
exc-none = Żaden z tych powodów

## Check answers
check-title = Sprawdź swoje odpowiedzi
check-lead = Sprawdź odpowiedzi, zanim zobaczysz wynik. Możesz zmienić każdą z nich.
check-submit = Pokaż wynik

## Result
result-title = Wynik sprawdzenia
result-meta = Data sprawdzenia: { $v0 }. Dzień rejestracji: { $v1 }.
result-rule-set = Zestaw zasad: { $v0 }. Decyzję podejmuje urząd.
rule-set-name = zasady opisane na stronie powiatowego urzędu pracy (ustawa z dnia 20 kwietnia 2004 r., starsze brzmienie)
result-input-errors = Niektóre odpowiedzi są nieprawidłowe; części wyniku, które od nich zależą, są do potwierdzenia w urzędzie:
status-heading = Status osoby bezrobotnej
status-eligible = Możesz zarejestrować się jako osoba bezrobotna.
status-not-eligible = Nie możesz zarejestrować się jako osoba bezrobotna.
status-unknown = Nie wiadomo, czy możesz zarejestrować się jako osoba bezrobotna — do potwierdzenia w urzędzie.
status-not-before = Najwcześniej możesz zarejestrować się od { $v0 }, jeśli spełnisz wtedy pozostałe warunki.
status-recheck = Sprawdź, co będzie, jeśli zarejestrujesz się { $v0 }
unmet-heading = Niespełnione warunki
unknown-heading = Do potwierdzenia w urzędzie
benefit-heading = Zasiłek dla bezrobotnych
benefit-entitled = Przysługuje Ci zasiłek dla bezrobotnych od { $v0 }.
benefit-not-entitled = Zasiłek dla bezrobotnych Ci nie przysługuje.
benefit-unknown = Nie wiadomo, czy przysługuje Ci zasiłek — do potwierdzenia w urzędzie.
benefit-not-applicable = Zasiłek nie przysługuje, bo nie możesz teraz uzyskać statusu osoby bezrobotnej.
benefit-wait = Zasiłek przysługuje za każdy dzień kalendarzowy po upływie 7 dni od dnia rejestracji, czyli od { $v0 }.
benefit-wait-deferred = Bez okoliczności wymienionych niżej zasiłek przysługiwałby od { $v0 } (po upływie 7 dni od dnia rejestracji).
benefit-deferrals = Zasiłek przysługuje później z powodu:
benefit-deferral = { $v0 } — zasiłek od { $v1 }
benefit-no-offer = Warunek: zasiłek przysługuje, jeżeli urząd nie ma dla Ciebie propozycji odpowiedniej pracy, szkolenia, stażu, przygotowania zawodowego w miejscu pracy, prac interwencyjnych lub robót publicznych. To ocenia urząd.
benefit-days = Okresy zaliczane w okresie od { $v0 } do { $v1 }: { $v2 } { $v2 ->
        [one] dzień
        [few] dni
        [many] dni
       *[other] dni
    } (wymagane co najmniej { $v3 }).
benefit-days-range = Okresy zaliczane w okresie od { $v0 } do { $v1 }: od { $v2 } do { $v3 } { $v3 ->
        [one] dnia
        [few] dni
        [many] dni
       *[other] dnia
    }, zależnie od odpowiedzi „Nie wiem” (wymagane co najmniej { $v4 }).
benefit-basis = Podstawa: { $v0 }.
timeline-title = Oś czasu: 18 miesięcy przed rejestracją
timeline-desc = Okres od { $v0 } do { $v1 }. Okresy zaliczane: { $v2 } { $v2 ->
        [one] dzień
        [few] dni
        [many] dni
       *[other] dni
    }; wymagane: { $v3 } { $v3 ->
        [one] dzień
        [few] dni
        [many] dni
       *[other] dni
    }.
timeline-sum = Razem zaliczane
timeline-line = { $v0 } { $v0 ->
        [one] dzień
        [few] dni
        [many] dni
       *[other] dni
    }
legend-counts = zaliczany
legend-not-counts = niezaliczany
legend-unknown = do potwierdzenia
timeline-key-row = Okres { $v0 }: { $v1 }, { $v2 } – { $v3 } — { $v4 }
office-heading = Gdzie się zarejestrować
office-residence = Zarejestruj się osobiście w powiatowym urzędzie pracy właściwym ze względu na Twoje stałe lub czasowe zameldowanie.
office-stay = Zarejestruj się osobiście w powiatowym urzędzie pracy, na którego obszarze działania przebywasz.
office-unknown = Zarejestruj się osobiście w powiatowym urzędzie pracy właściwym ze względu na stałe lub czasowe zameldowanie, a jeżeli nie jesteś zameldowany(-a) — w urzędzie, na którego obszarze przebywasz.
declaration-needed = Przy rejestracji składasz oświadczenie, że nie jesteś zarejestrowany(-a) w innym powiatowym urzędzie pracy.
declaration-not-needed = Oświadczenie o niezarejestrowaniu w innym urzędzie nie jest potrzebne.
declaration-unknown = Czy potrzebne jest oświadczenie o niezarejestrowaniu w innym urzędzie — do potwierdzenia w urzędzie.
in-person = Rejestracja następuje w dniu przedłożenia kompletu wymaganych dokumentów, po wypełnieniu karty rejestracyjnej i podpisaniu jej w obecności pracownika urzędu.
docs-heading = Dokumenty do zabrania
docs-lead = Oryginały dokumentów do wglądu pracownikowi urzędu:
docs-periods = Okresy, których dotyczą: { $v0 }
docs-unknown-disability = Jeśli jesteś osobą niepełnosprawną: orzeczenie uprawnionego organu.
docs-unknown-contra = Jeśli masz: dokument o przeciwwskazaniach do wykonywania określonych prac.
docs-work-certs-earlier = Jeśli kiedykolwiek pracowałeś(-aś): świadectwa pracy oraz inne dokumenty niezbędne do ustalenia uprawnień — oryginały oraz kserokopie.
docs-unknown-declaration = Jeśli okaże się potrzebne (urząd ustali to z Twoim zameldowaniem): oświadczenie, że nie jesteś zarejestrowany(-a) w innym powiatowym urzędzie pracy — składasz je w urzędzie.
obligations-heading = Twoje obowiązki po rejestracji
account-heading = Konto w Praca.gov.pl
account-what = Praca.gov.pl umożliwia powiatowym urzędom pracy świadczenie usług elektronicznych. Z kontem możesz wnosić wnioski wraz z załącznikami w postaci elektronicznej i otrzymywać pisma i decyzje z urzędu.
account-active = Masz już aktywne konto dla swojego numeru PESEL — założenie nowego konta zakończy się błędem rejestracji. Zaloguj się na istniejące konto: wejdź na stronę https://www.praca.gov.pl i wybierz „Zaloguj się”.
account-not-possible = Aby założyć konto w Praca.gov.pl, potrzebujesz Profilu Zaufanego albo kwalifikowanego podpisu elektronicznego z certyfikatem, który zawiera dane identyfikacyjne (PNO).
account-unknown = Konto w Praca.gov.pl założysz, jeśli masz Profil Zaufany lub kwalifikowany podpis elektroniczny.
account-step-1 = Wejdź na stronę https://www.praca.gov.pl i wybierz funkcję „Zaloguj się”, a następnie „Załóż konto”.
account-step-either = Potwierdź swoją tożsamość jednym z dwóch sposobów — wystarczy jeden:
account-step-pz = Wybierz „Załóż konto i zweryfikuj przez login.gov.pl” i naciśnij „Załóż konto”. Na stronie login.gov.pl zaloguj się Profilem Zaufanym (loginem i hasłem, przez bankowość elektroniczną lub certyfikatem kwalifikowanym); potem wrócisz do Praca.gov.pl.
account-step-qes = Wybierz „Załóż konto i zweryfikuj kwalifikowanym podpisem elektronicznym” i naciśnij „Załóż konto”. Podpisz oświadczenie „Proszę o przydzielenie dostępu lub rejestrację w systemie Praca.gov.pl przy użyciu certyfikatu” przyciskiem „Podpisz oświadczenie”, a potem „Podpisz” i podaj kod PIN.
account-step-form = Dane osobowe są wypełnione i wyszarzone. Podaj adres e-mail (telefon opcjonalnie), login i hasło, wskaż rolę, przeczytaj i zaakceptuj Regulamin, a następnie naciśnij „Zatwierdź”.
account-pno = Certyfikat kwalifikowany musi być wydany w kraju Unii Europejskiej i mieć zapisane dane identyfikacyjne osoby „PNO”, kraj wydania i wartość, np.: PNODE-12345678901. Informację o tym przekazuje się wydawcy certyfikatu podczas jego zamawiania.
account-pno-problem = Podany identyfikator „{ $v0 }” nie ma postaci PNO + kraj UE + wartość (np. PNODE-12345678901) — tym certyfikatem nie założysz konta. Zapytaj wydawcę certyfikatu o PNO.
why-heading = Dlaczego?
why-rule = Zasada { $v0 }
why-source = Źródło:
why-values = Wartości użyte:
what-would-change = Co by to zmieniło:
change-if-no = Ten warunek byłby spełniony przy odpowiedzi „Nie” na pytanie: „{ $v0 }”.
change-if-no-both = Ten warunek byłby spełniony przy odpowiedzi „Nie” na oba pytania: „{ $v0 }” i „{ $v1 }”.
change-defer-other = Ta okoliczność nie zmienia dnia: z innego powodu wymienionego wyżej zasiłek i tak przysługuje dopiero od { $v0 }.
outcome-met = spełniony
outcome-not-met = niespełniony
outcome-unknown = do potwierdzenia w urzędzie
outcome-applies = dotyczy Ciebie
outcome-not-applies = nie dotyczy Ciebie
to-confirm = do potwierdzenia w urzędzie
checklist-hint = Zaznacz dokumenty, które już masz.
days-n = { $v0 } { $v0 ->
        [one] dzień
        [few] dni
        [many] dni
       *[other] dni
    }
pln = { $v0 } zł

## Errors
err-required-choice = Wybierz jedną z odpowiedzi
err-required-date = Wpisz datę albo zaznacz „Nie wiem, kiedy”
err-required-reg-date = Wpisz datę rejestracji
err-date-invalid = Data musi być prawdziwą datą, np. 27 3 2026
err-date-year = Rok musi mieć 4 cyfry
err-reg-date-range = Ten zestaw zasad zna minimalne wynagrodzenie od { $v0 } — wpisz datę rejestracji nie wcześniejszą niż ten dzień
err-birth-future = Data urodzenia musi być wcześniejsza niż dzień rejestracji
err-pesel = Numer PESEL musi mieć 11 cyfr
err-pesel-checksum = Numer PESEL jest nieprawidłowy: cyfra kontrolna się nie zgadza
err-pesel-date = Numer PESEL jest nieprawidłowy: nie zawiera prawdziwej daty urodzenia
err-required-pesel = Wpisz numer PESEL albo zaznacz, że go nie podajesz
err-amount = Kwota może zawierać tylko cyfry i przecinek, np. 1200,50
err-amount-decimals = Kwota może mieć najwyżej 2 miejsca po przecinku
err-amount-negative = Kwota nie może być ujemna
err-amount-too-large = Kwota jest za duża
err-required-amount = Wpisz kwotę albo zaznacz „Nie wiem”
err-required-kinds = Zaznacz co najmniej jedno świadczenie
err-required-kind = Wybierz rodzaj okresu
err-end-before-start = Data zakończenia musi być taka sama jak data rozpoczęcia albo późniejsza
err-period-ends-after-registration = Okres kończy się w dniu rejestracji ({ $v0 }) albo później. Jeśli nadal pracujesz albo ten okres jeszcze trwa, nie możesz od tego dnia zarejestrować się jako osoba bezrobotna. Wpisz ostatni dzień okresu przed dniem rejestracji albo zmień dzień rejestracji.
err-period-from = Od kiedy: { $v0 }
err-period-to = Do kiedy: { $v0 }
err-reg-date-before-answers = Dzień { $v0 } nie pasuje do dat, które już podałeś(-aś) — te daty muszą być wcześniejsze niż dzień rejestracji: { $v1 }. Wpisz późniejszy dzień rejestracji albo wróć do „Sprawdź swoje odpowiedzi” i najpierw popraw tamte odpowiedzi.
err-after-registration = Okres nie może zaczynać się po dniu rejestracji ({ $v0 })
err-event-after-registration = Data musi być wcześniejsza niż dzień rejestracji ({ $v0 })
err-leave-days = Wpisz liczbę dni cyframi, np. 12
err-required-text = Wpisz identyfikator albo zaznacz „Nie wiem”


## Office configuration, kiosk mode (src/app/config.rs, src/app/kiosk.rs)
office-configured-heading = Twój urząd pracy
office-address = Adres
office-phone = Telefon
office-hours = Godziny otwarcia
office-web = Strona internetowa
docs-office = Ten urząd prosi także o:
kiosk-dialog-title = Czy nadal tu jesteś?
kiosk-dialog-text = Za { $v0 } s wszystkie odpowiedzi zostaną usunięte, a sprawdzenie zacznie się od początku.
kiosk-continue = Kontynuuj
kiosk-print-lead = Wydrukuj podsumowanie i zabierz je ze sobą. Po odejściu od urządzenia odpowiedzi zostaną usunięte.
kiosk-print = Drukuj podsumowanie

## Month names in the genitive (dates like "2 marca 2026")
month-gen-1 = stycznia
month-gen-2 = lutego
month-gen-3 = marca
month-gen-4 = kwietnia
month-gen-5 = maja
month-gen-6 = czerwca
month-gen-7 = lipca
month-gen-8 = sierpnia
month-gen-9 = września
month-gen-10 = października
month-gen-11 = listopada
month-gen-12 = grudnia

## Short labels of the rules, by catalog rule ID
rule-REG-IN-PERSON = Rejestracja osobiście
rule-REG-OFFICE-RESIDENCE = Urząd właściwy ze względu na zameldowanie
rule-REG-OFFICE-STAY = Urząd właściwy ze względu na miejsce pobytu
rule-REG-DECLARATION = Oświadczenie o niezarejestrowaniu w innym urzędzie
rule-REG-NOTIFY-CHANGES = Informowanie o zmianach danych
rule-STATUS-NOT-EMPLOYED = Brak zatrudnienia i innej pracy zarobkowej
rule-STATUS-READY = Zdolność i gotowość do podjęcia zatrudnienia
rule-STATUS-NOT-IN-SCHOOL = Brak nauki w szkole (z wyjątkiem szkół dla dorosłych lub wieczorowych albo zaocznych)
rule-STATUS-AGE-MIN = Ukończone 18 lat
rule-STATUS-AGE-MAX = Wiek poniżej 60 lat (kobieta) lub 65 lat (mężczyzna)
rule-STATUS-NO-PENSION = Brak prawa do emerytury lub renty i brak wymienionych zasiłków i świadczeń
rule-STATUS-NO-FARM = Brak nieruchomości rolnej powyżej 2 ha przeliczeniowych
rule-STATUS-NO-SPECIAL-AGRI = Brak dochodów z działów specjalnych produkcji rolnej ponad limit
rule-STATUS-NO-BUSINESS = Brak działalności gospodarczej i ubezpieczenia z innego tytułu
rule-STATUS-NOT-DETAINED = Brak tymczasowego aresztowania i kary pozbawienia wolności
rule-STATUS-INCOME = Dochód nie przekracza połowy minimalnego wynagrodzenia
rule-STATUS-NO-PERMANENT-ALLOWANCE = Brak zasiłku stałego
rule-STATUS-NO-CARE-BENEFIT = Brak świadczenia pielęgnacyjnego i dodatku dla samotnie wychowujących
rule-STATUS-NO-TRAINING-BENEFIT = Brak świadczenia szkoleniowego
rule-LOSS-CONDITIONS = Utrata statusu: niespełnianie warunków
rule-LOSS-LOAN = Utrata statusu: pożyczka na działalność
rule-LOSS-REFUSAL = Utrata statusu na 90 dni po odmowie propozycji
rule-LOSS-NO-SHOW = Utrata statusu na 3 miesiące po niestawiennictwie
rule-LOSS-MEDICAL = Utrata statusu na 3 miesiące po odmowie badań
rule-LOSS-OWN-REQUEST = Utrata statusu na własny wniosek
rule-BEN-WAIT-7 = Zasiłek po upływie 7 dni od rejestracji
rule-BEN-NO-OFFER = Brak propozycji odpowiedniej pracy
rule-BEN-365-18 = Co najmniej 365 dni okresów zaliczanych w 18 miesiącach przed rejestracją
rule-BEN-PRISON = Zwolnienie z zakładu karnego i rejestracja w ciągu 30 dni
rule-BEN-MILITARY = Zasadnicza służba wojskowa co najmniej 240 dni
rule-Q-EMPLOYMENT = Zatrudnienie z wynagrodzeniem co najmniej minimalnym
rule-Q-OUTWORK = Umowa o pracę nakładczą
rule-Q-CIVIL-CONTRACT = Umowa agencyjna lub zlecenia
rule-Q-BUSINESS = Pozarolnicza działalność
rule-Q-PRISON-WORK = Praca w okresie pozbawienia wolności
rule-Q-AGRI-COOP = Praca w rolniczej spółdzielni
rule-Q-ABROAD = Praca za granicą ze składką na Fundusz Pracy
rule-Q-REPATRIATE = Zatrudnienie za granicą — repatriant
rule-Q-OTHER-PAID-WORK = Inna praca zarobkowa ze składką na Fundusz Pracy
rule-Q-MILITARY = Służba wojskowa
rule-Q-PARENTAL-LEAVE = Urlop wychowawczy
rule-Q-PENSION-SICKNESS = Renta lub zasiłek chorobowy, macierzyński, świadczenie rehabilitacyjne
rule-Q-COMPENSATION = Okres objęty odszkodowaniem
rule-DEFER-REFUSAL-90 = Odmowa przyjęcia propozycji — zasiłek po 90 dniach
rule-DEFER-QUIT-90 = Rozwiązanie umowy za wypowiedzeniem pracownika lub porozumieniem stron — zasiłek po 90 dniach
rule-DEFER-FAULT-180 = Rozwiązanie umowy bez wypowiedzenia z winy pracownika — zasiłek po 180 dniach
rule-DEFER-SEVERANCE = Ekwiwalent lub odprawa — zasiłek po okresie, za który je otrzymano
rule-DEFER-NOTICE-COMPENSATION = Odszkodowanie za skrócenie wypowiedzenia — zasiłek po okresie, za który je otrzymano
rule-DEFER-TRAINING-BENEFIT = Świadczenie szkoleniowe — zasiłek po okresie, za który je otrzymano
rule-ACC-QES-CERT = Certyfikat z identyfikatorem PNO
rule-ACC-ACTIVE-EXISTS = Istniejące aktywne konto
rule-ACC-METHOD-PZ = Konto przez login.gov.pl (Profil Zaufany)
rule-ACC-METHOD-QES = Konto z kwalifikowanym podpisem elektronicznym

## Documents of the checklist, by DOC rule ID
doc-DOC-ID = Dowód osobisty
doc-DOC-PESEL-NIP = Numer PESEL i NIP
doc-DOC-EDUCATION = Dyplom, świadectwo ukończenia szkoły lub świadectwo szkolne albo zaświadczenie o ukończeniu kursu lub szkolenia
doc-DOC-WORK-CERTS = Świadectwa pracy oraz inne dokumenty niezbędne do ustalenia uprawnień — oryginały oraz kserokopie
doc-DOC-CONTRAINDICATIONS = Dokument o przeciwwskazaniach do wykonywania określonych prac
doc-DOC-DISABILITY = Orzeczenie uprawnionego organu o niepełnosprawności
doc-DOC-DECLARATION = Oświadczenie, że nie jesteś zarejestrowany(-a) w innym powiatowym urzędzie pracy (składane przy rejestracji)
doc-DOC-REGISTRATION-CARD = Karta rejestracyjna — wypełniona; podpisujesz ją w obecności pracownika urzędu

## Obligations, by OBL rule ID
obl-OBL-REPORT = Zgłaszaj się do urzędu w wyznaczonych terminach, aby potwierdzić gotowość do podjęcia pracy i uzyskać informacje o możliwości zatrudnienia lub szkolenia.
obl-OBL-ACCEPT-OFFERS = Przyjmuj propozycje odpowiedniego zatrudnienia: takiego, do którego masz kwalifikacje lub możesz je wykonywać po przeszkoleniu, jeśli pozwala na to stan zdrowia, a łączny czas dojazdu i powrotu środkami komunikacji publicznej nie przekracza 3 godzin.
obl-OBL-MEDICAL = Poddaj się badaniom lekarskim w celu ustalenia zdolności do pracy.
obl-OBL-TRAINING-PROOF = Po szkoleniu niezwłocznie przedstaw w urzędzie świadectwo lub zaświadczenie o jego ukończeniu. Jeśli z własnej winy nie ukończysz szkolenia, zwracasz jego koszty, chyba że powodem było podjęcie zatrudnienia.
obl-OBL-NOTIFY-WORK-5D = W ciągu 5 dni zawiadom urząd o podjęciu zatrudnienia, innej pracy zarobkowej lub działalności gospodarczej oraz o okolicznościach powodujących utratę statusu. Niezgłoszenie podjęcia zatrudnienia jest zagrożone karą grzywny.
obl-OBL-ABROAD = Jeśli pobierasz zasiłek i przez okres krótszy niż 30 dni przebywasz za granicą lub nie jesteś gotowy(-a) do podjęcia pracy, powiadom o tym urząd. Zasiłek za ten okres nie przysługuje.
obl-OBL-MONTHLY-INCOME = Co miesiąc składaj pisemne oświadczenie o dochodach oraz inne dokumenty niezbędne do ustalenia uprawnień do świadczeń.
obl-OBL-REPAY-14D = Nienależnie pobrane świadczenia zwróć w terminie 14 dni od dnia doręczenia decyzji.
obl-OBL-ADDRESS = Powiadamiaj urząd o każdej zmianie miejsca zameldowania (podając aktualne miejsce zameldowania lub pobytu) oraz o wszystkich zmianach danych w karcie rejestracyjnej.

## "What would change it", by rule ID
change-STATUS-NOT-EMPLOYED = Status możesz uzyskać, gdy nie jesteś zatrudniony(-a) i nie wykonujesz innej pracy zarobkowej.
change-STATUS-READY = Ten warunek jest spełniony, gdy jesteś zdolny(-a) i gotowy(-a) do podjęcia pracy.
change-STATUS-NOT-IN-SCHOOL = Nauka w szkole dla dorosłych albo w szkole wyższej w systemie wieczorowym lub zaocznym nie wyklucza statusu.
change-STATUS-AGE-MIN = 18 lat ukończysz { $v0 } — od tego dnia ten warunek będzie spełniony.
change-STATUS-AGE-MAX = Granicę wieku ({ $v0 } { $v0 ->
        [one] rok
        [few] lata
        [many] lat
       *[other] lat
    }) osiągnięto { $v1 }.
change-STATUS-INCOME = Gdyby Twój miesięczny dochód wynosił najwyżej { $v0 }, ten warunek byłby spełniony (podano: { $v1 }).
change-BEN-365-18 = Brakuje { $v0 } { $v0 ->
        [one] dnia
        [few] dni
        [many] dni
       *[other] dni
    } okresów zaliczanych do wymaganych { $v1 }.
change-LOSS-REFUSAL = Ponownie możesz zarejestrować się od { $v0 }.
change-LOSS-NO-SHOW = Ponownie możesz zarejestrować się od { $v0 }.
change-LOSS-MEDICAL = Ponownie możesz zarejestrować się od { $v0 }.
change-DEFER-QUIT-90 = Bez tej okoliczności zasiłek przysługiwałby od { $v0 }. Nie dotyczy to porozumienia stron z powodu upadłości, likwidacji pracodawcy lub zmniejszenia zatrudnienia ani rozwiązania umowy z powodu zmiany miejsca zamieszkania.
change-DEFER-FAULT-180 = Bez tej okoliczności zasiłek przysługiwałby od { $v0 }.
change-DEFER-REFUSAL-90 = Bez tej okoliczności zasiłek przysługiwałby od { $v0 }.
change-DEFER-SEVERANCE = Bez tej okoliczności zasiłek przysługiwałby od { $v0 }.
change-DEFER-NOTICE-COMPENSATION = Bez tej okoliczności zasiłek przysługiwałby od { $v0 }.
change-DEFER-TRAINING-BENEFIT = Bez tej okoliczności zasiłek przysługiwałby od { $v0 }.

## Names of the values in the engine's trace
label-registration_date = dzień rejestracji
label-birth_date = data urodzenia
label-sex = płeć
label-age_min = wiek minimalny
label-age_max = wiek maksymalny
label-turns_min_age_on = 18 lat w dniu
label-turns_max_age_on = granica wieku w dniu
label-income = dochód (zł)
label-limit = granica (zł)
label-minimum_wage = minimalne wynagrodzenie (zł)
label-minimum_wage_known_until = kwoty minimalnego wynagrodzenia znane do
label-window_from = okres od
label-window_to = okres do
label-qualifying_days = dni zaliczane
label-qualifying_days_at_most = dni zaliczane (najwięcej)
label-required_days = dni wymagane
label-unpaid_leave_days = dni urlopu bezpłatnego
label-waiting_days = dni oczekiwania
label-from = od
label-to = do
label-residence = zameldowanie
label-release_date = dzień zwolnienia
label-register_by = rejestracja najpóźniej
label-imprisonment_start = początek pozbawienia wolności
label-registered_in_time = rejestracja w terminie
label-days_in_window = dni w okresie 18 miesięcy
label-days_in_window_at_most = dni w okresie 18 miesięcy (najwięcej)
label-released_before_registration = zwolnienie przed rejestracją
label-event_date = data zdarzenia
label-benefit_from = zasiłek od
label-look_back_from = 6 miesięcy od
label-look_back_to = 6 miesięcy do
label-terminations = liczba zakończeń zatrudnienia
label-matching_terminations = zakończenia, których to dotyczy
label-loss_date = data utraty statusu
label-register_again_from = ponowna rejestracja od
label-reason = powód
label-applies = dotyczy
label-period = okres nr
label-kind = rodzaj
label-days = dni
label-min_wage_met = co najmniej minimalne wynagrodzenie
label-repatriate = repatriant
label-able_and_ready = zdolność i gotowość do pracy
label-disabled = niepełnosprawność
label-required = wymagany wymiar
label-schooling = nauka
label-pensions_and_benefits = emerytury, renty, świadczenia
label-employed_or_paid_work = zatrudnienie lub praca zarobkowa
label-farm_over_2ha = gospodarstwo powyżej 2 ha przel.
label-special_agri_income_over_limit = dochód z działów specjalnych ponad limit
label-business_registered = działalność gospodarcza
label-other_compulsory_insurance = ubezpieczenie z innego tytułu
label-detained = areszt lub kara pozbawienia wolności
label-permanent_social_allowance = zasiłek stały
label-care_benefit = świadczenie pielęgnacyjne
label-training_benefit = świadczenie szkoleniowe
label-declaration_required = oświadczenie wymagane
label-status_rules = warunki statusu
label-active_account_exists = aktywne konto w Praca.gov.pl
label-address = adres strony
label-after_registration = po dniu rejestracji
label-certificate = certyfikat
label-certificate_serial_number = dane identyfikacyjne (PNO) certyfikatu
label-decided_by = decyduje
label-has_document = ma dokument
label-periods = okresy
label-profil_zaufany = Profil Zaufany
label-qualified_signature = kwalifikowany podpis elektroniczny

## Answer values of the answers file
value-female = kobieta
value-male = mężczyzna
value-permanent = tylko stałe
value-temporary = tylko czasowe
value-permanent_and_temporary_same_locality = stałe i czasowe w tej samej miejscowości
value-permanent_and_temporary_other_locality = stałe w innej miejscowości niż czasowe
value-none = brak
value-day = szkoła
value-adult_school = szkoła dla dorosłych
value-evening_or_extramural_higher = studia wieczorowe lub zaoczne
value-full_time = pełny wymiar
value-half_time = co najmniej połowa wymiaru
value-met = spełniony
value-not_met = niespełniony
value-unknown = nie wiadomo
value-refusal = odmowa propozycji
value-no_show = niestawiennictwo
value-medical = odmowa badań
value-own_request = na własny wniosek
value-loan = pożyczka
value-employment = zatrudnienie
value-outwork = praca nakładcza
value-civil_contract = umowa zlecenia lub agencyjna
value-business = działalność gospodarcza
value-prison_work = praca w okresie pozbawienia wolności
value-agri_cooperative = rolnicza spółdzielnia
value-abroad_labour_fund = praca za granicą
value-repatriate_abroad = zatrudnienie za granicą (repatriant)
value-other_paid_work = inna praca zarobkowa
value-military = służba wojskowa
value-parental_leave = urlop wychowawczy
value-pension_or_sickness = renta lub zasiłek
value-compensation = odszkodowanie
value-old_age_pension = emerytura
value-disability_pension = renta z tytułu niezdolności do pracy
value-training_pension = renta szkoleniowa
value-social_pension = renta socjalna
value-pre_retirement_allowance = zasiłek przedemerytalny
value-pre_retirement_benefit = świadczenie przedemerytalne
value-rehabilitation_benefit = świadczenie rehabilitacyjne
value-sickness_benefit = zasiłek chorobowy
value-maternity_benefit = zasiłek macierzyński
value-office = urząd

## Language switch (the languages are named in their own language by the app)
language-switch-label = Język
language-load-failed = Nie udało się wczytać języka: { $v0 }. Sprawdź połączenie z internetem i spróbuj ponownie.

## Input errors of the engine (result "errors"), keyed by their code: what is wrong
input-error-pesel_format = numer PESEL musi mieć 11 cyfr
input-error-pesel_checksum = ostatnia (kontrolna) cyfra numeru PESEL się nie zgadza
input-error-pesel_date = numer PESEL nie zawiera prawdziwej daty urodzenia
input-error-pesel_birth_date_mismatch = data urodzenia nie zgadza się z numerem PESEL
input-error-pesel_sex_mismatch = płeć nie zgadza się z numerem PESEL
input-error-nip_format = numer NIP musi mieć 10 cyfr
input-error-nip_checksum = ostatnia (kontrolna) cyfra numeru NIP się nie zgadza
input-error-end_before_start = koniec jest wcześniej niż początek
input-error-period_after_registration = okres zaczyna się po dniu rejestracji, więc nie może się liczyć; popraw jego daty albo dzień rejestracji
input-error-event_after_registration = ta data jest późniejsza niż dzień rejestracji, a chodzi o coś, co stało się wcześniej; popraw ją albo dzień rejestracji
place-loss-date = Data utraty statusu
input-error-imprisonment_after_release = początek pozbawienia wolności jest późniejszy niż dzień zwolnienia
input-error-date_outside_minimum_wage_table = ten zestaw zasad nie zna minimalnego wynagrodzenia na ten dzień rejestracji
input-error-amount_empty = nie podano kwoty
input-error-amount_negative = kwota nie może być ujemna
input-error-amount_decimals = kwota może mieć najwyżej 2 miejsca po przecinku
input-error-amount_too_large = kwota jest za duża
input-error-amount_not_a_number = kwota musi być liczbą, np. 1200,50

## The 2025 Act (ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia), rules.md §12

rule-set-name-2025 = ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia (Dz.U. z 2025 r. poz. 620), obowiązująca od 1 czerwca 2025 r.
why-article = Podstawa prawna: { $v0 } ustawy z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia.
sec-length = Długość i wysokość zasiłku
q-citizen = Czy masz obywatelstwo polskie?
q-citizen-hint = Cudzoziemiec może zarejestrować się jako bezrobotny tylko w sytuacjach wymienionych w ustawie — o to zapytamy na następnej stronie.
q-foreigner-basis = Na jakiej podstawie przebywasz w Polsce?
q-foreigner-basis-hint = Wybierz to, co wynika z Twojego dokumentu pobytowego. Jeśli nic nie pasuje, wybierz ostatnią odpowiedź.
fb-eu = Jestem obywatelem(-ką) państwa Unii Europejskiej, Europejskiego Obszaru Gospodarczego lub Szwajcarii albo obywatelem(-ką) Wielkiej Brytanii objętym(-ą) umową o wystąpieniu (lub członkiem rodziny takiej osoby)
fb-permanent = Mam zezwolenie na pobyt stały
fb-long-term = Mam zezwolenie na pobyt rezydenta długoterminowego Unii Europejskiej
fb-refugee = Mam status uchodźcy
fb-subsidiary = Udzielono mi ochrony uzupełniającej
fb-humanitarian = Mam zgodę na pobyt ze względów humanitarnych albo zgodę na pobyt tolerowany
fb-temporary-protection = Korzystam w Polsce z ochrony czasowej
fb-applicant = Ubiegam się o ochronę międzynarodową i mam zaświadczenie wydane na podstawie art. 35 ustawy o udzielaniu cudzoziemcom ochrony
fb-residence-l = Mam zezwolenie na pobyt czasowy udzielone w związku z art. 127, art. 137a lub art. 186 ust. 1 pkt 3 ustawy o cudzoziemcach
fb-residence-work = Mam zezwolenie na pobyt czasowy z art. 114 lub art. 126 ustawy o cudzoziemcach albo wizę wydaną w celu wykonywania pracy
fb-visa-p = Mam wizę z art. 60 ust. 1 pkt 23 albo zezwolenie na pobyt czasowy z art. 186 ust. 1 pkt 9 ustawy o cudzoziemcach
fb-family-eu = Jestem członkiem rodziny obywatela Unii Europejskiej, Europejskiego Obszaru Gospodarczego lub Szwajcarii i przebywam z nim w Polsce
fb-family-polish = Jestem członkiem rodziny obywatela polskiego i mam zezwolenie na pobyt czasowy (albo czekam na decyzję w sprawie kolejnego zezwolenia)
fb-accompanying-polish = Jestem członkiem rodziny obywatela polskiego i przebywam z nim w Polsce
fb-none = Żadne z powyższych (na przykład wiza lub zezwolenie na studia albo pracę sezonową)
school-vocational = Tak, w branżowej szkole II stopnia albo w szkole policealnej (w formie stacjonarnej lub zaocznej)
school-part-time = Tak, na studiach niestacjonarnych (wieczorowych albo zaocznych)
school-art = Tak, w szkole artystycznej, która prowadzi wyłącznie kształcenie artystyczne
q-pensions-2025 = Czy masz prawo do emerytury, renty albo świadczenia, które ustawa uznaje za stałe źródło dochodu?
q-pensions-2025-hint = Na przykład emerytura, renta z tytułu niezdolności do pracy, renta rodzinna wyższa niż połowa minimalnego wynagrodzenia, emerytura lub renta z zagranicy, a po ustaniu pracy zasiłek przedemerytalny, chorobowy, macierzyński albo świadczenie rehabilitacyjne. Na następnej stronie wybierzesz, które.
pen-family = Renta rodzinna wyższa niż połowa minimalnego wynagrodzenia
pen-uniformed = Świadczenie pieniężne dla członków rodziny funkcjonariusza lub żołnierza zawodowego albo renta inwalidzka ze służb mundurowych
pen-foreign = Emerytura lub renta z tytułu niezdolności do pracy przyznana za granicą, co najmniej w wysokości najniższej polskiej
pen-teachers = Nauczycielskie świadczenie kompensacyjne (po ustaniu pracy)
pen-maternity-eq = Zasiłek w wysokości zasiłku macierzyńskiego (po ustaniu pracy)
q-business-suspended = Czy wykonywanie tej działalności jest zawieszone (zawieszenie zgłoszone do CEIDG i nadal trwa)?
q-company-role = Czy pełnisz funkcję w spółce lub u przedsiębiorcy?
q-company-role-hint = Chodzi o: członka zarządu, prokurenta, członka rady nadzorczej lub likwidatora spółki z o.o. albo akcyjnej; prokurenta lub pełnomocnika przedsiębiorcy; wspólnika spółki jawnej, partnera, komplementariusza; dyrektora w radzie dyrektorów.
q-foreign-insurance = Czy podlegasz obowiązkowemu ubezpieczeniu na wypadek bezrobocia lub obowiązkowym ubezpieczeniom społecznym w innym państwie Unii Europejskiej, Europejskiego Obszaru Gospodarczego, w Szwajcarii albo w Wielkiej Brytanii?
q-business-abroad = Czy prowadzisz działalność gospodarczą w innym państwie niż Polska?
q-loss-2025-hint = Na przykład po 3 latach od rejestracji, po braku kontaktu z urzędem przez 90 dni albo po przerwaniu szkolenia z własnej winy. Jeśli status ustał, bo podjąłeś(-aś) pracę, wybierz „Nie”.
q-loss-date-2025-hint = Podaj dzień, od którego odebrano Ci status (jest w decyzji starosty). Jeśli status wygasł po 3 latach — dzień, w którym te 3 lata minęły.
loss-three-years = Minęły 3 lata od rejestracji i status wygasł
loss-no-contact = Nie kontaktowałem(-am) się z urzędem przez 90 dni
loss-form-of-help = Z własnej winy nie podjąłem(-ęłam) albo przerwałem(-am) szkolenie, staż lub inną formę pomocy, na którą skierował mnie urząd
loss-ipd = Odmówiłem(-am) udziału w przygotowaniu indywidualnego planu działania albo z własnej winy przerwałem(-am) jego realizację
loss-socially-useful = Odmówiłem(-am) bez uzasadnionej przyczyny wykonywania prac społecznie użytecznych
loss-abroad = Nie zawiadomiłem(-am) urzędu o wyjeździe za granicę albo byłem(-am) za granicą dłużej niż 30 dni
loss-social-contract = Rozpocząłem(-ęłam) program zatrudnienia socjalnego albo podpisałem(-am) kontrakt socjalny
loss-incapacity = Byłem(-am) niezdolny(-a) do pracy z powodu choroby nieprzerwanie przez 180 dni
loss-loan-2025 = Otrzymałem(-am) środki publiczne albo pożyczkę na podjęcie działalności gospodarczej lub rolniczej
loss-conditions = Przestałem(-am) spełniać warunki (na przykład zacząłem(-ęłam) pracować)
loss-old-act = Przed 1 czerwca 2025 r.: odmowa przyjęcia propozycji pracy (według poprzedniej ustawy)
q-used-before = Czy któryś z podanych okresów był już podstawą przyznania Ci zasiłku dla bezrobotnych?
q-used-before-hint = Okres, za który już raz przyznano zasiłek, nie liczy się ponownie. Jeśli odpowiesz „Tak”, urząd sprawdzi, które okresy się liczą.
q-term-mode-last = Jak zakończyła się Twoja ostatnia praca: { $v0 }?
q-term-mode-last-hint = Według ustawy z 2025 r. liczy się tylko to, jak zakończył się ostatni stosunek pracy przed rejestracją.
q-term-referral = Czy tę pracę dostałeś(-aś) ze skierowania starosty (urzędu pracy), za które pracodawca otrzymał pieniądze z Funduszu Pracy?
exc-art55 = Rozwiązałem(-am) umowę bez wypowiedzenia z winy pracodawcy albo z powodu szkodliwego wpływu pracy na zdrowie (art. 55 Kodeksu pracy)
q-internship = Czy odbyłeś(-aś) płatną praktykę absolwencką, za którą otrzymywałeś(-aś) miesięcznie więcej niż połowę minimalnego wynagrodzenia?
q-internship-date = Kiedy zakończyła się ta praktyka?
q-large-family = Czy masz Kartę Dużej Rodziny?
q-single-parent = Czy samotnie wychowujesz co najmniej jedno dziecko w wieku do 18 lat?
q-single-parent-hint = Albo dziecko do 24 lat, jeśli się uczy i ma orzeczenie o umiarkowanym lub znacznym stopniu niepełnosprawności.
q-spouse-exhausted = Czy masz na utrzymaniu co najmniej jedno dziecko do 18 lat, a Twój małżonek też jest bezrobotny i stracił prawo do zasiłku, bo skończył się okres jego pobierania?
q-years-20 = Czy masz łącznie co najmniej 20 lat okresów zatrudnienia lub innych okresów, za które opłacano składki na Fundusz Pracy?
q-years-20-hint = Liczą się zatrudnienie, praca nakładcza, umowy cywilnoprawne i działalność gospodarcza ze składkami, praca w okresie pozbawienia wolności i w spółdzielni rolniczej. Od tego zależy wysokość zasiłku, a po 50. roku życia także to, jak długo przysługuje.
office-home = Zarejestruj się w powiatowym urzędzie pracy właściwym ze względu na miejsce zamieszkania — tam, gdzie mieszkasz, niezależnie od zameldowania.
register-online-or-in-person = Wniosek o rejestrację możesz złożyć przez internet na praca.gov.pl, podpisany kwalifikowanym podpisem elektronicznym, podpisem zaufanym albo podpisem osobistym, albo zgłosić się osobiście do urzędu. Dniem rejestracji jest dzień złożenia kompletnego wniosku albo dzień, w którym zgłosisz się do urzędu i podpiszesz dane.
benefit-entitled-earliest = Przysługuje Ci zasiłek dla bezrobotnych najwcześniej od { $v0 }.
benefit-may-be-later = Ten dzień może być późniejszy, jeśli dotyczy Cię:
benefit-from-registration = Według ustawy z 2025 r. zasiłek przysługuje za każdy dzień od dnia rejestracji, chyba że zachodzi jedna z okoliczności wymienionych niżej.
benefit-excluded-because = Zasiłek nie przysługuje z powodu:
benefit-amount = Wysokość zasiłku (miesięcznie, brutto): { $v0 } przez pierwsze { $v2 } dni, a potem { $v1 } — kwoty obowiązujące w dniu { $v3 }. Kwoty zmieniają się co roku 1 czerwca.
benefit-amount-120 = To 120% kwoty podstawowej, bo masz co najmniej { $v0 } lat okresów uprawniających do zasiłku.
benefit-amount-percent-unknown = Jeśli masz co najmniej { $v0 } lat okresów uprawniających do zasiłku, przysługuje 120% tych kwot.
benefit-amount-unknown = Kwoty zasiłku obowiązujące od { $v0 } nie są jeszcze znane — poda je urząd.
benefit-length = Zasiłek przysługuje przez { $v0 } dni.
benefit-length-shortened = Okres ten skraca się o dni, za które zasiłek nie przysługuje (na przykład gdy przysługuje później z powodów wymienionych wyżej albo za czas pobytu za granicą).
benefit-length-unknown = Zasiłek przysługuje przez { $v0 } dni albo — jeśli masz niepełnosprawność, Kartę Dużej Rodziny, samotnie wychowujesz dziecko lub spełniasz inny warunek z ustawy — przez { $v1 } dni. Do potwierdzenia w urzędzie.
benefit-day-count = Ustawa nie określa, jak liczyć 90 dni od rejestracji. Przyjęliśmy, że pierwszy z nich to dzień rejestracji — dzień rozpoczęcia wypłaty potwierdzi urząd.
rule-REG-APPLICATION = Rejestracja na wniosek: przez internet albo osobiście
rule-REG-OFFICE-HOME = Urząd właściwy ze względu na miejsce zamieszkania
rule-REG-ONLINE-SIGNATURE = Podpis wniosku składanego przez internet
rule-REG-REGISTRATION-DAY = Dzień rejestracji
rule-REG-ONE-OFFICE = Rejestracja tylko w jednym urzędzie
rule-REG-NOTIFY-CHANGES-7D = Zgłaszanie zmian danych w ciągu 7 dni
rule-STATUS-COVERED-PERSON = Obywatelstwo polskie albo podstawa pobytu cudzoziemca wymieniona w ustawie
rule-STATUS-NOT-IN-SCHOOL-2025 = Brak nauki w szkole (z wyjątkami z ustawy z 2025 r.)
rule-STATUS-NO-PENSION-2025 = Brak prawa do emerytury, renty i świadczeń, które są stałym źródłem dochodu
rule-STATUS-INCOME-2025 = Przychód miesięczny nie wyższy niż połowa minimalnego wynagrodzenia
rule-STATUS-NO-CARE-BENEFIT-2025 = Brak prawa do świadczenia pielęgnacyjnego, specjalnego zasiłku opiekuńczego i zasiłku dla opiekuna
rule-STATUS-NO-BUSINESS-2025 = Brak działalności gospodarczej (chyba że jest zawieszona)
rule-STATUS-NOT-DETAINED-2025 = Brak tymczasowego aresztowania i kary pozbawienia wolności (poza dozorem elektronicznym)
rule-STATUS-NO-COMPANY-ROLE = Brak funkcji w zarządzie, radzie nadzorczej, prokury i podobnych
rule-STATUS-NO-OTHER-INSURANCE = Brak obowiązkowego ubezpieczenia społecznego z innego tytułu (poza KRUS)
rule-STATUS-NO-FOREIGN-INSURANCE = Brak obowiązkowego ubezpieczenia w innym państwie UE, EOG, w Szwajcarii lub Wielkiej Brytanii
rule-STATUS-NO-BUSINESS-ABROAD = Brak działalności gospodarczej za granicą
rule-LOSS-THREE-YEARS = Status wygasa po 3 latach — ponowna rejestracja po 90 dniach
rule-LOSS-FORM-OF-HELP = Utrata statusu na 90 dni po niepodjęciu lub przerwaniu formy pomocy
rule-LOSS-SOCIALLY-USEFUL-WORK = Utrata statusu na 90 dni po odmowie prac społecznie użytecznych
rule-LOSS-LOAN-2025 = Utrata statusu: środki lub pożyczka na działalność
rule-LOSS-SOCIAL-CONTRACT = Utrata statusu na 90 dni po kontrakcie socjalnym
rule-LOSS-INCAPACITY-180 = Utrata statusu po 180 dniach niezdolności do pracy
rule-LOSS-ABROAD = Utrata statusu na 90 dni z powodu pobytu za granicą
rule-LOSS-NO-CONTACT = Utrata statusu na 90 dni z powodu braku kontaktu z urzędem
rule-LOSS-IPD = Utrata statusu na 90 dni po odmowie indywidualnego planu działania
rule-LOSS-OLD-ACT = Utrata statusu przed 1 czerwca 2025 r. — okres z poprzedniej ustawy
rule-BEN-FROM-REGISTRATION = Zasiłek od dnia rejestracji
rule-BEN-NO-REUSE = Okresy, które były już podstawą zasiłku, nie liczą się ponownie
rule-BEN-NOT-OWN-NOTICE = Ostatnia praca nie zakończyła się Twoim wypowiedzeniem
rule-BEN-NOT-DISCIPLINARY = Ostatnia praca nie zakończyła się zwolnieniem dyscyplinarnym
rule-BEN-NOT-REFERRED-JOB = Nie rozwiązałeś(-aś) pracy uzyskanej ze skierowania starosty
rule-BEN-LAST-JOB-BASIS = Ostatnia praca jest podstawą prawa do zasiłku
rule-BEN-LENGTH = Okres pobierania zasiłku: 180 albo 365 dni
rule-BEN-AMOUNT = Wysokość zasiłku
rule-BEN-AMOUNT-120 = Zasiłek 120% przy co najmniej 20 latach okresów uprawniających
rule-BEN-INDEXATION = Waloryzacja zasiłku co roku 1 czerwca
rule-BEN-DAY-COUNT = Sposób liczenia dni zasiłku — do potwierdzenia w urzędzie
rule-Q-CIVIL-CONTRACT-2025 = Umowy cywilnoprawne ze składkami od co najmniej minimalnego wynagrodzenia
rule-Q-PRISON-WORK-2025 = Praca w okresie pozbawienia wolności (podstawa co najmniej minimalne wynagrodzenie)
rule-Q-ABROAD-2025 = Praca za granicą poza UE, EOG, Szwajcarią i Wielką Brytanią ze składką na Fundusz Pracy
rule-Q-MILITARY-2025 = Służba wojskowa i inne służby wymienione w ustawie
rule-Q-PENSION-SICKNESS-2025 = Renta lub zasiłek chorobowy, macierzyński, rehabilitacyjny
rule-DEFER-INTERNSHIP = Płatna praktyka absolwencka — zasiłek po jej zakończeniu
rule-DEFER-SUSPENDED-BUSINESS = Rejestracja w czasie zawieszenia działalności — zasiłek po 90 dniach
rule-DEFER-MUTUAL-AGREEMENT = Ostatnia praca zakończona porozumieniem stron — zasiłek po 90 dniach
rule-DEFER-FORM-OF-HELP = Niepodjęcie lub przerwanie formy pomocy — zasiłek po 90 dniach
rule-DEFER-SOCIALLY-USEFUL-WORK = Odmowa prac społecznie użytecznych — zasiłek po 90 dniach
rule-DEFER-IPD = Odmowa indywidualnego planu działania — zasiłek po 90 dniach
rule-OBL-CONTACT-90D = Kontakt z urzędem co najmniej raz na 90 dni
rule-OBL-NOTIFY-LOSS-7D = Zawiadomienie o utracie statusu w ciągu 7 dni
rule-OBL-ABROAD-2025 = Pobyt za granicą
rule-OBL-INCOME-7D = Oświadczenie o przychodach w ciągu 7 dni
rule-OBL-NOTIFY-WORK-7D = Zawiadomienie o podjęciu pracy w ciągu 7 dni
rule-OBL-SICKNESS-2D = Zawiadomienie o zwolnieniu lekarskim w ciągu 2 dni
rule-OBL-REPAY-30D = Zwrot nienależnego świadczenia w ciągu 30 dni
doc-DOC-APPLICATION = Wniosek o rejestrację (przez internet albo w urzędzie) z Twoimi danymi, między innymi o wykształceniu, zatrudnieniu i o tym, jak zakończył się ostatni stosunek pracy
doc-DOC-ID-2025 = Dowód osobisty, a jeśli go nie masz — inny dokument potwierdzający tożsamość (pokazujesz go przy rejestracji w urzędzie)
doc-DOC-PESEL-2025 = Numer PESEL, a jeśli go nie masz — data i miejsce urodzenia, płeć oraz rodzaj, seria i numer dokumentu tożsamości
doc-DOC-PAYMENT-ACCOUNT = Numer rachunku płatniczego (konta), na który urząd wypłaci świadczenia
doc-DOC-DECLARATIONS-2025 = Oświadczenia o zdolności i gotowości do podjęcia zatrudnienia oraz o braku stałego źródła dochodu (składane pod rygorem odpowiedzialności karnej)
obl-OBL-CONTACT-90D = Kontaktuj się z urzędem co najmniej raz na 90 dni, aby potwierdzić, że chcesz korzystać z pomocy. Bez kontaktu tracisz status na 90 dni.
obl-OBL-NOTIFY-LOSS-7D = W ciągu 7 dni zawiadom urząd o okolicznościach, przez które tracisz status bezrobotnego.
obl-OBL-ABROAD-2025 = Zanim wyjedziesz za granicę, zawiadom urząd. Łącznie możesz tak przebywać za granicą najwyżej 30 dni w roku kalendarzowym; za ten czas zasiłek nie przysługuje. Bez zawiadomienia albo przy dłuższym pobycie tracisz status.
obl-OBL-INCOME-7D = W ciągu 7 dni od uzyskania przychodu prześlij do urzędu oświadczenie o przychodach i inne dokumenty potrzebne do ustalenia świadczeń.
obl-OBL-NOTIFY-WORK-7D = W ciągu 7 dni zawiadom urząd o podjęciu zatrudnienia, innej pracy zarobkowej albo o złożeniu wniosku o wpis do CEIDG.
obl-OBL-SICKNESS-2D = Jeśli zachorujesz, w ciągu 2 dni od wystawienia zwolnienia lekarskiego zawiadom o nim urząd, a wydruk dostarcz w ciągu 7 dni.
obl-OBL-REPAY-30D = Nienależnie pobrane świadczenie zwróć w ciągu 30 dni od doręczenia decyzji starosty.
change-STATUS-NOT-IN-SCHOOL-2025 = Nauka w szkole dla dorosłych, branżowej szkole II stopnia, szkole policealnej, szkole artystycznej albo na studiach niestacjonarnych nie wyklucza statusu.
change-STATUS-INCOME-2025 = Gdyby Twój miesięczny przychód wynosił najwyżej { $v0 }, ten warunek byłby spełniony (podano: { $v1 }).
change-STATUS-NO-BUSINESS-2025 = Status możesz uzyskać, gdy nie prowadzisz działalności gospodarczej albo gdy jej wykonywanie jest zawieszone.
change-STATUS-COVERED-PERSON = Status bezrobotnego może uzyskać obywatel polski albo cudzoziemiec z jedną z podstaw pobytu wymienionych w ustawie.
change-LOSS-THREE-YEARS = Ponownie możesz zarejestrować się od { $v0 }.
change-LOSS-FORM-OF-HELP = Ponownie możesz zarejestrować się od { $v0 }.
change-LOSS-SOCIALLY-USEFUL-WORK = Ponownie możesz zarejestrować się od { $v0 }.
change-LOSS-SOCIAL-CONTRACT = Ponownie możesz zarejestrować się od { $v0 }.
change-LOSS-ABROAD = Ponownie możesz zarejestrować się od { $v0 }.
change-LOSS-NO-CONTACT = Ponownie możesz zarejestrować się od { $v0 }.
change-LOSS-IPD = Ponownie możesz zarejestrować się od { $v0 }.
change-LOSS-OLD-ACT = Ponownie możesz zarejestrować się od { $v0 }.
change-DEFER-MUTUAL-AGREEMENT = Bez tej okoliczności zasiłek przysługiwałby od { $v0 }. Nie dotyczy to porozumienia stron z powodu zmiany miejsca zamieszkania, upadłości lub likwidacji pracodawcy albo zmniejszenia zatrudnienia z przyczyn dotyczących zakładu pracy.
change-DEFER-SUSPENDED-BUSINESS = Bez tej okoliczności zasiłek przysługiwałby od { $v0 }.
change-DEFER-INTERNSHIP = Bez tej okoliczności zasiłek przysługiwałby od { $v0 }.
change-DEFER-FORM-OF-HELP = Bez tej okoliczności zasiłek przysługiwałby od { $v0 }.
change-DEFER-SOCIALLY-USEFUL-WORK = Bez tej okoliczności zasiłek przysługiwałby od { $v0 }.
change-DEFER-IPD = Bez tej okoliczności zasiłek przysługiwałby od { $v0 }.
change-BEN-NOT-OWN-NOTICE = Zasiłek przysługiwałby, gdyby ostatnia praca zakończyła się inaczej niż Twoim wypowiedzeniem albo z powodu zmiany miejsca zamieszkania lub na podstawie art. 55 Kodeksu pracy.
change-BEN-NOT-DISCIPLINARY = Zasiłek przysługiwałby, gdyby ostatnia praca nie zakończyła się rozwiązaniem umowy bez wypowiedzenia z Twojej winy.
change-BEN-NOT-REFERRED-JOB = Zasiłek przysługiwałby, gdyby ta praca nie była uzyskana ze skierowania starosty z pieniędzmi z Funduszu Pracy.
input-error-loss_reason_not_in_rule_set = ten powód utraty statusu istniał tylko przed 1 czerwca 2025 r. — podaj datę sprzed tego dnia albo wybierz inny powód
label-polish_citizen = obywatelstwo polskie
label-foreigner_basis = podstawa pobytu
label-business_suspended = działalność zawieszona
label-company_role = funkcja w spółce
label-foreign_insurance = ubezpieczenie za granicą
label-business_abroad = działalność za granicą
label-last_employment = ostatnia praca
label-last_employment_period = ostatnia praca (okres nr)
label-ended_on = zakończona
label-mode = sposób zakończenia
label-exception = powód
label-starosta_referral = skierowanie starosty
label-last_job_is_basis = ostatnia praca jest podstawą
label-covered_until = okres do
label-business_period_counts = okres działalności się liczy
label-used_for_earlier_benefit = okres był już podstawą zasiłku
label-over_50 = powyżej 50 lat
label-qualifying_years_20 = co najmniej 20 lat okresów
label-large_family_card = Karta Dużej Rodziny
label-child_and_spouse_benefit_exhausted = dziecko i małżonek bez zasiłku
label-single_parent = samotne wychowywanie dziecka
label-length_days = długość zasiłku (dni)
label-days_short = okres podstawowy (dni)
label-days_long = okres wydłużony (dni)
label-as_of = kwoty na dzień
label-in_force_from = kwoty obowiązują od
label-announced_in = ogłoszone w
label-known_until = kwoty znane do
label-percent = procent kwoty
label-years_required = wymagane lata
label-first_days = pierwsze dni
label-first_period_pln = kwota przez pierwsze dni (zł)
label-later_pln = kwota później (zł)
label-first_day_counted = pierwszy liczony dzień
value-vocational_ii_or_post_secondary = branżowa szkoła II stopnia lub szkoła policealna
value-art_school = szkoła artystyczna
value-family_pension_over_half_minimum_wage = renta rodzinna ponad połowę minimalnego wynagrodzenia
value-uniformed_services_benefit = świadczenie ze służb mundurowych
value-teachers_compensation_benefit = nauczycielskie świadczenie kompensacyjne
value-maternity_equivalent_benefit = zasiłek w wysokości zasiłku macierzyńskiego
value-foreign_pension = emerytura lub renta z zagranicy
value-conditions = niespełnianie warunków
value-three_years = upływ 3 lat
value-form_of_help = forma pomocy
value-socially_useful_work = prace społecznie użyteczne
value-social_contract = kontrakt socjalny
value-incapacity_180 = 180 dni niezdolności do pracy
value-abroad = pobyt za granicą
value-no_contact = brak kontaktu
value-ipd = indywidualny plan działania
value-registration_day = dzień rejestracji
value-employee_notice = wypowiedzenie przez pracownika
value-mutual_agreement = porozumienie stron
value-employer_notice = wypowiedzenie przez pracodawcę
value-disciplinary = bez wypowiedzenia z winy pracownika
value-fixed_term_end = upływ czasu umowy
value-other = inny sposób
value-labour_code_art_55 = art. 55 Kodeksu pracy
value-change_of_residence = zmiana miejsca zamieszkania
value-bankruptcy = upadłość pracodawcy
value-liquidation = likwidacja pracodawcy
value-redundancy = zmniejszenie zatrudnienia
