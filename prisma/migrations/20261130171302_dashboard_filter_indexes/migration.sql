-- CreateIndex
CREATE INDEX "Pledge_campaignId_organizationId_id_idx" ON "Pledge"("campaignId", "organizationId", "id");

-- CreateIndex
CREATE INDEX "Pledge_campaignId_amount_id_idx" ON "Pledge"("campaignId", "amount", "id");

-- CreateIndex
CREATE INDEX "AuditLog_actor_id_idx" ON "AuditLog"("actor", "id");

-- CreateIndex
CREATE INDEX "AuditLog_action_id_idx" ON "AuditLog"("action", "id");

