/**
 * Finding columns whose headers are in the add-on's other languages (header-names.ts): realistic
 * helpdesk exports and hand-made sheets per language, each language's own field labels, look-alikes
 * that must not match, mixed-language rows, and English detection exactly as without them.
 */
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/i18n/messages";
import {
  CUSTOMER_FIELDS,
  type CustomerField,
  detectCustomerColumns,
  detectSurveyColumns,
  detectTicketColumns,
  extendRules,
  type FieldRules,
  fieldLabel,
  pickCustomersTab,
  pickSurveyTab,
  pickTicketTab,
  type SurveyField,
} from "../../src/input/columns";
import {
  CUSTOMER_HEADER_NAMES,
  type HeaderLanguage,
  type HeaderNames,
  SURVEY_HEADER_NAMES,
  TICKET_HEADER_NAMES,
} from "../../src/input/header-names";
import { CUSTOMER_RULES, SURVEY_RULES, TICKET_RULES } from "../../src/input/names/en";
import { CONTACT_FIELDS, TICKET_FIELDS, type TicketField } from "../../src/input/ticket";

/** Fields the per-language logs below do not carry (Zendesk-style exports test them). */
const DURATION_AND_COUNT_FIELDS = [
  "firstResponseTime",
  "resolutionTime",
  "reopens",
  "waitTime",
  "onHoldTime",
  // Only the first log of each language dates its ratings.
  "csatAt",
  // Contact-centre logs' columns (contact-log.test.ts).
  ...CONTACT_FIELDS,
];

import { SAMPLE_TICKET_HEADERS } from "../../src/report/sample-data";
import { readSharedCsv } from "../support/csv-sheet";

const LANGUAGES: HeaderLanguage[] = ["sv", "de", "nb", "lv", "zh"];
const SURVEY_FIELDS = Object.keys(SURVEY_RULES) as SurveyField[];

const at = (iso: string) => new Date(`${iso}Z`);

/** Two sample cells per field, of the kind its rule wants (a column without a field holds text). */
const CELLS: Record<TicketField | SurveyField | CustomerField | "none", [unknown, unknown]> = {
  id: [1041, 1042],
  created: [at("2026-03-02T09:15:00"), at("2026-03-02T11:40:00")],
  firstResponse: [at("2026-03-02T10:05:00"), at("2026-03-02T13:00:00")],
  resolved: [at("2026-03-03T16:20:00"), ""],
  status: ["Closed", "Open"],
  category: ["Billing", "Login"],
  channel: ["Email", "Chat"],
  agent: ["Anna Berg", "Jonas Weber"],
  priority: ["High", "Low"],
  csat: [5, 4],
  csatAt: [at("2026-03-04T12:00:00"), ""],
  firstResponseTime: [42, 310],
  resolutionTime: [12.5, 70],
  reopens: [0, 2],
  waitTime: [95, 1440],
  onHoldTime: [0, 30],
  timeOfDay: ["09:15:00", "14:02:30"],
  answered: ["Y", "N"],
  abandoned: ["N", "Y"],
  speedOfAnswer: [12, 95],
  handleTime: ["0:04:30", "0:11:05"],
  resolvedFlag: ["Y", "N"],
  contacts: [3, 1],
  date: [at("2026-03-04T08:00:00"), at("2026-03-05T14:30:00")],
  nps: [9, 6],
  ces: [2, 5],
  month: [at("2026-01-01T00:00:00"), at("2026-02-01T00:00:00")],
  customersStart: [410, 425],
  customersEnd: [425, 431],
  newCustomers: [30, 18],
  lostCustomers: [15, 12],
  revenue: [52000, 53100],
  supportCost: [8200, 8300],
  salesMarketing: [11000, 9800],
  none: ["Maria Lind", "Peter Holm"],
};

type Column<F extends string> = readonly [header: string, field: F | "none"];

