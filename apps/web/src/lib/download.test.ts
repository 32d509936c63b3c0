import { describe, expect, it } from "vitest";

import { base64ToBytes, fileStem, MAX_WORKBOOK_BYTES, workbookFileProblem } from "./download.ts";

describe("files in and out", () => {
  it("decodes the API's base64 to the file's bytes", () => {
    expect([...base64ToBytes("UEsDBA==")]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(base64ToBytes("")).toHaveLength(0);
  });

  it("accepts only a non-empty .xlsx of at most 20 MB for upload", () => {
    expect(workbookFileProblem({ name: "co-cau.xlsx", size: 1024 })).toBeUndefined();
    expect(workbookFileProblem({ name: "CO-CAU.XLSX", size: MAX_WORKBOOK_BYTES })).toBeUndefined();
    expect(workbookFileProblem({ name: "co-cau.xls", size: 1024 })).toBe("extension");
    expect(workbookFileProblem({ name: "co-cau.json", size: 1024 })).toBe("extension");
    expect(workbookFileProblem({ name: "co-cau.xlsx", size: 0 })).toBe("empty");
    expect(workbookFileProblem({ name: "co-cau.xlsx", size: MAX_WORKBOOK_BYTES + 1 })).toBe("size");
  });

  it("names the data set after the file", () => {
    expect(fileStem("Hiện trạng 2025.xlsx")).toBe("Hiện trạng 2025");
    expect(fileStem("co-cau")).toBe("co-cau");
  });
});
