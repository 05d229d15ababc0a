/**
 * Headless Chromium for browser tests: Debian's own package (`apt-get install -y chromium`) driven by
 * playwright-core, never a browser Playwright downloads. Each launch gets a fresh profile directory
 * that is deleted on close, and every background service that could reach the network is off, so a
 * test that counts requests sees only the page's own.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface LaunchOptions {
  /** CSS pixels; the sidebar is 300 wide in Sheets. */
  viewport?: { width: number; height: number };
}

export interface TestBrowser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  /** Closes Chromium and removes its profile directory. */
  close(): Promise<void>;
}

/** Starts Chromium with a throwaway profile; fails with the install command when it is missing. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium".`);
  }
  const profile = mkdtempSync(join(tmpdir(), "support-kpis-chromium-"));
  let context: BrowserContext;
  try {
    // A persistent context is how Playwright takes --user-data-dir (it refuses the raw flag).
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1280, height: 800 },
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
