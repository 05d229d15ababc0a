/**
 * German messages (Deutsch): the parts of en.ts,
 * translated. Formulas, the schedule syntax and the add-on's name are left out on purpose (see
 * `Translation` in en.ts): they stay as in English.
 */
import type { menuEn, serverEn, sharedEn, sidebarEn, Translation } from "./en";

export const menuDe: Translation<typeof menuEn> = {
  "menu.build": "Monatsbericht erstellen…",
  "menu.sample": "Beispieldaten einfügen",
  "menu.definitions": "KPI-Definitionen",
  "menu.help": "Hilfe",
};

export const sharedDe: Translation<typeof sharedEn> = {
  "sidebar.field.id": "Ticket-ID",
  "sidebar.field.created": "Erstellt",
  "sidebar.field.firstResponse": "Erste Antwort",
  "sidebar.field.resolved": "Gelöst",
  "sidebar.field.status": "Status",
  "sidebar.field.category": "Kategorie",
  "sidebar.field.channel": "Kanal",
  "sidebar.field.agent": "Agent",
  "sidebar.field.priority": "Priorität",
  "sidebar.field.csat": "CSAT-Bewertung",
  "sidebar.field.csatAt": "Bewertet am",
  "sidebar.field.contacts": "Kontakte bis zur Lösung",
  "sidebar.field.firstResponseTime": "Erste Antwortzeit (Dauer)",
  "sidebar.field.resolutionTime": "Lösungszeit (Dauer)",
  "sidebar.field.reopens": "Wiedereröffnungen",
  "sidebar.field.waitTime": "Wartezeit des Anfragenden",
  "sidebar.field.onHoldTime": "Zeit im Status „Angehalten“",
  "sidebar.field.timeOfDay": "Uhrzeit",
  "sidebar.field.answered": "Angenommen (ja/nein)",
  "sidebar.field.abandoned": "Abgebrochen (ja/nein)",
  "sidebar.field.speedOfAnswer": "Wartezeit bis Annahme",
  "sidebar.field.handleTime": "Bearbeitungszeit",
  "sidebar.field.resolvedFlag": "Gelöst (ja/nein)",
  "sidebar.invalid.noTab": "Wählen Sie das Tabellenblatt mit Ihren Tickets aus.",
  "sidebar.invalid.number": "{field}: {value} ist keine Zahl.",
  "sidebar.invalid.range": "{field}: Geben Sie eine Zahl von {min} bis {max} ein.",
  "sidebar.invalid.atLeast": "{field}: Geben Sie eine Zahl von mindestens {min} ein.",
  "sidebar.invalid.atMost": "{field}: Geben Sie eine Zahl von höchstens {max} ein.",
  "sidebar.invalid.positive": "{field}: Geben Sie eine Zahl größer als 0 ein.",
  "sidebar.invalid.whole": "{field}: Geben Sie eine ganze Zahl ein.",
  "sidebar.invalid.between": "{field}: Geben Sie eine Zahl größer als {min} und kleiner als {max} ein.",
  "sidebar.staffing.handle": "Bearbeitungszeit je Ticket",
  "sidebar.staffing.level": "Servicelevel-Ziel",
  "sidebar.staffing.within": "Angenommen innerhalb von",
  "sidebar.staffing.occupancy": "Höchste Auslastung",
  "sidebar.staffing.shrinkage": "Ausfallquote",
  "sidebar.invalid.schedule":
    "Geschäftszeiten: Schreiben Sie die Tage auf Englisch und die Uhrzeiten im 24-Stunden-Format, z. B. Mon-Fri 09:00-17:00 oder Mon-Thu 08:00-16:00, Fri 08:00-12:00. ({detail})",
  "sidebar.target.frt": "Erstantwortzeit",
  "sidebar.target.resolution": "Lösungszeit",
  "sidebar.target.sla": "SLA erfüllt",
  "sidebar.target.csat": "CSAT",
  "sidebar.target.fcr": "Erstlösungsquote",
  "sidebar.target.nps": "NPS",
  "sidebar.target.backlog": "Backlog am Monatsende",
  "sidebar.slaHours": "SLA: Lösung innerhalb von",
  "sidebar.schedule": "Geschäftszeiten",
  "sidebar.section.targets": "Ziele",
};

