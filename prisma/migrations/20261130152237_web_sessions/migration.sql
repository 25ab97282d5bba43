-- CreateTable
CREATE TABLE "WebSignInToken" (
    "tokenHash" VARCHAR(64) NOT NULL,
    "identity" VARCHAR(100) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "WebSignInToken_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateTable
CREATE TABLE "WebSession" (
    "tokenHash" VARCHAR(64) NOT NULL,
    "identity" VARCHAR(100) NOT NULL,
    "csrfToken" VARCHAR(64) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebSession_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "WebSignInToken_identity_createdAt_idx" ON "WebSignInToken"("identity", "createdAt");

-- CreateIndex
CREATE INDEX "WebSession_identity_idx" ON "WebSession"("identity");

-- CreateIndex
CREATE INDEX "Pledge_campaignId_id_idx" ON "Pledge"("campaignId", "id");

-- CreateIndex
CREATE INDEX "Pledge_campaignId_status_id_idx" ON "Pledge"("campaignId", "status", "id");

-- CreateIndex
CREATE INDEX "Pledge_createdAt_idx" ON "Pledge"("createdAt");

