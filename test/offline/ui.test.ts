import { describe, expect, it } from "vitest";
import { createOfflineServices } from "../../src/offline/services";

describe("Ui and HtmlService", () => {
  it("records the add-on menu, sidebars and alerts", () => {
    const offline = createOfflineServices({ htmlFiles: { "Sidebar.html": "<p>hi</p>" } });
    const ui = offline.spreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem("Build monthly report…", "showSidebar")
      .addSeparator()
      .addItem("Help", "showHelp")
      .addToUi();
    const page = offline.htmlService.createHtmlOutputFromFile("Sidebar").setTitle("Support KPIs");
    ui.showSidebar(page);
    expect(ui.alert("A report is being built. Try again in a minute.")).toBe("OK");
    expect(offline.ui.menus).toEqual([
      {
        kind: "addon",
        items: [
          { caption: "Build monthly report…", functionName: "showSidebar" },
          null,
          { caption: "Help", functionName: "showHelp" },
        ],
      },
    ]);
    expect(offline.ui.sidebars.map((s) => [s.fileName, s.title, s.peekContent()])).toEqual([
      ["Sidebar", "Support KPIs", "<p>hi</p>"],
    ]);
    expect(page.getContent()).toBe("<p>hi</p>");
    expect(offline.ui.alerts).toEqual(["A report is being built. Try again in a minute."]);
  });

  it("throws for a missing file when files are given, reads through a function too", () => {
    const withMap = createOfflineServices({ htmlFiles: {} });
    expect(() => withMap.htmlService.createHtmlOutputFromFile("Sidebar")).toThrow(
      "No HTML file named Sidebar was found.",
    );
    const withReader = createOfflineServices({
      htmlFiles: (name) => (name === "Sidebar.html" ? "<b>x</b>" : undefined),
    });
    expect(withReader.htmlService.createHtmlOutputFromFile("Sidebar").getContent()).toBe("<b>x</b>");
    expect(createOfflineServices().htmlService.createHtmlOutputFromFile("Anything").getContent()).toBe("");
  });
});
