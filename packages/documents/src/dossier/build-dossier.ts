// buildDossier: the plan's dossier as .docx files (issue #8 part 2). The content is computed once
// (dossier-content.ts) and each document laid out in turn (render-docx.ts).
import type { DossierDocumentKind, DossierInput, GeneratedFile } from "../contract.ts";
import { DocumentError } from "../document-error.ts";
import { buildDossierContent, dossierDocumentKinds } from "./dossier-content.ts";
import { renderDossierDocx } from "./render-docx.ts";

export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * The documents of `kinds` (all four by default) as "01-to-trinh.docx", "02-de-an.docx",
 * "03-quyet-dinh.docx", "04-bao-cao-tiep-thu.docx". Rejects with a DocumentError
 * (DOSSIER_PLAN_DOES_NOT_APPLY, DOSSIER_NO_RULE_PACK) when the plan cannot be evaluated.
 */
export async function buildDossier(
  input: DossierInput,
  kinds: DossierDocumentKind[] = [...dossierDocumentKinds],
): Promise<GeneratedFile[]> {
  const outcome = buildDossierContent(input, kinds);
  if (!outcome.ok) throw new DocumentError(outcome.code, outcome.message, outcome.path);
  const files: GeneratedFile[] = [];
  for (const document of outcome.content.documents) {
    files.push({
      fileName: `${document.fileStem}.docx`,
      mediaType: DOCX_MEDIA_TYPE,
      bytes: await renderDossierDocx(document),
    });
  }
  return files;
}