/** A tab's header row, two data rows, and the column each field should get. */
function tab<F extends string>(columns: readonly Column<F>[]) {
  const headers = columns.map(([header]) => header);
  const sample = [0, 1].map((r) => columns.map(([, field]) => CELLS[field as keyof typeof CELLS][r]));
  const expected: Partial<Record<F, number>> = {};
  columns.forEach(([, field], i) => {
    if (field !== "none") expected[field as F] = i;
  });
  return { headers, sample, expected, fieldCount: Object.keys(expected).length };
}

/** The field a lone header maps to, or undefined. */
function fieldOf(header: string): TicketField | undefined {
  const { indexes } = detectTicketColumns([header]);
  return (Object.keys(indexes) as TicketField[])[0];
}

/** Per language, ticket logs as helpdesks export them and as teams type them (every field, in a row). */
const TICKET_LOGS: Record<HeaderLanguage, Column<TicketField>[][]> = {
  sv: [
    [
      ["Ärende-ID", "id"],
      ["Skapad", "created"],
      ["Första svar", "firstResponse"],
      ["Löst", "resolved"],
      ["Status", "status"],
      ["Kategori", "category"],
      ["Kanal", "channel"],
      ["Handläggare", "agent"],
      ["Prioritet", "priority"],
      ["Nöjdhet", "csat"],
      ["Betygsdatum", "csatAt"],
      ["Antal kontakter", "contacts"],
    ],
    [
      ["Skapad av", "none"],
      ["Nr", "id"],
      ["Skapad den", "created"],
      ["Tid för första svar", "firstResponse"],
      ["Stängd", "resolved"],
      ["Ärendestatus", "status"],
      ["Ärendetyp", "category"],
      ["Källa", "channel"],
      ["Tilldelad till", "agent"],
      ["Angelägenhetsgrad", "priority"],
      ["Betyg", "csat"],
      ["Kontakter till lösning", "contacts"],
    ],
  ],
  de: [
    [
      ["Ticket-ID", "id"],
      ["Erstellt am", "created"],
      ["Erste Antwort", "firstResponse"],
      ["Gelöst am", "resolved"],
      ["Status", "status"],
      ["Kategorie", "category"],
      ["Kanal", "channel"],
      ["Bearbeiter", "agent"],
      ["Priorität", "priority"],
      ["Zufriedenheit", "csat"],
      ["Bewertungsdatum", "csatAt"],
      ["Anzahl Kontakte", "contacts"],
    ],
    [
      ["Ticketnummer", "id"],
      ["Erstellt von", "none"],
      ["Erstellungsdatum", "created"],
      ["Zeitpunkt der ersten Antwort", "firstResponse"],
      ["Geschlossen am", "resolved"],
      ["Ticketstatus", "status"],
      ["Tickettyp", "category"],
      ["Quelle", "channel"],
      ["Zugewiesen an", "agent"],
      ["Dringlichkeit", "priority"],
      ["CSAT-Bewertung", "csat"],
      ["Kontakte bis zur Lösung", "contacts"],
      ["Zuletzt aktualisiert", "none"],
    ],
  ],
  nb: [
    [
      ["Saks-ID", "id"],
      ["Opprettet", "created"],
      ["Første svar", "firstResponse"],
      ["Løst", "resolved"],
      ["Status", "status"],
      ["Kategori", "category"],
      ["Kanal", "channel"],
      ["Saksbehandler", "agent"],
      ["Prioritet", "priority"],
      ["Tilfredshet", "csat"],
      ["Vurderingsdato", "csatAt"],
      ["Antall kontakter", "contacts"],
    ],
    [
      ["Saksnummer", "id"],
      ["Opprettet dato", "created"],
      ["Opprettet av", "none"],
      ["Tid for første svar", "firstResponse"],
      ["Lukket", "resolved"],
      ["Saksstatus", "status"],
      ["Sakstype", "category"],
      ["Kilde", "channel"],
      ["Tildelt til", "agent"],
      ["Hastegrad", "priority"],
      ["CSAT-vurdering", "csat"],
      ["Kontakter til løsning", "contacts"],
    ],
  ],
  lv: [
    [
      ["Pieteikuma ID", "id"],
      ["Izveidots", "created"],
      ["Pirmā atbilde", "firstResponse"],
      ["Atrisināts", "resolved"],
      ["Statuss", "status"],
      ["Kategorija", "category"],
      ["Kanāls", "channel"],
      ["Aģents", "agent"],
      ["Prioritāte", "priority"],
      ["Apmierinātība", "csat"],
      ["Vērtējuma datums", "csatAt"],
      ["Saziņas reizes", "contacts"],
    ],
    [
      ["Pieteikuma Nr.", "id"],
      ["Izveides datums", "created"],
      ["Izveidoja", "none"],
      ["Pirmās atbildes laiks", "firstResponse"],
      ["Slēgšanas datums", "resolved"],
      ["Pieteikuma statuss", "status"],
      ["Pieteikuma tips", "category"],
      ["Avots", "channel"],
      ["Atbildīgais", "agent"],
      ["Steidzamība", "priority"],
      ["CSAT vērtējums", "csat"],
      ["Kontaktu skaits", "contacts"],
    ],
  ],
  zh: [
    [
      ["工单编号", "id"],
      ["创建时间", "created"],
      ["首次响应时间", "firstResponse"],
      ["解决时间", "resolved"],
      ["状态", "status"],
      ["分类", "category"],
      ["渠道", "channel"],
      ["处理人", "agent"],
      ["优先级", "priority"],
      ["满意度", "csat"],
      ["评价时间", "csatAt"],
      ["联系次数", "contacts"],
    ],
    [
      ["工单 ID", "id"],
      ["提交时间", "created"],
      ["创建人", "none"],
      ["首次回复时间", "firstResponse"],
      ["关闭时间", "resolved"],
      ["工单状态", "status"],
      ["问题类型", "category"],
      ["来源", "channel"],
      ["负责人", "agent"],
      ["紧急程度", "priority"],
      ["客户满意度", "csat"],
      ["回复次数", "contacts"],
      ["更新时间", "none"],
    ],
  ],
};

