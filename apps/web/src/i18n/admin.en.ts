// English messages of i18n/admin.ts, in a module of their own so that English is loaded only when
// chosen (i18n/index.ts): Vietnamese users do not download it.
import type { DeepStrings } from "./catalogue.ts";
import type { adminVi } from "./admin.ts";

export const adminEn: DeepStrings<typeof adminVi> = {
  title: "Users",
  intro:
    "Accounts, roles and scopes. District officers need a district key, agency officers an agency key (the key in the data set, e.g. cat-hai, hp-so-noi-vu).",
  add: "Add a user",
  edit: "Edit",
  editOf: "Edit user {{name}}",
  empty: "No user yet.",
  col: {
    name: "Name",
    email: "Email",
    role: "Role",
    province: "Province",
    district: "District",
    agency: "Agency",
  },
  form: {
    createTitle: "Add a user",
    editTitle: "Edit user {{name}}",
    name: "Full name",
    nameRequired: "Enter the full name.",
    email: "Email (used to sign in)",
    emailInvalid: "This is not an email address (for example: officer@agency.gov.vn).",
    role: "Role",
    provinceCode: "Province code (e.g. 31 for Hải Phòng)",
    provinceRequired: "This role needs a province code.",
    districtKey: "District key (district officers)",
    districtRequired: "A district officer needs a district key, e.g. cat-hai.",
    agencyKey: "Agency key (agency officers)",
    agencyRequired: "An agency officer needs an agency key, e.g. hp-so-noi-vu.",
    password: "New password",
    passwordHelp:
      "At least {{min}} characters. When editing a user, it replaces the old password; tell the user through a safe channel.",
    passwordTooShort: "The password needs at least {{min}} characters ({{count}} so far).",
    save: "Save",
    cancel: "Cancel",
    created: "User {{email}} added.",
    updated: "User {{email}} updated.",
  },
};
