# English: every message of the app, translated from the Polish reference (pl.ftl).
# Variables: { $v0 }, { $v1 } … are filled by the app (dates and amounts already formatted).
# Polish words kept in the text (names of buttons on Praca.gov.pl, legal terms) are marked <pl>…</pl>:
# the app shows them with lang="pl", so that a screen reader reads them in Polish.

app-title = Check if you can register as unemployed
app-short-title = Registering at a labour office — check
skip-link = Skip to main content
back = Back
continue = Continue
start-button = Start now
start-lead = Answer a few questions to find out if you can register as unemployed at the county labour office (PUP), if you get unemployment benefit and from which day, which office to go to, which documents to bring and how to create an account on Praca.gov.pl.
start-does-heading = What this tool does
start-does-1 = It asks about your situation and your work in the last 18 months.
start-does-2 = It shows the result with the reasons: which rules decided it and which sentence of the source describes them.
start-does-3 = It prepares a summary to print: a list of documents and obligations.
start-does-not-heading = What this tool does not do
start-does-not-1 = It does not register you at the labour office — you register in person, on the day you hand in all the documents.
start-does-not-2 = It does not make decisions: the rules are described as on the office’s website; the office makes the decision.
start-privacy-heading = Your data
start-privacy = Nothing you enter leaves this device.
start-privacy-save = You can save your answers to a file on your computer and load them later.
start-privacy-kiosk = On this device your answers are removed from the screen when you finish or when nobody has used it for a while.
start-rule-set-heading = Rule set
start-rule-set = Rules as described on the website of the county labour office (Act of 20 April 2004 on employment promotion and labour market institutions, in the version described on that website). The office makes the decision.
start-load-heading = Have you saved your answers?
load-label = Load answers from a file
load-hint = A JSON file you saved earlier with the “Save answers” button. The file is read only in this browser.
load-error = The file could not be loaded: { $v0 }
load-error-not-answers = it is not an answers file saved by this tool, or the file has been changed.
load-error-not-answers-at = it is not an answers file saved by this tool, or the file has been changed (line { $v0 }, column { $v1 }).
load-error-unreadable = the browser cannot read this file.
load-error-detail = Technical details:
save-answers = Save answers
save-file-name = pup-answers.json
print = Print
change-answers = Change answers
start-again = Start again
restart-warning = All your answers will be deleted from this page and cannot be brought back. If you want to return to them, save them first with the “Save answers” button.
restart-warning-kiosk = All your answers will be deleted from this page and cannot be brought back. If you need the result, print it first.
restart-confirm = Yes, delete my answers and start again
restart-keep = No, keep my answers
yes = Yes
no = No
dont-know = I don’t know
change = Change
remove = Remove
not-answered = Not answered
error-summary-title = There is a problem
error-prefix = Error:
day = Day
month = Month
year = Year
date-hint = For example, 27 3 2026
date-hint-birth = For example, 10 5 1990
date-unknown = I don’t know when
unknown-inline = unknown

## Sections
sec-about = About you
sec-residence = Your registered address
sec-status = Your situation on the day you register
sec-work = Your work in the last 18 months
sec-endings = How your work ended
sec-special = Special situations
sec-online = Account on Praca.gov.pl

