// The dossier's content model, read as a reviewer reads the documents: the "Căn cứ" lines name the decrees
// of the rule pack each phase is evaluated under, the tables carry the plan's numbers, the bodies and
// places come from the baseline, and the review comments are paired with their answers.
import { readFileSync } from "node:fs";

import { parsePlan, parseSnapshot, type Plan } from "@tinhgon/domain";
import { describe, expect, it } from "vitest";

import type { DossierComment, DossierInput } from "../contract.ts";
import type { Block, DossierContent, DossierDocumentContent } from "./dossier-model.ts";
import { buildDossierContent } from "./dossier-content.ts";
import { formatDateLong } from "./vietnamese-text.ts";

const examples = new URL("../../../../examples/", import.meta.url);

function readPlan(): Plan {
  const parsed = parsePlan(JSON.parse(readFileSync(new URL("cat-hai-2021.plan.json", examples), "utf8")));
  if (!parsed.ok) throw new Error("the Cát Hải example plan must be valid");
  return parsed.value;
}

const catHai = readPlan();

function content(input: Partial<DossierInput> & { plan?: Plan } = {}): DossierContent {
  const outcome = buildDossierContent({ plan: catHai, date: "2026-01-05", ...input });
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message.en}`);
  return outcome.content;
}

function documentOf(dossier: DossierContent, kind: DossierDocumentContent["kind"]): DossierDocumentContent {
  const found = dossier.documents.find((document) => document.kind === kind);
  if (!found) throw new Error(`no ${kind}`);
  return found;
}

/** Every line of text of a body: headings, paragraphs, table cells (row by row, joined by " | "). */
function lines(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case "heading":
        return [block.text];
      case "paragraph":
        return [block.spans.map((span) => span.text).join("")];
      case "table":
        return [
          block.columns.map((col) => col.header).join(" | "),
          ...block.rows.map((row) => row.cells.join(" | ")),
        ];
      case "chart":
        return [block.chart.caption];
    }
  });
}

function tables(blocks: readonly Block[]): Extract<Block, { kind: "table" }>[] {
  return blocks.filter((block): block is Extract<Block, { kind: "table" }> => block.kind === "table");
}

describe("the legal basis (Căn cứ) from the rule packs pinned by the phases", () => {
  it("cites Decree 37/2014 and Decree 108/2020 with its date for a district plan under RS-2020", () => {
    const decision = documentOf(content(), "quyet-dinh");
    const basis = lines(decision.body).filter((line) => line.startsWith("Căn cứ"));
    expect(basis).toContain(
      "Căn cứ Nghị định số 108/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 37/2014/NĐ-CP của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh;",
    );
    expect(basis[0]).toBe("Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;");
    expect(basis.some((line) => line.includes("Luật Cán bộ, công chức năm 2008"))).toBe(true);
    expect(basis.some((line) => line.includes("Nghị định số 62/2020/NĐ-CP ngày 01 tháng 6 năm 2020"))).toBe(
      true,
    );
    expect(basis.some((line) => line.includes("Nghị định số 158/2018/NĐ-CP"))).toBe(true);
    // A district plan cites the district decrees only.
    expect(basis.some((line) => line.includes("107/2020"))).toBe(false);
    expect(basis.some((line) => line.includes("24/2014"))).toBe(false);
  });

  it("cites the original Decree 37/2014 alone for a phase before 25/11/2020 (RS-2014)", () => {
    const plan: Plan = {
      ...catHai,
      baseline: { ...catHai.baseline, asOf: "2019-06-30" },
      phases: catHai.phases.map((phase, index) => ({
        ...phase,
        effectiveDate: index === 0 ? "2019-09-01" : "2019-12-31",
      })),
    };
    const basis = lines(documentOf(content({ plan }), "de-an").body).filter((line) => line.startsWith("- "));
    expect(basis.some((line) => line.includes("Nghị định số 37/2014/NĐ-CP"))).toBe(true);
    expect(basis.some((line) => line.includes("108/2020"))).toBe(false);
    // Laws and decrees not yet in force on the phases' dates are not cited.
    expect(basis.some((line) => line.includes("47/2019/QH14"))).toBe(false);
    expect(basis.some((line) => line.includes("62/2020/NĐ-CP"))).toBe(false);
  });

  it("cites Decree 24/2014 and Decree 107/2020 for a plan of the province's agencies", () => {
    const baseline = parseSnapshot(
      JSON.parse(readFileSync(new URL("province-class-ii.snapshot.json", examples), "utf8")),
    );
    if (!baseline.ok) throw new Error("invalid example");
    const planned = parsePlan({
      format: "tinhgon.plan/2",
      title: "Phương án sắp xếp các phòng thuộc Sở Nội vụ",
      baseline: baseline.value,
      phases: [
        {
          name: "Giai đoạn 1",
          effectiveDate: "2022-10-01",
          operations: [{ op: "set", id: "so-noi-vu-thanh-tra", deputies: 1 }],
        },
      ],
    });
    if (!planned.ok) throw new Error("invalid plan");
    const dossier = content({ plan: planned.value });
    const submission = documentOf(dossier, "to-trinh");
    const basis = lines(submission.body).filter((line) => line.startsWith("- Nghị định"));
    expect(
      basis.some((line) => line.startsWith("- Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020")),
    ).toBe(true);
    expect(basis.some((line) => line.includes("Nghị định số 24/2014/NĐ-CP"))).toBe(true);
    expect(basis.some((line) => line.includes("108/2020"))).toBe(false);
    // A plan of the province's agencies is the Sở Nội vụ's, under the province's People's Committee.
    expect(submission.header.authority).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH MINH HỌA"]);
    expect(submission.header.issuer).toEqual(["SỞ NỘI VỤ"]);
    expect(submission.header.numberLine).toMatch(/^Số:\s+\/TTr-SNV$/u);
    expect(submission.signature).toEqual({ capacity: null, title: "GIÁM ĐỐC", name: "" });
    expect(submission.addressee).toBe("Kính gửi: Ủy ban nhân dân tỉnh Minh Họa.");
    // 35 units do not fit one chart on a page: the ones nearest or over their limit are drawn, and said so.
    const againstLimit = documentOf(dossier, "de-an").body.flatMap((block) =>
      block.kind === "chart" && block.chart.id === "deputies-against-limit" ? [block.chart] : [],
    )[0];
    expect(againstLimit?.categories).toHaveLength(16);
    expect(againstLimit?.caption).toMatch(/\(16\/\d+ đơn vị gần hoặc vượt giới hạn nhất\)$/u);
    expect(againstLimit?.categories).toContain("Thanh tra Sở Nội vụ");
  });
});

describe("the legal basis of a plan under today's law (RS-2026)", () => {
  it("cites the laws of 2025 and Decree 150/2025 as amended by 370/2025, not the texts they replaced", () => {
    const baseline = parseSnapshot({
      ...(JSON.parse(readFileSync(new URL("province-class-ii.snapshot.json", examples), "utf8")) as object),
      asOf: "2026-01-15",
    });
    if (!baseline.ok) throw new Error("invalid example");
    const planned = parsePlan({
      format: "tinhgon.plan/2",
      title: "Phương án sắp xếp các phòng thuộc Sở Nội vụ",
      baseline: baseline.value,
      phases: [{ name: "Giai đoạn 1", effectiveDate: "2026-03-01", operations: [] }],
    });
    if (!planned.ok) throw new Error("invalid plan");
    const decision = documentOf(content({ plan: planned.value }), "quyet-dinh");
    const basis = lines(decision.body).filter((line) => line.startsWith("Căn cứ"));
    expect(basis[0]).toBe("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;");
    expect(basis).toContain("Căn cứ Luật Cán bộ, công chức số 80/2025/QH15;");
    expect(
      basis.some((line) => line.startsWith("Căn cứ Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025")),
    ).toBe(true);
    expect(
      basis.some((line) => line.startsWith("Căn cứ Nghị định số 370/2025/NĐ-CP ngày 31 tháng 12 năm 2025")),
    ).toBe(true);
    for (const replaced of ["năm 2015", "năm 2008", "47/2019", "24/2014/NĐ-CP của", "107/2020"]) {
      expect(
        basis.filter((line) => line.includes(replaced)),
        replaced,
      ).toEqual([]);
    }
  });
});

describe("the numbers of the plan in the documents", () => {
  const dossier = content();

  it("states the division count, payroll and deputies before and after", () => {
    expect(dossier.facts).toMatchObject({
      divisions: { before: 11, after: 10 },
      payroll: { before: 78, after: 78 },
      deputies: { before: 23, after: 20 },
      surplusDeputies: { before: 1, after: 0 },
      violations: { before: 3, after: 1 },
    });
    const summary = tables(documentOf(dossier, "to-trinh").body)[0];
    expect(summary?.rows.map((row) => row.cells)).toEqual(
      expect.arrayContaining([
        ["Số phòng chuyên môn cấp huyện", "11", "10", "-1"],
        ["Tổng biên chế", "78", "78", "0"],
        ["Tổng số cấp phó", "23", "20", "-3"],
        ["Số cấp phó vượt quy định", "1", "0", "-1"],
        ["Số vi phạm quy định", "3", "1", "-2"],
      ]),
    );
  });

  it("lists the resulting units with payroll and deputies in Điều 1 of the decision, with the totals", () => {
    const decision = documentOf(dossier, "quyet-dinh");
    const [units] = tables(decision.body);
    expect(units?.rows).toHaveLength(11);
    expect(units?.rows).toContainEqual({ cells: ["7", "Phòng Văn hóa, Thông tin và Y tế", "9", "2"] });
    expect(units?.rows.at(-1)).toEqual({ cells: ["", "Tổng cộng", "78", "20"], total: true });
    const text = lines(decision.body);
    expect(text).toContain("QUYẾT ĐỊNH:");
    expect(
      text.some((line) =>
        line.startsWith("Điều 1. Phê duyệt Phương án sắp xếp các phòng chuyên môn huyện Cát Hải"),
      ),
    ).toBe(true);
    expect(
      text.some((line) =>
        line.startsWith(
          "Điều 3. Chánh Văn phòng Ủy ban nhân dân thành phố, Giám đốc Sở Nội vụ, Chủ tịch Ủy ban nhân dân huyện Cát Hải",
        ),
      ),
    ).toBe(true);
  });

  it("shows the current situation, each phase in words, before/after per unit and job positions in the Đề án", () => {
    const scheme = documentOf(dossier, "de-an");
    const text = lines(scheme.body);
    expect(text).toContain("I. SỰ CẦN THIẾT VÀ CĂN CỨ PHÁP LÝ");
    expect(text).toContain("II. THỰC TRẠNG");
    expect(text).toContain("III. PHƯƠNG ÁN SẮP XẾP");
    expect(text).toContain("IV. TỔ CHỨC THỰC HIỆN");
    expect(text).toContain(
      "- Hợp nhất Phòng Văn hóa và Thông tin và Phòng Y tế thành Phòng Văn hóa, Thông tin và Y tế.",
    );
    expect(
      text.some((line) =>
        line.startsWith(
          "Thời điểm có hiệu lực: ngày 01 tháng 7 năm 2021. Quy định áp dụng: bộ quy tắc RS-2020",
        ),
      ),
    ).toBe(true);
    expect(text).toContain(
      "12 | Phòng Văn hóa, Thông tin và Y tế | - | 9 | - | 2 | Hợp nhất từ Phòng Văn hóa và Thông tin và Phòng Y tế",
    );
    expect(text).toContain("9 | Phòng Y tế | 4 | - | 1 | - | Hợp nhất vào Phòng Văn hóa, Thông tin và Y tế");
    expect(text).toContain("2 | Phòng Kinh tế | 6 | 6 | 11 | 11 | 5");
    expect(text).toContain(
      "11 | Phòng Kinh tế | Nông nghiệp và Phát triển nông thôn; Kinh tế và Hạ tầng | 11 | 4 | 11",
    );
  });

  it("reports findings resolved, introduced and remaining, each with its rule and citation and how it is handled", () => {
    const text = lines(documentOf(dossier, "de-an").body);
    const resolvedAt = text.indexOf("a) Các nội dung đã được khắc phục");
    const remainingAt = text.indexOf("c) Các nội dung còn lại và hướng xử lý");
    const resolved = text.slice(resolvedAt, remainingAt);
    expect(
      resolved.some(
        (line) => line.includes("| D-PH-04 |") && line.includes("Điều 9 Nghị định số 37/2014/NĐ-CP"),
      ),
    ).toBe(true);
    const remaining = text.slice(remainingAt);
    const jp06 = remaining.find((line) => line.includes("| JP-06 |"));
    // No plan operation fixes a staff list: the domain suggests nothing, so it is left to the roadmap.
    expect(jp06).toMatch(/\| Đề nghị xử lý theo lộ trình\.$/u);
  });

  it("takes the handling of a remaining violation from the domain's checked fix suggestion", () => {
    const onlyMerge: Plan = { ...catHai, phases: catHai.phases.slice(0, 1) };
    const text = lines(documentOf(content({ plan: onlyMerge }), "de-an").body);
    const remaining = text.slice(text.indexOf("c) Các nội dung còn lại và hướng xử lý"));
    const pool = remaining.find((line) => line.includes("| Vi phạm | D-DEP-01 |"));
    // suggestFixes' checked reduction of the pooled deputies, in the domain's words.
    expect(pool).toMatch(/\| Giảm cấp phó: .*D-DEP-01 được khắc phục/u);
  });

  it("draws the charts from the domain's series: payroll and deputies per changed unit, against the limit, the roadmap", () => {
    const charts = documentOf(dossier, "de-an").body.flatMap((block) =>
      block.kind === "chart" ? [block.chart] : [],
    );
    expect(charts.map((chart) => chart.id)).toEqual([
      "payroll-per-unit",
      "deputies-per-unit",
      "deputies-against-limit",
      "steps",
      "deputy-roadmap",
    ]);
    const payroll = charts[0];
    expect(payroll?.categories).toContain("Phòng Văn hóa, Thông tin và Y tế");
    expect(payroll?.series.find((series) => series.key === "after")?.values.at(-1)).toBe(9);
    expect(charts[2]?.series.find((series) => series.key === "limit")?.style).toBe("marker");
    expect(charts[4]?.categories[0]).toBe("2021");
    expect(charts.every((chart, index) => chart.caption.startsWith(`Biểu đồ ${index + 1}. `))).toBe(true);
  });
});

describe("the bodies, places and dates", () => {
  it("has a district plan submitted by the district's People's Committee to the province's", () => {
    const dossier = content();
    const submission = documentOf(dossier, "to-trinh");
    expect(submission.header).toEqual({
      authority: null,
      issuer: ["ỦY BAN NHÂN DÂN", "HUYỆN CÁT HẢI"],
      numberLine: "Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/TTr-UBND",
      placeDateLine: "Cát Hải, ngày 05 tháng 01 năm 2026",
    });
    expect(submission.summary).toBe(
      "Về việc phê duyệt Phương án sắp xếp các phòng chuyên môn huyện Cát Hải năm 2021 (số liệu minh họa)",
    );
    expect(submission.addressee).toBe("Kính gửi: Ủy ban nhân dân thành phố Hải Phòng.");
    expect(submission.signature).toEqual({ capacity: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "" });
    const decision = documentOf(dossier, "quyet-dinh");
    expect(decision.draft).toBe(true);
    expect(decision.header.issuer).toEqual(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"]);
    expect(decision.header.placeDateLine).toBe("Hải Phòng, ngày 05 tháng 01 năm 2026");
    expect(decision.recipients?.at(-1)).toBe("- Lưu: VT.");
  });

  it("uses the issuer given instead of the derived one", () => {
    const submission = documentOf(
      content({
        issuer: {
          name: "Ủy ban nhân dân đặc khu Cát Hải",
          place: "Cát Bà",
          superior: "Ủy ban nhân dân tỉnh Hải Dương",
          signerName: "Nguyễn Văn A",
        },
      }),
      "to-trinh",
    );
    expect(submission.header.issuer).toEqual(["ỦY BAN NHÂN DÂN", "ĐẶC KHU CÁT HẢI"]);
    expect(submission.header.placeDateLine).toBe("Cát Bà, ngày 05 tháng 01 năm 2026");
    expect(submission.addressee).toBe("Kính gửi: Ủy ban nhân dân tỉnh Hải Dương.");
    expect(submission.signature.name).toBe("Nguyễn Văn A");
  });

  it("writes dates as Decree 30/2020 does: a leading 0 for days below 10 and for months 1 and 2", () => {
    expect(formatDateLong("2026-01-05")).toBe("ngày 05 tháng 01 năm 2026");
    expect(formatDateLong("2021-07-01")).toBe("ngày 01 tháng 7 năm 2021");
    expect(formatDateLong("2021-12-31")).toBe("ngày 31 tháng 12 năm 2021");
  });

  it("puts every text in NFC, even names typed decomposed", () => {
    const decomposed: Plan = { ...catHai, title: catHai.title.normalize("NFD") };
    const submission = documentOf(content({ plan: decomposed }), "to-trinh");
    expect(submission.summary).toBe(submission.summary.normalize("NFC"));
    expect(submission.summary).toContain("Phương án sắp xếp");
  });
});

describe("the Báo cáo tiếp thu, giải trình", () => {
  const opinion = (overrides: Partial<DossierComment>): DossierComment => ({
    round: 1,
    authorName: "Lê Thị Thẩm Định",
    authorRole: "provincial_reviewer",
    target: { kind: "plan" },
    body: "Đề nghị bổ sung.",
    createdAt: "2026-01-02T08:00:00.000Z",
    ...overrides,
  });

  it("says plainly that no opinion was received when there is none", () => {
    const report = documentOf(content({ comments: [] }), "bao-cao-tiep-thu");
    expect(tables(report.body)).toHaveLength(0);
    expect(lines(report.body)[0]).toBe(
      "Đến ngày 05 tháng 01 năm 2026, Ủy ban nhân dân huyện Cát Hải không nhận được ý kiến góp ý nào đối với Phương án sắp xếp các phòng chuyên môn huyện Cát Hải năm 2021 (số liệu minh họa).",
    );
  });

  it("puts each opinion next to the owner's later answers on the same target, the target in words", () => {
    const comments: DossierComment[] = [
      opinion({
        target: { kind: "operation", phaseIndex: 0, operationIndex: 0 },
        body: "Làm rõ số cấp phó của phòng sau hợp nhất.",
      }),
      opinion({
        authorName: "Phạm Văn Soạn",
        authorRole: "district_officer",
        target: { kind: "operation", phaseIndex: 0, operationIndex: 0 },
        body: "Giai đoạn 2 giảm còn 2 cấp phó.",
        createdAt: "2026-01-03T08:00:00.000Z",
      }),
      opinion({ round: 2, body: "Bổ sung lộ trình xử lý JP-06.", createdAt: "2026-01-04T08:00:00.000Z" }),
    ];
    const report = documentOf(content({ comments }), "bao-cao-tiep-thu");
    const [table] = tables(report.body);
    expect(table?.columns.map((col) => col.header)).toEqual([
      "STT",
      "Nội dung góp ý",
      "Ý kiến tiếp thu, giải trình",
    ]);
    expect(table?.rows).toEqual([
      {
        cells: [
          "1",
          "Vòng 1, Lê Thị Thẩm Định, về Giai đoạn 1: hợp nhất phòng, thao tác số 1: Hợp nhất Phòng Văn hóa và Thông tin và Phòng Y tế thành Phòng Văn hóa, Thông tin và Y tế:\nLàm rõ số cấp phó của phòng sau hợp nhất.",
          "Phạm Văn Soạn (03/01/2026):\nGiai đoạn 2 giảm còn 2 cấp phó.",
        ],
      },
      {
        cells: [
          "2",
          "Vòng 2, Lê Thị Thẩm Định, về Phương án (nội dung chung):\nBổ sung lộ trình xử lý JP-06.",
          "Chưa có ý kiến tiếp thu, giải trình.",
        ],
      },
    ]);
    expect(lines(report.body)[0]).toContain("đã nhận được 2 ý kiến góp ý");
  });

  it("names a finding target by its rule and message", () => {
    const comments = [
      opinion({ target: { kind: "finding", findingKey: "D-PH-04|violation|district:cat-hai|max" } }),
    ];
    const [table] = tables(documentOf(content({ comments }), "bao-cao-tiep-thu").body);
    expect(table?.rows[0]?.cells[1]).toContain(
      "về Kết quả đối chiếu D-PH-04: Huyện Cát Hải là huyện đảo, có 11 phòng chuyên môn; tối đa 10 phòng.",
    );
  });
});

describe("a plan that cannot be evaluated", () => {
  it("is a result naming the operation that does not apply, not an exception", () => {
    const broken: Plan = {
      ...catHai,
      phases: [
        {
          name: "Sai",
          effectiveDate: "2021-07-01",
          operations: [{ op: "rename", id: "khong-co", name: "X" }],
        },
      ],
    };
    const outcome = buildDossierContent({ plan: broken, date: "2026-01-05" });
    expect(outcome).toMatchObject({
      ok: false,
      code: "DOSSIER_PLAN_DOES_NOT_APPLY",
      path: "phases[0].operations[0]",
    });
  });

  it("is a result when a phase is dated where no rule pack is in force", () => {
    // Before Decree 24/2014 took effect (RS-2026 covers 2026 dates).
    const early: Plan = { ...catHai, phases: [{ name: "Sớm", effectiveDate: "2014-05-19", operations: [] }] };
    const outcome = buildDossierContent({ plan: early, date: "2026-01-05" });
    expect(outcome).toMatchObject({
      ok: false,
      code: "DOSSIER_NO_RULE_PACK",
      path: "phases[0].effectiveDate",
    });
  });

  it("builds only the documents asked for, in the dossier's order", () => {
    const outcome = buildDossierContent({ plan: catHai, date: "2026-01-05" }, ["quyet-dinh", "to-trinh"]);
    expect(outcome.ok && outcome.content.documents.map((document) => document.fileStem)).toEqual([
      "01-to-trinh",
      "03-quyet-dinh",
    ]);
  });
});
