-- CreateTable
CREATE TABLE "TelegramPinnedMessage" (
    "id" SERIAL NOT NULL,
    "chatId" TEXT NOT NULL,
    "messageId" INTEGER NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "text" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TelegramPinnedMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TelegramPinnedMessage_chatId_campaignId_key" ON "TelegramPinnedMessage"("chatId", "campaignId");

-- AddForeignKey
ALTER TABLE "TelegramPinnedMessage" ADD CONSTRAINT "TelegramPinnedMessage_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

