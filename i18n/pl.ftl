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
start-does-not-1 = Nie rejestruje Cię w urzędzie pracy — rejestracji dokonuje urząd, gdy złożysz wniosek i dokumenty.
start-does-not-2 = Nie wydaje decyzji: zasady są opisane tak, jak na stronie urzędu; decyzję podejmuje urząd.
start-privacy-heading = Twoje dane
start-privacy = Nic, co wpiszesz, nie opuszcza tego urządzenia: odpowiedzi ani wynik nie są nigdzie wysyłane, a to narzędzie nie używa plików cookie.
start-privacy-save = Odpowiedzi są przechowywane tylko w tej karcie przeglądarki, aby nie zginęły po odświeżeniu strony, i zwykle znikają po jej zamknięciu. Możesz je też zapisać do pliku na swoim komputerze i wczytać później.
start-privacy-kiosk = Na tym urządzeniu nic nie jest zapisywane: odpowiedzi znikają z ekranu, gdy skończysz albo gdy przez chwilę nikt z niego nie korzysta.
footer-version = Wersja narzędzia { $v0 }. Liczby (płaca minimalna, kwoty zasiłku) według stanu na { $v1 }.
figures-stale = Ta wersja narzędzia zna { $v0 } tylko do { $v1 }. Dla późniejszego dnia rejestracji wynik tego nie uwzględni — urząd powinien zainstalować nowszą wersję.
figures-minimum-wage = wysokość płacy minimalnej
figures-benefit-amounts = kwoty zasiłku dla bezrobotnych
start-rule-set-heading = Zestaw zasad
start-rule-set = Zasady zależą od dnia rejestracji. Od { $v0 } obowiązuje ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia; dla wcześniejszego dnia — zasady opisane na stronie powiatowego urzędu pracy (ustawa z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy). Decyzję podejmuje urząd.
start-load-heading = Masz zapisane odpowiedzi?
load-label = Wczytaj odpowiedzi z pliku
load-hint = Plik JSON zapisany wcześniej przyciskiem „Zapisz odpowiedzi”. Plik jest czytany tylko w tej przeglądarce.
load-error = Nie udało się wczytać pliku: { $v0 }
load-error-not-answers = to nie jest plik odpowiedzi zapisany przez to narzędzie albo plik został zmieniony.
load-error-not-answers-at = to nie jest plik odpowiedzi zapisany przez to narzędzie albo plik został zmieniony (wiersz { $v0 }, kolumna { $v1 }).
load-error-unreadable = przeglądarka nie może odczytać tego pliku.
load-error-detail = Szczegóły techniczne (po angielsku):
# The name of the saved answers file (letters, digits and hyphens only, for every system).
print = Drukuj
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
q-reg-date-hint = Od dnia rejestracji zależą między innymi: przepisy, które stosujemy (od 1 czerwca 2025 r. obowiązuje nowa ustawa), okres 18 miesięcy, z którego liczy się Twoja praca, i kwoty zasiłku. Wpisaliśmy dzisiejszą datę — możesz ją zmienić.
q-pesel = Jaki jest Twój numer PESEL?
q-pesel-hint = 11 cyfr. Z numeru PESEL odczytamy datę urodzenia i płeć.
q-pesel-unknown = Nie mam numeru PESEL albo nie chcę go podawać
link-error = Nie udało się odczytać odpowiedzi z linku ani z kodu QR: kod jest uszkodzony albo pochodzi z innej wersji tego narzędzia. Odpowiedzi na tym urządzeniu się nie zmieniły.
read-aloud = Przeczytaj na głos
check-pesel-withheld = Nie przeniesiono: link i kod QR nie zawierają numeru PESEL (są w nich data urodzenia i płeć). Możesz go wpisać ponownie.
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
q-pensions = Czy masz prawo do emerytury lub renty albo pobierasz zasiłek przedemerytalny, chorobowy, macierzyński lub świadczenie przedemerytalne albo rehabilitacyjne?
q-pensions-hint = Z rent liczy się tylko renta z tytułu niezdolności do pracy, renta szkoleniowa lub renta socjalna. Zasiłki i świadczenia liczą się, jeśli pobierasz je po zakończeniu pracy lub działalności.
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
q-farm = Czy masz nieruchomość rolną powyżej 2 ha przeliczeniowych albo jesteś w takim gospodarstwie ubezpieczony(-a) jako małżonek lub domownik?
q-farm-hint = Chodzi o grunty rolne, które są Twoją własnością albo które posiadasz w inny sposób (na przykład dzierżawisz), jeśli same użytki rolne mają ponad 2 ha przeliczeniowe. Hektary przeliczeniowe uwzględniają jakość ziemi i to, gdzie leży — ich liczbę znajdziesz zwykle w decyzji o podatku rolnym. Albo: stale pracujesz w takim gospodarstwie jako małżonek lub domownik rolnika i dlatego podlegasz ubezpieczeniu emerytalnemu i rentowemu w KRUS.
q-special-agri = Czy Twój dochód z działów specjalnych produkcji rolnej przekracza przeciętny dochód z 2 ha przeliczeniowych?
q-special-agri-hint = Działy specjalne produkcji rolnej to rodzaje produkcji rolnej, od których dochodu płaci się podatek dochodowy — na przykład uprawy w szklarniach i ogrzewanych tunelach foliowych, uprawa grzybów, fermy i wylęgarnie drobiu, hodowla zwierząt futerkowych, pasieki albo chów zwierząt poza gospodarstwem rolnym. Dochód z nich, obliczony jak do podatku dochodowego, porównaj z przeciętnym dochodem z pracy w indywidualnych gospodarstwach rolnych z 2 ha przeliczeniowych, ustalanym przez Prezesa GUS. Jeśli nie masz takiej produkcji, odpowiedz „Nie”.
q-business = Czy masz zarejestrowaną pozarolniczą działalność gospodarczą?
q-business-hint = Od dnia wskazanego w zgłoszeniu do ewidencji do dnia wyrejestrowania tej działalności.
q-insurance = Czy podlegasz obowiązkowi ubezpieczenia społecznego z innego tytułu (z wyjątkiem ubezpieczenia społecznego rolników)?
q-insurance-hint = Chodzi o to, czy z innego powodu niż praca lub działalność gospodarcza (o nie pytamy osobno) przepisy nakazują opłacać składki na Twoje ubezpieczenia społeczne w ZUS. Na przykład gdy jesteś duchownym, członkiem rady nadzorczej, który dostaje za to wynagrodzenie, albo pobierasz stypendium sportowe. Ubezpieczenie rolników w KRUS się nie liczy.
q-detained = Czy jesteś tymczasowo aresztowany(-a) lub odbywasz karę pozbawienia wolności?
q-income = Ile wynosi Twój miesięczny dochód?
q-income-hint = Kwota w złotych, np. 1200,50. Bez odsetek od pieniędzy zgromadzonych na rachunkach bankowych. Jeśli nie masz dochodu, wpisz 0. Jeśli granica nie jest jeszcze znana, urząd porówna Twój dochód z granicą w dniu rejestracji.
q-income-limit = Granica: połowa minimalnego wynagrodzenia za pracę, czyli { $v0 } (minimalne wynagrodzenie w dniu { $v1 }: { $v2 }).
q-income-limit-unknown = Granica to połowa minimalnego wynagrodzenia. Na { $v0 } jej jeszcze nie znamy (znamy ją do { $v1 }).
q-income-unknown = Nie wiem, ile wynosi mój przychód
q-perm-allowance = Czy pobierasz zasiłek stały z pomocy społecznej?
q-care-benefit = Czy pobierasz świadczenie pielęgnacyjne albo dodatek do zasiłku rodzinnego dla samotnego rodzica, który stracił zasiłek dla bezrobotnych?
q-care-benefit-hint = Dodatek liczy się tylko wtedy, gdy przysługuje z tytułu samotnego wychowywania dziecka i utraty prawa do zasiłku dla bezrobotnych, bo skończył się ustawowy okres jego pobierania. Zwykły dodatek z tytułu samotnego wychowywania dziecka się nie liczy.
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
q-refused = Czy odmówiłeś(-aś) bez uzasadnionej przyczyny przyjęcia propozycji pracy, szkolenia, stażu lub przygotowania zawodowego z urzędu pracy?
q-refused-hint = Chodzi o propozycję, którą otrzymałeś(-aś) jako osoba bezrobotna zarejestrowana w urzędzie pracy: odpowiedniego zatrudnienia, innej pracy zarobkowej, szkolenia, stażu, przygotowania zawodowego w miejscu pracy, prac interwencyjnych lub robót publicznych. Odpowiednie zatrudnienie to między innymi praca, którą możesz wykonywać dzięki swoim kwalifikacjom albo po przeszkoleniu, na którą pozwala Ci zdrowie i do której dojazd komunikacją publiczną tam i z powrotem trwa łącznie najwyżej 3 godziny.
q-refused-date = Kiedy odmówiłeś(-aś) przyjęcia propozycji?
q-severance = Czy otrzymałeś(-aś) ekwiwalent pieniężny za urlop górniczy albo szczególną odprawę: socjalną, zasiłkową, po zasiłku socjalnym, warunkową lub bezwarunkową?
q-severance-hint = Chodzi tylko o te świadczenia z odrębnych przepisów (na przykład dla górników): jednorazowy ekwiwalent pieniężny za urlop górniczy, jednorazową odprawę socjalną, zasiłkową, pieniężną po zasiłku socjalnym, jednorazową odprawę warunkową lub odprawę pieniężną bezwarunkową. Nie liczy się zwykła odprawa pieniężna od pracodawcy — ani przy zwolnieniu z przyczyn niedotyczących pracownika (według ustawy o zwolnieniach grupowych), ani z Kodeksu pracy, na przykład emerytalna lub rentowa — ani ekwiwalent za niewykorzystany urlop wypoczynkowy. Jeśli dostałeś(-aś) tylko taką odprawę albo taki ekwiwalent, odpowiedz „Nie”.
q-severance-date = Jaki jest ostatni dzień okresu, za który otrzymałeś(-aś) ekwiwalent lub odprawę?
q-severance-date-hint = Ekwiwalent lub odprawę otrzymuje się za określony okres. Wpisz ostatni dzień tego okresu: zasiłek może przysługiwać dopiero od następnego dnia. Jeśli go nie znasz, zapytaj tego, kto wypłacił świadczenie, albo zaznacz „Nie wiem, kiedy”.
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
periods-count-range = Okresy zaliczane w tej chwili: od { $v0 } do { $v1 } { $v1 ->
        [one] dnia
       *[other] dni
    } z wymaganych { $v2 }. Ile z nich się liczy, zależy od odpowiedzi na następnych stronach (na przykład czy okres był już podstawą zasiłku).