## Questions
q-reg-date = When do you want to register at the labour office?
q-reg-date-hint = The day you register sets, among other things, the 18-month period in which your work counts and the 7 days before the benefit. We have entered today’s date — you can change it.
q-pesel = What is your PESEL number?
q-pesel-hint = 11 digits. We will read your date of birth and sex from your PESEL number.
q-pesel-unknown = I don’t have a PESEL number or I don’t want to give it
q-birth-date = What is your date of birth?
q-birth-date-hint = You can have unemployed status if you are 18 or over and under 60 (women) or under 65 (men).
q-sex = What is your sex?
q-sex-hint = Age limit: women — 60, men — 65.
female = Female
male = Male
q-disabled = Are you a person with a disability?
q-disabled-hint = A person with a disability shows the disability decision issued by the authorised body.
q-contra = Do you have a document about contraindications to doing certain kinds of work?
q-residence = Where is your registered address (<pl>zameldowanie</pl>)?
q-residence-hint = You register at the county labour office responsible for your permanent or temporary registered address.
res-permanent = I only have a permanent registered address (<pl>zameldowanie stałe</pl>)
res-temporary = I only have a temporary registered address (<pl>zameldowanie czasowe</pl>)
res-same = I have a permanent and a temporary registered address in the same town or village
res-other = My permanent registered address is in a different town or village from my temporary registered address
res-none = I do not have a registered address
q-employed = Are you employed or doing any other paid work?
q-ready = Are you able and ready to take up full-time employment?
q-ready-half = Are you able and ready to take up employment for at least half of full-time hours?
q-ready-hint = Full-time hours that apply in the given occupation or service, or in other paid work.
q-ready-half-hint = At least half of the full-time hours that apply in the given occupation or service, or in other paid work.
q-schooling = Are you studying at a school or a university?
school-none = I am not studying
school-day = Yes, at a school (not for adults) or in full-time (day) university studies
school-adult = Yes, at a school for adults
school-evening = Yes, in evening or extramural (part-time) university studies
q-pensions = Are you entitled to an old-age pension, a pension for inability to work (<pl>renta z tytułu niezdolności do pracy</pl>), a training pension (<pl>renta szkoleniowa</pl>) or a social pension (<pl>renta socjalna</pl>), or do you receive a pre-retirement allowance or pre-retirement benefit, a rehabilitation benefit, sickness benefit or maternity benefit?
q-pensions-hint = <pl>Renta</pl>: a pension for inability to work, a training pension or a social pension.
q-pension-kinds = Which of these apply to you?
q-pension-kinds-hint = Select all that apply to you.
pen-old-age = Right to an old-age pension
pen-disability = Pension for inability to work
pen-training = Training pension
pen-social = Social pension
pen-pre-ret-allowance = Pre-retirement allowance
pen-pre-ret-benefit = Pre-retirement benefit
pen-rehab = Rehabilitation benefit
pen-sickness = Sickness benefit
pen-maternity = Maternity benefit
q-farm = Do you own or hold agricultural property with more than 2 conversion hectares (<pl>hektary przeliczeniowe</pl>) of farmland, or are you covered by pension and disability insurance as a spouse or household member on such a farm?
q-special-agri = Do you earn income from special branches of agricultural production that is higher than the average income from work on individual farms of 2 conversion hectares?
q-business = Do you have a registered non-agricultural business?
q-business-hint = From the date given in the business registration until the day the business is deregistered.
q-insurance = Are you required to have social insurance on any other grounds (except farmers’ social insurance)?
q-detained = Are you in pre-trial detention or serving a prison sentence?
q-income = What is your monthly income?
q-income-hint = Amount in złoty (PLN), for example 1,200.50. Do not include interest on money in bank accounts.
q-income-limit = Limit: half of the minimum wage, that is { $v0 } (minimum wage on { $v1 }: { $v2 }).
q-income-limit-unknown = The limit is half of the minimum wage, but this rule set knows its amounts only up to { $v1 }, so it does not know the limit on { $v0 }. If you have no income at all, the condition is met; if you have an income, the office will compare it with the amount in force on the registration day.
q-income-unknown = I don’t know my income
q-perm-allowance = Do you receive a permanent allowance from social assistance?
q-care-benefit = Do you receive a carer’s benefit (<pl>świadczenie pielęgnacyjne</pl>), or the supplement to family allowance for single parents who lost the right to unemployment benefit because its statutory period ran out?
q-training-benefit = Do you receive a training benefit after your employment ended?
q-loss = Have you been registered before and lost your unemployed status?
q-loss-hint = For example, after refusing a job offer or after not coming to the office on the date you were given. If your status ended because you took up work or stopped meeting other conditions, answer “No” — then all that counts is whether you meet the conditions on the day you register.
q-loss-reason = Why did you lose your unemployed status?
loss-refusal = I refused, without a good reason, an offer of suitable employment or other paid work, intervention work, public works, training, a traineeship or on-the-job vocational preparation
loss-no-show = I did not come to the office on the date I was given and did not give a good reason within 5 days
loss-medical = I refused a medical or psychological examination
loss-own-request = I applied to give up my unemployed status
loss-loan = I got a loan from PFRON or from public funds to start a business or farming activity
q-loss-date = When did this happen?
q-loss-date-hint = The day you refused, or the day you did not come to the office.
q-prison = Have you been released from prison or a pre-trial detention centre?
q-prison-hint = A special rule: if you register within 30 days of your release, periods in the 18 months before your last imprisonment count (at least 365 days in total).
q-prison-start = When did your last imprisonment or detention start?
q-prison-release = When were you released?
q-military = Did you do basic military service in the 18 months before the day you register?
q-military-from = When did your basic military service start?
q-military-to = When did your basic military service end?
q-refused = Have you refused, without a good reason, an offer of suitable employment, other paid work, training, a traineeship, on-the-job vocational preparation, intervention work or public works?
q-refused-hint = This means an offer you received as an unemployed person registered at the labour office.
q-refused-date = When did you refuse the offer?
q-severance = Did you receive a one-off cash equivalent for miner’s leave, a one-off social severance payment, a benefit severance payment, a cash severance payment after social allowance, a one-off conditional severance payment or an unconditional cash severance payment?
q-severance-date = What is the last day of the period covered by the equivalent or severance payment?
q-notice-comp = Did you receive compensation for a shortened notice period of your employment contract?
q-notice-comp-date = What is the last day of the period covered by the compensation?
q-training-covered = Did you receive a training benefit after your employment ended?
q-training-covered-date = What is the last day of the period covered by the training benefit?
q-pz = Do you have a <pl>Profil Zaufany</pl> (Polish trusted profile for online services)?
q-pz-hint = With a <pl>Profil Zaufany</pl> you can create an account on Praca.gov.pl through login.gov.pl.
q-qes = Do you have a qualified electronic signature?
q-qes-serial = What identification data (PNO) does your qualified certificate contain?
q-qes-serial-hint = The certificate must contain the person’s identification data “PNO”, the country of issue and the value, for example: PNODE-12345678901.
q-qes-serial-unknown = I don’t know
q-active = Do you already have an account on Praca.gov.pl with the status “<pl>Aktywne</pl>” (Active)?

