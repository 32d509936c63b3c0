// English messages of i18n/documents.ts, in a module of their own so that English is loaded only when
// chosen (i18n/index.ts): Vietnamese users do not download it.
import type { DeepStrings } from "./catalogue.ts";
import type { documentsVi } from "./documents.ts";

export const documentsEn: DeepStrings<typeof documentsVi> = {
  import: {
    open: "Import from Excel",
    title: "Import data from Excel",
    intro:
      "Fill in a template (keep its sheet names and header rows), then pick the file to check it. Nothing is saved while the file has problems: every problem is listed with its sheet, row and column.",
    templates: "Templates:",
    template: {
      structure: "Structure template",
      positions: "Job positions template",
      staff: "Staff list template",
    },
    content: "The file holds",
    modeStructure: "The structure (optionally with job positions and staff): a complete data set",
    modeComplete: "Only job positions or staff lists: completing the data set in view, “{{name}}”",
    pick: "Choose an .xlsx file",
    picked: "Chosen file: {{name}} ({{size}})",
    fileProblem: {
      extension:
        "“{{name}}” is not an Excel .xlsx file. Save it as an Excel Workbook (.xlsx) and choose it again.",
      empty: "“{{name}}” is empty. Choose the file with your data.",
      size: "“{{name}}” is {{size}}, over the 20 MB limit. Split it into smaller files and import them one by one.",
      unreadable: "“{{name}}” could not be read on your computer. Choose it again.",
    },
    name: "Name of the new data set",
    nameHint: "The name shown in the “Data set” list at the top of the page.",
    check: "Check",
    import: "Import",
    close: "Close",
    reviewersOnly:
      "Only the Department of Home Affairs' reviewers import data; you can check a file before sending it to them.",
    steps: { read: "Read the file", check: "Check", save: "Save" },
    progress: {
      reading: "Reading the file…",
      checking: "Checking the file…",
      importing: "Checking and saving… a large file may take a few dozen seconds",
    },
    valid: "The file is valid. Nothing is saved yet: press “Import” to save it as a new data set.",
    validReadOnly: "The file is valid. Nothing was saved.",
    imported: "The data set “{{name}}” was saved.",
    openNew: "Open the new data set",
    kinds: "Holds: {{kinds}}",
    kind: { structure: "the structure", positions: "job positions", staff: "staff lists" },
    counts: {
      agencies: "Departments and agencies",
      units: "Their divisions and sub-departments",
      districts: "Districts",
      divisions: "District divisions",
      communes: "Communes, wards, special zones",
      communeOrganisations: "Commune-level divisions and centres",
      positions: "Job positions",
      staff: "Civil servants",
    },
    problemsTitle:
      "The file has {{count}} problem(s), so nothing was saved. Correct the cells listed below and choose the file again.",
    problemsTable: "The file's problems",
    problems: {
      sheet: "Sheet",
      row: "Row",
      column: "Column",
      field: "Field",
      message: "Problem",
    },
    downloadMarked: "Download the file with problems marked",
    notSaved: "Nothing was saved.",
  },
  export: {
    snapshotXlsx: "Export to Excel",
    snapshotXlsxHint: "The whole data set in the import layout: edit it in Excel and import it back",
    snapshotTables: "Export tables",
    snapshotTablesHint: "The structure table and the findings table, as shown on screen",
    positionsTable: "Export job positions table",
    findingsTable: "Export findings table",
    planTables: "Before/after table (Excel)",
    planTablesHint: "The structure before and after the phase “{{phase}}”, with the phase's findings",
    failed: "The file could not be made. {{reason}}",
  },
  dossier: {
    menu: "Plan dossier",
    docx: "One document (Word)",
    kind: {
      "to-trinh": "Submission (Tờ trình)",
      "de-an": "Scheme (Đề án)",
      "quyet-dinh": "Draft decision (Quyết định)",
      "bao-cao-tiep-thu": "Response report (Báo cáo tiếp thu)",
    },
    allDocx: "The whole dossier (4 Word files)",
    allPdf: "The whole dossier (PDF)",
    progress: "Making the dossier… this may take a few dozen seconds",
    progressPdf: "Making the dossier as PDF… this may take a few dozen seconds",
  },
};
