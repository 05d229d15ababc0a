/**
 * What an event log's activity or status means for a ticket, read from its words: "Take in charge
 * ticket" is a response, "Pending" waits on the customer, "Resolve ticket" resolves it, "Closed"
 * closes it. The sidebar lets a user change any activity's meaning (Settings.activityMeanings);
 * these are the defaults.
 *
 * Words cover the add-on's six languages and the statuses of the helpdesks teams export from:
 * Zendesk (New, Open, Pending, On-hold, Solved, Closed), Freshdesk (Open, Pending, Resolved, Closed,
 * Waiting on Customer, Waiting on Third Party), HubSpot (New, Waiting on contact, Waiting on us,
 * Closed), Help Scout (Active, Pending, Closed, Spam), Intercom (Submitted, In progress, Waiting on
 * customer, Resolved; Open, Snoozed, Closed), Gorgias (Open, Snoozed, Closed), Zoho Desk (Open, On
 * Hold, Escalated, Closed), Jira Service Management (Waiting for support, Waiting for customer, In
 * progress, Pending, Escalated, Resolved, Canceled, Closed), and Bugzilla-style resolutions
 * (Verified, Invalid, Duplicate). Waiting on a third party or snoozed is neither a response nor
 * waiting on the customer: it stays "other".
 *
 * Words are compared as `headerWords` gives them (lower case, accents dropped); Chinese has no spaces,
 * so its words are found inside the text.
 */

import { headerWords } from "./columns";

import { MEANINGS, type Meaning } from "./ticket";

export { MEANINGS, type Meaning };

function normalized(list: readonly string[]): Set<string> {
  return new Set(list.map((text) => headerWords(text).join(" ")));
}

/** Words that turn an activity round: "Not resolved", "Nicht gelöst", "Ej löst". */
const NEGATIONS = normalized(["not", "nicht", "inte", "ej", "icke", "ikke", "nav", "ne", "unresolved", "未"]);

/** Words that say nothing about the meaning: "Resolve ticket", "Closed by system", "Auto-closed". */
const FILLER = normalized([
  "ticket",
  "tickets",
  "case",
  "issue",
  "request",
  "conversation",
  "the",
  "a",
  "by",
  "system",
  "auto",
  "automatically",
  "status",
  "set",
  "to",
  "as",
  "marked",
  "changed",
  "ärende",
  "ärendet",
  "fall",
  "sak",
  "saken",
  "pieteikums",
  "automatisch",
  "automatiskt",
  "automatisk",
]);

/** A meaning's words: any of `words` among the activity's (filler dropped), at most `maxWords` of them. */
interface Rule {
  meaning: Meaning;
  words: Set<string>;
  /** Phrases that must appear in order ("in progress", "waiting on us"). */
  phrases: string[][];
  /** Chinese fragments found inside the text. */
  zh: RegExp | null;
  maxWords: number;
}

function rule(
  meaning: Meaning,
  words: readonly string[],
  phrases: readonly string[],
  zh: RegExp | null,
  maxWords = 3,
): Rule {
  return { meaning, words: normalized(words), phrases: phrases.map(headerWords), zh, maxWords };
}