## Periods
q-periods = Your work and other periods in the last 18 months
periods-window = What counts is the 18 months before the day you register: from { $v0 } to { $v1 }. One of the conditions of the benefit is at least 365 days of periods that count.
periods-none = You have not added any periods yet.
periods-count = Periods that count so far: { $v0 } { $v0 ->
        [one] day
       *[other] days
    } of the required { $v1 }.
period-add = Add a period
period-add-another = Add another period
periods-list-caption = Periods you added
period-n = Period { $v0 }
period-removed = Period { $v0 } was removed: { $v1 }. The other periods are numbered anew.
period-edit-title = Work period or other period
period-kind-label = Type of period
period-from = From when?
period-to = Until when?
period-min-wage = Was your pay, your income or the basis for calculating your contributions at least the minimum wage?
period-min-wage-half = Was the basis for calculating your contributions at least half of the minimum wage?
period-min-wage-pension = If it was sickness, maternity or rehabilitation benefit: was its calculation base at least the minimum wage? If it was a pension for inability to work or a training pension (<pl>renta</pl>), answer “Yes”.
period-min-wage-none = Was the Labour Fund (<pl>Fundusz Pracy</pl>) contribution paid for this period?
period-wages-in = Minimum wage in this period:
period-wage-from = from { $v0 }: { $v1 }
period-wage-half = (half: { $v0 })
period-wage-unknown-from = from { $v0 }: amount not yet known to this rule set
period-wage-need-dates = When you enter the dates, we will show the minimum wage that applied in this period.
period-leave = How many days of unpaid leave did you have in this period?
period-leave-hint = Periods of unpaid leave lasting more than 30 days in total are not counted. Leave this empty if you had none.
period-repatriate = Did you come to the Republic of Poland as a repatriate?
period-save = Save period
period-cancel = Cancel
period-summary = { $v0 }: from { $v1 } to { $v2 }
period-before-window = This period is entirely before { $v0 }, that is, before the 18-month period.
kind-employment = Employment (employment contract)
kind-outwork = Outwork contract (<pl>umowa o pracę nakładczą</pl>)
kind-civil = Agency contract, contract of mandate (<pl>umowa zlecenia</pl>) or other contract for services
kind-business = Non-agricultural business activity (social insurance contributions)
kind-prison-work = Work during pre-trial detention or a prison sentence
kind-agri = Work in an agricultural production cooperative, an agricultural circles cooperative or an agricultural services cooperative
kind-abroad = Work abroad for a foreign employer (Labour Fund contribution paid)
kind-repatriate = Employment abroad (repatriate)
kind-other = Other employment or paid work with a Labour Fund contribution
kind-military = Military service, civil defence service or alternative service
kind-parental = Childcare leave
kind-pension = Pension for inability to work or training pension (<pl>renta</pl>); sickness benefit, maternity benefit or rehabilitation benefit after your employment ended
kind-compensation = Period covered by compensation (unlawful termination of the contract or shortened notice period)

## Terminations
q-term-mode = How did this employment end: { $v0 }?
q-term-mode-hint = This matters if the employment ended in the 6 months before you register (from { $v0 } to { $v1 }).
term-employee-notice = I gave notice
term-mutual = By mutual agreement
term-employer-notice = My employer gave me notice
term-disciplinary = My employer ended the contract without notice through my fault
term-fixed-end = My fixed-term contract ended
term-other = In another way
q-term-exception = Was the contract ended for one of these reasons?
exc-bankruptcy = The employer’s bankruptcy
exc-liquidation = The employer’s liquidation
exc-redundancy = Staff reductions for reasons relating to the employer
exc-residence = A change of place of residence
exc-none = None of these reasons

## Check answers
check-title = Check your answers
check-lead = Check your answers before you see the result. You can change any of them.
check-submit = Show the result

