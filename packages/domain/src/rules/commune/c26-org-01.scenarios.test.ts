// C26-ORG-01 — every xã, phường and đặc khu organises the Văn phòng HĐND và UBND, the economy phòng of its
// type (Phòng Kinh tế in a xã or đặc khu; Phòng Kinh tế, Hạ tầng và Đô thị in a phường and in a đặc khu
// with an urban economy, Phú Quốc), the Phòng Văn hóa - Xã hội and exactly one Trung tâm phục vụ hành
// chính công (Nghị định 150/2025/NĐ-CP, from 01/07/2025; legal-rules.md §2.6, CONFIRMED). Holding the
// other type's economy function is a violation marked with INT-COMMUNE-ECONOMY-TYPE (ADR 0037).
import { describe, expect, it } from "vitest";

import type { CommuneFunction } from "../../snapshot/catalogue.ts";
import {
  buildSnapshot,
  commune,
  type CommuneInput,
  evaluateFindings,
  findingsOf,
  named,
} from "../../testing/builders.ts";

const RS_2025B_DATE = "2025-09-01";
const RS_2026_DATE = "2026-03-01";

interface TypeRow {
  label: string;
  type: CommuneInput["type"];
  urbanEconomy: boolean;
  economy: CommuneFunction;
  other: CommuneFunction;
}

const types: TypeRow[] = [
  { label: "xã", type: "commune", urbanEconomy: false, economy: "KINH_TE", other: "KINH_TE_HA_TANG_DO_THI" },
  { label: "phường", type: "ward", urbanEconomy: false, economy: "KINH_TE_HA_TANG_DO_THI", other: "KINH_TE" },
  {
    label: "đặc khu",
    type: "special_zone",
    urbanEconomy: false,
    economy: "KINH_TE",
    other: "KINH_TE_HA_TANG_DO_THI",
  },
  {
    label: "đặc khu có kinh tế đô thị (Phú Quốc)",
    type: "special_zone",
    urbanEconomy: true,
    economy: "KINH_TE_HA_TANG_DO_THI",
    other: "KINH_TE",
  },
];

function unitOf(row: TypeRow): CommuneInput {
  return commune(row.type, row.urbanEconomy ? { urbanEconomy: true } : {});
}

function evaluateUnit(unit: CommuneInput, asOf = RS_2026_DATE) {
  return findingsOf(evaluateFindings(buildSnapshot({ asOf, communes: [unit] })), "C26-ORG-01");
}

const dates = [
  { asOf: RS_2025B_DATE, ruleSet: "RS-2025B" },
  { asOf: RS_2026_DATE, ruleSet: "RS-2026" },
];

