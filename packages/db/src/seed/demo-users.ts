// The demo users of the seeded Hải Phòng data (issue 7): one per role, scoped to the demo province,
// Huyện Cát Hải and Huyện An Dương. Created only outside production; their password is DEMO_PASSWORD or
// a random one printed by `npm start`.
import type { NewUser } from "../user.repository.ts";

export type DemoUser = Omit<NewUser, "passwordHash">;

export const demoUsers: readonly DemoUser[] = [
  {
    email: "canbo.cathai@tinhgon.local",
    name: "Cán bộ Phòng Nội vụ Cát Hải",
    role: "district_officer",
    provinceCode: "31",
    districtKey: "cat-hai",
    agencyKey: null,
  },
  {
    email: "canbo.anduong@tinhgon.local",
    name: "Cán bộ Phòng Nội vụ An Dương",
    role: "district_officer",
    provinceCode: "31",
    districtKey: "an-duong",
    agencyKey: null,
  },
  {
    email: "thamdinh@tinhgon.local",
    name: "Chuyên viên thẩm định Sở Nội vụ Hải Phòng",
    role: "provincial_reviewer",
    provinceCode: "31",
    districtKey: null,
    agencyKey: null,
  },
  {
    email: "xem@tinhgon.local",
    name: "Người xem",
    role: "viewer",
    provinceCode: "31",
    districtKey: null,
    agencyKey: null,
  },
  {
    email: "admin@tinhgon.local",
    name: "Quản trị hệ thống",
    role: "admin",
    provinceCode: null,
    districtKey: null,
    agencyKey: null,
  },
];
