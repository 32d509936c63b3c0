-- tinhgon.snapshot/2 and tinhgon.plan/2 (docs/adr/0036-snapshot-format-2.md): the commune level in tables of
-- its own, communes_complete, reorganised_on dates, positions and staff held by commune organisations.
-- No CHECK constraints (ADR 0018).

-- AlterTable
ALTER TABLE "agency" ADD COLUMN     "reorganised_on" DATE;

-- AlterTable
ALTER TABLE "division" ADD COLUMN     "reorganised_on" DATE;

-- AlterTable
ALTER TABLE "position" ADD COLUMN     "commune_organisation_id" UUID;

-- AlterTable
ALTER TABLE "snapshot" ADD COLUMN     "communes_complete" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "staff_member" ADD COLUMN     "commune_organisation_id" UUID;

-- AlterTable
ALTER TABLE "unit" ADD COLUMN     "reorganised_on" DATE;

-- CreateTable
CREATE TABLE "commune" (
    "id" UUID NOT NULL,
    "snapshot_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "search_key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "urban_economy" BOOLEAN NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "commune_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commune_organisation" (
    "id" UUID NOT NULL,
    "snapshot_id" UUID NOT NULL,
    "commune_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "search_key" TEXT NOT NULL,
    "functions" TEXT[],
    "payroll" INTEGER NOT NULL,
    "deputies" INTEGER NOT NULL,
    "reorganised_on" DATE,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "commune_organisation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "commune_snapshot_id_search_key_idx" ON "commune"("snapshot_id", "search_key");

-- CreateIndex
CREATE UNIQUE INDEX "commune_snapshot_id_key_key" ON "commune"("snapshot_id", "key");

-- CreateIndex
CREATE INDEX "commune_organisation_snapshot_id_search_key_idx" ON "commune_organisation"("snapshot_id", "search_key");

-- CreateIndex
CREATE UNIQUE INDEX "commune_organisation_snapshot_id_key_key" ON "commune_organisation"("snapshot_id", "key");

-- AddForeignKey
ALTER TABLE "commune" ADD CONSTRAINT "commune_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commune_organisation" ADD CONSTRAINT "commune_organisation_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commune_organisation" ADD CONSTRAINT "commune_organisation_commune_id_fkey" FOREIGN KEY ("commune_id") REFERENCES "commune"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position" ADD CONSTRAINT "position_commune_organisation_id_fkey" FOREIGN KEY ("commune_organisation_id") REFERENCES "commune_organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_member" ADD CONSTRAINT "staff_member_commune_organisation_id_fkey" FOREIGN KEY ("commune_organisation_id") REFERENCES "commune_organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: stored plan documents and the copies kept by review rounds become tinhgon.plan/2 with a
-- tinhgon.snapshot/2 baseline. /2 is /1 plus optional fields only, so changing the two format strings is
-- the whole migration (the domain's upgrade does the same, packages/domain/src/snapshot/migrate-snapshot.ts).
-- The plan's version is not bumped: the content is unchanged and an editor's open version stays valid.
-- Audit events are hash-chained and append-only: never rewritten, read as they are.
UPDATE "plan"
SET "document" = jsonb_set(jsonb_set("document", '{format}', '"tinhgon.plan/2"'), '{baseline,format}', '"tinhgon.snapshot/2"')
WHERE "document"->>'format' = 'tinhgon.plan/1' AND "document"->'baseline'->>'format' = 'tinhgon.snapshot/1';

UPDATE "plan_round"
SET "document" = jsonb_set(jsonb_set("document", '{format}', '"tinhgon.plan/2"'), '{baseline,format}', '"tinhgon.snapshot/2"')
WHERE "document"->>'format' = 'tinhgon.plan/1' AND "document"->'baseline'->>'format' = 'tinhgon.snapshot/1';
