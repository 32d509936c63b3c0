// compliance.check answers exactly what `npx tinhgon check --json` prints for the same input.
import { type CheckReport, evaluateSnapshot, toCheckReport } from "@tinhgon/domain";

import type { Context } from "../context.ts";
import { AppError } from "../errors.ts";
import { loadSnapshotOrThrow, parseDocumentOrThrow } from "./snapshot.service.ts";

export async function checkCompliance(
  context: Context,
  input:
    | { snapshotId: string; ruleSet?: string | undefined }
    | { document: unknown; ruleSet?: string | undefined },
): Promise<CheckReport> {
  const snapshot =
    "snapshotId" in input
      ? (await loadSnapshotOrThrow(context, input.snapshotId)).snapshot
      : parseDocumentOrThrow(input.document);
  const outcome = evaluateSnapshot(snapshot, input.ruleSet === undefined ? {} : { ruleSet: input.ruleSet });
  if (!outcome.ok) throw new AppError(outcome.failure.code, outcome.failure.message);
  return toCheckReport(outcome.result);
}
