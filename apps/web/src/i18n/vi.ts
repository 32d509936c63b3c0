// Vietnamese catalogue: the reference language. en.ts must have exactly the same keys (tested).
export const vi = {
  app: {
    name: "Tinh Gọn",
    tagline: "Lập và thẩm định phương án sắp xếp tổ chức, biên chế của chính quyền địa phương",
    description:
      "Tinh Gọn giúp cán bộ Phòng Nội vụ lập phương án sắp xếp các cơ quan chuyên môn, cấp phó và vị trí việc làm, và giúp Sở Nội vụ thẩm định phương án: mỗi phương án được đối chiếu với các quy định có hiệu lực vào ngày của nó, mỗi kết luận đều dẫn điều, khoản.",
    language: "Ngôn ngữ",
  },
  health: {
    title: "Trạng thái hệ thống",
    version: "Phiên bản",
    database: "Cơ sở dữ liệu",
    databaseReachable: "Kết nối tốt ({{latency}} ms)",
    databaseUnreachable: "Không kết nối được",
    status: "Tình trạng",
    statusOk: "Hoạt động bình thường",
    statusDegraded: "Hoạt động hạn chế",
    rulePacks: "Bộ quy tắc pháp lý",
    inForce: "từ {{from}} đến {{to}}",
    inForceOpen: "từ {{from}}",
    loading: "Đang kiểm tra hệ thống…",
  },
  errors: {
    DATABASE_UNAVAILABLE:
      "Không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút hoặc báo quản trị viên.",
    INPUT_INVALID: "Dữ liệu nhập chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.",
    NOT_FOUND: "Không tìm thấy dữ liệu yêu cầu.",
    INTERNAL: "Đã xảy ra lỗi ở máy chủ. Vui lòng thử lại; nếu vẫn lỗi, báo quản trị viên.",
    NETWORK: "Không liên lạc được với máy chủ. Kiểm tra kết nối mạng rồi thử lại.",
    retry: "Thử lại",
  },
};
