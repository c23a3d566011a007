CREATE TABLE "registry_systems_stamp" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"stamp" uuid DEFAULT gen_random_uuid() NOT NULL
);
--> statement-breakpoint
INSERT INTO "registry_systems_stamp" ("id") VALUES (true);--> statement-breakpoint
-- Fires at commit, once per transaction (the first row's call sets a transaction-local flag), so writers wait for the
-- stamp row only while committing, after every other lock they take: no deadlock between two writers.
CREATE FUNCTION "registry_systems_restamp"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('kientruc.registry_systems_restamped', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('kientruc.registry_systems_restamped', 'on', true);
  INSERT INTO "registry_systems_stamp" ("id", "stamp") VALUES (true, gen_random_uuid())
    ON CONFLICT ("id") DO UPDATE SET "stamp" = excluded."stamp";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "registry_systems_restamp" AFTER INSERT OR UPDATE OR DELETE ON "registry_systems"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "registry_systems_restamp"();
