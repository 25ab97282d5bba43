-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "unreachableAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "PreregisteredPhone" (
    "phone" TEXT NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "linkedMemberId" INTEGER,
    "linkedAt" TIMESTAMP(3),

    CONSTRAINT "PreregisteredPhone_pkey" PRIMARY KEY ("phone")
);

-- CreateIndex
CREATE INDEX "PreregisteredPhone_organizationId_idx" ON "PreregisteredPhone"("organizationId");

-- AddForeignKey
ALTER TABLE "PreregisteredPhone" ADD CONSTRAINT "PreregisteredPhone_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