## Result
result-title = Result of the check
result-meta = Date of the check: { $v0 }. Registration day: { $v1 }.
result-rule-set = Rule set: { $v0 }. The office makes the decision.
rule-set-name = rules described on the county labour office’s website (Act of 20 April 2004, earlier version)
result-input-errors = Some answers are not valid; the parts of the result that depend on them need to be confirmed at the office:
status-heading = Unemployed status
status-eligible = You can register as unemployed.
status-not-eligible = You cannot register as unemployed.
status-unknown = It is not clear if you can register as unemployed — to be confirmed at the office.
status-not-before = You can register from { $v0 } at the earliest, if you meet the other conditions then.
status-recheck = Check what happens if you register on { $v0 }
unmet-heading = Conditions not met
unknown-heading = To be confirmed at the office
benefit-heading = Unemployment benefit
benefit-entitled = You are entitled to unemployment benefit from { $v0 }.
benefit-not-entitled = You are not entitled to unemployment benefit.
benefit-unknown = It is not clear if you are entitled to the benefit — to be confirmed at the office.
benefit-not-applicable = You do not get the benefit because you cannot get unemployed status now.
benefit-wait = The benefit is paid for each calendar day after 7 days from the day you register, that is from { $v0 }.
benefit-wait-deferred = Without the circumstances listed below, the benefit would be paid from { $v0 } (after 7 days from the day you register).
benefit-deferrals = The benefit starts later because of:
benefit-deferral = { $v0 } — benefit from { $v1 }
benefit-no-offer = Condition: you get the benefit if the office has no offer of suitable work, training, a traineeship, on-the-job vocational preparation, intervention work or public works for you. The office assesses this.
benefit-days = Periods that count from { $v0 } to { $v1 }: { $v2 } { $v2 ->
        [one] day
       *[other] days
    } (at least { $v3 } required).
benefit-days-range = Periods that count from { $v0 } to { $v1 }: between { $v2 } and { $v3 } { $v3 ->
        [one] day
       *[other] days
    }, depending on the answers “I don’t know” (at least { $v4 } required).
benefit-basis = Basis: { $v0 }.
timeline-title = Timeline: 18 months before registration
timeline-desc = Period from { $v0 } to { $v1 }. Periods that count: { $v2 } { $v2 ->
        [one] day
       *[other] days
    }; required: { $v3 } { $v3 ->
        [one] day
       *[other] days
    }.
timeline-sum = Total that counts
timeline-line = { $v0 } { $v0 ->
        [one] day
       *[other] days
    }
