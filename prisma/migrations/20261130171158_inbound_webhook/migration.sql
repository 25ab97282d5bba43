-- CreateTable
CREATE TABLE "InboundWebhook" (
    "id" UUID NOT NULL,
    "source" VARCHAR(40) NOT NULL,
    "body" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InboundWebhook_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InboundWebhook_claimedUntil_idx" ON "InboundWebhook"("claimedUntil");

