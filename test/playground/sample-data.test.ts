/**
 * Insert sample data, run from the playground's menu (its HTTP surface) more than once: the sample
 * tabs are refreshed in place, never duplicated, found by their mark or, for a sample made before
 * tabs were marked, by name in any case with the sample's header row; a user's own tab of that
 * name is never touched.
 */
import { afterAll, describe, expect, it } from "vitest";
import { type Playground, startPlayground } from "../../playground/app";
import type { ActionResult } from "../../playground/types";
import { t } from "../../src/i18n/messages";
import { SAMPLE_TICKET_HEADERS } from "../../src/report/sample-data";
import { ensureBuilt } from "./built";

const playgrounds: Playground[] = [];

afterAll(async () => {
  await Promise.all(playgrounds.map((p) => p.close()));
});

async function start(sample: boolean): Promise<Playground> {
  ensureBuilt();
  const playground = await startPlayground({ port: 0, timeZone: "Europe/Berlin", sample });
  playgrounds.push(playground);
  return playground;
}

async function insertSample(playground: Playground): Promise<ActionResult> {
  const response = await fetch(new URL("/api/menu", playground.url), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ functionName: "insertSampleData" }),
  });
  return (await response.json()) as ActionResult;
}

function tabs(playground: Playground) {
  return playground.workbook.addon.offline.spreadsheet
    .allSheets()
    .map((s) => ({ name: s.name, id: s.sheetId }));
}

describe("Insert sample data, a second time", () => {
  it("refreshes the sample tabs in place: same tabs, same ids, fresh data, no 'Tickets (2)'", async () => {
    const playground = await start(true);
    const book = playground.workbook.addon.offline.spreadsheet;
    const before = tabs(playground);
    const tickets = book.sheet(t("sample.tickets"))!;
    const rows = tickets.getLastRow();
    // A user's edit to the sample, which the refresh replaces.
    tickets.getRange(2, 1, 1, 1).setValues([["edited"]]);
    expect(await insertSample(playground)).toMatchObject({ ok: true });
    expect(tabs(playground)).toEqual(before);
    expect(tickets.getLastRow()).toBe(rows);
    expect(tickets.peekValues("A2")).toEqual([["T-10001"]]);
    expect(book.allSheets().some((s) => /\(\d\)$/.test(s.name))).toBe(false);
  }, 60_000);

  it("finds an earlier, unmarked sample by name in any case; a user's own tab of a sample name stays", async () => {
    const playground = await start(false);
    const book = playground.workbook.addon.offline.spreadsheet;
    // A ticket tab retyped in lower case, laid out as the sample, and a user's own "Survey".
    book.loadSheet(t("sample.tickets").toLowerCase(), [[...SAMPLE_TICKET_HEADERS], ["old", "", "", ""]]);
    const userSurvey = book.loadSheet(t("sample.survey"), [
      ["Question", "Answer"],
      ["How?", "Fine"],
    ]);
    const userSnapshot = userSurvey.snapshot();

    expect(await insertSample(playground)).toMatchObject({ ok: true });
    const names = tabs(playground).map((s) => s.name);
    expect(names.filter((n) => n.toLowerCase() === t("sample.tickets").toLowerCase())).toHaveLength(1);
    const tickets = book.sheet(t("sample.tickets"))!;
    expect(tickets.getLastRow()).toBeGreaterThan(1000);
    expect(tickets.peekValues("A2")).toEqual([["T-10001"]]);
    // The user's survey tab is untouched; the sample's survey sits beside it.
    expect(userSurvey.snapshot()).toBe(userSnapshot);
    expect(names).toContain(`${t("sample.survey")} (2)`);

    // And a third run refreshes those, adding nothing.
    const after = tabs(playground);
    expect(await insertSample(playground)).toMatchObject({ ok: true });
    expect(tabs(playground)).toEqual(after);
  }, 60_000);
});
