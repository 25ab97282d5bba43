-- Pledge changes are announced on `kpeduli_changes` too (see `announce_changes`), so the
-- dashboard overview can keep its counts over all pledges in memory until a pledge changes.
-- Once per statement, folded per transaction: a bulk change is one notice.
CREATE TRIGGER "Pledge_announce_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Pledge"
  FOR EACH STATEMENT EXECUTE FUNCTION "kpeduli_announce_change"();
