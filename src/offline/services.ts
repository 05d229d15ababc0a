/**
 * `createOfflineServices()`: the add-on's `Services` backed by an in-memory spreadsheet, plus the
 * handles tests and the playground need (the spreadsheet, the call log, the UI record, the
 * properties, the document lock).
 *
 *   const offline = createOfflineServices({ timeZone: "Europe/Berlin", sheets: { Tickets: rows } });
 *   buildReport(offline, request);          // the add-on's code takes `Services`
 *   offline.calls.total;                     // service calls made
 *   offline.spreadsheet.sheet("Tickets");   // tabs, values, formats, charts, errors
 */
import type { Services } from "../platform/services";
import { CallLog } from "./call-log";
import { AUTH_MODE } from "./enums";
import { DocumentLock } from "./lock";
import { OfflineProperties } from "./properties";
import type { CustomFunction } from "./sheets-functions";
import { OfflineSpreadsheet } from "./spreadsheet";
import { OfflineSpreadsheetApp } from "./spreadsheet-app";
import { type HtmlFiles, OfflineHtmlService, OfflineUi } from "./ui";

/** What a test or the playground starts the offline spreadsheet with. */
export interface OfflineOptions {
  /** IANA time zone of the spreadsheet, default "UTC". */
  timeZone?: string;
  /** Spreadsheet locale, default "en_US". */
  locale?: string;
  /**
   * Tabs to start with, in order, values stored as given (text stays text). Without it the
   * spreadsheet has one empty "Sheet1", as a new one does.
   */
  sheets?: Record<string, unknown[][]>;
  /** Files for `HtmlService.createHtmlOutputFromFile` (see `OfflineHtmlService`). */
  htmlFiles?: HtmlFiles;
  /** Custom functions formulas may call, e.g. the add-on's bundle's `NPS`. */
  customFunctions?: Record<string, CustomFunction>;
}

/** The add-on's `Services` plus the offline handles. */
export interface OfflineServices extends Services {
  spreadsheetApp: OfflineSpreadsheetApp;
  spreadsheet: OfflineSpreadsheet;
  /** Every service call, per method; `reset()` before the part a test measures. */
  calls: CallLog;
  ui: OfflineUi;
  properties: OfflineProperties;
  lock: DocumentLock;
}

/** A fresh offline spreadsheet and the services around it (see the module comment). */
export function createOfflineServices(options: OfflineOptions = {}): OfflineServices {
  const calls = new CallLog();
  const spreadsheet = new OfflineSpreadsheet({
    calls,
    timeZone: options.timeZone,
    locale: options.locale,
    customFunctions: options.customFunctions,
  });
  const entries = Object.entries(options.sheets ?? {});
  if (entries.length === 0) spreadsheet.addSheet("Sheet1");
  for (const [name, values] of entries) spreadsheet.loadSheet(name, values);
  const ui = new OfflineUi(calls);
  const properties = new OfflineProperties(calls);
  const lock = new DocumentLock(calls);
  const html = new OfflineHtmlService(calls, options.htmlFiles);
  return {
    spreadsheetApp: new OfflineSpreadsheetApp(spreadsheet, ui),
    propertiesService: {
      getDocumentProperties() {
        calls.count("PropertiesService.getDocumentProperties");
        return properties;
      },
    },
    lockService: {
      getDocumentLock() {
        calls.count("LockService.getDocumentLock");
        return lock.newLock();
      },
    },
    htmlService: html,
    scriptApp: { AuthMode: AUTH_MODE },
    spreadsheet,
    calls,
    ui,
    properties,
    lock,
  };
}
