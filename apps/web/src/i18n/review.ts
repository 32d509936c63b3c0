// Messages of the review workflow (Thẩm định): status, actions, return and approval, comments, what changed
// since the last round, the rounds and the audit trail. Vietnamese, the reference; the English is in
// review.en.ts (loaded only when chosen).

export const reviewVi = {
  title: "Thẩm định",
  status: "Trạng thái",
  version: "phiên bản {{version}}",
  revisionOf: "Phiên bản điều chỉnh của một phương án đã phê duyệt.",
  openOriginal: "Mở phương án gốc",
  loading: "Đang tải tình trạng thẩm định…",
  notice: {
    submitted:
      "Phương án đã trình, đang chờ thẩm định — không sửa được. Nếu Sở Nội vụ trả lại, bạn sẽ sửa được và trình lại.",
    in_review:
      "Phương án đang được thẩm định — không sửa được cho đến khi có kết quả. Bạn vẫn góp ý được ở mục Thẩm định.",
    approved:
      "Phương án đã được phê duyệt nên không sửa được nữa. Muốn điều chỉnh, chọn “Tạo phiên bản điều chỉnh”.",
    withdrawn:
      "Phương án đã rút nên không sửa được. Bạn có thể xóa nó ở danh sách phương án, hoặc tạo phương án mới.",
    returned:
      "Sở Nội vụ đã trả lại phương án để chỉnh sửa. Xem góp ý ở mục Thẩm định, sửa rồi chọn “Trình thẩm định” lại.",
    reviewer:
      "Chế độ thẩm định: bạn xem, góp ý, trả lại hoặc phê duyệt; chỉ đơn vị lập phương án mới sửa được nội dung.",
    readOnly:
      "Bạn đang xem phương án ở chế độ chỉ đọc: chỉ cán bộ của đơn vị lập phương án mới sửa được nội dung.",
  },
  action: {
    submit: "Trình thẩm định",
    resubmit: "Trình thẩm định lại",
    withdraw: "Rút phương án",
    startReview: "Bắt đầu thẩm định",
    return: "Trả lại",
    approve: "Phê duyệt",
    revise: "Tạo phiên bản điều chỉnh",
  },
  confirm: {
    submit:
      "Trình phương án để Sở Nội vụ thẩm định? Sau khi trình, phương án bị khóa, không sửa được cho đến khi có kết quả.",
    withdraw:
      "Rút phương án “{{title}}”? Phương án đã rút không trình lại được; muốn trình, phải tạo phương án mới.",
    startReview:
      "Bắt đầu thẩm định phương án này? Đơn vị lập phương án sẽ thấy phương án đang được thẩm định.",
    revise:
      "Tạo một bản nháp mới từ phương án đã phê duyệt để điều chỉnh? Phương án đã phê duyệt được giữ nguyên.",
    ok: "Đồng ý",
    cancel: "Hủy",
  },
  done: {
    submit: "Đã trình phương án. Sở Nội vụ sẽ thẩm định.",
    withdraw: "Đã rút phương án.",
    startReview: "Đã bắt đầu thẩm định.",
    return: "Đã trả lại phương án kèm lý do.",
    approve: "Đã phê duyệt phương án.",
    revise: "Đã tạo phiên bản điều chỉnh. Bạn đang ở bản nháp mới.",
    comment: "Đã gửi góp ý.",
  },
  failed: "Chưa thực hiện được: {{reason}}",
  fourEyes:
    "Bạn đã trình vòng này nên không tự trả lại hay phê duyệt được: một chuyên viên khác của Sở Nội vụ thẩm định.",
  rulePacksChanged:
    "Quy định áp dụng đã thay đổi kể từ khi trình ({{packs}}): không phê duyệt được; hãy trả lại để đơn vị kiểm tra và trình lại.",
  returnModal: {
    title: "Trả lại phương án để chỉnh sửa",
    reason: "Lý do trả lại (đơn vị lập phương án sẽ thấy)",
    reasonHelp: "Nêu rõ cần sửa gì để phương án được phê duyệt; ít nhất {{min}} ký tự.",
    reasonTooShort: "Lý do cần ít nhất {{min}} ký tự (đã nhập {{count}}).",
    submit: "Trả lại",
  },
  approveModal: {
    title: "Phê duyệt phương án",
    noViolations:
      "Phương án không còn vi phạm quy định nào. Phê duyệt phương án “{{title}}”? Sau khi phê duyệt, phương án không sửa được nữa.",
    violations:
      "Phương án còn {{count}} vi phạm. Muốn phê duyệt, ghi lý do chấp thuận cho từng vi phạm (ít nhất {{min}} ký tự mỗi lý do); nếu không, hãy trả lại để đơn vị chỉnh sửa.",
    reason: "Lý do chấp thuận vi phạm {{ruleId}}",
    reasonTooShort: "Lý do chấp thuận cần ít nhất {{min}} ký tự (đã nhập {{count}}).",
    submit: "Phê duyệt",
  },
  violations: {
    title: "Vi phạm cần giải trình khi phê duyệt ({{count}})",
    none: "Phương án không còn vi phạm quy định nào.",
  },
  changes: {
    title: "Những thay đổi kể từ vòng trước (vòng {{from}} → vòng {{to}})",
    titleCurrent: "Những thay đổi kể từ lần trình gần nhất (vòng {{from}})",
    identical: "Không có thay đổi nào so với lần trình trước.",
    titleChanged: "Tên phương án đã đổi.",
    baselineChanged: "Số liệu hiện trạng (bộ số liệu gốc) đã thay đổi.",
    phaseAdded: "Thêm giai đoạn “{{name}}” (hiệu lực {{date}})",
    phaseRemoved: "Bỏ giai đoạn “{{name}}”",
    phaseChanged: "Giai đoạn “{{name}}” thay đổi",
    renamed: "đổi tên từ “{{previous}}”",
    redated: "đổi ngày hiệu lực từ {{previous}} thành {{date}}",
    operationAdded: "Thêm: {{text}}",
    operationRemoved: "Bỏ: {{text}}",
    findingsIntroduced: "Kết luận mới phát sinh ({{count}})",
    findingsResolved: "Kết luận đã được khắc phục ({{count}})",
    noFindingChange: "Kết quả đối chiếu quy định (sau giai đoạn cuối) không thay đổi.",
  },
  comments: {
    title: "Góp ý ({{count}})",
    empty: "Chưa có góp ý nào.",
    add: "Viết góp ý",
    onOperation: "Góp ý",
    onOperationLabel: "Góp ý về thao tác {{number}}",
    onFinding: "Góp ý",
    round: "Vòng {{round}}",
    beforeSubmission: "Trước khi trình",
    modalTitle: "Góp ý về phương án",
    target: "Góp ý về",
    body: "Nội dung góp ý",
    bodyHelp: "Nêu cụ thể điều cần xem lại; người lập phương án và chuyên viên thẩm định đều thấy.",
    send: "Gửi góp ý",
    targetPlan: "Cả phương án",
    targetPhase: "Giai đoạn “{{name}}”",
    targetOperation: "Thao tác “{{text}}” (giai đoạn “{{phase}}”)",
    targetFinding: "Kết luận {{ruleId}}",
    targetMissingPhase: "Giai đoạn số {{number}} (không còn trong phương án)",
    targetMissingOperation: "Thao tác số {{number}} của giai đoạn “{{phase}}” (không còn trong phương án)",
    groupPlan: "Phương án",
    groupPhases: "Giai đoạn",
    groupOperations: "Thao tác",
    groupFindings: "Vi phạm",
  },
  rounds: {
    title: "Các vòng thẩm định ({{count}})",
    empty: "Phương án chưa được trình lần nào.",
    round: "Vòng",
    planVersion: "Phiên bản trình",
    submitted: "Trình ngày",
    submittedBy: "Người trình",
    decision: "Kết quả",
    decided: "Ngày quyết định",
    reason: "Lý do",
    rulePacks: "Bộ quy tắc",
    pending: "Đang chờ",
    returned: "Trả lại",
    approved: "Phê duyệt",
    withdrawn: "Đã rút",
    overrides: "Chấp thuận {{count}} vi phạm",
  },
  audit: {
    title: "Nhật ký thay đổi",
    intro:
      "Mọi thay đổi của phương án: ai, lúc nào, trước và sau. Nhật ký được nối chuỗi bằng mã băm nên không sửa được.",
    loading: "Đang tải nhật ký…",
    empty: "Chưa có sự kiện nào.",
    export: "Xuất nhật ký (JSON)",
    seq: "#",
    at: "Thời điểm",
    actor: "Người thực hiện",
    action: "Thao tác",
    change: "Thay đổi",
    versionChange: "Phiên bản {{before}} → {{after}}",
    statusChange: "{{before}} → {{after}}",
    created: "Tạo mới",
    unknownActor: "Hệ thống",
    actions: {
      plan_create: "Tạo phương án",
      plan_import: "Nhập phương án từ tệp",
      plan_edit: "Sửa phương án",
      plan_addOperation: "Thêm thao tác",
      plan_removeOperation: "Bỏ thao tác",
      plan_moveOperation: "Đổi thứ tự thao tác",
      plan_updatePhase: "Sửa giai đoạn",
      plan_addPhase: "Thêm giai đoạn",
      plan_removePhase: "Xóa giai đoạn",
      plan_delete: "Xóa phương án",
      review_submit: "Trình thẩm định",
      review_withdraw: "Rút phương án",
      review_startReview: "Bắt đầu thẩm định",
      review_return: "Trả lại",
      review_approve: "Phê duyệt",
      review_comment: "Góp ý",
      review_revise: "Tạo phiên bản điều chỉnh",
    },
  },
  forbidden: {
    title: "Bạn không có quyền xem phương án này",
    description:
      "Phương án này thuộc đơn vị khác. Mỗi cán bộ chỉ xem được phương án của đơn vị mình; nếu cần xem, đề nghị Sở Nội vụ cấp quyền.",
  },
  notFound: {
    title: "Không tìm thấy phương án này",
    description: "Có thể phương án đã bị xóa, hoặc đường dẫn chưa đúng. Hãy mở lại từ danh sách phương án.",
  },
  backToList: "Về danh sách phương án",
};
