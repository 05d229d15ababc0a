/**
 * Latvian messages (latviešu valoda): the parts of en.ts, translated. Formulas, the schedule
 * syntax and the add-on's name are left out on purpose (see `Translation` in en.ts): they stay as
 * in English.
 */
import type { menuEn, serverEn, sharedEn, sidebarEn, Translation } from "./en";

export const menuLv: Translation<typeof menuEn> = {
  "menu.build": "Izveidot mēneša pārskatu…",
  "menu.sample": "Ievietot parauga datus",
  "menu.definitions": "Rādītāju definīcijas",
  "menu.help": "Palīdzība",
};

export const sharedLv: Translation<typeof sharedEn> = {
  "sidebar.field.id": "Pieteikuma ID",
  "sidebar.field.created": "Izveidots",
  "sidebar.field.firstResponse": "Pirmā atbilde",
  "sidebar.field.resolved": "Atrisināts",
  "sidebar.field.status": "Statuss",
  "sidebar.field.category": "Kategorija",
  "sidebar.field.channel": "Kanāls",
  "sidebar.field.agent": "Aģents",
  "sidebar.field.priority": "Prioritāte",
  "sidebar.field.csat": "CSAT vērtējums",
  "sidebar.field.csatAt": "Vērtējuma datums",
  "sidebar.field.contacts": "Saziņas reizes līdz atrisināšanai",
  "sidebar.field.firstResponseTime": "Pirmās atbildes laiks (ilgums)",
  "sidebar.field.resolutionTime": "Atrisināšanas laiks (ilgums)",
  "sidebar.field.reopens": "Atkārtotas atvēršanas",
  "sidebar.field.waitTime": "Pieprasītāja gaidīšanas laiks",
  "sidebar.field.onHoldTime": "Aizturēšanas laiks",
  "sidebar.field.timeOfDay": "Laiks (pulksten)",
  "sidebar.field.answered": "Atbildēts (jā/nē)",
  "sidebar.field.abandoned": "Pamests (jā/nē)",
  "sidebar.field.speedOfAnswer": "Atbildes ātrums",
  "sidebar.field.handleTime": "Apstrādes laiks",
  "sidebar.field.resolvedFlag": "Atrisināts (jā/nē)",
  "sidebar.invalid.noTab": "Izvēlieties lapu ar saviem pieteikumiem.",
  "sidebar.invalid.number": "{field}: {value} nav skaitlis.",
  "sidebar.invalid.range": "{field}: ievadiet skaitli no {min} līdz {max}.",
  "sidebar.invalid.atLeast": "{field}: ievadiet skaitli, kas nav mazāks par {min}.",
  "sidebar.invalid.atMost": "{field}: ievadiet skaitli, kas nav lielāks par {max}.",
  "sidebar.invalid.positive": "{field}: ievadiet skaitli, kas lielāks par 0.",
  "sidebar.invalid.whole": "{field}: ievadiet veselu skaitli.",
  "sidebar.invalid.between": "{field}: ievadiet skaitli, kas lielāks par {min} un mazāks par {max}.",
  "sidebar.staffing.handle": "Apstrādes laiks vienam pieteikumam",
  "sidebar.staffing.level": "Apkalpošanas līmeņa mērķis",
  "sidebar.staffing.within": "Atbildēts laikā līdz",
  "sidebar.staffing.occupancy": "Lielākā noslodze",
  "sidebar.staffing.shrinkage": "Nepieejamības daļa",
  "sidebar.invalid.schedule":
    "Darba laiks: norādiet dienas angliski un laiku 24 stundu formātā, piemēram, Mon-Fri 09:00-17:00 vai Mon-Thu 08:00-16:00, Fri 08:00-12:00. ({detail})",
  "sidebar.target.frt": "Pirmās atbildes laiks",
  "sidebar.target.resolution": "Atrisināšanas laiks",
  "sidebar.target.sla": "SLA izpilde",
  "sidebar.target.csat": "CSAT",
  "sidebar.target.fcr": "Atrisināšana pirmajā saziņā",
  "sidebar.target.nps": "NPS",
  "sidebar.target.backlog": "Neatrisinātie mēneša beigās",
  "sidebar.slaHours": "SLA: atrisināšanas termiņš",
  "sidebar.schedule": "Darba laiks",
  "sidebar.section.targets": "Mērķi",
};

