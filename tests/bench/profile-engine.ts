// A loop over one engine workload, to profile with V8 (docs/performance.md, "Profiles"):
//   node --cpu-prof --cpu-prof-dir=/tmp/tinhgon-prof --import tsx tests/bench/profile-engine.ts subset
//   npx tsx tests/bench/summarise-profile.ts /tmp/tinhgon-prof/*.cpuprofile
// Workloads: `subset` (the deputy and minimum-payroll rules on the national dataset, as in the engine
// figures), `pack` (every RS-2020 rule on it), `plan` (evaluatePlan of the Hải Phòng province plan, what
// the web editor runs on each change).
import { buildHaiPhongSnapshot } from "@tinhgon/db";
import { evaluatePlan, evaluateSnapshot, generateSyntheticProvinces } from "@tinhgon/domain";

import { planOf, violationAddingOperation } from "./support/demo-plans.ts";
import { createRuleSubset, evaluateSubsetWithEngine } from "./support/rule-subset.ts";

const workload = process.argv[2] ?? "subset";
const seconds = Number(process.argv[3] ?? "10");
const snapshots = generateSyntheticProvinces(63);
const subset = createRuleSubset(snapshots);
const haiPhong = buildHaiPhongSnapshot();
const plan = planOf(haiPhong, "Hải Phòng", [violationAddingOperation(haiPhong)]);

const workloads: Record<string, () => void> = {
  subset: () => {
    evaluateSubsetWithEngine(subset, snapshots, () => undefined);
  },
  pack: () => {
    for (const snapshot of snapshots) evaluateSnapshot(snapshot);
  },
  plan: () => {
    evaluatePlan(plan);
  },
};
const run = workloads[workload];
if (!run) throw new Error(`unknown workload ${workload}; one of ${Object.keys(workloads).join(", ")}`);
const deadline = Date.now() + seconds * 1000;
let passes = 0;
while (Date.now() < deadline) {
  run();
  passes += 1;
}
process.stderr.write(`${workload}: ${String(passes)} passes in ${String(seconds)} s\n`);
