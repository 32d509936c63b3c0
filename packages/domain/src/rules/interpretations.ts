// The readings Tinh Gọn adopts where the law is silent or unclear (../shared/domain/interpretations.md),
// each recorded in a decision record. A finding that rests on one carries it, so the UI can say
// "interpretation — confirm with the official text".
import type { InterpretationRef } from "../findings/finding.schema.ts";

function reading(id: string, adr: string, vi: string, en: string): InterpretationRef {
  return { id, adr: `docs/adr/${adr}`, note: { vi, en } };
}

export const interpretations = {
  payrollIsAssigned: reading(
    "INT-PAYROLL-ASSIGNED",
    "0003-payroll-means-assigned-payroll.md",
    "Biên chế được hiểu là biên chế công chức được giao (kể cả cấp trưởng, cấp phó), không phải số người thực có.",
    "Payroll means the assigned civil-servant payroll (head and deputies included), not the actual headcount.",
  ),
  deputyAtMostOne: reading(
    "INT-DEPUTY-AT-MOST-ONE",
    "0004-one-deputy-means-at-most-one.md",
    '"Được bố trí 01 Phó" được hiểu là tối đa 01; không có cấp phó luôn hợp lệ.',
    '"One deputy" is read as at most one; having no deputy is always allowed.',
  ),
  establishmentAppliesToAllUnits: reading(
    "INT-ESTABLISHMENT-ALL-UNITS",
    "0005-establishment-criteria-apply-to-every-unit.md",
    "Tiêu chí thành lập áp dụng cho mọi đơn vị trong cơ cấu, kể cả đơn vị đang tồn tại: đơn vị không đáp ứng tiêu chí phải được sắp xếp lại.",
    "Establishment criteria apply to every unit, existing or new: a unit that does not meet them must be re-arranged.",
  ),
  districtDeputyPool: reading(
    "INT-DISTRICT-DEPUTY-POOL",
    "0006-district-deputy-pool.md",
    "Bình quân 2 Phó Trưởng phòng tính trên tất cả các phòng chuyên môn của huyện, kể cả Thanh tra huyện và Văn phòng HĐND và UBND; không có mức trần cho từng phòng, nhưng phòng có trên 3 phó được cảnh báo.",
    "The average of 2 deputies pools every district division, the district inspectorate and office included; no per-division cap, but a division with more than 3 deputies gets a warning.",
  ),
  capsRoundDown: reading(
    "INT-CAPS-ROUND-DOWN",
    "0007-caps-from-averages-round-down.md",
    "Mức trần tính từ số bình quân = bình quân × số đơn vị, làm tròn xuống khi không phải số nguyên.",
    "A cap derived from an average is the average times the count, rounded down when not a whole number.",
  ),
  surplusUnderRs2020: reading(
    "INT-SURPLUS-RS2020",
    "0008-surplus-deputies-under-rs-2020.md",
    "Nghị định 107/108/2020 không quy định thời hạn chuyển tiếp: số cấp phó vượt là vi phạm; không bổ nhiệm mới cho đến khi về đúng quy định.",
    "Decrees 107/108/2020 set no transition period: surplus deputies are a violation; no new appointment until within quota.",
  ),
  commonFunctionsSeparate: reading(
    "INT-COMMON-FUNCTIONS-SEPARATE",
    "0009-common-district-functions.md",
    "Ở huyện không phải huyện đảo, mỗi lĩnh vực chung là một phòng riêng; huyện đảo được ghép lĩnh vực trong giới hạn số phòng.",
    "In a non-island district each common function is its own division; an island district may combine functions within its cap.",
  ),
  typeSpecificFunctions: reading(
    "INT-TYPE-SPECIFIC-FUNCTIONS",
    "0010-type-specific-district-functions.md",
    "Quận, thị xã, thành phố có Phòng Kinh tế và Phòng Quản lý đô thị; huyện có Phòng Nông nghiệp và PTNT và Phòng Kinh tế và Hạ tầng; không tổ chức phòng của loại kia.",
    "Urban types hold Economy and Urban Management; rural huyện hold Agriculture and Economy–Infrastructure; never the other type's pair.",
  ),
  nonIslandCap: reading(
    "INT-NON-ISLAND-CAP",
    "0011-non-island-division-cap.md",
    "Huyện không phải huyện đảo có tối đa 12 phòng, hoặc 13 phòng khi thành lập hợp pháp Phòng Dân tộc (suy ra từ Điều 7, Điều 8).",
    "A non-island district has at most 12 divisions, or 13 where an Ethnic Affairs division is lawfully established (derived from Art. 7–8).",
  ),
  provinceWideNeedsCompleteList: reading(
    "INT-PROVINCE-WIDE-COMPLETE",
    "0012-province-wide-rules-need-the-complete-list.md",
    "Quy tắc toàn tỉnh (danh mục sở, tổng số Phó Giám đốc) chỉ áp dụng khi danh sách sở đầy đủ (agenciesComplete).",
    "Province-wide rules (the list of sở, the total of deputy directors) run only when the list of agencies is complete.",
  ),
  specificAgencies: reading(
    "INT-SPECIFIC-AGENCIES",
    "0013-specific-agencies.md",
    "Sở Quy hoạch - Kiến trúc chỉ ở Hà Nội, TP. Hồ Chí Minh; Sở Ngoại vụ, Ban Dân tộc, Sở Du lịch được chấp nhận nhưng chưa kiểm tra tiêu chí (chưa có văn bản).",
    "Planning–Architecture only in Hà Nội and TP.HCM; Foreign Affairs, Ethnic Affairs and Tourism are accepted with their criteria unchecked (text not retrieved).",
  ),
  chiCucWithoutDivisions: reading(
    "INT-CHI-CUC-NO-DIVISIONS",
    "0014-chi-cuc-without-divisions.md",
    'Chi cục "không có phòng" được tính như chi cục có từ 4 phòng trở lên: tối đa 2 Phó Chi cục trưởng.',
    "A chi cục with no divisions counts like one with 4 or more: at most 2 deputies.",
  ),
  rs2014Scope: reading(
    "INT-RS2014-SCOPE",
    "0015-rs-2014-scope.md",
    "Quy định gốc của Nghị định 24/2014 và 37/2014 được dựng lại từ nguồn thứ cấp (RECALLED); cần đối chiếu văn bản chính thức.",
    "The original rules of Decrees 24/2014 and 37/2014 are reconstructed from secondary sources (RECALLED); confirm with the official text.",
  ),
  jobPositionChecks: reading(
    "INT-JOB-POSITIONS",
    "0016-job-position-checks.md",
    "Kiểm tra vị trí việc làm suy ra từ Nghị định 62/2020: số vị trí lãnh đạo không vượt số chức danh được phép; vị trí hỗ trợ, phục vụ không tính vào biên chế công chức.",
    "Job-position checks derived from Decree 62/2020: leadership positions within the approved titles; support positions are not civil-servant payroll.",
  ),
  // ADR 0034 — the packs of 2025 and 2026.
  codesByPack: reading(
    "INT-CODES-BY-PACK",
    "0034-rule-packs-2025-2026.md",
    "Mã sở hoặc lĩnh vực không có trong danh mục của bộ quy tắc áp dụng (mã cũ sau sắp xếp năm 2025, hoặc mã năm 2025 trước ngày 01/03/2025) là không đúng quy định vào ngày đó.",
    "An agency kind or district function the applicable pack does not list (an old code after the 2025 mergers, or a 2025 code before 01/03/2025) is not lawful on that date.",
  ),
  typeSpecific2025: reading(
    "INT-TYPE-SPECIFIC-2025",
    "0034-rule-packs-2025-2026.md",
    "Từ 01/03/2025: quận, thị xã, thành phố có Phòng Tài nguyên và Môi trường; huyện có Phòng Nông nghiệp và Môi trường; không tổ chức phòng của loại kia.",
    "From 01/03/2025: urban types hold Natural Resources and Environment, rural huyện Agriculture and Environment; never the other type's.",
  ),
  districtCap2025: reading(
    "INT-DISTRICT-CAP-2025",
    "0034-rule-packs-2025-2026.md",
    "Mỗi huyện tối đa 10 phòng; ở Hà Nội, TP. Hồ Chí Minh Luật Thủ đô hoặc nghị quyết thí điểm có thể cho phép thêm, dữ liệu không thể hiện nên vượt 10 là cảnh báo.",
    "At most 10 divisions per district; in Hà Nội and HCMC the Capital Law or a pilot resolution may allow more, which the data does not show, so more than 10 is a warning.",
  ),
  districtDeputiesExtra2025: reading(
    "INT-DISTRICT-DEPUTIES-HN-HCM-2025",
    "0034-rule-packs-2025-2026.md",
    "Quận, huyện của Hà Nội, TP. Hồ Chí Minh: bình quân 2 Phó Trưởng phòng mỗi phòng, thêm tối đa 5 cho cả quận, huyện (một nguồn, theo dự thảo Nghị định 45/2025).",
    "Districts of Hà Nội and HCMC: an average of 2 deputy heads per division plus up to 5 for the district (single source, from the draft of Decree 45/2025).",
  ),
  bandsBefore370: reading(
    "INT-RS2025B-BANDS",
    "0034-rule-packs-2025-2026.md",
    "Nghị định 150/2025 (văn bản gốc) được hiểu là giữ số cấp phó của các đơn vị thuộc sở theo Nghị định 45/2025 (theo loại tỉnh) cho đến khi Nghị định 370/2025 thống nhất các mức từ 01/01/2026.",
    "Decree 150/2025 as first issued is read as keeping Decree 45/2025's deputy limits for units of a sở (by province class) until Decree 370/2025 made them uniform from 01/01/2026.",
  ),
  subordinateDeputies: reading(
    "INT-SUBORDINATE-DEPUTIES",
    "0034-rule-packs-2025-2026.md",
    "Cấp trên trực tiếp của phòng, văn phòng, thanh tra, chi cục thuộc sở là sở (số Phó Giám đốc); của phòng thuộc chi cục là chi cục. Vế thứ hai (đơn vị cùng cấp có và không có cơ cấu bên trong) chưa được mã hóa.",
    "The direct superior of a division, office, inspectorate or sub-department of a sở is the sở (its deputy directors); of a sub-department's division, the sub-department. The second half (same-level units with and without internal units) is not encoded.",
  ),
  districtLevelEnded: reading(
    "INT-DISTRICT-LEVEL-ENDED",
    "0034-rule-packs-2025-2026.md",
    "Từ 01/07/2025 không còn cấp huyện: quận, huyện trong dữ liệu chỉ nhận một thông tin, không áp dụng quy tắc nào khác của cấp huyện.",
    "From 01/07/2025 there is no district level: a district in the data gets one info finding and no other district rule.",
  ),
  // ADR 0037 — the commune level (Decree 150/2025, Resolution 332/NQ-CP, Decree 370/2025).
  communeEconomyType: reading(
    "INT-COMMUNE-ECONOMY-TYPE",
    "0037-commune-level-rules.md",
    "Xã, đặc khu có Phòng Kinh tế; phường và đặc khu có kinh tế đô thị (Phú Quốc) có Phòng Kinh tế, Hạ tầng và Đô thị; không tổ chức phòng kinh tế của loại kia (suy ra như D-PH-02).",
    "Communes and special zones have the Economy division; wards and a special zone with an urban economy (Phú Quốc) the Economy, Infrastructure and Urban division; never the other type's (inferred as for D-PH-02).",
  ),
  communeDeputyPool: reading(
    "INT-COMMUNE-DEPUTY-POOL",
    "0037-commune-level-rules.md",
    "Bình quân 2 cấp phó tính riêng cho từng xã, phường, đặc khu, trên tất cả các phòng và Trung tâm phục vụ hành chính công của đơn vị đó: tổng cấp phó ≤ 2 × số tổ chức; không có mức trần cho từng tổ chức.",
    "The average of 2 deputies is per commune-level unit, over all its divisions and its service centre: total deputies ≤ 2 × organisations; no cap per organisation.",
  ),
} as const satisfies Record<string, InterpretationRef>;