legend-counts = counts
legend-not-counts = does not count
legend-unknown = to be confirmed
timeline-key-row = Period { $v0 }: { $v1 }, { $v2 } – { $v3 } — { $v4 }
office-heading = Where to register
office-residence = Register in person at the county labour office responsible for your permanent or temporary registered address.
office-stay = Register in person at the county labour office for the area where you are staying.
office-unknown = Register in person at the county labour office responsible for your permanent or temporary registered address or, if you do not have a registered address, at the office for the area where you are staying.
declaration-needed = When you register, you make a declaration that you are not registered at another county labour office.
declaration-not-needed = You do not need a declaration that you are not registered at another office.
declaration-unknown = Whether you need a declaration that you are not registered at another office — to be confirmed at the office.
in-person = You are registered on the day you hand in all the required documents, after you fill in the registration card and sign it in front of an office employee.
docs-heading = Documents to bring
docs-lead = Original documents for the office employee to see:
docs-periods = Periods they relate to: { $v0 }
docs-unknown-disability = If you have a disability: the disability decision issued by the authorised body.
docs-unknown-contra = If you have one: a document about contraindications to doing certain kinds of work.
docs-work-certs-earlier = If you have ever worked: employment certificates (<pl>świadectwa pracy</pl>) and other documents needed to establish your entitlements — originals and photocopies.
docs-unknown-declaration = If it turns out to be needed (the office will decide from your registered address, <pl>zameldowanie</pl>): a declaration that you are not registered at another county labour office — you make it at the office when you register.
obligations-heading = Your obligations after you register
account-heading = Account on Praca.gov.pl
account-what = Praca.gov.pl lets county labour offices provide online services. With an account you can send applications with attachments electronically and receive letters and decisions from the office.
account-active = You already have an active account for your PESEL number — if you create a new account, the registration will fail with an error. Log in to your existing account: go to https://www.praca.gov.pl and choose “<pl>Zaloguj się</pl>” (Log in).
account-not-possible = To create an account on Praca.gov.pl, you need a <pl>Profil Zaufany</pl> or a qualified electronic signature whose certificate holds the identification data (PNO).
account-unknown = You can create an account on Praca.gov.pl if you have a <pl>Profil Zaufany</pl> or a qualified electronic signature.
account-step-1 = Go to https://www.praca.gov.pl, choose “<pl>Zaloguj się</pl>” (Log in) and then “<pl>Załóż konto</pl>” (Create account).
account-step-either = Confirm your identity in one of two ways — one is enough:
account-step-pz = Choose “<pl>Załóż konto i zweryfikuj przez login.gov.pl</pl>” (Create an account and verify through login.gov.pl) and press “<pl>Załóż konto</pl>” (Create account). On login.gov.pl, log in with your <pl>Profil Zaufany</pl> (with your login and password, through online banking or with a qualified certificate); you will then return to Praca.gov.pl.
account-step-qes = Choose “<pl>Załóż konto i zweryfikuj kwalifikowanym podpisem elektronicznym</pl>” (Create an account and verify with a qualified electronic signature) and press “<pl>Załóż konto</pl>” (Create account). Sign the statement “<pl>Proszę o przydzielenie dostępu lub rejestrację w systemie Praca.gov.pl przy użyciu certyfikatu</pl>” (I request access to or registration in Praca.gov.pl using a certificate) with the “<pl>Podpisz oświadczenie</pl>” (Sign the statement) button, then “<pl>Podpisz</pl>” (Sign), and enter your PIN code.
account-step-form = Your personal details are already filled in and greyed out. Enter your email address (phone number is optional), a login and a password, choose your role, read and accept the terms of use (<pl>Regulamin</pl>), then press “<pl>Zatwierdź</pl>” (Confirm).
account-pno = The qualified certificate must be issued in a European Union country and must contain the person’s identification data “PNO”, the country of issue and the value, for example: PNODE-12345678901. Tell the certificate issuer about this when you order the certificate.
account-pno-problem = The identifier you entered, “{ $v0 }”, is not in the form PNO + EU country + value (for example PNODE-12345678901) — you cannot create an account with this certificate. Ask the certificate issuer about PNO.
why-heading = Why?
why-rule = Rule { $v0 }
why-source = Source (the Polish text of the office’s page):
why-values = Values used:
what-would-change = What would change this:
change-if-no = This condition would be met if you answered “No” to the question: “{ $v0 }”.
change-if-no-both = This condition would be met if you answered “No” to both questions: “{ $v0 }” and “{ $v1 }”.
change-defer-other = This does not change the day: because of another reason listed above, the benefit starts on { $v0 } anyway.
outcome-met = met
outcome-not-met = not met
outcome-unknown = to be confirmed at the office
outcome-applies = applies to you
outcome-not-applies = does not apply to you
to-confirm = to be confirmed at the office
checklist-hint = Tick the documents you already have.
days-n = { $v0 } { $v0 ->
        [one] day
       *[other] days
    }
pln = PLN { $v0 }

## Errors
err-required-choice = Select one of the answers
err-required-date = Enter a date or select “I don’t know when”
err-required-reg-date = Enter the registration date
err-date-invalid = The date must be a real date, for example 27 3 2026
err-date-year = The year must have 4 digits
err-reg-date-range = This rule set knows the minimum wage from { $v0 } — enter a registration date no earlier than that
err-birth-future = Your date of birth must be before the registration day
err-pesel = The PESEL number must have 11 digits
err-pesel-checksum = The PESEL number is not valid: the check digit does not match
err-pesel-date = The PESEL number is not valid: it does not contain a real date of birth
err-required-pesel = Enter your PESEL number or select that you are not giving it
err-amount = The amount can contain only digits, a decimal point and commas between thousands, for example 1,200.50
err-amount-decimals = The amount can have no more than 2 digits after the decimal point
err-amount-negative = The amount cannot be negative
err-amount-too-large = The amount is too large
err-required-amount = Enter an amount or select “I don’t know my income”
err-required-kinds = Select at least one benefit
err-required-kind = Select the type of period
err-end-before-start = The end date must be the same as or after the start date
err-period-ends-after-registration = The period ends on the registration day ({ $v0 }) or later. If you are still working or the period is still running, you cannot register as unemployed from that day. Enter the last day of the period before the registration day, or change the registration day.
err-period-from = From when: { $v0 }
err-period-to = Until when: { $v0 }
err-reg-date-before-answers = The day { $v0 } does not fit the dates you have already given — they must be before the registration day: { $v1 }. Enter a later registration day, or go back to “Check your answers” and correct those answers first.
err-after-registration = The period cannot start after the registration day ({ $v0 })
err-event-after-registration = The date must be before the registration day ({ $v0 })
err-leave-days = Enter the number of days in digits, for example 12
err-required-text = Enter the identifier or select “I don’t know”


## Office configuration, kiosk mode (src/app/config.rs, src/app/kiosk.rs)
office-configured-heading = Your labour office
office-address = Address
office-phone = Phone
office-hours = Opening hours
office-web = Website
docs-office = This office also asks for:
kiosk-dialog-title = Are you still there?
kiosk-dialog-text = In { $v0 } s all answers will be deleted and the check will start again.
kiosk-continue = Continue
kiosk-print-lead = Print the summary and take it with you. When you leave the device, your answers will be deleted.
kiosk-print = Print the summary

