-- Separate from the previous migration: a new enum value can only be used once its ALTER TYPE
-- has committed.

-- Broadcast numbers as staff read them, without gaps: what exists is numbered in order.
UPDATE "Broadcast" b SET "number" = numbered.n
FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Broadcast" WHERE kind NOT IN ('report', 'notification')) numbered
WHERE b.id = numbered.id;
INSERT INTO "Counter" ("name", "value") VALUES ('broadcast', COALESCE((SELECT max("number") FROM "Broadcast"), 0));

-- Campaigns past their end date close at 00:05 (Jakarta) every day, and staff are told.
INSERT INTO "Schedule" ("kind", "cron", "params", "createdBy") VALUES ('closing', '5 0 * * *', '{}', 'system');
