/**
 * Swedish messages (svenska): the parts of en.ts, translated. Formulas, the schedule syntax and the
 * add-on's name are left out on purpose (see `Translation` in en.ts): they stay as in English.
 */
import type { menuEn, serverEn, sharedEn, sidebarEn, Translation } from "./en";

export const menuSv: Translation<typeof menuEn> = {
  "menu.build": "Skapa månadsrapport…",
  "menu.sample": "Infoga exempeldata",
  "menu.definitions": "Definitioner av nyckeltal",
  "menu.help": "Hjälp",
};

export const sharedSv: Translation<typeof sharedEn> = {
  "sidebar.field.id": "Ärende-ID",
  "sidebar.field.created": "Skapat",
  "sidebar.field.firstResponse": "Första svar",
  "sidebar.field.resolved": "Löst",
  "sidebar.field.status": "Status",
  "sidebar.field.category": "Kategori",
  "sidebar.field.channel": "Kanal",
  "sidebar.field.agent": "Agent",
  "sidebar.field.priority": "Prioritet",
  "sidebar.field.csat": "CSAT-betyg",
  "sidebar.field.csatAt": "Datum för betyg",
  "sidebar.field.contacts": "Kontakter till lösning",
  "sidebar.field.firstResponseTime": "Svarstid första svar (varaktighet)",
  "sidebar.field.resolutionTime": "Lösningstid (varaktighet)",
  "sidebar.field.reopens": "Återöppningar",
  "sidebar.field.waitTime": "Kundens väntetid",
  "sidebar.field.onHoldTime": "Tid parkerad",
  "sidebar.field.timeOfDay": "Klockslag",
  "sidebar.field.answered": "Besvarat (ja/nej)",
  "sidebar.field.abandoned": "Avbrutet (ja/nej)",
  "sidebar.field.speedOfAnswer": "Svarstid i kö",
  "sidebar.field.handleTime": "Hanteringstid",
  "sidebar.field.resolvedFlag": "Löst (ja/nej)",
  "sidebar.invalid.noTab": "Välj fliken med dina ärenden.",
  "sidebar.invalid.number": "{field}: {value} är inte ett tal.",
  "sidebar.invalid.range": "{field}: ange ett tal från {min} till {max}.",
  "sidebar.invalid.atLeast": "{field}: ange ett tal som är minst {min}.",
  "sidebar.invalid.atMost": "{field}: ange ett tal som är högst {max}.",
  "sidebar.invalid.positive": "{field}: ange ett tal större än 0.",
  "sidebar.invalid.whole": "{field}: ange ett heltal.",
  "sidebar.invalid.between": "{field}: ange ett tal större än {min} och mindre än {max}.",
  "sidebar.staffing.handle": "Hanteringstid per ärende",
  "sidebar.staffing.level": "Mål för servicenivå",
  "sidebar.staffing.within": "Besvarat inom",
  "sidebar.staffing.occupancy": "Högsta beläggning",
  "sidebar.staffing.shrinkage": "Bortfall",
  "sidebar.invalid.schedule":
    "Kontorstid: skriv dagarna på engelska och tiderna med 24-timmarsklocka, t.ex. Mon-Fri 09:00-17:00 eller Mon-Thu 08:00-16:00, Fri 08:00-12:00. ({detail})",
  "sidebar.target.frt": "Första svarstid",
  "sidebar.target.resolution": "Lösningstid",
  "sidebar.target.sla": "SLA uppfyllt",
  "sidebar.target.csat": "CSAT",
  "sidebar.target.fcr": "Lösning vid första kontakt",
  "sidebar.target.nps": "NPS",
  "sidebar.target.backlog": "Backlog vid månadsslut",
  "sidebar.slaHours": "SLA: lös inom",
  "sidebar.schedule": "Kontorstid",
  "sidebar.section.targets": "Mål",
};