export const serverDe: Translation<typeof serverEn> = {
  // help. (the menu's Help item)
  "help.text":
    'Support KPIs fügt benutzerdefinierte Funktionen wie =NPS(B2:B), =CSAT(C2:C) und =FRT(A2:A; B2:B; "median") hinzu ' +
    "und erstellt aus Ihrem Ticketprotokoll ein monatliches Berichtsblatt. Öffnen Sie zum Start „Monatsbericht erstellen…“.",

  // kpi. (names shown in the report's tracker and the definitions tab)
  "kpi.created": "Erstellte Tickets",
  "kpi.resolved": "Gelöste Tickets",
  "kpi.backlog": "Backlog am Monatsende",
  "kpi.frtMedian": "Erstantwortzeit, Median",
  "kpi.frtMean": "Erstantwortzeit, Mittelwert",
  "kpi.resolutionMedian": "Lösungszeit, Median",
  "kpi.resolutionMean": "Lösungszeit, Mittelwert",
  "kpi.resolutionLongest": "Längste Lösungszeit",
  "kpi.fcr": "Erstlösungsquote",
  "kpi.sla": "SLA-Einhaltung",
  "kpi.csat": "CSAT",
  "kpi.nps": "NPS",
  "kpi.ces": "CES",
  "kpi.crr": "Kundenbindungsrate",
  "kpi.churn": "Churn-Rate",
  "kpi.cac": "Kundenakquisitionskosten",
  "kpi.clv": "Kundenlebenszeitwert",
  "kpi.costPerTicket": "Kosten pro Ticket",
  "kpi.supportCostRatio": "Supportkosten in % des Umsatzes",
  "kpi.contactsReceived": "Eingegangene Kontakte",
  "kpi.answerRate": "Annahmequote",
  "kpi.abandonRate": "Abbruchquote",
  "kpi.asa": "Durchschnittliche Wartezeit bis Annahme (ASA)",
  "kpi.aht": "Durchschnittliche Bearbeitungszeit (AHT)",
  "kpi.contactResolution": "Lösungsquote (angenommene Kontakte)",
  "kpi.reopenRate": "Wiedereröffnungsquote",
  "kpi.repliesPerResolved": "Antworten je gelöstem Ticket",
  "kpi.waitTime": "Wartezeit des Anfragenden, Median",
  "kpi.onHoldTime": "Zeit im Status „Angehalten“, Median",
  "kpi.responseMean": "Antwortzeit, Mittel über alle Antworten",

  // input. (reading the source tabs: column detection, ticket-log problems)
  "input.field.survey.date": "Antwortdatum",
  "input.field.survey.nps": "NPS-Wert (0–10)",
  "input.field.survey.ces": "CES-Wert",
  "input.field.survey.csat": "CSAT-Wert",
  "input.field.customers.month": "Monat",
  "input.field.customers.customersStart": "Kunden zu Beginn",
  "input.field.customers.customersEnd": "Kunden am Ende",
  "input.field.customers.newCustomers": "Neukunden",
  "input.field.customers.lostCustomers": "Verlorene Kunden",
  "input.field.customers.revenue": "Umsatz",
  "input.field.customers.supportCost": "Supportkosten",
  "input.field.customers.salesMarketing": "Vertriebs- und Marketingkosten",
  "input.kind.time": "Datums-/Uhrzeitwerte",
  "input.kind.number": "Zahlen",
  "input.kind.duration": "Zeitdauern",
  "input.kind.text": "Text",
  "input.kind.boolean": "Wahr/Falsch-Werte",
  "input.kind.flag": "Ja/Nein-Werte",
  "input.kind.clock": "Uhrzeiten",
  "input.kind.any": "Werte",
  "input.columns.noCreated":
    "Keine Spalte sieht nach dem Erstellungszeitpunkt der Tickets aus (eine Überschrift wie „Erstellt am“ oder „Created“); wählen Sie sie unter Spalten aus.",
  "input.columns.ambiguous":
    "Sowohl „{first}“ als auch „{second}“ sehen nach der Spalte „{field}“ aus; „{first}“ wird verwendet. Ändern Sie das unter Spalten, falls es nicht stimmt.",
  "input.columns.wrongKind":
    "„{header}“ sieht nach der Spalte „{field}“ aus, enthält aber {holds} statt {expected} und wird daher nicht verwendet.",
  "input.columns.missing":
    "Die für „{field}“ gewählte Spalte „{header}“ ist nicht mehr im Tabellenblatt vorhanden; wählen Sie sie erneut aus.",
  "input.columns.duplicate":
    "Zwei Spalten haben die Überschrift „{header}“; die erste (Spalte {column}) wird für „{field}“ verwendet.",
  "input.effect.rowSkipped": "die Zeile wird übersprungen",
  "input.effect.eventSkipped": "das Ereignis wird übersprungen",
  "input.effect.cellIgnored": "die Zelle wird ignoriert",
  "input.row.timeText":
    "Zeile {row}: {field} ist der Text {value}, kein Datums-/Uhrzeitwert ({effect}). Formatieren Sie die Spalte über Format > Zahl > Datum und Uhrzeit. Text wird nur gelesen, wenn das Jahr vorne steht (2026-03-05 14:30): 05/03/2026 kann März oder Mai sein.",
  "input.row.timeNumber":
    "Zeile {row}: {field} ist die Zahl {value}, kein Datums-/Uhrzeitwert ({effect}). Formatieren Sie die Spalte über Format > Zahl > Datum und Uhrzeit.",
  "input.row.timeOther": "Zeile {row}: {field} enthält {value}, keinen Datums-/Uhrzeitwert ({effect}).",
  "input.row.blank": "Zeile {row}: {field} ist leer ({effect}).",
  "input.row.beforeCreated": "Zeile {row}: {field} {value} liegt vor der Erstellung des Tickets ({effect}).",
  "input.row.notNumber": "Zeile {row}: {field} enthält {value}, keine Zahl von mindestens 0 ({effect}).",
  "input.row.notFlag":
    "Zeile {row}: {field} enthält {value}, nicht Ja oder Nein (J/N, Ja/Nein, 1/0, WAHR/FALSCH); die Zelle wird übergangen.",
  "input.row.more": "{count, plural, one {# solche Zeile} other {# solche Zeilen}}, z. B. die Zeilen {rows}.",
  "input.rows.blank":
    "{count, plural, one {# leere Zeile zwischen den Datenzeilen wurde} other {# leere Zeilen zwischen den Datenzeilen wurden}} übersprungen.",
  "input.duration.noUnit":
    "Zeile {row}: {field} „{header}“ enthält die Zahl {value}, aber die Überschrift nennt keine Einheit; sie wird nicht gelesen. Benennen Sie die Überschrift so, dass sie die Einheit nennt, z. B. „{header} (Minuten)“ oder „(Stunden)“, oder schreiben Sie die Zellen als H:MM:SS.",
  "input.duration.invalid":
    "Zeile {row}: {field} enthält {value}, keine Dauer (eine Zahl in der Einheit der Überschrift oder H:MM:SS); die Zelle wird ignoriert.",
  "input.duration.derived":
    "{field} von {count} Tickets ist {created} + „{header}“: Der Export nennt, wie lange es dauerte, nicht wann.",
  "input.rows.skipped":
    "{skipped, plural, one {# von {rows} Zeilen wurde} other {# von {rows} Zeilen wurden}} nicht gelesen; die Gründe stehen in den Hinweisen oben.",
  "input.rows.duplicateIds":
    "Zeilen, die eine frühere Ticket-ID wiederholen: {count} (z. B. {id} in den Zeilen {first} und {second}); jede Zeile wird als eigenes Ticket gezählt.",
  "input.log.empty": "Das Tabellenblatt „{sheet}“ enthält unter der Überschriftenzeile keine Datenzeilen.",
  "input.log.noCreated":
    "Wählen Sie die Spalte mit dem Erstellungszeitpunkt jedes Tickets aus: Danach ordnet der Bericht die Tickets den Monaten zu.",
  "input.log.monthsBy":
    "Das Protokoll hat keine Spalte {created}: Tickets werden nach {field} den Monaten zugeordnet, und Kennzahlen, die den Erstellungszeitpunkt brauchen, entfallen. Wählen Sie {created} in der Seitenleiste, um sie hinzuzufügen.",
  "input.log.noId":
    "Wählen Sie die Spalte „Ticket-ID“ aus: In einem Protokoll mit einer Zeile pro Statusänderung zeigt sie, welche Zeilen zu einem Ticket gehören.",
  "input.events.lifecycle":
    "{count, plural, one {# Ereignis, dessen {column} nicht „complete“ ist (ein Start oder eine Planung), bleibt} other {# Ereignisse, deren {column} nicht „complete“ ist (ein Start oder eine Planung), bleiben}} außen vor: Es zählen die Zeiten abgeschlossener Aktivitäten.",
  "input.log.eventsWithoutStatus":
    "Ticket-IDs wiederholen sich (z. B. {id} in den Zeilen {first} und {second}), das Tabellenblatt sieht also wie ein Protokoll mit einer Zeile pro Statusänderung aus, " +
    "aber es ist keine Spalte „Status“ ausgewählt. Wählen Sie die Spalte „Status“ aus oder legen Sie die Daten mit einer Zeile pro Ticket an, mit den Spalten " +
    "Ticket-ID, Erstellt, Erste Antwort, Gelöst, Status, Kategorie, Kanal, Agent.",

  // sample.
  "sample.tickets": "Tickets",
  "sample.survey": "Umfrage",
  "sample.customers": "Kunden",
  // The sample tabs' contents: header rows, then the values of the text columns.
  "sample.header.id": "Ticket-ID",
  "sample.header.created": "Erstellt",
  "sample.header.firstResponse": "Erste Antwort",
  "sample.header.resolved": "Gelöst",
  "sample.header.status": "Status",
  "sample.header.category": "Kategorie",
  "sample.header.channel": "Kanal",
  "sample.header.agent": "Agent",
  "sample.header.priority": "Priorität",
  "sample.header.contacts": "Kontakte",
  "sample.header.date": "Datum",
  "sample.header.month": "Monat",
  "sample.header.customersStart": "Kunden zu Beginn",
  "sample.header.customersEnd": "Kunden am Ende",
  "sample.header.newCustomers": "Neukunden",
  "sample.header.lostCustomers": "Verlorene Kunden",
  "sample.header.revenue": "Umsatz",
  "sample.header.supportCost": "Supportkosten",
  "sample.header.salesMarketing": "Vertriebs- und Marketingkosten",
  "sample.category.sales": "Verkauf",
  "sample.category.technical": "Technik",
  "sample.category.cancellation": "Stornierung",
  "sample.category.returns": "Retouren",
  "sample.category.shipping": "Versand",
  "sample.category.productAvailability": "Produktverfügbarkeit",
  "sample.channel.email": "E-Mail",
  "sample.channel.chat": "Chat",
  "sample.channel.phone": "Telefon",
  "sample.channel.social": "Social Media",
  "sample.priority.low": "Niedrig",
  "sample.priority.normal": "Normal",
  "sample.priority.high": "Hoch",
  "sample.priority.urgent": "Dringend",
  "sample.status.closed": "Geschlossen",
  "sample.status.pending": "Wartend",
  "sample.status.open": "Offen",

  // definitions. (the definitions and calculator tab)
  "definitions.sheetName": "KPI-Definitionen",
  "definitions.title": "Support KPIs: Definitionen und Rechner",
  "definitions.intro":
    "Was jede Kennzahl des Berichts misst und wie dieses Add-on sie berechnet. Probieren Sie einen Rechner aus: Geben Sie Werte in die gelben Zellen ein.",
  "definitions.label.what": "Was sie misst",
  "definitions.label.formula": "Formel",
  "definitions.label.convention": "Hier verwendete Festlegung",
  "definitions.label.customFunction": "Benutzerdefinierte Funktion",
  "definitions.calculator": "Rechner",
  "definitions.noCalculator": "Eine direkte Zählung aus dem Ticketprotokoll: kein Rechner nötig.",
  "definitions.hours.calendar":
    "Zeitspannen werden in Kalenderstunden gemessen: Jede Stunde des Tages und der Woche zählt.",
  "definitions.hours.business":
    "Zeitspannen werden in Geschäftsstunden gemessen ({schedule}), in der Zeitzone der Tabelle.",

  "definitions.calc.openAtStart": "Offen zu Monatsbeginn",
  "definitions.calc.createdInMonth": "Im Monat erstellt",
  "definitions.calc.resolvedInMonth": "Im Monat gelöst",
  "definitions.calc.firstResponseHours": "Ticket {n}: Stunden bis zur ersten Antwort",
  "definitions.calc.resolutionHours": "Ticket {n}: Stunden bis zur Lösung",
  "definitions.calc.targetHours": "SLA-Ziel, Stunden",
  "definitions.calc.ticketsResolved": "Gelöste Tickets",
  "definitions.calc.resolvedInOneContact": "Davon mit 1 Kontakt gelöst",
  "definitions.calc.rating": "Antworten mit Bewertung {rating}",
  "definitions.calc.ratingSatisfied": "Antworten mit Bewertung {rating} (zufrieden)",
  "definitions.calc.ratingAgree": "Antworten mit Bewertung {rating} (Zustimmung)",
  "definitions.calc.promoters": "Promotoren (Wert 9–10)",
  "definitions.calc.passives": "Passive (Wert 7–8)",
  "definitions.calc.detractors": "Detraktoren (Wert 0–6)",
  "definitions.calc.customersStart": "Kunden zu Beginn (S)",
  "definitions.calc.customersEnd": "Kunden am Ende, inkl. Neukunden (E)",
  "definitions.calc.newCustomers": "Neukunden (N)",
  "definitions.calc.customersLost": "Verlorene Kunden = S − (E − N)",
  "definitions.calc.netCustomerLoss": "Netto-Kundenverlust = (S − E) ÷ S",
  "definitions.calc.salesMarketingSpend": "Vertriebs- und Marketingkosten",
  "definitions.calc.customersWon": "Gewonnene Neukunden",
  "definitions.calc.annualRevenuePerCustomer": "Umsatz pro Kunde und Jahr",
  "definitions.calc.relationshipYears": "Jahre, die ein Kunde bleibt",
  "definitions.calc.acquisitionCost": "Akquisitionskosten pro Kunde (CAC)",
  "definitions.calc.supportCost": "Supportkosten",
  "definitions.calc.tickets": "Bearbeitete Tickets",
  "definitions.calc.revenue": "Umsatz",
  "definitions.calc.contactsOffered": "Angebotene Kontakte (angenommen oder abgebrochen)",
  "definitions.calc.contactsAnswered": "Davon angenommen",
  "definitions.calc.contactsResolved": "Von den angenommenen gelöst",
  "definitions.calc.answerSeconds": "Anruf {n}: Sekunden bis zur Annahme",
  "definitions.calc.talkSeconds": "Anruf {n}: Bearbeitungszeit, Sekunden",
  "definitions.calc.ticketsReopened": "Davon mindestens einmal wiedereröffnet",
  "definitions.calc.replies": "Antworten (Kontakte) darauf",
  "definitions.calc.waitHours": "Ticket {n}: Stunden Wartezeit des Anfragenden",
  "definitions.calc.holdHours": "Ticket {n}: Stunden angehalten",
  "definitions.calc.replyHours": "Antwort {n}: Stunden, seit das Team an der Reihe war",

  "definitions.created.what":
    "Wie viele Tickets Kunden im Monat eröffnet haben: das Anfrageaufkommen für Ihr Team. Ein Ausschlag deutet auf ein Release, " +
    "einen Ausfall oder eine saisonale Spitze hin; am Trend sehen Sie, wie viele Agenten Sie brauchen.",
  "definitions.created.formula": "Anzahl der Tickets, deren Erstellungszeitpunkt im Monat liegt",
  "definitions.created.convention":
    "Ein Ticket gehört zu dem Monat seines Erstellungszeitpunkts, in der Zeitzone der Tabelle. Zeilen ohne Erstellungszeitpunkt werden nicht gezählt.",

  "definitions.resolved.what":
    "Wie viele Tickets das Team im Monat gelöst hat, egal wann sie eröffnet wurden. " +
    "Werden weniger Tickets gelöst als erstellt, wächst der Backlog.",
  "definitions.resolved.formula": "Anzahl der Tickets, deren Lösungszeitpunkt im Monat liegt",
  "definitions.resolved.convention":
    "Ein Ticket gilt als gelöst, wenn es einen Lösungszeitpunkt hat. Es gehört zu dem Monat dieses Zeitpunkts, in der Zeitzone der Tabelle, " +
    "egal wann es erstellt wurde.",

  "definitions.backlog.what":
    "Tickets, die am Monatsende noch offen sind: Arbeit, die in den nächsten Monat mitgenommen wird. Ein wachsender Backlog bedeutet, " +
    "dass Kunden länger warten, auch wenn die Antwortzeiten dieses Monats gut aussehen.",
  "definitions.backlog.formula":
    "Bis zum Monatsende erstellte und bis dahin nicht gelöste Tickets = offen zu Beginn + erstellt − gelöst",
  "definitions.backlog.convention":
    "Der Monat endet um 00:00 Uhr am 1. des Folgemonats, in der Zeitzone der Tabelle. Ein Ticket ist im Backlog, " +
    "wenn es vor diesem Zeitpunkt erstellt und nicht davor gelöst wurde (ein genau um 00:00 Uhr gelöstes Ticket zählt noch mit), " +
    "wie überall im Bericht: Der Backlog ist also genau der des Vormonats + erstellt − gelöst.",

  "definitions.frtMedian.what":
    "Wie lange der typische Kunde auf die erste Antwort Ihres Teams wartet. Die Hälfte der Tickets bekam schneller eine Antwort, " +
    "die andere Hälfte später, sodass einige sehr langsame Tickets nicht verdecken, wie die meisten Kunden bedient wurden.",
  "definitions.frtMedian.formula": "Median von (erste Antwort − erstellt), in Stunden",
  "definitions.frtMedian.convention":
    "Im Monat erstellte Tickets mit einer ersten Antwort. Der Median ist der mittlere Wert oder der Mittelwert der beiden " +
    "mittleren Werte, wie MEDIAN in Google Tabellen. {hours}",

  "definitions.frtMean.what":
    "Die durchschnittliche Wartezeit auf die erste Antwort. Anders als der Median steigt der Mittelwert mit jedem langsamen Ticket; " +
    "liegt er deutlich über dem Median, haben einige Kunden viel länger gewartet als die meisten.",
  "definitions.frtMean.formula":
    "Mittelwert von (erste Antwort − erstellt), in Stunden = gesamte Wartezeit ÷ Tickets",
  "definitions.frtMean.convention":
    "Im Monat erstellte Tickets mit einer ersten Antwort; das arithmetische Mittel, wie AVERAGE in Google Tabellen. {hours}",

  "definitions.resolutionMedian.what":
    "Wie lange das typische Ticket von der Eröffnung bis zur Lösung braucht: was die meisten Kunden von Anfang bis Ende erleben.",
  "definitions.resolutionMedian.formula": "Median von (gelöst − erstellt), in Stunden",
  "definitions.resolutionMedian.convention":
    "Im Monat gelöste Tickets. Der Median ist der mittlere Wert oder der Mittelwert der beiden mittleren Werte, wie MEDIAN in Google Tabellen. {hours}",

  "definitions.resolutionMean.what":
    "Die durchschnittliche Zeit von der Eröffnung bis zur Lösung. Lang laufende Tickets ziehen sie nach oben: Vergleichen Sie sie mit dem Median, um zu sehen, wie stark.",
  "definitions.resolutionMean.formula":
    "Mittelwert von (gelöst − erstellt), in Stunden = Gesamtzeit ÷ Tickets",
  "definitions.resolutionMean.convention":
    "Im Monat gelöste Tickets; das arithmetische Mittel, wie AVERAGE in Google Tabellen. {hours}",

  "definitions.resolutionLongest.what":
    "Das langsamste im Monat gelöste Ticket: die längste Wartezeit, die ein Kunde hatte. Es lohnt sich, dieses Ticket zu öffnen, um zu verstehen, was schiefgelaufen ist.",
  "definitions.resolutionLongest.formula": "Maximum von (gelöst − erstellt), in Stunden",
  "definitions.resolutionLongest.convention": "Im Monat gelöste Tickets. {hours}",

  "definitions.fcr.what":
    "Der Anteil der Tickets, die mit einem Kontakt gelöst wurden, ohne dass sich der Kunde erneut melden musste. Eine hohe FCR bedeutet " +
    "weniger Folgekontakte, geringere Kosten und zufriedenere Kunden.",
  "definitions.fcr.formula": "Mit 1 Kontakt gelöste Tickets ÷ gelöste Tickets",
  "definitions.fcr.convention":
    "Im Monat gelöste Tickets, deren Anzahl an Kontakten bekannt ist; ein Ticket gilt als beim Erstkontakt gelöst, " +
    "wenn es 1 Kontakt (oder weniger) brauchte.",

  "definitions.sla.what":
    "Der Anteil der Tickets, die innerhalb der Zeit gelöst wurden, die Sie Kunden zusagen. Er zeigt, wie zuverlässig die Zusage eingehalten wird – " +
    "was ein Durchschnitt nicht zeigen kann.",
  "definitions.sla.formula": "Innerhalb des Ziels gelöste Tickets ÷ gelöste Tickets",
  "definitions.sla.convention":
    "Im Monat gelöste Tickets. Ein Ticket erfüllt das SLA, wenn seine Lösungszeit höchstens dem Ziel entspricht: " +
    "in diesem Bericht {target, plural, one {# Stunde} other {# Stunden}}. {hours}",

  "definitions.csat.what":
    "Der Anteil der Kunden, die mit der erhaltenen Hilfe zufrieden waren, befragt direkt nach ihrem Ticket. " +
    "Er ist das direkteste Maß für die Qualität des Supports.",
  "definitions.csat.formula": "Zufriedene Antworten ÷ Antworten",
  "definitions.csat.convention":
    "Zufrieden bedeutet eine Bewertung von 4 oder 5 auf einer Skala von 1–5, 6–7 auf einer Skala von 1–7, 9–10 auf einer Skala von 1–10; " +
    "die Skala ist die kleinste davon, die die höchste Bewertung umfasst (bei den in den 12 Monaten des Berichts gelösten Tickets oder im " +
    "Umfrageblatt), und der Rechner verwendet 1–5. Leere Bewertungen werden übersprungen. Der Bericht zeigt außerdem die Anzahl der " +
    "Antworten und ein 95-%-Intervall (Wilson).",

  "definitions.nps.what":
    "Wie wahrscheinlich Kunden Sie weiterempfehlen, von −100 bis 100. Er spiegelt die Loyalität zum gesamten Unternehmen wider, " +
    "nicht nur zum Support; beobachten Sie daher eher den Trend als einen einzelnen Monat.",
  "definitions.nps.formula": "% Promotoren − % Detraktoren = (Promotoren − Detraktoren) ÷ Antworten × 100",
  "definitions.nps.convention":
    "Antworten von 0 bis 10: Promotoren vergeben 9–10, Passive 7–8, Detraktoren 0–6. Passive zählen zu den Antworten, aber zu " +
    "keiner der beiden Gruppen. Der NPS wird in Punkten angegeben, nicht in Prozent; der Bericht zeigt außerdem die Anzahl der Antworten " +
    "und ein 95-%-Intervall (Wald, adjustiert). Beispiel: 80 % Promotoren und 15 % Detraktoren ergeben 65.",

  "definitions.ces.what":
    "Wie leicht es Kunden fiel, ihr Anliegen zu klären. Der Aufwand sagt die Loyalität voraus: Kunden, die sich Hilfe " +
    "mühsam erkämpfen mussten, sind die, die gehen.",
  "definitions.ces.formula": "Zustimmende Antworten ÷ Antworten",
  "definitions.ces.convention":
    "Antworten auf „Es war einfach, mein Anliegen zu klären“ von 1 (stimme überhaupt nicht zu) bis 5 oder 7 (stimme voll und ganz zu). " +
    "Zustimmung bedeutet 4–5 auf einer Skala von 1–5 und 5–7 auf einer Skala von 1–7; die Skala ist die kleinere der beiden, die die " +
    "höchste Antwort im Umfrageblatt umfasst, und der Rechner verwendet 1–5. Angegeben als Anteil: höher ist besser.",

  "definitions.crr.what":
    "Der Anteil der Kunden, die Sie zu Beginn des Zeitraums hatten und die an seinem Ende noch Kunden sind. " +
    "Neukunden werden nicht mitgezählt, damit Wachstum die verlorenen Kunden nicht verdecken kann.",
  "definitions.crr.formula": "CRR = (E − N) ÷ S, mit S Kunden zu Beginn, E am Ende und N neu",
  "definitions.crr.convention":
    "Die Kunden am Ende schließen die Neukunden ein. Mit S = 100, E = 90 und N = 15: CRR = 75 %, Churn = 25 % (25 verloren), " +
    "Netto-Kundenverlust = 10 %.",

  "definitions.churn.what":
    "Der Anteil der Kunden, die Sie zu Beginn hatten und die im Laufe des Zeitraums gegangen sind: die Kehrseite der Kundenbindung " +
    "(Churn = 100 % − CRR).",
  "definitions.churn.formula":
    "Churn = verloren ÷ S, mit verloren = S − (E − N). Nicht dasselbe wie Netto-Kundenverlust = (S − E) ÷ S.",
  "definitions.churn.convention":
    "Neukunden gleichen den Churn nicht aus. Mit S = 100, E = 90 und N = 15: 25 Kunden verloren, Churn = 25 % und CRR = 75 %, " +
    "während der Netto-Kundenverlust nur 10 % beträgt, weil 15 Neukunden die meisten der 25 verlorenen ersetzt haben.",

  "definitions.cac.what":
    "Was es kostet, einen Neukunden zu gewinnen. Im Vergleich zum Kundenlebenszeitwert sehen Sie, ob sich das Wachstum selbst trägt.",
  "definitions.cac.formula": "Vertriebs- und Marketingkosten ÷ Neukunden",
  "definitions.cac.convention":
    "Kosten und Neukunden desselben Monats aus dem Kunden- und Finanzblatt, in der Währung der Tabelle.",

  "definitions.clv.what":
    "Der Umsatz, den ein Kunde über die gesamte Geschäftsbeziehung bringt, abzüglich der Kosten, ihn zu gewinnen. Guter Support hält " +
    "Kunden länger und steigert ihn so.",
  "definitions.clv.formula": "Jahresumsatz pro Kunde × Jahre als Kunde − CAC",
  "definitions.clv.convention":
    "Umsatz, nicht Marge, und nicht abgezinst. Negativ, wenn die Gewinnung eines Kunden mehr kostet, als er einbringt.",

  "definitions.costPerTicket.what":
    "Die durchschnittlichen Kosten für die Bearbeitung eines Tickets. Self-Service, bessere Tools und Lösung beim Erstkontakt senken sie; " +
    "Folgekontakte treiben sie nach oben.",
  "definitions.costPerTicket.formula": "Supportkosten ÷ Tickets",
  "definitions.costPerTicket.convention":
    "Die Supportkosten des Monats aus dem Kunden- und Finanzblatt, geteilt durch die im Monat erstellten Tickets.",

  "definitions.supportCostRatio.what":
    "Welcher Anteil des Umsatzes in den Support fließt. Ein steigender Anteil bedeutet, dass die Supportkosten schneller wachsen als das Geschäft.",
  "definitions.supportCostRatio.formula": "Supportkosten ÷ Umsatz",
  "definitions.supportCostRatio.convention":
    "Beides aus demselben Monat und in derselben Währung, angegeben in Prozent; über 100 %, wenn der Support mehr kostet, als Umsatz erzielt wird.",
  "definitions.answerRate.what":
    "Der Anteil der Anrufe oder Chats, die jemanden erreicht haben. Eine sinkende Annahmequote heißt: Kunden legen auf, bevor das Team sie annehmen kann.",
  "definitions.answerRate.formula": "Angenommene Kontakte ÷ angebotene Kontakte",
  "definitions.answerRate.convention":
    "Angeboten ist jeder Kontakt, für den das Protokoll angenommen oder abgebrochen angibt (eine Spalte mit J/N, Ja/Nein, 1/0 oder WAHR/FALSCH); Kontakte zählen im Monat ihres Eingangs. Die Abbruchquote ist der Rest: 1 − Annahmequote.",
  "definitions.abandonRate.what":
    "Der Anteil der Anrufe oder Chats, bei denen der Kunde auflegte oder ging, bevor jemand annahm: verlorene Kontakte und oft spätere Wiederholungsanrufe.",
  "definitions.abandonRate.formula": "Abgebrochene Kontakte ÷ angebotene Kontakte",
  "definitions.abandonRate.convention":
    "Abgebrochen heißt: Das Protokoll gibt nicht angenommen (Spalte „Angenommen“ mit N) oder abgebrochen (Spalte „Abgebrochen“ mit J) an; angeboten wie bei der Annahmequote, nach dem Monat des Eingangs.",
  "definitions.asa.what":
    "Wie lange Anrufer in der Warteschlange warten, bis jemand annimmt. Zusammen mit der Annahmequote zeigt sie, ob das Team für sein Aufkommen besetzt ist.",
  "definitions.asa.formula": "Summe der Wartezeiten angenommener Kontakte ÷ angenommene Kontakte",
  "definitions.asa.convention":
    "Nur angenommene Kontakte zählen: Ein Anrufer, der auflegte, wurde nie angenommen. Wartezeiten in Sekunden, wenn die Überschrift keine Einheit nennt; nach dem Monat des Eingangs; AVERAGE im Rechner.",
  "definitions.aht.what":
    "Wie lange ein Kontakt den Mitarbeiter beschäftigt: Gesprächszeit, dazu Halte- und Nachbearbeitungszeit, wenn der Export sie mitzählt. Davon hängt ab, wie viele Mitarbeiter das Aufkommen braucht.",
  "definitions.aht.formula": "Summe der Bearbeitungszeiten ÷ Kontakte mit Bearbeitungszeit",
  "definitions.aht.convention":
    "Text wie H:MM:SS, Dauerwerte aus Google Tabellen oder Sekunden, wenn die Überschrift keine Einheit nennt; Kontakte ohne Zeit zählen nicht; nach dem Monat des Eingangs. Der Personalblock des Berichts nutzt diesen Mittelwert, wenn das Protokoll ihn hat.",
  "definitions.contactResolution.what":
    "Der Anteil der angenommenen Anrufe oder Chats, die das Problem des Kunden gleich gelöst haben, wie der Mitarbeiter es markiert hat.",
  "definitions.contactResolution.formula": "Gelöste angenommene Kontakte ÷ angenommene Kontakte",
  "definitions.contactResolution.convention":
    "Gelöst ist eine Ja/Nein-Spalte je Kontakt, keine Zeit; ein nicht angenommener Kontakt löst nichts und zählt nicht, ebenso Kontakte ohne Angabe. Nach dem Monat des Eingangs.",
  "definitions.reopenRate.what":
    "Der Anteil gelöster Tickets, die der Kunde wieder öffnen musste: eine Lösung, die nicht hielt.",
  "definitions.reopenRate.formula": "Mindestens einmal wiedereröffnete gelöste Tickets ÷ gelöste Tickets",
  "definitions.reopenRate.convention":
    "Aus der Spalte der Wiedereröffnungen im Export (Zendesks Reopens) oder aus einem Ereignisprotokoll, in dem eine Aktivität nach dem Lösen eine Wiedereröffnung ist; im Monat gelöste Tickets.",
  "definitions.repliesPerResolved.what":
    "Wie viele Antworten (Kontakte) ein Ticket bis zur Lösung braucht: weniger heißt, Kunden bekommen schneller, was sie brauchen.",
  "definitions.repliesPerResolved.formula": "Antworten auf gelöste Tickets ÷ gelöste Tickets",
  "definitions.repliesPerResolved.convention":
    "Die Kontaktspalte (Zendesks Replies, Freshdesks Agent interactions) oder die Runden eines Ereignisprotokolls; im Monat gelöste Tickets mit bekannter Anzahl. FCR liest dieselbe Spalte.",
  "definitions.waitTime.what":
    "Wie lange Kunden während der Lebensdauer eines Tickets auf das Team warteten, wie der Helpdesk es misst (Zendesks Requester wait time).",
  "definitions.waitTime.formula": "Median der Wartezeit des Anfragenden je Ticket, in Stunden",
  "definitions.waitTime.convention":
    "Die Dauer aus dem Export, in seiner Einheit (Minuten oder Stunden, laut Überschrift); im Monat gelöste Tickets; MEDIAN im Rechner.",
  "definitions.onHoldTime.what":
    "Wie lange Tickets angehalten waren, wartend auf Dritte wie ein anderes Team oder einen Lieferanten.",
  "definitions.onHoldTime.formula": "Median der Zeit im Status „Angehalten“ je Ticket, in Stunden",
  "definitions.onHoldTime.convention":
    "Die Dauer aus dem Export (Zendesks On hold time), in seiner Einheit; im Monat gelöste Tickets; MEDIAN im Rechner.",
  "definitions.responseMean.what":
    "Wie lange Kunden auf jede Antwort warten, nicht nur auf die erste: das Tempo des ganzen Gesprächs.",
  "definitions.responseMean.formula":
    "Mittel von (Antwort − Zeitpunkt, ab dem das Team an der Reihe war) über alle Antworten, in Stunden",
  "definitions.responseMean.convention":
    "Ereignisprotokolle mit Antwortereignissen: Das Team ist ab der Erstellung, der Antwort des Kunden oder einer Wiedereröffnung an der Reihe; Antworten im Monat zählen; {hours}; AVERAGE im Rechner.",
  "definitions.staffing.name": "Personalbedarf (Erlang C)",
  "definitions.staffing.what":
    "Wie viele Agenten eine Warteschlange braucht: die Wahrscheinlichkeit, dass ein Kontakt wartet, und der Anteil, der innerhalb einer Zielzeit angenommen wird, für eine Zahl von Agenten.",
  "definitions.staffing.formula":
    "Verkehr A = Kontakte × Bearbeitungszeit ÷ Intervall (Erlang). Erlang B mit der Rekursion B₀ = 1, Bₖ = A·Bₖ₋₁ ÷ (k + A·Bₖ₋₁); Wartewahrscheinlichkeit C = N·B ÷ (N − A(1 − B)); Servicelevel = 1 − C · e^(−(N − A) · Ziel ÷ Bearbeitungszeit).",
  "definitions.staffing.convention":
    "Kontakte kommen zufällig und warten, bis sie angenommen werden (niemand legt auf); N Agenten müssen mehr sein als der Verkehr A, sonst wächst die Schlange ohne Ende. Auslastung = A ÷ N; durchschnittliche Annahmezeit = C × Bearbeitungszeit ÷ (N − A), über alle Kontakte. Beispiel von Call Centre Helper: 100 Kontakte in 30 Minuten zu 180 s sind 10 Erlang; 14 Agenten nehmen 88,8 % innerhalb von 20 s an. “AGENTS_NEEDED” findet die wenigsten Agenten für ein Ziel, mit Ausfallquote.",
  "definitions.calc.contacts": "Kontakte im Intervall",
  "definitions.calc.intervalMinutes": "Intervall, Minuten",
  "definitions.calc.handleSeconds": "Bearbeitungszeit je Kontakt, Sekunden",
  "definitions.calc.agents": "Annehmende Agenten (N)",
  "definitions.calc.answerWithinSeconds": "Annahme innerhalb, Sekunden",
  "definitions.calc.traffic": "Verkehr A, Erlang",
  "definitions.calc.erlangB": "Erlang B (Schritt zu Erlang C)",
  "definitions.calc.waitProbability": "Wartewahrscheinlichkeit (Erlang C)",
  "definitions.calc.serviceLevel": "Servicelevel: innerhalb des Ziels angenommen",
  "definitions.calc.occupancy": "Auslastung = A ÷ N",
  "definitions.calc.averageSpeedOfAnswer": "Durchschnittliche Annahmezeit, Sekunden",
  "definitions.calc.tooFewAgents": "Zu wenige Agenten; mindestens ",

  // report. (the report tab: header, KPI tracker, and reading the survey and customers tabs)
  "report.sheetName": "Supportbericht {month}",
  "report.title": "Supportbericht {month}",
  "report.header.definitionsLink": "KPI-Definitionen und Rechner",
  "report.col.kpi": "KPI",
  "report.col.thisMonth": "Dieser Monat ({month})",
  "report.col.previousMonth": "Vormonat ({month})",
  "report.col.change": "Veränderung",
  "report.col.target": "Ziel",
  "report.col.status": "Status",
  "report.col.trend": "Trend, 12 Monate",
  "report.col.n": "n",
  "report.col.low": "95-%-Intervall, unten",
  "report.col.high": "95-%-Intervall, oben",
  "report.col.note": "Hinweise",
  "report.trendData": "Trenddaten: die 12 Monate, die die Sparklines zeigen, ältester zuerst",
  "report.sparklineOptions": "Sparkline-Optionen",
  "report.status.met": "Ziel erreicht",
  "report.status.missed": "Ziel verfehlt",
  "report.noData": "keine Daten",
  "report.kpi.businessHours": "{name} (Geschäftsstunden)",
  "report.hours.calendar": "in Kalenderstunden",
  "report.hours.business": "in Geschäftsstunden ({schedule})",
  "report.tabProblem": "Tabellenblatt „{sheet}“: {problem}",
  "report.subtitle": "Aus {tabs} · erstellt {time} ({zone})",
  "report.summary": "Zusammenfassung, {month}",
  "report.tile.target": "{status} ({target})",
  "report.tile.noTarget": "Kein Ziel gesetzt",
  "report.tile.compare": "Pfeile: Veränderung seit {previous} (grün besser, rot schlechter).",
  "report.findings": "Erkenntnisse",
  "report.findings.none":
    "Im {month} fällt nichts auf: keine Veränderung über die normale Schwankung hinaus, keine Spitze, kein verfehltes Ziel.",
  "report.missing.title": "Fehlt in diesem Bericht",
  "report.missing.line": "{kpis}: {reason}",
  "report.missing.noCreated":
    "{kpis}: Das Protokoll hat keine Spalte „Erstellt“ (wann jedes Ticket erstellt wurde); wählen Sie sie in der Seitenleiste.",
  "report.finding.rose":
    "{kpi} stieg von {previous} im {month} auf {current}, über die normale Schwankung hinaus.",
  "report.finding.fell":
    "{kpi} sank von {previous} im {month} auf {current}, über die normale Schwankung hinaus.",
  "report.finding.noise": "Seit {month}, {kpis}: innerhalb der normalen Schwankung, kein Trend.",
  "report.finding.spike":
    "Spitze: {group} hatte {count} Tickets, über dem Üblichen von {mean} (Grenze {limit} = Mittel + 2 SD der {months} Vormonate; mindestens {min} Tickets).",
  "report.finding.slaMissed":
    "SLA verfehlt für {dimension} {group}: {rate} von {n} Tickets in {sla} gelöst (Ziel {target}).",
  "report.finding.slaBelowRest":
    "SLA niedriger für {dimension} {group}: {rate} von {n} Tickets in {sla} gelöst, gegenüber {rest} bei den übrigen.",
  "report.finding.frtMissed":
    "Erste Antwort langsam für {dimension} {group}: Median {value} bei {n} Tickets (Ziel {target}).",
  "report.finding.busiest":
    "Stärkster Tag: {weekday} ({dayShare} der Tickets); stärkste Stunde: {hours} ({hourShare}).",
  "report.finding.forecast":
    "Prognose für {month}: etwa {count} Tickets (80-%-Intervall {low}–{high}), aus {months, plural, one {# Monat} other {# Monaten}} Verlauf; Personalbedarf unten.",
  "report.dimension.priority": "Priorität",
  "report.dimension.channel": "Kanal",
  "report.details": "Details: jede Kennzahl mit n, 95-%-Intervallen und ihrer Berechnung",
  "report.chart.createdResolved": "Erstellt und gelöst pro Monat",
  "report.chart.backlog": "Backlog am Monatsende",
  "report.when.section": "Wann Tickets eingehen und wie jede Priorität und jeder Kanal abschneidet, {month}",
  "report.when.title": "Wann Tickets eingehen: erstellt im {month} nach Wochentag und Stunde ({zone})",
  "report.when.where":
    "Das Raster der erstellten Tickets nach Wochentag und Stunde steht rechts neben diesem Abschnitt, in den Spalten {columns} (dunkler: mehr Tickets).",
  "report.when.header.weekday": "Wochentag",
  "report.breakdown.title": "Erste Antwort, Lösungszeit und SLA nach {dimension}, {month}",
  "report.breakdown.header.created": "Erstellt",
  "report.breakdown.header.frt": "Erstantwortzeit, Median",
  "report.breakdown.header.resolved": "Gelöst",
  "report.breakdown.header.resolution": "Lösungszeit, Median",
  "report.breakdown.header.sla": "SLA-Einhaltung",
  "report.breakdown.blank": "(nicht gesetzt)",
  "report.breakdown.note":
    "Erste Antwort bei im Monat erstellten Tickets, Lösungszeit und SLA ({sla}) bei im Monat gelösten.",
  "tracker.sheetName": "KPI-Verlauf",
  "tracker.title": "KPI-Verlauf: jede Kennzahl Monat für Monat",
  "tracker.note":
    "Jeder Berichtslauf füllt oder ersetzt die Spalte seines Monats; andere Monate bleiben unverändert.",
  "tracker.col.kpi": "Kennzahl",
  "tracker.chart.volume": "Erstellt und gelöst pro Monat",
  "tracker.chart.rates": "SLA, FCR und CSAT pro Monat",
  "tracker.axis.month": "Monat",
  "tracker.axis.hours": "Stunden",

  "report.note.created": "Im Monat erstellte Tickets, in der Zeitzone der Tabelle ({zone}).",
  "report.note.resolved": "Im Monat gelöste Tickets, egal wann sie erstellt wurden.",
  "report.note.backlog": "Vor {end} erstellte und bis dahin nicht gelöste Tickets.",
  "report.note.csatRatedRule":
    " Bewertungen von Tickets ohne Lösungszeitpunkt zählen im Monat, in dem sie abgegeben wurden ({count}).",
  "report.note.csatCreatedRule":
    " Bewertungen von Tickets ohne Lösungszeitpunkt zählen im Monat, in dem das Ticket erstellt wurde ({count}).",
  "report.note.backlogClosedStatus":
    " Ein Ticket, dessen Status geschlossen oder gelöst lautet, ist nicht offen, mit oder ohne Lösungszeitpunkt ({count} ohne).",
  "report.agents.noteAssigned":
    "Bearbeitete Tickets: dem Agenten zugewiesene und im {month} erstellte Tickets (das Protokoll hat keine Lösungszeitpunkte). Erste Antwort und CSAT werden an diesen Tickets gemessen. Eine leere Zelle bedeutet: keine Daten. {hours}",
  "report.note.implausible":
    "{kpi} im {month} enthält Zeiten über einem Jahr (bis zu {days} Tage): Prüfen Sie, ob die Spalte „Erstellt“ den Erstellungszeitpunkt jedes Tickets enthält.",
  "report.note.frt": "Im Monat erstellte Tickets mit einer ersten Antwort; {hours}.",
  "report.note.resolution": "Im Monat gelöste Tickets; {hours}.",
  "report.note.fcr": "Im Monat mit 1 Kontakt gelöste Tickets ÷ solche mit bekannter Anzahl an Kontakten.",
  "report.note.sla": "Im Monat innerhalb von {target} h gelöste Tickets ÷ im Monat gelöste Tickets; {hours}.",
  "report.note.csatTickets":
    "Bewertungen der im Monat gelösten Tickets, 1–{scale}; zufrieden bedeutet {min} oder mehr. 95-%-Intervall: Wilson.",
  "report.note.csatSurvey":
    "Umfrageantworten mit Datum im Monat, 1–{scale}; zufrieden bedeutet {min} oder mehr. 95-%-Intervall: Wilson.",
  "report.note.nps":
    "Umfrageantworten mit Datum im Monat: % Promotoren (9–10) − % Detraktoren (0–6). 95-%-Intervall: Wald, adjustiert.",
  "report.note.ces":
    "Umfrageantworten mit Datum im Monat, 1–{scale}; Zustimmung bedeutet {min} oder mehr. 95-%-Intervall: Wilson.",
  "report.note.crr": "(Kunden am Ende − Neukunden) ÷ Kunden zu Beginn.",
  "report.note.churn": "Verlorene Kunden ÷ Kunden zu Beginn.",
  "report.note.churnDerived":
    "Verlorene Kunden ÷ Kunden zu Beginn; verloren = Kunden zu Beginn − (Kunden am Ende − Neukunden).",
  "report.note.cac": "Vertriebs- und Marketingkosten ÷ Neukunden.",
  "report.note.clv":
    "Umsatz pro Kunde und Jahr (Umsatz des Monats ÷ durchschnittliche Kundenzahl × 12) × Jahre, die ein Kunde bleibt (1 ÷ (monatlicher Churn × 12)) − CAC.",
  "report.note.costPerTicket": "Supportkosten ÷ im Monat erstellte Tickets.",
  "report.note.supportCostRatio": "Supportkosten ÷ Umsatz desselben Monats.",
  "report.note.contactsReceived":
    "Anrufe oder Chats, die im Monat eingingen, in der Zeitzone der Tabelle ({zone}).",
  "report.note.answerRate":
    "Angenommene Kontakte ÷ angebotene Kontakte (angenommen oder abgebrochen), die im Monat eingingen.",
  "report.note.abandonRate":
    "Vor der Annahme abgebrochene Kontakte ÷ angebotene Kontakte, die im Monat eingingen.",
  "report.note.asa":
    "Mittlere Wartezeit der angenommenen Kontakte, die im Monat eingingen (abgebrochene zählen nicht).",
  "report.note.aht":
    "Mittlere Gesprächs- oder Bearbeitungszeit der Kontakte, die im Monat eingingen und eine haben.",
  "report.note.contactResolution":
    "Als gelöst markierte angenommene Kontakte ÷ angenommene Kontakte mit Angabe gelöst oder nicht, eingegangen im Monat.",
  "report.note.reopenRate":
    "Im Monat gelöste Tickets, die mindestens einmal wiedereröffnet wurden ÷ solche mit bekannter Anzahl Wiedereröffnungen.",
  "report.note.repliesPerResolved":
    "Antworten (Kontakte) auf die im Monat gelösten Tickets ÷ diese Tickets, wo die Anzahl bekannt ist.",
  "report.note.waitTime":
    "Median der Zeit, die der Anfragende auf das Team wartete, über die im Monat gelösten Tickets (Wert aus dem Export).",
  "report.note.onHoldTime":
    "Median der Zeit im Status „Angehalten“ (Warten auf Dritte), über die im Monat gelösten Tickets (Wert aus dem Export).",
  "report.note.responseMean":
    "Jede Antwort im Monat: Zeit, ab der das Team an der Reihe war (erstellt, Antwort des Kunden, Wiedereröffnung), bis zur Antwort, gemittelt; {hours}.",
  "report.note.scheduleInvalid":
    "Die Geschäftszeiten „{schedule}“ können nicht verwendet werden ({message}); Zeiten sind daher in Kalenderstunden angegeben.",
  "report.note.badRatings":
    "{count, plural, one {# CSAT-Bewertung im Ticketprotokoll ist keine ganze Zahl von 1 bis {scale} und wurde} other {# CSAT-Bewertungen im Ticketprotokoll sind keine ganzen Zahlen von 1 bis {scale} und wurden}} nicht berücksichtigt.",

  "report.noData.beforeLog": "Das Ticketprotokoll beginnt erst mit {first}, also nach {month}.",
  "report.noData.noTickets": "Im Monat {month} wurden keine Tickets erstellt.",
  "report.noData.noFirstResponse":
    "Das Ticketprotokoll enthält keine Zeitpunkte der ersten Antwort: Wählen Sie in der Seitenleiste die Spalte „Erste Antwort“ aus.",
  "report.noData.noResolved":
    "Das Ticketprotokoll enthält keine Lösungszeitpunkte: Wählen Sie in der Seitenleiste die Spalte „Gelöst“ aus.",
  "report.noData.noContacts":
    "Das Ticketprotokoll enthält keine Anzahl an Kontakten pro Ticket: Wählen Sie in der Seitenleiste die Spalte „Kontakte bis zur Lösung“ aus.",
  "report.noData.noAnswered":
    "Das Protokoll hat keine Spalte „angenommen“ oder „abgebrochen“: Wählen Sie eine in der Seitenleiste.",
  "report.noData.noSpeedOfAnswer":
    "Das Protokoll hat keine Spalte für die Wartezeit bis zur Annahme: Wählen Sie eine in der Seitenleiste.",
  "report.noData.noHandleTime":
    "Das Protokoll hat keine Spalte für Gesprächs- oder Bearbeitungszeit: Wählen Sie eine in der Seitenleiste.",
  "report.noData.noResolvedFlag":
    "Das Protokoll hat keine Spalte „gelöst (ja/nein)“: Wählen Sie eine in der Seitenleiste.",
  "report.noData.contactsMonth": "Kein Kontakt, der im {month} einging, hat diese Angabe.",
  "report.noData.noReopens":
    "Das Protokoll hat keine Spalte für Wiedereröffnungen: Wählen Sie sie in der Seitenleiste.",
  "report.noData.noWaitTime":
    "Das Protokoll hat keine Spalte für die Wartezeit des Anfragenden: Wählen Sie sie in der Seitenleiste.",
  "report.noData.noOnHoldTime":
    "Das Protokoll hat keine Spalte für die Zeit im Status „Angehalten“: Wählen Sie sie in der Seitenleiste.",
  "report.noData.noResponses":
    "Nur ein Ereignisprotokoll mit Antwortereignissen liefert die Zeit jeder Antwort.",
  "report.noData.responsesMonth": "Keine Antwort im {month}.",
  "report.noData.frtMonth": "Kein im Monat {month} erstelltes Ticket hat eine erste Antwort.",
  "report.noData.resolvedMonth": "Im Monat {month} wurde kein Ticket gelöst.",
  "report.noData.fcrMonth":
    "Bei keinem im Monat {month} gelösten Ticket ist die Anzahl an Kontakten bekannt.",
  "report.noData.csatMonth": "Kein im Monat {month} gelöstes Ticket hat eine CSAT-Bewertung.",
  "report.noData.noCsat":
    "Weder das Ticketprotokoll (Spalte „CSAT-Bewertung“) noch ein Umfrageblatt (eine CSAT-Spalte) enthält CSAT-Bewertungen.",
  "report.noData.noSurveyTab":
    "Kein Umfrageblatt ausgewählt: Wählen Sie eines in der Seitenleiste unter „Weitere Tabellenblätter“ aus.",
  "report.noData.noSurveyColumn": "Das Umfrageblatt „{sheet}“ hat keine Spalte „{field}“.",
  "report.noData.surveyMonth":
    "Das Umfrageblatt „{sheet}“ enthält keine Antworten in der Spalte „{field}“ mit Datum im Monat {month}.",
  "report.noData.scale":
    "Die Antworten in „{field}“ reichen bis {max}; nur die Skalen 1–5 und 1–7 haben einen üblichen Schwellenwert.",
  "report.noData.noCustomersTab":
    "Kein Kunden- und Finanzblatt ausgewählt: Wählen Sie eines in der Seitenleiste unter „Weitere Tabellenblätter“ aus.",
  "report.noData.customersMonth": "Das Kundenblatt „{sheet}“ hat keine Zeile für {month}.",
  "report.noData.customersField": "Das Kundenblatt „{sheet}“ enthält für {month} keinen Wert für „{field}“.",
  "report.noData.noNewCustomers":
    "Im Monat {month} gab es keine Neukunden, daher gibt es keine Kosten pro Neukunde.",
  "report.noData.noChurn":
    "Im Monat {month} gingen keine Kunden verloren, daher lässt sich nicht schätzen, wie lange ein Kunde bleibt.",
  "report.noData.zeroRevenue": "Der Umsatz für {month} ist 0.",
  "report.noData.zeroStart": "Die Zahl der Kunden zu Beginn ist für {month} 0.",
  "report.noData.invalid": "Die Zahlen für {month} passen nicht zusammen: {message}",

  "report.survey.noDate":
    "Das Umfrageblatt „{sheet}“ hat keine Spalte für das Antwortdatum (eine Überschrift wie „Datum“ oder „Date“), daher lassen sich seine Antworten keinem Monat zuordnen.",
  "report.survey.noScores": "Das Umfrageblatt „{sheet}“ hat keine NPS-, CES- oder CSAT-Spalte.",
  "report.survey.empty": "Das Umfrageblatt „{sheet}“ enthält unter der Überschriftenzeile keine Antworten.",
  "report.customers.noMonth":
    "Das Kundenblatt „{sheet}“ hat keine Monatsspalte (ein Datum oder ein Text wie 2026-10 in jeder Zeile).",
  "report.customers.noFigures":
    "Das Kundenblatt „{sheet}“ hat keine der Spalten Kunden zu Beginn, am Ende, neu, verloren, Umsatz, Supportkosten, Vertriebs- und Marketingkosten.",
  "report.customers.empty": "Das Kundenblatt „{sheet}“ enthält unter der Überschriftenzeile keine Monate.",
  "report.row.score":
    "Zeile {row}: {field} enthält {value}, keine ganze Zahl von {min} bis {max} ({effect}).",
  "report.row.month":
    "Zeile {row}: {field} enthält {value}, keinen Monat, also weder ein Datum noch einen Text wie 2026-10 ({effect}).",
  "report.row.repeatMonth": "Zeile {row}: Der Monat {month} steht bereits in Zeile {first} ({effect}).",

  // report.volume. report.backlog. (ticket volume tracker on the report tab)
  "report.volume.title": "Ticketvolumen",
  "report.volume.note.counting":
    "Tickets werden am Tag bzw. im Monat ihres Erstellungszeitpunkts gezählt, in der Zeitzone der Tabelle ({zone}).",
  "report.volume.categoryDaily.title": "Tickets pro Tag nach Kategorie, {month}",
  "report.volume.categoryMonthly.title": "Tickets pro Monat nach Kategorie, {first} bis {last}",
  "report.volume.channelDaily.title": "Tickets pro Tag nach Kanal, {month}",
  "report.volume.channelMonthly.title": "Tickets pro Monat nach Kanal, {first} bis {last}",
  "report.volume.createdResolved.title": "Erstellt, gelöst und Backlog pro Monat, {first} bis {last}",
  "report.volume.createdResolved.note":
    "Erstellt und gelöst: Tickets, deren Erstellungs- bzw. Lösungszeitpunkt im Monat liegt. Backlog: vor dem Monatsende " +
    "erstellte und bis dahin nicht gelöste Tickets; ein Monat endet um 00:00 Uhr am 1. des Folgemonats.",
  "report.volume.header.day": "Tag",
  "report.volume.header.month": "Monat",
  "report.volume.header.total": "Gesamt",
  "report.volume.header.created": "Erstellt",
  "report.volume.header.resolved": "Gelöst",
  "report.volume.header.backlog": "Backlog am Monatsende",
  "report.volume.total": "Gesamt",
  "report.volume.allTickets": "Alle Tickets",
  "report.volume.other": "Sonstige",
  "report.volume.blankCategory": "(keine Kategorie)",
  "report.volume.blankChannel": "(kein Kanal)",
  "report.volume.axis.day": "Tag",
  "report.volume.axis.month": "Monat",
  "report.volume.axis.tickets": "Tickets",
  "report.volume.noCategory":
    "Keine Kategorie im Ticketprotokoll für diese Monate: Das Ticketvolumen wird als eine Datenreihe angezeigt.",
  "report.volume.noChannel":
    "Kein Kanal im Ticketprotokoll für diese Monate: Das Ticketvolumen nach Kanal wird nicht angezeigt.",
  "report.volume.cappedCategories":
    "{count} Kategorien: Die {shown} größten werden angezeigt, {rest, plural, one {die übrige ist unter „Sonstige“ erfasst} other {die übrigen # sind unter „Sonstige“ zusammengefasst}}.",
  "report.volume.cappedChannels":
    "{count} Kanäle: Die {shown} größten werden angezeigt, {rest, plural, one {der übrige ist unter „Sonstige“ erfasst} other {die übrigen # sind unter „Sonstige“ zusammengefasst}}.",
  "report.backlog.title": "Alter des Backlogs Ende {month}",
  "report.backlog.note":
    "Alter jedes um 00:00 Uhr am {next} noch offenen Tickets, in ganzen Tagen zu 24 Stunden seit der Erstellung: " +
    "0–2 Tage = unter 3 Tage; 3–7 = 3 bis unter 8 Tage; 8–30 = 8 bis unter 31 Tage; über 30 = 31 Tage oder mehr.",
  "report.backlog.header.age": "Alter",
  "report.backlog.header.tickets": "Tickets",
  "report.backlog.header.share": "Anteil",
  "report.backlog.bucket.0to2": "0–2 Tage",
  "report.backlog.bucket.3to7": "3–7 Tage",
  "report.backlog.bucket.8to30": "8–30 Tage",
  "report.backlog.bucket.over30": "Über 30 Tage",
  "report.backlog.total": "Backlog am Monatsende",

  // report.agents. (the agents section of the report tab)
  "report.agents.title": "Agenten, {month}",
  "report.staffing.title": "Nächster Monat: Tickets und benötigte Agenten",
  "report.staffing.forecast": "Ticketprognose für {month}",
  "report.staffing.interval": "80-%-Intervall",
  "report.staffing.how":
    "{method}, gewählt nach dem kleinsten Fehler bei der Prognose der letzten 12 von {months} Monaten aus den Monaten davor",
  "report.staffing.howNoSeason":
    "{method} ohne Jahressaison: {months} Monate mit Tickets, eine Saison braucht 13",
  "report.staffing.method.seasonal_naive": "Saisonal naiv (gleicher Monat im Vorjahr)",
  "report.staffing.method.seasonal_average": "Saisonaler Mittelwert (gleicher Monat über bis zu 3 Jahre)",
  "report.staffing.method.holt_winters": "Holt-Winters (Niveau, Trend und Saison)",
  "report.staffing.noForecast":
    "Keine Prognose: das Protokoll hat Tickets aus {months, plural, one {# Monat} other {# Monaten}}; eine Prognose braucht mindestens 2.",
  "report.staffing.busiest": "Stärkste Stunde: erwartete Tickets",
  "report.staffing.forecastContacts": "Kontaktprognose für {month}",
  "report.staffing.busiestContacts": "Stärkste Stunde: erwartete Kontakte",
  "report.staffing.note":
    "Benötigte Agenten je Stunde: Erlang C auf die Tickets, die an diesem Wochentag in dieser Stunde erstellt wurden, gemittelt über die letzten {weeks} Wochen; {handle} Min. Arbeit je Ticket, {level} % innerhalb von {within} s angenommen, Agenten höchstens {occupancy} % der Zeit ausgelastet.",
  "report.staffing.handleFromLog":
    "Bearbeitungszeit: {handle} Min. je Kontakt, die mittlere Gesprächs- oder Bearbeitungszeit von {count, plural, one {# Kontakt} other {# Kontakten}} im Protokoll im {month} (statt der eingestellten Bearbeitungszeit).",
  "report.staffing.hour": "Stunde",
  "report.staffing.shrinkage":
    "Einzuplanende Agenten: benötigte Agenten ÷ (1 − {shrinkage} % Ausfallquote), aufgerundet.",
  "report.agents.note":
    "Bearbeitete Tickets: dem Agenten zugewiesene und im Monat {month} gelöste Tickets. Lösungszeit, FCR und CSAT werden " +
    "an diesen Tickets gemessen, die erste Antwort an den im Monat {month} erstellten Tickets des Agenten, die eine haben. " +
    "Eine leere Zelle bedeutet: keine Daten. {hours}",
  "report.agents.hours.calendar": "Zeiten in Kalenderstunden.",
  "report.agents.hours.business": "Zeiten in Geschäftsstunden ({schedule}).",
  "report.agents.header.agent": "Agent",
  "report.agents.header.handled": "Bearbeitete Tickets",
  "report.agents.header.fcr": "FCR",
  "report.agents.header.csat": "CSAT",
  "report.agents.header.csatN": "CSAT-Antworten",
  "report.agents.header.contactsHandled": "Bearbeitete Kontakte",
  "report.agents.header.aht": "Durchschn. Bearbeitungszeit",
  "report.agents.header.contactResolution": "Lösungsquote",
  "report.agents.noteContacts":
    "Bearbeitete Kontakte: dem Mitarbeiter zugewiesene Anrufe oder Chats, die im {month} eingingen. Die Bearbeitungszeit ist ihre mittlere Gesprächs- oder Bearbeitungszeit; Lösungsquote und CSAT werden an diesen Kontakten gemessen. Eine leere Zelle heißt: keine Daten.",
  "report.agents.all": "Alle Agenten",
  "report.agents.unassigned": "(nicht zugewiesen)",
  "report.agents.noAgent":
    "Kein Agent im Ticketprotokoll für {month}: Der Bereich „Agenten“ wird nicht angezeigt.",
  "report.agents.capped":
    "{count} Agenten: Die {shown} mit den meisten bearbeiteten Tickets werden aufgeführt; „Alle Agenten“ zählt jedes Ticket.",

  // server. (errors the sidebar shows from the server)
  "server.error.noSheet":
    "Es gibt kein Tabellenblatt namens „{sheet}“. Wählen Sie das Tabellenblatt mit Ihren Tickets erneut aus.",
  "server.error.noOtherTab":
    "Es gibt kein Tabellenblatt namens „{sheet}“. Wählen Sie das Umfrage- und das Kundenblatt unter „Weitere Tabellenblätter“ erneut aus.",
  "server.error.noReportTab":
    "Es gibt kein Tabellenblatt namens „{sheet}“ mehr. Erstellen Sie den Bericht erneut, um es anzulegen.",
  "server.error.ownSheet":
    "„{sheet}“ ist ein von Support KPIs erstelltes Tabellenblatt. Wählen Sie stattdessen das Tabellenblatt mit Ihren eigenen Daten aus.",
  "server.error.month": "„{month}“ ist kein Monat. Wählen Sie einen Monat wie 2026-10.",
  "server.error.busy":
    "In dieser Tabelle wird gerade ein anderer Bericht erstellt. Warten Sie, bis er fertig ist, und starten Sie die Erstellung dann erneut.",
  "server.note.cut":
    "Text, der länger ist, als eine Zelle in Google Tabellen fasst ({max} Zeichen), wurde gekürzt und endet mit \u201e\u2026\u201c: {cells}.",
};

