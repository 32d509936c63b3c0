// Messages of the users page (administrators). Vietnamese, the reference; the English is in admin.en.ts
// (loaded only when chosen).

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