/** In order: the first rule that matches gives the meaning. */
const RULES: readonly Rule[] = [
  rule(
    "reopened",
    [
      "reopen",
      "reopened",
      "reopening",
      "återöppnad",
      "återöppnat",
      "återöppna",
      "wiedereröffnet",
      "wiedergeöffnet",
      "gjenåpnet",
      "gjenåpne",
    ],
    ["re open", "re opened", "erneut geöffnet", "atkārtoti atvērts", "atkārtoti atvērta"],
    /重新打开|重开|再次打开/,
  ),
  // The team's turn again, not the customer's: "Waiting on us", "Waiting for support".
  rule(
    "created",
    [],
    [
      "waiting on us",
      "waiting for us",
      "waiting for support",
      "waiting on support",
      "waiting on agent",
      "waiting for agent",
      "awaiting agent",
      "customer replied",
      "customer responded",
    ],
    /等待(客服|支持|处理)/,
    4,
  ),
  rule(
    "other",
    ["hold", "snoozed", "snooze", "vilande", "pausad", "angehalten", "pausiert", "pauset", "apturēts"],
    ["third party", "on hold", "på vent", "i vänteläge", "wartet auf dritte"],
    /挂起|暂停|第三方/,
    4,
  ),
  rule(
    "waiting",
    [
      "pending",
      "wait",
      "waiting",
      "awaiting",
      "customer",
      "contact",
      "requester",
      "kund",
      "kunden",
      "kunde",
      "kundsvar",
      "kundesvar",
      "kundenantwort",
      "kundenrückmeldung",
      "klients",
      "klienta",
      "klientu",
      "väntar",
      "väntande",
      "avvaktar",
      "wartend",
      "warten",
      "wartet",
      "ausstehend",
      "venter",
      "ventende",
      "gaida",
      "gaidīšanā",
    ],
    [],
    /等待|待回复|客户|用户/,
    4,
  ),
  rule(
    "resolved",
    [
      "resolve",
      "resolved",
      "solve",
      "solved",
      "done",
      "complete",
      "completed",
      "fixed",
      "fix",
      "löst",
      "lösa",
      "åtgärdad",
      "åtgärdat",
      "klar",
      "klart",
      "färdig",
      "färdigt",
      "gelöst",
      "lösen",
      "erledigt",
      "behoben",
      "fertig",
      "løst",
      "løse",
      "ferdig",
      "fullført",
      "ferdigstilt",
      "utført",
      "løyst", // nn (Nynorsk)
      "atrisināts",
      "atrisināta",
      "atrisināt",
      "izpildīts",
      "izpildīta",
      "novērsts",
      "novērsta",
      "pabeigts",
      "pabeigta",
    ],
    [],
    /已?解决|已?完成|已结单|已办结|已完结|已结案|处理完成/,
    2,
  ),
  rule(
    "closed",
    [
      "close",
      "closed",
      "archived",
      "verified",
      "canceled",
      "cancelled",
      "spam",
      "invalid",
      "duplicate",
      "rejected",
      "stängd",
      "stängt",
      "stäng",
      "avslutad",
      "avslutat",
      "geschlossen",
      "schließen",
      "abgeschlossen",
      "archiviert",
      "storniert",
      "lukket",
      "lukk",
      "avsluttet",
      "arkivert",
      "lukka", // nn (Nynorsk)
      "avslutta",
      "slēgts",
      "slēgta",
      "slēgt",
      "aizvērts",
      "aizvērta",
      "noslēgts",
      "noslēgta",
      "atcelts",
    ],
    [],
    /已?关闭|已?取消|归档/,
    2,
  ),
  rule(
    "response",
    [
      "reply",
      "replied",
      "respond",
      "responded",
      "response",
      "answer",
      "answered",
      "accept",
      "accepted",
      "acknowledged",
      "working",
      "progress",
      "started",
      "besvarad",
      "besvarat",
      "svarat",
      "svar",
      "pågår",
      "påbörjad",
      "accepterad",
      "beantwortet",
      "geantwortet",
      "antwort",
      "bearbeitung",
      "angenommen",
      "übernommen",
      "besvart",
      "svart",
      "akseptert",
      "atbildēts",
      "atbildēta",
      "atbilde",
      "procesā",
      "pieņemts",
      "pieņemta",
    ],
    ["take in charge", "taken in charge", "in charge", "under arbeid", "i arbete", "under behandling"],
    /已?回复|处理中|已?受理|已?接受/,
    4,
  ),
  rule(
    "assigned",
    [
      "assign",
      "assigned",
      "assignment",
      "reassigned",
      "triage",
      "triaged",
      "routed",
      "queued",
      "categorized",
      "categorised",
      "escalated",
      "escalate",
      "eskaliert",
      "eskalert",
      "eskalerad",
      "tilldelad",
      "tilldelat",
      "tilldela",
      "zugewiesen",
      "zuweisen",
      "zugeordnet",
      "tildelt",
      "tildel",
      "piešķirts",
      "piešķirta",
      "piešķirt",
    ],
    [],
    /已?分配|分派|指派|升级/,
    4,
  ),
  rule(
    "created",
    [
      "created",
      "create",
      "new",
      "open",
      "opened",
      "active",
      "logged",
      "insert",
      "inserted",
      "submitted",
      "received",
      "registered",
      "raised",
      "skapad",
      "skapat",
      "ny",
      "nytt",
      "öppen",
      "öppnad",
      "registrerad",
      "erstellt",
      "neu",
      "angelegt",
      "eröffnet",
      "offen",
      "geöffnet",
      "opprettet",
      "åpen",
      "åpnet",
      "registrert",
      "izveidots",
      "izveidota",
      "jauns",
      "jauna",
      "atvērts",
      "atvērta",
      "reģistrēts",
    ],
    [],
    /新建|已?创建|新的|^新$|打开|已提交|待处理/,
    3,
  ),
];

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return phrase.length > 0;
  }
  return false;
}

