// English messages of i18n/charts.ts, in a module of their own so that English is loaded only when
// chosen (i18n/index.ts): Vietnamese users do not download it.
import type { DeepStrings } from "./catalogue.ts";
import type { chartsVi } from "./charts.ts";

export const chartsEn: DeepStrings<typeof chartsVi> = {
  downloadPng: "Download PNG",
  downloadPngOf: "Download PNG of the chart “{{title}}”",
  downloadFailed: "The chart could not be turned into an image. Try again, or take a screenshot instead.",
};
