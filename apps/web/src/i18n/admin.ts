// Messages of the users page (administrators), Vietnamese (the reference) and English side by side.
import type { DeepStrings } from "./catalogue.ts";

export const adminVi = {
  title: "Người dùng",
  intro:
    "Tài khoản, vai trò và phạm vi của người dùng. Cán bộ cấp huyện cần mã huyện, cán bộ sở cần mã sở (mã trong bộ số liệu, ví dụ cat-hai, hp-so-noi-vu).",
  add: "Thêm người dùng",
  edit: "Sửa",
  editOf: "Sửa người dùng {{name}}",
  empty: "Chưa có người dùng nào.",
  col: {
    name: "Họ và tên",
    email: "Thư điện tử",
    role: "Vai trò",
    province: "Mã tỉnh",
    district: "Mã huyện",
    agency: "Mã sở",
  },
  form: {
    createTitle: "Thêm người dùng",
    editTitle: "Sửa người dùng {{name}}",
    name: "Họ và tên",
    nameRequired: "Nhập họ và tên.",
    email: "Thư điện tử (dùng để đăng nhập)",
    emailInvalid: "Địa chỉ thư điện tử chưa đúng dạng (ví dụ: canbo@donvi.gov.vn).",
    role: "Vai trò",
    provinceCode: "Mã tỉnh (ví dụ 31 cho Hải Phòng)",
    provinceRequired: "Vai trò này cần mã tỉnh.",
    districtKey: "Mã huyện (cán bộ cấp huyện)",
    districtRequired: "Cán bộ cấp huyện cần mã huyện, ví dụ cat-hai.",
    agencyKey: "Mã sở (cán bộ sở, ngành)",
    agencyRequired: "Cán bộ sở cần mã sở, ví dụ hp-so-noi-vu.",
    password: "Mật khẩu mới",
    passwordHelp:
      "Ít nhất {{min}} ký tự. Khi sửa người dùng, mật khẩu này thay mật khẩu cũ; báo cho người dùng qua kênh an toàn.",
    passwordTooShort: "Mật khẩu cần ít nhất {{min}} ký tự (đã nhập {{count}}).",
    save: "Lưu",
    cancel: "Hủy",
    created: "Đã thêm người dùng {{email}}.",
    updated: "Đã cập nhật người dùng {{email}}.",
  },
};

export const adminEn: DeepStrings<typeof adminVi> = {
  title: "Users",
  intro:
    "Accounts, roles and scopes. District officers need a district key, agency officers an agency key (the key in the data set, e.g. cat-hai, hp-so-noi-vu).",
  add: "Add a user",
  edit: "Edit",
  editOf: "Edit user {{name}}",
  empty: "No user yet.",
  col: {
    name: "Name",
    email: "Email",
    role: "Role",
    province: "Province",
    district: "District",
    agency: "Agency",
  },
  form: {
    createTitle: "Add a user",
    editTitle: "Edit user {{name}}",
    name: "Full name",
    nameRequired: "Enter the full name.",
    email: "Email (used to sign in)",
    emailInvalid: "This is not an email address (for example: officer@agency.gov.vn).",
    role: "Role",
    provinceCode: "Province code (e.g. 31 for Hải Phòng)",
    provinceRequired: "This role needs a province code.",
    districtKey: "District key (district officers)",
    districtRequired: "A district officer needs a district key, e.g. cat-hai.",
    agencyKey: "Agency key (agency officers)",
    agencyRequired: "An agency officer needs an agency key, e.g. hp-so-noi-vu.",
    password: "New password",
    passwordHelp:
      "At least {{min}} characters. When editing a user, it replaces the old password; tell the user through a safe channel.",
    passwordTooShort: "The password needs at least {{min}} characters ({{count}} so far).",
    save: "Save",
    cancel: "Cancel",
    created: "User {{email}} added.",
    updated: "User {{email}} updated.",
  },
};