period-add = Dodaj okres
period-add-another = Dodaj kolejny okres
periods-list-caption = Dodane okresy
period-n = Okres { $v0 }
period-removed = Usunięto okres { $v0 }: { $v1 }. Pozostałe okresy mają teraz nowe numery.
period-edit-title = Okres pracy lub inny okres
period-kind-label = Rodzaj okresu
period-kinds-more = Pokaż pozostałe rodzaje okresów (na przykład służba wojskowa albo praca za granicą)
period-from = Od kiedy?
period-to = Do kiedy?
period-min-wage = Czy wynagrodzenie, dochód lub podstawa wymiaru składek wynosiły co najmniej minimalne wynagrodzenie za pracę?
period-min-wage-half = Czy podstawa wymiaru składek wynosiła co najmniej połowę minimalnego wynagrodzenia za pracę?
period-min-wage-pension = Czy podstawa wymiaru zasiłku lub świadczenia rehabilitacyjnego wynosiła co najmniej minimalne wynagrodzenie? Przy rencie odpowiedz „Tak”.
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
kind-care-benefit = Pobieranie świadczenia pielęgnacyjnego, specjalnego zasiłku opiekuńczego lub zasiłku dla opiekuna
kind-nanny = Praca niani na podstawie umowy uaktywniającej
kind-other-contributions = Inny okres, za który opłacano składki na ubezpieczenia społeczne i Fundusz Pracy
kind-family-pension-chosen = Pobieranie renty rodzinnej, którą wybrano zamiast renty z tytułu niezdolności do pracy
kind-uniformed-family-chosen = Pobieranie świadczenia pieniężnego dla członków rodzin funkcjonariuszy lub żołnierzy zawodowych, które wybrano zamiast emerytury lub renty z ZUS
kind-child-care-insured = Osobista opieka nad dzieckiem jako osoba, o której mowa w art. 6a ust. 1 ustawy o systemie ubezpieczeń społecznych
kind-pension-insurance-6c = Obowiązkowe ubezpieczenia emerytalne i rentowe na podstawie art. 6c ust. 1 ustawy o systemie ubezpieczeń społecznych
kind-contributions-16 = Okres, w którym składki za Ciebie finansowano ze środków, o których mowa w art. 16 ust. 4a ustawy o systemie ubezpieczeń społecznych
kind-covid-reduced = Zatrudnienie z wymiarem czasu pracy obniżonym na podstawie art. 15g ustawy o COVID-19, z wynagrodzeniem poniżej minimalnego

