/**
 * `npm run setup | deploy | release` (scripts/deploy.ts), run for real in a scratch folder whose
 * `node_modules/.bin/clasp` is a stand-in that records its arguments and answers as clasp 3 does,
 * and whose `npm run build` only leaves a mark. No Google account is reachable here: what clasp
 * itself does with the arguments is clasp's business; which arguments, in which order, to which
 * project file, and what is refused before any of them, is ours.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../scripts/deploy";
import { ROOT } from "../support/bundle";

const DEV_ID = "1dEvScRiPtIdAbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefgh";
const PROD_ID = "1pRoDsCrIpTiDaBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefg";

/** The stand-in clasp: logs each call, answers create-script/version/deployment like clasp 3's --json. */
const FAKE_CLASP = `#!/usr/bin/env node
const fs = require("node:fs");
const args = process.argv.slice(2);
fs.appendFileSync("calls.log", JSON.stringify(args) + "\\n");
const project = args[args.indexOf("--project") + 1];
if (args.includes("create-script")) {
  const id = project === ".clasp.prod.json" ? "${PROD_ID}" : "${DEV_ID}";
  fs.mkdirSync("dist", { recursive: true });
  fs.writeFileSync("dist/Code.gs", "function myFunction() {}");
  fs.writeFileSync(project, JSON.stringify({ scriptId: id, rootDir: "dist", scriptExtensions: [".js", ".gs"],
    htmlExtensions: [".html"], jsonExtensions: [".json"], filePushOrder: [], skipSubdirectories: false }, null, 2));
} else if (args.includes("create-version")) {
  console.log("Creating a new version...");
  console.log(JSON.stringify({ versionNumber: 7 }, null, 2));
} else if (args.includes("create-deployment")) {
  console.log(JSON.stringify({ deploymentId: "AKfycbTEST", versionNumber: 7 }, null, 2));
} else if (args.includes("push")) {
  console.log("Pushed 4 files.");
}
`;

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A scratch project: the example project file, a stand-in clasp, a build that only leaves a mark. */
function scratch(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "deploy-"));
  dirs.push(dir);
  copyFileSync(join(ROOT, ".clasp.example.json"), join(dir, ".clasp.example.json"));
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: "scratch",
      version: "1.2.3",
      scripts: { build: "node -e \"require('fs').appendFileSync('calls.log', '[\\\"build\\\"]\\n')\"" },
    }),
  );
  mkdirSync(join(dir, "node_modules", ".bin"), { recursive: true });
  writeFileSync(join(dir, "node_modules", ".bin", "clasp"), FAKE_CLASP);
  chmodSync(join(dir, "node_modules", ".bin", "clasp"), 0o755);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Calls recorded by the stand-in clasp and build. */
function callsIn(dir: string): string[][] {
  return existsSync(join(dir, "calls.log"))
    ? readFileSync(join(dir, "calls.log"), "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as string[])
    : [];
}

/** The command as `npm run …` runs it, in-process (spawning tsx for each costs seconds). */
function run(dir: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  try {
    const status = main(args, dir);
    return { status, stdout: out.join("\n"), stderr: err.join("\n"), calls: callsIn(dir) };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}

/** The command as a shell runs it: `tsx scripts/deploy.ts …` in `dir`. */
function runCli(dir: string, ...args: string[]) {
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  const result = spawnSync(tsx, [join(ROOT, "scripts", "deploy.ts"), ...args], {
    cwd: dir,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls: callsIn(dir) };
}

const project = (id: string) => JSON.stringify({ scriptId: id, rootDir: "dist" });

describe("npm run release", () => {
  it("refuses to run with the example .clasp.json, before building or calling clasp", () => {
    const example = readFileSync(join(ROOT, ".clasp.example.json"), "utf8");
    const dir = scratch({ ".clasp.json": example, ".clasp.prod.json": example });
    const result = runCli(dir, "release");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\.clasp\.prod\.json is a copy of \.clasp\.example\.json.*npm run setup/);
    expect(result.calls).toEqual([]);
  }, 30_000);

  it("refuses a placeholder id, a missing prod file, the dev script as prod, and a rootDir other than dist", () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ ".clasp.prod.json": project("REPLACE_WITH_YOUR_SCRIPT_ID") }, /names no real script/],
      [{ ".clasp.json": project(DEV_ID) }, /\.clasp\.prod\.json is missing/],
      [{ ".clasp.json": project(DEV_ID), ".clasp.prod.json": project(DEV_ID) }, /name the same script/],
      [{ ".clasp.prod.json": JSON.stringify({ scriptId: PROD_ID, rootDir: "." }) }, /rootDir "\."/],
    ];
    for (const [files, message] of cases) {
      const result = run(scratch(files), "release");
      expect(result.status, String(message)).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.calls).toEqual([]);
    }
  }, 60_000);

  it("builds, pushes to prod only, creates a version and a deployment of it, and prints the version", () => {
    const dir = scratch({ ".clasp.json": project(DEV_ID), ".clasp.prod.json": project(PROD_ID) });
    const result = run(dir, "release");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const description = expect.stringMatching(/^Support KPIs 1\.2\.3 \(\d{4}-\d\d-\d\d\)$/);
    expect(result.calls).toEqual([
      ["build"],
      ["--project", ".clasp.prod.json", "push", "--force"],
      ["--project", ".clasp.prod.json", "--json", "create-version", description],
      [
        "--project",
        ".clasp.prod.json",
        "--json",
        "create-deployment",
        "--versionNumber",
        "7",
        "--description",
        description,
      ],
    ]);
    expect(result.stdout).toMatch(/Released version 7 \(deployment AKfycbTEST\)/);
    expect(result.stdout).toMatch(/script version 7/);
  }, 30_000);
});

