// Problems with a workbook as a whole (size, archive, layout): one bilingual message each, saying what
// to do next. The limits are here too, so a message always quotes the limit actually applied.
import type { LocalizedText, WorkbookFileProblemCode, WorkbookLimits } from "../contract.ts";

const MB = 1024 * 1024;

export const defaultWorkbookLimits: WorkbookLimits = {
  maxFileBytes: 20 * MB,
  maxExpandedBytes: 100 * MB,
  maxEntries: 2_000,
  maxRowsPerSheet: 20_000,
  // Two whole columns (2 × 1,048,576) and some: a user who applied a drop-down to whole columns still
  // gets in; a range over the whole sheet (17 billion cells) would hang exceljs while it expands it.
  maxRangeCells: 2_200_000,
};

export function resolveLimits(limits: Partial<WorkbookLimits> | undefined): WorkbookLimits {
  return { ...defaultWorkbookLimits, ...limits };
}

export interface FileProblem {
  ok: false;
  kind: "file";
  code: WorkbookFileProblemCode;
  message: LocalizedText;
}

export function fileProblem(code: WorkbookFileProblemCode, message: LocalizedText): FileProblem {
  return { ok: false, kind: "file", code, message };
}

function megabytes(bytes: number): string {
  const value = bytes / MB;
  return value >= 10 || Number.isInteger(value) ? String(Math.round(value)) : value.toFixed(1);
}

function thousands(value: number): { vi: string; en: string } {
  return { vi: value.toLocaleString("vi-VN"), en: value.toLocaleString("en-GB") };
}

export function fileTooLarge(bytes: number, limit: number): FileProblem {
  return fileProblem("XLSX_FILE_TOO_LARGE", {
    vi:
      `Tệp vượt quá ${megabytes(limit)} MB (tệp nặng ${megabytes(bytes)} MB); hãy tách tệp thành nhiều tệp ` +
      "nhỏ hơn (ví dụ riêng cơ cấu, riêng vị trí việc làm, riêng công chức) hoặc xóa các sheet, hình ảnh " +
      "không cần thiết rồi nhập lại.",
    en:
      `The file is larger than ${megabytes(limit)} MB (${megabytes(bytes)} MB); split it into smaller files ` +
      "(e.g. structure, job positions and staff separately) or remove unneeded sheets and images, then import again.",
  });
}

export function notAWorkbook(reason: "empty" | "old-format" | "not-zip" | "not-xlsx"): FileProblem {
  switch (reason) {
    case "empty":
      return fileProblem("XLSX_NOT_A_WORKBOOK", {
        vi: "Tệp trống (0 byte); hãy chọn lại tệp Excel (.xlsx) có dữ liệu.",
        en: "The file is empty (0 bytes); choose the Excel (.xlsx) file with the data again.",
      });
    case "old-format":
      return fileProblem("XLSX_NOT_A_WORKBOOK", {
        vi:
          "Đây là tệp Excel đời cũ (.xls) hoặc tệp Excel có đặt mật khẩu; hãy mở tệp bằng Excel, bỏ mật khẩu " +
          "(nếu có) rồi chọn Lưu thành (Save As) → Sổ làm việc Excel (.xlsx) và nhập lại.",
        en:
          "This is an old Excel file (.xls) or a password-protected workbook; open it in Excel, remove the " +
          "password (if any), Save As → Excel Workbook (.xlsx) and import again.",
      });
    case "not-zip":
      return fileProblem("XLSX_NOT_A_WORKBOOK", {
        vi:
          "Tệp không phải là tệp Excel .xlsx (có thể là CSV, PDF hoặc tệp đã bị hỏng); hãy mở bằng Excel và " +
          "lưu dạng Sổ làm việc Excel (.xlsx), hoặc tải mẫu nhập liệu rồi điền lại.",
        en:
          "The file is not an Excel .xlsx workbook (it may be CSV, PDF or damaged); open it in Excel and save " +
          "it as an Excel Workbook (.xlsx), or download the template and fill it in.",
      });
    case "not-xlsx":
      return fileProblem("XLSX_NOT_A_WORKBOOK", {
        vi:
          "Tệp là tệp nén nhưng không phải sổ làm việc Excel (.xlsx) (có thể là .docx, .zip hoặc .ods); hãy " +
          "mở bằng Excel và lưu dạng Sổ làm việc Excel (.xlsx).",
        en:
          "The file is an archive but not an Excel workbook (.xlsx) (perhaps .docx, .zip or .ods); open it " +
          "in Excel and save it as an Excel Workbook (.xlsx).",
      });
  }
}

/** A damaged archive or a workbook exceljs cannot read: the library's detail is kept for a support ticket. */
export function unreadableWorkbook(detail: string): FileProblem {
  const shown = detail.length > 200 ? `${detail.slice(0, 200)}…` : detail;
  return fileProblem("XLSX_NOT_A_WORKBOOK", {
    vi:
      `Không đọc được tệp Excel (tệp bị hỏng hoặc tải lên chưa hết: ${shown}); hãy mở tệp bằng Excel, ` +
      "lưu lại dạng Sổ làm việc Excel (.xlsx) rồi nhập lại.",
    en:
      `The Excel file cannot be read (damaged or incompletely uploaded: ${shown}); open it in Excel, save it ` +
      "again as an Excel Workbook (.xlsx) and import again.",
  });
}

