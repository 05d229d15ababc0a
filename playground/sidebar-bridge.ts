/**
 * `google.script.run` and `google.script.host` for the add-on's sidebar in the playground. Put into
 * the served Sidebar.html before its own script. Like Apps Script's runner: handlers chain
 * (`withSuccessHandler`, `withFailureHandler`, `withUserObject`), any name calls the server function
 * of that name, asynchronously, arguments and results travel as JSON (a Date is refused), and a
 * server error reaches the failure handler as an Error carrying the server's message.
 *
 * After each call the page around the sidebar is told, so it redraws the spreadsheet.
 */

type Handler = (value: unknown, userObject?: unknown) => void;

interface Handlers {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

/** Tells the playground page that the server may have changed the spreadsheet. */
function notifyPage(name: string): void {
  if (window.parent !== window)
    window.parent.postMessage({ source: "support-kpis-playground", kind: "rpc", name }, location.origin);
}

function holdsDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  return typeof value === "object" && value !== null && Object.values(value).some(holdsDate);
}

async function post(name: string, args: unknown[]): Promise<unknown> {
  if (args.some(holdsDate))
    throw new Error(`Failed due to illegal value: ${name} was passed a Date; send dates as ISO strings.`);
  const response = await fetch(`/rpc/${encodeURIComponent(name)}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(args),
  });
  let answer: { result?: unknown; error?: string };
  try {
    answer = await response.json();
  } catch {
    throw new Error(`The playground server answered ${response.status} without a result for ${name}.`);
  }
  if (typeof answer.error === "string") throw new Error(answer.error);
  return answer.result === null ? undefined : answer.result;
}

function call(name: string, args: unknown[], handlers: Handlers): void {
  post(name, args).then(
    (value) => {
      notifyPage(name);
      handlers.success?.(value, handlers.userObject);
    },
    (error: unknown) => {
      notifyPage(name);
      const failure = error instanceof Error ? error : new Error(String(error));
      if (handlers.failure) handlers.failure(failure, handlers.userObject);
      else console.error(`google.script.run.${name} failed:`, failure.message);
    },
  );
}

function runner(handlers: Handlers): unknown {
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (prop === "withSuccessHandler") return (f: Handler) => runner({ ...handlers, success: f });
        if (prop === "withFailureHandler") return (f: Handler) => runner({ ...handlers, failure: f });
        if (prop === "withUserObject") return (o: unknown) => runner({ ...handlers, userObject: o });
        // Not a thenable, and no symbol lookups: only names can be server functions.
        if (typeof prop !== "string" || prop === "then") return undefined;
        return (...args: unknown[]) => call(prop, args, handlers);
      },
    },
  );
}

const noop = () => undefined;
(window as unknown as { google: unknown }).google = {
  script: {
    run: runner({}),
    host: { close: noop, setHeight: noop, setWidth: noop, origin: location.origin, editor: { focus: noop } },
  },
};