describe("npm run deploy", () => {
  it("pushes to the dev script only, and refuses the example file", () => {
    const dir = scratch({ ".clasp.json": project(DEV_ID), ".clasp.prod.json": project(PROD_ID) });
    const result = run(dir, "deploy");
    expect(result.status).toBe(0);
    expect(result.calls).toEqual([["build"], ["--project", ".clasp.json", "push", "--force"]]);

    const example = readFileSync(join(ROOT, ".clasp.example.json"), "utf8");
    const refused = run(scratch({ ".clasp.json": example }), "deploy");
    expect(refused.status).toBe(1);
    expect(refused.calls).toEqual([]);
  }, 30_000);
});

describe("npm run setup", () => {
  it("creates a standalone dev and prod script with rootDir dist, then rebuilds dist/", () => {
    const dir = scratch();
    const result = run(dir, "setup");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.calls).toEqual([
      [
        "--project",
        ".clasp.json",
        "create-script",
        "--type",
        "standalone",
        "--rootDir",
        "dist",
        "--title",
        "Support KPIs (dev)",
      ],
      [
        "--project",
        ".clasp.prod.json",
        "create-script",
        "--type",
        "standalone",
        "--rootDir",
        "dist",
        "--title",
        "Support KPIs",
      ],
      ["build"],
    ]);
    expect(JSON.parse(readFileSync(join(dir, ".clasp.json"), "utf8")).scriptId).toBe(DEV_ID);
    expect(JSON.parse(readFileSync(join(dir, ".clasp.prod.json"), "utf8")).scriptId).toBe(PROD_ID);
    // A second run leaves both alone.
    rmSync(join(dir, "calls.log"));
    expect(run(dir, "setup").calls).toEqual([["build"]]);
  }, 30_000);

  it("leaves no project file behind when clasp fails (e.g. not logged in)", () => {
    const dir = scratch();
    writeFileSync(
      join(dir, "node_modules", ".bin", "clasp"),
      "#!/bin/sh\necho 'Not logged in.' >&2\nexit 1\n",
    );
    const result = run(dir, "setup", "dev");
    expect(result.status).toBe(1);
    expect(existsSync(join(dir, ".clasp.json"))).toBe(false);
  }, 30_000);
});

describe("the project files", () => {
  it("are git-ignored, with only the example in the repo", () => {
    const ignored = readFileSync(join(ROOT, ".gitignore"), "utf8").split("\n");
    expect(ignored).toContain(".clasp.json");
    expect(ignored).toContain(".clasp.prod.json");
    const tracked = execFileSync("git", ["ls-files", ".clasp*"], { cwd: ROOT, encoding: "utf8" }).trim();
    expect(tracked).toBe(".clasp.example.json");
  });

  it("make `npx clasp status --json` list exactly dist/: the example, and a project file as setup writes it", () => {
    const clasp = join(ROOT, "node_modules", ".bin", "clasp");
    const built = readdirSync(join(ROOT, "dist")).sort();
    const pushed = (out: string) =>
      (JSON.parse(out.slice(out.indexOf("{"))).filesToPush as string[])
        .map((f) => f.replace(/^dist\//, ""))
        .sort();

    const example = execFileSync(clasp, ["--project", ".clasp.example.json", "status", "--json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(pushed(example)).toEqual(built);

    // A checkout after `npm run setup`: the project file clasp wrote, dist/ built, src/ beside it.
    const dir = scratch();
    expect(run(dir, "setup", "dev").status).toBe(0);
    rmSync(join(dir, "dist"), { recursive: true });
    cpSync(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
    mkdirSync(join(dir, "src"));
    copyFileSync(join(ROOT, "src", "main.ts"), join(dir, "src", "main.ts"));
    writeFileSync(join(dir, "stray.js"), "");
    const status = execFileSync(clasp, ["status", "--json"], { cwd: dir, encoding: "utf8" });
    expect(pushed(status)).toEqual(built);
    expect(built).toContain("Code.js");
    expect(built).toContain("appsscript.json");
  }, 60_000);
});