export const serverLv: Translation<typeof serverEn> = {
  // help. (the menu's Help item)
  "help.text":
    'Support KPIs pievieno pielāgotas funkcijas, piemēram, =NPS(B2:B), =CSAT(C2:C) un =FRT(A2:A; B2:B; "median"), ' +
    "un no jūsu pieteikumu žurnāla izveido mēneša pārskata lapu. Lai sāktu, atveriet „Izveidot mēneša pārskatu…”.",

  // kpi. (names shown in the report's tracker and the definitions tab)
  "kpi.created": "Izveidotie pieteikumi",
  "kpi.resolved": "Atrisinātie pieteikumi",
  "kpi.backlog": "Neatrisinātie mēneša beigās",
  "kpi.frtMedian": "Pirmās atbildes laiks, mediāna",
  "kpi.frtMean": "Pirmās atbildes laiks, vidējais",
  "kpi.resolutionMedian": "Atrisināšanas laiks, mediāna",
  "kpi.resolutionMean": "Atrisināšanas laiks, vidējais",
  "kpi.resolutionLongest": "Ilgākais atrisināšanas laiks",
  "kpi.fcr": "Atrisināšana pirmajā saziņā",
  "kpi.sla": "SLA izpilde",
  "kpi.csat": "CSAT",
  "kpi.nps": "NPS",
  "kpi.ces": "CES",
  "kpi.crr": "Klientu noturēšanas rādītājs",
  "kpi.churn": "Klientu aiziešanas rādītājs",
  "kpi.cac": "Klienta piesaistes izmaksas",
  "kpi.clv": "Klienta mūža vērtība",
  "kpi.costPerTicket": "Viena pieteikuma izmaksas",
  "kpi.supportCostRatio": "Atbalsta izmaksas, % no ieņēmumiem",
  "kpi.contactsReceived": "Saņemtie kontakti",
  "kpi.answerRate": "Atbildēto īpatsvars",
  "kpi.abandonRate": "Pamesto īpatsvars",
  "kpi.asa": "Vidējais atbildes ātrums (ASA)",
  "kpi.aht": "Vidējais apstrādes laiks (AHT)",
  "kpi.contactResolution": "Atrisināto īpatsvars (atbildētie kontakti)",
  "kpi.reopenRate": "Atkārtoti atvērto īpatsvars",
  "kpi.repliesPerResolved": "Atbildes uz atrisināto pieteikumu",
  "kpi.waitTime": "Pieteicēja gaidīšanas laiks, mediāna",
  "kpi.onHoldTime": "Aizturēšanas laiks, mediāna",
  "kpi.responseMean": "Atbildes laiks, vidēji visām atbildēm",

  // input. (reading the source tabs: column detection, ticket-log problems)
  "input.field.survey.date": "Atbildes datums",
  "input.field.survey.nps": "NPS vērtējums (0–10)",
  "input.field.survey.ces": "CES vērtējums",
  "input.field.survey.csat": "CSAT vērtējums",
  "input.field.customers.month": "Mēnesis",
  "input.field.customers.customersStart": "Klienti sākumā",
  "input.field.customers.customersEnd": "Klienti beigās",
  "input.field.customers.newCustomers": "Jaunie klienti",
  "input.field.customers.lostCustomers": "Zaudētie klienti",
  "input.field.customers.revenue": "Ieņēmumi",
  "input.field.customers.supportCost": "Atbalsta izmaksas",
  "input.field.customers.salesMarketing": "Pārdošanas un mārketinga izdevumi",
  "input.kind.time": "datumi ar laiku",
  "input.kind.number": "skaitļi",
  "input.kind.duration": "ilgumi",
  "input.kind.text": "teksts",
  "input.kind.boolean": "loģiskās vērtības (patiess/aplams)",
  "input.kind.flag": "jā/nē vērtības",
  "input.kind.clock": "diennakts laiki",
  "input.kind.any": "vērtības",
  "input.columns.noCreated":
    "Neviena kolonna neizskatās pēc pieteikuma izveides laika (ar virsrakstu, piemēram, „Izveidots” vai „Created”); izvēlieties to sadaļā „Kolonnas”.",
  "input.columns.ambiguous":
    "Gan „{first}”, gan „{second}” izskatās pēc kolonnas „{field}”; tiek izmantota „{first}”. Ja tas ir nepareizi, mainiet to sadaļā „Kolonnas”.",
  "input.columns.wrongKind":
    "Kolonna „{header}” izskatās pēc kolonnas „{field}”, taču tajā ir {holds}, nevis {expected}, tāpēc tā netiek izmantota.",
  "input.columns.missing":
    "Kolonna „{header}”, kas izvēlēta laukam „{field}”, vairs nav lapā; izvēlieties to vēlreiz.",
  "input.columns.duplicate":
    "Divām kolonnām ir virsraksts „{header}”; laukam „{field}” tiek izmantota pirmā no tām (kolonna {column}).",
  "input.effect.rowSkipped": "rinda tiek izlaista",
  "input.effect.eventSkipped": "notikums tiek izlaists",
  "input.effect.cellIgnored": "šūna netiek ņemta vērā",
  "input.row.timeText":
    "{row}. rinda: laukā „{field}” ir teksts {value}, nevis datums ar laiku ({effect}). Formatējiet kolonnu, izvēloties Formatēt > Skaitlis > Datums un laiks. Teksts tiek nolasīts tikai tad, ja gads ir pirmais (2026-03-05 14:30): 05/03/2026 var būt marts vai maijs.",
  "input.row.timeNumber":
    "{row}. rinda: laukā „{field}” ir skaitlis {value}, nevis datums ar laiku ({effect}). Formatējiet kolonnu, izvēloties Formatēt > Skaitlis > Datums un laiks.",
  "input.row.timeOther": "{row}. rinda: laukā „{field}” ir {value}, nevis datums ar laiku ({effect}).",
  "input.row.blank": "{row}. rinda: lauks „{field}” ir tukšs ({effect}).",
  "input.row.beforeCreated":
    "{row}. rinda: lauka „{field}” vērtība {value} ir agrāka par pieteikuma izveides laiku ({effect}).",
  "input.row.notNumber":
    "{row}. rinda: laukā „{field}” ir {value}, nevis skaitlis, kas ir 0 vai lielāks ({effect}).",
  "input.row.notFlag":
    "{row}. rinda: laukā {field} ir {value}, nevis jā vai nē (J/N, Jā/Nē, 1/0, PATIESS/APLAMS); šūna netiek ņemta vērā.",
  "input.row.more":
    "{count, plural, zero {# šādas rindas} one {# šāda rinda} other {# šādas rindas}}, piemēram, rindas {rows}.",
  "input.rows.blank":
    "{count, plural, zero {Izlaistas # tukšas rindas} one {Izlaista # tukša rinda} other {Izlaistas # tukšas rindas}} starp datu rindām.",
  "input.duration.noUnit":
    "{row}. rinda: laukā „{field}” („{header}”) ir skaitlis {value}, bet virsrakstā nav norādīta mērvienība, tāpēc tas netiek nolasīts. Pārdēvējiet virsrakstu, norādot mērvienību, piemēram, „{header} (minūtes)” vai „(stundas)”, vai ierakstiet šūnas formātā H:MM:SS.",
  "input.duration.invalid":
    "{row}. rinda: laukā „{field}” ir {value}, nevis ilgums (skaitlis virsraksta mērvienībā vai H:MM:SS); šūna tiek ignorēta.",
  "input.duration.derived":
    "Lauks „{field}” {count} pieteikumiem ir „{created}” + „{header}”: eksportā norādīts, cik ilgi tas ilga, nevis kad.",
  "input.rows.skipped":
    "Nenolasītās rindas: {skipped} no {rows}; iemesli norādīti iepriekš minētajās problēmās.",
  "input.rows.duplicateIds":
    "Rindas, kurās atkārtojas kāds iepriekšējs pieteikuma ID: {count} (piemēram, {id} rindās {first} un {second}); katra rinda tiek skaitīta kā atsevišķs pieteikums.",
  "input.log.empty": "Lapā „{sheet}” zem virsrakstu rindas nav datu rindu.",
  "input.log.noCreated":
    "Izvēlieties kolonnu, kurā norādīts katra pieteikuma izveides laiks: pēc tā pārskats sadala pieteikumus pa mēnešiem.",
  "input.log.monthsBy":
    "Žurnālā nav kolonnas {created}: pieteikumi tiek sadalīti pa mēnešiem pēc {field}, un rādītāji, kam vajadzīgs izveides laiks, netiek rādīti. Izvēlieties {created} sānjoslā, lai tos pievienotu.",
  "input.log.noId":
    "Izvēlieties kolonnu „Pieteikuma ID”: žurnālā, kurā katra statusa maiņa ir atsevišķa rinda, tā parāda, kuras rindas pieder vienam pieteikumam.",
  "input.events.lifecycle":
    "{count, plural, zero {# notikumi, kuru {column} nav „complete” (sākums vai plānošana), netiek ņemti} one {# notikums, kura {column} nav „complete” (sākums vai plānošana), netiek ņemts} other {# notikumi, kuru {column} nav „complete” (sākums vai plānošana), netiek ņemti}} vērā: laiki ir pabeigto aktivitāšu laiki.",
  "input.log.eventsWithoutStatus":
    "Pieteikumu ID atkārtojas (piemēram, {id} rindās {first} un {second}), tāpēc lapa izskatās pēc žurnāla ar vienu rindu katrai statusa maiņai, " +
    "taču kolonna „Statuss” nav izvēlēta. Izvēlieties kolonnu „Statuss” vai sakārtojiet datus pa vienai rindai katram pieteikumam ar kolonnām " +
    "Pieteikuma ID, Izveidots, Pirmā atbilde, Atrisināts, Statuss, Kategorija, Kanāls, Aģents.",

  // sample.
  "sample.tickets": "Pieteikumi",
  "sample.survey": "Aptauja",
  "sample.customers": "Klienti",
  // The sample tabs' contents: header rows, then the values of the text columns.
  "sample.header.id": "Pieteikuma ID",
  "sample.header.created": "Izveidots",
  "sample.header.firstResponse": "Pirmā atbilde",
  "sample.header.resolved": "Atrisināts",
  "sample.header.status": "Statuss",
  "sample.header.category": "Kategorija",
  "sample.header.channel": "Kanāls",
  "sample.header.agent": "Aģents",
  "sample.header.priority": "Prioritāte",
  "sample.header.contacts": "Kontakti",
  "sample.header.date": "Datums",
  "sample.header.month": "Mēnesis",
  "sample.header.customersStart": "Klienti sākumā",
  "sample.header.customersEnd": "Klienti beigās",
  "sample.header.newCustomers": "Jaunie klienti",
  "sample.header.lostCustomers": "Zaudētie klienti",
  "sample.header.revenue": "Ieņēmumi",
  "sample.header.supportCost": "Atbalsta izmaksas",
  "sample.header.salesMarketing": "Pārdošanas un mārketinga izdevumi",
  "sample.category.sales": "Pārdošana",
  "sample.category.technical": "Tehniski jautājumi",
  "sample.category.cancellation": "Atcelšana",
  "sample.category.returns": "Atgriešana",
  "sample.category.shipping": "Piegāde",
  "sample.category.productAvailability": "Preču pieejamība",
  "sample.channel.email": "E-pasts",
  "sample.channel.chat": "Tērzēšana",
  "sample.channel.phone": "Tālrunis",
  "sample.channel.social": "Sociālie tīkli",
  "sample.priority.low": "Zema",
  "sample.priority.normal": "Normāla",
  "sample.priority.high": "Augsta",
  "sample.priority.urgent": "Steidzama",
  "sample.status.closed": "Slēgts",
  "sample.status.pending": "Gaida",
  "sample.status.open": "Atvērts",

  // definitions. (the definitions and calculator tab)
  "definitions.sheetName": "KPI definīcijas",
  "definitions.title": "Support KPIs: definīcijas un kalkulators",
  "definitions.intro":
    "Ko mēra katrs pārskata KPI un kā šis papildinājums to aprēķina. Izmēģiniet kalkulatoru: ievadiet vērtības tā dzeltenajās šūnās.",
  "definitions.label.what": "Ko tas mēra",
  "definitions.label.formula": "Formula",
  "definitions.label.convention": "Kā tas tiek skaitīts šeit",
  "definitions.label.customFunction": "Pielāgota funkcija",
  "definitions.calculator": "Kalkulators",
  "definitions.noCalculator": "Skaits tieši no pieteikumu žurnāla: kalkulators nav vajadzīgs.",
  "definitions.hours.calendar":
    "Ilgumi ir kalendārajās stundās: tiek skaitīta katra diennakts un nedēļas stunda.",
  "definitions.hours.business": "Ilgumi ir darba stundās pēc grafika {schedule} izklājlapas laika joslā.",

  "definitions.calc.openAtStart": "Atvērti mēneša sākumā",
  "definitions.calc.createdInMonth": "Izveidoti mēnesī",
  "definitions.calc.resolvedInMonth": "Atrisināti mēnesī",
  "definitions.calc.firstResponseHours": "Pieteikums {n}: stundas līdz pirmajai atbildei",
  "definitions.calc.resolutionHours": "Pieteikums {n}: stundas līdz atrisināšanai",
  "definitions.calc.targetHours": "SLA mērķis, stundas",
  "definitions.calc.ticketsResolved": "Atrisinātie pieteikumi",
  "definitions.calc.resolvedInOneContact": "No tiem atrisināti 1 saziņā",
  "definitions.calc.rating": "Atbildes ar vērtējumu {rating}",
  "definitions.calc.ratingSatisfied": "Atbildes ar vērtējumu {rating} (apmierināti)",
  "definitions.calc.ratingAgree": "Atbildes ar vērtējumu {rating} (piekrīt)",
  "definitions.calc.promoters": "Atbalstītāji (vērtējums 9–10)",
  "definitions.calc.passives": "Pasīvie (vērtējums 7–8)",
  "definitions.calc.detractors": "Kritiķi (vērtējums 0–6)",
  "definitions.calc.customersStart": "Klienti sākumā (S)",
  "definitions.calc.customersEnd": "Klienti beigās, ieskaitot jaunos (E)",
  "definitions.calc.newCustomers": "Jaunie klienti (N)",
  "definitions.calc.customersLost": "Zaudētie klienti = S − (E − N)",
  "definitions.calc.netCustomerLoss": "Klientu neto zudums = (S − E) ÷ S",
  "definitions.calc.salesMarketingSpend": "Pārdošanas un mārketinga izdevumi",
  "definitions.calc.customersWon": "Piesaistītie jaunie klienti",
  "definitions.calc.annualRevenuePerCustomer": "Ieņēmumi no klienta gadā",
  "definitions.calc.relationshipYears": "Gadi, ko klients paliek",
  "definitions.calc.acquisitionCost": "Piesaistes izmaksas uz klientu (CAC)",
  "definitions.calc.supportCost": "Atbalsta izmaksas",
  "definitions.calc.tickets": "Apstrādātie pieteikumi",
  "definitions.calc.revenue": "Ieņēmumi",
  "definitions.calc.contactsOffered": "Piedāvātie kontakti (atbildēti vai pamesti)",
  "definitions.calc.contactsAnswered": "No tiem atbildēti",
  "definitions.calc.contactsResolved": "No atbildētajiem atrisināti",
  "definitions.calc.answerSeconds": "{n}. zvans: sekundes līdz atbildei",
  "definitions.calc.talkSeconds": "{n}. zvans: apstrādes laiks, sekundes",
  "definitions.calc.ticketsReopened": "No tiem vismaz reizi atkārtoti atvērti",
  "definitions.calc.replies": "Atbildes (kontakti) tajos",
  "definitions.calc.waitHours": "{n}. pieteikums: stundas, ko pieteicējs gaidīja",
  "definitions.calc.holdHours": "{n}. pieteikums: aizturēšanas stundas",
  "definitions.calc.replyHours": "{n}. atbilde: stundas kopš komandas kārtas sākuma",

  "definitions.created.what":
    "Cik pieteikumu klienti atvēra mēnesī: pieprasījums pēc jūsu komandas darba. Straujš kāpums norāda uz jaunu laidienu, " +
    "darbības traucējumu vai sezonas maksimumu; tendence parāda, cik aģentu jums vajag.",
  "definitions.created.formula": "Pieteikumu skaits, kuru izveides laiks ir attiecīgajā mēnesī",
  "definitions.created.convention":
    "Pieteikums pieder mēnesim, kurā tas izveidots, izklājlapas laika joslā. Rindas bez izveides laika netiek skaitītas.",

  "definitions.resolved.what":
    "Cik pieteikumu komanda atrisināja mēnesī neatkarīgi no tā, kad tie atvērti. " +
    "Ja atrisina mazāk pieteikumu, nekā tiek izveidots, neatrisināto pieteikumu kļūst vairāk.",
  "definitions.resolved.formula": "Pieteikumu skaits, kuru atrisināšanas laiks ir attiecīgajā mēnesī",
  "definitions.resolved.convention":
    "Pieteikums ir atrisināts, ja tam ir atrisināšanas laiks. Tas pieder šī laika mēnesim izklājlapas laika joslā " +
    "neatkarīgi no tā, kad pieteikums izveidots.",

  "definitions.backlog.what":
    "Pieteikumi, kas mēneša beigās vēl ir atvērti: darbs, kas pāriet uz nākamo mēnesi. Ja neatrisināto pieteikumu kļūst " +
    "arvien vairāk, klienti gaida ilgāk, pat ja šī mēneša atbildes laiki izskatās labi.",
  "definitions.backlog.formula":
    "Pieteikumi, kas izveidoti līdz mēneša beigām un līdz tam nav atrisināti = atvērti sākumā + izveidoti − atrisināti",
  "definitions.backlog.convention":
    "Mēnesis beidzas nākamā mēneša 1. datumā plkst. 00:00 izklājlapas laika joslā. Pieteikums ir neatrisināts, " +
    "ja tas izveidots pirms šī brīža un nav atrisināts pirms tā (pieteikums, kas atrisināts tieši 00:00, joprojām tiek skaitīts), " +
    "tāpat kā visā pārskatā; tāpēc neatrisināto skaits ir tieši iepriekšējā mēneša skaits + izveidotie − atrisinātie.",

  "definitions.frtMedian.what":
    "Cik ilgi tipisks klients gaida pirmo atbildi no jūsu komandas. Pusei pieteikumu atbilde tika sniegta ātrāk, " +
    "pusei vēlāk, tāpēc daži ļoti lēni pieteikumi neaizsedz to, kā tika apkalpota lielākā daļa klientu.",
  "definitions.frtMedian.formula": "(Pirmā atbilde − izveidots) mediāna stundās",
  "definitions.frtMedian.convention":
    "Mēnesī izveidotie pieteikumi, kuriem ir pirmā atbilde. Mediāna ir vidū esošā vērtība vai abu vidū esošo vērtību " +
    "vidējais, kā Google izklājlapu funkcijā MEDIAN. {hours}",

  "definitions.frtMean.what":
    "Vidējais gaidīšanas laiks līdz pirmajai atbildei. Atšķirībā no mediānas tas palielinās ar katru lēnu pieteikumu, " +
    "tāpēc, ja vidējais ir krietni virs mediānas, daži klienti gaidīja daudz ilgāk nekā vairums.",
  "definitions.frtMean.formula":
    "(Pirmā atbilde − izveidots) vidējais stundās = kopējais gaidīšanas laiks ÷ pieteikumi",
  "definitions.frtMean.convention":
    "Mēnesī izveidotie pieteikumi, kuriem ir pirmā atbilde; vidējais aritmētiskais, kā Google izklājlapu funkcijā AVERAGE. {hours}",

  "definitions.resolutionMedian.what":
    "Cik ilgā laikā tipisks pieteikums tiek atrisināts kopš atvēršanas: tas, ko no sākuma līdz beigām piedzīvo vairums klientu.",
  "definitions.resolutionMedian.formula": "(Atrisināts − izveidots) mediāna stundās",
  "definitions.resolutionMedian.convention":
    "Mēnesī atrisinātie pieteikumi. Mediāna ir vidū esošā vērtība vai abu vidū esošo vērtību vidējais, kā Google izklājlapu funkcijā MEDIAN. {hours}",

  "definitions.resolutionMean.what":
    "Vidējais laiks no atvēršanas līdz atrisināšanai. Ilgstoši pieteikumi to palielina: salīdziniet ar mediānu, lai redzētu, cik daudz.",
  "definitions.resolutionMean.formula":
    "(Atrisināts − izveidots) vidējais stundās = kopējais laiks ÷ pieteikumi",
  "definitions.resolutionMean.convention":
    "Mēnesī atrisinātie pieteikumi; vidējais aritmētiskais, kā Google izklājlapu funkcijā AVERAGE. {hours}",

  "definitions.resolutionLongest.what":
    "Lēnākais mēnesī atrisinātais pieteikums: ilgākā gaidīšana, kāda bijusi kādam klientam. Vērts to atvērt un noskaidrot, kas nogāja greizi.",
  "definitions.resolutionLongest.formula": "(Atrisināts − izveidots) maksimums stundās",
  "definitions.resolutionLongest.convention": "Mēnesī atrisinātie pieteikumi. {hours}",

  "definitions.fcr.what":
    "To pieteikumu daļa, kas atrisināti vienā saziņā, klientam nevajadzot vērsties atkārtoti. Augsts FCR nozīmē mazāk " +
    "atkārtotu saziņu, zemākas izmaksas un apmierinātākus klientus.",
  "definitions.fcr.formula": "Pieteikumi, kas atrisināti 1 saziņā ÷ atrisinātie pieteikumi",
  "definitions.fcr.convention":
    "Mēnesī atrisinātie pieteikumi, kuriem zināms saziņas reižu skaits; pieteikums skaitās atrisināts pirmajā saziņā, " +
    "ja tam vajadzēja 1 saziņu (vai mazāk).",

  "definitions.sla.what":
    "To pieteikumu daļa, kas atrisināti klientiem solītajā laikā. Tas parāda, cik uzticami solījums tiek turēts, " +
    "ko vidējais rādītājs neparāda.",
  "definitions.sla.formula": "Pieteikumi, kas atrisināti mērķa laikā ÷ atrisinātie pieteikumi",
  "definitions.sla.convention":
    "Mēnesī atrisinātie pieteikumi. Pieteikums atbilst SLA, ja tā atrisināšanas laiks nepārsniedz mērķi: " +
    "šajā pārskatā {target} h. {hours}",

  "definitions.csat.what":
    "To klientu daļa, kuri bija apmierināti ar saņemto palīdzību (jautāts uzreiz pēc pieteikuma). " +
    "Tas ir tiešākais atbalsta kvalitātes rādītājs.",
  "definitions.csat.formula": "Apmierinātās atbildes ÷ atbildes",
  "definitions.csat.convention":
    "Apmierināts nozīmē vērtējumu 4 vai 5 skalā 1–5, 6–7 skalā 1–7 un 9–10 skalā 1–10; skala ir mazākā no tām, kurā ietilpst " +
    "augstākais vērtējums (pārskata 12 mēnešos atrisinātajiem pieteikumiem vai aptaujas lapā), un kalkulatorā izmantota skala 1–5. " +
    "Tukši vērtējumi tiek izlaisti. Pārskatā redzams arī atbilžu skaits un 95% ticamības intervāls (Vilsona metode).",

  "definitions.nps.what":
    "Cik labprāt klienti jūs ieteiktu citiem, skalā no −100 līdz 100. Tas atspoguļo lojalitāti visam uzņēmumam, " +
    "ne tikai atbalstam, tāpēc sekojiet tendencei, nevis viena mēneša rezultātam.",
  "definitions.nps.formula": "% atbalstītāju − % kritiķu = (atbalstītāji − kritiķi) ÷ atbildes × 100",
  "definitions.nps.convention":
    "Atbildes no 0 līdz 10: atbalstītāji dod 9–10, pasīvie 7–8, kritiķi 0–6. Pasīvie tiek ieskaitīti atbilžu skaitā, bet " +
    "netiek pieskaitīti nevienai no grupām. NPS mēra punktos, nevis procentos; pārskatā redzams arī atbilžu skaits un 95% ticamības intervāls " +
    "(koriģētā Valda metode). Piemēram, 80% atbalstītāju un 15% kritiķu dod 65.",

  "definitions.ces.what":
    "Cik viegli klientiem bija panākt, lai viņu jautājums tiktu atrisināts. Piepūle prognozē lojalitāti: aiziet tieši tie " +
    "klienti, kuriem bija daudz jāpūlas, lai saņemtu palīdzību.",
  "definitions.ces.formula": "Piekrītošās atbildes ÷ atbildes",
  "definitions.ces.convention":
    "Atbildes uz apgalvojumu „Manu jautājumu bija viegli atrisināt” no 1 (pilnībā nepiekrītu) līdz 5 vai 7 (pilnībā piekrītu). " +
    "Piekrišana nozīmē 4–5 skalā 1–5 un 5–7 skalā 1–7; skala ir mazākā no abām, kurā ietilpst augstākā atbilde aptaujas lapā, " +
    "un kalkulatorā izmantota skala 1–5. Rāda kā daļu: jo augstāka, jo labāk.",

  "definitions.crr.what":
    "To klientu daļa, kuri jums bija perioda sākumā un joprojām ir klienti tā beigās. Jaunie klienti netiek ieskaitīti, " +
    "tāpēc izaugsme nevar aizsegt zaudētos klientus.",
  "definitions.crr.formula": "CRR = (E − N) ÷ S, kur S ir klienti sākumā, E – beigās un N – jaunie",
  "definitions.crr.convention":
    "Klienti beigās ietver jaunos. Ja S = 100, E = 90 un N = 15: CRR = 75%, aiziešana = 25% (zaudēti 25), " +
    "klientu neto zudums = 10%.",

  "definitions.churn.what":
    "To klientu daļa, kuri jums bija sākumā un perioda laikā aizgāja: noturēšanas otra puse (aiziešana = 100% − CRR).",
  "definitions.churn.formula":
    "Aiziešana = zaudētie ÷ S, kur zaudētie = S − (E − N). Nav tas pats, kas klientu neto zudums = (S − E) ÷ S.",
  "definitions.churn.convention":
    "Jaunie klienti nekompensē aiziešanu. Ja S = 100, E = 90 un N = 15: zaudēti 25 klienti, aiziešana = 25% un CRR = 75%, " +
    "bet klientu neto zudums ir tikai 10%, jo 15 jauni klienti aizstāja lielāko daļu no 25 zaudētajiem.",

  "definitions.cac.what":
    "Cik izmaksā piesaistīt vienu jaunu klientu. Salīdzinot ar klienta mūža vērtību, redzams, vai izaugsme atmaksājas.",
  "definitions.cac.formula": "Pārdošanas un mārketinga izdevumi ÷ jaunie klienti",
  "definitions.cac.convention":
    "Viena un tā paša mēneša izdevumi un jaunie klienti no klientu un finanšu lapas, izklājlapas valūtā.",

  "definitions.clv.what":
    "Ieņēmumi, ko klients ienes visā sadarbības laikā, atskaitot viņa piesaistes izmaksas. Labs atbalsts notur klientus " +
    "ilgāk un tādējādi šo vērtību palielina.",
  "definitions.clv.formula": "Gada ieņēmumi no klienta × gadi, ko klients paliek − CAC",
  "definitions.clv.convention":
    "Ieņēmumi, nevis peļņa, un bez diskontēšanas. Negatīva, ja klienta piesaiste izmaksā vairāk, nekā klients ienes.",

  "definitions.costPerTicket.what":
    "Cik vidēji izmaksā viena pieteikuma apstrāde. Pašapkalpošanās, labāki rīki un atrisināšana pirmajā saziņā to samazina; " +
    "atkārtota saziņa to palielina.",
  "definitions.costPerTicket.formula": "Atbalsta izmaksas ÷ pieteikumi",
  "definitions.costPerTicket.convention":
    "Mēneša atbalsta izmaksas no klientu un finanšu lapas, dalītas ar mēnesī izveidoto pieteikumu skaitu.",

  "definitions.supportCostRatio.what":
    "Kāda daļa no katras ieņēmumu vienības tiek tērēta atbalstam. Ja daļa aug, atbalsta izmaksas aug ātrāk nekā bizness.",
  "definitions.supportCostRatio.formula": "Atbalsta izmaksas ÷ ieņēmumi",
  "definitions.supportCostRatio.convention":
    "Abi par vienu un to pašu mēnesi un vienā valūtā, parādīti procentos; vairāk nekā 100%, ja atbalsts izmaksā vairāk, nekā ir ieņēmumi.",
  "definitions.answerRate.what":
    "Zvanu vai tērzēšanu daļa, kas sasniedza kādu no komandas. Krītošs īpatsvars nozīmē, ka klienti padodas, pirms komanda paspēj atbildēt.",
  "definitions.answerRate.formula": "Atbildētie kontakti ÷ piedāvātie kontakti",
  "definitions.answerRate.convention":
    "Piedāvāti ir visi kontakti, kuriem žurnālā norādīts “atbildēts” vai “pamests” (kolonna ar J/N, Jā/Nē, 1/0 vai PATIESS/APLAMS); kontakti pieder mēnesim, kurā tie saņemti. Pamesto īpatsvars ir atlikums: 1 − atbildēto īpatsvars.",
  "definitions.abandonRate.what":
    "Zvanu vai tērzēšanu daļa, kurās klients nolika klausuli vai aizgāja, pirms kāds atbildēja: zaudēti kontakti un bieži atkārtoti zvani vēlāk.",
  "definitions.abandonRate.formula": "Pamestie kontakti ÷ piedāvātie kontakti",
  "definitions.abandonRate.convention":
    "Pamests nozīmē, ka žurnālā norādīts “nav atbildēts” (kolonnā “Atbildēts” ir N) vai “pamests” (kolonnā “Pamests” ir J); piedāvātie kā atbildēto īpatsvaram, pēc saņemšanas mēneša.",
  "definitions.asa.what":
    "Cik ilgi zvanītāji gaida rindā, līdz kāds atbild. Kopā ar atbildēto īpatsvaru tas parāda, vai komandā ir pietiekami daudz darbinieku.",
  "definitions.asa.formula": "Atbildēto kontaktu gaidīšanas laiku summa ÷ atbildētie kontakti",
  "definitions.asa.convention":
    "Skaitās tikai atbildētie kontakti: zvanītājam, kas nolika klausuli, neviens neatbildēja. Gaidīšana sekundēs, ja virsrakstā nav norādīta vienība; pēc saņemšanas mēneša; kalkulatorā AVERAGE.",
  "definitions.aht.what":
    "Cik ilgi kontakts aizņem darbinieku: sarunas laiks, plus aizturēšana un pēcapstrāde, ja eksports tos ieskaita. No tā atkarīgs, cik darbinieku vajag.",
  "definitions.aht.formula": "Apstrādes laiku summa ÷ kontakti ar apstrādes laiku",
  "definitions.aht.convention":
    "Teksts H:MM:SS, Google izklājlapu ilgumi vai sekundes, ja virsrakstā nav vienības; kontakti bez laika netiek skaitīti; pēc saņemšanas mēneša. Pārskata personāla bloks izmanto šo vidējo, ja žurnālā tas ir.",
  "definitions.contactResolution.what":
    "Atbildēto zvanu vai tērzēšanu daļa, kas uzreiz atrisināja klienta problēmu, kā to atzīmējis darbinieks.",
  "definitions.contactResolution.formula": "Atrisinātie atbildētie kontakti ÷ atbildētie kontakti",
  "definitions.contactResolution.convention":
    "Atrisināts ir jā/nē kolonna katram kontaktam, nevis laiks; neatbildēts kontakts neko neatrisina un netiek skaitīts, tāpat kā kontakti ar tukšu atzīmi. Pēc saņemšanas mēneša.",
  "definitions.reopenRate.what":
    "Atrisināto pieteikumu daļa, ko klientam nācās atvērt atkārtoti: risinājums, kas neizturēja.",
  "definitions.reopenRate.formula":
    "Vismaz reizi atkārtoti atvērtie atrisinātie pieteikumi ÷ atrisinātie pieteikumi",
  "definitions.reopenRate.convention":
    "No eksporta atkārtotas atvēršanas kolonnas (Zendesk Reopens) vai no notikumu žurnāla, kur darbība pēc atrisināšanas ir atkārtota atvēršana; mēnesī atrisinātie pieteikumi.",
  "definitions.repliesPerResolved.what":
    "Cik atbilžu (kontaktu) vajag, lai atrisinātu pieteikumu: mazāk nozīmē, ka klienti ātrāk saņem vajadzīgo.",
  "definitions.repliesPerResolved.formula": "Atbildes atrisinātajos pieteikumos ÷ atrisinātie pieteikumi",
  "definitions.repliesPerResolved.convention":
    "Kontaktu kolonna (Zendesk Replies, Freshdesk Agent interactions) vai notikumu žurnāla apmaiņas; mēnesī atrisinātie pieteikumi ar zināmu skaitu. FCR lasa to pašu kolonnu.",
  "definitions.waitTime.what":
    "Cik ilgi klienti gaidīja komandu pieteikuma dzīves laikā, kā to mēra palīdzības dienests (Zendesk requester wait time).",
  "definitions.waitTime.formula": "Pieteikumu pieteicēja gaidīšanas laika mediāna stundās",
  "definitions.waitTime.convention":
    "Eksporta paša ilgums tā vienībā (minūtes vai stundas, pēc virsraksta); mēnesī atrisinātie pieteikumi; kalkulatorā MEDIAN.",
  "definitions.onHoldTime.what":
    "Cik ilgi pieteikumi bija aizturēti, gaidot trešo pusi, piemēram, citu komandu vai piegādātāju.",
  "definitions.onHoldTime.formula": "Pieteikumu aizturēšanas laika mediāna stundās",
  "definitions.onHoldTime.convention":
    "Eksporta paša ilgums (Zendesk on hold time) tā vienībā; mēnesī atrisinātie pieteikumi; kalkulatorā MEDIAN.",
  "definitions.responseMean.what":
    "Cik ilgi klienti gaida katru atbildi, ne tikai pirmo: visas sarunas temps.",
  "definitions.responseMean.formula":
    "Vidējais (atbilde − brīdis, kad sākās komandas kārta) visām atbildēm, stundās",
  "definitions.responseMean.convention":
    "Notikumu žurnāli ar atbilžu notikumiem: komandas kārta sākas pie izveides, klienta atbildes vai atkārtotas atvēršanas; skaitās atbildes mēnesī; {hours}; kalkulatorā AVERAGE.",
  "definitions.staffing.name": "Personāla plānošana (Erlang C)",
  "definitions.staffing.what":
    "Cik aģentu vajag rindai: varbūtība, ka kontaktam jāgaida, un daļa, kas atbildēta mērķa laikā, noteiktam aģentu skaitam.",
  "definitions.staffing.formula":
    "Slodze A = kontakti × apstrādes laiks ÷ intervāls (Erlangi). Erlang B ar rekursiju B₀ = 1, Bₖ = A·Bₖ₋₁ ÷ (k + A·Bₖ₋₁); gaidīšanas varbūtība C = N·B ÷ (N − A(1 − B)); apkalpošanas līmenis = 1 − C · e^(−(N − A) · mērķis ÷ apstrādes laiks).",
  "definitions.staffing.convention":
    "Kontakti pienāk nejauši un gaida, līdz tiem atbild (neviens nenoliek klausuli); N aģentiem jābūt vairāk nekā slodze A, citādi rinda aug bez gala. Noslodze = A ÷ N; vidējais atbildes laiks = C × apstrādes laiks ÷ (N − A), pa visiem kontaktiem. Call Centre Helper piemērs: 100 kontakti 30 minūtēs pa 180 s ir 10 Erlangi; 14 aģenti atbild 88,8% 20 s laikā. “AGENTS_NEEDED” atrod mazāko aģentu skaitu mērķim, ar zudumiem.",
  "definitions.calc.contacts": "Kontakti intervālā",
  "definitions.calc.intervalMinutes": "Intervāls, minūtes",
  "definitions.calc.handleSeconds": "Apstrādes laiks kontaktam, sekundes",
  "definitions.calc.agents": "Atbildošie aģenti (N)",
  "definitions.calc.answerWithinSeconds": "Atbildēt līdz, sekundes",
  "definitions.calc.traffic": "Slodze A, Erlangi",
  "definitions.calc.erlangB": "Erlang B (solis uz Erlang C)",
  "definitions.calc.waitProbability": "Gaidīšanas varbūtība (Erlang C)",
  "definitions.calc.serviceLevel": "Apkalpošanas līmenis: atbildēti mērķa laikā",
  "definitions.calc.occupancy": "Noslodze = A ÷ N",
  "definitions.calc.averageSpeedOfAnswer": "Vidējais atbildes laiks, sekundes",
  "definitions.calc.tooFewAgents": "Par maz aģentu; vismaz ",

  // report. (the report tab: header, KPI tracker, and reading the survey and customers tabs)
  "report.sheetName": "Atbalsta pārskats {month}",
  "report.title": "Atbalsta pārskats {month}",
  "report.header.definitionsLink": "KPI definīcijas un kalkulators",
  "report.col.kpi": "KPI",
  "report.col.thisMonth": "Šis mēnesis ({month})",
  "report.col.previousMonth": "Iepriekšējais mēnesis ({month})",
  "report.col.change": "Izmaiņas",
  "report.col.target": "Mērķis",
  "report.col.status": "Statuss",
  "report.col.trend": "Tendence, 12 mēneši",
  "report.col.n": "n",
  "report.col.low": "95% intervāls, no",
  "report.col.high": "95% intervāls, līdz",
  "report.col.note": "Piezīmes",
  "report.trendData": "Tendences dati: 12 mēneši, ko attēlo mini diagrammas, sākot ar vecāko",
  "report.sparklineOptions": "Mini diagrammu iestatījumi",
  "report.status.met": "Mērķis sasniegts",
  "report.status.missed": "Mērķis nav sasniegts",
  "report.noData": "nav datu",
  "report.kpi.businessHours": "{name} (darba stundās)",
  "report.hours.calendar": "kalendārās stundas",
  "report.hours.business": "darba stundas ({schedule})",
  "report.tabProblem": "Lapa „{sheet}”: {problem}",
  "report.subtitle": "No {tabs} · izveidots {time} ({zone})",
  "report.summary": "Kopsavilkums, {month}",
  "report.tile.target": "{status} ({target})",
  "report.tile.noTarget": "Mērķis nav iestatīts",
  "report.tile.compare": "Bultas: izmaiņas kopš {previous} (zaļš labāk, sarkans sliktāk).",
  "report.findings": "Secinājumi",
  "report.findings.none":
    "{month} nekas neizceļas: nav izmaiņu, kas pārsniegtu parastās svārstības, nav lēciena, nav nesasniegta mērķa.",
  "report.missing.title": "Šajā pārskatā nav",
  "report.missing.line": "{kpis}: {reason}",
  "report.missing.noCreated":
    "{kpis}: žurnālā nav kolonnas “Izveidots” (kad katrs pieteikums izveidots); izvēlieties to sānjoslā.",
  "report.finding.rose":
    "{kpi} pieauga no {previous} ({month}) līdz {current}, pārsniedzot parastās svārstības.",
  "report.finding.fell":
    "{kpi} samazinājās no {previous} ({month}) līdz {current}, pārsniedzot parastās svārstības.",
  "report.finding.noise": "Kopš {month}, {kpis}: parasto svārstību robežās, nevis tendence.",
  "report.finding.spike":
    "Lēciens: {group} bija {count} pieteikumi, virs ierastajiem {mean} (robeža {limit} = vidējais + 2 SN iepriekšējos {months} mēnešos; vismaz {min} pieteikumi).",
  "report.finding.slaMissed":
    "SLA nav izpildīts: {dimension} {group}: {rate} no {n} pieteikumiem atrisināti {sla} laikā (mērķis {target}).",
  "report.finding.slaBelowRest":
    "Zemāks SLA: {dimension} {group}: {rate} no {n} pieteikumiem atrisināti {sla} laikā, pret {rest} pārējiem.",
  "report.finding.frtMissed":
    "Lēna pirmā atbilde: {dimension} {group}: mediāna {value} {n} pieteikumiem (mērķis {target}).",
  "report.finding.busiest":
    "Noslogotākā diena: {weekday} ({dayShare} pieteikumu); noslogotākā stunda: {hours} ({hourShare}).",
  "report.finding.forecast":
    "Prognoze {month}: ap {count} pieteikumiem (80% intervāls {low}–{high}), no {months, plural, zero {# mēnešu} one {# mēneša} other {# mēnešu}} vēstures; personāls zemāk.",
  "report.dimension.priority": "prioritāte",
  "report.dimension.channel": "kanāls",
  "report.details": "Detaļas: katrs KPI ar n, 95% intervāliem un aprēķina veidu",
  "report.chart.createdResolved": "Izveidoti un atrisināti mēnesī",
  "report.chart.backlog": "Neatrisinātie mēneša beigās",
  "report.when.section": "Kad pienāk pieteikumi un kā klājas katrai prioritātei un kanālam, {month}",
  "report.when.title": "Kad pienāk pieteikumi: izveidoti {month} pa nedēļas dienām un stundām ({zone})",
  "report.when.where":
    "Izveidoto pieteikumu režģis pa nedēļas dienām un stundām ir pa labi no šīs sadaļas, kolonnās {columns} (tumšāks: vairāk pieteikumu).",
  "report.when.header.weekday": "Nedēļas diena",
  "report.breakdown.title": "Pirmā atbilde, atrisināšanas laiks un SLA pa: {dimension}, {month}",
  "report.breakdown.header.created": "Izveidoti",
  "report.breakdown.header.frt": "Pirmās atbildes laiks, mediāna",
  "report.breakdown.header.resolved": "Atrisināti",
  "report.breakdown.header.resolution": "Atrisināšanas laiks, mediāna",
  "report.breakdown.header.sla": "SLA izpilde",
  "report.breakdown.blank": "(nav norādīts)",
  "report.breakdown.note":
    "Pirmā atbilde mēnesī izveidotajiem pieteikumiem, atrisināšana un SLA ({sla}) mēnesī atrisinātajiem.",
  "tracker.sheetName": "KPI izsekotājs",
  "tracker.title": "KPI izsekotājs: katrs KPI pa mēnešiem",
  "tracker.note":
    "Katra pārskata izveide aizpilda vai aizstāj sava mēneša kolonnu; citi mēneši paliek neskarti.",
  "tracker.col.kpi": "KPI",
  "tracker.chart.volume": "Izveidoti un atrisināti pa mēnešiem",
  "tracker.chart.rates": "SLA, FCR un CSAT pa mēnešiem",
  "tracker.axis.month": "Mēnesis",
  "tracker.axis.hours": "Stundas",

  "report.note.created": "Mēnesī izveidotie pieteikumi izklājlapas laika joslā ({zone}).",
  "report.note.resolved": "Mēnesī atrisinātie pieteikumi neatkarīgi no tā, kad tie izveidoti.",
  "report.note.backlog": "Pieteikumi, kas izveidoti pirms {end} un nav atrisināti pirms šī brīža.",
  "report.note.csatRatedRule":
    " Vērtējumi pieteikumiem bez atrisināšanas laika tiek skaitīti mēnesī, kad vērtējums sniegts ({count}).",
  "report.note.csatCreatedRule":
    " Vērtējumi pieteikumiem bez atrisināšanas laika tiek skaitīti mēnesī, kad pieteikums izveidots ({count}).",
  "report.note.backlogClosedStatus":
    " Pieteikums, kura statuss ir slēgts vai atrisināts, nav atvērts, ar vai bez atrisināšanas laika ({count} bez tā).",
  "report.agents.noteAssigned":
    "Apstrādātie pieteikumi: aģentam piešķirtie un {month} izveidotie pieteikumi (žurnālā nav atrisināšanas laiku). Pirmā atbilde un CSAT tiek mērīti šiem pieteikumiem. Tukša šūna nozīmē, ka datu nav. {hours}",
  "report.note.implausible":
    "{kpi} mēnesī {month} ietver laikus, kas garāki par gadu (līdz {days} dienām): pārbaudiet, vai kolonna „Izveidots” ir katra pieteikuma izveides laiks.",
  "report.note.frt": "Mēnesī izveidotie pieteikumi, kuriem ir pirmā atbilde; {hours}.",
  "report.note.resolution": "Mēnesī atrisinātie pieteikumi; {hours}.",
  "report.note.fcr": "Mēnesī 1 saziņā atrisinātie pieteikumi ÷ tie, kuriem zināms saziņas reižu skaits.",
  "report.note.sla":
    "Mēnesī {target} h laikā atrisinātie pieteikumi ÷ mēnesī atrisinātie pieteikumi; {hours}.",
  "report.note.csatTickets":
    "Mēnesī atrisināto pieteikumu vērtējumi, 1–{scale}; apmierināts nozīmē {min} vai vairāk. 95% intervāls: Vilsona metode.",
  "report.note.csatSurvey":
    "Aptaujas atbildes ar datumu šajā mēnesī, 1–{scale}; apmierināts nozīmē {min} vai vairāk. 95% intervāls: Vilsona metode.",
  "report.note.nps":
    "Aptaujas atbildes ar datumu šajā mēnesī: % atbalstītāju (9–10) − % kritiķu (0–6). 95% intervāls: koriģētā Valda metode.",
  "report.note.ces":
    "Aptaujas atbildes ar datumu šajā mēnesī, 1–{scale}; piekrišana nozīmē {min} vai vairāk. 95% intervāls: Vilsona metode.",
  "report.note.crr": "(Klienti beigās − jaunie klienti) ÷ klienti sākumā.",
  "report.note.churn": "Zaudētie klienti ÷ klienti sākumā.",
  "report.note.churnDerived":
    "Zaudētie klienti ÷ klienti sākumā; zaudētie = klienti sākumā − (klienti beigās − jaunie klienti).",
  "report.note.cac": "Pārdošanas un mārketinga izdevumi ÷ jaunie klienti.",
  "report.note.clv":
    "Ieņēmumi no klienta gadā (mēneša ieņēmumi ÷ vidējais klientu skaits × 12) × gadi, ko klients paliek (1 ÷ (mēneša aiziešana × 12)) − CAC.",
  "report.note.costPerTicket": "Atbalsta izmaksas ÷ mēnesī izveidotie pieteikumi.",
  "report.note.supportCostRatio": "Atbalsta izmaksas ÷ tā paša mēneša ieņēmumi.",
  "report.note.contactsReceived":
    "Zvani vai tērzēšanas, kas saņemti mēnesī, izklājlapas laika joslā ({zone}).",
  "report.note.answerRate":
    "Atbildētie kontakti ÷ piedāvātie kontakti (atbildēti vai pamesti), kas saņemti mēnesī.",
  "report.note.abandonRate": "Pirms atbildes pamestie kontakti ÷ piedāvātie kontakti, kas saņemti mēnesī.",
  "report.note.asa":
    "Vidējais gaidīšanas laiks atbildētajiem kontaktiem, kas saņemti mēnesī (pamestie netiek skaitīti).",
  "report.note.aht":
    "Vidējais sarunas vai apstrādes laiks kontaktiem, kas saņemti mēnesī un kuriem tas ir norādīts.",
  "report.note.contactResolution":
    "Atbildētie kontakti, kas atzīmēti kā atrisināti ÷ atbildētie kontakti ar norādi atrisināts vai nē, saņemti mēnesī.",
  "report.note.reopenRate":
    "Mēnesī atrisinātie pieteikumi, kas vismaz reizi atkārtoti atvērti ÷ tie, kuriem atvēršanas reižu skaits zināms.",
  "report.note.repliesPerResolved":
    "Atbildes (kontakti) mēnesī atrisinātajos pieteikumos ÷ šie pieteikumi, kur skaits zināms.",
  "report.note.waitTime":
    "Mediānais laiks, ko pieteicējs gaidīja komandu, mēnesī atrisinātajiem pieteikumiem (eksporta paša vērtība).",
  "report.note.onHoldTime":
    "Mediānais aizturēšanas laiks (gaidot trešo pusi) mēnesī atrisinātajiem pieteikumiem (eksporta paša vērtība).",
  "report.note.responseMean":
    "Katra atbilde mēnesī: laiks no brīža, kad bija komandas kārta (izveidots, klienta atbilde, atkārtota atvēršana), līdz atbildei, vidēji; {hours}.",
  "report.note.scheduleInvalid":
    "Darba laika grafiku „{schedule}” nevar izmantot ({message}), tāpēc laiki ir kalendārajās stundās.",
  "report.note.badRatings":
    "CSAT vērtējumi pieteikumu žurnālā, kas nav veseli skaitļi no 1 līdz {scale}, netika ņemti vērā: {count}.",

  "report.noData.beforeLog": "Pieteikumu žurnāls sākas mēnesī {first}, vēlāk par {month}.",
  "report.noData.noTickets": "Mēnesī {month} netika izveidots neviens pieteikums.",
  "report.noData.noFirstResponse":
    "Pieteikumu žurnālā nav pirmās atbildes laiku: sānjoslā izvēlieties kolonnu „Pirmā atbilde”.",
  "report.noData.noResolved":
    "Pieteikumu žurnālā nav atrisināšanas laiku: sānjoslā izvēlieties kolonnu „Atrisināts”.",
  "report.noData.noContacts":
    "Pieteikumu žurnālā nav norādīts saziņas reižu skaits: sānjoslā izvēlieties kolonnu „Saziņas reizes līdz atrisināšanai”.",
  "report.noData.noAnswered": "Žurnālā nav kolonnas “atbildēts” vai “pamests”: izvēlieties to sānjoslā.",
  "report.noData.noSpeedOfAnswer":
    "Žurnālā nav atbildes ātruma (gaidīšanas) kolonnas: izvēlieties to sānjoslā.",
  "report.noData.noHandleTime": "Žurnālā nav sarunas vai apstrādes laika kolonnas: izvēlieties to sānjoslā.",
  "report.noData.noResolvedFlag": "Žurnālā nav kolonnas “atrisināts (jā/nē)”: izvēlieties to sānjoslā.",
  "report.noData.contactsMonth": "Nevienam kontaktam, kas saņemts {month}, tā nav.",
  "report.noData.noReopens": "Žurnālā nav atkārtotas atvēršanas kolonnas: izvēlieties to sānjoslā.",
  "report.noData.noWaitTime": "Žurnālā nav pieteicēja gaidīšanas laika kolonnas: izvēlieties to sānjoslā.",
  "report.noData.noOnHoldTime": "Žurnālā nav aizturēšanas laika kolonnas: izvēlieties to sānjoslā.",
  "report.noData.noResponses": "Katras atbildes laiku sniedz tikai notikumu žurnāls ar atbilžu notikumiem.",
  "report.noData.responsesMonth": "{month} nav atbilžu.",
  "report.noData.frtMonth": "Nevienam mēnesī {month} izveidotajam pieteikumam nav pirmās atbildes.",
  "report.noData.resolvedMonth": "Mēnesī {month} netika atrisināts neviens pieteikums.",
  "report.noData.fcrMonth":
    "Nevienam mēnesī {month} atrisinātajam pieteikumam nav norādīts saziņas reižu skaits.",
  "report.noData.csatMonth": "Nevienam mēnesī {month} atrisinātajam pieteikumam nav CSAT vērtējuma.",
  "report.noData.noCsat":
    "CSAT vērtējumu nav ne pieteikumu žurnālā (kolonna „CSAT vērtējums”), ne aptaujas lapā (CSAT kolonna).",
  "report.noData.noSurveyTab": "Nav izvēlēta aptaujas lapa: izvēlieties to sānjoslas sadaļā „Citas lapas”.",
  "report.noData.noSurveyColumn": "Aptaujas lapā „{sheet}” nav kolonnas „{field}”.",
  "report.noData.surveyMonth":
    "Aptaujas lapā „{sheet}” nav atbilžu laukā „{field}” ar datumu mēnesī {month}.",
  "report.noData.scale":
    "Lauka „{field}” atbildes sniedzas līdz {max}; standarta slieksnis ir tikai skalām 1–5 un 1–7.",
  "report.noData.noCustomersTab":
    "Nav izvēlēta klientu un finanšu lapa: izvēlieties to sānjoslas sadaļā „Citas lapas”.",
  "report.noData.customersMonth": "Klientu lapā „{sheet}” nav rindas mēnesim {month}.",
  "report.noData.customersField": "Klientu lapā „{sheet}” nav vērtības „{field}” mēnesim {month}.",
  "report.noData.noNewCustomers":
    "Mēnesī {month} nebija jaunu klientu, tāpēc izmaksas uz vienu jauno klientu nevar aprēķināt.",
  "report.noData.noChurn":
    "Mēnesī {month} netika zaudēts neviens klients, tāpēc nevar novērtēt, cik ilgi klients paliek.",
  "report.noData.zeroRevenue": "Ieņēmumi mēnesī {month} ir 0.",
  "report.noData.zeroStart": "Klientu skaits sākumā mēnesī {month} ir 0.",
  "report.noData.invalid": "Mēneša {month} skaitļi nesaskan: {message}",

  "report.survey.noDate":
    "Aptaujas lapā „{sheet}” nav atbildes datuma kolonnas (ar virsrakstu, piemēram, „Datums” vai „Date”), tāpēc atbildes nevar sadalīt pa mēnešiem.",
  "report.survey.noScores": "Aptaujas lapā „{sheet}” nav NPS, CES vai CSAT kolonnas.",
  "report.survey.empty": "Aptaujas lapā „{sheet}” zem virsrakstu rindas nav atbilžu.",
  "report.customers.noMonth":
    "Klientu lapā „{sheet}” nav kolonnas „Mēnesis” (katrā rindā datums vai teksts, piemēram, 2026-10).",
  "report.customers.noFigures":
    "Klientu lapā „{sheet}” nav nevienas no šīm kolonnām: klienti sākumā, beigās, jaunie, zaudētie, ieņēmumi, atbalsta izmaksas, pārdošanas un mārketinga izdevumi.",
  "report.customers.empty": "Klientu lapā „{sheet}” zem virsrakstu rindas nav neviena mēneša.",
  "report.row.score":
    "{row}. rinda: laukā „{field}” ir {value}, nevis vesels skaitlis no {min} līdz {max} ({effect}).",
  "report.row.month":
    "{row}. rinda: laukā „{field}” ir {value}, nevis mēnesis – datums vai teksts, piemēram, 2026-10 ({effect}).",
  "report.row.repeatMonth": "{row}. rinda: mēnesis {month} jau ir {first}. rindā ({effect}).",

  // report.volume. report.backlog. (ticket volume tracker on the report tab)
  "report.volume.title": "Pieteikumu apjoms",
  "report.volume.note.counting":
    "Pieteikumi tiek skaitīti pēc to izveides dienas vai mēneša izklājlapas laika joslā ({zone}).",
  "report.volume.categoryDaily.title": "Pieteikumi dienā pa kategorijām, {month}",
  "report.volume.categoryMonthly.title": "Pieteikumi mēnesī pa kategorijām, no {first} līdz {last}",
  "report.volume.channelDaily.title": "Pieteikumi dienā pa kanāliem, {month}",
  "report.volume.channelMonthly.title": "Pieteikumi mēnesī pa kanāliem, no {first} līdz {last}",
  "report.volume.createdResolved.title":
    "Izveidotie, atrisinātie un neatrisinātie pa mēnešiem, no {first} līdz {last}",
  "report.volume.createdResolved.note":
    "Izveidotie un atrisinātie: pieteikumi, kuru izveides vai atrisināšanas laiks ir attiecīgajā mēnesī. Neatrisinātie: pieteikumi, " +
    "kas izveidoti pirms mēneša beigām un nav atrisināti pirms tām; mēnesis beidzas nākamā mēneša 1. datumā plkst. 00:00.",
  "report.volume.header.day": "Diena",
  "report.volume.header.month": "Mēnesis",
  "report.volume.header.total": "Kopā",
  "report.volume.header.created": "Izveidoti",
  "report.volume.header.resolved": "Atrisināti",
  "report.volume.header.backlog": "Neatrisinātie mēneša beigās",
  "report.volume.total": "Kopā",
  "report.volume.allTickets": "Visi pieteikumi",
  "report.volume.other": "Citi",
  "report.volume.blankCategory": "(bez kategorijas)",
  "report.volume.blankChannel": "(bez kanāla)",
  "report.volume.axis.day": "Diena",
  "report.volume.axis.month": "Mēnesis",
  "report.volume.axis.tickets": "Pieteikumi",
  "report.volume.noCategory":
    "Šo mēnešu pieteikumiem žurnālā nav kategoriju: pieteikumu apjoms parādīts kā viena datu sērija.",
  "report.volume.noChannel":
    "Šo mēnešu pieteikumiem žurnālā nav kanālu: pieteikumu apjoms pa kanāliem netiek rādīts.",
  "report.volume.cappedCategories":
    "Kategoriju skaits: {count}; {shown, plural, zero {parādītas # lielākās} one {parādīta # lielākā} other {parādītas # lielākās}}, {rest, plural, zero {pārējās # apvienotas} one {pārējā # apvienota} other {pārējās # apvienotas}} grupā „Citi”.",
  "report.volume.cappedChannels":
    "Kanālu skaits: {count}; {shown, plural, zero {parādīti # lielākie} one {parādīts # lielākais} other {parādīti # lielākie}}, {rest, plural, zero {pārējie # apvienoti} one {pārējais # apvienots} other {pārējie # apvienoti}} grupā „Citi”.",
  "report.backlog.title": "Neatrisināto pieteikumu vecums mēneša {month} beigās",
  "report.backlog.note":
    "Katra pieteikuma, kas vēl ir atvērts {next} plkst. 00:00, vecums pilnās 24 stundu dienās kopš izveides: " +
    "0–2 dienas = mazāk nekā 3 dienas; 3–7 = no 3 līdz mazāk nekā 8 dienām; 8–30 = no 8 līdz mazāk nekā 31 dienai; " +
    "vairāk nekā 30 = 31 diena vai vairāk.",
  "report.backlog.header.age": "Vecums",
  "report.backlog.header.tickets": "Pieteikumi",
  "report.backlog.header.share": "Daļa",
  "report.backlog.bucket.0to2": "0–2 dienas",
  "report.backlog.bucket.3to7": "3–7 dienas",
  "report.backlog.bucket.8to30": "8–30 dienas",
  "report.backlog.bucket.over30": "Vairāk nekā 30 dienas",
  "report.backlog.total": "Neatrisinātie mēneša beigās",

  // report.agents. (the agents section of the report tab)
  "report.agents.title": "Aģenti, {month}",
  "report.staffing.title": "Nākamais mēnesis: pieteikumi un vajadzīgie aģenti",
  "report.staffing.forecast": "Pieteikumu prognoze: {month}",
  "report.staffing.interval": "80% intervāls",
  "report.staffing.how":
    "{method}, izvēlēta pēc mazākās kļūdas, prognozējot pēdējos 12 no {months} mēnešiem no iepriekšējiem mēnešiem",
  "report.staffing.howNoSeason":
    "{method} bez gada sezonas: {months} mēneši ar pieteikumiem, sezonai vajag 13",
  "report.staffing.method.seasonal_naive": "Sezonāli naivā (tas pats mēnesis pērn)",
  "report.staffing.method.seasonal_average": "Sezonālais vidējais (tas pats mēnesis līdz 3 gados)",
  "report.staffing.method.holt_winters": "Holt-Winters (līmenis, tendence un sezona)",
  "report.staffing.noForecast":
    "Nav prognozes: žurnālā ir pieteikumi no {months, plural, zero {# mēnešiem} one {# mēneša} other {# mēnešiem}}; prognozei vajag vismaz 2.",
  "report.staffing.busiest": "Noslogotākā stunda: gaidāmie pieteikumi",
  "report.staffing.forecastContacts": "Kontaktu prognoze {month}",
  "report.staffing.busiestContacts": "Noslogotākā stunda: gaidāmie kontakti",
  "report.staffing.note":
    "Vajadzīgie aģenti katrā stundā: Erlang C pieteikumiem, kas izveidoti tajā nedēļas dienā un stundā, vidēji pēdējās {weeks} nedēļās; {handle} min darba katram, {level}% atbildēti {within} s laikā, aģenti aizņemti ne vairāk kā {occupancy}% laika.",
  "report.staffing.handleFromLog":
    "Apstrādes laiks: {handle} min uz kontaktu, vidējais sarunas vai apstrādes laiks {count, plural, zero {# kontaktiem} one {# kontaktam} other {# kontaktiem}} žurnālā {month} (iestatītā apstrādes laika vietā).",
  "report.staffing.hour": "Stunda",
  "report.staffing.shrinkage":
    "Aģenti grafikā: vajadzīgie aģenti ÷ (1 − {shrinkage}% nepieejamības), noapaļots uz augšu.",
  "report.agents.note":
    "Apstrādātie pieteikumi: aģentam piešķirtie pieteikumi, kas atrisināti mēnesī {month}. Atrisināšanas laiku, FCR un CSAT " +
    "mēra šiem pieteikumiem; pirmo atbildi – tiem aģenta pieteikumiem, kas izveidoti mēnesī {month} un kuriem tā ir. " +
    "Tukša šūna nozīmē, ka datu nav. {hours}",
  "report.agents.hours.calendar": "Laiki ir kalendārajās stundās.",
  "report.agents.hours.business": "Laiki ir darba stundās ({schedule}).",
  "report.agents.header.agent": "Aģents",
  "report.agents.header.handled": "Apstrādātie pieteikumi",
  "report.agents.header.fcr": "FCR",
  "report.agents.header.csat": "CSAT",
  "report.agents.header.csatN": "CSAT atbildes",
  "report.agents.header.contactsHandled": "Apstrādātie kontakti",
  "report.agents.header.aht": "Vidējais apstrādes laiks",
  "report.agents.header.contactResolution": "Atrisināto īpatsvars",
  "report.agents.noteContacts":
    "Apstrādātie kontakti: darbiniekam piešķirtie zvani vai tērzēšanas, kas saņemti {month}. Apstrādes laiks ir to vidējais sarunas vai apstrādes laiks; atrisināto īpatsvaru un CSAT mēra šiem kontaktiem. Tukša šūna nozīmē, ka datu nav.",
  "report.agents.all": "Visi aģenti",
  "report.agents.unassigned": "(nav piešķirts)",
  "report.agents.noAgent": "Pieteikumu žurnālā mēnesim {month} nav aģentu: aģentu sadaļa netiek rādīta.",
  "report.agents.capped":
    "Aģentu skaits: {count}; {shown, plural, zero {uzskaitīti #} one {uzskaitīts #} other {uzskaitīti #}} ar visvairāk apstrādātajiem pieteikumiem; „Visi aģenti” ietver visus pieteikumus.",

  // server. (errors the sidebar shows from the server)
  "server.error.noSheet":
    "Nav lapas ar nosaukumu „{sheet}”. Vēlreiz izvēlieties lapu ar saviem pieteikumiem.",
  "server.error.noOtherTab":
    "Nav lapas ar nosaukumu „{sheet}”. Vēlreiz izvēlieties aptaujas un klientu lapas sadaļā „Citas lapas”.",
  "server.error.noReportTab":
    "Lapas ar nosaukumu „{sheet}” vairs nav. Izveidojiet pārskatu vēlreiz, un lapa tiks izveidota no jauna.",
  "server.error.ownSheet":
    "„{sheet}” ir lapa, ko izveidoja Support KPIs. Tā vietā izvēlieties lapu ar saviem datiem.",
  "server.error.month": "„{month}” nav mēnesis. Izvēlieties mēnesi, piemēram, 2026-10.",
  "server.error.busy":
    "Šajā izklājlapā jau tiek veidots cits pārskats. Pagaidiet, līdz tas ir gatavs, un tad mēģiniet vēlreiz.",
  "server.note.cut":
    "Teksts, kas ir garāks, nekā ietilpst Izklājlapu šūnā ({max} rakstzīmju), tika saīsināts un beidzas ar \u201c\u2026\u201d: {cells}.",
};

