/**
 * Survey custom functions: NPS, NPS_STATS, NPS_CATEGORY, CSAT, CSAT_STATS, CES. Each reads its range
 * cell by cell into a histogram in one pass (`tallyScores`), then asks metrics/ for the numbers.
 * Each function's docs follow it (build time only; see define.ts).
 */

import { isBlank } from "../input/values/cells";
import { CES_METHODS, cesFromHistogram, resolveAgreeMin } from "../metrics/ces";
import { csatStatsFromHistogram, resolveSatisfiedMin } from "../metrics/csat";
import { NPS_MAX_SCORE, NPS_MIN_SCORE, npsCategory, npsStatsFromHistogram } from "../metrics/nps";
import { checkScale, MAX_SCALE } from "../metrics/scores";
import type { CellValue } from "../platform/services";
import {
  asRows,
  Problems,
  parseNumber,
  prefixErrors,
  readChoice,
  readNumber,
  single,
  tallyScores,
} from "./args";
import { type CustomFunction, defineFunction, type FunctionDocs } from "./define";

/** A number argument that may be left out: undefined when omitted or blank. */
function optionalNumber(fn: string, arg: string, value: unknown): number | undefined {
  return isBlank(single(fn, arg, value)) ? undefined : readNumber(fn, arg, value);
}

/** scale_max, default 5, checked before any rating is read against it. */
function readScale(fn: string, value: unknown): number {
  const scaleMax = readNumber(fn, "scale_max", value, { default: 5 });
  prefixErrors(fn, () => checkScale(scaleMax));
  return scaleMax;
}

function ratingsHint(scaleMax: number): string {
  return `Set scale_max if your ratings do not run from 1 to ${scaleMax}.`;
}

// Help texts several functions' docs share (build time only, like all docs).
const SCORES_HELP =
  "The 0–10 answers to “How likely are you to recommend us?”; any range, read cell by cell; blanks are skipped.";
const RATINGS_HELP =
  "Whole-number ratings from 1 to scale_max; any range, read cell by cell; blanks are skipped.";
const SATISFIED_HELP =
  "The lowest rating that counts as satisfied; default 3 on a 1–3 scale, 4 on 1–5, 6 on 1–7, 9 on 1–10 (other scales must pass it).";
/** A function, not a constant: esbuild keeps a template interpolating an import even when unused. */
const scaleHelp = () =>
  `The highest rating on the scale (whole number, 2 to ${MAX_SCALE}); default 5 (a 1–5 scale).`;

const nps = defineFunction({
  name: "NPS",
  params: [{ name: "scores" }],
  example: "=NPS(B2:B)",
  run([scores]) {
    const counts = tallyScores("NPS", "scores", scores, NPS_MIN_SCORE, NPS_MAX_SCORE);
    return prefixErrors("NPS", () => npsStatsFromHistogram(counts).nps);
  },
});

function npsDocs(): FunctionDocs<typeof nps> {
  return {
    function: nps,
    summary: "Net Promoter Score of 0–10 answers, in points from −100 to 100.",
    convention:
      "NPS = (promoters − detractors) ÷ responses × 100, where promoters score 9–10, passives 7–8 and detractors 0–6. " +
      "Scores must be whole numbers 0–10 (numbers typed as text are accepted); blank cells are skipped. " +
      "E.g. 80% promoters and 15% detractors give 65.",
    params: { scores: { type: "range", help: SCORES_HELP } },
    returns: "points from −100 to 100",
  };
}

const npsStats = defineFunction({
  name: "NPS_STATS",
  params: [{ name: "scores" }],
  example: "=NPS_STATS(B2:B)",
  run([scores]) {
    const counts = tallyScores("NPS_STATS", "scores", scores, NPS_MIN_SCORE, NPS_MAX_SCORE);
    const s = prefixErrors("NPS_STATS", () => npsStatsFromHistogram(counts));
    return [
      ["Responses", s.responses],
      ["Promoters (9–10)", s.promoters],
      ["Passives (7–8)", s.passives],
      ["Detractors (0–6)", s.detractors],
      ["Promoter share", s.promoterShare],
      ["Passive share", s.passiveShare],
      ["Detractor share", s.detractorShare],
      ["NPS", s.nps],
      ["Margin of error (95%)", s.marginOfError],
      ["NPS low (95%)", s.low],
      ["NPS high (95%)", s.high],
    ];
  },
});

