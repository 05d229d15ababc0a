/**
 * The playground's HTTP routes. It listens on 127.0.0.1 only and serves one person's browser, so it
 * keeps to a few checks that stop other web pages from driving it: the Host header must be this
 * server (no DNS rebinding), and every POST must carry a header a cross-site form cannot send
 * (JSON content type, or the CSV upload's own header), which forces a CORS preflight we never grant.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { PageAssets } from "./assets";
import { withBridge } from "./assets";
import { MAX_BYTES } from "./csv";
import type { Workbook } from "./workbook";

const JSON_LIMIT = 2 * 1024 * 1024;
/** The header the page's CSV upload sends (with the file name, URI-encoded). */
export const FILE_NAME_HEADER = "x-playground-file";

/** Shown in the sidebar pane until the add-on opens its sidebar. */
const NO_SIDEBAR = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>No sidebar</title>
<style>body{font:13px Arial,sans-serif;color:#5f6368;margin:16px}</style></head>
<body><p>The add-on's sidebar is closed. Open it with Extensions → Support KPIs.</p></body></html>`;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Who may frame a response: nobody (another site could dress the playground up and click through
 * it), except the sidebar, which the page itself frames. A `<meta>` CSP cannot say this: only the
 * header can.
 */
type Framing = "none" | "self";

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  framing: Framing = "none",
): void {
  res.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": `frame-ancestors '${framing}'`,
    "X-Frame-Options": framing === "none" ? "DENY" : "SAMEORIGIN",
  });
  res.end(body);
}

/** Percent-decoded text, or a 400 naming what was malformed (decodeURIComponent's "URI malformed" says neither). */
function decoded(text: string, what: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new HttpError(
      400,
      `The ${what} is not valid percent-encoding: "${text.slice(0, 100)}" (each % must start a UTF-8 byte such as %C3%A9).`,
    );
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value));
}

async function readBody(req: IncomingMessage, limit: number, tooLarge: string): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) throw new HttpError(413, tooLarge);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, tooLarge);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readJsonText(req: IncomingMessage): Promise<string> {
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? ""))
    throw new HttpError(415, "Send JSON (Content-Type: application/json).");
  return (await readBody(req, JSON_LIMIT, "The request is too large.")).toString("utf8");
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readJsonText(req);
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "The request body is not valid JSON.");
  }
}

function field(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | null)?.[name];
  if (typeof value !== "string") throw new HttpError(400, `The request needs "${name}" as text.`);
  return value;
}

/** The request handler for a started playground; `port` is read per request (known after listen). */
export function handler(workbook: Workbook, assets: PageAssets, port: () => number) {
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = req.headers.host ?? "";
    if (host !== `127.0.0.1:${port()}` && host !== `localhost:${port()}`)
      throw new HttpError(403, `This server answers requests for 127.0.0.1:${port()} only.`);
    let url: URL;
    try {
      url = new URL(req.url ?? "/", `http://${host}`);
    } catch {
      throw new HttpError(
        400,
        `The request path "${String(req.url).slice(0, 100)}" is not a valid URL path.`,
      );
    }
    const path = url.pathname;

    if (req.method === "GET") {
      if (path === "/") return send(res, 200, "text/html; charset=utf-8", assets.html);
      if (path === "/page.js") return send(res, 200, "text/javascript; charset=utf-8", assets.script);
      if (path === "/page.css") return send(res, 200, "text/css; charset=utf-8", assets.css);
      if (path === "/favicon.ico") return send(res, 204, "text/plain", "");
      if (path === "/sidebar") {
        const html = workbook.sidebarHtml();
        return send(
          res,
          200,
          "text/html; charset=utf-8",
          html ? withBridge(html, assets.bridge) : NO_SIDEBAR,
          "self",
        );
      }
      if (path === "/api/workbook") return sendJson(res, 200, workbook.view());
      if (path === "/api/sheet") {
        // Decoded here rather than by URLSearchParams, which turns a malformed % into "\uFFFD" silently.
        const raw = /(?:^|[?&])name=([^&]*)/.exec(url.search)?.[1] ?? "";
        const view = workbook.sheetView(decoded(raw.replace(/\+/g, " "), "tab name in the query"));
        return view ? sendJson(res, 200, view) : sendJson(res, 404, { error: "No such tab." });
      }
      throw new HttpError(404, `Nothing at ${path}.`);
    }
    if (req.method !== "POST") throw new HttpError(405, `${req.method} is not allowed.`);

    if (path.startsWith("/rpc/")) {
      const name = decoded(path.slice("/rpc/".length), "function name in the path");
      // The arguments are parsed in Code.js's own realm, as Apps Script hands them over.
      const answer = workbook.rpc(name, await readJsonText(req));
      return answer.ok
        ? send(res, 200, "application/json; charset=utf-8", `{"result":${answer.json}}`)
        : sendJson(res, 500, { error: answer.error });
    }
    if (path === "/api/csv") {
      const encoded = req.headers[FILE_NAME_HEADER];
      if (typeof encoded !== "string") throw new HttpError(400, `Send the file name in ${FILE_NAME_HEADER}.`);
      const name = decoded(encoded, `file name in ${FILE_NAME_HEADER}`);
      const limit = `Cannot load ${name}: the file is larger than the ${MAX_BYTES / 1024 / 1024} MB the playground loads.`;
      const bytes = await readBody(req, MAX_BYTES, limit);
      const result = workbook.importCsv(bytes, name);
      return sendJson(res, result.ok ? 200 : 422, result);
    }
    const body = await readJson(req);
    if (path === "/api/cell") {
      const result = workbook.writeCell(field(body, "sheet"), field(body, "a1"), field(body, "value"));
      return sendJson(res, result.ok ? 200 : 422, result);
    }
    if (path === "/api/activate") {
      const result = workbook.activate(field(body, "sheet"));
      return sendJson(res, result.ok ? 200 : 422, result);
    }
    if (path === "/api/menu") {
      const result = workbook.runMenu(field(body, "functionName"));
      return sendJson(res, result.ok ? 200 : 422, result);
    }
    throw new HttpError(404, `Nothing at ${path}.`);
  };

  return (req: IncomingMessage, res: ServerResponse): void => {
    route(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) sendJson(res, status, { ok: false, error: message, message });
      else res.end();
    });
  };
}
