/**
 * dist/Code.js and the report engine (src/main.ts, src/report-engine.ts): Code.js forwards every
 * menu item and sidebar endpoint to the engine under the same name, compiles the engine at most
 * once per run, and custom functions and onOpen never read it.
 */
import { describe, expect, it } from "vitest";
import { readAddonFiles } from "../playground/assets";
import * as entry from "../src/main";
import * as engine from "../src/report-engine";
import { loadAddonBundle } from "./support/bundle";

/** What Code.js does itself: the custom functions' dispatch and the menu. */
const OWN = ["customFunction", "onInstall", "onOpen"];

describe("Code.js and the report engine", () => {
  it("forwards exactly the engine's entry points, under the same names", () => {
    const forwarded = Object.keys(entry).filter((name) => !OWN.includes(name));
    expect(forwarded.sort()).toEqual(Object.keys(engine).sort());
  });

  it("ships the engine as one script element an HTML parser leaves alone", () => {
    const html = readAddonFiles().htmlFiles["ReportEngine.html"];
    const body = /^<script>\n([\s\S]*)<\/script>\n$/.exec(html)?.[1];
    expect(body).toBeDefined();
    // Inside a script element these would end it early or switch the parser's state.
    expect(body).not.toMatch(/<\/script|<script|<!--/i);
  });

  it("compiles the engine on the first sidebar call of a run, and only once", () => {
    const { offline, bundle } = loadAddonBundle({ timeZone: "Europe/Riga" });
    expect(offline.calls.of("HtmlService.")).toBe(0);
    const state = bundle.call("getSidebarState") as { timeZone: string; fields: string[] };
    expect(state.timeZone).toBe("Europe/Riga");
    expect(state.fields).toContain("created");
    bundle.call("getSidebarState");
    expect(offline.calls.of("HtmlService.createHtmlOutputFromFile")).toBe(1);
  });

  it("custom functions and onOpen never read the engine", () => {
    const { offline, bundle } = loadAddonBundle({ timeZone: "Europe/Riga" });
    bundle.call("onOpen", { authMode: "NONE" });
    expect(bundle.call("NPS", [[10], [9], [3]])).toBeCloseTo(100 / 3, 10);
    expect(offline.calls.of("HtmlService.")).toBe(0);
  });
});
