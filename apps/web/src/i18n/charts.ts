// Messages shared by every chart (frame, download). Vietnamese, the reference; the English is in charts.en.ts
// (loaded only when chosen).

export const chartsVi = {
  downloadPng: "Tải ảnh PNG",
  downloadPngOf: "Tải ảnh PNG của biểu đồ “{{title}}”",
  downloadFailed: "Không tạo được ảnh của biểu đồ. Hãy thử lại, hoặc chụp màn hình thay thế.",
};
