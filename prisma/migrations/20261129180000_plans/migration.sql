-- CreateTable
CREATE TABLE "plan" (
    "id" UUID NOT NULL,
    "province_id" UUID NOT NULL,
    "district_key" TEXT,
    "title" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "document" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "plan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "plan_province_id_idx" ON "plan"("province_id");

-- AddForeignKey
ALTER TABLE "plan" ADD CONSTRAINT "plan_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

