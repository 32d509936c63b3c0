// @tinhgon/api — tRPC routers (thin), services, the error vocabulary. The web app imports only the
// AppRouter type (and AppErrorCode) from here.
export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { auditMeta, createInnerContext, type Context } from "./context.ts";
export {
  createPlanReportCache,
  type PlanReportCache,
  type PlanReportCacheOptions,
} from "./services/plan-report.cache.ts";
export { AppError, appErrorCodes, type AppErrorCode } from "./errors.ts";
export {
  procedurePermissions,
  permissionOf,
  isAllowed,
  type Policy,
  type ProcedurePath,
} from "./permissions.ts";
