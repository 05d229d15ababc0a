/**
 * Minimising a function of a few parameters that each lie in [0, 1] (smoothing constants): a coarse
 * grid finds the right basin, then Nelder–Mead (reflection, expansion, contraction, shrink) refines
 * it, with every point clamped into the box. Deterministic, no gradients, a few hundred evaluations.
 */

const GRID = [0.1, 0.4, 0.7, 0.95];
const MAX_EVALUATIONS = 200;
const RESTART_STEPS = [0.15, 0.05, 0.02];
const STARTS = 3;
const TOLERANCE = 1e-10;

function clamp(x: number[]): number[] {
  return x.map((v) => Math.min(1, Math.max(0, v)));
}

/** Every combination of the grid values in `dimensions` coordinates. */
function gridPoints(dimensions: number): number[][] {
  let points: number[][] = [[]];
  for (let d = 0; d < dimensions; d++) points = points.flatMap((p) => GRID.map((g) => [...p, g]));
  return points;
}

/** The point of [0, 1]^dimensions where `f` is lowest (as far as the search finds), and its value. */
export function minimizeInUnitBox(
  f: (x: number[]) => number,
  dimensions: number,
): { x: number[]; value: number } {
  const score = scorer(f);
  const grid = gridPoints(dimensions).map((x) => ({ x, value: score(x) }));
  grid.sort((a, b) => a.value - b.value);
  // Sums of squared errors can have several valleys: refine the best few grid points, keep the best.
  let best = grid[0];
  for (const start of grid.slice(0, STARTS)) {
    const local = refine(score, start);
    if (local.value < best.value) best = local;
  }
  return best;
}

/** Nelder–Mead from `from` only (no grid): for a starting point known to be near the minimum. */
export function refineInUnitBox(f: (x: number[]) => number, from: number[]): { x: number[]; value: number } {
  const score = scorer(f);
  const x = clamp(from);
  return refine(score, { x, value: score(x) });
}

/** `f` with a value that is not a number (an overflow) made +Infinity, so it never wins. */
function scorer(f: (x: number[]) => number): (x: number[]) => number {
  return (x) => {
    const v = f(x);
    return Number.isNaN(v) ? Number.POSITIVE_INFINITY : v;
  };
}

/**
 * Nelder–Mead restarted from its own result with a fresh, smaller simplex: a simplex that collapsed
 * along a flat valley or a box edge starts moving again.
 */
function refine(
  score: (x: number[]) => number,
  start: { x: number[]; value: number },
): { x: number[]; value: number } {
  let local = start;
  for (const step of RESTART_STEPS) {
    const refined = nelderMead(score, local.x, step);
    if (!(refined.value < local.value)) break;
    local = refined;
  }
  return local;
}

/** One Nelder–Mead run from `from`, its simplex `step` along each axis (inward at the edges). */
function nelderMead(
  score: (x: number[]) => number,
  from: number[],
  step: number,
): { x: number[]; value: number } {
  const dimensions = from.length;
  const simplex = [from];
  for (let d = 0; d < dimensions; d++) {
    const x = [...from];
    x[d] += x[d] > 0.5 ? -step : step;
    simplex.push(x);
  }
  let values = simplex.map(score);
  let evaluations = 0;
  while (evaluations < MAX_EVALUATIONS) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    const points = order.map((i) => simplex[i]);
    values = order.map((i) => values[i]);
    simplex.splice(0, simplex.length, ...points);
    const worst = dimensions;
    if (Math.abs(values[worst] - values[0]) <= TOLERANCE * (Math.abs(values[0]) + TOLERANCE)) break;
    const centroid = new Array<number>(dimensions).fill(0);
    for (let i = 0; i < worst; i++) for (let d = 0; d < dimensions; d++) centroid[d] += simplex[i][d] / worst;
    const along = (t: number) => clamp(centroid.map((c, d) => c + t * (simplex[worst][d] - c)));
    const reflected = along(-1);
    const reflectedValue = score(reflected);
    evaluations++;
    if (reflectedValue < values[0]) {
      const expanded = along(-2);
      const expandedValue = score(expanded);
      evaluations++;
      const take = expandedValue < reflectedValue;
      simplex[worst] = take ? expanded : reflected;
      values[worst] = take ? expandedValue : reflectedValue;
    } else if (reflectedValue < values[worst - 1]) {
      simplex[worst] = reflected;
      values[worst] = reflectedValue;
    } else {
      const contracted = reflectedValue < values[worst] ? along(-0.5) : along(0.5);
      const contractedValue = score(contracted);
      evaluations++;
      if (contractedValue < Math.min(values[worst], reflectedValue)) {
        simplex[worst] = contracted;
        values[worst] = contractedValue;
      } else {
        for (let i = 1; i <= worst; i++) {
          simplex[i] = clamp(simplex[i].map((v, d) => simplex[0][d] + (v - simplex[0][d]) / 2));
          values[i] = score(simplex[i]);
          evaluations++;
        }
      }
    }
  }
  let at = 0;
  for (let i = 1; i < values.length; i++) if (values[i] < values[at]) at = i;
  return { x: simplex[at], value: values[at] };
}