## Terminations
q-term-mode = Jak zakończyło się zatrudnienie od { $v0 } do { $v1 }?
q-term-mode-hint = Ma to znaczenie, jeśli zatrudnienie zakończyło się w okresie 6 miesięcy przed rejestracją (od { $v0 } do { $v1 }).
term-employee-notice = Wypowiedziałem(-am) umowę
term-mutual = Na mocy porozumienia stron
term-employer-notice = Pracodawca wypowiedział umowę
term-disciplinary = Pracodawca rozwiązał umowę bez wypowiedzenia z mojej winy
term-fixed-end = Umowa na czas określony rozwiązała się z upływem czasu, na który ją zawarto
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
to-confirm = do potwierdzenia w urzędzie
pln = { $v0 } zł

## Errors
err-required-choice = Wybierz jedną z odpowiedzi
err-required-choice-named = Odpowiedz na pytanie: { $v0 }
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

## Documents of the checklist, by DOC rule ID

## Obligations, by OBL rule ID

## "What would change it", by rule ID

## Names of the values in the engine's trace

## Answer values of the answers file

## Language switch (the languages are named in their own language by the app)
language-switch-label = Język
language-load-failed = Nie udało się wczytać języka: { $v0 }. Sprawdź połączenie z internetem i spróbuj ponownie.

