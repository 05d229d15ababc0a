/**
 * One playground (dist/ built first, sample data, Berlin time) for the tests of one file, started
 * before them and closed after: `const started = startedPlayground();` then `started.playground`.
 */
import { afterAll, beforeAll } from "vitest";
import { type Playground, startPlayground } from "../../playground/app";
import { ensureBuilt } from "./built";

export function startedPlayground(): { readonly playground: Playground } {
  let playground: Playground | undefined;
  beforeAll(async () => {
    ensureBuilt();
    playground = await startPlayground({ port: 0, timeZone: "Europe/Berlin", sample: true });
  });
  afterAll(async () => {
    await playground?.close();
  });
  return {
    get playground(): Playground {
      if (!playground) throw new Error("The playground is not started yet (use it inside a test).");
      return playground;
    },
  };
}
