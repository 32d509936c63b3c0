// Problems in an input document (snapshot or plan): each names its JSON path, in Vietnamese and English.
import type { z } from "zod";

import { formatJsonPath } from "../shared/json-path.ts";
import type { LocalizedText } from "../shared/localized.ts";

export interface InputProblem {
  /** JSON path in the style of formats.md, e.g. `agencies[2].units[0].payroll`. */
  path: string;
  message: LocalizedText;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

export function formatInputProblem(problem: InputProblem): string {
  return `${problem.path}: ${problem.message.vi} (${problem.message.en})`;
}

function describeExpected(expected: string): LocalizedText {
  switch (expected) {
    case "number":
      return { vi: "một số", en: "a number" };
    case "string":
      return { vi: "một chuỗi ký tự", en: "a string" };
    case "boolean":
      return { vi: "true hoặc false", en: "true or false" };
    case "array":
      return { vi: "một danh sách", en: "an array" };
    case "object":
      return { vi: "một đối tượng", en: "an object" };
    default:
      return { vi: expected, en: expected };
  }
}

function received(input: unknown): string {
  if (input === undefined) return "missing";
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  return typeof input;
}

/** Translates one zod issue into a bilingual problem naming its path. */
export function problemFromIssue(issue: z.core.$ZodIssue): InputProblem {
  const path = formatJsonPath(issue.path);
  return { path, message: messageForIssue(issue) };
}

/** Like problemFromIssue, but an unknown field is reported at its own path, one problem per field. */
export function problemsFromIssue(issue: z.core.$ZodIssue): InputProblem[] {
  if (issue.code !== "unrecognized_keys") return [problemFromIssue(issue)];
  return issue.keys.map((key) => ({
    path: formatJsonPath([...issue.path, key]),
    message: { vi: "trường không được định nghĩa trong định dạng", en: "unknown field" },
  }));
}

function messageForIssue(issue: z.core.$ZodIssue): LocalizedText {
  if (issue.message === "WHOLE_NUMBER") {
    return { vi: "phải là số nguyên ≥ 0", en: "expected a whole number ≥ 0" };
  }
  if (issue.message === "NOT_TEXT") {
    return {
      vi: "có ký tự điều khiển hoặc ký tự không hợp lệ; chỉ nhập chữ, số và dấu câu",
      en: "contains control or invalid characters; use letters, digits and punctuation",
    };
  }
  if (issue.message === "SET_NOTHING") {
    return {
      vi: "thao tác set cần biên chế (payroll) hoặc số cấp phó (deputies) mới, hoặc cả hai",
      en: "a set operation needs the new payroll or the new number of deputies (or both)",
    };
  }
  if (issue.message === "RETURN_REASON_TOO_SHORT") {
    return {
      vi: "nêu lý do trả lại (ít nhất 5 ký tự) để đơn vị biết cần sửa gì",
      en: "give the reason for returning (at least 5 characters) so the unit knows what to change",
    };
  }
  if (issue.message === "OVERRIDE_REASON_TOO_SHORT") {
    return {
      vi: "ghi lý do chấp thuận vi phạm (ít nhất 10 ký tự)",
      en: "write the reason for accepting the violation (at least 10 characters)",
    };
  }
  if (issue.message === "PASSWORD_TOO_SHORT") {
    return { vi: "mật khẩu cần ít nhất 12 ký tự", en: "the password needs at least 12 characters" };
  }
  if (issue.message === "ID_FORMAT") {
    return {
      vi: "mã chỉ gồm chữ thường không dấu, chữ số và dấu '-' (ví dụ so-noi-vu)",
      en: "an id uses lowercase letters, digits and '-' only (e.g. so-noi-vu)",
    };
  }
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return { vi: "thiếu trường bắt buộc", en: "required field is missing" };
      const expected = describeExpected(issue.expected);
      if (issue.expected === "int") return { vi: "phải là số nguyên", en: "expected a whole number" };
      return {
        vi: `phải là ${expected.vi} (nhận được ${received(issue.input)})`,
        en: `expected ${expected.en}, received ${received(issue.input)}`,
      };
    }
    case "unrecognized_keys":
      return {
        vi: `trường không được định nghĩa trong định dạng: ${issue.keys.join(", ")}`,
        en: `unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`,
      };
    case "invalid_value": {
      const allowed = issue.values.map((value) => JSON.stringify(value)).join(", ");
      return {
        vi: `giá trị không hợp lệ; chỉ nhận: ${allowed}`,
        en: `invalid value; expected one of ${allowed}`,
      };
    }
    case "invalid_union":
      if ("discriminator" in issue && typeof issue.discriminator === "string") {
        return {
          vi: `"${issue.discriminator}" không hợp lệ`,
          en: `invalid "${issue.discriminator}"`,
        };
      }
      return { vi: "giá trị không khớp định dạng", en: "value does not match the format" };
    case "invalid_format":
      if (issue.format === "date") {
        return { vi: "phải là ngày có thật dạng YYYY-MM-DD", en: "expected a real date written YYYY-MM-DD" };
      }
      return { vi: `sai định dạng (${issue.format})`, en: `invalid format (${issue.format})` };
    case "too_small":
      if (issue.origin === "string") return { vi: "không được để trống", en: "must not be empty" };
      if (issue.origin === "array") {
        return {
          vi: `cần ít nhất ${String(issue.minimum)} mục`,
          en: `needs at least ${String(issue.minimum)} items`,
        };
      }
      return {
        vi: `phải ≥ ${String(issue.minimum)}`,
        en: `expected a value ≥ ${String(issue.minimum)}`,
      };
    case "too_big":
      return { vi: `phải ≤ ${String(issue.maximum)}`, en: `expected a value ≤ ${String(issue.maximum)}` };
    case "not_multiple_of":
    case "invalid_key":
    case "invalid_element":
    case "custom":
      return { vi: issue.message, en: issue.message };
  }
}