export const serverSv: Translation<typeof serverEn> = {
  // help. (the menu's Help item)
  "help.text":
    'Support KPIs lägger till anpassade funktioner som =NPS(B2:B), =CSAT(C2:C) och =FRT(A2:A; B2:B; "median") ' +
    "och skapar en flik med en månadsrapport utifrån din ärendelogg. Börja med Skapa månadsrapport… i menyn.",

  // kpi. (names shown in the report's tracker and the definitions tab)
  "kpi.created": "Skapade ärenden",
  "kpi.resolved": "Lösta ärenden",
  "kpi.backlog": "Backlog vid månadsslut",
  "kpi.frtMedian": "Första svarstid, median",
  "kpi.frtMean": "Första svarstid, medelvärde",
  "kpi.resolutionMedian": "Lösningstid, median",
  "kpi.resolutionMean": "Lösningstid, medelvärde",
  "kpi.resolutionLongest": "Längsta lösningstid",
  "kpi.fcr": "Lösning vid första kontakt",
  "kpi.sla": "SLA-efterlevnad",
  "kpi.csat": "CSAT",
  "kpi.nps": "NPS",
  "kpi.ces": "CES",
  "kpi.crr": "Kundbehållning (CRR)",
  "kpi.churn": "Kundbortfall (churn)",
  "kpi.cac": "Kundanskaffningskostnad",
  "kpi.clv": "Kundlivstidsvärde",
  "kpi.costPerTicket": "Kostnad per ärende",
  "kpi.supportCostRatio": "Supportkostnad i % av intäkterna",
  "kpi.contactsReceived": "Inkomna kontakter",
  "kpi.answerRate": "Svarsfrekvens",
  "kpi.abandonRate": "Andel avbrutna",
  "kpi.asa": "Genomsnittlig svarstid i kö (ASA)",
  "kpi.aht": "Genomsnittlig hanteringstid (AHT)",
  "kpi.contactResolution": "Andel lösta (besvarade kontakter)",
  "kpi.reopenRate": "Andel återöppnade",
  "kpi.repliesPerResolved": "Svar per löst ärende",
  "kpi.waitTime": "Kundens väntetid, median",
  "kpi.onHoldTime": "Tid parkerad, median",
  "kpi.responseMean": "Svarstid, medel över alla svar",

  // input. (reading the source tabs: column detection, ticket-log problems)
  "input.field.survey.date": "Svarsdatum",
  "input.field.survey.nps": "NPS-betyg (0–10)",
  "input.field.survey.ces": "CES-betyg",
  "input.field.survey.csat": "CSAT-betyg",
  "input.field.customers.month": "Månad",
  "input.field.customers.customersStart": "Kunder i början",
  "input.field.customers.customersEnd": "Kunder i slutet",
  "input.field.customers.newCustomers": "Nya kunder",
  "input.field.customers.lostCustomers": "Förlorade kunder",
  "input.field.customers.revenue": "Intäkter",
  "input.field.customers.supportCost": "Supportkostnad",
  "input.field.customers.salesMarketing": "Sälj- och marknadskostnader",
  "input.kind.time": "tidpunkter",
  "input.kind.number": "tal",
  "input.kind.duration": "varaktigheter",
  "input.kind.text": "text",
  "input.kind.boolean": "sant/falskt-värden",
  "input.kind.flag": "ja/nej-värden",
  "input.kind.clock": "klockslag",
  "input.kind.any": "värden",
  "input.columns.noCreated":
    "Ingen kolumn ser ut att ange när varje ärende skapades (en rubrik som ”Skapat” eller ”Created”); välj den under Kolumner.",
  "input.columns.ambiguous":
    "Både ”{first}” och ”{second}” ser ut att vara kolumnen {field}; ”{first}” används. Ändra under Kolumner om det är fel.",
  "input.columns.wrongKind":
    "”{header}” ser ut att vara kolumnen {field} men innehåller {holds}, inte {expected}, så den används inte.",
  "input.columns.missing":
    "Kolumnen ”{header}” som valts för {field} finns inte längre på fliken; välj den igen.",
  "input.columns.duplicate":
    "Två kolumner har rubriken ”{header}”; den första (kolumn {column}) används för {field}.",
  "input.effect.rowSkipped": "raden hoppas över",
  "input.effect.eventSkipped": "händelsen hoppas över",
  "input.effect.cellIgnored": "cellen ignoreras",
  "input.row.timeText":
    "Rad {row}: {field} är texten {value}, inte en tidpunkt ({effect}). Formatera kolumnen med Format > Tal > Datum och tid. Text läses bara när året står först (2026-03-05 14:30): 05/03/2026 kan vara mars eller maj.",
  "input.row.timeNumber":
    "Rad {row}: {field} är talet {value}, inte en tidpunkt ({effect}). Formatera kolumnen med Format > Tal > Datum och tid.",
  "input.row.timeOther": "Rad {row}: {field} innehåller {value}, inte en tidpunkt ({effect}).",
  "input.row.blank": "Rad {row}: {field} är tom ({effect}).",
  "input.row.beforeCreated":
    "Rad {row}: {field} {value} ligger före tidpunkten då ärendet skapades ({effect}).",
  "input.row.notNumber":
    "Rad {row}: {field} innehåller {value}, inte ett tal som är 0 eller större ({effect}).",
  "input.row.notFlag":
    "Rad {row}: {field} innehåller {value}, inte ja eller nej (J/N, Ja/Nej, 1/0, SANT/FALSKT); cellen hoppas över.",
  "input.row.more": "{count, plural, one {# sådan rad} other {# sådana rader}}, t.ex. raderna {rows}.",
  "input.rows.blank":
    "{count, plural, one {# tom rad} other {# tomma rader}} mellan dataraderna hoppades över.",
  "input.duration.noUnit":
    'Rad {row}: {field} "{header}" innehåller talet {value}, men rubriken anger ingen enhet, så det läses inte. Byt namn på rubriken så att den anger enheten, t.ex. "{header} (minuter)" eller "(timmar)", eller skriv cellerna som H:MM:SS.',
  "input.duration.invalid":
    "Rad {row}: {field} innehåller {value}, inte en varaktighet (ett tal i rubrikens enhet, eller H:MM:SS); cellen ignoreras.",
  "input.duration.derived":
    '{field} för {count} ärenden är {created} + "{header}": exporten anger hur lång tid det tog, inte när.',
  "input.rows.skipped": "{skipped} av {rows} rader lästes inte; problemen ovan förklarar varför.",
  "input.rows.duplicateIds":
    "Rader som upprepar ett tidigare ärende-ID: {count} (t.ex. {id} på rad {first} och {second}); varje rad räknas som ett eget ärende.",
  "input.log.empty": "Fliken {sheet} har inga datarader under rubrikraden.",
  "input.log.noCreated":
    "Välj kolumnen som anger när varje ärende skapades: rapporten fördelar ärendena på månader utifrån den.",
  "input.log.monthsBy":
    "Loggen har ingen kolumn {created}: ärenden placeras i månader efter {field}, och nyckeltal som behöver tiden de skapades utelämnas. Välj {created} i sidofältet för att lägga till dem.",
  "input.log.noId":
    "Välj kolumnen Ärende-ID: i en logg med en rad per statusändring visar den vilka rader som hör till samma ärende.",
  "input.events.lifecycle":
    '{count, plural, one {# händelse} other {# händelser}} vars {column} inte är "complete" (en start eller planering) räknas inte: tiderna är de avslutade aktiviteternas.',
  "input.log.eventsWithoutStatus":
    "Ärende-ID:n upprepas (t.ex. {id} på rad {first} och {second}), så fliken ser ut att vara en logg med en rad per statusändring, " +
    "men ingen statuskolumn är vald. Välj kolumnen Status, eller lägg upp datan med en rad per ärende och kolumnerna " +
    "Ärende-ID, Skapat, Första svar, Löst, Status, Kategori, Kanal, Agent.",

  // sample.
  "sample.tickets": "Ärenden",
  "sample.survey": "Enkät",
  "sample.customers": "Kunder",
  // The sample tabs' contents: header rows, then the values of the text columns.
  "sample.header.id": "Ärende-ID",
  "sample.header.created": "Skapat",
  "sample.header.firstResponse": "Första svar",
  "sample.header.resolved": "Löst",
  "sample.header.status": "Status",
  "sample.header.category": "Kategori",
  "sample.header.channel": "Kanal",
  "sample.header.agent": "Agent",
  "sample.header.priority": "Prioritet",
  "sample.header.contacts": "Kontakter",
  "sample.header.date": "Datum",
  "sample.header.month": "Månad",
  "sample.header.customersStart": "Kunder i början",
  "sample.header.customersEnd": "Kunder i slutet",
  "sample.header.newCustomers": "Nya kunder",
  "sample.header.lostCustomers": "Förlorade kunder",
  "sample.header.revenue": "Intäkter",
  "sample.header.supportCost": "Supportkostnad",
  "sample.header.salesMarketing": "Sälj- och marknadskostnader",
  "sample.category.sales": "Försäljning",
  "sample.category.technical": "Teknik",
  "sample.category.cancellation": "Avbeställning",
  "sample.category.returns": "Returer",
  "sample.category.shipping": "Leverans",
  "sample.category.productAvailability": "Produkttillgänglighet",
  "sample.channel.email": "E-post",
  "sample.channel.chat": "Chatt",
  "sample.channel.phone": "Telefon",
  "sample.channel.social": "Sociala medier",
  "sample.priority.low": "Låg",
  "sample.priority.normal": "Normal",
  "sample.priority.high": "Hög",
  "sample.priority.urgent": "Brådskande",
  "sample.status.closed": "Stängd",
  "sample.status.pending": "Väntande",
  "sample.status.open": "Öppen",

  // definitions. (the definitions and calculator tab)
  "definitions.sheetName": "KPI-definitioner",
  "definitions.title": "Support KPIs: definitioner och kalkylator",
  "definitions.intro":
    "Vad varje KPI i rapporten mäter och hur tillägget beräknar det. Prova en kalkylator: skriv i dess gula celler.",
  "definitions.label.what": "Vad det mäter",
  "definitions.label.formula": "Formel",
  "definitions.label.convention": "Så räknas det här",
  "definitions.label.customFunction": "Anpassad funktion",
  "definitions.calculator": "Kalkylator",
  "definitions.noCalculator": "Räknas direkt från ärendeloggen: ingen kalkylator behövs.",
  "definitions.hours.calendar": "Tider anges i kalendertimmar: alla dygnets och veckans timmar räknas.",
  "definitions.hours.business":
    "Tider anges i kontorstimmar enligt schemat {schedule}, i kalkylarkets tidszon.",

  "definitions.calc.openAtStart": "Öppna vid månadens början",
  "definitions.calc.createdInMonth": "Skapade under månaden",
  "definitions.calc.resolvedInMonth": "Lösta under månaden",
  "definitions.calc.firstResponseHours": "Ärende {n}: timmar till första svar",
  "definitions.calc.resolutionHours": "Ärende {n}: timmar till lösning",
  "definitions.calc.targetHours": "SLA-mål, timmar",
  "definitions.calc.ticketsResolved": "Lösta ärenden",
  "definitions.calc.resolvedInOneContact": "Varav lösta vid 1 kontakt",
  "definitions.calc.rating": "Svar med betyget {rating}",
  "definitions.calc.ratingSatisfied": "Svar med betyget {rating} (nöjda)",
  "definitions.calc.ratingAgree": "Svar med betyget {rating} (instämmer)",
  "definitions.calc.promoters": "Promotorer (betyg 9–10)",
  "definitions.calc.passives": "Passiva (betyg 7–8)",
  "definitions.calc.detractors": "Kritiker (betyg 0–6)",
  "definitions.calc.customersStart": "Kunder i början (S)",
  "definitions.calc.customersEnd": "Kunder i slutet, inklusive nya (E)",
  "definitions.calc.newCustomers": "Nya kunder (N)",
  "definitions.calc.customersLost": "Förlorade kunder = S − (E − N)",
  "definitions.calc.netCustomerLoss": "Nettoförlust av kunder = (S − E) ÷ S",
  "definitions.calc.salesMarketingSpend": "Sälj- och marknadskostnader",
  "definitions.calc.customersWon": "Vunna nya kunder",
  "definitions.calc.annualRevenuePerCustomer": "Intäkt per kund och år",
  "definitions.calc.relationshipYears": "Antal år en kund stannar",
  "definitions.calc.acquisitionCost": "Anskaffningskostnad per kund (CAC)",
  "definitions.calc.supportCost": "Supportkostnad",
  "definitions.calc.tickets": "Hanterade ärenden",
  "definitions.calc.revenue": "Intäkter",
  "definitions.calc.contactsOffered": "Erbjudna kontakter (besvarade eller avbrutna)",
  "definitions.calc.contactsAnswered": "Varav besvarade",
  "definitions.calc.contactsResolved": "Av de besvarade, lösta",
  "definitions.calc.answerSeconds": "Samtal {n}: sekunder till svar",
  "definitions.calc.talkSeconds": "Samtal {n}: hanteringstid, sekunder",
  "definitions.calc.ticketsReopened": "Varav återöppnade minst en gång",
  "definitions.calc.replies": "Svar (kontakter) på dem",
  "definitions.calc.waitHours": "Ärende {n}: timmar kunden väntade",
  "definitions.calc.holdHours": "Ärende {n}: timmar parkerat",
  "definitions.calc.replyHours": "Svar {n}: timmar sedan teamets tur började",

  "definitions.created.what":
    "Hur många ärenden kunderna öppnade under månaden: efterfrågan på ditt team. En topp tyder på en release, " +
    "ett driftavbrott eller en säsongstopp; trenden visar hur många agenter du behöver.",
  "definitions.created.formula": "Antal ärenden vars skapandetidpunkt ligger inom månaden",
  "definitions.created.convention":
    "Ett ärende hör till den månad då det skapades, i kalkylarkets tidszon. Rader utan skapandetidpunkt räknas inte.",

  "definitions.resolved.what":
    "Hur många ärenden teamet löste under månaden, oavsett när de öppnades. " +
    "Löses färre ärenden än det skapas växer backloggen.",
  "definitions.resolved.formula": "Antal ärenden vars lösningstidpunkt ligger inom månaden",
  "definitions.resolved.convention":
    "Ett ärende är löst när det har en lösningstidpunkt. Det hör till månaden för den tidpunkten, i kalkylarkets tidszon, " +
    "oavsett när det skapades.",

  "definitions.backlog.what":
    "Ärenden som fortfarande är öppna när månaden tar slut: arbete som följer med in i nästa månad. En växande backlog " +
    "betyder att kunderna får vänta längre, även när månadens svarstider ser bra ut.",
  "definitions.backlog.formula":
    "Ärenden skapade före månadens slut och inte lösta då = öppna vid månadens början + skapade − lösta",
  "definitions.backlog.convention":
    "Månaden slutar kl. 00:00 den 1:a i nästa månad, i kalkylarkets tidszon. Ett ärende ingår i backloggen " +
    "om det skapades före den tidpunkten och inte löstes före den (ett ärende som löstes exakt kl. 00:00 räknas alltså med), " +
    "precis som överallt i rapporten: därför är backloggen exakt förra månadens + skapade − lösta.",

  "definitions.frtMedian.what":
    "Hur länge den typiska kunden väntar på första svaret från ditt team. Hälften av ärendena fick svar snabbare, " +
    "hälften senare, så några få mycket långsamma ärenden döljer inte hur snabbt de flesta kunder fick svar.",
  "definitions.frtMedian.formula": "Median av (första svar − skapat), i timmar",
  "definitions.frtMedian.convention":
    "Ärenden skapade under månaden som har ett första svar. Medianen är det mittersta värdet, eller medelvärdet av de två " +
    "mittersta värdena, som MEDIAN i Google Kalkylark. {hours}",

  "definitions.frtMean.what":
    "Den genomsnittliga väntetiden på första svaret. Till skillnad från medianen ökar den med varje långsamt ärende, så ett " +
    "medelvärde långt över medianen betyder att vissa kunder fick vänta mycket längre än de flesta.",
  "definitions.frtMean.formula": "Medelvärde av (första svar − skapat), i timmar = total väntetid ÷ ärenden",
  "definitions.frtMean.convention":
    "Ärenden skapade under månaden som har ett första svar; aritmetiskt medelvärde, som AVERAGE i Google Kalkylark. {hours}",

  "definitions.resolutionMedian.what":
    "Hur lång tid det typiska ärendet tar från att det öppnas tills det är löst: det de flesta kunder upplever, från början till slut.",
  "definitions.resolutionMedian.formula": "Median av (löst − skapat), i timmar",
  "definitions.resolutionMedian.convention":
    "Ärenden lösta under månaden. Medianen är det mittersta värdet, eller medelvärdet av de två mittersta värdena, som MEDIAN i Google Kalkylark. {hours}",

  "definitions.resolutionMean.what":
    "Den genomsnittliga tiden från öppning till lösning. Långdragna ärenden drar upp den: jämför med medianen för att se hur mycket.",
  "definitions.resolutionMean.formula": "Medelvärde av (löst − skapat), i timmar = total tid ÷ ärenden",
  "definitions.resolutionMean.convention":
    "Ärenden lösta under månaden; aritmetiskt medelvärde, som AVERAGE i Google Kalkylark. {hours}",

  "definitions.resolutionLongest.what":
    "Det långsammaste ärendet som löstes under månaden: den längsta väntan en kund fick. Värt att öppna det ärendet och ta reda på vad som gick fel.",
  "definitions.resolutionLongest.formula": "Största värdet av (löst − skapat), i timmar",
  "definitions.resolutionLongest.convention": "Ärenden lösta under månaden. {hours}",

  "definitions.fcr.what":
    "Andelen ärenden som löstes vid en enda kontakt, utan att kunden behövde återkomma. Hög FCR betyder färre " +
    "återkommande kontakter, lägre kostnad och nöjdare kunder.",
  "definitions.fcr.formula": "Ärenden lösta vid 1 kontakt ÷ lösta ärenden",
  "definitions.fcr.convention":
    "Ärenden lösta under månaden där antalet kontakter är känt; ett ärende räknas som löst vid första kontakten " +
    "om det krävde 1 kontakt (eller färre).",

  "definitions.sla.what":
    "Andelen ärenden som löstes inom den tid du lovar kunderna. Den visar hur pålitligt löftet hålls, " +
    "vilket ett genomsnitt inte kan visa.",
  "definitions.sla.formula": "Ärenden lösta inom målet ÷ lösta ärenden",
  "definitions.sla.convention":
    "Ärenden lösta under månaden. Ett ärende uppfyller SLA:n när lösningstiden är högst lika med målet: " +
    "{target, plural, one {# timme} other {# timmar}} i den här rapporten. {hours}",

  "definitions.csat.what":
    "Andelen kunder som var nöjda med hjälpen de fick, tillfrågade direkt efter sitt ärende. " +
    "Det är det mest direkta måttet på supportens kvalitet.",
  "definitions.csat.formula": "Nöjda svar ÷ svar",
  "definitions.csat.convention":
    "Nöjd betyder betyget 4 eller 5 på en skala 1–5, 6–7 på en skala 1–7 och 9–10 på en skala 1–10; skalan är den " +
    "minsta av dessa som rymmer det högsta betyget (bland ärendena lösta under rapportens 12 månader, eller på " +
    "enkätfliken), och kalkylatorn använder 1–5. Tomma betyg hoppas över. Rapporten visar också antalet svar och " +
    "ett 95 %-intervall (Wilson).",

  "definitions.nps.what":
    "Hur troligt det är att kunderna rekommenderar ditt företag, från −100 till 100. Det speglar lojaliteten mot hela företaget, " +
    "inte bara mot supporten, så följ trenden snarare än en enskild månad.",
  "definitions.nps.formula": "% promotorer − % kritiker = (promotorer − kritiker) ÷ svar × 100",
  "definitions.nps.convention":
    "Svar från 0 till 10: promotorer ger 9–10, passiva 7–8 och kritiker 0–6. Passiva räknas in bland svaren men i " +
    "ingen av grupperna. NPS anges i poäng, inte procent; rapporten visar också antalet svar och ett 95 %-intervall " +
    "(justerad Wald). Till exempel ger 80 % promotorer och 15 % kritiker 65.",

  "definitions.ces.what":
    "Hur lätt kunderna tyckte att det var att få sitt ärende hanterat. Ansträngning förutsäger lojalitet: kunder som fick " +
    "kämpa för att få hjälp är de som lämnar.",
  "definitions.ces.formula": "Svar som instämmer ÷ svar",
  "definitions.ces.convention":
    "Svar på påståendet ”Det var lätt att få hjälp med mitt ärende” från 1 (instämmer inte alls) upp till 5 eller 7 " +
    "(instämmer helt). Att instämma betyder 4–5 på en skala 1–5 och 5–7 på en skala 1–7; skalan är den minsta av de två " +
    "som rymmer det högsta svaret på enkätfliken, och kalkylatorn använder 1–5. Visas som en andel: högre är bättre.",

  "definitions.crr.what":
    "Andelen av kunderna du hade i periodens början som fortfarande är kunder i slutet. " +
    "Nya kunder räknas inte, så tillväxt kan inte dölja de kunder du har förlorat.",
  "definitions.crr.formula":
    "CRR = (E − N) ÷ S, där S är kunder i början, E kunder i slutet och N nya kunder",
  "definitions.crr.convention":
    "Kunderna i slutet inkluderar de nya. Med S = 100, E = 90 och N = 15: CRR = 75 %, kundbortfall = 25 % (25 förlorade), " +
    "nettoförlust av kunder = 10 %.",

  "definitions.churn.what":
    "Andelen av kunderna du hade i början som lämnade under perioden: baksidan av kundbehållningen " +
    "(kundbortfall = 100 % − CRR).",
  "definitions.churn.formula":
    "Kundbortfall = förlorade ÷ S, där förlorade = S − (E − N). Inte samma sak som nettoförlust av kunder = (S − E) ÷ S.",
  "definitions.churn.convention":
    "Nya kunder väger inte upp kundbortfallet. Med S = 100, E = 90 och N = 15: 25 förlorade kunder, kundbortfall = 25 % " +
    "och CRR = 75 %, medan nettoförlusten av kunder bara är 10 %, eftersom 15 nya kunder ersatte de flesta av de 25 förlorade.",

  "definitions.cac.what":
    "Vad det kostar att vinna en ny kund. Jämfört med kundlivstidsvärdet visar det om tillväxten betalar sig.",
  "definitions.cac.formula": "Sälj- och marknadskostnader ÷ nya kunder",
  "definitions.cac.convention":
    "Kostnader och nya kunder för samma månad, från fliken för kunder och ekonomi, i kalkylarkets valuta.",

  "definitions.clv.what":
    "Intäkterna en kund ger under hela kundrelationen, minus vad det kostade att vinna kunden. Bra support får " +
    "kunderna att stanna längre och höjer därmed värdet.",
  "definitions.clv.formula": "Årlig intäkt per kund × antal år som kund − CAC",
  "definitions.clv.convention":
    "Intäkter, inte marginal, och utan diskontering. Negativt när en kund kostar mer att vinna än den drar in.",

  "definitions.costPerTicket.what":
    "Vad det i genomsnitt kostar att hantera ett ärende. Självbetjäning, bättre verktyg och lösning vid första kontakt " +
    "sänker kostnaden; återkommande kontakter driver upp den.",
  "definitions.costPerTicket.formula": "Supportkostnad ÷ ärenden",
  "definitions.costPerTicket.convention":
    "Månadens supportkostnad, från fliken för kunder och ekonomi, delad med antalet ärenden som skapades under månaden.",

  "definitions.supportCostRatio.what":
    "Hur stor del av intäkterna som går till support. En ökande andel betyder att supportkostnaderna växer snabbare än verksamheten.",
  "definitions.supportCostRatio.formula": "Supportkostnad ÷ intäkter",
  "definitions.supportCostRatio.convention":
    "Båda för samma månad och i samma valuta, visat i procent; över 100 % när supporten kostar mer än intäkterna.",
  "definitions.answerRate.what":
    "Andelen samtal eller chattar som nådde någon. En sjunkande svarsfrekvens betyder att kunder ger upp innan teamet hinner ta dem.",
  "definitions.answerRate.formula": "Besvarade kontakter ÷ erbjudna kontakter",
  "definitions.answerRate.convention":
    "Erbjudna är alla kontakter där loggen anger besvarat eller avbrutet (en kolumn med J/N, Ja/Nej, 1/0 eller SANT/FALSKT); kontakter hör till månaden de kom in. Andel avbrutna är resten: 1 − svarsfrekvensen.",
  "definitions.abandonRate.what":
    "Andelen samtal eller chattar där kunden lade på eller lämnade innan någon svarade: förlorade kontakter, och ofta nya samtal senare.",
  "definitions.abandonRate.formula": "Avbrutna kontakter ÷ erbjudna kontakter",
  "definitions.abandonRate.convention":
    "Avbrutet betyder att loggen anger ej besvarat (en kolumn Besvarat med N) eller avbrutet (en kolumn Avbrutet med J); erbjudna som för svarsfrekvensen, efter månaden de kom in.",
  "definitions.asa.what":
    "Hur länge kunder väntar i kön innan någon svarar. Tillsammans med svarsfrekvensen visar den om teamet är bemannat för sin trafik.",
  "definitions.asa.formula": "Summan av väntetider för besvarade kontakter ÷ besvarade kontakter",
  "definitions.asa.convention":
    "Bara besvarade kontakter räknas: en kund som lade på blev aldrig besvarad. Väntetider i sekunder när rubriken inte anger enhet; efter månaden de kom in; AVERAGE i kalkylatorn.",
  "definitions.aht.what":
    "Hur lång tid en kontakt tar för handläggaren: samtalstid, plus parkering och efterarbete när exporten räknar med dem. Den styr hur många handläggare trafiken kräver.",
  "definitions.aht.formula": "Summan av hanteringstider ÷ kontakter med hanteringstid",
  "definitions.aht.convention":
    "Text som H:MM:SS, varaktigheter i Google Kalkylark, eller sekunder när rubriken inte anger enhet; kontakter utan tid räknas inte; efter månaden de kom in. Rapportens bemanningsblock använder detta medelvärde när loggen har det.",
  "definitions.contactResolution.what":
    "Andelen besvarade samtal eller chattar som löste kundens problem direkt, så som handläggaren markerade det.",
  "definitions.contactResolution.formula": "Lösta besvarade kontakter ÷ besvarade kontakter",
  "definitions.contactResolution.convention":
    "Löst är en ja/nej-kolumn per kontakt, inte en tidpunkt; en obesvarad kontakt löser inget och räknas inte, inte heller kontakter med tom markering. Efter månaden de kom in.",
  "definitions.reopenRate.what":
    "Andelen lösta ärenden som kunden fick öppna igen: en lösning som inte höll.",
  "definitions.reopenRate.formula": "Lösta ärenden återöppnade minst en gång ÷ lösta ärenden",
  "definitions.reopenRate.convention":
    "Från exportens kolumn för återöppningar (Zendesks Reopens), eller från en händelselogg där en aktivitet efter en lösning är en återöppning; ärenden lösta under månaden.",
  "definitions.repliesPerResolved.what":
    "Hur många svar (kontakter) ett ärende kräver för att lösas: färre betyder att kunderna får hjälp snabbare.",
  "definitions.repliesPerResolved.formula": "Svar på lösta ärenden ÷ lösta ärenden",
  "definitions.repliesPerResolved.convention":
    "Kolumnen för kontakter (Zendesks Replies, Freshdesks Agent interactions) eller en händelseloggs rundor; ärenden lösta under månaden där antalet är känt. FCR läser samma kolumn.",
  "definitions.waitTime.what":
    "Hur länge kunderna väntade på teamet under ärendets livstid, så som helpdesken mäter det (Zendesks requester wait time).",
  "definitions.waitTime.formula": "Median av ärendenas väntetid för kunden, i timmar",
  "definitions.waitTime.convention":
    "Exportens egen varaktighet, i dess enhet (minuter eller timmar, enligt rubriken); ärenden lösta under månaden; MEDIAN i kalkylatorn.",
  "definitions.onHoldTime.what":
    "Hur länge ärenden stod parkerade i väntan på tredje part, som ett annat team eller en leverantör.",
  "definitions.onHoldTime.formula": "Median av ärendenas tid parkerade, i timmar",
  "definitions.onHoldTime.convention":
    "Exportens egen varaktighet (Zendesks on hold time), i dess enhet; ärenden lösta under månaden; MEDIAN i kalkylatorn.",
  "definitions.responseMean.what":
    "Hur länge kunderna väntar på varje svar, inte bara det första: takten i hela konversationen.",
  "definitions.responseMean.formula": "Medel av (svar − när det blev teamets tur), över alla svar, i timmar",
  "definitions.responseMean.convention":
    "Händelseloggar med svarshändelser: teamets tur börjar när ärendet skapas, när kunden svarar eller vid återöppning; svar under månaden räknas; {hours}; AVERAGE i kalkylatorn.",
  "definitions.staffing.name": "Bemanning (Erlang C)",
  "definitions.staffing.what":
    "Hur många agenter en kö behöver: sannolikheten att en kontakt får vänta och andelen som besvaras inom en måltid, för ett antal agenter.",
  "definitions.staffing.formula":
    "Trafik A = kontakter × hanteringstid ÷ intervall (Erlang). Erlang B genom rekursionen B₀ = 1, Bₖ = A·Bₖ₋₁ ÷ (k + A·Bₖ₋₁); sannolikhet att vänta C = N·B ÷ (N − A(1 − B)); servicenivå = 1 − C · e^(−(N − A) · mål ÷ hanteringstid).",
  "definitions.staffing.convention":
    "Kontakter kommer slumpmässigt och väntar tills de besvaras (ingen lägger på); N agenter måste vara fler än trafiken A, annars växer kön utan slut. Beläggning = A ÷ N; genomsnittlig svarstid = C × hanteringstid ÷ (N − A), över alla kontakter. Call Centre Helpers exempel: 100 kontakter på 30 minuter à 180 s är 10 Erlang; 14 agenter besvarar 88,8 % inom 20 s. “AGENTS_NEEDED” hittar minsta antalet agenter för ett mål, med bortfall.",
  "definitions.calc.contacts": "Kontakter i intervallet",
  "definitions.calc.intervalMinutes": "Intervall, minuter",
  "definitions.calc.handleSeconds": "Hanteringstid per kontakt, sekunder",
  "definitions.calc.agents": "Agenter som svarar (N)",
  "definitions.calc.answerWithinSeconds": "Svar inom, sekunder",
  "definitions.calc.traffic": "Trafik A, Erlang",
  "definitions.calc.erlangB": "Erlang B (steg mot Erlang C)",
  "definitions.calc.waitProbability": "Sannolikhet att vänta (Erlang C)",
  "definitions.calc.serviceLevel": "Servicenivå: besvarade inom målet",
  "definitions.calc.occupancy": "Beläggning = A ÷ N",
  "definitions.calc.averageSpeedOfAnswer": "Genomsnittlig svarstid, sekunder",
  "definitions.calc.tooFewAgents": "För få agenter; minst ",

  // report. (the report tab: header, KPI tracker, and reading the survey and customers tabs)
  "report.sheetName": "Supportrapport {month}",
  "report.title": "Supportrapport {month}",
  "report.header.definitionsLink": "KPI-definitioner och kalkylator",
  "report.col.kpi": "KPI",
  "report.col.thisMonth": "Denna månad ({month})",
  "report.col.previousMonth": "Föregående månad ({month})",
  "report.col.change": "Förändring",
  "report.col.target": "Mål",
  "report.col.status": "Status",
  "report.col.trend": "Trend, 12 månader",
  "report.col.n": "n",
  "report.col.low": "95 %-intervall, nedre",
  "report.col.high": "95 %-intervall, övre",
  "report.col.note": "Anmärkningar",
  "report.trendData": "Trenddata: de 12 månader som minidiagrammen visar, äldsta först",
  "report.sparklineOptions": "Inställningar för minidiagram",
  "report.status.met": "Målet nått",
  "report.status.missed": "Målet ej nått",
  "report.noData": "inga data",
  "report.kpi.businessHours": "{name} (kontorstid)",
  "report.hours.calendar": "kalendertimmar",
  "report.hours.business": "kontorstimmar ({schedule})",
  "report.tabProblem": "Fliken ”{sheet}”: {problem}",
  "report.subtitle": "Från {tabs} · skapad {time} ({zone})",
  "report.summary": "Sammanfattning, {month}",
  "report.tile.target": "{status} ({target})",
  "report.tile.noTarget": "Inget mål satt",
  "report.tile.compare": "Pilar: förändring sedan {previous} (grönt bättre, rött sämre).",
  "report.findings": "Iakttagelser",
  "report.findings.none":
    "Inget sticker ut i {month}: ingen förändring utöver normal variation, ingen topp, inget missat mål.",
  "report.missing.title": "Saknas i rapporten",
  "report.missing.line": "{kpis}: {reason}",
  "report.missing.noCreated":
    "{kpis}: loggen har ingen kolumn Skapat (när varje ärende skapades); välj den i sidofältet.",
  "report.finding.rose": "{kpi} steg från {previous} i {month} till {current}, utöver normal variation.",
  "report.finding.fell": "{kpi} sjönk från {previous} i {month} till {current}, utöver normal variation.",
  "report.finding.noise": "Sedan {month}, {kpis}: inom normal variation, ingen trend.",
  "report.finding.spike":
    "Topp: {group} hade {count} ärenden, över den vanliga nivån {mean} (gräns {limit} = medel + 2 SD för de {months} föregående månaderna; minst {min} ärenden).",
  "report.finding.slaMissed":
    "SLA missat för {dimension} {group}: {rate} av {n} ärenden lösta inom {sla} (mål {target}).",
  "report.finding.slaBelowRest":
    "Lägre SLA för {dimension} {group}: {rate} av {n} ärenden lösta inom {sla}, mot {rest} för övriga.",
  "report.finding.frtMissed":
    "Långsamt första svar för {dimension} {group}: median {value} på {n} ärenden (mål {target}).",
  "report.finding.busiest":
    "Mest belastade dagen: {weekday} ({dayShare} av ärendena); mest belastade timmen: {hours} ({hourShare}).",
  "report.finding.forecast":
    "Prognos för {month}: omkring {count} ärenden (80 %-intervall {low}–{high}), utifrån {months, plural, one {# månads} other {# månaders}} historik; bemanning nedan.",
  "report.dimension.priority": "prioritet",
  "report.dimension.channel": "kanal",
  "report.details": "Detaljer: varje KPI med n, 95 %-intervall och hur den beräknas",
  "report.chart.createdResolved": "Skapade och lösta per månad",
  "report.chart.backlog": "Backlog vid månadsslut",
  "report.when.section": "När ärendena kommer och hur varje prioritet och kanal klarar sig, {month}",
  "report.when.title": "När ärendena kommer: ärenden skapade i {month} per veckodag och timme ({zone})",
  "report.when.where":
    "Rutnätet med skapade ärenden per veckodag och timme står till höger om det här avsnittet, i kolumnerna {columns} (mörkare: fler ärenden).",
  "report.when.header.weekday": "Veckodag",
  "report.breakdown.title": "Första svar, lösningstid och SLA per {dimension}, {month}",
  "report.breakdown.header.created": "Skapade",
  "report.breakdown.header.frt": "Första svarstid, median",
  "report.breakdown.header.resolved": "Lösta",
  "report.breakdown.header.resolution": "Lösningstid, median",
  "report.breakdown.header.sla": "SLA-efterlevnad",
  "report.breakdown.blank": "(inte angiven)",
  "report.breakdown.note":
    "Första svar på ärenden skapade i månaden, lösningstid och SLA ({sla}) på ärenden lösta i den.",
  "tracker.sheetName": "KPI-uppföljning",
  "tracker.title": "KPI-uppföljning: varje KPI månad för månad",
  "tracker.note":
    "Varje rapportbygge fyller i eller ersätter sin egen månads kolumn; andra månader lämnas orörda.",
  "tracker.col.kpi": "KPI",
  "tracker.chart.volume": "Skapade och lösta ärenden per månad",
  "tracker.chart.rates": "SLA, FCR och CSAT per månad",
  "tracker.axis.month": "Månad",
  "tracker.axis.hours": "Timmar",

  "report.note.created": "Ärenden skapade under månaden, i kalkylarkets tidszon ({zone}).",
  "report.note.resolved": "Ärenden lösta under månaden, oavsett när de skapades.",
  "report.note.backlog": "Ärenden skapade före {end} och inte lösta före dess.",
  "report.note.csatRatedRule":
    " Betyg på ärenden utan lösningstidpunkt räknas i den månad betyget gavs ({count}).",
  "report.note.csatCreatedRule":
    " Betyg på ärenden utan lösningstidpunkt räknas i den månad ärendet skapades ({count}).",
  "report.note.backlogClosedStatus":
    " Ett ärende vars status säger stängt eller löst är inte öppet, med eller utan lösningstidpunkt ({count} utan).",
  "report.agents.noteAssigned":
    "Hanterade ärenden: ärenden tilldelade agenten och skapade i {month} (loggen har inga lösningstidpunkter). Första svar och CSAT mäts på de ärendena. En tom cell betyder att data saknas. {hours}",
  "report.note.implausible":
    "{kpi} i {month} omfattar tider över ett år (upp till {days} dagar): kontrollera att kolumnen Skapat är när varje ärende skapades.",
  "report.note.frt": "Ärenden skapade under månaden som har ett första svar; {hours}.",
  "report.note.resolution": "Ärenden lösta under månaden; {hours}.",
  "report.note.fcr": "Ärenden lösta under månaden vid 1 kontakt ÷ de med känt antal kontakter.",
  "report.note.sla": "Ärenden lösta under månaden inom {target} h ÷ ärenden lösta under månaden; {hours}.",
  "report.note.csatTickets":
    "Betyg på ärenden lösta under månaden, 1–{scale}; nöjd betyder {min} eller mer. 95 %-intervall: Wilson.",
  "report.note.csatSurvey":
    "Enkätsvar daterade under månaden, 1–{scale}; nöjd betyder {min} eller mer. 95 %-intervall: Wilson.",
  "report.note.nps":
    "Enkätsvar daterade under månaden: % promotorer (9–10) − % kritiker (0–6). 95 %-intervall: justerad Wald.",
  "report.note.ces":
    "Enkätsvar daterade under månaden, 1–{scale}; instämmer betyder {min} eller mer. 95 %-intervall: Wilson.",
  "report.note.crr": "(Kunder i slutet − nya kunder) ÷ kunder i början.",
  "report.note.churn": "Förlorade kunder ÷ kunder i början.",
  "report.note.churnDerived":
    "Förlorade kunder ÷ kunder i början; förlorade = kunder i början − (kunder i slutet − nya kunder).",
  "report.note.cac": "Sälj- och marknadskostnader ÷ nya kunder.",
  "report.note.clv":
    "Intäkt per kund och år (månadens intäkter ÷ genomsnittligt antal kunder × 12) × antal år en kund stannar (1 ÷ (kundbortfall per månad × 12)) − CAC.",
  "report.note.costPerTicket": "Supportkostnad ÷ ärenden skapade under månaden.",
  "report.note.supportCostRatio": "Supportkostnad ÷ intäkter samma månad.",
  "report.note.contactsReceived":
    "Samtal eller chattar som kom in under månaden, i kalkylarkets tidszon ({zone}).",
  "report.note.answerRate":
    "Besvarade kontakter ÷ erbjudna kontakter (besvarade eller avbrutna) som kom in under månaden.",
  "report.note.abandonRate": "Kontakter avbrutna innan svar ÷ erbjudna kontakter som kom in under månaden.",
  "report.note.asa":
    "Genomsnittlig väntetid för besvarade kontakter som kom in under månaden (avbrutna räknas inte).",
  "report.note.aht":
    "Genomsnittlig samtals- eller hanteringstid för kontakter som kom in under månaden och har en.",
  "report.note.contactResolution":
    "Besvarade kontakter markerade som lösta ÷ besvarade kontakter som anger löst eller inte, inkomna under månaden.",
  "report.note.reopenRate":
    "Ärenden lösta under månaden som återöppnats minst en gång ÷ de där antalet återöppningar är känt.",
  "report.note.repliesPerResolved":
    "Svar (kontakter) på ärenden lösta under månaden ÷ dessa ärenden, där antalet är känt.",
  "report.note.waitTime":
    "Mediantid som kunden väntade på teamet, över ärenden lösta under månaden (exportens egen siffra).",
  "report.note.onHoldTime":
    "Mediantid parkerad (i väntan på tredje part), över ärenden lösta under månaden (exportens egen siffra).",
  "report.note.responseMean":
    "Varje svar under månaden: tiden från att det blev teamets tur (skapat, kundens svar, återöppning) till svaret, i medel; {hours}.",
  "report.note.scheduleInvalid":
    "Kontorstiden ”{schedule}” kan inte användas ({message}), så tiderna anges i kalendertimmar.",
  "report.note.badRatings":
    "{count, plural, one {# CSAT-betyg i ärendeloggen är inte ett heltal} other {# CSAT-betyg i ärendeloggen är inte heltal}} från 1 till {scale} och har utelämnats.",

  "report.noData.beforeLog": "Ärendeloggen börjar {first}, efter {month}.",
  "report.noData.noTickets": "Inga ärenden skapades i {month}.",
  "report.noData.noFirstResponse":
    "Ärendeloggen har inga tider för första svar: välj kolumnen Första svar i sidopanelen.",
  "report.noData.noResolved": "Ärendeloggen har inga lösningstidpunkter: välj kolumnen Löst i sidopanelen.",
  "report.noData.noContacts":
    "Ärendeloggen har inget antal kontakter per ärende: välj kolumnen Kontakter till lösning i sidopanelen.",
  "report.noData.noAnswered": "Loggen har ingen kolumn för besvarat eller avbrutet: välj en i sidofältet.",
  "report.noData.noSpeedOfAnswer":
    "Loggen har ingen kolumn för svarstid i kö (väntetid): välj en i sidofältet.",
  "report.noData.noHandleTime":
    "Loggen har ingen kolumn för samtals- eller hanteringstid: välj en i sidofältet.",
  "report.noData.noResolvedFlag": "Loggen har ingen kolumn för löst (ja/nej): välj en i sidofältet.",
  "report.noData.contactsMonth": "Ingen kontakt som kom in i {month} har detta.",
  "report.noData.noReopens": "Loggen har ingen kolumn för återöppningar: välj Återöppningar i sidofältet.",
  "report.noData.noWaitTime": "Loggen har ingen kolumn för kundens väntetid: välj den i sidofältet.",
  "report.noData.noOnHoldTime": "Loggen har ingen kolumn för tid parkerad: välj den i sidofältet.",
  "report.noData.noResponses": "Bara en händelselogg med svarshändelser ger tiden för varje svar.",
  "report.noData.responsesMonth": "Inget svar i {month}.",
  "report.noData.frtMonth": "Inget ärende som skapades i {month} har ett första svar.",
  "report.noData.resolvedMonth": "Inget ärende löstes i {month}.",
  "report.noData.fcrMonth": "Inget ärende som löstes i {month} har uppgift om antal kontakter.",
  "report.noData.csatMonth": "Inget ärende som löstes i {month} har ett CSAT-betyg.",
  "report.noData.noCsat":
    "Varken ärendeloggen (en kolumn för CSAT-betyg) eller en enkätflik (en CSAT-kolumn) har några CSAT-betyg.",
  "report.noData.noSurveyTab": "Ingen enkätflik är vald: välj en under Andra flikar i sidopanelen.",
  "report.noData.noSurveyColumn": "Enkätfliken ”{sheet}” har ingen kolumn för {field}.",
  "report.noData.surveyMonth": "Enkätfliken ”{sheet}” har inga svar för {field} daterade i {month}.",
  "report.noData.scale":
    "Svaren för {field} går upp till {max}; bara skalorna 1–5 och 1–7 har en standardgräns.",
  "report.noData.noCustomersTab":
    "Ingen flik för kunder och ekonomi är vald: välj en under Andra flikar i sidopanelen.",
  "report.noData.customersMonth": "Kundfliken ”{sheet}” har ingen rad för {month}.",
  "report.noData.customersField": "Kundfliken ”{sheet}” saknar {field} för {month}.",
  "report.noData.noNewCustomers":
    "Det kom inga nya kunder i {month}, så det finns ingen kostnad per ny kund.",
  "report.noData.noChurn":
    "Inga kunder förlorades i {month}, så det går inte att uppskatta hur länge en kund stannar.",
  "report.noData.zeroRevenue": "Intäkterna för {month} är 0.",
  "report.noData.zeroStart": "Antalet kunder i början av {month} är 0.",
  "report.noData.invalid": "Siffrorna för {month} går inte ihop: {message}",

  "report.survey.noDate":
    "Enkätfliken ”{sheet}” har ingen kolumn för svarsdatum (en rubrik som ”Datum” eller ”Date”), så svaren kan inte fördelas på månader.",
  "report.survey.noScores": "Enkätfliken ”{sheet}” har ingen kolumn för NPS, CES eller CSAT.",
  "report.survey.empty": "Enkätfliken ”{sheet}” har inga svar under rubrikraden.",
  "report.customers.noMonth":
    "Kundfliken ”{sheet}” har ingen månadskolumn (ett datum eller en text som 2026-10 på varje rad).",
  "report.customers.noFigures":
    "Kundfliken ”{sheet}” har ingen av kolumnerna kunder i början, i slutet, nya, förlorade, intäkter, supportkostnad, sälj- och marknadskostnader.",
  "report.customers.empty": "Kundfliken ”{sheet}” har inga månader under rubrikraden.",
  "report.row.score":
    "Rad {row}: {field} innehåller {value}, inte ett heltal från {min} till {max} ({effect}).",
  "report.row.month":
    "Rad {row}: {field} innehåller {value}, inte en månad – ett datum eller en text som 2026-10 ({effect}).",
  "report.row.repeatMonth": "Rad {row}: månaden {month} finns redan på rad {first} ({effect}).",

  // report.volume. report.backlog. (ticket volume tracker on the report tab)
  "report.volume.title": "Ärendevolym",
  "report.volume.note.counting":
    "Ärenden räknas på den dag eller månad då de skapades, i kalkylarkets tidszon ({zone}).",
  "report.volume.categoryDaily.title": "Ärenden per dag och kategori, {month}",
  "report.volume.categoryMonthly.title": "Ärenden per månad och kategori, {first} till {last}",
  "report.volume.channelDaily.title": "Ärenden per dag och kanal, {month}",
  "report.volume.channelMonthly.title": "Ärenden per månad och kanal, {first} till {last}",
  "report.volume.createdResolved.title": "Skapade, lösta och backlog per månad, {first} till {last}",
  "report.volume.createdResolved.note":
    "Skapade och lösta: ärenden vars skapande- eller lösningstidpunkt ligger inom månaden. Backlog: ärenden skapade " +
    "före månadens slut och inte lösta före dess; en månad slutar kl. 00:00 den 1:a i nästa månad.",
  "report.volume.header.day": "Dag",
  "report.volume.header.month": "Månad",
  "report.volume.header.total": "Totalt",
  "report.volume.header.created": "Skapade",
  "report.volume.header.resolved": "Lösta",
  "report.volume.header.backlog": "Backlog vid månadsslut",
  "report.volume.total": "Totalt",
  "report.volume.allTickets": "Alla ärenden",
  "report.volume.other": "Övrigt",
  "report.volume.blankCategory": "(ingen kategori)",
  "report.volume.blankChannel": "(ingen kanal)",
  "report.volume.axis.day": "Dag",
  "report.volume.axis.month": "Månad",
  "report.volume.axis.tickets": "Ärenden",
  "report.volume.noCategory":
    "Ingen kategori i ärendeloggen för dessa månader: ärendevolymen visas som en enda serie.",
  "report.volume.noChannel":
    "Ingen kanal i ärendeloggen för dessa månader: ärendevolym per kanal visas inte.",
  "report.volume.cappedCategories":
    "{count} kategorier: de {shown} största visas, {rest, plural, one {den sista räknas in i ”Övrigt”} other {de övriga # summeras under ”Övrigt”}}.",
  "report.volume.cappedChannels":
    "{count} kanaler: de {shown} största visas, {rest, plural, one {den sista räknas in i ”Övrigt”} other {de övriga # summeras under ”Övrigt”}}.",
  "report.backlog.title": "Backloggens ålder i slutet av {month}",
  "report.backlog.note":
    "Åldern på varje ärende som fortfarande var öppet kl. 00:00 den {next}, i hela dygn om 24 timmar sedan det skapades: " +
    "0–2 dagar = under 3 dagar; 3–7 = 3 dagar till under 8; 8–30 = 8 dagar till under 31; över 30 = 31 dagar eller mer.",
  "report.backlog.header.age": "Ålder",
  "report.backlog.header.tickets": "Ärenden",
  "report.backlog.header.share": "Andel",
  "report.backlog.bucket.0to2": "0–2 dagar",
  "report.backlog.bucket.3to7": "3–7 dagar",
  "report.backlog.bucket.8to30": "8–30 dagar",
  "report.backlog.bucket.over30": "Över 30 dagar",
  "report.backlog.total": "Backlog vid månadsslut",

  // report.agents. (the agents section of the report tab)
  "report.agents.title": "Agenter, {month}",
  "report.staffing.title": "Nästa månad: ärenden och agenter som behövs",
  "report.staffing.forecast": "Prognos för ärenden i {month}",
  "report.staffing.interval": "80 %-intervall",
  "report.staffing.how":
    "{method}, vald efter lägsta felet när de senaste 12 av {months} månader prognostiserades från månaderna före",
  "report.staffing.howNoSeason": "{method} utan årssäsong: {months} månader med ärenden, en säsong kräver 13",
  "report.staffing.method.seasonal_naive": "Säsongsnaiv (samma månad förra året)",
  "report.staffing.method.seasonal_average": "Säsongsmedel (samma månad under upp till 3 år)",
  "report.staffing.method.holt_winters": "Holt-Winters (nivå, trend och säsong)",
  "report.staffing.noForecast":
    "Ingen prognos: loggen har ärenden från {months, plural, one {# månad} other {# månader}}; en prognos kräver minst 2.",
  "report.staffing.busiest": "Mest belastade timmen: väntade ärenden",
  "report.staffing.forecastContacts": "Prognos för kontakter i {month}",
  "report.staffing.busiestContacts": "Mest belastade timmen: väntade kontakter",
  "report.staffing.note":
    "Agenter som behövs varje timme: Erlang C på ärendena skapade den veckodagen och timmen, i snitt över de senaste {weeks} veckorna; {handle} min arbete per ärende, {level} % besvarade inom {within} s, agenter upptagna högst {occupancy} % av tiden.",
  "report.staffing.handleFromLog":
    "Hanteringstid: {handle} min per kontakt, den genomsnittliga samtals- eller hanteringstiden för {count, plural, one {# kontakt} other {# kontakter}} i loggen i {month} (i stället för den inställda hanteringstiden).",
  "report.staffing.hour": "Timme",
  "report.staffing.shrinkage":
    "Agenter att schemalägga: agenter som behövs ÷ (1 − {shrinkage} % bortfall), avrundat uppåt.",
  "report.agents.note":
    "Hanterade ärenden: ärenden som tilldelats agenten och lösts i {month}. Lösningstid, FCR och CSAT mäts på " +
    "de ärendena; första svar på agentens ärenden som skapades i {month} och har ett första svar. " +
    "En tom cell betyder att data saknas. {hours}",
  "report.agents.hours.calendar": "Tiderna anges i kalendertimmar.",
  "report.agents.hours.business": "Tiderna anges i kontorstimmar ({schedule}).",
  "report.agents.header.agent": "Agent",
  "report.agents.header.handled": "Hanterade ärenden",
  "report.agents.header.fcr": "FCR",
  "report.agents.header.csat": "CSAT",
  "report.agents.header.csatN": "CSAT-svar",
  "report.agents.header.contactsHandled": "Hanterade kontakter",
  "report.agents.header.aht": "Genomsnittlig hanteringstid",
  "report.agents.header.contactResolution": "Andel lösta",
  "report.agents.noteContacts":
    "Hanterade kontakter: samtal eller chattar tilldelade handläggaren som kom in i {month}. Hanteringstiden är deras genomsnittliga samtals- eller hanteringstid; andel lösta och CSAT mäts på dessa kontakter. En tom cell betyder att data saknas.",
  "report.agents.all": "Alla agenter",
  "report.agents.unassigned": "(ej tilldelat)",
  "report.agents.noAgent": "Ingen agent i ärendeloggen för {month}: agentavsnittet visas inte.",
  "report.agents.capped":
    "{count} agenter: de {shown} med flest hanterade ärenden listas; ”Alla agenter” räknar alla ärenden.",

  // server. (errors the sidebar shows from the server)
  "server.error.noSheet": "Det finns ingen flik som heter ”{sheet}”. Välj fliken med dina ärenden igen.",
  "server.error.noOtherTab":
    "Det finns ingen flik som heter ”{sheet}”. Välj enkät- och kundflikarna igen under Andra flikar.",
  "server.error.noReportTab":
    "Det finns inte längre någon flik som heter ”{sheet}”. Skapa rapporten igen så skapas fliken på nytt.",
  "server.error.ownSheet":
    "”{sheet}” är en flik som Support KPIs har skapat. Välj fliken med dina egna data i stället.",
  "server.error.month": "”{month}” är inte en månad. Välj en månad, till exempel 2026-10.",
  "server.error.busy":
    "En annan rapport håller på att skapas i det här kalkylarket. Vänta tills den är klar och försök sedan igen.",
  "server.note.cut":
    "Text längre än en cell i Kalkylark rymmer ({max} tecken) kortades och slutar med \u201c\u2026\u201d: {cells}.",
};

