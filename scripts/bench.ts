/**
 * `npm run bench`: speed, as ratios measured in one run (never asserted in tests).
 *
 * 1. Each range function, called through its global stub in the built dist/Code.js loaded into this
 *    process's ordinary global scope (as Apps Script has; a node:vm context makes every global lookup
 *    far slower than any real runtime), over 1,000,000-cell inputs, against a minimal hand-written
 *    single pass over the same arrays. Target: every ratio ≤ 2.
 * 2. The size of Code.js and the time to evaluate it cold (fresh process: compile + top level), and
 *    with a first small call. Target: < 100 KB, < 5 ms. Also the report engine's size and what
 *    compiling it adds to the first menu or sidebar call of a run (custom functions never pay it).
 * 3. Staffing and forecasting through their stubs: AGENTS_NEEDED for traffic needing over 1,000 agents and
 *    VOLUME_FORECAST on 10 years of weekly counts (520 periods, season 52). Target: each < 50 ms, the
 *    first call of the run (its code not yet optimised) included.
 * 4. The report: plan + apply to the offline spreadsheet for 10k/100k/1M tickets, with service calls;
 *    then an event log and a contact-centre log of 100k and 1M rows (bench-events.ts, bench-contacts.ts).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { benchContactLog } from "./bench-contacts";
import { benchEventLog } from "./bench-events";
import { benchReport } from "./bench-report";

const root = join(import.meta.dirname, "..");
const codePath = join(root, "dist", "Code.js");
const enginePath = join(root, "dist", "ReportEngine.html");
const TIME_ZONE = "America/New_York";
const N = 1_000_000;

// biome-ignore lint/suspicious/noExplicitAny: the bundle's globals are untyped
const g = globalThis as any;
g.SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => TIME_ZONE }) };
vm.runInThisContext(readFileSync(codePath, "utf8"), { filename: "Code.js" });

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = random(42);
const column = (n: number, make: (i: number) => unknown): unknown[][] =>
  Array.from({ length: n }, (_, i) => [make(i)]);
/** An open-ended range such as B2:B: `filled` values then trailing blank rows up to N. */
const openEnded = (filled: number, make: (i: number) => unknown): unknown[][] =>
  column(N, (i) => (i < filled ? make(i) : ""));

const START = Date.UTC(2025, 0, 1);
const created = column(N, () => new Date(START + Math.floor(rnd() * 365 * 86_400_000)));
const responded = created.map(([c]) => [
  new Date((c as Date).getTime() + Math.floor(rnd() * 48 * 3_600_000)),
]);
const scores = column(N, () => Math.floor(rnd() * 11));
const ratings = column(N, () => 1 + Math.floor(rnd() * 5));
const contacts = column(N, () => 1 + Math.floor(rnd() * 4));
const statuses = column(N, () => (rnd() < 0.7 ? "Closed" : "Open"));
const categories = column(N, () => ["Sales", "Technical", "Returns", "Shipping"][Math.floor(rnd() * 4)]);
const openScores = openEnded(100_000, () => Math.floor(rnd() * 11));
const openCreated = openEnded(100_000, (i) => created[i][0]);
const openResponded = openEnded(100_000, (i) => responded[i][0]);

const ROUNDS = 5;

