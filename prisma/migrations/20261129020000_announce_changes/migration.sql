-- Every change to a table the bot's read caches keep (WATCHED_TABLES in src/db/change-feed.ts)
-- is announced on the `kpeduli_changes` channel, with the table's name as the payload. Each process LISTENs and drops what it cached
-- from that table, so a change made by another process, or by hand in psql, is seen at once.
-- The trigger fires once per statement, and PostgreSQL folds repeated notices within a
-- transaction into one, so a bulk update costs one notice, not one per row.
CREATE FUNCTION "kpeduli_announce_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kpeduli_changes', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

DO $$
DECLARE
  cached_table text;
BEGIN
  FOREACH cached_table IN ARRAY ARRAY['Member', 'Organization', 'StaffGrant', 'ConversationState', 'Campaign', 'CampaignGoal', 'CampaignUpdate', 'CampaignPartnerTotal'] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "kpeduli_announce_change"()',
      cached_table || '_announce_change',
      cached_table
    );
  END LOOP;
END
$$;
