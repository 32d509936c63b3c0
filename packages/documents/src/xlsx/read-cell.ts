// One cell of an imported workbook → the value of its column's kind, or a message that says what is
// wrong with this cell and how to put it right. exceljs gives a cell's value as a number, string,
// boolean, Date, rich text, hyperlink, error or formula (with its cached result, if Excel saved one).
import { formatDateVi } from "@tinhgon/domain";

import type { LocalizedText } from "../contract.ts";
import { readCellText } from "./cell-text.ts";
import { type CodeListKey, type ColumnKind, codeList, NO, YES } from "./workbook-layout.ts";

export type CellData = string | number | boolean | readonly string[];

export type CellRead =
  { status: "blank" } | { status: "value"; value: CellData } | { status: "problem"; message: LocalizedText };

export interface CellColumn {
  header: string;
  kind: ColumnKind;
  list?: CodeListKey;
}

type Raw =
  | { type: "blank" }
  | { type: "string"; text: string }
  | { type: "number"; value: number }
  | { type: "boolean"; value: boolean }
  | { type: "date"; value: Date }
  | { type: "problem"; message: LocalizedText };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function textOfRich(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (isRecord(value) && Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : ""))
      .join("");
  }
  return undefined;
}

const formulaWithoutResult: LocalizedText = {
  vi: "ô có công thức chưa có giá trị; hãy dán dạng giá trị (Paste Special → Values) hoặc nhập trực tiếp giá trị",
  en: "the cell holds a formula without a saved value; paste it as values (Paste Special → Values) or type the value",
};

function describeStart(start: string): string {
  if (start === "\t") return "ký tự tab";
  if (start === "\r") return "ký tự xuống dòng (CR)";
  return `'${start}'`;
}

function describeStartEn(start: string): string {
  if (start === "\t") return "a tab";
  if (start === "\r") return "a carriage return";
  return `'${start}'`;
}

/** The value exceljs holds, reduced to one of a few plain kinds (formulas → their cached result). */
export function rawCellValue(value: unknown, inFormula = false): Raw {
  if (value === null || value === undefined) return { type: "blank" };
  if (typeof value === "number")
    return Number.isFinite(value) ? { type: "number", value } : { type: "blank" };
  if (typeof value === "boolean") return { type: "boolean", value };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { type: "problem", message: { vi: "ngày không hợp lệ", en: "invalid date" } }
      : { type: "date", value };
  }
  if (isRecord(value) && ("formula" in value || "sharedFormula" in value) && !inFormula) {
    return value.result === undefined
      ? { type: "problem", message: formulaWithoutResult }
      : rawCellValue(value.result, true);
  }
  if (isRecord(value) && typeof value.error === "string") {
    return {
      type: "problem",
      message: {
        vi: `ô có lỗi ${value.error}; hãy sửa công thức hoặc nhập trực tiếp giá trị`,
        en: `the cell shows the error ${value.error}; fix the formula or type the value`,
      },
    };
  }
  const text =
    typeof value === "string"
      ? value
      : textOfRich(isRecord(value) && "hyperlink" in value ? value.text : value);
  if (text === undefined) {
    return {
      type: "problem",
      message: {
        vi: "không đọc được nội dung ô; hãy nhập lại giá trị",
        en: "the cell's content cannot be read; type the value again",
      },
    };
  }
  if (text.trim() === "") return { type: "blank" };
  const checked = readCellText(text);
  if (!checked.ok) {
    return {
      type: "problem",
      message: {
        vi:
          `nội dung bắt đầu bằng ${describeStart(checked.start)} có thể là công thức độc hại (DDE/CSV injection) ` +
          "nên không được nhận; hãy xóa ký tự đó ở đầu hoặc viết lại nội dung",
        en:
          `the content starts with ${describeStartEn(checked.start)} and could be a malicious formula (DDE/CSV ` +
          "injection), so it is refused; remove that first character or reword the content",
      },
    };
  }
  return checked.text.trim() === "" ? { type: "blank" } : { type: "string", text: checked.text.trim() };
}

function shown(raw: Raw): string {
  switch (raw.type) {
    case "string":
      return raw.text.length > 40 ? `"${raw.text.slice(0, 40)}…"` : `"${raw.text}"`;
    case "number":
      return String(raw.value);
    case "boolean":
      return raw.value ? "TRUE" : "FALSE";
    case "date":
      return formatDateVi(isoOfDate(raw.value));
    case "blank":
    case "problem":
      return "";
  }
}

function problem(vi: string, en: string): CellRead {
  return { status: "problem", message: { vi, en } };
}

export function isoOfDate(date: Date): string {
  // exceljs turns Excel's serial day into a Date at UTC midnight; the UTC fields are the calendar day.
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  const day = String(date.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}

function realDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1000 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined;
  }
  return isoOfDate(date);
}

function readDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (vietnamese) return realDate(Number(vietnamese[3]), Number(vietnamese[2]), Number(vietnamese[1]));
  return undefined;
}

/** A rank typed into a General cell becomes a number (01.003 → 1.003); it maps back to its code. */
function rankOfNumber(value: number): string | undefined {
  if (value <= 0 || value >= 100) return undefined;
  const [whole = "", fraction = ""] = value.toFixed(3).split(".");
  return `${whole.padStart(2, "0")}.${fraction}`;
}

