// @tinhgon/api — tRPC routers (thin), services, the error vocabulary. The web app imports only the
// AppRouter type (and AppErrorCode) from here.
export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createInnerContext, type Context } from "./context.ts";
export { AppError, appErrorCodes, type AppErrorCode } from "./errors.ts";