function timed(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/**
 * Median times of a function and its baseline, run alternately after two warm-up rounds: both then
 * meet the same garbage-collection pressure (outputs of a million rows are allocated by both), and
 * one collection landing in one side's run does not decide the ratio.
 */
function measure(call: () => unknown, base: () => unknown): { fn: number; base: number } {
  for (let i = 0; i < 2; i++) {
    call();
    base();
  }
  const fns: number[] = [];
  const bases: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    fns.push(timed(call));
    bases.push(timed(base));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { fn: median(fns), base: median(bases) };
}

const isDate = (v: unknown): v is Date => v instanceof Date;

/** Minimal single passes: what a hand-written loop for the same answer costs. */
const baseline = {
  countAtLeast(rows: unknown[][], min: number) {
    let n = 0;
    let hit = 0;
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i][0];
      if (typeof v === "number") {
        n++;
        if (v >= min) hit++;
      }
    }
    return hit / n;
  },
  countAtMost(rows: unknown[][], max: number) {
    let n = 0;
    let hit = 0;
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i][0];
      if (typeof v === "number") {
        n++;
        if (v <= max) hit++;
      }
    }
    return hit / n;
  },
  nps(rows: unknown[][]) {
    let n = 0;
    let score = 0;
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i][0];
      if (typeof v === "number") {
        n++;
        if (v >= 9) score++;
        else if (v <= 6) score--;
      }
    }
    return (100 * score) / n;
  },
  categories(rows: unknown[][]) {
    const out: string[][] = [];
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i][0] as number;
      out.push([v >= 9 ? "Promoter" : v >= 7 ? "Passive" : "Detractor"]);
    }
    return out;
  },
  meanGap(a: unknown[][], b: unknown[][]) {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < a.length; i++) {
      const x = a[i][0];
      const y = b[i][0];
      if (isDate(x) && isDate(y)) {
        sum += y.getTime() - x.getTime();
        n++;
      }
    }
    return sum / n / 3_600_000;
  },
  gaps(a: unknown[][], b: unknown[][]) {
    const out = new Float64Array(a.length);
    let n = 0;
    for (let i = 0; i < a.length; i++) {
      const x = a[i][0];
      const y = b[i][0];
      if (isDate(x) && isDate(y)) out[n++] = (y.getTime() - x.getTime()) / 3_600_000;
    }
    return out.subarray(0, n).sort();
  },
  /** Mon–Fri 09:00–17:00 in UTC, day by day: the simplest correct business-hours loop. */
  businessMs(x: number, y: number): number {
    let total = 0;
    for (let day = Math.floor(x / 86_400_000); day * 86_400_000 < y; day++) {
      const weekday = (day + 4) % 7;
      if (weekday === 0 || weekday === 6) continue;
      const open = day * 86_400_000 + 9 * 3_600_000;
      const close = open + 8 * 3_600_000;
      total += Math.max(0, Math.min(close, y) - Math.max(open, x));
    }
    return total;
  },
  businessHours(a: unknown[][], b: unknown[][]) {
    const out: number[][] = [];
    for (let i = 0; i < a.length; i++) {
      out.push([baseline.businessMs((a[i][0] as Date).getTime(), (b[i][0] as Date).getTime()) / 3_600_000]);
    }
    return out;
  },
  meanBusinessHours(a: unknown[][], b: unknown[][]) {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < a.length; i++) {
      const x = a[i][0];
      const y = b[i][0];
      if (isDate(x) && isDate(y)) {
        sum += baseline.businessMs(x.getTime(), y.getTime());
        n++;
      }
    }
    return sum / n / 3_600_000;
  },
  within(a: unknown[][], b: unknown[][], hours: number) {
    let n = 0;
    let hit = 0;
    for (let i = 0; i < a.length; i++) {
      const x = a[i][0];
      const y = b[i][0];
      if (isDate(x) && isDate(y)) {
        n++;
        if (y.getTime() - x.getTime() <= hours * 3_600_000) hit++;
      }
    }
    return hit / n;
  },
  share(rows: unknown[][], yes: Set<string>) {
    let n = 0;
    let hit = 0;
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i][0];
      if (typeof v === "string" && v !== "") {
        n++;
        if (yes.has(v)) hit++;
      }
    }
    return hit / n;
  },
  backlog(a: unknown[][], b: unknown[][]) {
    let asOf = 0;
    for (let i = 0; i < a.length; i++) {
      const x = a[i][0];
      const y = b[i][0];
      if (isDate(x) && x.getTime() > asOf) asOf = x.getTime();
      if (isDate(y) && y.getTime() > asOf) asOf = y.getTime();
    }
    let open = 0;
    for (let i = 0; i < a.length; i++) {
      const x = a[i][0] as Date;
      const y = b[i][0];
      if (x.getTime() <= asOf && !(isDate(y) && y.getTime() <= asOf)) open++;
    }
    return open;
  },
  /** Month × group counts with a fixed UTC offset: the cheapest month bucketing there is. */
  volume(a: unknown[][], groups: unknown[][]) {
    const counts = new Map<string, number>();
    for (let i = 0; i < a.length; i++) {
      const d = new Date((a[i][0] as Date).getTime() - 5 * 3_600_000);
      const key = `${d.getUTCFullYear() * 12 + d.getUTCMonth()}|${groups[i][0]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  },
};

interface Case {
  name: string;
  call: () => unknown;
  base: () => unknown;
}

const cases: Case[] = [
  { name: "NPS(1M scores)", call: () => g.NPS(scores), base: () => baseline.nps(scores) },
  { name: "NPS(100k + 900k blank)", call: () => g.NPS(openScores), base: () => baseline.nps(openScores) },
  { name: "NPS_STATS(1M)", call: () => g.NPS_STATS(scores), base: () => baseline.nps(scores) },
  { name: "NPS_CATEGORY(1M)", call: () => g.NPS_CATEGORY(scores), base: () => baseline.categories(scores) },
  { name: "CSAT(1M)", call: () => g.CSAT(ratings), base: () => baseline.countAtLeast(ratings, 4) },
  {
    name: "CSAT_STATS(1M)",
    call: () => g.CSAT_STATS(ratings),
    base: () => baseline.countAtLeast(ratings, 4),
  },
  { name: "CES(1M)", call: () => g.CES(ratings), base: () => baseline.countAtLeast(ratings, 4) },
  {
    name: "FRT mean (1M pairs)",
    call: () => g.FRT(created, responded),
    base: () => baseline.meanGap(created, responded),
  },
  {
    name: "FRT mean (100k + 900k blank)",
    call: () => g.FRT(openCreated, openResponded),
    base: () => baseline.meanGap(openCreated, openResponded),
  },
  {
    name: "RESOLUTION_TIME median (1M)",
    call: () => g.RESOLUTION_TIME(created, responded, "median"),
    base: () => baseline.gaps(created, responded),
  },
  {
    name: "RESOLUTION_TIME p90 (1M)",
    call: () => g.RESOLUTION_TIME(created, responded, "p90"),
    base: () => baseline.gaps(created, responded),
  },
  {
    name: "RESOLUTION_TIME mean, business hours",
    call: () => g.RESOLUTION_TIME(created, responded, "mean", "hours", "Mon-Fri 09:00-17:00"),
    base: () => baseline.meanBusinessHours(created, responded),
  },
  {
    name: "BUSINESS_HOURS (1M rows)",
    call: () => g.BUSINESS_HOURS(created, responded),
    base: () => baseline.businessHours(created, responded),
  },
  {
    name: "SLA_RATE 24 h (1M)",
    call: () => g.SLA_RATE(created, responded, 24),
    base: () => baseline.within(created, responded, 24),
  },
  { name: "FCR (1M)", call: () => g.FCR(contacts), base: () => baseline.countAtMost(contacts, 1) },
  {
    name: "RESOLUTION_RATE (1M)",
    call: () => g.RESOLUTION_RATE(statuses),
    base: () => baseline.share(statuses, new Set(["Resolved", "Solved", "Closed"])),
  },
  {
    name: "BACKLOG (1M)",
    call: () => g.BACKLOG(created, responded),
    base: () => baseline.backlog(created, responded),
  },
  {
    name: "TICKET_VOLUME month × group (1M)",
    call: () => g.TICKET_VOLUME(created, "month", categories),
    base: () => baseline.volume(created, categories),
  },
];

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

console.log(
  `Custom functions through dist/Code.js, ${N.toLocaleString("en")} cells, spreadsheet zone ${TIME_ZONE}`,
);
console.log(`${pad("function", 36)} ${pad("bundle ms", 10)} ${pad("hand ms", 10)} ratio (target ≤ 2)`);
let worst = 0;
for (const c of cases) {
  // Warm-up is in measure(): Sheets' runtime has compiled the script before timing matters.
  const { fn, base } = measure(c.call, c.base);
  const ratio = fn / base;
  worst = Math.max(worst, ratio);
  console.log(
    `${pad(c.name, 36)} ${pad(fn.toFixed(1), 10)} ${pad(base.toFixed(1), 10)} ${ratio.toFixed(2)}${ratio > 2 ? "  ABOVE TARGET" : ""}`,
  );
}
console.log(`worst ratio: ${worst.toFixed(2)}`);

/** 520 weekly counts: growth, a yearly swing, a December dip and deterministic noise. */
const weekly = column(520, (t) =>
  Math.round(
    400 + 0.6 * t + 80 * Math.sin((2 * Math.PI * t) / 52) - (t % 52 >= 50 ? 150 : 0) + 40 * (rnd() - 0.5),
  ),
);
const planning: { name: string; call: () => unknown; check: (result: unknown) => boolean }[] = [
  {
    // 20,000 contacts an hour at 180 s: 1,000 Erlangs; 95 % within 10 s needs about 1,030 agents.
    name: "AGENTS_NEEDED (1,000 Erlangs, ~1,030 agents)",
    call: () => g.AGENTS_NEEDED(20_000, 60, 180, 0.95, 10, 1),
    check: (r) => ((r as unknown[][])[0][1] as number) > 1000,
  },
  {
    name: 'VOLUME_FORECAST(520 weeks, 13, 52, "auto")',
    call: () => g.VOLUME_FORECAST(weekly, 13, 52, "auto"),
    check: (r) => (r as unknown[][]).length === 13,
  },
  {
    name: 'VOLUME_FORECAST(520 weeks, 13, 52, "holt_winters")',
    call: () => g.VOLUME_FORECAST(weekly, 13, 52, "holt_winters"),
    check: (r) => (r as unknown[][]).length === 13,
  },
];
/** CPU time of one call in ms: unlike wall time, it does not grow with other processes' load. */
function cpuTimed(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

console.log(
  `\n${pad("staffing and forecast (target < 50 ms)", 52)} ${pad("first ms", 10)} ${pad("median ms", 10)} median CPU ms`,
);
for (const c of planning) {
  let result: unknown;
  const first = timed(() => {
    result = c.call();
  });
  if (!c.check(result)) throw new Error(`${c.name}: unexpected result ${JSON.stringify(result)}`);
  const rest = Array.from({ length: ROUNDS }, () => timed(c.call)).sort((a, b) => a - b);
  const cpu = Array.from({ length: ROUNDS }, () => cpuTimed(c.call)).sort((a, b) => a - b);
  const median = rest[Math.floor(ROUNDS / 2)];
  const cpuMedian = cpu[Math.floor(ROUNDS / 2)];
  const above = Math.max(first, median) >= 50 ? "  ABOVE TARGET (wall time; see the load average below)" : "";
  console.log(
    `${pad(c.name, 52)} ${pad(first.toFixed(1), 10)} ${pad(median.toFixed(1), 10)} ${cpuMedian.toFixed(1)}${above}`,
  );
}

/**
 * One cold start of Code.js, as each custom-function call in Sheets pays it: a fresh process (no
 * code cache, nothing warmed), the script compiled, its top level run, then one small call, which
 * adds the lazy compilation of the functions that call uses. Returns [compile, run, call] in ms.
 */
function coldStart(): [number, number, number] {
  const child =
    `const vm=require("node:vm");const code=require("node:fs").readFileSync(${JSON.stringify(codePath)},"utf8");` +
    "const t0=performance.now();const script=new vm.Script(code,{filename:'Code.js'});const t1=performance.now();" +
    "script.runInThisContext();const t2=performance.now();NPS([[9],[10],[3]]);const t3=performance.now();" +
    "process.stdout.write(JSON.stringify([t1-t0,t2-t1,t3-t2]));";
  return JSON.parse(execFileSync(process.execPath, ["-e", child], { encoding: "utf8" }));
}

/**
 * What the first menu or sidebar call of a run pays for the report engine, in a fresh process:
 * compiling ReportEngine.html's script and running its top level, as `loadScriptFile` does.
 */
function engineStart(): number {
  const child =
    `import { readFileSync } from "node:fs";` +
    `import { loadScriptFile, REPORT_ENGINE } from ${JSON.stringify(join(root, "src/platform/script-file.ts"))};` +
    `const html = readFileSync(${JSON.stringify(enginePath)}, "utf8");` +
    "const service = { createHtmlOutputFromFile: () => ({ getContent: () => html }) };" +
    "const t0 = performance.now();" +
    "const engine = loadScriptFile(service, REPORT_ENGINE.file, REPORT_ENGINE.global);" +
    "const t1 = performance.now();" +
    "if (typeof engine.buildReport !== 'function') throw new Error('no engine');" +
    "process.stdout.write(JSON.stringify(t1 - t0));";
  const args = ["--import", "tsx", "--input-type=module", "-e", child];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8", cwd: root }));
}

/** Median and the 10th–90th percentile range of a sample, for numbers that vary from run to run. */
function spread(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.round(q * (sorted.length - 1))].toFixed(2);
  return `${at(0.5)} ms (${at(0.1)}–${at(0.9)})`;
}

const code = readFileSync(codePath, "utf8");
const size = Buffer.byteLength(code);
// The generated stubs (with the JSDoc Sheets reads) follow the bundle: the first line of either kind.
const bundleSize = Buffer.byteLength(code.slice(0, code.search(/^(function |\/\*\*)/m)));
const COLD_RUNS = 21;
const starts = Array.from({ length: COLD_RUNS }, coldStart);
const total = starts.map(([compile, run]) => compile + run);
console.log(
  `\ndist/Code.js: ${(size / 1024).toFixed(1)} KB (target < 100 KB): bundle ${(bundleSize / 1024).toFixed(1)} KB, ` +
    `generated stubs with their JSDoc ${((size - bundleSize) / 1024).toFixed(1)} KB`,
);
console.log(
  `Cold evaluation, ${COLD_RUNS} fresh processes, median (10th–90th percentile): ${spread(total)} (target < 5 ms)` +
    ` [load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores: other work widens the range]\n` +
    `  compile ${spread(starts.map((s) => s[0]))}, top level ${spread(starts.map((s) => s[1]))}; ` +
    `then a first =NPS of 3 cells ${spread(starts.map((s) => s[2]))}, ` +
    `so each custom-function call costs at least ${spread(starts.map((s) => s[0] + s[1] + s[2]))}`,
);

const engineSize = Buffer.byteLength(readFileSync(enginePath));
const engineStarts = Array.from({ length: COLD_RUNS }, engineStart);
console.log(
  `dist/ReportEngine.html: ${(engineSize / 1024).toFixed(1)} KB, read only by menu items and the sidebar: ` +
    `compiling it adds ${spread(engineStarts)} to the first such call of a run (a server round trip itself takes ` +
    "hundreds of ms)",
);

await benchReport();
await benchEventLog();
await benchContactLog();
