/**
 * `google.script.run` as typed promises. Apps Script gives the sidebar a callback API on a global
 * that only exists inside Sheets; this wraps it once so the rest of the sidebar awaits
 * `call("buildReport", request)` with the argument and result types of `SidebarApi`.
 */
import type { SidebarApi } from "../server/api";

/** The part of Apps Script's client-side runner this module uses. */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [endpoint: string]: unknown;
}

interface ScriptHost {
  google?: { script?: { run?: ScriptRunner } };
}

/** Rejects a call the host cannot make, with a message for the user. */
export class RpcError extends Error {
  override name = "RpcError";
}

/** Calls a server endpoint; resolves with its result, rejects with the server's error. */
export function call<K extends keyof SidebarApi>(
  name: K,
  ...args: Parameters<SidebarApi[K]>
): Promise<ReturnType<SidebarApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = (globalThis as ScriptHost).google?.script?.run;
    if (!run) {
      reject(new RpcError(`google.script.run is not available (calling ${name}).`));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarApi[K]>))
      .withFailureHandler((error) => reject(error));
    const endpoint = runner[name];
    if (typeof endpoint !== "function") {
      reject(new RpcError(`The server has no endpoint named ${name}.`));
      return;
    }
    // Called as a method: the real runner looks the endpoint up on itself.
    (endpoint as (...a: unknown[]) => void).apply(runner, args);
  });
}

/** Raised by `withTimeout` when the promise has not settled in time. */
export class TimeoutError extends Error {
  override name = "TimeoutError";
}

/**
 * Settles like `promise`, or rejects with a TimeoutError carrying `message` after `ms`. A server call
 * can die without calling either handler (tab closed, quota, a 6-minute kill), and the sidebar must
 * not wait forever. A late answer after the timeout is ignored.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(message)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * The text to show for a failure. Apps Script hands the failure handler an Error whose message is
 * the server's, sometimes prefixed with the error's type ("Error: ", "Exception: "), which says
 * nothing to a user. Anything else (a string, an empty error) still yields its text, or "" for none.
 */
export function errorText(error: unknown): string {
  let text = "";
  if (typeof error === "string") text = error;
  else if (error && typeof error === "object" && "message" in error) {
    text = String((error as { message: unknown }).message ?? "");
  }
  return text.trim().replace(/^(?:Error|Exception):\s*/, "");
}
