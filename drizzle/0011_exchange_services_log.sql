CREATE TABLE "exchange_access_rights" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"endpoint_id" uuid,
	"client" text,
	"group_id" uuid,
	"subscription_id" uuid,
	"granted_by" text NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_access_rights_one_holder" CHECK (("exchange_access_rights"."client" is null) <> ("exchange_access_rights"."group_id" is null))
);
--> statement-breakpoint
CREATE TABLE "exchange_config_stamp" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"stamp" uuid DEFAULT gen_random_uuid() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_credentials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subsystem_id" uuid NOT NULL,
	"type" text NOT NULL,
	"key_id" text NOT NULL,
	"secret_sha256" text NOT NULL,
	"label" text NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_credentials_key_id_unique" UNIQUE("key_id")
);
--> statement-breakpoint
CREATE TABLE "exchange_endpoints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"summary" text,
	"removed_in_version" integer
);
--> statement-breakpoint
CREATE TABLE "exchange_group_members" (
	"group_id" uuid NOT NULL,
	"client" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_group_members_pk" PRIMARY KEY("group_id","client")
);
--> statement-breakpoint
CREATE TABLE "exchange_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instance" text NOT NULL,
	"code" text NOT NULL,
	"description" text NOT NULL,
	"global" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_log_batches" (
	"batch" bigint PRIMARY KEY NOT NULL,
	"first_seq" bigint NOT NULL,
	"last_seq" bigint NOT NULL,
	"root" text NOT NULL,
	"seal" text NOT NULL,
	"signature" text NOT NULL,
	"key_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_log_head" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"batch" bigint NOT NULL,
	"seal_digest" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_message_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"x_request_id" uuid NOT NULL,
	"x_road_id" text NOT NULL,
	"client" text NOT NULL,
	"service" text NOT NULL,
	"service_id" uuid,
	"logged_at" timestamp with time zone NOT NULL,
	"batch" bigint NOT NULL,
	"fields" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "exchange_message_log_request_unique" UNIQUE("x_request_id")
);
--> statement-breakpoint
CREATE TABLE "exchange_monitoring" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"x_request_id" uuid NOT NULL,
	"service_id" uuid,
	"endpoint" text,
	"client" text,
	"request_in_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	"status_code" integer NOT NULL,
	"succeeded" boolean NOT NULL,
	"fault_code" text,
	"record" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_service_descriptions" (
	"service_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"service_version" text NOT NULL,
	"openapi" text NOT NULL,
	"format" text NOT NULL,
	"source" text NOT NULL,
	"sha256" text NOT NULL,
	"endpoints" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_service_descriptions_pk" PRIMARY KEY("service_id","version")
);
--> statement-breakpoint
CREATE TABLE "exchange_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subsystem_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"sunset_at" timestamp with time zone,
	"backend_url" text NOT NULL,
	"timeout_ms" integer NOT NULL,
	"max_request_bytes" integer NOT NULL,
	"max_response_bytes" integer NOT NULL,
	"log_bodies" boolean NOT NULL,
	"log_body_limit_bytes" integer NOT NULL,
	"retention_days" integer NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_signing_keys" (
	"key_id" text PRIMARY KEY NOT NULL,
	"public_key_pem" text NOT NULL,
	"active_from" timestamp with time zone DEFAULT now() NOT NULL,
	"active_to" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "exchange_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client" text NOT NULL,
	"client_subsystem_id" uuid,
	"service_id" uuid NOT NULL,
	"endpoint_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"purpose" text NOT NULL,
	"legal_basis" text NOT NULL,
	"personal_data" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"quota_per_minute" integer NOT NULL,
	"quota_per_day" integer NOT NULL,
	"max_request_bytes" integer NOT NULL,
	"requested_by" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
