// Import and export of snapshot documents: tinhgon.snapshot/2 written, /1 still read (migrated by the
// domain's parseSnapshot, ADR 0036). Import validates with the domain's parser (every
// problem with its JSON path, in Vietnamese and English) before anything is written.
import { parseSnapshot, type Snapshot, withoutHiddenPersonalData } from "@tinhgon/domain";

import { auditMeta, type Context } from "../context.ts";
import { AppError, notFound } from "../errors.ts";

export function parseDocumentOrThrow(document: unknown): Snapshot {
  const parsed = parseSnapshot(document);
  if (parsed.ok) return parsed.value;
  throw new AppError(
    "DOCUMENT_INVALID",
    {
      vi: `Tài liệu cơ cấu tổ chức không hợp lệ (${parsed.problems.length} lỗi); sửa các trường được nêu rồi gửi lại.`,
      en: `The snapshot document is not valid (${parsed.problems.length} problems); fix the fields listed and send it again.`,
    },
    { problems: parsed.problems },
  );
}

export async function importSnapshot(
  context: Context,
  input: { name: string; document: unknown },
): Promise<{ id: string }> {
  const snapshot = parseDocumentOrThrow(input.document);
  const saved = await context.repositories.saveSnapshot(
    { name: input.name.normalize("NFC"), snapshot },
    auditMeta(context),
  );
  return { id: saved.id };
}

export async function loadSnapshotOrThrow(
  context: Context,
  id: string,
): Promise<{ name: string; version: number; snapshot: Snapshot }> {
  const loaded = await context.repositories.loadSnapshot(id);
  if (!loaded) throw notFound("SNAPSHOT_NOT_FOUND", id);
  return loaded;
}

export async function exportSnapshot(context: Context, input: { id: string }): Promise<Snapshot> {
  const { snapshot } = await loadSnapshotOrThrow(context, input.id);
  return context.actor ? withoutHiddenPersonalData(snapshot, context.actor).snapshot : snapshot;
}

export async function deleteSnapshot(context: Context, input: { id: string }): Promise<{ deleted: true }> {
  if (!(await context.repositories.deleteSnapshot(input.id, auditMeta(context))))
    throw notFound("SNAPSHOT_NOT_FOUND", input.id);
  return { deleted: true };
}