export const sidebarLv: Translation<typeof sidebarEn> = {
  // sidebar.
  "sidebar.loading": "Nolasa izklājlapu…",
  "sidebar.retry": "Mēģināt vēlreiz",
  "sidebar.section.log": "Pieteikumu žurnāls",
  "sidebar.log.tab": "Lapa ar pieteikumiem",
  "sidebar.log.choose": "Izvēlieties lapu…",
  "sidebar.log.detecting": "Nolasa lapu…",
  "sidebar.log.rows": "Rindas zem virsrakstu rindas: {rows}",
  "sidebar.log.layout.tickets": "Izkārtojums: viena rinda katram pieteikumam.",
  "sidebar.log.layout.contacts": "Izkārtojums: zvanu vai tērzēšanas žurnāls, viena rinda katram kontaktam.",
  "sidebar.log.layout.events":
    "Izkārtojums: notikumu žurnāls, viena rinda katrai statusa maiņai. Katra pieteikuma rindas tiek apvienotas vienā pieteikumā.",
  "sidebar.log.warnings": "Pārbaudiet pirms veidošanas",
  "sidebar.noLog.title": "Pieteikumu žurnāls nav atrasts",
  "sidebar.noLog.help":
    "Ievietojiet pieteikumus lapā, kuras pirmajā rindā ir kolonnu virsraksti un kurā ir vismaz kolonna ar katra " +
    "pieteikuma izveides datumu (piemēram, ar virsrakstu „Izveidots”). Izmantojiet vienu rindu katram pieteikumam vai vienu " +
    "rindu katrai statusa maiņai. Pēc tam izvēlieties šo lapu augstāk vai, lai to izmēģinātu, papildinājuma izvēlnē izvēlieties „Ievietot parauga datus”.",
  "sidebar.section.activities": "Aktivitātes",
  "sidebar.activities.help":
    "Notikumu žurnāls: ko katra aktivitāte nozīmē pieteikumam. Izlabojiet nepareizās; nākamais pārskats tās izmantos.",
  "sidebar.activity.label":
    "{activity} ({events, plural, zero {# notikumi} one {# notikums} other {# notikumi}})",
  "sidebar.activities.more":
    "{count, plural, zero {Vēl # aktivitātes saglabā} one {Vēl # aktivitāte saglabā} other {Vēl # aktivitātes saglabā}} nozīmi, ko dod to vārdi.",
  "sidebar.meaning.created": "Izveidots",
  "sidebar.meaning.assigned": "Piešķirts vai šķirots",
  "sidebar.meaning.response": "Atbilde",
  "sidebar.meaning.waiting": "Gaida klientu",
  "sidebar.meaning.resolved": "Atrisināts",
  "sidebar.meaning.reopened": "Atkārtoti atvērts",
  "sidebar.meaning.closed": "Slēgts",
  "sidebar.meaning.other": "Cits",
  "sidebar.columns.help": "Noteiktas pēc virsrakstiem. Pārbaudiet tās un izlabojiet nepareizās.",
  "sidebar.column.notMapped": "Nav piesaistīta",
  "sidebar.column.required": "{field} (obligāti)",
  "sidebar.month": "Mēnesis",
  "sidebar.month.inProgress": "{month} (nepabeigts)",
  "sidebar.average": "Laiku vidējā vērtība",
  "sidebar.average.median": "Mediāna (tipisks pieteikums)",
  "sidebar.average.mean": "Vidējais aritmētiskais",
  "sidebar.targets.help": "Neobligāti. Atstājiet lauku tukšu, ja mērķa nav.",
  "sidebar.unit.hours": "h",
  "sidebar.unit.percent": "%",
  "sidebar.unit.points": "punkti",
  "sidebar.unit.tickets": "gab.",
  "sidebar.unit.minutes": "min",
  "sidebar.unit.seconds": "s",
  "sidebar.section.staffing": "Personāls nākamajam mēnesim",
  "sidebar.staffing.help":
    "Vajadzīgajam aģentu skaitam katrā stundā pārskata blokā „Nākamais mēnesis”. Nepieejamības daļa ir apmaksātā laika daļa ārpus rindas (pārtraukumi, sanāksmes, prombūtne).",
  "sidebar.staffing.summary": "{handle} min pieteikumam, {level}% atbildēti {within} s laikā",
  "sidebar.columns.summary": "Atrastās kolonnas: {fields}",
  "sidebar.columns.edit": "Mainīt",
  "sidebar.columns.separator": ", ",
  "sidebar.columns.none": "vēl nav",
  "sidebar.columns.dateText":
    "„{header}” ({field}) satur datumus, kas rakstīti kā teksts, piemēram, {example}; pārskats tos nelasa kā datumus. Lai tie kļūtu par datumiem: atlasiet kolonnu, izvēlieties Formatēt > Skaitlis > Datums un laiks, pēc tam Dati > Sadalīt tekstu kolonnās. Vai rakstiet tos ar gadu sākumā (2026-03-05 14:30).",
  "sidebar.month.finding": "Meklē mēnešus…",
  "sidebar.section.hours": "Stundas un SLA",
  "sidebar.schedule.help":
    "Atstājiet tukšu, lai skaitītu kalendārās stundas. Dienas raksta angliski: Mon, Tue, … Sun.",
  "sidebar.slaHours.help": "Darba stundās, ja darba laiks ir iestatīts.",
  "sidebar.section.tabs": "Citas lapas (neobligāti)",
  "sidebar.survey": "Aptaujas atbildes",
  "sidebar.customers": "Klienti un finanses",
  "sidebar.tab.none": "Nav",
  "sidebar.build": "Izveidot pārskatu",
  "sidebar.step.save": "Saglabā iestatījumus",
  "sidebar.step.build": "Veido pārskatu par mēnesi {month}",
  "sidebar.step.running": "Notiek",
  "sidebar.step.done": "Gatavs",
  "sidebar.step.failed": "Neizdevās",
  "sidebar.result.title": "Pārskats ir gatavs",
  "sidebar.result.tab": "Lapa: {sheet}",
  "sidebar.result.contactCounts": "Nolasīti kontakti: {read}. Saņemti mēnesī {month}: {inMonth}.",
  "sidebar.result.counts": "Nolasīti pieteikumi: {read}. Izveidoti mēnesī {month}: {inMonth}.",
  "sidebar.result.notes": "Piezīmes",
  "sidebar.result.open": "Atvērt pārskata lapu",
  "sidebar.error.title": "Radās kļūda",
  "sidebar.error.unknown":
    "Papildinājums apstājās, nenorādot iemeslu. Mēģiniet vēlreiz; ja tas atkārtojas, atkārtoti ielādējiet izklājlapu.",
  "sidebar.error.noHost":
    "Sānjosla nevar piekļūt izklājlapai: atveriet to Google izklājlapās, izvēloties Paplašinājumi → Support KPIs.",
  "sidebar.error.timeoutBuild":
    "Pārskata veidošana ilga pārāk ilgi: {minutes} min laikā atbilde netika saņemta, un Apps Script pārtrauc izpildi pēc 6 min. " +
    "Mēģiniet vēlreiz; ja tas atkārtojas, pārvietojiet vecākās pieteikumu žurnāla rindas uz citu lapu.",
  "sidebar.error.timeoutCall": "Izklājlapa neatbildēja {minutes} min laikā. Mēģiniet vēlreiz.",
  "sidebar.invalid.title": "Pirms veidošanas pārbaudiet šos laukus",
  "sidebar.invalid.created":
    "Kolonnas: izvēlieties kolonnu „Izveidots”; pārskats skaita pieteikumus pēc to izveides datuma.",
  "sidebar.invalid.noMonth":
    "Mēnesis: kolonnā „Izveidots” nav datumu, tāpēc nav mēneša, par kuru veidot pārskatu.",
};
