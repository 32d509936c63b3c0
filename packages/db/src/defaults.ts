/** Port of the embedded PostgreSQL that `npm start` runs when DATABASE_URL is not set. */
export const DEFAULT_EMBEDDED_PORT = 54320;
export const DEFAULT_EMBEDDED_USER = "postgres";
export const DEFAULT_EMBEDDED_PASSWORD = "tinhgon";
export const DEFAULT_EMBEDDED_DATABASE = "tinhgon";
/** The URL of the embedded database, used by the Prisma CLI when DATABASE_URL is not set. */
export const DEFAULT_EMBEDDED_DATABASE_URL = `postgresql://${DEFAULT_EMBEDDED_USER}:${DEFAULT_EMBEDDED_PASSWORD}@127.0.0.1:${DEFAULT_EMBEDDED_PORT}/${DEFAULT_EMBEDDED_DATABASE}`;