/** The meaning of an activity or status from its words ("other" when none fits). */
export function defaultMeaning(activity: string): Meaning {
  const all = headerWords(activity);
  if (all.length === 0) return "other";
  if (all.some((w) => NEGATIONS.has(w)) || /^未/.test(activity.trim())) return "other";
  const words = all.filter((w) => !FILLER.has(w));
  const core = words.length > 0 ? words : all;
  for (const r of RULES) {
    if (r.phrases.some((p) => containsPhrase(all, p))) return r.meaning;
    if (core.length <= r.maxWords && core.some((w) => r.words.has(w))) return r.meaning;
    if (r.zh?.test(activity)) return r.meaning;
  }
  return "other";
}

/** Whether an activity finishes a ticket by default ("Closed", "Resolved", "Gelöst", "已解决"). */
export function isClosedStatus(status: string): boolean {
  const meaning = defaultMeaning(status);
  return meaning === "resolved" || meaning === "closed";
}

/** Whether an activity hands the ticket to the customer by default ("Pending", "Awaiting customer"). */
export function isCustomerStatus(status: string): boolean {
  return defaultMeaning(status) === "waiting";
}

/** Who did an event, as far as a ticket's rules care. */
export type ResourceKind = "person" | "nobody" | "system" | "customer";

const NOBODY = normalized([
  "",
  "awaiting resource",
  "awaiting assignment",
  "unassigned",
  "not assigned",
  "none",
  "nobody",
  "n/a",
  "na",
  "queue",
  "ej tilldelad",
  "ej tilldelat",
  "inte tilldelad",
  "inte tilldelat",
  "otilldelad",
  "ingen",
  "kö",
  "nicht zugewiesen",
  "nicht zugeordnet",
  "niemand",
  "warteschlange",
  "ikke tildelt",
  "ikkje tildelt",
  "kø",
  "nav piešķirts",
  "nav piešķirta",
  "neviens",
  "rinda",
  "未分配",
  "待分配",
  "未指派",
  "无",
]);
const SYSTEM = normalized([
  "system",
  "bot",
  "automation",
  "automatic",
  "auto",
  "workflow",
  "trigger",
  "sla policy",
  "api",
  "integration",
  "automatisk",
  "automatisch",
  "sistēma",
  "系统",
  "机器人",
  "自动",
]);
const CUSTOMER = normalized([
  "customer",
  "requester",
  "end user",
  "kund",
  "kunde",
  "klients",
  "客户",
  "用户",
]);

/** What kind of resource a name is; a status name in the resource column ("Closed") is nobody. */
export function resourceKind(name: string, statusWords: ReadonlySet<string>): ResourceKind {
  const words = headerWords(name).join(" ");
  if (SYSTEM.has(words)) return "system";
  if (CUSTOMER.has(words)) return "customer";
  if (NOBODY.has(words) || statusWords.has(words)) return "nobody";
  return "person";
}
