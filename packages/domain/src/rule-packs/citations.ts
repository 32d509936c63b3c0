// Vietnamese citations of the instruments, written once. Clause numbers that legal-rules.md marks as
// inferred (Art.5/Art.6 of the amended 24/2014) follow the structure of Decree 45/2025 Art.5.
const nd24 = "Nghị định số 24/2014/NĐ-CP";
const nd37 = "Nghị định số 37/2014/NĐ-CP";
const nd107 = "Nghị định số 107/2020/NĐ-CP";
const nd108 = "Nghị định số 108/2020/NĐ-CP";
const nd45 = "Nghị định số 45/2025/NĐ-CP";
const nd150 = "Nghị định số 150/2025/NĐ-CP";
const nd370 = "Nghị định số 370/2025/NĐ-CP";
// Articles of 45/2025 and 150/2025 as legal-rules.md §1 quotes them (sources 25, 27, 28, 31, 32); where it
// quotes none, the citation says so instead of guessing a number.
const notMatched = "chưa đối chiếu điều, khoản";

export const citations = {
  establishment: (clause: number) =>
    `Khoản ${clause} Điều 5 ${nd24}, được sửa đổi, bổ sung bởi khoản 3 Điều 1 ${nd107}`,
  deputies: `Điều 6 ${nd24}, được sửa đổi, bổ sung bởi khoản 4 Điều 1 ${nd107}`,
  deputyDirectorsTotal: `Khoản 3 Điều 6 ${nd24}, được sửa đổi, bổ sung bởi khoản 4 Điều 1 ${nd107}`,
  inspectorateEstablishment: "Điều 17, Điều 18 Nghị định số 03/2024/NĐ-CP",
  commonAgencies2020: `Điều 8 ${nd24}, được sửa đổi, bổ sung bởi ${nd107}`,
  specificAgencies2020: `Điều 9 ${nd24}, được sửa đổi, bổ sung bởi ${nd107}`,
  commonAgencies2014: `Điều 8 ${nd24}`,
  specificAgencies2014: `Điều 9 ${nd24}`,
  deputyDirectors2014: `Điều 6 ${nd24} (văn bản gốc)`,
  districtCommon2020: `Điều 7 ${nd37}, được sửa đổi, bổ sung bởi ${nd108}`,
  districtCommon2014: `Điều 7 ${nd37}`,
  districtTypeSpecific: `Khoản 1, khoản 2, khoản 3 Điều 8 ${nd37}`,
  ethnicAffairs2020: `Khoản 4 Điều 8 ${nd37}, được sửa đổi, bổ sung bởi khoản 10 Điều 1 ${nd108}`,
  ethnicAffairs2014: `Khoản 4 Điều 8 ${nd37} (văn bản gốc)`,
  islandDistrict2020: `Điều 9 ${nd37}, được sửa đổi, bổ sung bởi ${nd108}`,
  islandDistrict2014: `Điều 9 ${nd37}`,
  nonIslandCap2020: `Điều 7, Điều 8 ${nd37}, được sửa đổi, bổ sung bởi ${nd108} (suy ra)`,
  nonIslandCap2014: `Điều 7, Điều 8 ${nd37} (suy ra)`,
  districtDeputies2020: `Điều 5 ${nd37}, được sửa đổi, bổ sung bởi khoản 3 Điều 1 ${nd108}`,
  districtDeputies2014: `Điều 5 ${nd37} (văn bản gốc)`,
  surplus2020: `${nd107} và ${nd108} (không quy định thời hạn xử lý cấp phó dôi dư; cách hiểu áp dụng)`,
  // RS-2025A — Decree 45/2025 (01/03/2025 – 30/06/2025).
  commonAgencies2025: `Điều 8 ${nd45}`,
  agencyCount2025: `${nd45} (tổng số cơ quan chuyên môn cấp tỉnh; ${notMatched})`,
  establishment2025: `Điều 5 ${nd45}`,
  deputies2025: `Điều 6 ${nd45}`,
  districtCommon2025: `Điều 15 ${nd45}`,
  districtSpecific2025: `Điều 16 ${nd45}`,
  districtCap2025: `Chương III (Điều 15, Điều 16) ${nd45}`,
  districtDeputies2025: `${nd45} (số Phó Trưởng phòng chuyên môn cấp huyện; ${notMatched})`,
  districtDeputiesExtra2025: `${nd45} (Hà Nội, TP. Hồ Chí Minh: thêm Phó Trưởng phòng cấp huyện; một nguồn, theo dự thảo)`,
  // RS-2025B / RS-2026 — Decree 150/2025, amended by 370/2025 from 01/01/2026.
  commonAgencies150: `Điều 8, Điều 9 ${nd150}`,
  agencyCount150: `Khoản 1 Điều 10 ${nd150}`,
  establishment150: `Điều 5 ${nd150}`,
  deputies150: `Điều 6 ${nd150} (văn bản gốc)`,
  deputies370: `Điều 6 ${nd150}, được sửa đổi, bổ sung bởi ${nd370}`,
  subordinateDeputies: `Khoản 2a Điều 2 ${nd150}, được bổ sung bởi ${nd370}`,
  // The commune level: Decree 150/2025 (01/07/2025), Resolution 332/NQ-CP (15/10/2025), Decree 370/2025.
  communeOrganisations150: `${nd150} (cơ quan chuyên môn thuộc Ủy ban nhân dân cấp xã; ${notMatched})`,
  communeOrganisationAverage370: `${nd150}, được sửa đổi, bổ sung bởi ${nd370} (số lượng cơ quan chuyên môn bình quân của cấp xã; ${notMatched})`,
  communeDeputies332: `Nghị quyết số 332/NQ-CP của Chính phủ, hiệu lực từ ngày 15/10/2025 (số lượng cấp phó của cơ quan chuyên môn cấp xã; ${notMatched})`,
  communeDeputies370: `Nghị quyết số 332/NQ-CP của Chính phủ; ${nd150}, được sửa đổi, bổ sung bởi ${nd370} (số lượng cấp phó của cơ quan chuyên môn cấp xã; ${notMatched})`,
  communeLevelStart: `${nd150} (cơ quan chuyên môn cấp xã từ ngày 01/07/2025); Luật Tổ chức chính quyền địa phương năm 2025`,
  twoTierLocalGovernment:
    "Luật Tổ chức chính quyền địa phương năm 2025 (chính quyền địa phương hai cấp từ ngày 01/07/2025)",
  jobPositionGroups: "Điều 5 Nghị định số 62/2020/NĐ-CP",
  rankStructure: "Điều 6 Nghị định số 62/2020/NĐ-CP; Thông tư số 13/2022/TT-BNV",
  leadershipPositions: "Nghị định số 62/2020/NĐ-CP (suy ra từ danh mục chức danh lãnh đạo được phê duyệt)",
  supportPositions: "Nghị định số 111/2022/NĐ-CP; Nghị định số 62/2020/NĐ-CP",
  placement: "Nghị định số 62/2020/NĐ-CP (bố trí công chức theo đề án vị trí việc làm)",
} as const;