export const sidebarSv: Translation<typeof sidebarEn> = {
  // sidebar.
  "sidebar.loading": "Läser ditt kalkylark…",
  "sidebar.retry": "Försök igen",
  "sidebar.section.log": "Ärendelogg",
  "sidebar.log.tab": "Flik med dina ärenden",
  "sidebar.log.choose": "Välj en flik…",
  "sidebar.log.detecting": "Läser fliken…",
  "sidebar.log.rows": "Rader under rubrikraden: {rows}",
  "sidebar.log.layout.tickets": "Upplägg: en rad per ärende.",
  "sidebar.log.layout.contacts": "Upplägg: samtals- eller chattlogg, en rad per kontakt.",
  "sidebar.log.layout.events":
    "Upplägg: händelselogg, en rad per statusändring. Varje ärendes rader slås ihop till ett ärende.",
  "sidebar.log.warnings": "Kontrollera innan du skapar rapporten",
  "sidebar.noLog.title": "Ingen ärendelogg hittades",
  "sidebar.noLog.help":
    "Lägg dina ärenden på en flik där första raden innehåller kolumnrubrikerna, med minst en kolumn för " +
    "datumet då varje ärende skapades (till exempel rubriken Skapat). Använd en rad per ärende eller en rad per " +
    "statusändring. Välj sedan fliken ovan, eller prova med Infoga exempeldata i tilläggets meny.",
  "sidebar.section.activities": "Aktiviteter",
  "sidebar.activities.help":
    "Händelselogg: vad varje aktivitet betyder för ett ärende. Ändra de som är fel; nästa rapport använder dem.",
  "sidebar.activity.label": "{activity} ({events, plural, one {# händelse} other {# händelser}})",
  "sidebar.activities.more":
    "{count, plural, one {# aktivitet till behåller} other {# aktiviteter till behåller}} den betydelse orden ger.",
  "sidebar.meaning.created": "Skapat",
  "sidebar.meaning.assigned": "Tilldelat eller sorterat",
  "sidebar.meaning.response": "Svar",
  "sidebar.meaning.waiting": "Väntar på kunden",
  "sidebar.meaning.resolved": "Löst",
  "sidebar.meaning.reopened": "Återöppnat",
  "sidebar.meaning.closed": "Stängt",
  "sidebar.meaning.other": "Annat",
  "sidebar.columns.help": "Hittade utifrån rubrikerna. Kontrollera dem och ändra de som är fel.",
  "sidebar.column.notMapped": "Ingen kolumn",
  "sidebar.column.required": "{field} (obligatorisk)",
  "sidebar.month": "Månad",
  "sidebar.month.inProgress": "{month} (pågår)",
  "sidebar.average": "Mått för svars- och lösningstider",
  "sidebar.average.median": "Median (det typiska ärendet)",
  "sidebar.average.mean": "Medelvärde (genomsnittet)",
  "sidebar.targets.help": "Valfritt. Lämna en ruta tom om du inte har något mål.",
  "sidebar.unit.hours": "h",
  "sidebar.unit.percent": "%",
  "sidebar.unit.points": "p",
  "sidebar.unit.tickets": "ärenden",
  "sidebar.unit.minutes": "min",
  "sidebar.unit.seconds": "s",
  "sidebar.section.staffing": "Bemanning nästa månad",
  "sidebar.staffing.help":
    "För antalet agenter per timme i rapportens block Nästa månad. Bortfall är andelen betald tid utanför kön (raster, möten, frånvaro).",
  "sidebar.staffing.summary": "{handle} min per ärende, {level} % besvarade inom {within} s",
  "sidebar.columns.summary": "Hittade kolumner: {fields}",
  "sidebar.columns.edit": "Ändra",
  "sidebar.columns.separator": ", ",
  "sidebar.columns.none": "inga ännu",
  "sidebar.columns.dateText":
    "”{header}” ({field}) innehåller datum skrivna som text, t.ex. {example}, som rapporten inte läser som datum. Gör dem till datum: markera kolumnen, välj Format > Tal > Datum och tid och sedan Data > Dela upp text i kolumner. Eller skriv dem med året först (2026-03-05 14:30).",
  "sidebar.month.finding": "Letar efter månaderna…",
  "sidebar.section.hours": "Tider och SLA",
  "sidebar.schedule.help":
    "Lämna tomt för att räkna kalendertimmar. Dagarna skrivs på engelska: Mon, Tue, … Sun.",
  "sidebar.slaHours.help": "I kontorstimmar när en kontorstid är angiven.",
  "sidebar.section.tabs": "Andra flikar (valfritt)",
  "sidebar.survey": "Enkätsvar",
  "sidebar.customers": "Kunder och ekonomi",
  "sidebar.tab.none": "Ingen",
  "sidebar.build": "Skapa rapport",
  "sidebar.step.save": "Sparar inställningar",
  "sidebar.step.build": "Skapar rapporten för {month}",
  "sidebar.step.running": "Pågår",
  "sidebar.step.done": "Klart",
  "sidebar.step.failed": "Misslyckades",
  "sidebar.result.title": "Rapporten är klar",
  "sidebar.result.tab": "Flik: {sheet}",
  "sidebar.result.contactCounts": "Lästa kontakter: {read}. Inkomna i {month}: {inMonth}.",
  "sidebar.result.counts": "Lästa ärenden: {read}. Skapade i {month}: {inMonth}.",
  "sidebar.result.notes": "Anmärkningar",
  "sidebar.result.open": "Öppna rapportfliken",
  "sidebar.error.title": "Något gick fel",
  "sidebar.error.unknown":
    "Tillägget stannade utan att ange varför. Försök igen; om det händer igen, ladda om kalkylarket.",
  "sidebar.error.noHost":
    "Sidopanelen når inte kalkylarket: öppna den via Tillägg → Support KPIs i Google Kalkylark.",
  "sidebar.error.timeoutBuild":
    "Det tog för lång tid att skapa rapporten: inget svar efter {minutes, plural, one {# minut} other {# minuter}}, och Apps Script avbryter en körning efter 6. " +
    "Försök igen; om det fortsätter, flytta äldre rader i ärendeloggen till en annan flik.",
  "sidebar.error.timeoutCall":
    "Kalkylarket svarade inte inom {minutes, plural, one {# minut} other {# minuter}}. Försök igen.",
  "sidebar.invalid.title": "Kontrollera detta innan du skapar rapporten",
  "sidebar.invalid.created":
    "Kolumner: välj kolumnen Skapat; rapporten räknar ärenden efter datumet då de skapades.",
  "sidebar.invalid.noMonth":
    "Månad: kolumnen Skapat innehåller inga datum, så det finns ingen månad att rapportera om.",
};
