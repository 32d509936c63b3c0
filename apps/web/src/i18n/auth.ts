// Messages of signing in and out, the user menu and the roles, Vietnamese (the reference) and English
// side by side.
import type { DeepStrings } from "./catalogue.ts";

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

export const authEn: DeepStrings<typeof authVi> = {
  signIn: {
    title: "Sign in",
    intro: "Sign in with the account your Department of Home Affairs administrator gave you.",
    email: "Email",
    emailPlaceholder: "your.name@agency.gov.vn",
    emailRequired: "Enter the email address of your account.",
    emailInvalid: "This is not an email address (for example: officer@agency.gov.vn).",
    password: "Password",
    passwordRequired: "Enter your password.",
    submit: "Sign in",
    submitting: "Signing in…",
    noAccount:
      "No account, or forgot your password? Ask your Department of Home Affairs administrator to create or reset it.",
    expired:
      "Your session has expired. Sign in again to continue; the page you were on opens again afterwards.",
    signedOut: "You have signed out.",
    wrongCredentials:
      "Wrong email or password. Check them (mind upper and lower case and the Vietnamese keyboard) and sign in again.",
    rateLimited:
      "Too many failed sign-ins. Wait {{seconds}} seconds and try again; if you forgot your password, ask your administrator.",
    rateLimitedNoDelay:
      "Too many failed sign-ins. Wait about a minute and try again; if you forgot your password, ask your administrator.",
    unreachable:
      "The server cannot be reached. Check your (or your office's) network connection and try again.",
    serverError:
      "The server failed while signing you in. Please try again in a few minutes; if it persists, tell your administrator.",
  },
  session: {
    checking: "Checking your session…",
    unreachableTitle: "The server cannot be reached yet",
  },
  menu: {
    label: "Account: {{name}}",
    role: "Role",
    scope: "Scope",
    signOut: "Sign out",
    signOutFailed:
      "Not signed out: the server cannot be reached. Check your network and click Sign out again.",
  },
  role: {
    district_officer: "District HR officer",
    agency_officer: "Provincial department officer",
    provincial_reviewer: "Reviewer, Department of Home Affairs",
    viewer: "Viewer",
    admin: "System administrator",
  },
  scope: {
    district: "{{name}}",
    agency: "{{name}}",
    province: "All of {{name}}",
    none: "No province",
  },
  adminOnly: {
    title: "Administrator accounts do not see organisation data",
    description:
      "A system administrator account manages users only. To see or draft plans, sign in with a provincial officer's or reviewer's account.",
    toUsers: "Go to Users",
  },
};
