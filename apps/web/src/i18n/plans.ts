// Messages of the plans area, Vietnamese (the reference) and English side by side.
import type { DeepStrings } from "./catalogue.ts";

export const plansVi = {
  title: "Phương án",
};

export const plansEn: DeepStrings<typeof plansVi> = {
  title: "Plans",
};
