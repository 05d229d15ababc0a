/**
 * Document properties, with Apps Script's quotas: a value of at most 9 KB and at most 500 KB per
 * store, so settings that grow past them fail here as they would in Sheets.
 */
import type { PropertiesLike } from "../platform/services";
import type { CallLog } from "./call-log";

/** Apps Script's limit on one property value, in UTF-8 bytes. */
export const MAX_VALUE_BYTES = 9 * 1024;
/** Apps Script's limit on one property store (keys and values), in UTF-8 bytes. */
export const MAX_STORE_BYTES = 500 * 1024;

function bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** The document property store (`PropertiesService.getDocumentProperties()`). */
export class OfflineProperties implements PropertiesLike {
  private readonly store = new Map<string, string>();

  constructor(private readonly calls: CallLog) {}

  getProperty(key: string): string | null {
    this.calls.count("Properties.getProperty");
    return this.store.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): PropertiesLike {
    this.calls.count("Properties.setProperty");
    const k = String(key);
    const v = String(value);
    if (bytes(v) > MAX_VALUE_BYTES)
      throw new Error(`Argument too large: value (property "${k}" is ${bytes(v)} bytes; the limit is 9 KB).`);
    const others = this.size() - (this.store.has(k) ? bytes(k) + bytes(this.store.get(k) as string) : 0);
    if (others + bytes(k) + bytes(v) > MAX_STORE_BYTES)
      throw new Error(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    this.store.set(k, v);
    return this;
  }

  deleteProperty(key: string): PropertiesLike {
    this.calls.count("Properties.deleteProperty");
    this.store.delete(String(key));
    return this;
  }

  /** Every property, without counting a call. */
  peek(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  /** Bytes used by keys and values. */
  size(): number {
    let n = 0;
    for (const [k, v] of this.store) n += bytes(k) + bytes(v);
    return n;
  }
}
