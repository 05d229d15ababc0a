/**
 * Settings saved per document as one small JSON value in DocumentProperties.
 *
 * Loading never throws on what is stored: each field is checked on its own and falls back to its
 * default when missing, of the wrong type, or out of range, so a corrupt value, an older version's
 * JSON or a hand-edited property still opens the sidebar. Saving keeps the value well under Apps
 * Script's 9 KB per property by bounding every text, and refuses (with the size) if it ever would not.
 */

import { MEANINGS, type Meaning } from "../input/activity-meaning";
import { HEADER_CUT } from "../input/columns";
import { type ColumnMapping, TICKET_FIELDS } from "../input/ticket";
import type { PropertiesLike } from "../platform/services";
import { tabNameKey } from "../platform/tab-name";
import {
  DEFAULT_SETTINGS,
  DEFAULT_STAFFING,
  KPI_IDS,
  type KpiId,
  MAX_SCHEDULE,
  type Settings,
  type StaffingSettings,
} from "./settings";
import { MAX_SLA_HOURS, STAFFING, staffingInUnit, staffingProblem } from "./settings-rules";

/** The property key. */
export const SETTINGS_KEY = "supportKpis.settings";
/** The property key of the activities' meanings (event logs), kept apart so both stay under 9 KB. */
export const MEANINGS_KEY = "supportKpis.activityMeanings";
/** At most this many activities keep a meaning the user set, each of at most MAX_ACTIVITY characters. */
export const MAX_MEANINGS = 40;
const MAX_ACTIVITY = 60;
/** Version of the stored JSON; bump with a migration in `parseSettings` when its meaning changes. */
const SETTINGS_VERSION = 1;
/** Apps Script's limit per property value, in bytes. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;

/**
 * The property key of the mapping last saved for each ticket-log tab: a user who builds from one
 * tab, then another, finds the first tab's columns as they left them when they pick it again.
 */
export const TAB_COLUMNS_KEY = "supportKpis.tabColumns";
/** Tabs whose mapping is remembered, the most recently saved first. */
export const MAX_TAB_MAPPINGS = 4;

/** Sheets caps tab names at 100 characters. */
const MAX_SHEET_NAME = 100;
/**
 * Headers are remembered by up to this many characters, which bounds the JSON's size with every
 * field mapped. A longer header (a survey question) is kept as its first characters and "…", and
 * resolveMapping finds it by that prefix, so any picked column is used whatever its length.
 */
const MAX_HEADER = 80;

/** A string of at most `max` characters whose JSON form is at most 3 bytes a character (no escapes blowing it up). */
function text(value: unknown, max: number, fallback: string): string {
  return typeof value === "string" && value.length <= max && utf8Length(JSON.stringify(value)) <= 3 * max + 2
    ? value
    : fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Settings from stored JSON (or anything else): every valid field kept, every other one defaulted.
 * Unknown keys are dropped. Never throws.
 */
export function parseSettings(json: string | null | undefined): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, columns: {}, targets: {} };
  if (typeof json !== "string" || json === "") return settings;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return settings;
  }
  if (!isRecord(raw)) return settings;

  settings.ticketSheet = text(raw.ticketSheet, MAX_SHEET_NAME, DEFAULT_SETTINGS.ticketSheet);
  settings.surveySheet = text(raw.surveySheet, MAX_SHEET_NAME, DEFAULT_SETTINGS.surveySheet);
  settings.customersSheet = text(raw.customersSheet, MAX_SHEET_NAME, DEFAULT_SETTINGS.customersSheet);
  settings.schedule = text(raw.schedule, MAX_SCHEDULE, DEFAULT_SETTINGS.schedule);
  if (typeof raw.slaHours === "number" && raw.slaHours > 0 && raw.slaHours <= MAX_SLA_HOURS) {
    settings.slaHours = raw.slaHours;
  }
  if (raw.average === "median" || raw.average === "mean") settings.average = raw.average;

  if (isRecord(raw.columns)) settings.columns = parseColumns(raw.columns);
  if (isRecord(raw.staffing)) settings.staffing = parseStaffing(raw.staffing);
  const meanings = parseMeanings(raw.activityMeanings);
  if (meanings && Object.keys(meanings).length > 0) settings.activityMeanings = meanings;
  if (isRecord(raw.targets)) {
    const targets: Partial<Record<KpiId, number>> = {};
    for (const kpi of KPI_IDS) {
      const target = raw.targets[kpi];
      if (typeof target === "number" && Number.isFinite(target)) targets[kpi] = target;
    }
    settings.targets = targets;
  }
  return settings;
}

/** A mapping: each field's header, long ones kept by their start (see MAX_HEADER). */
function parseColumns(raw: Record<string, unknown>): ColumnMapping {
  const columns: ColumnMapping = {};
  for (const field of TICKET_FIELDS) {
    const header = raw[field];
    if (typeof header !== "string" || header.trim() === "") continue;
    const kept = header.length > MAX_HEADER ? `${header.slice(0, MAX_HEADER - 1)}${HEADER_CUT}` : header;
    if (text(kept, MAX_HEADER, "") === kept) columns[field] = kept;
  }
  return columns;
}