## Month names in the genitive (dates like "2 marca 2026")
month-gen-1 = January
month-gen-2 = February
month-gen-3 = March
month-gen-4 = April
month-gen-5 = May
month-gen-6 = June
month-gen-7 = July
month-gen-8 = August
month-gen-9 = September
month-gen-10 = October
month-gen-11 = November
month-gen-12 = December

## Short labels of the rules, by catalog rule ID
rule-REG-IN-PERSON = Registration in person
rule-REG-OFFICE-RESIDENCE = Office responsible for your registered address
rule-REG-OFFICE-STAY = Office responsible for the place where you are staying
rule-REG-DECLARATION = Declaration that you are not registered at another office
rule-REG-NOTIFY-CHANGES = Reporting changes in your details
rule-STATUS-NOT-EMPLOYED = Not employed and not doing other paid work
rule-STATUS-READY = Able and ready to take up employment
rule-STATUS-NOT-IN-SCHOOL = Not studying at a school (except schools for adults, or evening or extramural studies)
rule-STATUS-AGE-MIN = Aged 18 or over
rule-STATUS-AGE-MAX = Under 60 (women) or under 65 (men)
rule-STATUS-NO-PENSION = Not entitled to an old-age pension or a pension (<pl>renta</pl>) and not receiving the listed allowances and benefits
rule-STATUS-NO-FARM = No agricultural property over 2 conversion hectares
rule-STATUS-NO-SPECIAL-AGRI = No income from special branches of agricultural production above the limit
rule-STATUS-NO-BUSINESS = No business activity and not covered by compulsory insurance on other grounds
rule-STATUS-NOT-DETAINED = Not in pre-trial detention and not serving a prison sentence
rule-STATUS-INCOME = Income not above half of the minimum wage
rule-STATUS-NO-PERMANENT-ALLOWANCE = Not receiving a permanent allowance
rule-STATUS-NO-CARE-BENEFIT = Not receiving a carer’s benefit or the supplement for single parents
rule-STATUS-NO-TRAINING-BENEFIT = Not receiving a training benefit
rule-LOSS-CONDITIONS = Loss of status: conditions not met
rule-LOSS-LOAN = Loss of status: loan to start a business
rule-LOSS-REFUSAL = Loss of status for 90 days after refusing an offer
rule-LOSS-NO-SHOW = Loss of status for 3 months after not coming to the office
rule-LOSS-MEDICAL = Loss of status for 3 months after refusing an examination
rule-LOSS-OWN-REQUEST = Loss of status at your own request
rule-BEN-WAIT-7 = Benefit after 7 days from registration
rule-BEN-NO-OFFER = No offer of suitable work
rule-BEN-365-18 = At least 365 days of periods that count in the 18 months before registration
rule-BEN-PRISON = Release from prison and registration within 30 days
rule-BEN-MILITARY = Basic military service of at least 240 days
rule-Q-EMPLOYMENT = Employment with pay of at least the minimum wage
rule-Q-OUTWORK = Outwork contract
rule-Q-CIVIL-CONTRACT = Agency contract or contract of mandate
rule-Q-BUSINESS = Non-agricultural business activity
rule-Q-PRISON-WORK = Work during imprisonment
rule-Q-AGRI-COOP = Work in an agricultural cooperative
rule-Q-ABROAD = Work abroad with a Labour Fund contribution
rule-Q-REPATRIATE = Employment abroad — repatriate
rule-Q-OTHER-PAID-WORK = Other paid work with a Labour Fund contribution
rule-Q-MILITARY = Military service
rule-Q-PARENTAL-LEAVE = Childcare leave
rule-Q-PENSION-SICKNESS = Pension (<pl>renta</pl>), sickness or maternity benefit, rehabilitation benefit
rule-Q-COMPENSATION = Period covered by compensation
rule-DEFER-REFUSAL-90 = Refusal of an offer — benefit after 90 days
rule-DEFER-QUIT-90 = Contract ended by the employee’s notice or by mutual agreement — benefit after 90 days
rule-DEFER-FAULT-180 = Contract ended without notice through the employee’s fault — benefit after 180 days
rule-DEFER-SEVERANCE = Cash equivalent or severance payment — benefit after the period it covers
rule-DEFER-NOTICE-COMPENSATION = Compensation for a shortened notice period — benefit after the period it covers
rule-DEFER-TRAINING-BENEFIT = Training benefit — benefit after the period it covers
rule-ACC-QES-CERT = Certificate with a PNO identifier
rule-ACC-ACTIVE-EXISTS = Existing active account
rule-ACC-METHOD-PZ = Account through login.gov.pl (<pl>Profil Zaufany</pl>)
rule-ACC-METHOD-QES = Account with a qualified electronic signature

