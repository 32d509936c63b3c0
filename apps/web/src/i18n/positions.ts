// Messages of the positions area, Vietnamese (the reference) and English side by side.
import type { DeepStrings } from "./catalogue.ts";

export const positionsVi = {
  title: "Vị trí việc làm",
};

export const positionsEn: DeepStrings<typeof positionsVi> = {
  title: "Job positions",
};
