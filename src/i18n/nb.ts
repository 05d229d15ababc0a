/**
 * Norwegian Bokmål messages (norsk bokmål): the parts of en.ts,
 * translated. Formulas, the schedule syntax and the add-on's name are left out on purpose (see
 * `Translation` in en.ts): they stay as in English.
 */
import type { menuEn, serverEn, sharedEn, sidebarEn, Translation } from "./en";

export const menuNb: Translation<typeof menuEn> = {
  "menu.build": "Lag månedsrapport…",
  "menu.sample": "Sett inn eksempeldata",
  "menu.definitions": "Definisjoner av nøkkeltall",
  "menu.help": "Hjelp",
};

export const sharedNb: Translation<typeof sharedEn> = {
  "sidebar.field.id": "Saks-ID",
  "sidebar.field.created": "Opprettet",
  "sidebar.field.firstResponse": "Første svar",
  "sidebar.field.resolved": "Løst",
  "sidebar.field.status": "Status",
  "sidebar.field.category": "Kategori",
  "sidebar.field.channel": "Kanal",
  "sidebar.field.agent": "Agent",
  "sidebar.field.priority": "Prioritet",
  "sidebar.field.csat": "CSAT-vurdering",
  "sidebar.field.csatAt": "Dato for vurdering",
  "sidebar.field.contacts": "Kontakter til løsning",
  "sidebar.field.firstResponseTime": "Tid til første svar (varighet)",
  "sidebar.field.resolutionTime": "Løsningstid (varighet)",
  "sidebar.field.reopens": "Gjenåpninger",
  "sidebar.field.waitTime": "Kundens ventetid",
  "sidebar.field.onHoldTime": "Tid på vent",
  "sidebar.field.timeOfDay": "Klokkeslett",
  "sidebar.field.answered": "Besvart (ja/nei)",
  "sidebar.field.abandoned": "Avbrutt (ja/nei)",
  "sidebar.field.speedOfAnswer": "Svartid i kø",
  "sidebar.field.handleTime": "Behandlingstid",
  "sidebar.field.resolvedFlag": "Løst (ja/nei)",
  "sidebar.invalid.noTab": "Velg fanen med sakene dine.",
  "sidebar.invalid.number": "{field}: {value} er ikke et tall.",
  "sidebar.invalid.range": "{field}: skriv inn et tall fra {min} til {max}.",
  "sidebar.invalid.atLeast": "{field}: skriv inn et tall på minst {min}.",
  "sidebar.invalid.atMost": "{field}: skriv inn et tall på høyst {max}.",
  "sidebar.invalid.positive": "{field}: skriv inn et tall større enn 0.",
  "sidebar.invalid.whole": "{field}: skriv inn et helt tall.",
  "sidebar.invalid.between": "{field}: skriv inn et tall større enn {min} og mindre enn {max}.",
  "sidebar.staffing.handle": "Behandlingstid per sak",
  "sidebar.staffing.level": "Mål for servicenivå",
  "sidebar.staffing.within": "Besvart innen",
  "sidebar.staffing.occupancy": "Høyeste belegg",
  "sidebar.staffing.shrinkage": "Frafall",
  "sidebar.invalid.schedule":
    "Åpningstid: skriv dagene på engelsk og klokkeslettene med 24-timersklokke, f.eks. Mon-Fri 09:00-17:00 eller Mon-Thu 08:00-16:00, Fri 08:00-12:00. ({detail})",
  "sidebar.target.frt": "Tid til første svar",
  "sidebar.target.resolution": "Løsningstid",
  "sidebar.target.sla": "SLA oppfylt",
  "sidebar.target.csat": "CSAT",
  "sidebar.target.fcr": "Løst ved første kontakt",
  "sidebar.target.nps": "NPS",
  "sidebar.target.backlog": "Etterslep ved månedsslutt",
  "sidebar.slaHours": "SLA: løs innen",
  "sidebar.schedule": "Åpningstid",
  "sidebar.section.targets": "Mål",
};