## Input errors of the engine (result "errors"), keyed by their code: what is wrong

## The 2025 Act (ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia), rules.md §12

sec-length = Długość i wysokość zasiłku
q-citizen = Czy masz obywatelstwo polskie?
q-citizen-hint = Cudzoziemiec może zarejestrować się jako bezrobotny tylko w sytuacjach wymienionych w ustawie — o to zapytamy na następnej stronie.
q-foreigner-basis = Na jakiej podstawie przebywasz w Polsce?
q-foreigner-basis-hint = Od tego zależy, czy ustawa pozwala Ci zarejestrować się jako osoba bezrobotna. Jeśli nic nie pasuje, wybierz ostatnią odpowiedź.
q-foreigner-doc = Co potwierdza Twoje prawo do pobytu w Polsce?
q-foreigner-doc-hint = Wybierz dokument, na podstawie którego przebywasz w Polsce teraz. Jeśli potrzebne będą szczegóły, zapytamy o nie na następnej stronie.
fd-eu = Jestem obywatelem(-ką) państwa Unii Europejskiej, Europejskiego Obszaru Gospodarczego lub Szwajcarii albo obywatelem(-ką) Wielkiej Brytanii objętym(-ą) umową o wystąpieniu (lub członkiem rodziny takiej osoby)
fd-card = Karta pobytu
fd-ukr = Ochrona czasowa — na przykład status UKR w rejestrze PESEL
fd-visa = Wiza
fd-certificate = Zaświadczenie z art. 35 ustawy o udzielaniu cudzoziemcom ochrony (ubiegam się o ochronę międzynarodową)
fd-tolerated = Zgoda na pobyt tolerowany
fd-family = Jestem członkiem rodziny obywatela Polski, Unii Europejskiej, Europejskiego Obszaru Gospodarczego lub Szwajcarii i przebywam z nim w Polsce, bez karty pobytu
fd-other = Inny dokument albo żaden z tych (na przykład zezwolenie na pracę sezonową)
q-foreigner-basis-card = Jakie zezwolenie jest wpisane w Twojej karcie pobytu?
q-foreigner-basis-visa = Jaką masz wizę?
q-foreigner-basis-family = Czyim członkiem rodziny jesteś?
fb-card-humanitarian = Zgoda na pobyt ze względów humanitarnych
fb-card-work = Zezwolenie na pobyt czasowy z art. 114 lub art. 126 ustawy o cudzoziemcach
fb-card-p = Zezwolenie na pobyt czasowy z art. 186 ust. 1 pkt 9 ustawy o cudzoziemcach
fb-card-other = Inne zezwolenie na pobyt czasowy (na przykład na studia)
fb-visa-work = Wiza wydana w celu wykonywania pracy
fb-visa-art60 = Wiza z art. 60 ust. 1 pkt 23 ustawy o cudzoziemcach
fb-visa-other = Inna wiza (na przykład studencka albo turystyczna)
q-ukrainian = Czy masz obywatelstwo Ukrainy i przebywasz w Polsce legalnie?
q-ukrainian-hint = Na przykład ze statusem UKR w rejestrze PESEL, na wizie albo z kartą pobytu. Obywatelka lub obywatel Ukrainy może zarejestrować się jako osoba bezrobotna także bez podstawy pobytu z poprzedniej strony i bez górnej granicy wieku (art. 22¹ ustawy o pomocy obywatelom Ukrainy).
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
q-company-role-hint = Chodzi o: członka zarządu, prokurenta, członka rady nadzorczej lub likwidatora spółki z o.o., prostej spółki akcyjnej albo spółki akcyjnej; prokurenta lub pełnomocnika przedsiębiorcy; wspólnika spółki jawnej, partnera, komplementariusza; dyrektora w radzie dyrektorów.
q-foreign-insurance = Czy podlegasz obowiązkowemu ubezpieczeniu społecznemu lub od bezrobocia w innym państwie Unii Europejskiej, EOG, Szwajcarii albo Wielkiej Brytanii?
q-foreign-insurance-hint = Chodzi o ubezpieczenie, które jest tam obowiązkowe, na przykład dlatego, że tam pracujesz albo prowadzisz działalność. Europejski Obszar Gospodarczy (EOG) to Unia Europejska oraz Islandia, Liechtenstein i Norwegia.
q-business-abroad = Czy prowadzisz działalność gospodarczą w innym państwie niż Polska?
q-loss-2025-hint = Na przykład po 3 latach od rejestracji, po braku kontaktu z urzędem przez 90 dni albo po przerwaniu szkolenia z własnej winy. Jeśli status ustał, bo podjąłeś(-aś) pracę, wybierz „Nie”.
q-loss-date-2025-hint = Podaj dzień, od którego odebrano Ci status (jest w decyzji starosty). Jeśli status wygasł po 3 latach — dzień, w którym te 3 lata minęły; jeśli miałeś(-aś) status 1 czerwca 2025 r., te 3 lata liczą się od tego dnia (art. 433 ust. 7).
q-loss-occurrence = Która to była odmowa albo nieobecność w urzędzie?
q-loss-occurrence-hint = Według poprzedniej ustawy status odbierano na 120 dni za pierwszym razem, na 180 dni za drugim i na 270 dni za trzecim i każdym kolejnym (art. 33 ust. 4 pkt 3–4). Liczba jest w decyzji starosty.
occurrence-first = Pierwsza
occurrence-second = Druga
occurrence-third = Trzecia lub kolejna
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
loss-old-act = Przed 1 czerwca 2025 r.: odmowa propozycji pracy, innej formy pomocy lub badań lekarskich albo niestawienie się w urzędzie (według poprzedniej ustawy)
q-used-before = Czy któryś z podanych okresów był już raz podstawą nabycia prawa do zasiłku dla bezrobotnych?
q-used-before-hint = Taki okres nie liczy się ponownie (art. 218 ust. 5) — chyba że od utraty statusu z tamtej rejestracji minęło mniej niż 365 dni (art. 226). Jeśli odpowiesz „Tak”, zapytamy o tamten zasiłek.
q-prev-lost-on = Od którego dnia nie masz statusu osoby bezrobotnej z tamtej rejestracji?
q-prev-lost-on-hint = Dzień, w którym status się skończył, np. dzień podjęcia pracy. Jeśli od tego dnia minęło mniej niż 365 dni, możesz dostać resztę zasiłku albo zasiłek na okres skrócony o dni już pobrane (art. 226).
q-prev-lost-why = Dlaczego wtedy straciłeś(-aś) status?
prev-lost-work = Podjąłem(-ęłam) pracę, inną pracę zarobkową lub działalność albo mój przychód przekroczył połowę minimalnego wynagrodzenia
prev-lost-service = Służba wojskowa lub zastępcza, szkolenie albo staż zorganizowany nie przez urząd pracy, zadania obrony cywilnej
prev-lost-other = Z innego powodu
q-prev-work-ended = Kiedy ta praca, działalność, służba lub szkolenie się skończyły?
q-prev-work-ended-hint = Ostatni dzień. Jeśli po pracy pobierałeś(-aś) zasiłek chorobowy lub macierzyński, podaj ostatni dzień tego zasiłku. Rejestracja w ciągu 14 dni od tego dnia daje prawo do reszty zasiłku (art. 226 ust. 1).
q-prev-drawn = Przez ile dni pobierałeś(-aś) zasiłek przed utratą statusu?
q-prev-drawn-hint = Liczba dni jest w decyzjach urzędu. Okres zasiłku skraca się o te dni.
q-prev-drawn-unknown = Nie wiem, ile dni
prev-drawn-value = { $v0 } { $v0 ->
        [one] dzień
        [few] dni
        [many] dni
       *[other] dni
    }
