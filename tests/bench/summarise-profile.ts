// Prints the hottest functions of a V8 CPU profile (self time), for docs/performance.md:
//   node --cpu-prof --cpu-prof-dir=/tmp/tinhgon-prof --import tsx tests/bench/run.ts --only engine_vs_hand_loop
//   npx tsx tests/bench/summarise-profile.ts /tmp/tinhgon-prof/*.cpuprofile [top=25]
import { readFileSync } from "node:fs";
import { relative } from "node:path";

import { repositoryRoot } from "@tinhgon/db";
import { z } from "zod";

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({
        functionName: z.string(),
        url: z.string(),
        lineNumber: z.number(),
        columnNumber: z.number(),
      }),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

const args = process.argv.slice(2);
const top = Number(args.find((arg) => /^top=\d+$/.test(arg))?.slice(4) ?? "25");
const files = args.filter((arg) => !arg.startsWith("top="));
if (files.length === 0) {
  process.stderr.write("usage: summarise-profile.ts <file.cpuprofile>… [top=25]\n");
  process.exitCode = 2;
}

for (const file of files) {
  const profile = profileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const names = new Map<number, string>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const path = url.startsWith("file://") ? relative(repositoryRoot, new URL(url).pathname) : url;
    // tsx compiles a module to one line: the column tells two anonymous functions of a file apart.
    const where = path ? `${path}:${String(lineNumber + 1)}:${String(columnNumber + 1)}` : "";
    names.set(node.id, `${functionName || "(anonymous)"}  ${where}`);
  }
  const selfMicroseconds = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((nodeId, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const name = names.get(nodeId) ?? String(nodeId);
    selfMicroseconds.set(name, (selfMicroseconds.get(name) ?? 0) + delta);
    total += delta;
  });
  process.stdout.write(`${file}: ${(total / 1000).toFixed(0)} ms sampled\n`);
  const rows = [...selfMicroseconds.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [name, microseconds] of rows) {
    const share = ((100 * microseconds) / total).toFixed(1).padStart(5);
    process.stdout.write(`${share}%  ${(microseconds / 1000).toFixed(0).padStart(7)} ms  ${name}\n`);
  }
}
