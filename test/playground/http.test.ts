/**
 * The playground's HTTP side, in-process (no browser): the add-on's built code answers
 * `google.script.run` calls, errors come back as messages, other sites cannot drive the server,
 * and a file CSV import refuses leaves every tab as it was.
 */
import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { startPlayground } from "../../playground/app";
import { menuDe, serverDe } from "../../src/i18n/de";
import { startedPlayground } from "./started";

const started = startedPlayground();

function post(path: string, body: string, headers: Record<string, string>) {
  return fetch(new URL(path, started.playground.url), { method: "POST", headers, body });
}

/** A GET with a chosen Host header (fetch does not let a caller set one). */
function getWithHost(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port: started.playground.port, path, headers: { host } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

describe("google.script.run over HTTP", () => {
  it("calls Code.js's top-level function with JSON arguments and answers its JSON result", async () => {
    const response = await post("/rpc/getSidebarState", "[]", { "Content-Type": "application/json" });
    expect(response.status).toBe(200);
    const { result } = await response.json();
    const names = started.playground.workbook.addon.offline.spreadsheet.allSheets().map((s) => s.name);
    expect(result.sheets).toEqual(names);
    expect(result.timeZone).toBe("Europe/Berlin");
    expect(result.log.sheet).toBe(result.settings.ticketSheet);
    expect(result.log.rows).toBe(
      started.playground.workbook.addon.offline.spreadsheet.sheet(result.log.sheet)!.getLastRow() - 1,
    );
  });

  it("answers a server error, an unknown function and a private one with {error: message}", async () => {
    const json = { "Content-Type": "application/json" };
    const cases: [string, string, RegExp][] = [
      ["/rpc/detectLog", '["No such tab"]', /No such tab/],
      ["/rpc/buildReport", '[{"month":"2026-13"}]', /2026-13/],
      ["/rpc/deleteEverything", "[]", /Script function not found: deleteEverything/],
      ["/rpc/SupportKPIs_", "[]", /Script function not found: SupportKPIs_/],
      ["/rpc/getSidebarState", "{}", /JSON array/],
    ];
    for (const [path, body, message] of cases) {
      const response = await post(path, body, json);
      expect(response.status, path).toBe(500);
      expect((await response.json()).error, path).toMatch(message);
    }
  });

  it("serves the sidebar the add-on opened, with the bridge running before the sidebar's script", async () => {
    const html = await (await fetch(new URL("/sidebar", started.playground.url))).text();
    const bridge = html.indexOf("support-kpis-playground");
    const sidebarScript = html.indexOf("<main");
    expect(bridge).toBeGreaterThan(0);
    expect(bridge).toBeLessThan(sidebarScript);
    expect(html).toContain(
      started.playground.workbook.addon.offline.ui.sidebars.at(-1)!.peekContent().slice(-200),
    );
  });
});

describe("what other web pages cannot do", () => {
  it("refuses requests for another host name (DNS rebinding)", async () => {
    expect(await getWithHost("/api/workbook", `evil.example:${started.playground.port}`)).toBe(403);
    expect(await getWithHost("/api/workbook", `127.0.0.1:${started.playground.port}`)).toBe(200);
  });

  it("refuses a POST a cross-site form could send (no JSON content type, no file header)", async () => {
    const form = { "Content-Type": "text/plain" };
    expect((await post("/rpc/buildReport", "[]", form)).status).toBe(415);
    expect((await post("/api/cell", '{"sheet":"Tickets","a1":"A1","value":"x"}', form)).status).toBe(415);
    expect((await post("/api/csv", "Created\n2026-01-01", form)).status).toBe(400);
  });
});

describe("malformed requests and framing", () => {
  it("answers bad percent-encoding in the path, the query or the file-name header with a 400 saying what", async () => {
    const json = { "Content-Type": "application/json" };
    const rpc = await post("/rpc/%E0", "[]", json);
    expect(rpc.status).toBe(400);
    expect((await rpc.json()).error).toMatch(
      /function name in the path is not valid percent-encoding: "%E0"/,
    );

    const sheet = await fetch(new URL("/api/sheet?name=%E0%A4", started.playground.url));
    expect(sheet.status).toBe(400);
    expect((await sheet.json()).error).toMatch(/tab name in the query/);

    const book = started.playground.workbook.addon.offline.spreadsheet;
    const before = book.allSheets().map((s) => s.snapshot());
    const csv = await post("/api/csv", "Created\n2026-01-01", { "X-Playground-File": "bad%ZZname.csv" });
    expect(csv.status).toBe(400);
    expect((await csv.json()).error).toMatch(/file name in x-playground-file is not valid percent-encoding/);
    expect(book.allSheets().map((s) => s.snapshot())).toEqual(before);

    // The server still answers normally afterwards.
    expect((await post("/rpc/getSidebarState", "[]", json)).status).toBe(200);
  });

  it("forbids framing by any page, except the sidebar inside the playground's own page", async () => {
    for (const path of ["/", "/api/workbook", "/page.js"]) {
      const response = await fetch(new URL(path, started.playground.url));
      expect(response.headers.get("content-security-policy"), path).toBe("frame-ancestors 'none'");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
    }
    const sidebar = await fetch(new URL("/sidebar", started.playground.url));
    expect(sidebar.headers.get("content-security-policy")).toBe("frame-ancestors 'self'");
  });
});

describe("CSV import", () => {
  it("refuses an unreadable file with its reason and leaves every tab unchanged", async () => {
    const book = started.playground.workbook.addon.offline.spreadsheet;
    const before = book.allSheets().map((s) => s.snapshot());
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const response = await fetch(new URL("/api/csv", started.playground.url), {
      method: "POST",
      headers: { "X-Playground-File": encodeURIComponent("chart.png") },
      body: png,
    });
    expect(response.status).toBe(422);
    expect((await response.json()).message).toBe(
      "Cannot load chart.png: it is an image, not CSV text. Save or export the data as CSV and load that file.",
    );
    expect(book.allSheets().map((s) => s.snapshot())).toEqual(before);
  });
});

describe("CSV import as Sheets' File → Import", () => {
  async function upload(name: string, text: string) {
    const response = await fetch(new URL("/api/csv", started.playground.url), {
      method: "POST",
      headers: { "X-Playground-File": encodeURIComponent(name) },
      body: text,
    });
    return { status: response.status, result: await response.json() };
  }

  it("refuses a file that would pass Sheets' 10-million-cell limit before removing anything", async () => {
    const book = started.playground.workbook.addon.offline.spreadsheet;
    const filler = book.addSheet("Filler");
    const used = book.allSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
    filler.insertRowsAfter(
      filler.getMaxRows(),
      Math.floor((10_000_000 - used - 1_000) / filler.getMaxColumns()),
    );
    try {
      const before = book.allSheets().map((s) => s.snapshot());
      // 300 columns: a 1,000 × 300 tab, more than the ticket tab it would replace frees.
      const wide = (cell: (c: number) => string) => Array.from({ length: 300 }, (_, c) => cell(c)).join(",");
      const text = `${wide((c) => `Field ${c + 1}`)}\n${wide((c) => String(c))}\n`;
      const { status, result } = await upload("wide.csv", text);
      expect(status).toBe(422);
      expect(result.message).toMatch(
        /^Cannot load wide\.csv: it needs 300,000 cells and the other tabs use [\d,]+, more than Sheets' limit of 10,000,000 cells in a spreadsheet\. Nothing was changed\.$/,
      );
      expect(book.allSheets().map((s) => s.snapshot())).toEqual(before);
    } finally {
      book.removeSheet(filler);
    }
  });

  it("loads a day-first export with mixed line endings into the ticket tab, every date a Date", async () => {
    const lines = [
      "Ticket ID,Created,Status",
      "302e452,05/03/2026 09:00,Closed",
      "00017,13/03/2026 10:30,Open",
    ];
    const { status, result } = await upload("day-first.csv", `${lines[0]}\r\n${lines[1]}\n${lines[2]}\r`);
    expect(status).toBe(200);
    expect(result.message).toMatch(/2 rows × 3 columns/);
    const tab = started.playground.workbook.addon.offline.spreadsheet.sheet(
      started.playground.workbook.ticketTab(),
    )!;
    const values = tab.peekValues("A2:C3");
    expect(values).toEqual([
      ["302e452", new Date("2026-03-05T08:00:00Z"), "Closed"],
      ["00017", new Date("2026-03-13T09:30:00Z"), "Open"],
    ]);
  });
});

describe("a playground started with --locale", () => {
  it("is a spreadsheet of that locale: menu, sample tabs and sidebar state in its language", async () => {
    const german = await startPlayground({
      port: 0,
      timeZone: "Europe/Berlin",
      locale: "de_DE",
      sample: true,
    });
    try {
      const offline = german.workbook.addon.offline;
      expect(offline.ui.menus[0].items[0]?.caption).toBe(menuDe["menu.build"]);
      expect(offline.spreadsheet.allSheets().map((s) => s.name)).toEqual(
        expect.arrayContaining([serverDe["sample.tickets"], serverDe["sample.survey"]]),
      );
      const response = await fetch(new URL("/rpc/getSidebarState", german.url), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "[]",
      });
      const { result } = await response.json();
      expect(result.locale).toBe("de");
      expect(result.settings.ticketSheet).toBe(serverDe["sample.tickets"]);

      // Formulas typed there read as a German Sheets reads them: ";" between arguments, "," decimals.
      const sheet = serverDe["sample.customers"];
      const typed = ["=CRR(100; 90; 15)", "=ROUND(2,5; 0)", "=SUM({1\\2;3\\4})", "=CRR(100, 90, 15)"];
      for (const [i, value] of typed.entries()) {
        const written = await fetch(new URL("/api/cell", german.url), {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ sheet, a1: `R${i + 1}`, value }),
        });
        expect(written.status).toBe(200);
      }
      const view = await (
        await fetch(new URL(`/api/sheet?name=${encodeURIComponent(sheet)}`, german.url))
      ).json();
      const shown = [0, 1, 2, 3].map((r) => view.cells[r][17]);
      expect(shown.slice(0, 3).map((c: { t: string; k?: string }) => [c.t, c.k])).toEqual([
        ["0,75", "n"],
        ["3", "n"],
        ["10", "n"],
      ]);
      // "100, 90, 15" is not three arguments there (Sheets: a parse error).
      expect(shown[3].k).toBe("e");
    } finally {
      await german.close();
    }
  });
});
