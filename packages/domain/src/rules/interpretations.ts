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
} as const satisfies Record<string, InterpretationRef>;
