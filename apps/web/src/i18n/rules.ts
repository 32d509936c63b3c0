// Messages of the rules area, Vietnamese (the reference) and English side by side.
import type { DeepStrings } from "./catalogue.ts";

export const rulesVi = {
  title: "Quy định",
};

export const rulesEn: DeepStrings<typeof rulesVi> = {
  title: "Rules",
};