err-required-days = Wpisz liczbę dni albo zaznacz „Nie wiem, ile dni”
err-days = Wpisz liczbę dni od 0 do 365, same cyfry, np. 60
err-prev-work-before-loss = Praca, która odebrała status, nie mogła skończyć się przed dniem utraty statusu
q-documents-later = Czy dokumenty potwierdzające okresy dostarczysz dopiero po dniu rejestracji?
i-documents-later = Świadectwo pracy albo zaświadczenie o którymś z okresów dostarczę dopiero po dniu rejestracji
i-documents-later-hint = Zasiłek przysługuje wtedy od dnia, w którym udokumentujesz prawo do niego (art. 221).
q-term-mode-last = Jak zakończyła się Twoja ostatnia praca — zatrudnienie od { $v0 } do { $v1 }?
q-term-mode-last-hint = Według ustawy z 2025 r. liczy się tylko to, jak zakończył się ostatni stosunek pracy przed rejestracją.
q-term-referral = Czy tę pracę dostałeś(-aś) ze skierowania starosty (urzędu pracy), za które pracodawca otrzymał pieniądze z Funduszu Pracy?
exc-art55 = Rozwiązałem(-am) umowę bez wypowiedzenia z winy pracodawcy albo z powodu szkodliwego wpływu pracy na zdrowie (art. 55 Kodeksu pracy)
q-internship = Czy odbyłeś(-aś) płatną praktykę absolwencką, za którą otrzymywałeś(-aś) miesięcznie więcej niż połowę minimalnego wynagrodzenia?
q-internship-hint = Praktyka absolwencka to praktyka u pracodawcy na podstawie umowy o praktykę absolwencką, dla osoby, która ukończyła szkołę lub studia. Bezpłatna praktyka albo praktyka za połowę minimalnego wynagrodzenia lub mniej się nie liczy.
q-internship-date = Kiedy zakończyła się ta praktyka?
q-large-family = Czy masz Kartę Dużej Rodziny?
q-single-parent = Czy samotnie wychowujesz co najmniej jedno dziecko w wieku do 18 lat?
q-single-parent-hint = Albo dziecko do 24 lat, jeśli się uczy i ma orzeczenie o umiarkowanym lub znacznym stopniu niepełnosprawności.
q-spouse-exhausted = Czy masz na utrzymaniu dziecko do 18 lat, a Twój małżonek też jest bezrobotny i wykorzystał cały okres zasiłku?
q-spouse-exhausted-hint = Dziecko do 18 lat albo do 24 lat, jeśli uczy się w szkole lub na uczelni i ma orzeczenie o umiarkowanym lub znacznym stopniu niepełnosprawności. Twój mąż lub Twoja żona też musi być osobą bezrobotną i stracić prawo do zasiłku, bo skończył się okres jego pobierania — po dniu, w którym Ty nabyłeś(-aś) prawo do zasiłku.
q-years-20 = Czy masz łącznie co najmniej 20 lat okresów zatrudnienia lub innych okresów, za które opłacano składki na Fundusz Pracy?
q-years-20-hint = Liczą się (art. 224 ust. 2): zatrudnienie, praca nakładcza, umowy cywilnoprawne i działalność gospodarcza ze składkami, praca w okresie pozbawienia wolności, w spółdzielni rolniczej i za granicą (ze składką na Fundusz Pracy albo przed przyjazdem jako repatriant), inna praca zarobkowa ze składką na Fundusz Pracy, służba wojskowa i służba w formacjach mundurowych, urlop wychowawczy, inne okresy ze składkami na ubezpieczenia społeczne i Fundusz Pracy oraz okresy objęte odszkodowaniem; a także między innymi bezpłatne urlopy na opiekę nad małym dzieckiem i praca przed 1997 r. (art. 224 ust. 3–4). Od tego zależy wysokość zasiłku, a po 50. roku życia także to, jak długo przysługuje.
q-income-2025 = Ile wynosi Twój miesięczny przychód (poza pracą i działalnością)?
q-income-2025-hint = Liczą się przychody opodatkowane podatkiem dochodowym, inne niż z pracy, umów, działalności gospodarczej i świadczeń z Funduszu Pracy — na przykład z najmu. Odsetek od pieniędzy na rachunku bankowym nie wliczaj. Wpisz 0, jeśli nie masz takich przychodów. Jeśli granica nie jest jeszcze znana, urząd porówna Twój przychód z granicą w dniu rejestracji.
result-loading = Wczytywanie wyniku… Jeśli ten komunikat nie znika, sprawdź połączenie z internetem i odśwież stronę. Twoje odpowiedzi pozostaną w tej karcie przeglądarki (nie dotyczy kiosku w urzędzie).
caption-progress = { $v0 } — część { $v1 } z { $v2 }
# Grouped question pages of the 2025 Act (issue 13): "select all that apply", GOV.UK's
# checkboxes with an exclusive "none" answer. Each item is a statement in the first person.
g-about = Czy masz któryś z tych dokumentów?
g-about-hint = Zaznacz wszystkie, które masz.
g-status = Co z tego dotyczy Cię w dniu rejestracji?
g-status-hint = Zaznacz wszystko, co Cię dotyczy.
g-events = Czy któraś z tych sytuacji Cię dotyczy?
g-events-hint = Zaznacz wszystko, co Cię dotyczy. Od tego zależy, od kiedy przysługuje zasiłek i które okresy się liczą.
g-length = Co z tego dotyczy Twojej rodziny i Twojego stażu pracy?
g-length-hint = Zaznacz wszystko, co Cię dotyczy. Od tego zależy, jak długo przysługuje zasiłek i jaka jest jego wysokość.
g-online = Co już masz, żeby założyć konto w Praca.gov.pl?
g-online-hint = Zaznacz wszystko, co masz.
g-none = Nic z tego mnie nie dotyczy
g-or = albo
g-more = Co to znaczy?
g-unknown = Nie wiem, czy dotyczy mnie coś innego z tej listy
g-unknown-list = Nie wiem: { $v0 }
err-required-group = Zaznacz wszystko, co Cię dotyczy, albo „Nic z tego mnie nie dotyczy”
i-disabled = Orzeczenie o niepełnosprawności albo o stopniu niepełnosprawności
i-contra = Dokument o przeciwwskazaniach do wykonywania określonych prac
i-employed = Jestem zatrudniony(-a) lub wykonuję inną pracę zarobkową
i-pensions = Mam prawo do emerytury, renty albo świadczenia, które ustawa uznaje za stałe źródło dochodu
i-business = Mam zarejestrowaną pozarolniczą działalność gospodarczą (także zawieszoną)
i-business-hint = O zawieszenie zapytamy na następnej stronie.
i-company-role = Pełnię funkcję w spółce lub u przedsiębiorcy
i-insurance = Podlegam obowiązkowi ubezpieczenia społecznego z innego tytułu (innego niż rolnicze)
i-foreign-insurance = Podlegam obowiązkowemu ubezpieczeniu społecznemu lub od bezrobocia w innym państwie UE lub EOG, w Szwajcarii albo w Wielkiej Brytanii
i-business-abroad = Prowadzę działalność gospodarczą w innym państwie niż Polska
i-detained = Jestem tymczasowo aresztowany(-a) lub odbywam karę pozbawienia wolności w zakładzie karnym
i-perm-allowance = Mam prawo do zasiłku stałego z pomocy społecznej
i-care-benefit = Mam prawo do świadczenia pielęgnacyjnego, specjalnego zasiłku opiekuńczego albo zasiłku dla opiekuna
i-training-benefit = Po ustaniu zatrudnienia pobieram świadczenie szkoleniowe
i-prison = Zostałem(-am) zwolniony(-a) z zakładu karnego lub aresztu śledczego
i-military = Odbyłem(-am) zasadniczą lub okresową służbę wojskową w okresie 18 miesięcy przed dniem rejestracji
i-severance = Otrzymałem(-am) ekwiwalent pieniężny za urlop górniczy albo szczególną odprawę: socjalną, zasiłkową, po zasiłku socjalnym, warunkową lub bezwarunkową
i-notice-comp = Otrzymałem(-am) odszkodowanie za skrócenie okresu wypowiedzenia umowy o pracę
i-internship = Odbywam lub odbyłem(-am) płatną praktykę absolwencką, za którą dostaję lub dostawałem(-am) miesięcznie więcej niż połowę minimalnego wynagrodzenia
i-large-family = Mam Kartę Dużej Rodziny
i-single-parent = Samotnie wychowuję co najmniej jedno dziecko w wieku do 18 lat
i-spouse-exhausted = Mam na utrzymaniu dziecko do 18 lat, a mój małżonek też jest bezrobotny i wykorzystał cały okres zasiłku
i-years-20 = Mam łącznie co najmniej 20 lat okresów zatrudnienia lub innych okresów, za które opłacano składki na Fundusz Pracy
i-pz = Profil Zaufany
i-qes = Kwalifikowany podpis elektroniczny
i-active = Konto w Praca.gov.pl o statusie „Aktywne”
i-detained-hint = Kara odbywana poza zakładem karnym w systemie dozoru elektronicznego się nie liczy.
i-care-benefit-hint = Świadczenie pielęgnacyjne i specjalny zasiłek opiekuńczy przyznaje się na podstawie ustawy o świadczeniach rodzinnych, a zasiłek dla opiekuna — na podstawie ustawy o ustaleniu i wypłacie zasiłków dla opiekunów. Liczy się to, że masz do nich prawo.