/** Staffing aims: each valid value kept, each other one its default. */
function parseStaffing(raw: Record<string, unknown>): StaffingSettings {
  const staffing = { ...DEFAULT_STAFFING };
  for (const spec of STAFFING) {
    const value = raw[spec.id];
    if (typeof value !== "number") continue;
    if (!staffingProblem(spec, staffingInUnit(value, spec.unit), String(value))) staffing[spec.id] = value;
  }
  return staffing;
}

/** Activities' meanings: known meanings of bounded activity texts, the first MAX_MEANINGS; else null. */
function parseMeanings(raw: unknown): Record<string, Meaning> | null {
  if (!isRecord(raw)) return null;
  const out: Record<string, Meaning> = {};
  let kept = 0;
  for (const [activity, meaning] of Object.entries(raw)) {
    if (kept >= MAX_MEANINGS) break;
    if (!(MEANINGS as readonly unknown[]).includes(meaning)) continue;
    if (text(activity, MAX_ACTIVITY, "\u0000") !== activity) continue;
    out[activity] = meaning as Meaning;
    kept++;
  }
  return out;
}

/** The JSON stored for settings (cleaned as `parseSettings` would read it back), meanings apart. */
function serializeSettings(settings: Settings): { json: string; meanings: string } {
  const { activityMeanings, ...clean } = parseSettings(JSON.stringify(settings));
  return {
    json: JSON.stringify({ version: SETTINGS_VERSION, ...clean }),
    meanings: JSON.stringify(activityMeanings ?? {}),
  };
}

/** UTF-8 bytes of a string, as Apps Script counts a property's size. */
export function utf8Length(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The document's saved settings, or the defaults. Never throws on what is stored. */
export function loadSettings(properties: PropertiesLike): Settings {
  const settings = parseSettings(properties.getProperty(SETTINGS_KEY));
  const stored = properties.getProperty(MEANINGS_KEY);
  if (stored) {
    try {
      const meanings = parseMeanings(JSON.parse(stored));
      if (meanings && Object.keys(meanings).length > 0) settings.activityMeanings = meanings;
    } catch {
      // A corrupt value is as good as none.
    }
  }
  return settings;
}

/**
 * Saves settings (invalid fields are dropped to their defaults, as loading would). Returns what was
 * saved. Throws only if the JSON would exceed the property limit, which the bounds make impossible
 * for settings a user can enter.
 */
export function saveSettings(properties: PropertiesLike, settings: Settings): Settings {
  const { json, meanings } = serializeSettings(settings);
  for (const [key, value] of [
    [SETTINGS_KEY, json],
    [MEANINGS_KEY, meanings],
  ]) {
    const bytes = utf8Length(key) + utf8Length(value);
    if (bytes > PROPERTY_VALUE_LIMIT) {
      throw new Error(
        `Settings are too large to save: ${bytes} bytes, and a document property holds at most ${PROPERTY_VALUE_LIMIT}.`,
      );
    }
  }
  properties.setProperty(SETTINGS_KEY, json);
  properties.setProperty(MEANINGS_KEY, meanings);
  const saved = loadSettings(properties);
  rememberTabColumns(properties, saved.ticketSheet, saved.columns);
  return saved;
}

interface TabColumns {
  tab: string;
  columns: ColumnMapping;
}

/** The remembered mappings as stored, most recent first; [] for anything unreadable. */
function storedTabColumns(properties: PropertiesLike): TabColumns[] {
  let raw: unknown;
  try {
    raw = JSON.parse(properties.getProperty(TAB_COLUMNS_KEY) ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const out: TabColumns[] = [];
  for (const entry of raw.slice(0, MAX_TAB_MAPPINGS)) {
    if (!isRecord(entry) || !isRecord(entry.columns)) continue;
    const tab = text(entry.tab, MAX_SHEET_NAME, "");
    if (tab !== "") out.push({ tab, columns: parseColumns(entry.columns) });
  }
  return out;
}

/** The mapping last saved for `tab` (compared as Sheets compares tab names), or null. */
export function loadTabColumns(properties: PropertiesLike, tab: string): ColumnMapping | null {
  const key = tabNameKey(tab);
  return storedTabColumns(properties).find((entry) => tabNameKey(entry.tab) === key)?.columns ?? null;
}

/** Puts `tab`'s mapping first; the oldest ones go when there are too many or they outgrow a property. */
function rememberTabColumns(properties: PropertiesLike, tab: string, columns: ColumnMapping): void {
  if (tab === "" || Object.keys(columns).length === 0) return;
  const key = tabNameKey(tab);
  const list = [
    { tab, columns },
    ...storedTabColumns(properties).filter((entry) => tabNameKey(entry.tab) !== key),
  ].slice(0, MAX_TAB_MAPPINGS);
  let json = JSON.stringify(list);
  while (list.length > 1 && utf8Length(TAB_COLUMNS_KEY) + utf8Length(json) > PROPERTY_VALUE_LIMIT) {
    list.pop();
    json = JSON.stringify(list);
  }
  properties.setProperty(TAB_COLUMNS_KEY, json);
}
