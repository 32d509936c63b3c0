// The documents.* queries (issue #8) asked for on a click, not on render: each answer is a file to save,
// fetched once (queryClient.query) and not kept in the cache (gcTime 0: several megabytes of base64
// each), never retried (a PDF that failed because LibreOffice is missing fails again; the user decides
// to try again).
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import type { FileDownload } from "./download.ts";
import { useTRPC } from "./trpc.ts";

export type TemplateKind = "structure" | "positions" | "staff";
export type SnapshotTable = "structure" | "positions" | "findings";
export type DossierKind = "to-trinh" | "de-an" | "quyet-dinh" | "bao-cao-tiep-thu";
export type DossierFormat = "docx" | "pdf";

export const templateKinds: readonly TemplateKind[] = ["structure", "positions", "staff"];
export const dossierKinds: readonly DossierKind[] = ["to-trinh", "de-an", "quyet-dinh", "bao-cao-tiep-thu"];

const once = { staleTime: 0, gcTime: 0, retry: false } as const;

/** Functions that ask the server for a file; the language of the tables is the UI's. */
export function useDocumentFiles() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const lang = i18n.language === "en" ? "en" : "vi";
  return {
    template: (kind: TemplateKind): Promise<FileDownload> =>
      queryClient.query({ ...trpc.documents.template.queryOptions({ kind }), ...once }),
    snapshotWorkbook: (snapshotId: string): Promise<FileDownload> =>
      queryClient.query({ ...trpc.documents.snapshotXlsx.queryOptions({ snapshotId }), ...once }),
    snapshotTables: (snapshotId: string, tables: SnapshotTable[]): Promise<FileDownload> =>
      queryClient.query({
        ...trpc.documents.snapshotTables.queryOptions({ snapshotId, tables, lang }),
        ...once,
      }),
    planTables: (planId: string, phaseIndex: number): Promise<FileDownload> =>
      queryClient.query({
        ...trpc.documents.planTables.queryOptions({ planId, tables: ["diff", "findings"], phaseIndex, lang }),
        ...once,
      }),
    dossier: async (planId: string, format: DossierFormat, kinds?: DossierKind[]): Promise<FileDownload[]> =>
      (
        await queryClient.query({
          ...trpc.documents.dossier.queryOptions({ planId, format, ...(kinds ? { kinds } : {}) }),
          ...once,
        })
      ).files,
  };
}
