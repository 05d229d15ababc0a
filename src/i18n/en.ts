/**
 * English messages: the one message table, in parts by who says them, so that each bundle
 * carries only its own words (esbuild keeps just the parts a bundle's code looks up):
 * - `sharedEn`: said by both the report engine and the sidebar;
 * - `menuEn`: the menu captions, the only words dist/Code.js says (custom functions' errors are
 *   built by the functions themselves);
 * - `serverEn`: the report engine (dist/ReportEngine.html): the report tabs, sample data, the
 *   server's errors and help;
 * - `sidebarEn`: the sidebar (dist/Sidebar.html).
 * Sections keep each part of the product together; keys are namespaced by part (`menu.`, `sidebar.`,
 * `report.`, `kpi.`, `definitions.`, …) so they never collide; a test checks no key is in two parts.
 */

/**
 * Keys a translation leaves as they are: formulas typed into cells (their function names and `;`
 * separators work in every locale), the schedule syntax the parser reads, and the add-on's name.
 */
type Untranslated = `definitions.${string}.function` | "app.name" | "sidebar.schedule.placeholder";

/**
 * One part of another language's table (see sv.ts, de.ts, …): every key of the English part but
 * the untranslated ones, so the compiler names any key a translation misses.
 */
export type Translation<Part> = { readonly [K in Exclude<keyof Part, Untranslated>]: string };

/** Both sides: the app's name, the ticket-log field labels (sidebar and report), the no-tab error. */
export const sharedEn = {
  "app.name": "Support KPIs",
  "sidebar.field.id": "Ticket ID",
  "sidebar.field.created": "Created",
  "sidebar.field.firstResponse": "First response",
  "sidebar.field.resolved": "Resolved",
  "sidebar.field.status": "Status",
  "sidebar.field.category": "Category",
  "sidebar.field.channel": "Channel",
  "sidebar.field.agent": "Agent",
  "sidebar.field.priority": "Priority",
  "sidebar.field.csat": "CSAT rating",
  "sidebar.field.csatAt": "Rating date",
  "sidebar.field.contacts": "Contacts to resolve",
  "sidebar.field.firstResponseTime": "First response time (duration)",
  "sidebar.field.resolutionTime": "Resolution time (duration)",
  "sidebar.field.reopens": "Reopens",
  "sidebar.field.waitTime": "Requester wait time",
  "sidebar.field.onHoldTime": "On-hold time",
  "sidebar.field.timeOfDay": "Time of day",
  "sidebar.field.answered": "Answered (yes/no)",
  "sidebar.field.abandoned": "Abandoned (yes/no)",
  "sidebar.field.speedOfAnswer": "Speed of answer",
  "sidebar.field.handleTime": "Handle time",
  "sidebar.field.resolvedFlag": "Resolved (yes/no)",
  "sidebar.invalid.noTab": "Choose the tab with your tickets.",
  "sidebar.invalid.number": "{field}: {value} is not a number.",
  "sidebar.invalid.range": "{field}: enter a number from {min} to {max}.",
  "sidebar.invalid.atLeast": "{field}: enter a number of at least {min}.",
  "sidebar.invalid.atMost": "{field}: enter a number of at most {max}.",
  "sidebar.invalid.positive": "{field}: enter a number greater than 0.",
  "sidebar.invalid.whole": "{field}: enter a whole number.",
  "sidebar.invalid.between": "{field}: enter a number more than {min} and less than {max}.",
  "sidebar.staffing.handle": "Handle time per ticket",
  "sidebar.staffing.level": "Service level target",
  "sidebar.staffing.within": "Answered within",
  "sidebar.staffing.occupancy": "Max occupancy",
  "sidebar.staffing.shrinkage": "Shrinkage",
  "sidebar.invalid.schedule":
    "Business hours: {detail} Write the days in English and the times on a 24-hour clock.",
  "sidebar.target.frt": "First response time",
  "sidebar.target.resolution": "Resolution time",
  "sidebar.target.sla": "SLA met",
  "sidebar.target.csat": "CSAT",
  "sidebar.target.fcr": "First contact resolution",
  "sidebar.target.nps": "NPS",
  "sidebar.target.backlog": "Backlog at month end",
  "sidebar.slaHours": "SLA: resolve within",
  "sidebar.schedule": "Business hours",
  "sidebar.section.targets": "Targets",
};

/**
 * The menu's captions. Code.js builds the menu in `onOpen`, possibly in AuthMode.NONE, where it can
 * read nothing else; so these few words live in Code.js and the rest in the report engine.
 */
export const menuEn = {
  "menu.build": "Build monthly report…",
  "menu.sample": "Insert sample data",
  "menu.definitions": "Metric definitions",
  "menu.help": "Help",
};