/** Per language, a survey export: a date, the three questions as people word them, a comment. */
const SURVEYS: Record<HeaderLanguage, Column<SurveyField>[]> = {
  sv: [
    ["Tidsstämpel", "date"],
    ["Hur troligt är det att du skulle rekommendera oss till en vän eller kollega? (0–10)", "nps"],
    ["Hur enkelt var det att få hjälp med ditt ärende?", "ces"],
    ["Hur nöjd är du med supporten?", "csat"],
    ["Kommentar", "none"],
  ],
  de: [
    ["Zeitstempel", "date"],
    ["Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen?", "nps"],
    ["Wie einfach war es, Ihr Anliegen zu lösen?", "ces"],
    ["Wie zufrieden waren Sie mit unserem Support?", "csat"],
    ["Warum haben Sie diese Bewertung gegeben?", "none"],
  ],
  nb: [
    ["Tidsstempel", "date"],
    ["Hvor sannsynlig er det at du vil anbefale oss til en venn eller kollega?", "nps"],
    ["Hvor enkelt var det å få hjelp?", "ces"],
    ["Hvor fornøyd er du med kundeservicen?", "csat"],
    ["Hvorfor ga du denne vurderingen?", "none"],
  ],
  lv: [
    ["Datums", "date"],
    ["Cik ticams, ka jūs ieteiktu mūs draugam vai kolēģim? (0–10)", "nps"],
    ["Cik viegli bija atrisināt jūsu jautājumu?", "ces"],
    ["Cik apmierināts esat ar mūsu atbalstu?", "csat"],
    ["Kāpēc jūs sniedzāt šādu vērtējumu?", "none"],
  ],
  // Chinese questions run together into one word; exports title them by their score.
  zh: [
    ["提交时间", "date"],
    ["NPS 评分（0–10）", "nps"],
    ["CES 评分", "ces"],
    ["满意度", "csat"],
    ["意见与建议", "none"],
  ],
};