export const serverNb: Translation<typeof serverEn> = {
  // help. (the menu's Help item)
  "help.text":
    'Support KPIs legger til egendefinerte funksjoner som =NPS(B2:B), =CSAT(C2:C) og =FRT(A2:A; B2:B; "median"), ' +
    "og lager en månedlig rapportfane fra saksloggen din. Åpne Lag månedsrapport… for å komme i gang.",

  // kpi. (names shown in the report's tracker and the definitions tab)
  "kpi.created": "Opprettede saker",
  "kpi.resolved": "Løste saker",
  "kpi.backlog": "Etterslep ved månedsslutt",
  "kpi.frtMedian": "Tid til første svar, median",
  "kpi.frtMean": "Tid til første svar, gjennomsnitt",
  "kpi.resolutionMedian": "Løsningstid, median",
  "kpi.resolutionMean": "Løsningstid, gjennomsnitt",
  "kpi.resolutionLongest": "Lengste løsningstid",
  "kpi.fcr": "Løst ved første kontakt",
  "kpi.sla": "SLA-oppnåelse",
  "kpi.csat": "CSAT",
  "kpi.nps": "NPS",
  "kpi.ces": "CES",
  "kpi.crr": "Kundebevaringsgrad",
  "kpi.churn": "Kundefrafall",
  "kpi.cac": "Kundeanskaffelseskostnad",
  "kpi.clv": "Kundens livstidsverdi",
  "kpi.costPerTicket": "Kostnad per sak",
  "kpi.supportCostRatio": "Supportkostnad i % av omsetning",
  "kpi.contactsReceived": "Mottatte henvendelser",
  "kpi.answerRate": "Svarprosent",
  "kpi.abandonRate": "Andel avbrutte",
  "kpi.asa": "Gjennomsnittlig svartid i kø (ASA)",
  "kpi.aht": "Gjennomsnittlig behandlingstid (AHT)",
  "kpi.contactResolution": "Andel løst (besvarte henvendelser)",
  "kpi.reopenRate": "Andel gjenåpnet",
  "kpi.repliesPerResolved": "Svar per løst sak",
  "kpi.waitTime": "Kundens ventetid, median",
  "kpi.onHoldTime": "Tid på vent, median",
  "kpi.responseMean": "Svartid, snitt over alle svar",

  // input. (reading the source tabs: column detection, ticket-log problems)
  "input.field.survey.date": "Svardato",
  "input.field.survey.nps": "NPS-score (0–10)",
  "input.field.survey.ces": "CES-score",
  "input.field.survey.csat": "CSAT-score",
  "input.field.customers.month": "Måned",
  "input.field.customers.customersStart": "Kunder ved start",
  "input.field.customers.customersEnd": "Kunder ved slutt",
  "input.field.customers.newCustomers": "Nye kunder",
  "input.field.customers.lostCustomers": "Tapte kunder",
  "input.field.customers.revenue": "Omsetning",
  "input.field.customers.supportCost": "Supportkostnad",
  "input.field.customers.salesMarketing": "Salgs- og markedsføringskostnader",
  "input.kind.time": "tidspunkter",
  "input.kind.number": "tall",
  "input.kind.duration": "varigheter",
  "input.kind.text": "tekst",
  "input.kind.boolean": "sann/usann-verdier",
  "input.kind.flag": "ja/nei-verdier",
  "input.kind.clock": "klokkeslett",
  "input.kind.any": "verdier",
  "input.columns.noCreated":
    "Ingen kolonne ser ut til å vise når hver sak ble opprettet (en overskrift som «Opprettet» eller «Created»); velg den under Kolonner.",
  "input.columns.ambiguous":
    "Både «{first}» og «{second}» ser ut som kolonnen for {field}; «{first}» brukes. Endre det under Kolonner hvis det er feil.",
  "input.columns.wrongKind":
    "«{header}» ser ut som kolonnen for {field}, men inneholder {holds}, ikke {expected}, så den brukes ikke.",
  "input.columns.missing":
    "Kolonnen «{header}» som er valgt for {field}, finnes ikke lenger i fanen; velg den på nytt.",
  "input.columns.duplicate":
    "To kolonner har overskriften «{header}»; den første (kolonne {column}) brukes for {field}.",
  "input.effect.rowSkipped": "raden hoppes over",
  "input.effect.eventSkipped": "hendelsen hoppes over",
  "input.effect.cellIgnored": "cellen ignoreres",
  "input.row.timeText":
    "Rad {row}: {field} er teksten {value}, ikke et tidspunkt ({effect}). Formater kolonnen med Format > Tall > Dato og klokkeslett. Tekst leses bare når året står først (2026-03-05 14:30): 05/03/2026 kan være mars eller mai.",
  "input.row.timeNumber":
    "Rad {row}: {field} er tallet {value}, ikke et tidspunkt ({effect}). Formater kolonnen med Format > Tall > Dato og klokkeslett.",
  "input.row.timeOther": "Rad {row}: {field} inneholder {value}, ikke et tidspunkt ({effect}).",
  "input.row.blank": "Rad {row}: {field} er tom ({effect}).",
  "input.row.beforeCreated": "Rad {row}: {field} {value} er før saken ble opprettet ({effect}).",
  "input.row.notNumber": "Rad {row}: {field} inneholder {value}, ikke et tall på 0 eller mer ({effect}).",
  "input.row.notFlag":
    "Rad {row}: {field} inneholder {value}, ikke ja eller nei (J/N, Ja/Nei, 1/0, SANN/USANN); cellen hoppes over.",
  "input.row.more": "{count, plural, one {# slik rad} other {# slike rader}}, f.eks. rad {rows}.",
  "input.rows.blank":
    "{count, plural, one {# tom rad} other {# tomme rader}} mellom dataradene ble hoppet over.",
  "input.duration.noUnit":
    "Rad {row}: {field} «{header}» inneholder tallet {value}, men overskriften oppgir ingen enhet, så det leses ikke. Gi overskriften et navn som oppgir enheten, f.eks. «{header} (minutter)» eller «(timer)», eller skriv cellene som T:MM:SS.",
  "input.duration.invalid":
    "Rad {row}: {field} inneholder {value}, ikke en varighet (et tall i overskriftens enhet, eller T:MM:SS); cellen ignoreres.",
  "input.duration.derived":
    "{field} for {count} saker er {created} + «{header}»: eksporten oppgir hvor lang tid det tok, ikke når.",
  "input.rows.skipped": "{skipped} av {rows} rader ble ikke lest; problemene ovenfor forklarer hvorfor.",
  "input.rows.duplicateIds":
    "Rader som gjentar en tidligere saks-ID: {count} (f.eks. {id} på rad {first} og {second}); hver rad telles som en egen sak.",
  "input.log.empty": "Fanen {sheet} har ingen datarader under overskriftsraden.",
  "input.log.noCreated":
    "Velg kolonnen som viser når hver sak ble opprettet: rapporten plasserer sakene i måneder etter den.",
  "input.log.monthsBy":
    "Loggen har ingen kolonne {created}: saker plasseres i måneder etter {field}, og nøkkeltall som trenger tidspunktet de ble opprettet, utelates. Velg {created} i sidepanelet for å legge dem til.",
  "input.log.noId":
    "Velg kolonnen for saks-ID: i en logg med én rad per statusendring viser den hvilke rader som hører til samme sak.",
  "input.events.lifecycle":
    '{count, plural, one {# hendelse} other {# hendelser}} der {column} ikke er "complete" (en start eller planlegging) er utelatt: tidene er de fullførte aktivitetenes.',
  "input.log.eventsWithoutStatus":
    "Saks-ID-er gjentas (f.eks. {id} på rad {first} og {second}), så fanen ser ut som en logg med én rad per statusendring, " +
    "men ingen Status-kolonne er valgt. Velg kolonnen Status, eller sett opp dataene med én rad per sak og kolonnene " +
    "Saks-ID, Opprettet, Første svar, Løst, Status, Kategori, Kanal, Agent.",

  // sample.
  "sample.tickets": "Saker",
  "sample.survey": "Undersøkelse",
  "sample.customers": "Kunder",
  // The sample tabs' contents: header rows, then the values of the text columns.
  "sample.header.id": "Saks-ID",
  "sample.header.created": "Opprettet",
  "sample.header.firstResponse": "Første svar",
  "sample.header.resolved": "Løst",
  "sample.header.status": "Status",
  "sample.header.category": "Kategori",
  "sample.header.channel": "Kanal",
  "sample.header.agent": "Agent",
  "sample.header.priority": "Prioritet",
  "sample.header.contacts": "Kontakter",
  "sample.header.date": "Dato",
  "sample.header.month": "Måned",
  "sample.header.customersStart": "Kunder ved start",
  "sample.header.customersEnd": "Kunder ved slutt",
  "sample.header.newCustomers": "Nye kunder",
  "sample.header.lostCustomers": "Tapte kunder",
  "sample.header.revenue": "Omsetning",
  "sample.header.supportCost": "Supportkostnad",
  "sample.header.salesMarketing": "Salgs- og markedsføringskostnader",
  "sample.category.sales": "Salg",
  "sample.category.technical": "Teknisk",
  "sample.category.cancellation": "Avbestilling",
  "sample.category.returns": "Retur",
  "sample.category.shipping": "Frakt",
  "sample.category.productAvailability": "Varetilgjengelighet",
  "sample.channel.email": "E-post",
  "sample.channel.chat": "Chat",
  "sample.channel.phone": "Telefon",
  "sample.channel.social": "Sosiale medier",
  "sample.priority.low": "Lav",
  "sample.priority.normal": "Normal",
  "sample.priority.high": "Høy",
  "sample.priority.urgent": "Haster",
  "sample.status.closed": "Lukket",
  "sample.status.pending": "Venter",
  "sample.status.open": "Åpen",

  // definitions. (the definitions and calculator tab)
  "definitions.sheetName": "KPI-definisjoner",
  "definitions.title": "Support KPIs: definisjoner og kalkulator",
  "definitions.intro":
    "Hva hver KPI i rapporten måler, og hvordan dette tillegget beregner den. Prøv en kalkulator: skriv i de gule cellene.",
  "definitions.label.what": "Hva den måler",
  "definitions.label.formula": "Formel",
  "definitions.label.convention": "Slik regnes den her",
  "definitions.label.customFunction": "Egendefinert funksjon",
  "definitions.calculator": "Kalkulator",
  "definitions.noCalculator": "Et rent antall fra saksloggen: ingen kalkulator trengs.",
  "definitions.hours.calendar": "Varighetene regnes i kalendertimer: alle timer i døgnet og uken teller.",
  "definitions.hours.business": "Varighetene regnes i åpningstiden {schedule}, i regnearkets tidssone.",

  "definitions.calc.openAtStart": "Åpne ved månedens start",
  "definitions.calc.createdInMonth": "Opprettet i måneden",
  "definitions.calc.resolvedInMonth": "Løst i måneden",
  "definitions.calc.firstResponseHours": "Sak {n}: timer til første svar",
  "definitions.calc.resolutionHours": "Sak {n}: timer til løsning",
  "definitions.calc.targetHours": "SLA-mål, timer",
  "definitions.calc.ticketsResolved": "Løste saker",
  "definitions.calc.resolvedInOneContact": "Herav løst ved 1 kontakt",
  "definitions.calc.rating": "Svar med vurdering {rating}",
  "definitions.calc.ratingSatisfied": "Svar med vurdering {rating} (fornøyd)",
  "definitions.calc.ratingAgree": "Svar med vurdering {rating} (enig)",
  "definitions.calc.promoters": "Promotører (score 9–10)",
  "definitions.calc.passives": "Passive (score 7–8)",
  "definitions.calc.detractors": "Kritikere (score 0–6)",
  "definitions.calc.customersStart": "Kunder ved start (S)",
  "definitions.calc.customersEnd": "Kunder ved slutt, nye inkludert (E)",
  "definitions.calc.newCustomers": "Nye kunder (N)",
  "definitions.calc.customersLost": "Tapte kunder = S − (E − N)",
  "definitions.calc.netCustomerLoss": "Netto kundetap = (S − E) ÷ S",
  "definitions.calc.salesMarketingSpend": "Salgs- og markedsføringskostnader",
  "definitions.calc.customersWon": "Nye kunder vunnet",
  "definitions.calc.annualRevenuePerCustomer": "Omsetning per kunde per år",
  "definitions.calc.relationshipYears": "År en kunde blir værende",
  "definitions.calc.acquisitionCost": "Anskaffelseskostnad per kunde (CAC)",
  "definitions.calc.supportCost": "Supportkostnad",
  "definitions.calc.tickets": "Behandlede saker",
  "definitions.calc.revenue": "Omsetning",
  "definitions.calc.contactsOffered": "Tilbudte henvendelser (besvart eller avbrutt)",
  "definitions.calc.contactsAnswered": "Herav besvart",
  "definitions.calc.contactsResolved": "Av de besvarte, løst",
  "definitions.calc.answerSeconds": "Anrop {n}: sekunder til svar",
  "definitions.calc.talkSeconds": "Anrop {n}: behandlingstid, sekunder",
  "definitions.calc.ticketsReopened": "Herav gjenåpnet minst én gang",
  "definitions.calc.replies": "Svar (kontakter) på dem",
  "definitions.calc.waitHours": "Sak {n}: timer kunden ventet",
  "definitions.calc.holdHours": "Sak {n}: timer på vent",
  "definitions.calc.replyHours": "Svar {n}: timer siden teamets tur begynte",

  "definitions.created.what":
    "Hvor mange saker kundene opprettet i måneden: pågangen teamet ditt har. En topp tyder på en lansering, " +
    "et driftsavbrudd eller en sesongtopp; trenden viser hvor mange agenter du trenger.",
  "definitions.created.formula": "Antall saker med opprettet-tidspunkt i måneden",
  "definitions.created.convention":
    "En sak hører til måneden den ble opprettet, i regnearkets tidssone. Rader uten opprettet-tidspunkt telles ikke.",

  "definitions.resolved.what":
    "Hvor mange saker teamet løste i måneden, uansett når de ble opprettet. " +
    "Løses det færre saker enn det opprettes, vokser etterslepet.",
  "definitions.resolved.formula": "Antall saker med løst-tidspunkt i måneden",
  "definitions.resolved.convention":
    "En sak er løst når den har et løst-tidspunkt. Den hører til måneden for det tidspunktet, i regnearkets tidssone, " +
    "uansett når den ble opprettet.",

  "definitions.backlog.what":
    "Saker som fortsatt er åpne når måneden er omme: arbeid som tas med inn i neste måned. Et voksende etterslep betyr " +
    "at kundene venter lenger, selv om månedens svartider ser fine ut.",
  "definitions.backlog.formula":
    "Saker opprettet innen månedens slutt og ikke løst innen da = åpne ved start + opprettet − løst",
  "definitions.backlog.convention":
    "Måneden slutter kl. 00:00 den 1. i neste måned, i regnearkets tidssone. En sak er i etterslepet " +
    "når den ble opprettet før dette tidspunktet og ikke løst før det (en sak løst nøyaktig kl. 00:00 telles fortsatt med), " +
    "som overalt i rapporten: derfor er etterslepet nøyaktig lik forrige måneds + opprettet − løst.",

  "definitions.frtMedian.what":
    "Hvor lenge en typisk kunde venter på første svar fra teamet. Halvparten av sakene fikk svar raskere, " +
    "halvparten senere, så noen få svært trege saker skjuler ikke hvordan de fleste kundene ble fulgt opp.",
  "definitions.frtMedian.formula": "Median av (første svar − opprettet), i timer",
  "definitions.frtMedian.convention":
    "Saker opprettet i måneden som har et første svar. Medianen er den midterste verdien, eller gjennomsnittet av de to " +
    "midterste verdiene, som MEDIAN i Google Regneark. {hours}",

  "definitions.frtMean.what":
    "Gjennomsnittlig ventetid på første svar. I motsetning til medianen øker den med hver treg sak, så et gjennomsnitt " +
    "langt over medianen betyr at noen kunder ventet mye lenger enn de fleste.",
  "definitions.frtMean.formula":
    "Gjennomsnitt av (første svar − opprettet), i timer = samlet ventetid ÷ saker",
  "definitions.frtMean.convention":
    "Saker opprettet i måneden som har et første svar; aritmetisk gjennomsnitt, som AVERAGE i Google Regneark. {hours}",

  "definitions.resolutionMedian.what":
    "Hvor lang tid en typisk sak tar fra den opprettes til den er løst: det de fleste kundene opplever, fra start til slutt.",
  "definitions.resolutionMedian.formula": "Median av (løst − opprettet), i timer",
  "definitions.resolutionMedian.convention":
    "Saker løst i måneden. Medianen er den midterste verdien, eller gjennomsnittet av de to midterste verdiene, som MEDIAN i Google Regneark. {hours}",

  "definitions.resolutionMean.what":
    "Gjennomsnittlig tid fra opprettelse til løsning. Langvarige saker trekker den opp: sammenlign med medianen for å se hvor mye.",
  "definitions.resolutionMean.formula": "Gjennomsnitt av (løst − opprettet), i timer = samlet tid ÷ saker",
  "definitions.resolutionMean.convention":
    "Saker løst i måneden; aritmetisk gjennomsnitt, som AVERAGE i Google Regneark. {hours}",

  "definitions.resolutionLongest.what":
    "Den tregeste saken som ble løst i måneden: den verste ventetiden en kunde hadde. Verdt å åpne den saken for å finne ut hva som gikk galt.",
  "definitions.resolutionLongest.formula": "Maksimum av (løst − opprettet), i timer",
  "definitions.resolutionLongest.convention": "Saker løst i måneden. {hours}",

  "definitions.fcr.what":
    "Andelen saker som løses ved én kontakt, uten at kunden må ta kontakt igjen. Høy FCR betyr færre " +
    "gjentatte henvendelser, lavere kostnader og mer fornøyde kunder.",
  "definitions.fcr.formula": "Saker løst ved 1 kontakt ÷ løste saker",
  "definitions.fcr.convention":
    "Saker løst i måneden der antall kontakter er kjent; en sak regnes som løst ved første kontakt " +
    "når den krevde 1 kontakt (eller færre).",

  "definitions.sla.what":
    "Andelen saker som løses innen tiden du lover kundene. Den viser hvor pålitelig løftet holdes, " +
    "noe et gjennomsnitt ikke kan vise.",
  "definitions.sla.formula": "Saker løst innen målet ÷ løste saker",
  "definitions.sla.convention":
    "Saker løst i måneden. En sak oppfyller SLA-en når løsningstiden er høyst lik målet: " +
    "{target, plural, one {# time} other {# timer}} i denne rapporten. {hours}",

  "definitions.csat.what":
    "Andelen kunder som var fornøyde med hjelpen de fikk, spurt rett etter at saken ble løst. " +
    "Det er det mest direkte målet på kvaliteten i supporten.",
  "definitions.csat.formula": "Fornøyde svar ÷ svar",
  "definitions.csat.convention":
    "Fornøyd betyr en vurdering på 4 eller 5 på en 1–5-skala, 6–7 på en 1–7-skala og 9–10 på en 1–10-skala; skalaen er den " +
    "minste av disse som rommer den høyeste vurderingen (i sakene løst i rapportens 12 måneder, eller i " +
    "undersøkelsesfanen), og kalkulatoren bruker 1–5. Tomme vurderinger hoppes over. Rapporten viser også antall " +
    "svar og et 95 %-intervall (Wilson).",

  "definitions.nps.what":
    "Hvor sannsynlig det er at kundene anbefaler bedriften din, fra −100 til 100. Det gjenspeiler lojaliteten til hele selskapet, " +
    "ikke bare til supporten, så følg trenden heller enn én enkelt måned.",
  "definitions.nps.formula": "% promotører − % kritikere = (promotører − kritikere) ÷ svar × 100",
  "definitions.nps.convention":
    "Svar fra 0 til 10: promotører gir 9–10, passive 7–8, kritikere 0–6. Passive teller med i svarene, men i " +
    "ingen av gruppene. NPS er i poeng, ikke prosent; rapporten viser også antall svar og et 95 %-intervall " +
    "(justert Wald). F.eks. gir 80 % promotører og 15 % kritikere 65.",

  "definitions.ces.what":
    "Hvor enkelt kundene syntes det var å få saken sin løst. Innsats forutsier lojalitet: kunder som måtte anstrenge seg " +
    "for å få hjelp, er de som forsvinner.",
  "definitions.ces.formula": "Svar som er enige ÷ svar",
  "definitions.ces.convention":
    "Svar på «Det var enkelt å få løst saken min» fra 1 (helt uenig) opp til 5 eller 7 (helt enig). Enig " +
    "betyr 4–5 på en 1–5-skala og 5–7 på en 1–7-skala; skalaen er den minste av de to som rommer det høyeste " +
    "svaret i undersøkelsesfanen, og kalkulatoren bruker 1–5. Vises som en andel: høyere er bedre.",

  "definitions.crr.what":
    "Andelen av kundene du hadde ved periodens start, som fortsatt er kunder ved slutten. " +
    "Nye kunder holdes utenfor, så vekst kan ikke skjule kundene du mistet.",
  "definitions.crr.formula": "CRR = (E − N) ÷ S, der S er kunder ved start, E ved slutt og N nye",
  "definitions.crr.convention":
    "Kunder ved slutt inkluderer de nye. Med S = 100, E = 90 og N = 15: CRR = 75 %, frafall = 25 % (25 tapt), " +
    "netto kundetap = 10 %.",

  "definitions.churn.what":
    "Andelen av kundene du hadde ved start, som forsvant i løpet av perioden: den andre siden av kundebevaring " +
    "(frafall = 100 % − CRR).",
  "definitions.churn.formula":
    "Frafall = tapte ÷ S, der tapte = S − (E − N). Ikke det samme som netto kundetap = (S − E) ÷ S.",
  "definitions.churn.convention":
    "Nye kunder veier ikke opp for frafall. Med S = 100, E = 90 og N = 15: 25 kunder tapt, frafall = 25 % og CRR = 75 %, " +
    "mens netto kundetap bare er 10 %, fordi 15 nye kunder erstattet de fleste av de 25 tapte.",

  "definitions.cac.what":
    "Hva det koster å vinne én ny kunde. Sett opp mot kundens livstidsverdi viser det om veksten lønner seg.",
  "definitions.cac.formula": "Salgs- og markedsføringskostnader ÷ nye kunder",
  "definitions.cac.convention":
    "Kostnader og nye kunder i samme måned, fra fanen for kunder og økonomi, i arkets valuta.",

  "definitions.clv.what":
    "Omsetningen en kunde gir gjennom hele kundeforholdet, minus det det kostet å vinne kunden. God support holder på " +
    "kundene lenger og øker den dermed.",
  "definitions.clv.formula": "Årlig omsetning per kunde × år som kunde − CAC",
  "definitions.clv.convention":
    "Omsetning, ikke margin, og ikke diskontert. Negativ når en kunde koster mer å vinne enn den gir.",

  "definitions.costPerTicket.what":
    "Hva det i snitt koster å behandle én sak. Selvbetjening, bedre verktøy og løsning ved første kontakt trekker den ned; " +
    "gjentatte henvendelser trekker den opp.",
  "definitions.costPerTicket.formula": "Supportkostnad ÷ saker",
  "definitions.costPerTicket.convention":
    "Månedens supportkostnad, fra fanen for kunder og økonomi, delt på sakene opprettet i måneden.",

  "definitions.supportCostRatio.what":
    "Hvor stor del av omsetningen som går til support. En økende andel betyr at supportkostnadene vokser raskere enn virksomheten.",
  "definitions.supportCostRatio.formula": "Supportkostnad ÷ omsetning",
  "definitions.supportCostRatio.convention":
    "Begge fra samme måned og i samme valuta, vist i prosent; over 100 % når supporten koster mer enn omsetningen.",
  "definitions.answerRate.what":
    "Andelen anrop eller chatter som nådde noen. Synkende svarprosent betyr at kunder gir opp før teamet rekker å ta dem.",
  "definitions.answerRate.formula": "Besvarte henvendelser ÷ tilbudte henvendelser",
  "definitions.answerRate.convention":
    "Tilbudt er alle henvendelser der loggen oppgir besvart eller avbrutt (en kolonne med J/N, Ja/Nei, 1/0 eller SANN/USANN); henvendelser hører til måneden de kom inn. Andel avbrutte er resten: 1 − svarprosenten.",
  "definitions.abandonRate.what":
    "Andelen anrop eller chatter der kunden la på eller forlot før noen svarte: tapte henvendelser, og ofte nye anrop senere.",
  "definitions.abandonRate.formula": "Avbrutte henvendelser ÷ tilbudte henvendelser",
  "definitions.abandonRate.convention":
    "Avbrutt betyr at loggen oppgir ikke besvart (en kolonne Besvart med N) eller avbrutt (en kolonne Avbrutt med J); tilbudt som for svarprosenten, etter måneden de kom inn.",
  "definitions.asa.what":
    "Hvor lenge kunder venter i køen før noen svarer. Sammen med svarprosenten viser den om teamet er bemannet for trafikken.",
  "definitions.asa.formula": "Summen av ventetider for besvarte henvendelser ÷ besvarte henvendelser",
  "definitions.asa.convention":
    "Bare besvarte henvendelser telles: en kunde som la på, ble aldri besvart. Ventetider i sekunder når overskriften ikke oppgir enhet; etter måneden de kom inn; AVERAGE i kalkulatoren.",
  "definitions.aht.what":
    "Hvor lang tid en henvendelse tar for saksbehandleren: samtaletid, pluss venting og etterarbeid når eksporten regner dem med. Den styrer hvor mange saksbehandlere trafikken krever.",
  "definitions.aht.formula": "Summen av behandlingstider ÷ henvendelser med behandlingstid",
  "definitions.aht.convention":
    "Tekst som H:MM:SS, varigheter i Google Regneark, eller sekunder når overskriften ikke oppgir enhet; henvendelser uten tid telles ikke; etter måneden de kom inn. Rapportens bemanningsblokk bruker dette snittet når loggen har det.",
  "definitions.contactResolution.what":
    "Andelen besvarte anrop eller chatter som løste kundens problem med en gang, slik saksbehandleren merket det.",
  "definitions.contactResolution.formula": "Løste besvarte henvendelser ÷ besvarte henvendelser",
  "definitions.contactResolution.convention":
    "Løst er en ja/nei-kolonne per henvendelse, ikke et tidspunkt; en ubesvart henvendelse løser ingenting og telles ikke, heller ikke henvendelser med tomt felt. Etter måneden de kom inn.",
  "definitions.reopenRate.what": "Andelen løste saker kunden måtte åpne igjen: en løsning som ikke holdt.",
  "definitions.reopenRate.formula": "Løste saker gjenåpnet minst én gang ÷ løste saker",
  "definitions.reopenRate.convention":
    "Fra eksportens kolonne for gjenåpninger (Zendesks Reopens), eller fra en hendelseslogg der en aktivitet etter løsning er en gjenåpning; saker løst i måneden.",
  "definitions.repliesPerResolved.what":
    "Hvor mange svar (kontakter) en sak trenger for å løses: færre betyr at kundene får hjelp raskere.",
  "definitions.repliesPerResolved.formula": "Svar på løste saker ÷ løste saker",
  "definitions.repliesPerResolved.convention":
    "Kolonnen for kontakter (Zendesks Replies, Freshdesks Agent interactions) eller en hendelseslogg sine runder; saker løst i måneden der antallet er kjent. FCR leser samme kolonne.",
  "definitions.waitTime.what":
    "Hvor lenge kundene ventet på teamet gjennom sakens levetid, slik helpdesken måler det (Zendesks requester wait time).",
  "definitions.waitTime.formula": "Median av sakenes ventetid for kunden, i timer",
  "definitions.waitTime.convention":
    "Eksportens egen varighet, i dens enhet (minutter eller timer, etter overskriften); saker løst i måneden; MEDIAN i kalkulatoren.",
  "definitions.onHoldTime.what":
    "Hvor lenge saker sto på vent i påvente av en tredjepart, som et annet team eller en leverandør.",
  "definitions.onHoldTime.formula": "Median av sakenes tid på vent, i timer",
  "definitions.onHoldTime.convention":
    "Eksportens egen varighet (Zendesks on hold time), i dens enhet; saker løst i måneden; MEDIAN i kalkulatoren.",
  "definitions.responseMean.what":
    "Hvor lenge kundene venter på hvert svar, ikke bare det første: tempoet i hele samtalen.",
  "definitions.responseMean.formula": "Snitt av (svar − når det ble teamets tur), over alle svar, i timer",
  "definitions.responseMean.convention":
    "Hendelseslogger med svarhendelser: teamets tur begynner ved opprettelse, når kunden svarer eller ved gjenåpning; svar i måneden telles; {hours}; AVERAGE i kalkulatoren.",
  "definitions.staffing.name": "Bemanning (Erlang C)",
  "definitions.staffing.what":
    "Hvor mange agenter en kø trenger: sannsynligheten for at en henvendelse må vente, og andelen som besvares innen en måltid, for et antall agenter.",
  "definitions.staffing.formula":
    "Trafikk A = henvendelser × behandlingstid ÷ intervall (Erlang). Erlang B ved rekursjonen B₀ = 1, Bₖ = A·Bₖ₋₁ ÷ (k + A·Bₖ₋₁); sannsynlighet for å vente C = N·B ÷ (N − A(1 − B)); servicenivå = 1 − C · e^(−(N − A) · mål ÷ behandlingstid).",
  "definitions.staffing.convention":
    "Henvendelser kommer tilfeldig og venter til de besvares (ingen legger på); N agenter må være flere enn trafikken A, ellers vokser køen uten ende. Belegg = A ÷ N; gjennomsnittlig svartid = C × behandlingstid ÷ (N − A), over alle henvendelser. Call Centre Helpers eksempel: 100 henvendelser på 30 minutter à 180 s er 10 Erlang; 14 agenter besvarer 88,8 % innen 20 s. “AGENTS_NEEDED” finner færrest agenter for et mål, med frafall.",
  "definitions.calc.contacts": "Henvendelser i intervallet",
  "definitions.calc.intervalMinutes": "Intervall, minutter",
  "definitions.calc.handleSeconds": "Behandlingstid per henvendelse, sekunder",
  "definitions.calc.agents": "Agenter som svarer (N)",
  "definitions.calc.answerWithinSeconds": "Svar innen, sekunder",
  "definitions.calc.traffic": "Trafikk A, Erlang",
  "definitions.calc.erlangB": "Erlang B (steg mot Erlang C)",
  "definitions.calc.waitProbability": "Sannsynlighet for å vente (Erlang C)",
  "definitions.calc.serviceLevel": "Servicenivå: besvart innen målet",
  "definitions.calc.occupancy": "Belegg = A ÷ N",
  "definitions.calc.averageSpeedOfAnswer": "Gjennomsnittlig svartid, sekunder",
  "definitions.calc.tooFewAgents": "For få agenter; minst ",

  // report. (the report tab: header, KPI tracker, and reading the survey and customers tabs)
  "report.sheetName": "Supportrapport {month}",
  "report.title": "Supportrapport {month}",
  "report.header.definitionsLink": "KPI-definisjoner og kalkulator",
  "report.col.kpi": "KPI",
  "report.col.thisMonth": "Denne måneden ({month})",
  "report.col.previousMonth": "Forrige måned ({month})",
  "report.col.change": "Endring",
  "report.col.target": "Mål",
  "report.col.status": "Status",
  "report.col.trend": "Trend, 12 måneder",
  "report.col.n": "n",
  "report.col.low": "95 %-intervall, nedre",
  "report.col.high": "95 %-intervall, øvre",
  "report.col.note": "Merknader",
  "report.trendData": "Trenddata: de 12 månedene sparkline-diagrammene viser, eldste først",
  "report.sparklineOptions": "Sparkline-innstillinger",
  "report.status.met": "Mål nådd",
  "report.status.missed": "Mål ikke nådd",
  "report.noData": "ingen data",
  "report.kpi.businessHours": "{name} (åpningstid)",
  "report.hours.calendar": "kalendertimer",
  "report.hours.business": "timer i åpningstid ({schedule})",
  "report.tabProblem": "Fanen «{sheet}»: {problem}",
  "report.subtitle": "Fra {tabs} · laget {time} ({zone})",
  "report.summary": "Sammendrag, {month}",
  "report.tile.target": "{status} ({target})",
  "report.tile.noTarget": "Ikke noe mål satt",
  "report.tile.compare": "Piler: endring siden {previous} (grønt bedre, rødt verre).",
  "report.findings": "Funn",
  "report.findings.none":
    "Ingenting skiller seg ut i {month}: ingen endring utover normal variasjon, ingen topp, ingen mål som ikke er nådd.",
  "report.missing.title": "Mangler i rapporten",
  "report.missing.line": "{kpis}: {reason}",
  "report.missing.noCreated":
    "{kpis}: loggen har ingen kolonne Opprettet (når hver sak ble opprettet); velg den i sidepanelet.",
  "report.finding.rose": "{kpi} steg fra {previous} i {month} til {current}, utover normal variasjon.",
  "report.finding.fell": "{kpi} falt fra {previous} i {month} til {current}, utover normal variasjon.",
  "report.finding.noise": "Siden {month}, {kpis}: innenfor normal variasjon, ingen trend.",
  "report.finding.spike":
    "Topp: {group} hadde {count} saker, over det vanlige nivået {mean} (grense {limit} = snitt + 2 SD for de {months} foregående månedene; minst {min} saker).",
  "report.finding.slaMissed":
    "SLA ikke nådd for {dimension} {group}: {rate} av {n} saker løst innen {sla} (mål {target}).",
  "report.finding.slaBelowRest":
    "Lavere SLA for {dimension} {group}: {rate} av {n} saker løst innen {sla}, mot {rest} for de andre.",
  "report.finding.frtMissed":
    "Tregt første svar for {dimension} {group}: median {value} på {n} saker (mål {target}).",
  "report.finding.busiest":
    "Travleste dag: {weekday} ({dayShare} av sakene); travleste time: {hours} ({hourShare}).",
  "report.finding.forecast":
    "Prognose for {month}: omtrent {count} saker (80 %-intervall {low}–{high}), ut fra {months, plural, one {# måneds} other {# måneders}} historikk; bemanning nedenfor.",
  "report.dimension.priority": "prioritet",
  "report.dimension.channel": "kanal",
  "report.details": "Detaljer: hver KPI med n, 95 %-intervaller og hvordan den beregnes",
  "report.chart.createdResolved": "Opprettet og løst per måned",
  "report.chart.backlog": "Etterslep ved månedsslutt",
  "report.when.section": "Når sakene kommer og hvordan hver prioritet og kanal klarer seg, {month}",
  "report.when.title": "Når sakene kommer: saker opprettet i {month} per ukedag og time ({zone})",
  "report.when.where":
    "Rutenettet med opprettede saker per ukedag og time står til høyre for denne delen, i kolonnene {columns} (mørkere: flere saker).",
  "report.when.header.weekday": "Ukedag",
  "report.breakdown.title": "Første svar, løsningstid og SLA etter {dimension}, {month}",
  "report.breakdown.header.created": "Opprettet",
  "report.breakdown.header.frt": "Tid til første svar, median",
  "report.breakdown.header.resolved": "Løst",
  "report.breakdown.header.resolution": "Løsningstid, median",
  "report.breakdown.header.sla": "SLA-oppnåelse",
  "report.breakdown.blank": "(ikke angitt)",
  "report.breakdown.note":
    "Første svar på saker opprettet i måneden, løsningstid og SLA ({sla}) på saker løst i den.",
  "tracker.sheetName": "KPI-oversikt",
  "tracker.title": "KPI-oversikt: hver KPI måned for måned",
  "tracker.note":
    "Hver rapportkjøring fyller ut eller erstatter sin egen måneds kolonne; andre måneder står urørt.",
  "tracker.col.kpi": "KPI",
  "tracker.chart.volume": "Opprettede og løste saker per måned",
  "tracker.chart.rates": "SLA, FCR og CSAT per måned",
  "tracker.axis.month": "Måned",
  "tracker.axis.hours": "Timer",

  "report.note.created": "Saker opprettet i måneden, i regnearkets tidssone ({zone}).",
  "report.note.resolved": "Saker løst i måneden, uansett når de ble opprettet.",
  "report.note.backlog": "Saker opprettet før {end} og ikke løst før da.",
  "report.note.csatRatedRule":
    " Vurderinger av saker uten løsningstidspunkt telles i måneden vurderingen ble gitt ({count}).",
  "report.note.csatCreatedRule":
    " Vurderinger av saker uten løsningstidspunkt telles i måneden saken ble opprettet ({count}).",
  "report.note.backlogClosedStatus":
    " En sak med status lukket eller løst er ikke åpen, med eller uten løsningstidspunkt ({count} uten).",
  "report.agents.noteAssigned":
    "Behandlede saker: saker tildelt agenten og opprettet i {month} (loggen har ingen løsningstidspunkter). Første svar og CSAT måles på de sakene. En tom celle betyr ingen data. {hours}",
  "report.note.implausible":
    "{kpi} i {month} omfatter tider over ett år (opptil {days} dager): kontroller at kolonnen Opprettet er når hver sak ble opprettet.",
  "report.note.frt": "Saker opprettet i måneden som har et første svar; {hours}.",
  "report.note.resolution": "Saker løst i måneden; {hours}.",
  "report.note.fcr": "Saker løst i måneden ved 1 kontakt ÷ saker med kjent antall kontakter.",
  "report.note.sla": "Saker løst i måneden innen {target} t ÷ saker løst i måneden; {hours}.",
  "report.note.csatTickets":
    "Vurderinger av saker løst i måneden, 1–{scale}; fornøyd betyr {min} eller mer. 95 %-intervall: Wilson.",
  "report.note.csatSurvey":
    "Undersøkelsessvar datert i måneden, 1–{scale}; fornøyd betyr {min} eller mer. 95 %-intervall: Wilson.",
  "report.note.nps":
    "Undersøkelsessvar datert i måneden: % promotører (9–10) − % kritikere (0–6). 95 %-intervall: justert Wald.",
  "report.note.ces":
    "Undersøkelsessvar datert i måneden, 1–{scale}; enig betyr {min} eller mer. 95 %-intervall: Wilson.",
  "report.note.crr": "(Kunder ved slutt − nye kunder) ÷ kunder ved start.",
  "report.note.churn": "Tapte kunder ÷ kunder ved start.",
  "report.note.churnDerived":
    "Tapte kunder ÷ kunder ved start; tapte = kunder ved start − (kunder ved slutt − nye kunder).",
  "report.note.cac": "Salgs- og markedsføringskostnader ÷ nye kunder.",
  "report.note.clv":
    "Omsetning per kunde per år (månedens omsetning ÷ gjennomsnittlig antall kunder × 12) × år en kunde blir værende (1 ÷ (månedlig frafall × 12)) − CAC.",
  "report.note.costPerTicket": "Supportkostnad ÷ saker opprettet i måneden.",
  "report.note.supportCostRatio": "Supportkostnad ÷ omsetning i samme måned.",
  "report.note.contactsReceived":
    "Anrop eller chatter som kom inn i måneden, i regnearkets tidssone ({zone}).",
  "report.note.answerRate":
    "Besvarte henvendelser ÷ tilbudte henvendelser (besvart eller avbrutt) som kom inn i måneden.",
  "report.note.abandonRate": "Henvendelser avbrutt før svar ÷ tilbudte henvendelser som kom inn i måneden.",
  "report.note.asa":
    "Gjennomsnittlig ventetid for besvarte henvendelser som kom inn i måneden (avbrutte telles ikke).",
  "report.note.aht":
    "Gjennomsnittlig samtale- eller behandlingstid for henvendelser som kom inn i måneden og har en.",
  "report.note.contactResolution":
    "Besvarte henvendelser merket som løst ÷ besvarte henvendelser som oppgir løst eller ikke, mottatt i måneden.",
  "report.note.reopenRate":
    "Saker løst i måneden som ble gjenåpnet minst én gang ÷ de der antall gjenåpninger er kjent.",
  "report.note.repliesPerResolved":
    "Svar (kontakter) på saker løst i måneden ÷ disse sakene, der antallet er kjent.",
  "report.note.waitTime":
    "Mediantid kunden ventet på teamet, over saker løst i måneden (eksportens egen verdi).",
  "report.note.onHoldTime":
    "Mediantid på vent (venter på tredjepart), over saker løst i måneden (eksportens egen verdi).",
  "report.note.responseMean":
    "Hvert svar i måneden: tiden fra det ble teamets tur (opprettet, kundens svar, gjenåpning) til svaret, i snitt; {hours}.",
  "report.note.scheduleInvalid":
    "Åpningstiden «{schedule}» kan ikke brukes ({message}), så tidene er i kalendertimer.",
  "report.note.badRatings":
    "{count, plural, one {# CSAT-vurdering i saksloggen er ikke et helt tall} other {# CSAT-vurderinger i saksloggen er ikke hele tall}} fra 1 til {scale} og ble utelatt.",

  "report.noData.beforeLog": "Saksloggen starter i {first}, etter {month}.",
  "report.noData.noTickets": "Ingen saker ble opprettet i {month}.",
  "report.noData.noFirstResponse":
    "Saksloggen har ingen tidspunkter for første svar: velg kolonnen Første svar i sidepanelet.",
  "report.noData.noResolved": "Saksloggen har ingen løst-tidspunkter: velg kolonnen Løst i sidepanelet.",
  "report.noData.noContacts":
    "Saksloggen har ikke antall kontakter per sak: velg kolonnen Kontakter til løsning i sidepanelet.",
  "report.noData.noAnswered": "Loggen har ingen kolonne for besvart eller avbrutt: velg en i sidepanelet.",
  "report.noData.noSpeedOfAnswer":
    "Loggen har ingen kolonne for svartid i kø (ventetid): velg en i sidepanelet.",
  "report.noData.noHandleTime":
    "Loggen har ingen kolonne for samtale- eller behandlingstid: velg en i sidepanelet.",
  "report.noData.noResolvedFlag": "Loggen har ingen kolonne for løst (ja/nei): velg en i sidepanelet.",
  "report.noData.contactsMonth": "Ingen henvendelse som kom inn i {month}, har dette.",
  "report.noData.noReopens": "Loggen har ingen kolonne for gjenåpninger: velg den i sidepanelet.",
  "report.noData.noWaitTime": "Loggen har ingen kolonne for kundens ventetid: velg den i sidepanelet.",
  "report.noData.noOnHoldTime": "Loggen har ingen kolonne for tid på vent: velg den i sidepanelet.",
  "report.noData.noResponses": "Bare en hendelseslogg med svarhendelser gir tiden for hvert svar.",
  "report.noData.responsesMonth": "Ingen svar i {month}.",
  "report.noData.frtMonth": "Ingen sak opprettet i {month} har et første svar.",
  "report.noData.resolvedMonth": "Ingen sak ble løst i {month}.",
  "report.noData.fcrMonth": "Ingen sak løst i {month} har et antall kontakter.",
  "report.noData.csatMonth": "Ingen sak løst i {month} har en CSAT-vurdering.",
  "report.noData.noCsat":
    "Verken saksloggen (en kolonne for CSAT-vurdering) eller en undersøkelsesfane (en CSAT-kolonne) har CSAT-vurderinger.",
  "report.noData.noSurveyTab": "Ingen undersøkelsesfane er valgt: velg en under Andre faner i sidepanelet.",
  "report.noData.noSurveyColumn": "Undersøkelsesfanen «{sheet}» har ingen kolonne for {field}.",
  "report.noData.surveyMonth": "Undersøkelsesfanen «{sheet}» har ingen svar for {field} datert i {month}.",
  "report.noData.scale":
    "Svarene for {field} går opp til {max}; bare skalaene 1–5 og 1–7 har en standard terskel.",
  "report.noData.noCustomersTab":
    "Ingen fane for kunder og økonomi er valgt: velg en under Andre faner i sidepanelet.",
  "report.noData.customersMonth": "Kundefanen «{sheet}» har ingen rad for {month}.",
  "report.noData.customersField": "Kundefanen «{sheet}» har ingen verdi for {field} i {month}.",
  "report.noData.noNewCustomers":
    "Det kom ingen nye kunder i {month}, så det finnes ingen kostnad per ny kunde.",
  "report.noData.noChurn":
    "Ingen kunder gikk tapt i {month}, så det kan ikke anslås hvor lenge en kunde blir værende.",
  "report.noData.zeroRevenue": "Omsetningen for {month} er 0.",
  "report.noData.zeroStart": "Kunder ved start for {month} er 0.",
  "report.noData.invalid": "Tallene for {month} henger ikke sammen: {message}",

  "report.survey.noDate":
    "Undersøkelsesfanen «{sheet}» har ingen kolonne for svardato (en overskrift som «Dato» eller «Date»), så svarene kan ikke plasseres i måneder.",
  "report.survey.noScores": "Undersøkelsesfanen «{sheet}» har ingen kolonne for NPS, CES eller CSAT.",
  "report.survey.empty": "Undersøkelsesfanen «{sheet}» har ingen svar under overskriftsraden.",
  "report.customers.noMonth":
    "Kundefanen «{sheet}» har ingen kolonne for måned (en dato eller tekst som 2026-10 på hver rad).",
  "report.customers.noFigures":
    "Kundefanen «{sheet}» har ingen av kolonnene kunder ved start, ved slutt, nye, tapte, omsetning, supportkostnad, salgs- og markedsføringskostnader.",
  "report.customers.empty": "Kundefanen «{sheet}» har ingen måneder under overskriftsraden.",
  "report.row.score":
    "Rad {row}: {field} inneholder {value}, ikke et helt tall fra {min} til {max} ({effect}).",
  "report.row.month":
    "Rad {row}: {field} inneholder {value}, ikke en måned – en dato eller tekst som 2026-10 ({effect}).",
  "report.row.repeatMonth": "Rad {row}: måneden {month} står allerede på rad {first} ({effect}).",

  // report.volume. report.backlog. (ticket volume tracker on the report tab)
  "report.volume.title": "Saksvolum",
  "report.volume.note.counting":
    "Saker telles på dagen eller i måneden de ble opprettet, i regnearkets tidssone ({zone}).",
  "report.volume.categoryDaily.title": "Saker per dag etter kategori, {month}",
  "report.volume.categoryMonthly.title": "Saker per måned etter kategori, {first} til {last}",
  "report.volume.channelDaily.title": "Saker per dag etter kanal, {month}",
  "report.volume.channelMonthly.title": "Saker per måned etter kanal, {first} til {last}",
  "report.volume.createdResolved.title": "Opprettet, løst og etterslep per måned, {first} til {last}",
  "report.volume.createdResolved.note":
    "Opprettet og løst: saker med opprettet- eller løst-tidspunkt i måneden. Etterslep: saker opprettet " +
    "før månedens slutt og ikke løst før da; en måned slutter kl. 00:00 den 1. i neste måned.",
  "report.volume.header.day": "Dag",
  "report.volume.header.month": "Måned",
  "report.volume.header.total": "Totalt",
  "report.volume.header.created": "Opprettet",
  "report.volume.header.resolved": "Løst",
  "report.volume.header.backlog": "Etterslep ved månedsslutt",
  "report.volume.total": "Totalt",
  "report.volume.allTickets": "Alle saker",
  "report.volume.other": "Annet",
  "report.volume.blankCategory": "(ingen kategori)",
  "report.volume.blankChannel": "(ingen kanal)",
  "report.volume.axis.day": "Dag",
  "report.volume.axis.month": "Måned",
  "report.volume.axis.tickets": "Saker",
  "report.volume.noCategory":
    "Ingen kategori i saksloggen for disse månedene: saksvolumet vises som én serie.",
  "report.volume.noChannel": "Ingen kanal i saksloggen for disse månedene: saksvolum per kanal vises ikke.",
  "report.volume.cappedCategories":
    "{count} kategorier: de {shown} største vises, {rest, plural, one {den siste er tatt med i «Annet»} other {de øvrige # er slått sammen i «Annet»}}.",
  "report.volume.cappedChannels":
    "{count} kanaler: de {shown} største vises, {rest, plural, one {den siste er tatt med i «Annet»} other {de øvrige # er slått sammen i «Annet»}}.",
  "report.backlog.title": "Alder på etterslepet ved slutten av {month}",
  "report.backlog.note":
    "Alderen til hver sak som fortsatt var åpen {next} kl. 00:00, i hele døgn à 24 timer siden den ble opprettet: " +
    "0–2 dager = under 3 dager; 3–7 = 3 dager til under 8; 8–30 = 8 dager til under 31; over 30 = 31 dager eller mer.",
  "report.backlog.header.age": "Alder",
  "report.backlog.header.tickets": "Saker",
  "report.backlog.header.share": "Andel",
  "report.backlog.bucket.0to2": "0–2 dager",
  "report.backlog.bucket.3to7": "3–7 dager",
  "report.backlog.bucket.8to30": "8–30 dager",
  "report.backlog.bucket.over30": "Over 30 dager",
  "report.backlog.total": "Etterslep ved månedsslutt",

  // report.agents. (the agents section of the report tab)
  "report.agents.title": "Agenter, {month}",
  "report.staffing.title": "Neste måned: saker og agenter som trengs",
  "report.staffing.forecast": "Prognose for saker i {month}",
  "report.staffing.interval": "80 %-intervall",
  "report.staffing.how":
    "{method}, valgt etter laveste feil ved prognose av de siste 12 av {months} måneder fra månedene før",
  "report.staffing.howNoSeason": "{method} uten årssesong: {months} måneder med saker, en sesong krever 13",
  "report.staffing.method.seasonal_naive": "Sesongnaiv (samme måned i fjor)",
  "report.staffing.method.seasonal_average": "Sesonggjennomsnitt (samme måned over opptil 3 år)",
  "report.staffing.method.holt_winters": "Holt-Winters (nivå, trend og sesong)",
  "report.staffing.noForecast":
    "Ingen prognose: loggen har saker fra {months, plural, one {# måned} other {# måneder}}; en prognose krever minst 2.",
  "report.staffing.busiest": "Travleste time: forventede saker",
  "report.staffing.forecastContacts": "Prognose for henvendelser i {month}",
  "report.staffing.busiestContacts": "Travleste time: forventede henvendelser",
  "report.staffing.note":
    "Agenter som trengs hver time: Erlang C på sakene opprettet den ukedagen og timen, i snitt over de siste {weeks} ukene; {handle} min arbeid per sak, {level} % besvart innen {within} s, agenter opptatt høyst {occupancy} % av tiden.",
  "report.staffing.handleFromLog":
    "Behandlingstid: {handle} min per henvendelse, gjennomsnittlig samtale- eller behandlingstid for {count, plural, one {# henvendelse} other {# henvendelser}} i loggen i {month} (i stedet for den innstilte behandlingstiden).",
  "report.staffing.hour": "Time",
  "report.staffing.shrinkage":
    "Agenter å sette opp: agenter som trengs ÷ (1 − {shrinkage} % frafall), rundet opp.",
  "report.agents.note":
    "Behandlede saker: saker tildelt agenten og løst i {month}. Løsningstid, FCR og CSAT måles på disse " +
    "sakene; første svar på agentens saker opprettet i {month} som har et første svar. " +
    "En tom celle betyr ingen data. {hours}",
  "report.agents.hours.calendar": "Tidene er i kalendertimer.",
  "report.agents.hours.business": "Tidene er i åpningstid ({schedule}).",
  "report.agents.header.agent": "Agent",
  "report.agents.header.handled": "Behandlede saker",
  "report.agents.header.fcr": "FCR",
  "report.agents.header.csat": "CSAT",
  "report.agents.header.csatN": "CSAT-svar",
  "report.agents.header.contactsHandled": "Behandlede henvendelser",
  "report.agents.header.aht": "Gjennomsnittlig behandlingstid",
  "report.agents.header.contactResolution": "Andel løst",
  "report.agents.noteContacts":
    "Behandlede henvendelser: anrop eller chatter tildelt saksbehandleren som kom inn i {month}. Behandlingstiden er deres gjennomsnittlige samtale- eller behandlingstid; andel løst og CSAT måles på disse henvendelsene. En tom celle betyr ingen data.",
  "report.agents.all": "Alle agenter",
  "report.agents.unassigned": "(ikke tildelt)",
  "report.agents.noAgent": "Ingen agent i saksloggen for {month}: agentdelen vises ikke.",
  "report.agents.capped":
    "{count} agenter: de {shown} med flest behandlede saker vises; «Alle agenter» teller alle saker.",

  // server. (errors the sidebar shows from the server)
  "server.error.noSheet": "Det finnes ingen fane med navnet «{sheet}». Velg fanen med sakene dine på nytt.",
  "server.error.noOtherTab":
    "Det finnes ingen fane med navnet «{sheet}». Velg fanene for undersøkelse og kunder på nytt under Andre faner.",
  "server.error.noReportTab":
    "Det finnes ikke lenger noen fane med navnet «{sheet}». Lag rapporten på nytt for å opprette den.",
  "server.error.ownSheet":
    "«{sheet}» er en fane som Support KPIs har laget. Velg fanen med dine egne data i stedet.",
  "server.error.month": "«{month}» er ikke en måned. Velg en måned som 2026-10.",
  "server.error.busy":
    "En annen rapport lages i dette regnearket. Vent til den er ferdig, og lag rapporten på nytt.",
  "server.note.cut":
    "Tekst som er lengre enn en celle i Regneark rommer ({max} tegn), ble kortet ned og slutter med \u00ab\u2026\u00bb: {cells}.",
};

