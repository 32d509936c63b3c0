// Messages shared by every chart (frame, download), Vietnamese (the reference) and English side by side.
import type { DeepStrings } from "./catalogue.ts";

export const chartsVi = {
  downloadPng: "Tải ảnh PNG",
  downloadPngOf: "Tải ảnh PNG của biểu đồ “{{title}}”",
  downloadFailed: "Không tạo được ảnh của biểu đồ. Hãy thử lại, hoặc chụp màn hình thay thế.",
};

export const chartsEn: DeepStrings<typeof chartsVi> = {
  downloadPng: "Download PNG",
  downloadPngOf: "Download PNG of the chart “{{title}}”",
  downloadFailed: "The chart could not be turned into an image. Try again, or take a screenshot instead.",
};