/** Per language, a hand-made customers-and-finance tab, with a per-customer figure that is not revenue. */
const FINANCE: Record<HeaderLanguage, Column<CustomerField>[]> = {
  sv: [
    ["Månad", "month"],
    ["Ingående kunder", "customersStart"],
    ["Utgående kunder", "customersEnd"],
    ["Nya kunder", "newCustomers"],
    ["Förlorade kunder", "lostCustomers"],
    ["Omsättning", "revenue"],
    ["Kundtjänstkostnader", "supportCost"],
    ["Marknadsföring", "salesMarketing"],
    ["Intäkt per kund", "none"],
  ],
  de: [
    ["Zeitraum", "month"],
    ["Anfangsbestand Kunden", "customersStart"],
    ["Endbestand Kunden", "customersEnd"],
    ["Neukunden", "newCustomers"],
    ["Kündigungen", "lostCustomers"],
    ["Umsatz", "revenue"],
    ["Kosten Kundenservice", "supportCost"],
    ["Marketing und Vertrieb", "salesMarketing"],
    ["Umsatz pro Kunde", "none"],
  ],
  nb: [
    ["Måned", "month"],
    ["Kunder ved start", "customersStart"],
    ["Kunder ved slutt", "customersEnd"],
    ["Nye kunder", "newCustomers"],
    ["Tapte kunder", "lostCustomers"],
    ["Omsetning", "revenue"],
    ["Kundeservicekostnader", "supportCost"],
    ["Salg og markedsføring", "salesMarketing"],
    ["Omsetning per kunde", "none"],
  ],
  lv: [
    ["Mēnesis", "month"],
    ["Klientu skaits sākumā", "customersStart"],
    ["Klientu skaits beigās", "customersEnd"],
    ["Jaunie klienti", "newCustomers"],
    ["Zaudētie klienti", "lostCustomers"],
    ["Apgrozījums", "revenue"],
    ["Atbalsta izmaksas", "supportCost"],
    ["Mārketinga izdevumi", "salesMarketing"],
    ["Ieņēmumi uz klientu", "none"],
  ],
  zh: [
    ["月份", "month"],
    ["月初客户数", "customersStart"],
    ["月末客户数", "customersEnd"],
    ["新客户", "newCustomers"],
    ["流失客户", "lostCustomers"],
    ["营收", "revenue"],
    ["客服费用", "supportCost"],
    ["营销费用", "salesMarketing"],
    ["客单价", "none"],
  ],
};