ALTER TABLE "exchange_access_rights" ADD CONSTRAINT "exchange_access_rights_service_id_exchange_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."exchange_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_access_rights" ADD CONSTRAINT "exchange_access_rights_endpoint_id_exchange_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."exchange_endpoints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_access_rights" ADD CONSTRAINT "exchange_access_rights_group_id_exchange_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."exchange_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_access_rights" ADD CONSTRAINT "exchange_access_rights_subscription_id_exchange_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."exchange_subscriptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_credentials" ADD CONSTRAINT "exchange_credentials_subsystem_id_exchange_subsystems_id_fk" FOREIGN KEY ("subsystem_id") REFERENCES "public"."exchange_subsystems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_endpoints" ADD CONSTRAINT "exchange_endpoints_service_id_exchange_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."exchange_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_group_members" ADD CONSTRAINT "exchange_group_members_group_id_exchange_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."exchange_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_service_descriptions" ADD CONSTRAINT "exchange_service_descriptions_service_id_exchange_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."exchange_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_services" ADD CONSTRAINT "exchange_services_subsystem_id_exchange_subsystems_id_fk" FOREIGN KEY ("subsystem_id") REFERENCES "public"."exchange_subsystems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_subscriptions" ADD CONSTRAINT "exchange_subscriptions_client_subsystem_id_exchange_subsystems_id_fk" FOREIGN KEY ("client_subsystem_id") REFERENCES "public"."exchange_subsystems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_subscriptions" ADD CONSTRAINT "exchange_subscriptions_service_id_exchange_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."exchange_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_access_rights_unique" ON "exchange_access_rights" USING btree ("service_id",coalesce("endpoint_id", '00000000-0000-0000-0000-000000000000'::uuid),coalesce("client", ''),coalesce("group_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "exchange_credentials_subsystem_idx" ON "exchange_credentials" USING btree ("subsystem_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_endpoints_unique" ON "exchange_endpoints" USING btree ("service_id","method","path");--> statement-breakpoint
CREATE INDEX "exchange_group_members_client_idx" ON "exchange_group_members" USING btree ("client");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_groups_code_unique" ON "exchange_groups" USING btree ("instance",lower("code"));--> statement-breakpoint
CREATE INDEX "exchange_message_log_x_road_id_idx" ON "exchange_message_log" USING btree ("x_road_id");--> statement-breakpoint
CREATE INDEX "exchange_message_log_service_idx" ON "exchange_message_log" USING btree ("service_id","logged_at");--> statement-breakpoint
CREATE INDEX "exchange_message_log_client_idx" ON "exchange_message_log" USING btree ("client","logged_at");--> statement-breakpoint
CREATE INDEX "exchange_message_log_batch_idx" ON "exchange_message_log" USING btree ("batch");--> statement-breakpoint
CREATE INDEX "exchange_monitoring_service_idx" ON "exchange_monitoring" USING btree ("service_id","request_in_at");--> statement-breakpoint
CREATE INDEX "exchange_monitoring_at_idx" ON "exchange_monitoring" USING btree ("request_in_at");--> statement-breakpoint
CREATE INDEX "exchange_monitoring_client_idx" ON "exchange_monitoring" USING btree ("client","request_in_at");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_services_code_unique" ON "exchange_services" USING btree ("subsystem_id",lower("code"));--> statement-breakpoint
CREATE INDEX "exchange_services_status_idx" ON "exchange_services" USING btree ("status");--> statement-breakpoint
CREATE INDEX "exchange_subscriptions_service_idx" ON "exchange_subscriptions" USING btree ("service_id","status");--> statement-breakpoint
CREATE INDEX "exchange_subscriptions_client_idx" ON "exchange_subscriptions" USING btree ("client");--> statement-breakpoint
INSERT INTO "exchange_config_stamp" ("id") VALUES (true);--> statement-breakpoint
INSERT INTO "exchange_log_head" ("id", "seq", "hash", "batch", "seal_digest") VALUES (true, 0, repeat('0', 64), 0, repeat('0', 64));--> statement-breakpoint
-- As registry_systems_restamp (0009): once per transaction, at commit, after every other lock its writer took.
CREATE FUNCTION "exchange_config_restamp"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('kientruc.exchange_config_restamped', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('kientruc.exchange_config_restamped', 'on', true);
  INSERT INTO "exchange_config_stamp" ("id", "stamp") VALUES (true, gen_random_uuid())
    ON CONFLICT ("id") DO UPDATE SET "stamp" = excluded."stamp";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "exchange_members_restamp" AFTER INSERT OR UPDATE OR DELETE ON "exchange_members"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "exchange_config_restamp"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "exchange_subsystems_restamp" AFTER INSERT OR UPDATE OR DELETE ON "exchange_subsystems"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "exchange_config_restamp"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "exchange_services_restamp" AFTER INSERT OR UPDATE OR DELETE ON "exchange_services"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "exchange_config_restamp"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "exchange_service_descriptions_restamp" AFTER INSERT OR UPDATE OR DELETE ON "exchange_service_descriptions"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "exchange_config_restamp"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "exchange_endpoints_restamp" AFTER INSERT OR UPDATE OR DELETE ON "exchange_endpoints"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "exchange_config_restamp"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "exchange_groups_restamp" AFTER INSERT OR UPDATE OR DELETE ON "exchange_groups"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "exchange_config_restamp"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "exchange_group_members_restamp" AFTER INSERT OR UPDATE OR DELETE ON "exchange_group_members"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "exchange_config_restamp"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "exchange_subscriptions_restamp" AFTER INSERT OR UPDATE OR DELETE ON "exchange_subscriptions"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "exchange_config_restamp"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "exchange_access_rights_restamp" AFTER INSERT OR UPDATE OR DELETE ON "exchange_access_rights"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "exchange_config_restamp"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "exchange_credentials_restamp" AFTER INSERT OR UPDATE OR DELETE ON "exchange_credentials"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "exchange_config_restamp"();--> statement-breakpoint
-- The message log is append-only: a record may only lose its fields (retention, after export to a signed archive).
CREATE FUNCTION "exchange_message_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'the message log is append-only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.seq <> OLD.seq OR NEW.x_request_id <> OLD.x_request_id OR NEW.hash <> OLD.hash OR NEW.prev_hash <> OLD.prev_hash
     OR NEW.batch <> OLD.batch OR NEW.fields IS NOT NULL THEN
    RAISE EXCEPTION 'a message-log record can only be pruned' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "exchange_message_log_append_only" BEFORE UPDATE OR DELETE ON "exchange_message_log"
  FOR EACH ROW EXECUTE FUNCTION "exchange_message_log_append_only"();