## Documents of the checklist, by DOC rule ID
doc-DOC-ID = Identity card
doc-DOC-PESEL-NIP = PESEL and NIP numbers
doc-DOC-EDUCATION = Diploma, school-leaving certificate or school report, or a certificate of completing a course or training
doc-DOC-WORK-CERTS = Employment certificates and other documents needed to establish your entitlements — originals and photocopies
doc-DOC-CONTRAINDICATIONS = Document about contraindications to doing certain kinds of work
doc-DOC-DISABILITY = Disability decision issued by the authorised body
doc-DOC-DECLARATION = Declaration that you are not registered at another county labour office (made when you register)
doc-DOC-REGISTRATION-CARD = Registration card — filled in; you sign it in front of an office employee

## Obligations, by OBL rule ID
obl-OBL-REPORT = Come to the office on the dates you are given, to confirm that you are ready to take up work and to get information about job or training opportunities.
obl-OBL-ACCEPT-OFFERS = Accept offers of suitable employment: work you are qualified for or can do after training, if your health allows it and the total time to get there and back by public transport is not more than 3 hours.
obl-OBL-MEDICAL = Have a medical examination to find out if you are able to work.
obl-OBL-TRAINING-PROOF = After training, give the office the certificate of completion without delay. If you do not complete the training through your own fault, you must pay back its costs, unless the reason was that you took up employment.
obl-OBL-NOTIFY-WORK-5D = Within 5 days, tell the office that you have taken up employment, other paid work or a business activity, and about anything that makes you lose your status. Not reporting that you have taken up employment can be punished with a fine.
obl-OBL-ABROAD = If you receive the benefit and, for a period shorter than 30 days, are abroad or are otherwise not ready to take up work, tell the office. You do not get the benefit for that period.
obl-OBL-MONTHLY-INCOME = Every month, submit a written statement about your income and other documents needed to establish your right to benefits.
obl-OBL-REPAY-14D = Pay back any benefits you were not entitled to within 14 days of the day you receive the decision.
obl-OBL-ADDRESS = Tell the office about every change of your registered address (giving your current registered address or the place where you are staying) and about all changes to the details on your registration card.

## "What would change it", by rule ID
change-STATUS-NOT-EMPLOYED = You can get the status when you are not employed and not doing other paid work.
change-STATUS-READY = This condition is met when you are able and ready to take up work.
change-STATUS-NOT-IN-SCHOOL = Studying at a school for adults, or in evening or extramural studies at a university, does not stop you from getting the status.
change-STATUS-AGE-MIN = You will turn 18 on { $v0 } — from that day this condition will be met.
change-STATUS-AGE-MAX = The age limit ({ $v0 } { $v0 ->
        [one] year
       *[other] years
    }) was reached on { $v1 }.
change-STATUS-INCOME = If your monthly income were no more than { $v0 }, this condition would be met (you entered: { $v1 }).
change-BEN-365-18 = You need { $v0 } more { $v0 ->
        [one] day
       *[other] days
    } of periods that count to reach the required { $v1 }.
change-LOSS-REFUSAL = You can register again from { $v0 }.
change-LOSS-NO-SHOW = You can register again from { $v0 }.
change-LOSS-MEDICAL = You can register again from { $v0 }.
change-DEFER-QUIT-90 = Without this, you would get the benefit from { $v0 }. This does not apply to a mutual agreement because of the employer’s bankruptcy or liquidation or staff reductions, or to ending the contract because of a change of place of residence.
change-DEFER-FAULT-180 = Without this, you would get the benefit from { $v0 }.
change-DEFER-REFUSAL-90 = Without this, you would get the benefit from { $v0 }.
change-DEFER-SEVERANCE = Without this, you would get the benefit from { $v0 }.
change-DEFER-NOTICE-COMPENSATION = Without this, you would get the benefit from { $v0 }.
change-DEFER-TRAINING-BENEFIT = Without this, you would get the benefit from { $v0 }.