export function tooManyEntries(entries: number, limit: number): FileProblem {
  return fileProblem("XLSX_ARCHIVE_TOO_LARGE", {
    vi:
      `Tệp có quá nhiều thành phần bên trong (${thousands(entries).vi}, tối đa ${thousands(limit).vi}); hãy ` +
      "xóa các sheet, hình ảnh, biểu đồ không cần thiết hoặc tách thành nhiều tệp rồi nhập lại.",
    en:
      `The file holds too many parts (${thousands(entries).en}, at most ${thousands(limit).en}); remove ` +
      "unneeded sheets, images and charts or split it into several files, then import again.",
  });
}

export function expandsTooMuch(limit: number): FileProblem {
  return fileProblem("XLSX_ARCHIVE_TOO_LARGE", {
    vi:
      `Nội dung tệp khi giải nén vượt quá ${megabytes(limit)} MB (tệp quá lớn hoặc là tệp nén độc hại); ` +
      "hãy tách dữ liệu thành nhiều tệp nhỏ hơn rồi nhập lại.",
    en:
      `The file's content expands beyond ${megabytes(limit)} MB (too large, or a malicious archive); ` +
      "split the data into smaller files and import again.",
  });
}

export function rangesTooLarge(cells: number, limit: number): FileProblem {
  return fileProblem("XLSX_RANGE_TOO_LARGE", {
    vi:
      `Các vùng kiểm tra dữ liệu (Data Validation) hoặc ô gộp (Merge) phủ quá nhiều ô ` +
      `(${thousands(cells).vi}, tối đa ${thousands(limit).vi}); hãy chỉ áp dụng chúng đến dòng cuối có dữ ` +
      "liệu (không chọn cả cột hay cả trang) rồi nhập lại.",
    en:
      `Data-validation or merged ranges cover too many cells (${thousands(cells).en}, at most ` +
      `${thousands(limit).en}); apply them down to the last row with data only (not whole columns or the ` +
      "whole sheet) and import again.",
  });
}

export function tooManyRows(sheet: string, rows: number, limit: number): FileProblem {
  return fileProblem("XLSX_TOO_MANY_ROWS", {
    vi:
      `Sheet "${sheet}" có ${thousands(rows).vi} dòng dữ liệu, vượt quá ${thousands(limit).vi} dòng; hãy ` +
      "tách thành nhiều tệp (ví dụ theo sở hoặc theo huyện) và nhập lần lượt, hoặc xóa các dòng trống đã " +
      "định dạng ở cuối sheet.",
    en:
      `Sheet "${sheet}" has ${thousands(rows).en} data rows, more than ${thousands(limit).en}; split it into ` +
      "several files (e.g. by agency or district) and import them one after another, or delete formatted " +
      "empty rows at the end of the sheet.",
  });
}

export function unknownLayout(
  found: readonly string[],
  unknown: readonly string[],
  missing: readonly string[],
): FileProblem {
  const quote = (names: readonly string[]) => names.map((name) => `"${name}"`).join(", ");
  const parts: LocalizedText[] = [];
  if (unknown.length > 0) {
    parts.push({
      vi: `sheet ${quote(unknown)} không thuộc mẫu nhập liệu`,
      en: `sheet ${quote(unknown)} is not part of the template`,
    });
  }
  if (missing.length > 0) {
    parts.push({ vi: `thiếu sheet ${quote(missing)}`, en: `sheet ${quote(missing)} is missing` });
  }
  if (parts.length === 0) {
    parts.push({
      vi: `không nhận ra mẫu nhập liệu (các sheet: ${quote(found)})`,
      en: `the template is not recognised (sheets: ${quote(found)})`,
    });
  }
  return fileProblem("XLSX_UNKNOWN_LAYOUT", {
    vi:
      `Tệp không đúng mẫu nhập liệu: ${parts.map((part) => part.vi).join("; ")}. Hãy đổi tên sheet cho đúng ` +
      "mẫu hoặc xóa sheet thừa; hoặc tải mẫu nhập liệu (cơ cấu, vị trí việc làm, công chức) và chép dữ liệu sang.",
    en:
      `The file does not follow the import template: ${parts.map((part) => part.en).join("; ")}. Rename the ` +
      "sheets as in the template or delete extra sheets; or download the template (structure, job positions, " +
      "staff) and copy the data into it.",
  });
}

export function baseRequired(sheets: readonly string[]): FileProblem {
  const names = sheets.map((name) => `"${name}"`).join(", ");
  return fileProblem("XLSX_BASE_REQUIRED", {
    vi:
      `Tệp chỉ có sheet ${names}, không có cơ cấu tổ chức (sheet "Thông tin"); hãy chọn bộ số liệu cơ cấu ` +
      "cần cập nhật danh sách này, hoặc nhập tệp đầy đủ có sheet Thông tin.",
    en:
      `The file has only ${names} and no organisation structure (sheet "Thông tin"); choose the structure ` +
      "these lists update, or import a full workbook with the Thông tin sheet.",
  });
}