export const sidebarNb: Translation<typeof sidebarEn> = {
  // sidebar.
  "sidebar.loading": "Leser regnearket…",
  "sidebar.retry": "Prøv igjen",
  "sidebar.section.log": "Sakslogg",
  "sidebar.log.tab": "Fane med sakene dine",
  "sidebar.log.choose": "Velg en fane…",
  "sidebar.log.detecting": "Leser fanen…",
  "sidebar.log.rows": "Rader under overskriften: {rows}",
  "sidebar.log.layout.tickets": "Oppsett: én rad per sak.",
  "sidebar.log.layout.contacts": "Oppsett: samtale- eller chattlogg, én rad per henvendelse.",
  "sidebar.log.layout.events":
    "Oppsett: hendelseslogg, én rad per statusendring. Radene for hver sak slås sammen til én sak.",
  "sidebar.log.warnings": "Sjekk før du lager rapporten",
  "sidebar.noLog.title": "Fant ingen sakslogg",
  "sidebar.noLog.help":
    "Legg sakene dine i en fane der første rad inneholder kolonneoverskriftene, med minst én kolonne for " +
    "datoen hver sak ble opprettet (for eksempel «Opprettet»). Bruk én rad per sak, eller én rad per " +
    "statusendring. Velg så den fanen ovenfor, eller bruk Sett inn eksempeldata i tilleggsmenyen for å prøve.",
  "sidebar.section.activities": "Aktiviteter",
  "sidebar.activities.help":
    "Hendelseslogg: hva hver aktivitet betyr for en sak. Endre de som er feil; neste rapport bruker dem.",
  "sidebar.activity.label": "{activity} ({events, plural, one {# hendelse} other {# hendelser}})",
  "sidebar.activities.more":
    "{count, plural, one {# aktivitet til beholder} other {# aktiviteter til beholder}} betydningen ordene gir.",
  "sidebar.meaning.created": "Opprettet",
  "sidebar.meaning.assigned": "Tildelt eller sortert",
  "sidebar.meaning.response": "Svar",
  "sidebar.meaning.waiting": "Venter på kunden",
  "sidebar.meaning.resolved": "Løst",
  "sidebar.meaning.reopened": "Gjenåpnet",
  "sidebar.meaning.closed": "Lukket",
  "sidebar.meaning.other": "Annet",
  "sidebar.columns.help": "Funnet ut fra overskriftene. Sjekk dem, og endre dem som er feil.",
  "sidebar.column.notMapped": "Ikke valgt",
  "sidebar.column.required": "{field} (påkrevd)",
  "sidebar.month": "Måned",
  "sidebar.month.inProgress": "{month} (pågår)",
  "sidebar.average": "Snitt for svar- og løsningstider",
  "sidebar.average.median": "Median (den typiske saken)",
  "sidebar.average.mean": "Gjennomsnitt",
  "sidebar.targets.help": "Valgfritt. La et felt stå tomt for å ikke sette noe mål.",
  "sidebar.unit.hours": "t",
  "sidebar.unit.percent": "%",
  "sidebar.unit.points": "poeng",
  "sidebar.unit.tickets": "saker",
  "sidebar.unit.minutes": "min",
  "sidebar.unit.seconds": "s",
  "sidebar.section.staffing": "Bemanning neste måned",
  "sidebar.staffing.help":
    "For antall agenter per time i rapportens blokk Neste måned. Frafall er andelen betalt tid borte fra køen (pauser, møter, fravær).",
  "sidebar.staffing.summary": "{handle} min per sak, {level} % besvart innen {within} s",
  "sidebar.columns.summary": "Kolonner funnet: {fields}",
  "sidebar.columns.edit": "Endre",
  "sidebar.columns.separator": ", ",
  "sidebar.columns.none": "ingen ennå",
  "sidebar.columns.dateText":
    "«{header}» ({field}) inneholder datoer skrevet som tekst, f.eks. {example}, som rapporten ikke leser som datoer. Slik blir de datoer: merk kolonnen, velg Format > Tall > Dato og klokkeslett og deretter Data > Del opp tekst i kolonner. Eller skriv dem med året først (2026-03-05 14:30).",
  "sidebar.month.finding": "Finner månedene…",
  "sidebar.section.hours": "Timer og SLA",
  "sidebar.schedule.help":
    "La stå tomt for å telle kalendertimer. Dagene skrives på engelsk: Mon, Tue, … Sun.",
  "sidebar.slaHours.help": "I åpningstid når åpningstid er angitt.",
  "sidebar.section.tabs": "Andre faner (valgfritt)",
  "sidebar.survey": "Undersøkelsessvar",
  "sidebar.customers": "Kunder og økonomi",
  "sidebar.tab.none": "Ingen",
  "sidebar.build": "Lag rapport",
  "sidebar.step.save": "Lagrer innstillinger",
  "sidebar.step.build": "Lager rapporten for {month}",
  "sidebar.step.running": "Pågår",
  "sidebar.step.done": "Ferdig",
  "sidebar.step.failed": "Mislyktes",
  "sidebar.result.title": "Rapporten er klar",
  "sidebar.result.tab": "Fane: {sheet}",
  "sidebar.result.contactCounts": "Henvendelser lest: {read}. Kommet inn i {month}: {inMonth}.",
  "sidebar.result.counts": "Saker lest: {read}. Opprettet i {month}: {inMonth}.",
  "sidebar.result.notes": "Merknader",
  "sidebar.result.open": "Åpne rapportfanen",
  "sidebar.error.title": "Noe gikk galt",
  "sidebar.error.unknown":
    "Tillegget stoppet uten å si hvorfor. Prøv igjen; skjer det igjen, last inn regnearket på nytt.",
  "sidebar.error.noHost":
    "Sidepanelet får ikke kontakt med regnearket: åpne det fra Utvidelser → Support KPIs i Google Regneark.",
  "sidebar.error.timeoutBuild":
    "Det tok for lang tid å lage rapporten: ikke noe svar etter {minutes, plural, one {# minutt} other {# minutter}}, og Apps Script stopper en kjøring etter 6. " +
    "Prøv igjen; skjer det igjen, flytt eldre rader i saksloggen til en annen fane.",
  "sidebar.error.timeoutCall":
    "Regnearket svarte ikke innen {minutes, plural, one {# minutt} other {# minutter}}. Prøv igjen.",
  "sidebar.invalid.title": "Sjekk dette før du lager rapporten",
  "sidebar.invalid.created":
    "Kolonner: velg kolonnen Opprettet; rapporten teller saker etter datoen de ble opprettet.",
  "sidebar.invalid.noMonth":
    "Måned: kolonnen Opprettet inneholder ingen datoer, så det finnes ingen måned å rapportere for.",
};
