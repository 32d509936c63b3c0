import type { Catalogue } from "./catalogue.ts";

export const en: Catalogue = {
  app: {
    name: "Tinh Gọn",
    tagline: "Draft and review the restructuring of local government agencies and their staffing",
    description:
      "Tinh Gọn helps district HR officers draft how to re-arrange specialised agencies, deputy posts and job positions, and helps the provincial Department of Home Affairs review those plans: every plan is checked against the rules in force on its dates, and every finding cites its article and clause.",
    language: "Language",
  },
  health: {
    title: "System status",
    version: "Version",
    database: "Database",
    databaseReachable: "Connected ({{latency}} ms)",
    databaseUnreachable: "Unreachable",
    status: "Status",
    statusOk: "Operational",
    statusDegraded: "Degraded",
    rulePacks: "Legal rule packs",
    inForce: "from {{from}} to {{to}}",
    inForceOpen: "from {{from}}",
    loading: "Checking the system…",
  },
  errors: {
    DATABASE_UNAVAILABLE:
      "The database cannot be reached. Please try again in a few minutes or tell your administrator.",
    INPUT_INVALID: "Some input is not valid. Please check the highlighted fields.",
    NOT_FOUND: "The requested data was not found.",
    INTERNAL: "The server hit an error. Please try again; if it persists, tell your administrator.",
    NETWORK: "The server cannot be reached. Check your network connection and try again.",
    retry: "Try again",
  },
};
