/**
 * `npm start` (after `npm run build`): the playground at http://127.0.0.1:5173/.
 *
 *   npm start                      # port 5173, or $PORT
 *   npm start -- --port 8080       # another port (0: any free one)
 *   npm start -- --time-zone Europe/Berlin --empty
 *   npm start -- --locale sv_SE    # the spreadsheet's locale: the add-on speaks its language
 *
 * Ctrl-C (SIGINT) or SIGTERM closes the server and exits 0.
 */
import { machineTimeZone, type Playground, startPlayground } from "./app";

const DEFAULT_PORT = 5173;

interface Args {
  port: number;
  timeZone: string;
  locale: string;
  sample: boolean;
}

function usage(problem: string): never {
  console.error(
    `${problem}\nUsage: npm start -- [--port N] [--time-zone Area/City] [--locale xx_XX] [--empty]`,
  );
  process.exit(2);
}

function parsePort(text: string, where: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) usage(`${where}: "${text}" is not a port number (0–65535).`);
  return port;
}

function parseArgs(argv: string[], env: NodeJS.ProcessEnv): Args {
  const args: Args = {
    port: env.PORT ? parsePort(env.PORT, "PORT") : DEFAULT_PORT,
    timeZone: machineTimeZone(),
    locale: "en_US",
    sample: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i] ?? usage(`${flag} needs a value.`);
    if (flag === "--port") args.port = parsePort(value(), "--port");
    else if (flag === "--time-zone") args.timeZone = value();
    else if (flag === "--locale") args.locale = value();
    else if (flag === "--empty") args.sample = false;
    else usage(`Unknown option ${argv[i]}.`);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), process.env);
  let playground: Playground;
  try {
    playground = await startPlayground(args);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE")
      console.error(
        `Port ${args.port} is in use: start with --port N (or PORT=N), or stop the other server.`,
      );
    else console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  console.log(
    `Support KPIs playground: ${playground.url}  (time zone ${args.timeZone}, locale ${args.locale}; Ctrl-C stops it)`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(130); // a second Ctrl-C: do not wait
    stopping = true;
    console.log(`\n${signal}: stopping the playground.`);
    playground.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

await main();