/** The report engine's side: the report tabs (with definitions and sample data), server errors, help. */
export const serverEn = {
  // help. (the menu's Help item)
  "help.text":
    'Support KPIs adds custom functions such as =NPS(B2:B), =CSAT(C2:C) and =FRT(A2:A; B2:B; "median"), ' +
    "and builds a monthly report tab from your ticket log. Open Build monthly report… to start.",

  // kpi. (names shown in the report's tracker and the definitions tab)
  "kpi.created": "Tickets created",
  "kpi.resolved": "Tickets resolved",
  "kpi.backlog": "Backlog at month end",
  "kpi.frtMedian": "First response time, median",
  "kpi.frtMean": "First response time, mean",
  "kpi.resolutionMedian": "Resolution time, median",
  "kpi.resolutionMean": "Resolution time, mean",
  "kpi.resolutionLongest": "Longest resolution time",
  "kpi.fcr": "First contact resolution",
  "kpi.sla": "SLA compliance",
  "kpi.csat": "CSAT",
  "kpi.nps": "NPS",
  "kpi.ces": "CES",
  "kpi.crr": "Customer retention rate",
  "kpi.churn": "Churn rate",
  "kpi.cac": "Customer acquisition cost",
  "kpi.clv": "Customer lifetime value",
  "kpi.costPerTicket": "Cost per ticket",
  "kpi.supportCostRatio": "Support cost as % of revenue",
  "kpi.contactsReceived": "Contacts received",
  "kpi.answerRate": "Answer rate",
  "kpi.abandonRate": "Abandon rate",
  "kpi.asa": "Average speed of answer (ASA)",
  "kpi.aht": "Average handle time (AHT)",
  "kpi.contactResolution": "Resolution rate (answered contacts)",
  "kpi.reopenRate": "Reopen rate",
  "kpi.repliesPerResolved": "Replies per resolved ticket",
  "kpi.waitTime": "Requester wait time, median",
  "kpi.onHoldTime": "On-hold time, median",
  "kpi.responseMean": "Response time, mean over all replies",

  // input. (reading the source tabs: column detection, ticket-log problems)
  "input.field.survey.date": "Response date",
  "input.field.survey.nps": "NPS score (0–10)",
  "input.field.survey.ces": "CES score",
  "input.field.survey.csat": "CSAT score",
  "input.field.customers.month": "Month",
  "input.field.customers.customersStart": "Customers at start",
  "input.field.customers.customersEnd": "Customers at end",
  "input.field.customers.newCustomers": "New customers",
  "input.field.customers.lostCustomers": "Lost customers",
  "input.field.customers.revenue": "Revenue",
  "input.field.customers.supportCost": "Support cost",
  "input.field.customers.salesMarketing": "Sales and marketing spend",
  "input.kind.time": "date-times",
  "input.kind.number": "numbers",
  "input.kind.duration": "durations",
  "input.kind.text": "text",
  "input.kind.boolean": "true/false values",
  "input.kind.flag": "yes/no values",
  "input.kind.clock": "times of day",
  "input.kind.any": "values",
  "input.columns.noCreated":
    'No column looks like the time each ticket was created (a header such as "Created" or "Opened"); choose it in Columns.',
  "input.columns.ambiguous":
    'Both "{first}" and "{second}" look like the {field} column; "{first}" is used. Change it in Columns if that is wrong.',
  "input.columns.wrongKind":
    '"{header}" looks like the {field} column but holds {holds}, not {expected}, so it is not used.',
  "input.columns.missing":
    'The column "{header}" chosen for {field} is no longer in the tab; choose it again.',
  "input.columns.duplicate":
    'Two columns are headed "{header}"; the first one (column {column}) is used for {field}.',
  "input.effect.rowSkipped": "the row is skipped",
  "input.effect.eventSkipped": "the event is skipped",
  "input.effect.cellIgnored": "the cell is ignored",
  "input.row.timeText":
    "Row {row}: {field} is the text {value}, not a date-time ({effect}). Format the column as Format > Number > Date time. Text is read only when written year first (2026-03-05 14:30): 05/03/2026 could be March or May.",
  "input.row.timeNumber":
    "Row {row}: {field} is the number {value}, not a date-time ({effect}). Format the column as Format > Number > Date time.",
  "input.row.timeOther": "Row {row}: {field} holds {value}, not a date-time ({effect}).",
  "input.row.blank": "Row {row}: {field} is blank ({effect}).",
  "input.row.beforeCreated": "Row {row}: {field} {value} is before the ticket was created ({effect}).",
  "input.row.notNumber": "Row {row}: {field} holds {value}, not a number of 0 or more ({effect}).",
  "input.row.notFlag":
    "Row {row}: {field} holds {value}, not yes or no (Y/N, Yes/No, 1/0, TRUE/FALSE); the cell is ignored.",
  "input.row.more": "{count, plural, one {# row} other {# rows}} like this, e.g. rows {rows}.",
  "input.rows.blank":
    "{count, plural, one {# blank row between the data rows was} other {# blank rows between the data rows were}} skipped.",
  "input.rows.skipped":
    "{skipped, plural, one {# of {rows} rows was} other {# of {rows} rows were}} not read; the problems above say why.",
  "input.duration.noUnit":
    'Row {row}: {field} "{header}" holds the number {value}, but its header names no unit, so it is not read. Rename the header to say it, e.g. "{header} (minutes)" or "(hours)", or write the cells as H:MM:SS.',
  "input.duration.invalid":
    "Row {row}: {field} holds {value}, not a duration (a number in the header's unit, or H:MM:SS); the cell is ignored.",
  "input.duration.derived":
    '{field} of {count, plural, one {# ticket} other {# tickets}} is {created} + "{header}": the export gives how long it took, not when.',
  "input.rows.duplicateIds":
    "Rows that repeat an earlier ticket ID: {count} (e.g. {id} on rows {first} and {second}); each row is counted as its own ticket.",
  "input.log.empty": "The tab {sheet} has no data rows below its header row.",
  "input.log.noCreated":
    "Choose the column that holds when each ticket was created: the report places tickets in months by it.",
  "input.log.monthsBy":
    "The log has no {created} column: tickets are placed in months by {field}, and the KPIs that need the created time are left out. Choose {created} in the sidebar to add them.",
  "input.log.noId":
    "Choose the ticket ID column: in a log with one row per status change it tells which rows belong to one ticket.",
  "input.events.lifecycle":
    '{count, plural, one {# event whose {column} is not "complete" (a start or schedule) is} other {# events whose {column} is not "complete" (a start or schedule) are}} left out: times are those of completed activities.',
  "input.log.eventsWithoutStatus":
    "Ticket IDs repeat (e.g. {id} on rows {first} and {second}), so the tab looks like a log with one row per status change, " +
    "but no Status column is chosen. Choose the Status column, or lay the data out as one row per ticket with the columns " +
    "Ticket ID, Created, First response, Resolved, Status, Category, Channel, Agent.",

  // sample.
  "sample.tickets": "Tickets",
  "sample.survey": "Survey",
  "sample.customers": "Customers",
  // The sample tabs' contents: header rows, then the values of the text columns.
  "sample.header.id": "Ticket ID",
  "sample.header.created": "Created",
  "sample.header.firstResponse": "First response",
  "sample.header.resolved": "Resolved",
  "sample.header.status": "Status",
  "sample.header.category": "Category",
  "sample.header.channel": "Channel",
  "sample.header.agent": "Agent",
  "sample.header.priority": "Priority",
  "sample.header.contacts": "Contacts",
  "sample.header.date": "Date",
  "sample.header.month": "Month",
  "sample.header.customersStart": "Customers at start",
  "sample.header.customersEnd": "Customers at end",
  "sample.header.newCustomers": "New customers",
  "sample.header.lostCustomers": "Lost customers",
  "sample.header.revenue": "Revenue",
  "sample.header.supportCost": "Support cost",
  "sample.header.salesMarketing": "Sales & marketing spend",
  "sample.category.sales": "Sales",
  "sample.category.technical": "Technical",
  "sample.category.cancellation": "Cancellation",
  "sample.category.returns": "Returns",
  "sample.category.shipping": "Shipping",
  "sample.category.productAvailability": "Product availability",
  "sample.channel.email": "Email",
  "sample.channel.chat": "Chat",
  "sample.channel.phone": "Phone",
  "sample.channel.social": "Social",
  "sample.priority.low": "Low",
  "sample.priority.normal": "Normal",
  "sample.priority.high": "High",
  "sample.priority.urgent": "Urgent",
  "sample.status.closed": "Closed",
  "sample.status.pending": "Pending",
  "sample.status.open": "Open",

  // definitions. (the definitions and calculator tab)
  "definitions.sheetName": "KPI definitions",
  "definitions.title": "Support KPIs: definitions and calculator",
  "definitions.intro":
    "What each KPI of the report measures and how this add-on computes it. Try a calculator: type in its yellow cells.",
  "definitions.label.what": "What it measures",
  "definitions.label.formula": "Formula",
  "definitions.label.convention": "Convention used here",
  "definitions.label.customFunction": "Custom function",
  "definitions.calculator": "Calculator",
  "definitions.noCalculator": "A count straight from the ticket log: no calculator needed.",
  "definitions.hours.calendar": "Durations are in calendar hours: every hour of the day and week counts.",
  "definitions.hours.business":
    "Durations are in business hours of the schedule {schedule}, in the spreadsheet's time zone.",

  "definitions.calc.openAtStart": "Open at the start of the month",
  "definitions.calc.createdInMonth": "Created in the month",
  "definitions.calc.resolvedInMonth": "Resolved in the month",
  "definitions.calc.firstResponseHours": "Ticket {n}: hours to first response",
  "definitions.calc.resolutionHours": "Ticket {n}: hours to resolution",
  "definitions.calc.targetHours": "SLA target, hours",
  "definitions.calc.ticketsResolved": "Tickets resolved",
  "definitions.calc.resolvedInOneContact": "Of which resolved in 1 contact",
  "definitions.calc.rating": "Responses rating {rating}",
  "definitions.calc.ratingSatisfied": "Responses rating {rating} (satisfied)",
  "definitions.calc.ratingAgree": "Responses rating {rating} (agree)",
  "definitions.calc.promoters": "Promoters (scored 9–10)",
  "definitions.calc.passives": "Passives (scored 7–8)",
  "definitions.calc.detractors": "Detractors (scored 0–6)",
  "definitions.calc.customersStart": "Customers at the start (S)",
  "definitions.calc.customersEnd": "Customers at the end, new included (E)",
  "definitions.calc.newCustomers": "New customers (N)",
  "definitions.calc.customersLost": "Customers lost = S − (E − N)",
  "definitions.calc.netCustomerLoss": "Net customer loss = (S − E) ÷ S",
  "definitions.calc.salesMarketingSpend": "Sales and marketing spend",
  "definitions.calc.customersWon": "New customers won",
  "definitions.calc.annualRevenuePerCustomer": "Revenue per customer per year",
  "definitions.calc.relationshipYears": "Years a customer stays",
  "definitions.calc.acquisitionCost": "Acquisition cost per customer (CAC)",
  "definitions.calc.supportCost": "Support cost",
  "definitions.calc.tickets": "Tickets handled",
  "definitions.calc.revenue": "Revenue",
  "definitions.calc.contactsOffered": "Contacts offered (answered or abandoned)",
  "definitions.calc.contactsAnswered": "Of which answered",
  "definitions.calc.contactsResolved": "Of the answered, resolved",
  "definitions.calc.answerSeconds": "Call {n}: seconds to answer",
  "definitions.calc.talkSeconds": "Call {n}: handle time, seconds",
  "definitions.calc.ticketsReopened": "Of which reopened at least once",
  "definitions.calc.replies": "Replies (contacts) on them",
  "definitions.calc.waitHours": "Ticket {n}: hours the requester waited",
  "definitions.calc.holdHours": "Ticket {n}: hours on hold",
  "definitions.calc.replyHours": "Reply {n}: hours since the team's turn began",

  "definitions.created.what":
    "How many tickets customers opened in the month: the demand on your team. A spike points to a release, " +
    "an outage or a seasonal peak; the trend tells you how many agents you need.",
  "definitions.created.formula": "Count of tickets whose created time falls in the month",
  "definitions.created.convention":
    "A ticket belongs to the month of its created time, in the spreadsheet's time zone. Rows without a created time are not counted.",
  "definitions.created.function": '=TICKET_VOLUME({created}; "month")',

  "definitions.resolved.what":
    "How many tickets the team resolved in the month, whenever they were opened. " +
    "Resolving fewer tickets than were created makes the backlog grow.",
  "definitions.resolved.formula": "Count of tickets whose resolved time falls in the month",
  "definitions.resolved.convention":
    "A ticket is resolved when it has a resolved time. It belongs to the month of that time, in the spreadsheet's time zone, " +
    "whenever it was created.",
  "definitions.resolved.function": '=TICKET_VOLUME({resolved}; "month")',

  "definitions.backlog.what":
    "Tickets still open when the month ends: work carried into the next month. A growing backlog means customers " +
    "wait longer, even while this month's response times look fine.",
  "definitions.backlog.formula":
    "Tickets created by the month's end and not resolved by then = open at the start + created − resolved",
  "definitions.backlog.convention":
    "The month ends at 00:00 on the 1st of the next month, in the spreadsheet's time zone. A ticket is in the backlog " +
    "when it was created before that instant and not resolved before it (one resolved at 00:00 exactly still counts), " +
    "as everywhere in the report: so the backlog equals last month's + created − resolved, exactly.",
  "definitions.backlog.function": "=BACKLOG({created}; {resolved}; DATE(2026; 11; 1))",

  "definitions.frtMedian.what":
    "How long the typical customer waits for the first reply from your team. Half the tickets got a reply sooner, " +
    "half later, so a few very slow tickets do not hide how most customers were served.",
  "definitions.frtMedian.formula": "Median of (first response − created), in hours",
  "definitions.frtMedian.convention":
    "Tickets created in the month that have a first response. The median is the middle value, or the mean of the two " +
    "middle values, as Sheets' MEDIAN. {hours}",
  "definitions.frtMedian.function": '=FRT({created}; {firstResponse}; "median"{unitScheduleArg})',

  "definitions.frtMean.what":
    "The average wait for the first reply. Unlike the median it grows with every slow ticket, so a mean far above " +
    "the median means some customers waited much longer than most.",
  "definitions.frtMean.formula": "Mean of (first response − created), in hours = total wait ÷ tickets",
  "definitions.frtMean.convention":
    "Tickets created in the month that have a first response; the arithmetic mean, as Sheets' AVERAGE. {hours}",
  "definitions.frtMean.function": '=FRT({created}; {firstResponse}; "mean"{unitScheduleArg})',

  "definitions.resolutionMedian.what":
    "How long the typical ticket takes from being opened to being resolved: what most customers live through, end to end.",
  "definitions.resolutionMedian.formula": "Median of (resolved − created), in hours",
  "definitions.resolutionMedian.convention":
    "Tickets resolved in the month. The median is the middle value, or the mean of the two middle values, as Sheets' MEDIAN. {hours}",
  "definitions.resolutionMedian.function":
    '=RESOLUTION_TIME({created}; {resolved}; "median"{unitScheduleArg})',

  "definitions.resolutionMean.what":
    "The average time from opening to resolution. Long-running tickets pull it up: compare it with the median to see how much.",
  "definitions.resolutionMean.formula": "Mean of (resolved − created), in hours = total time ÷ tickets",
  "definitions.resolutionMean.convention":
    "Tickets resolved in the month; the arithmetic mean, as Sheets' AVERAGE. {hours}",
  "definitions.resolutionMean.function": '=RESOLUTION_TIME({created}; {resolved}; "mean"{unitScheduleArg})',

  "definitions.resolutionLongest.what":
    "The slowest ticket resolved in the month: the worst wait a customer had. Worth opening that ticket to learn what went wrong.",
  "definitions.resolutionLongest.formula": "Maximum of (resolved − created), in hours",
  "definitions.resolutionLongest.convention": "Tickets resolved in the month. {hours}",
  "definitions.resolutionLongest.function": '=RESOLUTION_TIME({created}; {resolved}; "max"{unitScheduleArg})',

  "definitions.fcr.what":
    "The share of tickets solved in one contact, without the customer having to come back. High FCR means fewer " +
    "repeat contacts, lower cost and happier customers.",
  "definitions.fcr.formula": "Tickets resolved within 1 contact ÷ tickets resolved",
  "definitions.fcr.convention":
    "Tickets resolved in the month whose number of contacts is known; a ticket counts as resolved at first contact " +
    "when it took 1 contact (or fewer).",
  "definitions.fcr.function": '=FCR(FILTER({contacts}; {resolved}<>""))',

  "definitions.sla.what":
    "The share of tickets resolved within the time you promise customers. It shows how reliably the promise is kept, " +
    "which an average cannot.",
  "definitions.sla.formula": "Tickets resolved within the target ÷ tickets resolved",
  "definitions.sla.convention":
    "Tickets resolved in the month. A ticket meets the SLA when its resolution time is at most the target: " +
    "{target, plural, one {# hour} other {# hours}} in this report. {hours}",
  "definitions.sla.function": "=SLA_RATE({created}; {resolved}; {target}{scheduleArg})",

  "definitions.csat.what":
    "The share of customers who were satisfied with the help they got, asked right after their ticket. " +
    "It is the most direct measure of the quality of support.",
  "definitions.csat.formula": "Satisfied responses ÷ responses",
  "definitions.csat.convention":
    "Satisfied means a rating of 4 or 5 on a 1–5 scale, 6–7 on a 1–7 scale, 9–10 on a 1–10 scale; the scale is the " +
    "smallest of these that holds the highest rating (on the tickets resolved in the report's 12 months, or on the " +
    "survey tab), and the calculator uses 1–5. Blank ratings are skipped. The report also shows the number of " +
    "responses and a 95% interval (Wilson).",
  "definitions.csat.function": "=CSAT({csat}; 5)",

  "definitions.nps.what":
    "How likely customers are to recommend you, from −100 to 100. It reflects loyalty to the whole company, " +
    "not only to support, so watch its trend rather than a single month.",
  "definitions.nps.formula": "% promoters − % detractors = (promoters − detractors) ÷ responses × 100",
  "definitions.nps.convention":
    "Answers from 0 to 10: promoters score 9–10, passives 7–8, detractors 0–6. Passives count in the responses but in " +
    "neither group. NPS is in points, not a percentage; the report also shows the number of responses and a 95% " +
    "interval (adjusted Wald). E.g. 80% promoters and 15% detractors give 65.",
  "definitions.nps.function": "=NPS({nps})",

  "definitions.ces.what":
    "How easy customers found it to get their issue handled. Effort predicts loyalty: customers who had to work hard " +
    "to get help are the ones who leave.",
  "definitions.ces.formula": "Responses that agree ÷ responses",
  "definitions.ces.convention":
    "Answers to “It was easy to handle my issue” from 1 (strongly disagree) up to 5 or 7 (strongly agree). Agreeing " +
    "means 4–5 on a 1–5 scale and 5–7 on a 1–7 scale; the scale is the smaller of the two that holds the highest " +
    "answer on the survey tab, and the calculator uses 1–5. Shown as a share: higher is better.",
  "definitions.ces.function": '=CES({ces}; 7; "agree")',

  "definitions.crr.what":
    "The share of the customers you had at the start of the period who are still customers at its end. " +
    "New customers are left out, so growth cannot hide the customers you lost.",
  "definitions.crr.formula": "CRR = (E − N) ÷ S, with S customers at the start, E at the end and N new",
  "definitions.crr.convention":
    "Customers at the end include the new ones. With S = 100, E = 90 and N = 15: CRR = 75%, churn = 25% (25 lost), " +
    "net customer loss = 10%.",
  "definitions.crr.function": "=CRR(100; 90; 15)",

  "definitions.churn.what":
    "The share of the customers you had at the start who left during the period: the other side of retention " +
    "(churn = 100% − CRR).",
  "definitions.churn.formula":
    "Churn = lost ÷ S, with lost = S − (E − N). Not the same as net customer loss = (S − E) ÷ S.",
  "definitions.churn.convention":
    "New customers do not offset churn. With S = 100, E = 90 and N = 15: 25 customers lost, churn = 25% and CRR = 75%, " +
    "while net customer loss is only 10%, because 15 new customers replaced most of the 25 lost.",
  "definitions.churn.function": "=CHURN(100; 25)",

  "definitions.cac.what":
    "What it costs to win one new customer. Set against customer lifetime value, it tells you whether growth pays for itself.",
  "definitions.cac.formula": "Sales and marketing spend ÷ new customers",
  "definitions.cac.convention":
    "Spend and new customers of the same month, from the customers and finance tab, in the sheet's currency.",
  "definitions.cac.function": "=CAC(10000; 250)",

  "definitions.clv.what":
    "The revenue a customer brings over the whole relationship, less what it cost to win them. Good support keeps " +
    "customers longer and so raises it.",
  "definitions.clv.formula": "Annual revenue per customer × years as a customer − CAC",
  "definitions.clv.convention":
    "Revenue, not margin, and not discounted. Negative when a customer costs more to win than they bring in.",
  "definitions.clv.function": "=CLV(1200; 3; 400)",

  "definitions.costPerTicket.what":
    "What handling one ticket costs on average. Self-service, better tools and first contact resolution bring it down; " +
    "repeat contacts push it up.",
  "definitions.costPerTicket.formula": "Support cost ÷ tickets",
  "definitions.costPerTicket.convention":
    "The month's support cost, from the customers and finance tab, divided by the tickets created in the month.",
  "definitions.costPerTicket.function": "=COST_PER_TICKET(45000; 3000)",

  "definitions.supportCostRatio.what":
    "How much of each unit of revenue goes to support. A rising share means support costs grow faster than the business.",
  "definitions.supportCostRatio.formula": "Support cost ÷ revenue",
  "definitions.supportCostRatio.convention":
    "Both of the same month and in the same currency, shown as a percentage; above 100% when support costs more than the revenue.",
  "definitions.answerRate.what":
    "The share of calls or chats that reached someone. A falling answer rate means callers give up before the team can take them.",
  "definitions.answerRate.formula": "Contacts answered ÷ contacts offered",
  "definitions.answerRate.convention":
    "Offered means every contact whose log says answered or abandoned (a Y/N, Yes/No, 1/0 or TRUE/FALSE column); contacts belong to the month they arrived in. Abandon rate is the rest: 1 − answer rate.",
  "definitions.answerRate.function": "=ROUND(1010 / 1200; 3)",
  "definitions.abandonRate.what":
    "The share of calls or chats whose customer hung up or left before anyone answered: lost contacts, and often repeat calls later.",
  "definitions.abandonRate.formula": "Contacts abandoned ÷ contacts offered",
  "definitions.abandonRate.convention":
    "Abandoned means the log says not answered (an Answered column saying N) or abandoned (an Abandoned column saying Y); offered as for answer rate, by the month of arrival.",
  "definitions.abandonRate.function": "=ROUND((1200 - 1010) / 1200; 3)",
  "definitions.asa.what":
    "How long callers wait in the queue before someone answers. Together with the answer rate it shows whether the team is staffed for its traffic.",
  "definitions.asa.formula": "Sum of waits of answered contacts ÷ answered contacts",
  "definitions.asa.convention":
    "Only answered contacts count: an abandoned caller was never answered. Waits in seconds when the header names no unit; by the month of arrival; AVERAGE in the calculator.",
  "definitions.asa.function": "=AVERAGE(4; 12; 18; 25; 40; 75; 130)",
  "definitions.aht.what":
    "How long a contact takes the agent: talk time, plus hold and wrap-up when the export counts them. It drives how many agents the traffic needs.",
  "definitions.aht.formula": "Sum of handle times ÷ contacts with a handle time",
  "definitions.aht.convention":
    "H:MM:SS text, Sheets durations, or seconds when the header names no unit; contacts without a time are left out; by the month of arrival. The report's staffing block uses this mean when the log has it.",
  "definitions.aht.function": "=AVERAGE(95; 180; 240; 300; 330; 420; 900)",
  "definitions.contactResolution.what":
    "The share of answered calls or chats that solved the customer's problem then and there, as the agent marked it.",
  "definitions.contactResolution.formula": "Answered contacts resolved ÷ answered contacts",
  "definitions.contactResolution.convention":
    "Resolved is a yes/no column per contact, not a time; an unanswered contact resolves nothing and is left out, as are contacts whose flag is blank. By the month of arrival.",
  "definitions.reopenRate.what":
    "The share of resolved tickets the customer had to reopen: a resolution that did not hold.",
  "definitions.reopenRate.formula": "Resolved tickets reopened at least once ÷ resolved tickets",
  "definitions.reopenRate.convention":
    "From the export's reopens column (Zendesk's Reopens), or from an event log where an activity after a resolve is a reopen; tickets resolved in the month.",
  "definitions.reopenRate.function": "=ROUND(28 / 400; 3)",
  "definitions.repliesPerResolved.what":
    "How many replies (contacts) a ticket takes to resolve: fewer means customers get what they need sooner.",
  "definitions.repliesPerResolved.formula": "Replies on resolved tickets ÷ resolved tickets",
  "definitions.repliesPerResolved.convention":
    "The contacts column (Zendesk's Replies, Freshdesk's Agent interactions) or an event log's round trips; tickets resolved in the month whose number is known. FCR reads the same column.",
  "definitions.repliesPerResolved.function": '=AVERAGE(FILTER({contacts}; {resolved}<>""))',
  "definitions.waitTime.what":
    "How long customers waited on the team over a ticket's life, as the helpdesk measures it (Zendesk's requester wait time).",
  "definitions.waitTime.formula": "Median of the tickets' requester wait, in hours",
  "definitions.waitTime.convention":
    "The export's own duration, in its unit (minutes or hours, from the header); tickets resolved in the month; MEDIAN in the calculator.",
  "definitions.waitTime.function": "=MEDIAN(2; 4; 7; 19; 26; 45; 118)",
  "definitions.onHoldTime.what":
    "How long tickets sat on hold, waiting on a third party such as another team or a supplier.",
  "definitions.onHoldTime.formula": "Median of the tickets' on-hold time, in hours",
  "definitions.onHoldTime.convention":
    "The export's own duration (Zendesk's on hold time), in its unit; tickets resolved in the month; MEDIAN in the calculator.",
  "definitions.onHoldTime.function": "=MEDIAN(1; 2; 3; 5; 26)",
  "definitions.responseMean.what":
    "How long customers wait for each reply, not just the first: the pace of the whole conversation.",
  "definitions.responseMean.formula":
    "Mean of (reply − when it became the team's turn), over every reply, in hours",
  "definitions.responseMean.convention":
    "Event logs with reply events: the team's turn starts at creation, at the customer's reply, or at a reopen; replies in the month count; {hours}; AVERAGE in the calculator.",
  "definitions.responseMean.function": "=AVERAGE(1; 2; 4; 5; 26)",
  "definitions.contactResolution.function": "=ROUND(760 / 1010; 3)",
  "definitions.staffing.name": "Staffing (Erlang C)",
  "definitions.staffing.what":
    "How many agents a queue needs: the chance a contact waits, and the share answered within a target time, for a number of agents.",
  "definitions.staffing.formula":
    "Traffic A = contacts × handle time ÷ interval (Erlangs). Erlang B by the recursion B₀ = 1, Bₖ = A·Bₖ₋₁ ÷ (k + A·Bₖ₋₁); probability of waiting C = N·B ÷ (N − A(1 − B)); service level = 1 − C · e^(−(N − A) · target ÷ handle time).",
  "definitions.staffing.convention":
    "Contacts arrive at random and wait until answered (no one hangs up); N agents must be more than the traffic A, or the queue grows without end. Occupancy = A ÷ N; average speed of answer = C × handle time ÷ (N − A), over all contacts. Call Centre Helper's example: 100 contacts in 30 minutes at 180 s are 10 Erlangs; 14 agents answer 88.8% within 20 s. AGENTS_NEEDED finds the fewest agents for a target, with shrinkage.",
  "definitions.staffing.function": "=AGENTS_NEEDED(100; 30; 180; 80%; 20; 85%; 30%)",
  "definitions.calc.contacts": "Contacts in the interval",
  "definitions.calc.intervalMinutes": "Interval, minutes",
  "definitions.calc.handleSeconds": "Handle time per contact, seconds",
  "definitions.calc.agents": "Agents answering (N)",
  "definitions.calc.answerWithinSeconds": "Answer within, seconds",
  "definitions.calc.traffic": "Traffic A, Erlangs",
  "definitions.calc.erlangB": "Erlang B (step to Erlang C)",
  "definitions.calc.waitProbability": "Probability of waiting (Erlang C)",
  "definitions.calc.serviceLevel": "Service level: answered within the target",
  "definitions.calc.occupancy": "Occupancy = A ÷ N",
  "definitions.calc.averageSpeedOfAnswer": "Average speed of answer, seconds",
  "definitions.calc.tooFewAgents": "Too few agents; at least ",
  "definitions.supportCostRatio.function": "=SUPPORT_COST_RATIO(45000; 1500000)",

  // report. (the report tab: header, KPI tracker, and reading the survey and customers tabs)
  "report.sheetName": "Support report {month}",
  "report.title": "Support report {month}",
  "report.header.definitionsLink": "KPI definitions and calculator",
  "report.col.kpi": "KPI",
  "report.col.thisMonth": "This month ({month})",
  "report.col.previousMonth": "Previous month ({month})",
  "report.col.change": "Change",
  "report.col.target": "Target",
  "report.col.status": "Status",
  "report.col.trend": "Trend, 12 months",
  "report.col.n": "n",
  "report.col.low": "95% interval, low",
  "report.col.high": "95% interval, high",
  "report.col.note": "Notes",
  "report.trendData": "Trend data: the 12 months the sparklines draw, oldest first",
  "report.sparklineOptions": "Sparkline options",
  "report.status.met": "On target",
  "report.status.missed": "Off target",
  "report.noData": "no data",
  "report.kpi.businessHours": "{name} (business hours)",
  "report.hours.calendar": "calendar hours",
  "report.hours.business": "business hours ({schedule})",
  "report.tabProblem": "Tab \u201c{sheet}\u201d: {problem}",
  "report.subtitle": "From {tabs} · generated {time} ({zone})",
  "report.summary": "Summary, {month}",
  "report.tile.target": "{status} ({target})",
  "report.tile.noTarget": "No target set",
  "report.tile.compare": "Arrows: change since {previous} (green better, red worse).",
  "report.findings": "Findings",
  "report.findings.none":
    "Nothing stands out in {month}: no change beyond normal variation, no spike, no missed target.",
  "report.missing.title": "Not in this report",
  "report.missing.line": "{kpis}: {reason}",
  "report.missing.noCreated":
    "{kpis}: the log has no Created column (when each ticket was created); choose it in the sidebar.",
  "report.finding.rose": "{kpi} rose from {previous} in {month} to {current}, beyond normal variation.",
  "report.finding.fell": "{kpi} fell from {previous} in {month} to {current}, beyond normal variation.",
  "report.finding.noise": "Since {month}, {kpis}: within normal variation, not a trend.",
  "report.finding.spike":
    "Spike: {group} had {count} tickets, above its usual {mean} (limit {limit} = mean + 2 SD of the previous {months} months; at least {min} tickets).",
  "report.finding.slaMissed":
    "SLA missed for {dimension} {group}: {rate} of {n} tickets resolved within {sla} (target {target}).",
  "report.finding.slaBelowRest":
    "SLA lower for {dimension} {group}: {rate} of {n} tickets resolved within {sla}, against {rest} for the others.",
  "report.finding.frtMissed":
    "First response slow for {dimension} {group}: median {value} on {n} tickets (target {target}).",
  "report.finding.busiest":
    "Busiest day: {weekday} ({dayShare} of tickets); busiest hour: {hours} ({hourShare}).",
  "report.finding.forecast":
    "Forecast for {month}: about {count} tickets (80% interval {low}–{high}), from {months, plural, one {# month} other {# months}} of history; staffing below.",
  "report.dimension.priority": "priority",
  "report.dimension.channel": "channel",
  "report.details": "Details: every KPI with n, 95% intervals and how it is computed",
  "report.chart.createdResolved": "Created and resolved per month",
  "report.chart.backlog": "Backlog at month end",
  "report.when.section": "When tickets arrive and how each priority and channel fares, {month}",
  "report.when.title": "When tickets arrive: tickets created in {month} per weekday and hour ({zone})",
  "report.when.where":
    "The weekday × hour grid of tickets created is to the right of this section, in columns {columns} (darker: more tickets).",
  "report.when.header.weekday": "Weekday",
  "report.breakdown.title": "First response, resolution and SLA by {dimension}, {month}",
  "report.breakdown.header.created": "Created",
  "report.breakdown.header.frt": "First response time, median",
  "report.breakdown.header.resolved": "Resolved",
  "report.breakdown.header.resolution": "Resolution time, median",
  "report.breakdown.header.sla": "SLA compliance",
  "report.breakdown.blank": "(not set)",
  "report.breakdown.note":
    "First response on tickets created in the month, resolution and SLA ({sla}) on tickets resolved in it.",
  "tracker.sheetName": "KPI tracker",
  "tracker.title": "KPI tracker: every KPI month by month",
  "tracker.note":
    "Each report build fills or replaces its own month's column; other months stay as they were.",
  "tracker.col.kpi": "KPI",
  "tracker.chart.volume": "Tickets created and resolved by month",
  "tracker.chart.rates": "SLA, FCR and CSAT by month",
  "tracker.axis.month": "Month",
  "tracker.axis.hours": "Hours",

  "report.note.created": "Tickets created in the month, in the spreadsheet's time zone ({zone}).",
  "report.note.resolved": "Tickets resolved in the month, whenever they were created.",
  "report.note.backlog": "Tickets created before {end} and not resolved before it.",
  "report.note.csatRatedRule":
    " Ratings on tickets without a resolved time count in the month they were given ({count}).",
  "report.note.csatCreatedRule":
    " Ratings on tickets without a resolved time count in the month the ticket was created ({count}).",
  "report.note.backlogClosedStatus":
    " A ticket whose status says it is closed or solved is not open, with or without a resolved time ({count} without one).",
  "report.agents.noteAssigned":
    "Tickets handled: tickets assigned to the agent and created in {month} (the log has no resolved times). First response and CSAT are measured on those tickets. A blank cell means no data. {hours}",
  "report.note.implausible":
    "{kpi} in {month} includes times longer than a year (up to {days} days): check that the Created column is the time each ticket was created.",
  "report.note.frt": "Tickets created in the month that have a first response; {hours}.",
  "report.note.resolution": "Tickets resolved in the month; {hours}.",
  "report.note.fcr":
    "Tickets resolved in the month in 1 contact \u00f7 those with a known number of contacts.",
  "report.note.sla":
    "Tickets resolved in the month within {target} h \u00f7 tickets resolved in the month; {hours}.",
  "report.note.csatTickets":
    "Ratings of tickets resolved in the month, 1\u2013{scale}; satisfied means {min} or more. 95% interval: Wilson.",
  "report.note.csatSurvey":
    "Survey answers dated in the month, 1\u2013{scale}; satisfied means {min} or more. 95% interval: Wilson.",
  "report.note.nps":
    "Survey answers dated in the month: % promoters (9\u201310) \u2212 % detractors (0\u20136). 95% interval: adjusted Wald.",
  "report.note.ces":
    "Survey answers dated in the month, 1\u2013{scale}; agreeing means {min} or more. 95% interval: Wilson.",
  "report.note.crr": "(Customers at end \u2212 new customers) \u00f7 customers at start.",
  "report.note.churn": "Customers lost \u00f7 customers at start.",
  "report.note.churnDerived":
    "Customers lost \u00f7 customers at start; lost = customers at start \u2212 (customers at end \u2212 new customers).",
  "report.note.cac": "Sales and marketing spend \u00f7 new customers.",
  "report.note.clv":
    "Revenue per customer per year (the month's revenue \u00f7 average customers \u00d7 12) \u00d7 years a customer stays (1 \u00f7 (monthly churn \u00d7 12)) \u2212 CAC.",
  "report.note.costPerTicket": "Support cost \u00f7 tickets created in the month.",
  "report.note.supportCostRatio": "Support cost \u00f7 revenue of the same month.",
  "report.note.contactsReceived":
    "Calls or chats that arrived in the month, in the spreadsheet's time zone ({zone}).",
  "report.note.answerRate":
    "Contacts answered ÷ contacts offered (answered or abandoned) that arrived in the month.",
  "report.note.abandonRate":
    "Contacts abandoned before an answer ÷ contacts offered that arrived in the month.",
  "report.note.asa":
    "Mean wait of the answered contacts that arrived in the month (abandoned ones are left out).",
  "report.note.aht": "Mean talk or handle time of the contacts that arrived in the month and have one.",
  "report.note.contactResolution":
    "Answered contacts marked resolved ÷ answered contacts that say resolved or not, arrived in the month.",
  "report.note.reopenRate":
    "Tickets resolved in the month that were reopened at least once ÷ those whose reopens are known.",
  "report.note.repliesPerResolved":
    "Replies (contacts) on the tickets resolved in the month ÷ those tickets, where the number is known.",
  "report.note.waitTime":
    "Median time the requester waited on the team, over the tickets resolved in the month (the export's own figure).",
  "report.note.onHoldTime":
    "Median time on hold (waiting on a third party), over the tickets resolved in the month (the export's own figure).",
  "report.note.responseMean":
    "Every reply in the month: time from when it became the team's turn (created, the customer's reply, a reopen) to the reply, averaged; {hours}.",
  "report.note.scheduleInvalid":
    "The business-hours schedule \u201c{schedule}\u201d cannot be used ({message}), so times are in calendar hours.",
  "report.note.badRatings":
    "{count, plural, one {# CSAT rating in the ticket log is not a whole number} other {# CSAT ratings in the ticket log are not whole numbers}} from 1 to {scale} and {count, plural, one {was} other {were}} left out.",

  "report.noData.beforeLog": "The ticket log starts in {first}, after {month}.",
  "report.noData.noTickets": "No tickets were created in {month}.",
  "report.noData.noFirstResponse":
    "The ticket log has no first response times: choose the First response column in the sidebar.",
  "report.noData.noResolved":
    "The ticket log has no resolved times: choose the Resolved column in the sidebar.",
  "report.noData.noContacts":
    "The ticket log has no number of contacts per ticket: choose the Contacts to resolve column in the sidebar.",
  "report.noData.noAnswered": "The log has no answered or abandoned column: choose one in the sidebar.",
  "report.noData.noSpeedOfAnswer": "The log has no speed-of-answer (wait) column: choose one in the sidebar.",
  "report.noData.noHandleTime": "The log has no talk or handle time column: choose one in the sidebar.",
  "report.noData.noResolvedFlag": "The log has no resolved (yes/no) column: choose one in the sidebar.",
  "report.noData.contactsMonth": "No contact that arrived in {month} has this.",
  "report.noData.noReopens": "The log has no reopens column: choose Reopens in the sidebar.",
  "report.noData.noWaitTime": "The log has no requester wait time column: choose it in the sidebar.",
  "report.noData.noOnHoldTime": "The log has no on-hold time column: choose it in the sidebar.",
  "report.noData.noResponses": "Only an event log with reply events gives every reply's time.",
  "report.noData.responsesMonth": "No reply in {month}.",
  "report.noData.frtMonth": "No ticket created in {month} has a first response.",
  "report.noData.resolvedMonth": "No ticket was resolved in {month}.",
  "report.noData.fcrMonth": "No ticket resolved in {month} has a number of contacts.",
  "report.noData.csatMonth": "No ticket resolved in {month} has a CSAT rating.",
  "report.noData.noCsat":
    "Neither the ticket log (a CSAT rating column) nor a survey tab (a CSAT column) has CSAT ratings.",
  "report.noData.noSurveyTab": "No survey tab is chosen: choose one under Other tabs in the sidebar.",
  "report.noData.noSurveyColumn": "The survey tab \u201c{sheet}\u201d has no {field} column.",
  "report.noData.surveyMonth": "The survey tab \u201c{sheet}\u201d has no {field} answers dated in {month}.",
  "report.noData.scale":
    "{field} answers go up to {max}; only 1\u20135 and 1\u20137 scales have a standard threshold.",
  "report.noData.noCustomersTab":
    "No customers and finance tab is chosen: choose one under Other tabs in the sidebar.",
  "report.noData.customersMonth": "The customers tab \u201c{sheet}\u201d has no row for {month}.",
  "report.noData.customersField": "The customers tab \u201c{sheet}\u201d has no {field} for {month}.",
  "report.noData.noNewCustomers":
    "There were no new customers in {month}, so there is no cost per new customer.",
  "report.noData.noChurn":
    "No customers were lost in {month}, so how long a customer stays cannot be estimated.",
  "report.noData.zeroRevenue": "Revenue for {month} is 0.",
  "report.noData.zeroStart": "Customers at start for {month} is 0.",
  "report.noData.invalid": "The figures for {month} do not fit together: {message}",

  "report.survey.noDate":
    "The survey tab \u201c{sheet}\u201d has no column for the response date (a header such as Date), so its answers cannot be placed in months.",
  "report.survey.noScores": "The survey tab \u201c{sheet}\u201d has no NPS, CES or CSAT column.",
  "report.survey.empty": "The survey tab \u201c{sheet}\u201d has no answers below its header row.",
  "report.customers.noMonth":
    "The customers tab \u201c{sheet}\u201d has no Month column (a date or text such as 2026-10 on each row).",
  "report.customers.noFigures":
    "The customers tab \u201c{sheet}\u201d has none of the columns customers at start, at end, new, lost, revenue, support cost, sales and marketing spend.",
  "report.customers.empty": "The customers tab \u201c{sheet}\u201d has no months below its header row.",
  "report.row.score": "Row {row}: {field} holds {value}, not a whole number from {min} to {max} ({effect}).",
  "report.row.month":
    "Row {row}: {field} holds {value}, not a month: a date or text such as 2026-10 ({effect}).",
  "report.row.repeatMonth": "Row {row}: the month {month} is already on row {first} ({effect}).",

  // report.volume. report.backlog. (ticket volume tracker on the report tab)
  "report.volume.title": "Ticket volume",
  "report.volume.note.counting":
    "Tickets are counted on the day or month of their created time, in the spreadsheet's time zone ({zone}).",
  "report.volume.categoryDaily.title": "Tickets per day by category, {month}",
  "report.volume.categoryMonthly.title": "Tickets per month by category, {first} to {last}",
  "report.volume.channelDaily.title": "Tickets per day by channel, {month}",
  "report.volume.channelMonthly.title": "Tickets per month by channel, {first} to {last}",
  "report.volume.createdResolved.title": "Created, resolved and backlog per month, {first} to {last}",
  "report.volume.createdResolved.note":
    "Created and resolved: tickets whose created or resolved time falls in the month. Backlog: tickets created " +
    "before the month's end and not resolved before it; a month ends at 00:00 on the 1st of the next month.",
  "report.volume.header.day": "Day",
  "report.volume.header.month": "Month",
  "report.volume.header.total": "Total",
  "report.volume.header.created": "Created",
  "report.volume.header.resolved": "Resolved",
  "report.volume.header.backlog": "Backlog at month end",
  "report.volume.total": "Total",
  "report.volume.allTickets": "All tickets",
  "report.volume.other": "Other",
  "report.volume.blankCategory": "(no category)",
  "report.volume.blankChannel": "(no channel)",
  "report.volume.axis.day": "Day",
  "report.volume.axis.month": "Month",
  "report.volume.axis.tickets": "Tickets",
  "report.volume.noCategory":
    "No category in the ticket log for these months: ticket volume is shown as one series.",
  "report.volume.noChannel":
    "No channel in the ticket log for these months: ticket volume by channel is not shown.",
  "report.volume.cappedCategories":
    "{count} categories: the {shown} largest are shown, {rest, plural, one {the other one is} other {the other # are}} added up in \u201cOther\u201d.",
  "report.volume.cappedChannels":
    "{count} channels: the {shown} largest are shown, {rest, plural, one {the other one is} other {the other # are}} added up in \u201cOther\u201d.",
  "report.backlog.title": "Backlog aging at the end of {month}",
  "report.backlog.note":
    "Age of each ticket still open at 00:00 on {next}, in whole days of 24 hours since it was created: " +
    "0\u20132 days = under 3 days; 3\u20137 = 3 days to under 8; 8\u201330 = 8 days to under 31; over 30 = 31 days or more.",
  "report.backlog.header.age": "Age",
  "report.backlog.header.tickets": "Tickets",
  "report.backlog.header.share": "Share",
  "report.backlog.bucket.0to2": "0\u20132 days",
  "report.backlog.bucket.3to7": "3\u20137 days",
  "report.backlog.bucket.8to30": "8\u201330 days",
  "report.backlog.bucket.over30": "Over 30 days",
  "report.backlog.total": "Backlog at month end",

  // report.agents. (the agents section of the report tab)
  "report.agents.title": "Agents, {month}",
  "report.staffing.title": "Next month: tickets and agents needed",
  "report.staffing.forecast": "Tickets forecast for {month}",
  "report.staffing.interval": "80% interval",
  "report.staffing.how":
    "{method}, chosen by the lowest error forecasting the last 12 of {months} months from the months before",
  "report.staffing.howNoSeason":
    "{method} without a yearly season: {months} months of tickets, a season needs 13",
  "report.staffing.method.seasonal_naive": "Seasonal naive (same month last year)",
  "report.staffing.method.seasonal_average": "Seasonal average (same month over up to 3 years)",
  "report.staffing.method.holt_winters": "Holt-Winters (level, trend and season)",
  "report.staffing.noForecast":
    "No forecast: the log has tickets from {months, plural, one {# month} other {# months}}; a forecast needs at least 2.",
  "report.staffing.busiest": "Busiest hour: tickets expected",
  "report.staffing.forecastContacts": "Contacts forecast for {month}",
  "report.staffing.busiestContacts": "Busiest hour: contacts expected",
  "report.staffing.note":
    "Agents needed in each hour: Erlang C on the tickets created in that weekday and hour, averaged over the last {weeks} weeks; {handle} min of work each, {level}% answered within {within} s, agents busy at most {occupancy}% of the time.",
  "report.staffing.handleFromLog":
    "Handle time: {handle} min per contact, the mean talk or handle time of {count, plural, one {# contact} other {# contacts}} in the log in {month} (instead of the set handle time).",
  "report.staffing.hour": "Hour",
  "report.staffing.shrinkage": "Agents to roster: agents needed ÷ (1 − {shrinkage}% shrinkage), rounded up.",
  "report.agents.note":
    "Tickets handled: tickets assigned to the agent and resolved in {month}. Resolution time, FCR and CSAT are " +
    "measured on those tickets; first response on the agent's tickets created in {month} that have one. " +
    "A blank cell means no data. {hours}",
  "report.agents.hours.calendar": "Times are in calendar hours.",
  "report.agents.hours.business": "Times are in business hours ({schedule}).",
  "report.agents.header.agent": "Agent",
  "report.agents.header.handled": "Tickets handled",
  "report.agents.header.fcr": "FCR",
  "report.agents.header.csat": "CSAT",
  "report.agents.header.csatN": "CSAT responses",
  "report.agents.header.contactsHandled": "Contacts handled",
  "report.agents.header.aht": "Average handle time",
  "report.agents.header.contactResolution": "Resolution rate",
  "report.agents.noteContacts":
    "Contacts handled: calls or chats assigned to the agent that arrived in {month}. Handle time is their mean talk or handle time; resolution rate and CSAT are measured on those contacts. A blank cell means no data.",
  "report.agents.all": "All agents",
  "report.agents.unassigned": "(unassigned)",
  "report.agents.noAgent": "No agent in the ticket log for {month}: the agents section is not shown.",
  "report.agents.capped":
    "{count} agents: the {shown} with the most tickets handled are listed; \u201cAll agents\u201d counts every ticket.",

  // server. (errors the sidebar shows from the server)
  "server.error.noSheet": "There is no tab named \u201c{sheet}\u201d. Pick the tab with your tickets again.",
  "server.error.noOtherTab":
    "There is no tab named \u201c{sheet}\u201d. Pick the survey and customers tabs again under Other tabs.",
  "server.error.noReportTab":
    "There is no tab named \u201c{sheet}\u201d any more. Build the report again to make it.",
  "server.error.ownSheet":
    "\u201c{sheet}\u201d is a tab Support KPIs made. Pick the tab with your own data instead.",
  "server.error.month": "\u201c{month}\u201d is not a month. Pick a month such as 2026-10.",
  "server.error.busy":
    "Another report is being built in this spreadsheet. Wait until it is done, then build again.",
  "server.note.cut":
    "Text longer than a Sheets cell holds ({max} characters) was cut and ends with \u201c\u2026\u201d: {cells}.",
};

