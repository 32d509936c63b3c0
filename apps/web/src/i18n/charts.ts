// Messages of the charts area, Vietnamese (the reference) and English side by side.
import type { DeepStrings } from "./catalogue.ts";

export const chartsVi = {
  downloadPng: "Tải ảnh PNG",
};

export const chartsEn: DeepStrings<typeof chartsVi> = {
  downloadPng: "Download PNG",
};
