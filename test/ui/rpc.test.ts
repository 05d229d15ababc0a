import { afterEach, describe, expect, it, vi } from "vitest";
import { call, errorText, RpcError, TimeoutError, withTimeout } from "../../src/ui/rpc";

type Handler = (value: unknown) => void;

/** A stand-in for Apps Script's runner: chained handlers, endpoints called as methods. */
function installRunner(endpoints: Record<string, (this: unknown, ...args: unknown[]) => unknown>) {
  const seen: { name: string; args: unknown[]; self: unknown }[] = [];
  const runner = (success?: Handler, failure?: Handler): Record<string, unknown> => {
    const self: Record<string, unknown> = {
      withSuccessHandler: (f: Handler) => runner(f, failure),
      withFailureHandler: (f: Handler) => runner(success, f),
    };
    for (const [name, fn] of Object.entries(endpoints)) {
      self[name] = function (this: unknown, ...args: unknown[]) {
        seen.push({ name, args, self: this });
        queueMicrotask(() => {
          try {
            success?.(fn.apply(this, args));
          } catch (error) {
            failure?.(error);
          }
        });
      };
    }
    return self;
  };
  (globalThis as Record<string, unknown>).google = { script: { run: runner() } };
  return seen;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).google;
  vi.useRealTimers();
});

describe("call", () => {
  it("resolves with the endpoint's result, passing the arguments through", async () => {
    const seen = installRunner({ detectLog: (sheet) => ({ sheet, rows: 3 }) });
    await expect(call("detectLog", "Tickets")).resolves.toEqual({ sheet: "Tickets", rows: 3 });
    expect(seen.map((s) => [s.name, s.args])).toEqual([["detectLog", ["Tickets"]]]);
    // Called as a method of the runner, as Apps Script's own runner requires.
    expect(typeof (seen[0].self as Record<string, unknown>).withSuccessHandler).toBe("function");
  });

  it("rejects with the server's error", async () => {
    installRunner({
      buildReport: () => {
        throw new Error("Exception: Service Spreadsheets timed out while accessing document.");
      },
    });
    const failure = await call("buildReport", { month: "2026-09", settings: {} as never }).catch((e) => e);
    expect(errorText(failure)).toBe("Service Spreadsheets timed out while accessing document.");
  });

  it("rejects clearly outside Apps Script or for an unknown endpoint", async () => {
    await expect(call("getSidebarState")).rejects.toThrow(RpcError);
    await expect(call("getSidebarState")).rejects.toThrow(/google\.script\.run.*getSidebarState/);
    installRunner({});
    await expect(call("openSheet", "Report")).rejects.toThrow(/no endpoint named openSheet/);
  });
});

describe("withTimeout", () => {
  it("rejects with the message once the time is up, not before", async () => {
    vi.useFakeTimers();
    const never = new Promise<number>(() => undefined);
    let settled: unknown = "pending";
    withTimeout(never, 1000, "too slow").then(
      (v) => {
        settled = v;
      },
      (e) => {
        settled = e;
      },
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBeInstanceOf(TimeoutError);
    expect((settled as Error).message).toBe("too slow");
  });

  it("settles like the promise when it is in time, and leaves no timer behind", async () => {
    vi.useFakeTimers();
    await expect(withTimeout(Promise.resolve(7), 1000, "x")).resolves.toBe(7);
    await expect(withTimeout(Promise.reject(new Error("boom")), 1000, "x")).rejects.toThrow("boom");
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("errorText", () => {
  it("finds the message in whatever the failure handler got", () => {
    expect(errorText(new Error("Error: Lock timed out"))).toBe("Lock timed out");
    expect(errorText("  plain text ")).toBe("plain text");
    expect(errorText({ message: "from an object" })).toBe("from an object");
    expect(errorText(new Error(""))).toBe("");
    expect(errorText(null)).toBe("");
    expect(errorText(undefined)).toBe("");
  });
});