/** The sidebar (src/ui): its labels, steps and input checks. A constant: the page loads it once. */
export const sidebarEn = {
  // sidebar.
  "sidebar.loading": "Reading your spreadsheet…",
  "sidebar.retry": "Try again",
  "sidebar.section.log": "Ticket log",
  "sidebar.log.tab": "Tab with your tickets",
  "sidebar.log.choose": "Choose a tab…",
  "sidebar.log.detecting": "Reading the tab…",
  "sidebar.log.rows": "Rows below the header: {rows}",
  "sidebar.log.layout.tickets": "Layout: one row per ticket.",
  "sidebar.log.layout.contacts": "Layout: a call or chat log, one row per contact.",
  "sidebar.log.layout.events":
    "Layout: event log, one row per status change. Each ticket's rows are combined into one ticket.",
  "sidebar.log.warnings": "Check before building",
  "sidebar.noLog.title": "No ticket log found",
  "sidebar.noLog.help":
    "Put your tickets on a tab whose first row holds the column headers, with at least a column for " +
    "the date each ticket was created (for example Created). Use one row per ticket, or one row per " +
    "status change. Then choose that tab above, or use Insert sample data in the add-on menu to try it out.",
  "sidebar.section.activities": "Activities",
  "sidebar.activities.help":
    "Event log: what each activity means for a ticket. Change any that is wrong; the next build uses them.",
  "sidebar.activity.label": "{activity} ({events, plural, one {# event} other {# events}})",
  "sidebar.activities.more":
    "{count, plural, one {# more activity keeps} other {# more activities keep}} the meaning its words give.",
  "sidebar.meaning.created": "Created",
  "sidebar.meaning.assigned": "Assigned or triaged",
  "sidebar.meaning.response": "Response",
  "sidebar.meaning.waiting": "Waiting on the customer",
  "sidebar.meaning.resolved": "Resolved",
  "sidebar.meaning.reopened": "Reopened",
  "sidebar.meaning.closed": "Closed",
  "sidebar.meaning.other": "Other",
  "sidebar.columns.help": "Detected from the headers. Check them and change any that are wrong.",
  "sidebar.column.notMapped": "Not mapped",
  "sidebar.column.required": "{field} (required)",
  "sidebar.month": "Month",
  "sidebar.month.inProgress": "{month} (in progress)",
  "sidebar.average": "Average for response and resolution times",
  "sidebar.average.median": "Median (the typical ticket)",
  "sidebar.average.mean": "Mean (the average)",
  "sidebar.targets.help": "Optional. Leave a box blank for no target.",
  "sidebar.unit.hours": "h",
  "sidebar.unit.percent": "%",
  "sidebar.unit.points": "pts",
  "sidebar.unit.tickets": "tickets",
  "sidebar.unit.minutes": "min",
  "sidebar.unit.seconds": "s",
  "sidebar.section.staffing": "Staffing for next month",
  "sidebar.staffing.help":
    "For the agents needed per hour in the report's Next month block. Shrinkage is the share of paid time away from the queue (breaks, meetings, absence).",
  "sidebar.staffing.summary": "{handle} min per ticket, {level}% answered within {within} s",
  "sidebar.columns.summary": "Columns detected: {fields}",
  "sidebar.columns.edit": "Edit",
  "sidebar.columns.separator": ", ",
  "sidebar.columns.none": "none yet",
  "sidebar.columns.dateText":
    "“{header}” ({field}) holds dates written as text, such as {example}, which the report does not read as dates. To make them dates: select the column, choose Format > Number > Date time, then Data > Split text to columns. Or write them year first (2026-03-05 14:30).",
  "sidebar.month.finding": "Finding the months…",
  "sidebar.section.hours": "Hours and SLA",
  "sidebar.schedule.placeholder": "Mon-Fri 09:00-17:00",
  "sidebar.schedule.help":
    "Leave blank to count calendar hours. Days are written in English: Mon, Tue, … Sun.",
  "sidebar.slaHours.help": "In business hours when business hours are set.",
  "sidebar.section.tabs": "Other tabs (optional)",
  "sidebar.survey": "Survey responses",
  "sidebar.customers": "Customers and finance",
  "sidebar.tab.none": "None",
  "sidebar.build": "Build report",
  "sidebar.step.save": "Saving settings",
  "sidebar.step.build": "Building the report for {month}",
  "sidebar.step.running": "In progress",
  "sidebar.step.done": "Done",
  "sidebar.step.failed": "Failed",
  "sidebar.result.title": "Report ready",
  "sidebar.result.tab": "Tab: {sheet}",
  "sidebar.result.contactCounts": "Contacts read: {read}. Arrived in {month}: {inMonth}.",
  "sidebar.result.counts": "Tickets read: {read}. Created in {month}: {inMonth}.",
  "sidebar.result.notes": "Notes",
  "sidebar.result.open": "Open report tab",
  "sidebar.error.title": "Something went wrong",
  "sidebar.error.unknown":
    "The add-on stopped without saying why. Try again; if it happens again, reload the spreadsheet.",
  "sidebar.error.noHost":
    "The sidebar cannot reach the spreadsheet: open it from Extensions → Support KPIs in Google Sheets.",
  "sidebar.error.timeoutBuild":
    "The build took too long: no answer after {minutes, plural, one {# minute} other {# minutes}}, and Apps Script stops a run after 6. " +
    "Try again; if it keeps happening, move older rows of the ticket log to another tab.",
  "sidebar.error.timeoutCall":
    "The spreadsheet did not answer within {minutes, plural, one {# minute} other {# minutes}}. Try again.",
  "sidebar.invalid.title": "Check these before building",
  "sidebar.invalid.created":
    "Columns: choose the Created column; the report counts tickets by the date they were created.",
  "sidebar.invalid.noMonth": "Month: the Created column holds no dates, so there is no month to report on.",
};