describe.each(LANGUAGES)("headers in %s", (language) => {
  it.each(TICKET_LOGS[language].map((columns, i) => [i + 1, columns] as const))(
    "finds every field of ticket log %i",
    (_, columns) => {
      const { headers, sample, expected } = tab(columns);
      const d = detectTicketColumns(headers, { sample, locale: language });
      expect(d.indexes).toEqual(expected);
      // Each log holds every timestamp and text field; duration fields have logs of their own.
      expect(d.matched).toBe(Object.keys(expected).length);
      expect(d.matched).toBeGreaterThanOrEqual(TICKET_FIELDS.length - DURATION_AND_COUNT_FIELDS.length);
      expect(d.warnings).toEqual([]);
    },
  );

  it("finds every field of a survey tab", () => {
    const { headers, sample, expected } = tab(SURVEYS[language]);
    const d = detectSurveyColumns(headers, { sample, locale: language });
    expect(d.indexes).toEqual(expected);
    expect(d.warnings).toEqual([]);
  });

  it("finds every field of a customers-and-finance tab", () => {
    const { headers, sample, expected } = tab(FINANCE[language]);
    const d = detectCustomerColumns(headers, { sample, locale: language });
    expect(d.indexes).toEqual(expected);
    expect(d.warnings).toEqual([]);
  });

  it("knows the add-on's own field labels, alone and as a row", () => {
    const locale: Locale = language;
    const ticketLabels = TICKET_FIELDS.map((f) => fieldLabel("ticket", f, locale));
    const surveyLabels = SURVEY_FIELDS.map((f) => fieldLabel("survey", f, locale));
    const customerLabels = CUSTOMER_FIELDS.map((f) => fieldLabel("customers", f, locale));
    // The labels are translations, not the English ones.
    expect(ticketLabels).not.toContain("Created");
    expect(customerLabels).not.toContain("Revenue");

    TICKET_FIELDS.forEach((field, i) => {
      expect(detectTicketColumns([ticketLabels[i]]).indexes, ticketLabels[i]).toEqual({ [field]: 0 });
    });
    SURVEY_FIELDS.forEach((field, i) => {
      expect(detectSurveyColumns([surveyLabels[i]]).indexes, surveyLabels[i]).toEqual({ [field]: 0 });
    });
    CUSTOMER_FIELDS.forEach((field, i) => {
      expect(detectCustomerColumns([customerLabels[i]]).indexes, customerLabels[i]).toEqual({ [field]: 0 });
    });
    expect(detectTicketColumns(ticketLabels).matched).toBe(TICKET_FIELDS.length);
    expect(detectSurveyColumns(surveyLabels).matched).toBe(SURVEY_FIELDS.length);
    expect(detectCustomerColumns(customerLabels).matched).toBe(CUSTOMER_FIELDS.length);
  });

  it("picks its tabs in a workbook", () => {
    const preview = (name: string, columns: readonly Column<string>[]) => {
      const { headers, sample } = tab(columns);
      return { name, headers, sample };
    };
    const tabs = [
      preview("Notes", [
        // A dated note: it has a created column, but no more.
        [TICKET_LOGS[language][0][1][0], "created"],
        ["Memo", "none"],
      ]),
      preview("Survey", SURVEYS[language]),
      preview("Tickets", TICKET_LOGS[language][0]),
      preview("Finance", FINANCE[language]),
    ];
    const tickets = pickTicketTab(tabs);
    expect(tickets?.name).toBe("Tickets");
    expect(tickets?.detection.matched).toBe(tab(TICKET_LOGS[language][0]).fieldCount);
    expect(pickSurveyTab(tabs, ["Tickets"])?.name).toBe("Survey");
    expect(pickCustomersTab(tabs, ["Tickets", "Survey"])?.name).toBe("Finance");
  });
});

