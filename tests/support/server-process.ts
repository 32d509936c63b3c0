// Runs the real `npm start` entry point (apps/server/src/main.ts) as a child process.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";

import { repositoryRoot } from "@tinhgon/db";

import { childEnvironment } from "./env.ts";

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
  /** Sends the signal and resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

const readyLine = /Tinh Gọn đang chạy tại (http:\/\/\S+)/;

export function startServerProcess(env: Record<string, string>, timeoutMs = 90_000): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(repositoryRoot, "apps/server/src/main.ts")],
    {
      cwd: repositoryRoot,
      env: childEnvironment({ HOST: "127.0.0.1", PORT: "0", ...env }),
    },
  );
  let output = "";
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      resolve(code);
    }),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`The server did not start within ${timeoutMs} ms. Output:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString("utf8");
      const match = readyLine.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({
        child,
        url: match[1],
        output: () => output,
        stop: (signal = "SIGINT") => {
          child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(
        new Error(`The server exited with code ${String(code)} before it was ready. Output:\n${output}`),
      );
    });
  });
}