function npsStatsDocs(): FunctionDocs<typeof npsStats> {
  return {
    function: npsStats,
    summary: "NPS with its counts, shares and 95% confidence interval, as a 2-column table.",
    convention:
      "Rows (label, value): responses; promoters (9–10), passives (7–8), detractors (0–6); their shares of responses " +
      "(fractions 0–1); NPS in points; the 95% margin of error and interval in points. The interval is the " +
      "adjusted-Wald interval of Rocks (2016): add 3 to the responses and ¾ to promoters and to detractors, " +
      "p and d their adjusted shares, margin = 1.96 × √((p + d − (p − d)²) ÷ (n + 3)); the interval is " +
      "(p − d) ± margin, centred on that adjusted estimate rather than on the NPS itself, and clamped to −100…100.",
    params: { scores: { type: "range", help: SCORES_HELP } },
    returns: "an 11-row table of labels and values (counts, fractions 0–1, points)",
  };
}

const npsCategoryFn = defineFunction({
  name: "NPS_CATEGORY",
  params: [{ name: "scores" }],
  example: "=NPS_CATEGORY(B2:B)",
  run([scores]) {
    const rows = asRows(scores);
    const problems = new Problems("NPS_CATEGORY", "scores", "a whole number from 0 to 10");
    const out: CellValue[][] = [];
    for (let r = 0; r < rows.length; r++) {
      let row = rows[r];
      if (!Array.isArray(row)) row = [row];
      // One-column ranges (the usual case) get a one-element row literal: the cheapest allocation.
      if (row.length === 1) out.push([categoryCell(row[0], r + 1, problems)]);
      else {
        const line: CellValue[] = new Array(row.length);
        for (let c = 0; c < row.length; c++) line[c] = categoryCell(row[c], r + 1, problems);
        out.push(line);
      }
    }
    problems.throwIfAny();
    return Array.isArray(scores) ? out : out[0][0];
  },
});

function npsCategoryDocs(): FunctionDocs<typeof npsCategoryFn> {
  return {
    function: npsCategoryFn,
    summary: "Promoter, Passive or Detractor for each 0–10 score, in the shape of the input.",
    convention:
      "9–10 → Promoter, 7–8 → Passive, 0–6 → Detractor; a blank cell gives an empty cell. " +
      "Scores must be whole numbers 0–10; any other value is an error naming its row.",
    params: { scores: { type: "range", help: "A score or a range of 0–10 scores, of any shape." } },
    returns: "text per cell, the same shape as scores",
  };
}

/** One cell of NPS_CATEGORY: its category, or "" for a blank or (recorded) invalid cell. */
function categoryCell(cell: unknown, row: number, problems: Problems): CellValue {
  const n = typeof cell === "number" ? cell : isBlank(cell) ? -1 : parseNumber(cell);
  if (n >= NPS_MIN_SCORE && n <= NPS_MAX_SCORE && Number.isInteger(n)) return npsCategory(n);
  if (typeof cell === "number" || !isBlank(cell)) problems.add(row, cell);
  return "";
}

/** Reads CSAT's and CSAT_STATS' arguments into statistics. */
function csatOf(fn: string, args: unknown[]) {
  const [ratings, scale, satisfied] = args;
  const scaleMax = readScale(fn, scale);
  const given = optionalNumber(fn, "satisfied_min", satisfied);
  const threshold = prefixErrors(fn, () => resolveSatisfiedMin(scaleMax, given));
  const counts = tallyScores(fn, "ratings", ratings, 1, scaleMax, ratingsHint(scaleMax));
  return prefixErrors(fn, () => csatStatsFromHistogram(counts, scaleMax, threshold));
}

const CSAT_PARAMS = [
  { name: "ratings" },
  { name: "scale_max", optional: true },
  { name: "satisfied_min", optional: true },
] as const;

function csatParamDocs(): FunctionDocs<typeof csat>["params"] {
  return {
    ratings: { type: "range", help: RATINGS_HELP },
    scale_max: { type: "number", help: scaleHelp() },
    satisfied_min: { type: "number", help: SATISFIED_HELP },
  };
}

