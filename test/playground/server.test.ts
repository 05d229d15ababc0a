/**
 * `npm start`'s server as a person runs it: a child process that prints its URL, answers on
 * 127.0.0.1, and on Ctrl-C (SIGINT) or SIGTERM closes and exits 0, freeing its port.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, ROOT } from "./built";

beforeAll(() => ensureBuilt());

interface Started {
  child: ChildProcess;
  url: string;
  port: number;
  output: () => string;
}

/** Starts `playground/server.ts` on a free port and waits (generously) for the URL it prints. */
async function startServer(): Promise<Started> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "playground/server.ts", "--port", "0", "--empty"],
    {
      cwd: ROOT,
      env: { ...process.env, PORT: "" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed in 90 s:\n${output}`)), 90_000);
    const check = () => {
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before printing its URL:\n${output}`));
    });
  });
  return { child, url, port: Number(new URL(url).port), output: () => output };
}

/** Whether this process can listen on the port itself (the server let go of it). */
async function portIsFree(port: number): Promise<boolean> {
  const probe = createServer();
  try {
    probe.listen(port, "127.0.0.1");
    await once(probe, "listening");
    return true;
  } catch {
    return false;
  } finally {
    probe.close();
  }
}

describe("playground/server.ts", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("stops cleanly on %s: exit code 0, port freed", async (signal) => {
    const server = await startServer();
    const answer = await fetch(`${server.url}api/workbook`);
    expect(answer.status).toBe(200);
    expect((await answer.json()).sheets).toHaveLength(1);

    const exited = once(server.child, "exit");
    server.child.kill(signal);
    const [code, killedBy] = await exited;
    expect({ code, killedBy, output: server.output() }).toMatchObject({ code: 0, killedBy: null });
    expect(server.output()).toContain(`${signal}: stopping the playground.`);
    expect(await portIsFree(server.port)).toBe(true);
  });

  it("refuses a port that is not a number, saying how to run it", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "playground/server.ts", "--port", "http"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let errors = "";
    child.stderr?.on("data", (chunk) => {
      errors += chunk;
    });
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(errors).toContain('--port: "http" is not a port number');
    expect(errors).toContain("Usage: npm start -- [--port N]");
  });
});
