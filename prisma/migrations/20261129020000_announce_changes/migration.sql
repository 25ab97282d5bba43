-- Every change to a table the bot's read caches keep is announced on the `kpeduli_changes`
-- channel, with the table's name as the payload. Each process LISTENs and drops what it cached
-- from that table, so a change made by another process, or by hand in psql, is seen at once.
-- The trigger fires once per statement, and PostgreSQL folds repeated notices within a
-- transaction into one, so a bulk update costs one notice, not one per row.
CREATE FUNCTION "kpeduli_announce_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kpeduli_changes', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

CREATE TRIGGER "Member_announce_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Member"
  FOR EACH STATEMENT EXECUTE FUNCTION "kpeduli_announce_change"();
CREATE TRIGGER "Organization_announce_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Organization"
  FOR EACH STATEMENT EXECUTE FUNCTION "kpeduli_announce_change"();
CREATE TRIGGER "StaffGrant_announce_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "StaffGrant"
  FOR EACH STATEMENT EXECUTE FUNCTION "kpeduli_announce_change"();
CREATE TRIGGER "ConversationState_announce_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ConversationState"
  FOR EACH STATEMENT EXECUTE FUNCTION "kpeduli_announce_change"();
CREATE TRIGGER "Campaign_announce_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Campaign"
  FOR EACH STATEMENT EXECUTE FUNCTION "kpeduli_announce_change"();
CREATE TRIGGER "CampaignGoal_announce_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CampaignGoal"
  FOR EACH STATEMENT EXECUTE FUNCTION "kpeduli_announce_change"();
CREATE TRIGGER "CampaignUpdate_announce_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CampaignUpdate"
  FOR EACH STATEMENT EXECUTE FUNCTION "kpeduli_announce_change"();
CREATE TRIGGER "CampaignPartnerTotal_announce_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CampaignPartnerTotal"
  FOR EACH STATEMENT EXECUTE FUNCTION "kpeduli_announce_change"();
