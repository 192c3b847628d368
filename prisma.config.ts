// Prisma CLI configuration. The URL is only needed by `prisma migrate deploy` on machines that
// can run Prisma's native engine; the portal itself applies migrations with scripts/migrate.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