export const sidebarDe: Translation<typeof sidebarEn> = {
  // sidebar.
  "sidebar.loading": "Tabelle wird gelesen…",
  "sidebar.retry": "Erneut versuchen",
  "sidebar.section.log": "Ticketprotokoll",
  "sidebar.log.tab": "Tabellenblatt mit Ihren Tickets",
  "sidebar.log.choose": "Tabellenblatt auswählen…",
  "sidebar.log.detecting": "Tabellenblatt wird gelesen…",
  "sidebar.log.rows": "Zeilen unter der Überschrift: {rows}",
  "sidebar.log.layout.tickets": "Aufbau: eine Zeile pro Ticket.",
  "sidebar.log.layout.contacts": "Aufbau: Anruf- oder Chatprotokoll, eine Zeile pro Kontakt.",
  "sidebar.log.layout.events":
    "Aufbau: Ereignisprotokoll, eine Zeile pro Statusänderung. Die Zeilen jedes Tickets werden zu einem Ticket zusammengefasst.",
  "sidebar.log.warnings": "Vor dem Erstellen prüfen",
  "sidebar.noLog.title": "Kein Ticketprotokoll gefunden",
  "sidebar.noLog.help":
    "Legen Sie Ihre Tickets auf einem Tabellenblatt an, dessen erste Zeile die Spaltenüberschriften enthält, mit mindestens einer Spalte " +
    "für das Erstellungsdatum jedes Tickets (zum Beispiel „Erstellt am“). Verwenden Sie eine Zeile pro Ticket oder eine Zeile pro " +
    "Statusänderung. Wählen Sie dann oben dieses Tabellenblatt aus, oder probieren Sie es mit „Beispieldaten einfügen“ im Add-on-Menü aus.",
  "sidebar.section.activities": "Aktivitäten",
  "sidebar.activities.help":
    "Ereignisprotokoll: was jede Aktivität für ein Ticket bedeutet. Ändern Sie, was falsch ist; der nächste Bericht verwendet es.",
  "sidebar.activity.label": "{activity} ({events, plural, one {# Ereignis} other {# Ereignisse}})",
  "sidebar.activities.more":
    "{count, plural, one {# weitere Aktivität behält} other {# weitere Aktivitäten behalten}} die Bedeutung aus ihren Wörtern.",
  "sidebar.meaning.created": "Erstellt",
  "sidebar.meaning.assigned": "Zugewiesen oder eingestuft",
  "sidebar.meaning.response": "Antwort",
  "sidebar.meaning.waiting": "Wartet auf Kunden",
  "sidebar.meaning.resolved": "Gelöst",
  "sidebar.meaning.reopened": "Wiedereröffnet",
  "sidebar.meaning.closed": "Geschlossen",
  "sidebar.meaning.other": "Sonstiges",
  "sidebar.columns.help":
    "Aus den Überschriften erkannt. Prüfen Sie die Zuordnung und korrigieren Sie, was nicht stimmt.",
  "sidebar.column.notMapped": "Nicht zugeordnet",
  "sidebar.column.required": "{field} (erforderlich)",
  "sidebar.month": "Monat",
  "sidebar.month.inProgress": "{month} (laufend)",
  "sidebar.average": "Durchschnitt für Antwort- und Lösungszeiten",
  "sidebar.average.median": "Median (das typische Ticket)",
  "sidebar.average.mean": "Mittelwert (arithmetisches Mittel)",
  "sidebar.targets.help": "Optional. Lassen Sie ein Feld leer, wenn es kein Ziel gibt.",
  "sidebar.unit.hours": "h",
  "sidebar.unit.percent": "%",
  "sidebar.unit.points": "Pkt.",
  "sidebar.unit.tickets": "Tickets",
  "sidebar.unit.minutes": "Min.",
  "sidebar.unit.seconds": "s",
  "sidebar.section.staffing": "Personalbedarf im nächsten Monat",
  "sidebar.staffing.help":
    "Für die benötigten Agenten je Stunde im Block „Nächster Monat“ des Berichts. Die Ausfallquote ist der Anteil bezahlter Zeit außerhalb der Warteschlange (Pausen, Besprechungen, Abwesenheit).",
  "sidebar.staffing.summary": "{handle} Min. je Ticket, {level} % innerhalb von {within} s angenommen",
  "sidebar.columns.summary": "Erkannte Spalten: {fields}",
  "sidebar.columns.edit": "Ändern",
  "sidebar.columns.separator": ", ",
  "sidebar.columns.none": "noch keine",
  "sidebar.columns.dateText":
    "„{header}“ ({field}) enthält als Text geschriebene Daten wie {example}, die der Bericht nicht als Datum liest. So werden daraus Daten: Spalte markieren, Format > Zahl > Datum und Uhrzeit wählen, dann Daten > Text in Spalten aufteilen. Oder schreiben Sie das Jahr zuerst (2026-03-05 14:30).",
  "sidebar.month.finding": "Monate werden gesucht…",
  "sidebar.section.hours": "Stunden und SLA",
  "sidebar.schedule.help":
    "Leer lassen, um in Kalenderstunden zu zählen. Die Tage werden auf Englisch geschrieben: Mon, Tue, … Sun.",
  "sidebar.slaHours.help": "In Geschäftsstunden, wenn Geschäftszeiten festgelegt sind.",
  "sidebar.section.tabs": "Weitere Tabellenblätter (optional)",
  "sidebar.survey": "Umfrageantworten",
  "sidebar.customers": "Kunden und Finanzen",
  "sidebar.tab.none": "Keines",
  "sidebar.build": "Bericht erstellen",
  "sidebar.step.save": "Einstellungen werden gespeichert",
  "sidebar.step.build": "Bericht für {month} wird erstellt",
  "sidebar.step.running": "Läuft",
  "sidebar.step.done": "Fertig",
  "sidebar.step.failed": "Fehlgeschlagen",
  "sidebar.result.title": "Bericht fertig",
  "sidebar.result.tab": "Tabellenblatt: {sheet}",
  "sidebar.result.contactCounts": "Gelesene Kontakte: {read}. Eingegangen im Monat {month}: {inMonth}.",
  "sidebar.result.counts": "Gelesene Tickets: {read}. Erstellt im Monat {month}: {inMonth}.",
  "sidebar.result.notes": "Hinweise",
  "sidebar.result.open": "Berichtsblatt öffnen",
  "sidebar.error.title": "Etwas ist schiefgelaufen",
  "sidebar.error.unknown":
    "Das Add-on wurde ohne Angabe von Gründen beendet. Versuchen Sie es erneut; wenn das wieder passiert, laden Sie die Tabelle neu.",
  "sidebar.error.noHost":
    "Die Seitenleiste erreicht die Tabelle nicht: Öffnen Sie sie in Google Tabellen über Erweiterungen → Support KPIs.",
  "sidebar.error.timeoutBuild":
    "Die Erstellung hat zu lange gedauert: keine Antwort nach {minutes, plural, one {# Minute} other {# Minuten}}, und Apps Script bricht eine Ausführung nach 6 Minuten ab. " +
    "Versuchen Sie es erneut; wenn das weiterhin passiert, verschieben Sie ältere Zeilen des Ticketprotokolls in ein anderes Tabellenblatt.",
  "sidebar.error.timeoutCall":
    "Die Tabelle hat nicht innerhalb von {minutes, plural, one {# Minute} other {# Minuten}} geantwortet. Versuchen Sie es erneut.",
  "sidebar.invalid.title": "Bitte vor dem Erstellen prüfen",
  "sidebar.invalid.created":
    "Spalten: Wählen Sie die Spalte „Erstellt“ aus; der Bericht zählt Tickets nach ihrem Erstellungsdatum.",
  "sidebar.invalid.noMonth":
    "Monat: Die Spalte „Erstellt“ enthält keine Datumswerte, daher gibt es keinen Monat für den Bericht.",
};