## Names of the values in the engine's trace
label-registration_date = registration day
label-birth_date = date of birth
label-sex = sex
label-age_min = minimum age
label-age_max = maximum age
label-turns_min_age_on = turns 18 on
label-turns_max_age_on = reaches the age limit on
label-income = income (PLN)
label-limit = limit (PLN)
label-minimum_wage = minimum wage (PLN)
label-minimum_wage_known_until = minimum wage amounts known up to
label-window_from = period from
label-window_to = period to
label-qualifying_days = days that count
label-qualifying_days_at_most = days that count (at most)
label-required_days = days required
label-unpaid_leave_days = days of unpaid leave
label-waiting_days = waiting days
label-from = from
label-to = to
label-residence = registered address
label-release_date = release date
label-register_by = register by
label-imprisonment_start = start of imprisonment
label-registered_in_time = registered in time
label-days_in_window = days in the 18-month period
label-days_in_window_at_most = days in the 18-month period (at most)
label-released_before_registration = released before registration
label-event_date = date of the event
label-benefit_from = benefit from
label-look_back_from = 6 months from
label-look_back_to = 6 months to
label-terminations = number of employments ended
label-matching_terminations = endings this applies to
label-loss_date = date status was lost
label-register_again_from = can register again from
label-reason = reason
label-applies = applies
label-period = period no.
label-kind = type
label-days = days
label-min_wage_met = at least the minimum wage
label-repatriate = repatriate
label-able_and_ready = able and ready to work
label-disabled = disability
label-required = required working hours
label-schooling = studies
label-pensions_and_benefits = pensions and benefits
label-employed_or_paid_work = employment or paid work
label-farm_over_2ha = farm over 2 conversion hectares
label-special_agri_income_over_limit = income from special branches of agricultural production above the limit
label-business_registered = business activity
label-other_compulsory_insurance = insurance on other grounds
label-detained = detention or prison sentence
label-permanent_social_allowance = permanent allowance
label-care_benefit = carer’s benefit
label-training_benefit = training benefit
label-declaration_required = declaration required
label-status_rules = status conditions
label-active_account_exists = active account on Praca.gov.pl
label-address = website address
label-after_registration = after the registration day
label-certificate = certificate
label-certificate_serial_number = identification data (PNO) in the certificate
label-decided_by = decided by
label-has_document = has the document
label-periods = periods
label-profil_zaufany = <pl>Profil Zaufany</pl>
label-qualified_signature = qualified electronic signature

## Answer values of the answers file
value-female = female
value-male = male
value-permanent = permanent only
value-temporary = temporary only
value-permanent_and_temporary_same_locality = permanent and temporary in the same town or village
value-permanent_and_temporary_other_locality = permanent in a different town or village from temporary
value-none = none
value-day = school
value-adult_school = school for adults
value-evening_or_extramural_higher = evening or extramural studies
value-full_time = full time
value-half_time = at least half time
value-met = met
value-not_met = not met
value-unknown = not known
value-refusal = refused an offer
value-no_show = did not come to the office
value-medical = refused an examination
value-own_request = at own request
value-loan = loan
value-employment = employment
value-outwork = outwork
value-civil_contract = contract of mandate or agency contract
value-business = business activity
value-prison_work = work during imprisonment
value-agri_cooperative = agricultural cooperative
value-abroad_labour_fund = work abroad
value-repatriate_abroad = employment abroad (repatriate)
value-other_paid_work = other paid work
value-military = military service
value-parental_leave = childcare leave
value-pension_or_sickness = pension (<pl>renta</pl>) or benefit
value-compensation = compensation
value-old_age_pension = old-age pension
value-disability_pension = pension for inability to work
value-training_pension = training pension
value-social_pension = social pension
value-pre_retirement_allowance = pre-retirement allowance
value-pre_retirement_benefit = pre-retirement benefit
value-rehabilitation_benefit = rehabilitation benefit
value-sickness_benefit = sickness benefit
value-maternity_benefit = maternity benefit
value-office = office

## Language switch (the languages are named in their own language by the app)
language-switch-label = Language
language-load-failed = The language could not be loaded: { $v0 }. Check the internet connection and try again.

## Input errors of the engine (result "errors"), keyed by their code: what is wrong
input-error-pesel_format = a PESEL number has 11 digits
input-error-pesel_checksum = the last (check) digit of the PESEL number is wrong
input-error-pesel_date = the PESEL number does not hold a real date of birth
input-error-pesel_birth_date_mismatch = the date of birth does not match the PESEL number
input-error-pesel_sex_mismatch = the sex does not match the PESEL number
input-error-nip_format = a NIP number has 10 digits
input-error-nip_checksum = the last (check) digit of the NIP number is wrong
input-error-end_before_start = the end is before the start
input-error-period_after_registration = the period starts after the registration day, so it cannot count; correct its dates or the registration day
input-error-event_after_registration = this date is after the registration day, but it is the date of something that happened before then; correct it or the registration day
place-loss-date = Date of the loss of status
input-error-imprisonment_after_release = the imprisonment starts after the day of release
input-error-date_outside_minimum_wage_table = this rule set does not know the minimum wage for this registration day
input-error-amount_empty = no amount given
input-error-amount_negative = the amount cannot be negative
input-error-amount_decimals = the amount can have at most 2 decimal places
input-error-amount_too_large = the amount is too large
input-error-amount_not_a_number = the amount must be a number, e.g. 1200.50
