// English messages of i18n/auth.ts, in a module of their own so that English is loaded only when
// chosen (i18n/index.ts): Vietnamese users do not download it.
import type { DeepStrings } from "./catalogue.ts";
import type { authVi } from "./auth.ts";

export const authEn: DeepStrings<typeof authVi> = {
  signIn: {
    title: "Sign in",
    intro: "Sign in with the account your Department of Home Affairs administrator gave you.",
    email: "Email",
    emailPlaceholder: "your.name@agency.gov.vn",
    emailRequired: "Enter the email address of your account.",
    emailInvalid: "This is not an email address (for example: officer@agency.gov.vn).",
    password: "Password",
    passwordRequired: "Enter your password.",
    submit: "Sign in",
    submitting: "Signing in…",
    noAccount:
      "No account, or forgot your password? Ask your Department of Home Affairs administrator to create or reset it.",
    expired:
      "Your session has expired. Sign in again to continue; the page you were on opens again afterwards.",
    signedOut: "You have signed out.",
    wrongCredentials:
      "Wrong email or password. Check them (mind upper and lower case and the Vietnamese keyboard) and sign in again.",
    rateLimited:
      "Too many failed sign-ins. Wait {{seconds}} seconds and try again; if you forgot your password, ask your administrator.",
    rateLimitedNoDelay:
      "Too many failed sign-ins. Wait about a minute and try again; if you forgot your password, ask your administrator.",
    unreachable:
      "The server cannot be reached. Check your (or your office's) network connection and try again.",
    serverError:
      "The server failed while signing you in. Please try again in a few minutes; if it persists, tell your administrator.",
  },
  session: {
    checking: "Checking your session…",
    unreachableTitle: "The server cannot be reached yet",
  },
  menu: {
    label: "Account: {{name}}",
    role: "Role",
    scope: "Scope",
    signOut: "Sign out",
    signOutFailed:
      "Not signed out: the server cannot be reached. Check your network and click Sign out again.",
  },
  role: {
    district_officer: "District HR officer",
    agency_officer: "Provincial department officer",
    provincial_reviewer: "Reviewer, Department of Home Affairs",
    viewer: "Viewer",
    admin: "System administrator",
  },
  scope: {
    district: "{{name}}",
    agency: "{{name}}",
    province: "All of {{name}}",
    none: "No province",
  },
  adminOnly: {
    title: "Administrator accounts do not see organisation data",
    description:
      "A system administrator account manages users only. To see or draft plans, sign in with a provincial officer's or reviewer's account.",
    toUsers: "Go to Users",
  },
};
