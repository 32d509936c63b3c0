// @tinhgon/api — tRPC routers (thin), services, the error vocabulary. The web app imports only the
// AppRouter type from here.
export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createInnerContext, type Context, type HealthDependencies } from "./context.ts";
export { AppError, appErrorCodes, type AppErrorCode } from "./errors.ts";
