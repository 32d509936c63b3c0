// Vietnamese citations of the instruments, written once. Clause numbers that legal-rules.md marks as
// inferred (Art.5/Art.6 of the amended 24/2014) follow the structure of Decree 45/2025 Art.5.
const nd24 = "Nghị định số 24/2014/NĐ-CP";
const nd37 = "Nghị định số 37/2014/NĐ-CP";
const nd107 = "Nghị định số 107/2020/NĐ-CP";
const nd108 = "Nghị định số 108/2020/NĐ-CP";

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
  jobPositionGroups: "Điều 5 Nghị định số 62/2020/NĐ-CP",
  rankStructure: "Điều 6 Nghị định số 62/2020/NĐ-CP; Thông tư số 13/2022/TT-BNV",
  leadershipPositions: "Nghị định số 62/2020/NĐ-CP (suy ra từ danh mục chức danh lãnh đạo được phê duyệt)",
  supportPositions: "Nghị định số 111/2022/NĐ-CP; Nghị định số 62/2020/NĐ-CP",
  placement: "Nghị định số 62/2020/NĐ-CP (bố trí công chức theo đề án vị trí việc làm)",
} as const;