describe("C26-ORG-01 — khung cơ quan chuyên môn cấp xã", () => {
  it.each(
    named(
      types.flatMap((row) => dates.map((date) => ({ ...row, ...date }))),
      (row) =>
        `C26-ORG-01 (${row.ruleSet}): ${row.label} đủ Văn phòng, Phòng ${row.economy}, Văn hóa - Xã hội và 1 trung tâm → hợp lệ`,
    ),
  )("%s", (_name, row) => {
    const findings = evaluateFindings(buildSnapshot({ asOf: row.asOf, communes: [unitOf(row)] }));
    expect(findings).toEqual([]);
  });

  it.each(
    named(
      types.flatMap((row) =>
        (["VAN_PHONG", row.economy, "VAN_HOA_XA_HOI"] as CommuneFunction[]).map((missing) => ({
          ...row,
          missing,
        })),
      ),
      (row) => `C26-ORG-01: ${row.label} thiếu phòng ${row.missing} → vi phạm nêu đúng chức năng thiếu`,
    ),
  )("%s", (_name, row) => {
    const unit = unitOf(row);
    unit.organisations = unit.organisations.map((organisation) => ({
      ...organisation,
      functions: (organisation.functions ?? []).filter((code) => code !== row.missing),
    }));
    const found = evaluateUnit(unit);
    expect(found).toMatchObject([
      {
        ruleId: "C26-ORG-01",
        severity: "violation",
        subject: { type: "commune", id: unit.id },
        confidence: "CONFIRMED",
      },
    ]);
    expect(found[0]?.message.vi).toContain(`(${row.missing})`);
    expect(found[0]?.members).toEqual(unit.organisations.map((organisation) => organisation.id));
  });

  it.each(
    named(
      types,
      (row) =>
        `C26-ORG-01: ${row.label} có thêm phòng ${row.other} của loại kia → vi phạm ở phòng đó (cách hiểu)`,
    ),
  )("%s", (_name, row) => {
    const unit = unitOf(row);
    unit.organisations = [
      ...unit.organisations,
      {
        id: `${unit.id}-khac`,
        type: "division",
        name: "Phòng khác",
        functions: [row.other],
        payroll: 6,
        deputies: 1,
      },
    ];
    expect(evaluateUnit(unit)).toMatchObject([
      {
        ruleId: "C26-ORG-01",
        severity: "violation",
        subject: { type: "division", id: `${unit.id}-khac` },
        interpretation: { id: "INT-COMMUNE-ECONOMY-TYPE", adr: "docs/adr/0037-commune-level-rules.md" },
      },
    ]);
  });

  it("C26-ORG-01: phường giữ Phòng Kinh tế thay cho Phòng Kinh tế, Hạ tầng và Đô thị → thiếu một, thừa một", () => {
    const unit = commune("ward");
    unit.organisations = unit.organisations.map((organisation) =>
      organisation.id === "phuong-a-ktht"
        ? { ...organisation, name: "Phòng Kinh tế", functions: ["KINH_TE"] }
        : organisation,
    );
    const found = evaluateUnit(unit);
    expect(found.map((finding) => finding.subject)).toEqual([
      { type: "commune", id: "phuong-a" },
      { type: "division", id: "phuong-a-ktht" },
    ]);
    expect(found[0]?.message.vi).toBe(
      "Phường A không có phòng nào thực hiện chức năng Kinh tế, Hạ tầng và Đô thị (KINH_TE_HA_TANG_DO_THI), phòng mà phường phải tổ chức.",
    );
    expect(found[1]?.message.vi).toBe(
      "Phòng Kinh tế (Phường A) thực hiện chức năng Kinh tế (KINH_TE); phường tổ chức Phòng Kinh tế, Hạ tầng và Đô thị, không tổ chức phòng này.",
    );
  });

  it.each(
    named(
      [
        { centres: 0, complies: false, limitKind: "min" },
        { centres: 1, complies: true, limitKind: undefined },
        { centres: 2, complies: false, limitKind: "max" },
      ],
      (row) =>
        `C26-ORG-01: xã có ${row.centres} Trung tâm phục vụ hành chính công → ${row.complies ? "hợp lệ" : "vi phạm (đúng 1)"}`,
    ),
  )("%s", (_name, { centres, complies, limitKind }) => {
    const unit = commune("commune");
    const divisions = unit.organisations.filter((organisation) => organisation.type === "division");
    unit.organisations = [
      ...divisions,
      ...Array.from({ length: centres }, (_, index) => ({
        id: `xa-a-tt-${index + 1}`,
        type: "service_centre" as const,
        name: `Trung tâm ${index + 1}`,
        payroll: 5,
        deputies: 1,
      })),
    ];
    const found = evaluateUnit(unit);
    if (complies) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toMatchObject([
      {
        severity: "violation",
        subject: { type: "commune", id: "xa-a" },
        actual: centres,
        limit: 1,
        limitKind,
      },
    ]);
  });

  it("C26-ORG-01: tên chưa có loại đơn vị được gọi kèm loại (Cát Hải → Đặc khu Cát Hải)", () => {
    const unit = commune("special_zone", { name: "Cát Hải" });
    unit.organisations = unit.organisations.filter((organisation) => organisation.type === "division");
    expect(evaluateUnit(unit)[0]?.message).toEqual({
      vi: "Đặc khu Cát Hải chưa có Trung tâm phục vụ hành chính công; mỗi đơn vị hành chính cấp xã có 1 trung tâm.",
      en: "Cát Hải (special zone) has no public-administration service centre; every commune-level unit has 1.",
    });
  });

  it("C26-ORG-01: một phòng giữ cả Văn phòng và Văn hóa - Xã hội vẫn đủ chức năng (không quy định mỗi chức năng một phòng)", () => {
    const unit = commune("commune");
    unit.organisations = unit.organisations
      .filter((organisation) => organisation.id !== "xa-a-vhxh")
      .map((organisation) =>
        organisation.id === "xa-a-vp"
          ? { ...organisation, functions: ["VAN_PHONG", "VAN_HOA_XA_HOI"] }
          : organisation,
      );
    expect(evaluateUnit(unit)).toEqual([]);
  });

  it("C26-ORG-01: ngày 30/06/2025 (RS-2025A) không áp dụng; ngày 01/07/2025 (RS-2025B) áp dụng", () => {
    const unit = commune("commune");
    unit.organisations = [];
    expect(evaluateUnit(unit, "2025-06-30")).toEqual([]);
    expect(evaluateUnit(unit, "2025-07-01").map((finding) => finding.ruleId)).toEqual([
      "C26-ORG-01",
      "C26-ORG-01",
      "C26-ORG-01",
      "C26-ORG-01",
    ]);
  });
});
