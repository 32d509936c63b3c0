// Messages of the organisation area, Vietnamese (the reference) and English side by side.
import type { DeepStrings } from "./catalogue.ts";

export const organisationVi = {
  title: "Sơ đồ tổ chức",
};

export const organisationEn: DeepStrings<typeof organisationVi> = {
  title: "Organisation chart",
};