function matchCode(candidate: string, list: CodeListKey): string | undefined {
  const wanted = candidate.normalize("NFC").toLocaleLowerCase("vi");
  return codeList(list).entries.find((entry) => entry.code.toLocaleLowerCase("vi") === wanted)?.code;
}

function listHint(list: CodeListKey): { vi: string; en: string } {
  const codes = codeList(list).entries.map((entry) => entry.code);
  return codes.length <= 6
    ? { vi: `chỉ nhận: ${codes.join(", ")}`, en: `expected one of ${codes.join(", ")}` }
    : {
        vi: `hãy chọn một mã trong danh sách thả xuống (xem sheet Danh mục)`,
        en: "choose a code from the drop-down list (see the Danh mục sheet)",
      };
}

/** Converts one cell for its column; a blank cell stays blank (the caller knows whether it may be). */
export function readCell(value: unknown, column: CellColumn): CellRead {
  const raw = rawCellValue(value);
  const field = column.header;
  if (raw.type === "blank") return { status: "blank" };
  if (raw.type === "problem") {
    return {
      status: "problem",
      message: { vi: `${field}: ${raw.message.vi}`, en: `${field}: ${raw.message.en}` },
    };
  }
  switch (column.kind) {
    case "id":
    case "text":
      if (raw.type === "string") return { status: "value", value: raw.text };
      if (raw.type === "number") return { status: "value", value: String(raw.value) };
      return problem(
        `${field} phải là chữ (đang là ${shown(raw)}); hãy nhập lại dạng chữ`,
        `${field} must be text (found ${shown(raw)}); type it again as text`,
      );
    case "code": {
      const list = column.list ?? "boolean";
      const candidate =
        raw.type === "string"
          ? raw.text
          : raw.type === "number"
            ? list === "rank"
              ? rankOfNumber(raw.value)
              : String(raw.value)
            : undefined;
      const code = candidate === undefined ? undefined : matchCode(candidate, list);
      if (code !== undefined) return { status: "value", value: code };
      const hint = listHint(list);
      return problem(
        `${field} ${shown(raw)} không có trong danh mục ${codeList(list).title.toLocaleLowerCase("vi")}; ${hint.vi}`,
        `${field} ${shown(raw)} is not a known code; ${hint.en}`,
      );
    }
    case "codes": {
      const list = column.list ?? "districtFunction";
      if (raw.type !== "string") {
        return problem(
          `${field} phải là các mã cách nhau bằng dấu phẩy (đang là ${shown(raw)})`,
          `${field} must be codes separated by commas (found ${shown(raw)})`,
        );
      }
      const parts = raw.text
        .split(/[,;\n]/)
        .map((part) => part.trim())
        .filter((part) => part !== "");
      const codes = parts.map((part) => matchCode(part, list));
      const unknown = parts.filter((_, index) => codes[index] === undefined);
      if (unknown.length > 0) {
        const list_ = unknown.map((part) => `"${part}"`).join(", ");
        return problem(
          `${field}: mã ${list_} không có trong danh mục ${codeList(list).title.toLocaleLowerCase("vi")}; hãy dùng các mã trong sheet Danh mục, cách nhau bằng dấu phẩy`,
          `${field}: ${list_} is not a known code; use the codes of the Danh mục sheet, separated by commas`,
        );
      }
      return { status: "value", value: codes.filter((code): code is string => code !== undefined) };
    }
    case "count":
    case "positive": {
      const minimum = column.kind === "count" ? 0 : 1;
      const number =
        raw.type === "number"
          ? raw.value
          : raw.type === "string" && /^[+-]?\d+$/.test(raw.text)
            ? Number(raw.text)
            : undefined;
      if (number !== undefined && Number.isInteger(number) && number >= minimum) {
        return { status: "value", value: number };
      }
      return problem(
        `${field} phải là số nguyên ≥ ${minimum} (đang là ${shown(raw)}); hãy nhập một số nguyên, ví dụ 12`,
        `${field} must be a whole number ≥ ${minimum} (found ${shown(raw)}); type a whole number, e.g. 12`,
      );
    }
    case "boolean": {
      if (raw.type === "boolean") return { status: "value", value: raw.value };
      const answer = raw.type === "string" ? raw.text.normalize("NFC").toLocaleLowerCase("vi") : "";
      if (["có", "co", "true"].includes(answer)) return { status: "value", value: true };
      if (["không", "khong", "false"].includes(answer)) return { status: "value", value: false };
      return problem(
        `${field} phải là "${YES}" hoặc "${NO}" (đang là ${shown(raw)})`,
        `${field} must be "${YES}" (yes) or "${NO}" (no) (found ${shown(raw)})`,
      );
    }
    case "date": {
      const iso =
        raw.type === "date" ? isoOfDate(raw.value) : raw.type === "string" ? readDate(raw.text) : undefined;
      if (iso !== undefined) return { status: "value", value: iso };
      return problem(
        `${field} phải là ngày có thật dạng dd/mm/yyyy, ví dụ 01/05/1970 (đang là ${shown(raw)})`,
        `${field} must be a real date written dd/mm/yyyy, e.g. 01/05/1970 (found ${shown(raw)})`,
      );
    }
  }
}
