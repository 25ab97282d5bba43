-- AlterTable
ALTER TABLE "Pledge" ADD COLUMN     "proofFileId" INTEGER,
ADD COLUMN     "receiptNumber" VARCHAR(20);

-- AlterTable
ALTER TABLE "CampaignUpdate" ADD COLUMN     "photoFileId" INTEGER;

-- AlterTable
ALTER TABLE "Broadcast" ADD COLUMN     "attachments" JSONB;

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" SERIAL NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "mimeType" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "fileName" VARCHAR(200) NOT NULL,
    "bytes" BYTEA NOT NULL,
    "thumbnail" BYTEA,
    "width" INTEGER,
    "height" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_sha256_key" ON "StoredFile"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_receiptNumber_key" ON "Pledge"("receiptNumber");

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_proofFileId_fkey" FOREIGN KEY ("proofFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignUpdate" ADD CONSTRAINT "CampaignUpdate_photoFileId_fkey" FOREIGN KEY ("photoFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The 10 MB limit, and a size that tells the truth, whatever writes the row.
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_size_limit" CHECK ("size" = octet_length("bytes") AND "size" <= 10485760);
