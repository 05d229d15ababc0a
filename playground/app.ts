/**
 * Starts a playground: the add-on loaded from dist/, the page bundled, an HTTP server on 127.0.0.1.
 * Used by `npm start` (server.ts) and, in-process, by the browser tests.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { buildPageAssets, readAddonFiles } from "./assets";
import { handler } from "./http";
import { Workbook } from "./workbook";

export interface PlaygroundOptions {
  /** 0 picks a free port. */
  port: number;
  /** The spreadsheet's IANA time zone (default: this machine's). */
  timeZone?: string;
  /** The spreadsheet's locale, e.g. "sv_SE" (default "en_US"): the add-on speaks its language. */
  locale?: string;
  /** Start with the add-on's sample data (default true). */
  sample?: boolean;
  /** Where Code.js and Sidebar.html are (default: the repository's dist/). */
  dist?: string;
}

export interface Playground {
  url: string;
  port: number;
  workbook: Workbook;
  server: Server;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const files = readAddonFiles(options.dist);
  const assets = await buildPageAssets();
  const workbook = new Workbook(files, {
    timeZone: options.timeZone ?? machineTimeZone(),
    locale: options.locale,
    sample: options.sample ?? true,
  });
  let port = options.port;
  const server = createServer(handler(workbook, assets, () => port));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    workbook,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
