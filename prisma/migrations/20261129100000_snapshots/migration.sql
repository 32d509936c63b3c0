-- AlterTable: existing rows get a search key from their name (the application rewrites it on the next import).
ALTER TABLE "province" ADD COLUMN     "search_key" TEXT NOT NULL DEFAULT '';
UPDATE "province" SET "search_key" = lower("name");
ALTER TABLE "province" ALTER COLUMN "search_key" DROP DEFAULT;

-- CreateTable
CREATE TABLE "snapshot" (
    "id" UUID NOT NULL,
    "province_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "as_of" DATE NOT NULL,
    "province_name" TEXT NOT NULL,
    "province_class" TEXT NOT NULL,
    "merged_from" INTEGER NOT NULL,
    "agencies_complete" BOOLEAN NOT NULL,
    "rule_pack_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agency" (
    "id" UUID NOT NULL,
    "snapshot_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "search_key" TEXT NOT NULL,
    "payroll" INTEGER NOT NULL,
    "deputies" INTEGER NOT NULL,
    "office_functions_unit_key" TEXT,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit" (
    "id" UUID NOT NULL,
    "snapshot_id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "parent_id" UUID,
    "key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "search_key" TEXT NOT NULL,
    "payroll" INTEGER NOT NULL,
    "deputies" INTEGER NOT NULL,
    "specialised_scope" BOOLEAN,
    "delegated_authority" BOOLEAN,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "district" (
    "id" UUID NOT NULL,
    "snapshot_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "search_key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "island" BOOLEAN NOT NULL,
    "island_division_cap" INTEGER,
    "ethnic_population" INTEGER NOT NULL,
    "ethnic_qualifying_area" BOOLEAN NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "district_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "division" (
    "id" UUID NOT NULL,
    "snapshot_id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "search_key" TEXT NOT NULL,
    "functions" TEXT[],
    "payroll" INTEGER NOT NULL,
    "deputies" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "division_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "position" (
    "id" UUID NOT NULL,
    "snapshot_id" UUID NOT NULL,
    "agency_id" UUID,
    "unit_id" UUID,
    "division_id" UUID,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "rank" TEXT,
    "count" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_member" (
    "id" UUID NOT NULL,
    "snapshot_id" UUID NOT NULL,
    "agency_id" UUID,
    "unit_id" UUID,
    "division_id" UUID,
    "key" TEXT NOT NULL,
    "full_name" TEXT NOT NULL,
    "birth_date" DATE NOT NULL,
    "gender" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "rank" TEXT,
    "position_key" TEXT,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "staff_member_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "snapshot_province_id_name_key" ON "snapshot"("province_id", "name");

-- CreateIndex
CREATE INDEX "agency_snapshot_id_search_key_idx" ON "agency"("snapshot_id", "search_key");

-- CreateIndex
CREATE UNIQUE INDEX "agency_snapshot_id_key_key" ON "agency"("snapshot_id", "key");

-- CreateIndex
CREATE INDEX "unit_snapshot_id_search_key_idx" ON "unit"("snapshot_id", "search_key");

-- CreateIndex
CREATE UNIQUE INDEX "unit_snapshot_id_key_key" ON "unit"("snapshot_id", "key");

-- CreateIndex
CREATE INDEX "district_snapshot_id_search_key_idx" ON "district"("snapshot_id", "search_key");

-- CreateIndex
CREATE UNIQUE INDEX "district_snapshot_id_key_key" ON "district"("snapshot_id", "key");

-- CreateIndex
CREATE INDEX "division_snapshot_id_search_key_idx" ON "division"("snapshot_id", "search_key");

-- CreateIndex
CREATE UNIQUE INDEX "division_snapshot_id_key_key" ON "division"("snapshot_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "position_snapshot_id_key_key" ON "position"("snapshot_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "staff_member_snapshot_id_key_key" ON "staff_member"("snapshot_id", "key");

-- AddForeignKey
ALTER TABLE "snapshot" ADD CONSTRAINT "snapshot_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agency" ADD CONSTRAINT "agency_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "district" ADD CONSTRAINT "district_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "division" ADD CONSTRAINT "division_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "division" ADD CONSTRAINT "division_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position" ADD CONSTRAINT "position_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position" ADD CONSTRAINT "position_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position" ADD CONSTRAINT "position_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position" ADD CONSTRAINT "position_division_id_fkey" FOREIGN KEY ("division_id") REFERENCES "division"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_member" ADD CONSTRAINT "staff_member_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_member" ADD CONSTRAINT "staff_member_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_member" ADD CONSTRAINT "staff_member_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_member" ADD CONSTRAINT "staff_member_division_id_fkey" FOREIGN KEY ("division_id") REFERENCES "division"("id") ON DELETE CASCADE ON UPDATE CASCADE;


