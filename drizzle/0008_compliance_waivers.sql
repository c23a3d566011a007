CREATE TABLE "registry_waivers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"rule_id" text NOT NULL,
	"reason" text NOT NULL,
	"owner_id" uuid,
	"owner_label" text NOT NULL,
	"expires_on" date NOT NULL,
	"request_id" uuid,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expiry_raised_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "registry_waivers" ADD CONSTRAINT "registry_waivers_system_id_registry_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."registry_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_waivers" ADD CONSTRAINT "registry_waivers_request_id_registry_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."registry_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registry_waivers_system_idx" ON "registry_waivers" USING btree ("system_id","rule_id");--> statement-breakpoint
CREATE INDEX "registry_waivers_open_expiry_idx" ON "registry_waivers" USING btree ("expires_on") WHERE expiry_raised_at is null;