-- CreateEnum
CREATE TYPE "JoinRequestStatus" AS ENUM ('pending', 'approved', 'declined', 'withdrawn');

-- AlterEnum
ALTER TYPE "BroadcastAudience" ADD VALUE 'organization';

-- AlterEnum
ALTER TYPE "ScheduleKind" ADD VALUE 'closing';

-- AlterTable
ALTER TABLE "Organization" ALTER COLUMN "name" SET DATA TYPE VARCHAR(120),
ALTER COLUMN "nameKey" SET DATA TYPE VARCHAR(120),
ALTER COLUMN "city" SET DATA TYPE VARCHAR(80),
ALTER COLUMN "sector" SET DATA TYPE VARCHAR(80);

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "localeChosen" BOOLEAN NOT NULL DEFAULT false,
ALTER COLUMN "userId" SET DATA TYPE VARCHAR(128),
ALTER COLUMN "displayName" SET DATA TYPE VARCHAR(256),
ALTER COLUMN "contactName" SET DATA TYPE VARCHAR(120);
-- A language set before this migration was picked with /lang.
UPDATE "Member" SET "localeChosen" = true WHERE "locale" IS NOT NULL;

-- AlterTable
ALTER TABLE "StaffGrant" DROP CONSTRAINT "StaffGrant_pkey",
ALTER COLUMN "identity" SET DATA TYPE VARCHAR(100),
ALTER COLUMN "grantedBy" SET DATA TYPE VARCHAR(100),
ADD CONSTRAINT "StaffGrant_pkey" PRIMARY KEY ("identity");

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "bankAccount" VARCHAR(40),
ADD COLUMN     "bankHolder" VARCHAR(120),
ADD COLUMN     "bankName" VARCHAR(80),
ADD COLUMN     "goodsInstructions" JSONB,
ALTER COLUMN "code" SET DATA TYPE VARCHAR(12);

-- AlterTable
ALTER TABLE "Pledge" ALTER COLUMN "itemDescription" SET DATA TYPE VARCHAR(200),
ALTER COLUMN "note" SET DATA TYPE VARCHAR(500),
ALTER COLUMN "statusReason" SET DATA TYPE VARCHAR(500),
ALTER COLUMN "sourceMessageId" SET DATA TYPE VARCHAR(300);

-- AlterTable
-- Updates are written per language now; what exists was Indonesian.
ALTER TABLE "CampaignUpdate" ADD COLUMN "texts" JSONB;
UPDATE "CampaignUpdate" SET "texts" = jsonb_build_object('id', "text");
ALTER TABLE "CampaignUpdate" ALTER COLUMN "texts" SET NOT NULL,
DROP COLUMN "text",
ALTER COLUMN "author" SET DATA TYPE VARCHAR(100);

-- AlterTable
ALTER TABLE "AuditLog" ALTER COLUMN "actor" SET DATA TYPE VARCHAR(100),
ALTER COLUMN "action" SET DATA TYPE VARCHAR(60),
ALTER COLUMN "entity" SET DATA TYPE VARCHAR(40),
ALTER COLUMN "entityId" SET DATA TYPE VARCHAR(100);

-- AlterTable
ALTER TABLE "ConversationState" DROP CONSTRAINT "ConversationState_pkey",
ADD COLUMN     "offered" JSONB,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "key" SET DATA TYPE VARCHAR(300),
ALTER COLUMN "flow" DROP NOT NULL,
ALTER COLUMN "flow" SET DATA TYPE VARCHAR(40),
ALTER COLUMN "step" DROP NOT NULL,
ALTER COLUMN "step" SET DATA TYPE VARCHAR(40),
ALTER COLUMN "data" DROP NOT NULL,
ALTER COLUMN "expiresAt" DROP NOT NULL,
ADD CONSTRAINT "ConversationState_pkey" PRIMARY KEY ("key");

-- AlterTable
ALTER TABLE "ProcessedMessage" DROP CONSTRAINT "ProcessedMessage_pkey",
ALTER COLUMN "key" SET DATA TYPE VARCHAR(600),
ADD CONSTRAINT "ProcessedMessage_pkey" PRIMARY KEY ("key");

-- AlterTable
ALTER TABLE "Broadcast" ADD COLUMN     "choices" JSONB,
ADD COLUMN     "number" INTEGER,
ALTER COLUMN "kind" SET DATA TYPE VARCHAR(20);

-- AlterTable
ALTER TABLE "Delivery" ALTER COLUMN "chatId" SET DATA TYPE VARCHAR(128);

-- CreateTable
CREATE TABLE "JoinRequest" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "contactName" VARCHAR(120) NOT NULL,
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'pending',
    "decidedBy" VARCHAR(100),
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JoinRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Counter" (
    "name" VARCHAR(40) NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "Counter_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "JoinRequest_organizationId_status_idx" ON "JoinRequest"("organizationId", "status");

-- CreateIndex
CREATE INDEX "JoinRequest_memberId_status_idx" ON "JoinRequest"("memberId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Broadcast_number_key" ON "Broadcast"("number");

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One pending request per person: asking again replaces nothing, it is refused.
CREATE UNIQUE INDEX "JoinRequest_one_pending_per_member" ON "JoinRequest"("memberId") WHERE "status" = 'pending';

-- JSON texts get the same bounds as the code that writes them, so no other write path can store
-- megabytes (a character count of the JSON text, which includes keys and quotes).
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_title_size" CHECK (length("title"::text) <= 1000),
ADD CONSTRAINT "Campaign_story_size" CHECK (length("story"::text) <= 4000),
ADD CONSTRAINT "Campaign_goods_instructions_size" CHECK (length("goodsInstructions"::text) <= 3000);
ALTER TABLE "CampaignUpdate" ADD CONSTRAINT "CampaignUpdate_texts_size" CHECK (length("texts"::text) <= 4000);
ALTER TABLE "Broadcast" ADD CONSTRAINT "Broadcast_texts_size" CHECK (length("texts"::text) <= 16000),
ADD CONSTRAINT "Broadcast_choices_size" CHECK (length("choices"::text) <= 8000);
ALTER TABLE "ConversationState" ADD CONSTRAINT "ConversationState_data_size" CHECK (length("data"::text) <= 20000),
ADD CONSTRAINT "ConversationState_offered_size" CHECK (length("offered"::text) <= 20000);
