-- A chat's state is no longer cached (a read-only command reads it in one plain statement), so
-- its changes are no longer announced. The notice cost more than the read: every flow step wrote
-- this table, and PostgreSQL commits transactions that notify one at a time, which capped flow
-- steps at a few hundred per second on a small machine whatever the pool size.
DROP TRIGGER "ConversationState_announce_change" ON "ConversationState";
