// `npm run bench`: benchmarks print ratios measured in one run, never timed assertions (the machines
// are shared and noisy). The performance issue (#9) adds the real figures; until then this measures
// the one hot path that exists: choosing the rule pack in force for a date.
import { findRulePackInForce } from "@tinhgon/domain";

interface Measurement {
  name: string;
  opsPerSecond: number;
}

function measure(name: string, run: () => void, iterations = 200_000): Measurement {
  for (let index = 0; index < 1000; index += 1) run(); // warm-up
  const started = process.hrtime.bigint();
  for (let index = 0; index < iterations; index += 1) run();
  const elapsedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { name, opsPerSecond: iterations / elapsedSeconds };
}

const dates = ["2015-01-01", "2020-11-25", "2024-12-31", "2030-01-01"];
let cursor = 0;
const baseline = measure("baseline: array index", () => {
  cursor = (cursor + 1) % dates.length;
});
const lookup = measure("findRulePackInForce(asOf)", () => {
  cursor = (cursor + 1) % dates.length;
  findRulePackInForce(dates[cursor] ?? "2020-11-25");
});

console.log("Tinh Gọn benchmarks (one run; ratios compare figures measured in this run)\n");
for (const result of [baseline, lookup]) {
  console.log(
    `${result.name.padEnd(32)} ${Math.round(result.opsPerSecond).toLocaleString("en-US").padStart(14)} ops/s`,
  );
}
console.log(`\nratio lookup / baseline: ${(lookup.opsPerSecond / baseline.opsPerSecond).toFixed(3)}`);
console.log("More benchmarks (evaluation, API, web bundle) arrive with the performance issue.");