const CSAT_CONVENTION =
  "CSAT = responses rating satisfied_min or higher ÷ responses. Ratings must be whole numbers from 1 to scale_max " +
  "(numbers typed as text are accepted); blank cells are skipped. Default satisfied_min: 3 on a 1–3 scale, " +
  "4 on 1–5, 6 on 1–7, 9 on 1–10; any other scale must pass satisfied_min.";

const csat = defineFunction({
  name: "CSAT",
  params: CSAT_PARAMS,
  example: "=CSAT(C2:C, 5)",
  run(args) {
    return csatOf("CSAT", args).csat;
  },
});

function csatDocs(): FunctionDocs<typeof csat> {
  return {
    function: csat,
    summary: "Customer satisfaction: the share of ratings at or above the satisfied threshold.",
    convention: CSAT_CONVENTION,
    params: csatParamDocs(),
    returns: "a fraction 0–1 (format as %)",
  };
}

const csatStats = defineFunction({
  name: "CSAT_STATS",
  params: CSAT_PARAMS,
  example: "=CSAT_STATS(C2:C, 5)",
  run(args) {
    const s = csatOf("CSAT_STATS", args);
    return [
      ["Responses", s.responses],
      ["Satisfied", s.satisfied],
      ["CSAT", s.csat],
      ["CSAT low (95%)", s.low],
      ["CSAT high (95%)", s.high],
      ["Mean rating", s.meanRating],
    ];
  },
});

function csatStatsDocs(): FunctionDocs<typeof csatStats> {
  return {
    function: csatStats,
    summary: "CSAT with its counts, 95% confidence interval and mean rating, as a 2-column table.",
    convention:
      `${CSAT_CONVENTION} Rows (label, value): responses, satisfied, CSAT, the Wilson score 95% interval ` +
      "(low, high; fractions 0–1) and the mean rating.",
    params: csatParamDocs(),
    returns: "a 6-row table of labels and values (counts, fractions 0–1, a rating)",
  };
}

const ces = defineFunction({
  name: "CES",
  params: [
    { name: "ratings" },
    { name: "scale_max", optional: true },
    { name: "method", optional: true },
    { name: "agree_min", optional: true },
  ],
  example: '=CES(D2:D, 7, "agree")',
  run([ratings, scale, methodArg, agree]) {
    const fn = "CES";
    const scaleMax = readScale(fn, scale);
    const method = readChoice(fn, "method", methodArg, CES_METHODS, "agree");
    const given = optionalNumber(fn, "agree_min", agree);
    const threshold = method === "agree" ? prefixErrors(fn, () => resolveAgreeMin(scaleMax, given)) : given;
    const counts = tallyScores(fn, "ratings", ratings, 1, scaleMax, ratingsHint(scaleMax));
    return prefixErrors(fn, () => cesFromHistogram(counts, scaleMax, method, threshold));
  },
});

function cesDocs(): FunctionDocs<typeof ces> {
  return {
    function: ces,
    summary: "Customer effort score: the share who agree it was easy, or the mean rating.",
    convention:
      'Ratings answer "It was easy to handle my issue" from 1 (strongly disagree) to scale_max (strongly agree). ' +
      'method "agree" = responses rating agree_min or higher ÷ responses (default agree_min 4 on a 1–5 scale, ' +
      '5 on 1–7; other scales must pass agree_min); method "mean" = the average rating (agree_min is not used). ' +
      "Ratings must be whole numbers from 1 to scale_max; blank cells are skipped.",
    params: {
      ratings: { type: "range", help: RATINGS_HELP },
      scale_max: { type: "number", help: scaleHelp() },
      method: { type: "text", help: '"agree" (share agreeing) or "mean" (average rating); default "agree".' },
      agree_min: {
        type: "number",
        help: 'The lowest rating that counts as agreeing, for "agree"; default 4 on a 1–5 scale, 5 on 1–7.',
      },
    },
    returns: 'a fraction 0–1 for "agree" (format as %), a rating from 1 to scale_max for "mean"',
  };
}

export const surveyFunctions: CustomFunction[] = [nps, npsStats, npsCategoryFn, csat, csatStats, ces];

/** Build time only: the help texts of `surveyFunctions`, in the same order. */
export const surveyDocs: (() => FunctionDocs)[] = [
  npsDocs,
  npsStatsDocs,
  npsCategoryDocs,
  csatDocs,
  csatStatsDocs,
  cesDocs,
];
