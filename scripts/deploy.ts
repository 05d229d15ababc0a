/**
 * `npm run setup | deploy | release`: the add-on's two Apps Script projects, driven by clasp 3.
 *
 * Why two: Google publishes an editor add-on from a standalone script tied to a standard Cloud
 * project, and every Marketplace user runs the version that project's deployment names. Trying a
 * change must never touch that script, so development pushes to its own script:
 * - dev  (`.clasp.json`, clasp's default project file): `npm run deploy` pushes HEAD there, for a
 *   test deployment on a sheet;
 * - prod (`.clasp.prod.json`, passed to clasp with `--project`): only `npm run release` touches it.
 * Both files are git-ignored (each names one person's scripts); `.clasp.example.json` shows their
 * shape. Each lives in the repo root, because clasp resolves `rootDir: "dist"` from the project
 * file's folder.
 *
 * Every command runs in the current folder (npm runs scripts in the package root) and uses the
 * clasp installed there, so a test can run it in a scratch folder with a stand-in clasp.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const TARGETS = {
  dev: { file: ".clasp.json", title: "Support KPIs (dev)" },
  prod: { file: ".clasp.prod.json", title: "Support KPIs" },
} as const;
export type Target = keyof typeof TARGETS;

/** The example project file kept in the repo; its script id is a placeholder. */
export const EXAMPLE_FILE = ".clasp.example.json";
/** What `clasp create-script` writes and every push needs: the built files only. */
const ROOT_DIR = "dist";
/** Apps Script ids are long URL-safe base64 strings (57 characters today). */
const SCRIPT_ID = /^[A-Za-z0-9_-]{20,}$/;

class Refusal extends Error {}

/** The script id a project file names, or why it cannot be used for `target`. */
export function checkProjectFile(root: string, target: Target): string {
  const { file } = TARGETS[target];
  const path = join(root, file);
  if (!existsSync(path)) {
    throw new Refusal(`${file} is missing: run \`npm run setup\` to create the ${target} script.`);
  }
  let project: { scriptId?: unknown; rootDir?: unknown };
  try {
    project = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new Refusal(`${file} is not JSON: delete it and run \`npm run setup\`.`);
  }
  const example = join(root, EXAMPLE_FILE);
  if (existsSync(example) && readFileSync(example, "utf8").trim() === readFileSync(path, "utf8").trim()) {
    throw new Refusal(
      `${file} is a copy of ${EXAMPLE_FILE}, whose script id is a placeholder: run \`npm run setup\` instead.`,
    );
  }
  const id = project.scriptId;
  if (typeof id !== "string" || !SCRIPT_ID.test(id) || /REPLACE|YOUR/i.test(id)) {
    throw new Refusal(
      `${file} names no real script (scriptId ${JSON.stringify(id)}): run \`npm run setup\`.`,
    );
  }
  if (project.rootDir !== ROOT_DIR) {
    throw new Refusal(
      `${file} has rootDir ${JSON.stringify(project.rootDir)}; it must be "${ROOT_DIR}", so only the built files are pushed.`,
    );
  }
  return id;
}

type Run = (command: string, args: string[]) => string;

/** Runs a command in `root`, showing its errors; its standard output is returned. */
function runner(root: string): Run {
  return (command, args) => {
    const result = spawnSync(command, args, {
      cwd: root,
      encoding: "utf8",
      stdio: ["inherit", "pipe", "inherit"],
    });
    if (result.error) throw result.error;
    if (result.status !== 0) {
      process.stdout.write(result.stdout ?? "");
      throw new Refusal(`\`${[command, ...args].join(" ")}\` failed (exit ${result.status}).`);
    }
    return result.stdout;
  };
}

function clasp(root: string, run: Run, target: Target, ...args: string[]): string {
  return run(join(root, "node_modules", ".bin", "clasp"), ["--project", TARGETS[target].file, ...args]);
}

/** clasp's `--json` output: the JSON object at its end (a spinner may print before it). */
function json(out: string): Record<string, unknown> {
  const start = out.indexOf("{");
  if (start < 0) throw new Refusal(`clasp printed no JSON: ${out.trim()}`);
  return JSON.parse(out.slice(start));
}

/** Creates the standalone script of each target that has none yet. */
function setup(root: string, run: Run, targets: Target[]): void {
  for (const target of targets) {
    const { file, title } = TARGETS[target];
    const path = join(root, file);
    if (existsSync(path)) {
      checkProjectFile(root, target);
      console.log(`${target}: ${file} already names a script; nothing to do.`);
      continue;
    }
    // clasp writes the new script's id into the file `--project` names, which must exist first.
    writeFileSync(path, "{}\n");
    try {
      clasp(
        root,
        run,
        target,
        "create-script",
        "--type",
        "standalone",
        "--rootDir",
        ROOT_DIR,
        "--title",
        title,
      );
      checkProjectFile(root, target);
    } catch (error) {
      rmSync(path, { force: true });
      throw error;
    }
    console.log(`${target}: created "${title}" (${file}).`);
  }
  // create-script pulls the new script's placeholder files into dist/; the build replaces them.
  run("npm", ["run", "build"]);
}

/** Builds and pushes to the dev script. */
function deploy(root: string, run: Run): void {
  checkProjectFile(root, "dev");
  run("npm", ["run", "build"]);
  process.stdout.write(clasp(root, run, "dev", "push", "--force"));
  console.log("Pushed to the dev script. Reload the test deployment's sheet to try it.");
}

/** Builds, pushes to the prod script, creates a version and a deployment of it; returns the version. */
function release(root: string, run: Run): number {
  const prod = checkProjectFile(root, "prod");
  if (existsSync(join(root, TARGETS.dev.file)) && checkProjectFile(root, "dev") === prod) {
    throw new Refusal(
      `${TARGETS.prod.file} and ${TARGETS.dev.file} name the same script; give prod its own.`,
    );
  }
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const description = `Support KPIs ${pkg.version} (${new Date().toISOString().slice(0, 10)})`;
  run("npm", ["run", "build"]);
  process.stdout.write(clasp(root, run, "prod", "push", "--force"));
  const version = Number(
    json(clasp(root, run, "prod", "--json", "create-version", description)).versionNumber,
  );
  if (!Number.isInteger(version) || version < 1) throw new Refusal("clasp created no version number.");
  const deployment = json(
    clasp(
      root,
      run,
      "prod",
      "--json",
      "create-deployment",
      "--versionNumber",
      String(version),
      "--description",
      description,
    ),
  );
  console.log(
    `Released version ${version} (deployment ${String(deployment.deploymentId)}).\n` +
      `Marketplace SDK → App Configuration → Editor add-on: script version ${version}.`,
  );
  return version;
}

export function main(argv: readonly string[], root = process.cwd(), run: Run = runner(root)): number {
  const [command, ...rest] = argv;
  try {
    if (command === "setup") {
      const targets = rest.length > 0 ? rest : Object.keys(TARGETS);
      for (const t of targets) if (!(t in TARGETS)) throw new Refusal(`Unknown target "${t}" (dev or prod).`);
      setup(root, run, targets as Target[]);
    } else if (command === "deploy") deploy(root, run);
    else if (command === "release") release(root, run);
    else throw new Refusal("Usage: tsx scripts/deploy.ts setup [dev|prod] | deploy | release");
    return 0;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.error(error.message);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