describe("header variants", () => {
  const cases: [string, TicketField][] = [
    // German, as in the helpdesks' German exports and typed by hand.
    ["Ticket-ID", "id"],
    ["Ticketnummer", "id"],
    ["Ticket-Nr.", "id"],
    ["Vorgangsschlüssel", "id"],
    ["Erstellt", "created"],
    ["Erstellt am", "created"],
    ["Erstellungsdatum", "created"],
    ["Datum der Erstellung", "created"],
    ["Erste Antwort", "firstResponse"],
    ["Erste Antwort am", "firstResponse"],
    ["Gelöst", "resolved"],
    ["Gelöst am", "resolved"],
    ["Geschlossen am", "resolved"],
    ["Schließdatum", "resolved"],
    ["Bearbeiter", "agent"],
    ["Zugewiesen an", "agent"],
    ["Priorität", "priority"],
    ["Kategorie", "category"],
    ["Kanal", "channel"],
    ["Zufriedenheit", "csat"],
    ["Anzahl der Kontakte", "contacts"],
    // Swedish.
    ["Ärendenummer", "id"],
    ["Skapat", "created"],
    ["Registrerad", "created"],
    ["Första svaret", "firstResponse"],
    ["Löst den", "resolved"],
    ["Avslutad", "resolved"],
    ["Ansvarig", "agent"],
    ["Kundnöjdhet", "csat"],
    // Norwegian.
    ["Saksnr", "id"],
    ["Opprettelsesdato", "created"],
    ["Første respons", "firstResponse"],
    ["Løsningsdato", "resolved"],
    ["Avsluttet", "resolved"],
    ["Ansvarlig", "agent"],
    ["Alvorlighetsgrad", "priority"],
    ["Interaksjoner", "contacts"],
    // Latvian, with and without its diacritics.
    ["Izveidošanas datums", "created"],
    ["Izveidosanas datums", "created"],
    ["Pirmā reakcija", "firstResponse"],
    ["Slēgts", "resolved"],
    ["Izpildītājs", "agent"],
    ["Pieprasījuma tips", "category"],
    ["Saziņas kanāls", "channel"],
    // Chinese.
    ["工单号", "id"],
    ["工单ID", "id"],
    ["创建日期", "created"],
    ["首响时间", "firstResponse"],
    ["完成时间", "resolved"],
    ["经办人", "agent"],
    ["客服", "agent"],
    ["工单类型", "category"],
    ["来源渠道", "channel"],
    ["严重程度", "priority"],
    ["满意度评分", "csat"],
    ["交互次数", "contacts"],
    ["创建时间（UTC+8）", "created"],
  ];
  it.each(cases)("%s → %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });
});

describe("look-alikes", () => {
  it("does not take a person for a time: who created, resolved or answered it", () => {
    for (const header of [
      "Erstellt von",
      "Skapad av",
      "Opprettet av",
      "Kas izveidoja",
      "创建人",
      "Erste Antwort von",
      "Första svar av",
      "Gelöst von",
      "Löst av",
      "Løst av",
      "Geschlossen von",
      "Stängd av",
      "Lukket av",
      "解决人",
    ]) {
      const { indexes } = detectTicketColumns([header]);
      expect(indexes.created, header).toBeUndefined();
      expect(indexes.firstResponse, header).toBeUndefined();
      expect(indexes.resolved, header).toBeUndefined();
    }
    // Who resolved or closed a ticket is its agent, as English "Closed by".
    for (const header of ["Gelöst von", "Löst av", "Løst av", "Geschlossen von", "Stängd av", "解决人"]) {
      expect(fieldOf(header), header).toBe("agent");
    }
    const d = detectTicketColumns(["Erstellt von", "Erstellt am", "Skapad av"]);
    expect(d.columns).toEqual({ created: "Erstellt am" });
  });

  it("does not take a status number, a status change or a team for the status or the agent", () => {
    for (const header of [
      "Status-Nr.",
      "Statusnummer",
      "Statuss Nr.",
      "Status geändert am",
      "Status endret",
    ]) {
      expect(detectTicketColumns([header]).indexes.status, header).toBeUndefined();
    }
    const d = detectTicketColumns([
      "Zuständige Gruppe",
      "Ansvarig grupp",
      "Status-Nr.",
      "Status",
      "Bearbeiter",
    ]);
    expect(d.columns).toEqual({ status: "Status", agent: "Bearbeiter" });
  });

  it("does not take a duration, a deadline or another time for a timestamp", () => {
    for (const header of [
      "Erste Antwort (Std.)",
      "Första svar (minuter)",
      "Løsningstid (timer)",
      "Pirmās atbildes laiks (stundas)",
      "Zeit bis zur ersten Antwort",
      "Tid till lösning",
      "Gelöst fällig am",
      "Senast uppdaterad",
      "Sist oppdatert",
      "Zuletzt geändert",
    ]) {
      const { indexes } = detectTicketColumns([header]);
      expect(indexes.created, header).toBeUndefined();
      expect(indexes.firstResponse, header).toBeUndefined();
      expect(indexes.resolved, header).toBeUndefined();
    }
    // "Erste Antwortzeit" names the time, but numbers in it are hours: not a timestamp.
    const headers = ["Erstellt am", "Erste Antwortzeit"];
    expect(detectTicketColumns(headers).columns.firstResponse).toBe("Erste Antwortzeit");
    const sample = [
      [at("2026-03-01T10:00:00"), 2.5],
      [at("2026-03-01T11:00:00"), 0.75],
    ];
    const d = detectTicketColumns(headers, { sample });
    expect(d.indexes.firstResponse).toBeUndefined();
    // It is the duration it says it is (read as created + the duration when its unit is known).
    expect(d.columns.firstResponseTime).toBe("Erste Antwortzeit");
  });

  it("does not take a count of contacts for the resolved time, nor a comment for a score", () => {
    const d = detectTicketColumns(["Kontakter till lösning", "Kontakte bis zur Lösung"]);
    expect(d.indexes.resolved).toBeUndefined();
    const survey = detectSurveyColumns([
      "Datum",
      "Warum würden Sie uns weiterempfehlen?",
      "Varför gav du det betyget?",
    ]);
    expect(survey.columns).toEqual({ date: "Datum" });
  });
});

describe("mixed languages", () => {
  it("reads a row whose headers are in several languages", () => {
    const { headers, sample, expected } = tab<TicketField>([
      ["Ticket ID", "id"],
      ["Erstellt am", "created"],
      ["First reply", "firstResponse"],
      ["Löst", "resolved"],
      ["状态", "status"],
      ["Category", "category"],
      ["Kanāls", "channel"],
      ["Saksbehandler", "agent"],
      ["Priority", "priority"],
      ["满意度", "csat"],
      ["Anzahl Kontakte", "contacts"],
    ]);
    const d = detectTicketColumns(headers, { sample });
    expect(d.indexes).toEqual(expected);
    expect(d.warnings).toEqual([]);
  });

  it("prefers an exact name in any language over a generic one", () => {
    const d = detectTicketColumns(["Datum", "Created", "Erstellt"]);
    expect(d.columns.created).toBe("Created");
    // Two exact names tie: the first is used, and the user is told.
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toContain('"Erstellt"');
  });
});

describe("the rule tables", () => {
  it("name every field of every tab in every language, several ways", () => {
    const tables: [HeaderNames<string>, readonly string[]][] = [
      [TICKET_HEADER_NAMES, TICKET_FIELDS],
      [SURVEY_HEADER_NAMES, SURVEY_FIELDS],
      [CUSTOMER_HEADER_NAMES, CUSTOMER_FIELDS],
    ];
    for (const [table, fields] of tables) {
      expect(Object.keys(table).sort()).toEqual([...LANGUAGES].sort());
      for (const language of LANGUAGES) {
        for (const field of fields) {
          const names = table[language][field]?.names ?? [];
          expect(names.length, `${language} ${field}`).toBeGreaterThanOrEqual(3);
        }
      }
    }
  });

  it("map each listed name, alone, to its own field", () => {
    const check = <F extends string>(
      table: HeaderNames<F>,
      detect: (headers: string[]) => { indexes: Partial<Record<F, number>> },
    ) => {
      const wrong: string[] = [];
      for (const language of LANGUAGES) {
        for (const [field, rule] of Object.entries(table[language]) as [F, { names?: unknown[] }][]) {
          for (const name of rule.names ?? []) {
            const header = typeof name === "string" ? name : (name as [string, number])[0];
            const got = Object.keys(detect([header]).indexes);
            if (got.length !== 1 || got[0] !== field)
              wrong.push(`${language} "${header}" → ${got} (${field})`);
          }
        }
      }
      return wrong;
    };
    expect(check(TICKET_HEADER_NAMES, detectTicketColumns)).toEqual([]);
    expect(check(SURVEY_HEADER_NAMES, detectSurveyColumns)).toEqual([]);
    expect(check(CUSTOMER_HEADER_NAMES, detectCustomerColumns)).toEqual([]);
  });

  it("leave an override alone: English rules only, or one language added", () => {
    const headers = ["Erstellt am", "创建时间", "Status"];
    expect(detectTicketColumns(headers, { rules: TICKET_RULES }).columns).toEqual({ status: "Status" });
    const german = extendRules(TICKET_RULES, TICKET_HEADER_NAMES.de);
    expect(detectTicketColumns(headers, { rules: german }).columns).toEqual({
      created: "Erstellt am",
      status: "Status",
    });
    expect(detectTicketColumns(headers).columns).toEqual({ created: "Erstellt am", status: "Status" });
    expect(detectTicketColumns(headers).warnings[0]).toContain('"创建时间"');
  });
});

describe("English detection", () => {
  /** The same detection with the other languages' names as with the English table alone. */
  function same<F extends string>(
    detect: (
      headers: readonly unknown[],
      options?: { rules?: FieldRules<F>; sample?: readonly (readonly unknown[])[] },
    ) => unknown,
    rules: FieldRules<F>,
    headers: readonly unknown[],
    sample?: readonly (readonly unknown[])[],
  ) {
    expect(detect(headers, { sample }), headers.join(", ")).toEqual(detect(headers, { sample, rules }));
  }

  const englishNames = (rules: FieldRules<string>) =>
    Object.values(rules).flatMap((rule) => rule.names.map((n) => (typeof n === "string" ? n : n[0])));

  it("is unchanged for every English name, alone", () => {
    for (const name of englishNames(TICKET_RULES)) same(detectTicketColumns, TICKET_RULES, [name]);
    for (const name of englishNames(SURVEY_RULES)) same(detectSurveyColumns, SURVEY_RULES, [name]);
    for (const name of englishNames(CUSTOMER_RULES)) same(detectCustomerColumns, CUSTOMER_RULES, [name]);
  });

  it("is unchanged for English helpdesk exports and hand-made tabs", () => {
    const ticketRows = [
      // Zendesk
      [
        "Id",
        "Requester",
        "Subject",
        "Status",
        "Priority",
        "Group",
        "Assignee",
        "Created at",
        "Updated at",
        "Solved at",
        "First reply time in minutes",
        "Satisfaction Score",
        "Via",
        "Replies",
      ],
      // Freshdesk
      [
        "Ticket ID",
        "Subject",
        "Status",
        "Priority",
        "Source",
        "Type",
        "Agent",
        "Group",
        "Created time",
        "Due by Time",
        "Resolved time",
        "Closed time",
        "Last update time",
        "Initial response time",
        "Customer interactions",
        "Agent interactions",
      ],
      // Jira Service Management
      [
        "Issue key",
        "Issue id",
        "Summary",
        "Issue Type",
        "Status",
        "Priority",
        "Assignee",
        "Reporter",
        "Created",
        "Updated",
        "Resolved",
        "Satisfaction",
      ],
      // HubSpot
      [
        "Ticket ID",
        "Ticket name",
        "Pipeline",
        "Ticket status",
        "Create date",
        "Close date",
        "Priority",
        "Source",
        "Ticket owner",
        "Category",
        "First agent reply date",
      ],
      // Intercom, Help Scout
      [
        "Conversation ID",
        "Created at",
        "First response at",
        "Closed at",
        "State",
        "Assignee",
        "Channel",
        "Conversation rating",
        "Tags",
      ],
      [
        "Conversation ID",
        "Number",
        "Status",
        "Mailbox",
        "Assignee",
        "Created By",
        "Created at",
        "Closed at",
        "Type",
        "Rating",
        "Threads",
      ],
      // The add-on's own sample data and an event log
      [...SAMPLE_TICKET_HEADERS],
      [
        "Ticket",
        "Timestamp",
        "Status No.",
        "Status Name",
        "Severity",
        "Assigned To",
        "Closed by",
        "Notes",
        "Pro plan",
      ],
    ];
    for (const row of ticketRows) same(detectTicketColumns, TICKET_RULES, row);
    same(detectSurveyColumns, SURVEY_RULES, [
      "Submitted at",
      "How likely are you to recommend us to a friend?",
      "Effort score",
      "CSAT",
      "Comments",
    ]);
    same(detectCustomerColumns, CUSTOMER_RULES, [
      "Month",
      "Customers at start of month",
      "Customers at end of month",
      "New",
      "Churned",
      "Pro revenue",
      "Revenue per customer",
      "Cost of support",
      "S&M spend",
    ]);
  });

  it("is unchanged for the PrepBench exports, cells checked", () => {
    for (const file of [
      "prepbench059_ticket_events_part1.csv",
      "prepbench059_sla_by_department.csv",
      "prepbench040_sudzilla_nps_survey.csv",
    ]) {
      const values = readSharedCsv(file);
      const sample = values.slice(1, 50);
      same(detectTicketColumns, TICKET_RULES, values[0], sample);
      same(detectSurveyColumns, SURVEY_RULES, values[0], sample);
      same(detectCustomerColumns, CUSTOMER_RULES, values[0], sample);
    }
  });
});
