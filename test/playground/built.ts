/**
 * The playground serves the built dist/ files. `npm test` builds first; a lone `vitest run
 * test/playground` builds when dist/ is missing or older than the sources. Test files run in
 * parallel, so one builds while the others wait for it (a lock directory), instead of several
 * builds emptying dist/ under each other.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
const LOCK = join(
  tmpdir(),
  `support-kpis-build-${createHash("sha1").update(ROOT).digest("hex").slice(0, 12)}`,
);
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 5 * 60_000;

function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

function upToDate(): boolean {
  const outputs = ["Code.js", "Sidebar.html"].map((f) => join(ROOT, "dist", f));
  const sources = Math.max(newest(join(ROOT, "src")), newest(join(ROOT, "scripts")));
  return outputs.every((f) => existsSync(f) && statSync(f).mtimeMs >= sources);
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): void {
  while (!upToDate()) {
    try {
      mkdirSync(LOCK);
    } catch {
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { force: true, recursive: true });
      pause(250);
      continue;
    }
    try {
      if (!upToDate())
        execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "pipe" });
    } finally {
      rmSync(LOCK, { force: true, recursive: true });
    }
  }
}
