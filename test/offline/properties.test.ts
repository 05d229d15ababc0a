import { describe, expect, it } from "vitest";
import { createOfflineServices } from "../../src/offline/services";

describe("document properties", () => {
  it("stores strings per key", () => {
    const offline = createOfflineServices();
    const props = offline.propertiesService.getDocumentProperties();
    expect(props.getProperty("settings")).toBeNull();
    props.setProperty("settings", '{"month":"2026-10"}').setProperty("n", 3 as unknown as string);
    expect(props.getProperty("settings")).toBe('{"month":"2026-10"}');
    expect(props.getProperty("n")).toBe("3");
    props.deleteProperty("n");
    expect(offline.properties.peek()).toEqual({ settings: '{"month":"2026-10"}' });
  });

  it("enforces Apps Script's 9 KB per value and 500 KB per store", () => {
    const props = createOfflineServices().propertiesService.getDocumentProperties();
    props.setProperty("ok", "x".repeat(9 * 1024));
    expect(() => props.setProperty("big", "x".repeat(9 * 1024 + 1))).toThrow(/Argument too large: value/);
    // Bytes, not characters: 3,100 three-byte characters are over 9 KB.
    expect(() => props.setProperty("wide", "€".repeat(3100))).toThrow(/Argument too large/);
    // 9,218 + 55 × ~9,003 bytes is just under 500 KB (512,000); one more value passes it.
    for (let i = 0; i < 55; i++) props.setProperty(`k${i}`, "y".repeat(9000));
    expect(() => props.setProperty("k99", "y".repeat(9000))).toThrow(/exceeded the property storage quota/);
    props.setProperty("k0", "smaller");
    props.setProperty("k99", "y".repeat(8000));
  });
});
