-- CreateEnum
CREATE TYPE "BroadcastAudience" AS ENUM ('campaign_subscribers', 'campaign_partners', 'unpaid_partners', 'all_subscribers', 'staff', 'member');

-- CreateEnum
CREATE TYPE "BroadcastStatus" AS ENUM ('active', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('queued', 'sending', 'sent', 'failed', 'skipped', 'cancelled');

-- CreateEnum
CREATE TYPE "ScheduleKind" AS ENUM ('digest', 'reminder', 'countdown', 'summary');

-- CreateTable
CREATE TABLE "Broadcast" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "audience" "BroadcastAudience" NOT NULL,
    "campaignId" INTEGER,
    "texts" JSONB NOT NULL,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "sendAt" TIMESTAMP(3) NOT NULL,
    "status" "BroadcastStatus" NOT NULL DEFAULT 'active',
    "createdById" INTEGER,
    "requestKey" TEXT,
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Broadcast_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" SERIAL NOT NULL,
    "broadcastId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "channel" "Channel" NOT NULL,
    "chatId" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "leaseUntil" TIMESTAMP(3),
    "leasedBy" TEXT,
    "error" TEXT,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelPace" (
    "channel" "Channel" NOT NULL,
    "nextSlotAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChannelPace_pkey" PRIMARY KEY ("channel")
);

-- CreateTable
CREATE TABLE "Schedule" (
    "id" SERIAL NOT NULL,
    "kind" "ScheduleKind" NOT NULL,
    "cron" TEXT NOT NULL,
    "campaignId" INTEGER,
    "params" JSONB NOT NULL DEFAULT '{}',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScheduleRun" (
    "id" SERIAL NOT NULL,
    "scheduleId" INTEGER NOT NULL,
    "slot" TIMESTAMP(3) NOT NULL,
    "broadcasts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduleRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Broadcast_requestKey_key" ON "Broadcast"("requestKey");

-- CreateIndex
CREATE INDEX "Broadcast_createdAt_idx" ON "Broadcast"("createdAt");

-- CreateIndex
CREATE INDEX "Delivery_channel_status_nextAttemptAt_id_idx" ON "Delivery"("channel", "status", "nextAttemptAt", "id");

-- CreateIndex
CREATE INDEX "Delivery_broadcastId_status_idx" ON "Delivery"("broadcastId", "status");

-- CreateIndex
CREATE INDEX "Delivery_memberId_sentAt_idx" ON "Delivery"("memberId", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_broadcastId_memberId_key" ON "Delivery"("broadcastId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "ScheduleRun_scheduleId_slot_key" ON "ScheduleRun"("scheduleId", "slot");

-- AddForeignKey
ALTER TABLE "Broadcast" ADD CONSTRAINT "Broadcast_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Broadcast" ADD CONSTRAINT "Broadcast_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "Broadcast"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleRun" ADD CONSTRAINT "ScheduleRun_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The default jobs, inserted once (staff may pause or remove them with /schedule).
-- Weekly digest Monday 09:00; pledge reminder daily 10:00 for pledges 3 days old;
-- deadline countdown daily 08:00 (7 days and 1 day before the end); pending summary daily 08:30.
INSERT INTO "Schedule" ("kind", "cron", "params", "createdBy") VALUES
  ('digest', '0 9 * * 1', '{}', 'system'),
  ('reminder', '0 10 * * *', '{"days": 3}', 'system'),
  ('countdown', '0 8 * * *', '{}', 'system'),
  ('summary', '30 8 * * *', '{}', 'system');
