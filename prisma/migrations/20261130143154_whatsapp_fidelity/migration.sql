-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "whatsappLid" TEXT;

-- CreateTable
CREATE TABLE "DeliveryPlatformMessage" (
    "channel" "Channel" NOT NULL,
    "platformMessageId" TEXT NOT NULL,
    "deliveryId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliveryPlatformMessage_pkey" PRIMARY KEY ("channel","platformMessageId")
);

-- CreateTable
CREATE TABLE "WhatsAppDailySends" (
    "transport" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "sent" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WhatsAppDailySends_pkey" PRIMARY KEY ("transport","day")
);

-- CreateTable
CREATE TABLE "WhatsAppServiceWindow" (
    "userId" TEXT NOT NULL,
    "lastHeardAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WhatsAppServiceWindow_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "DeliveryPlatformMessage_deliveryId_idx" ON "DeliveryPlatformMessage"("deliveryId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_whatsappLid_key" ON "Member"("whatsappLid");

-- AddForeignKey
ALTER TABLE "DeliveryPlatformMessage" ADD CONSTRAINT "DeliveryPlatformMessage_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

