// Messages of signing in and out, the user menu and the roles. Vietnamese, the reference; the English is in
// auth.en.ts (loaded only when chosen).

export const authVi = {
  signIn: {
    title: "Đăng nhập",
    intro: "Đăng nhập bằng tài khoản do quản trị viên của Sở Nội vụ cấp.",
    email: "Thư điện tử",
    emailPlaceholder: "ten.ban@donvi.gov.vn",
    emailRequired: "Nhập địa chỉ thư điện tử của tài khoản.",
    emailInvalid: "Địa chỉ thư điện tử chưa đúng dạng (ví dụ: canbo@donvi.gov.vn).",
    password: "Mật khẩu",
    passwordRequired: "Nhập mật khẩu.",
    submit: "Đăng nhập",
    submitting: "Đang đăng nhập…",
    noAccount:
      "Chưa có tài khoản hoặc quên mật khẩu? Liên hệ quản trị viên của Sở Nội vụ để được cấp hoặc đặt lại.",
    expired:
      "Phiên làm việc đã hết hạn. Đăng nhập lại để tiếp tục; trang bạn đang xem sẽ mở lại sau khi đăng nhập.",
    signedOut: "Bạn đã đăng xuất.",
    wrongCredentials:
      "Thư điện tử hoặc mật khẩu không đúng. Kiểm tra lại (chú ý chữ hoa, chữ thường và bộ gõ tiếng Việt) rồi đăng nhập lại.",
    rateLimited:
      "Đăng nhập sai quá nhiều lần. Vui lòng chờ {{seconds}} giây rồi thử lại; nếu quên mật khẩu, liên hệ quản trị viên.",
    rateLimitedNoDelay:
      "Đăng nhập sai quá nhiều lần. Vui lòng chờ khoảng một phút rồi thử lại; nếu quên mật khẩu, liên hệ quản trị viên.",
    unreachable:
      "Không liên lạc được với máy chủ. Kiểm tra kết nối mạng (hoặc mạng nội bộ của cơ quan) rồi thử lại.",
    serverError:
      "Máy chủ gặp lỗi khi đăng nhập. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, báo quản trị viên.",
  },
  session: {
    checking: "Đang kiểm tra phiên đăng nhập…",
    unreachableTitle: "Chưa kết nối được với máy chủ",
  },
  menu: {
    label: "Tài khoản: {{name}}",
    role: "Vai trò",
    scope: "Phạm vi",
    signOut: "Đăng xuất",
    signOutFailed:
      "Chưa đăng xuất được vì không liên lạc được máy chủ. Kiểm tra kết nối mạng rồi bấm Đăng xuất lại.",
  },
  role: {
    district_officer: "Cán bộ Phòng Nội vụ cấp huyện",
    agency_officer: "Cán bộ sở, ngành",
    provincial_reviewer: "Chuyên viên thẩm định, Sở Nội vụ",
    viewer: "Người xem",
    admin: "Quản trị hệ thống",
  },
  scope: {
    district: "{{name}}",
    agency: "{{name}}",
    province: "Toàn tỉnh {{name}}",
    none: "Không gắn với tỉnh nào",
  },
  adminOnly: {
    title: "Tài khoản quản trị không xem số liệu tổ chức",
    description:
      "Tài khoản quản trị hệ thống chỉ quản lý người dùng. Để xem hay lập phương án, hãy đăng nhập bằng tài khoản cán bộ hoặc chuyên viên của tỉnh.",
    toUsers: "Đến trang Người dùng",
  },
};
