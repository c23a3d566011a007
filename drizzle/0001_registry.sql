CREATE TABLE "registry_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	"note" text,
	"submitted_by" uuid,
	"submitted_by_label" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_by_label" text,
	"decided_at" timestamp with time zone,
	"decision_comment" text
);
--> statement-breakpoint
CREATE TABLE "registry_relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	"type" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_relations_unique" UNIQUE("from_id","to_id","type")
);
--> statement-breakpoint
CREATE TABLE "registry_system_versions" (
	"system_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"lifecycle" text NOT NULL,
	"change_note" text,
	"author_id" uuid,
	"author_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_system_versions_system_id_version_pk" PRIMARY KEY("system_id","version")
);
--> statement-breakpoint
CREATE TABLE "registry_systems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name_vi" text NOT NULL,
	"owner_agency_id" text NOT NULL,
	"layer" text NOT NULL,
	"lifecycle" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"verified" boolean DEFAULT true NOT NULL,
	"component_codes" jsonb NOT NULL,
	"data" jsonb NOT NULL,
	"version" integer NOT NULL,
	"approved_version" integer,
	"compliance" jsonb,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_systems_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "registry_requests" ADD CONSTRAINT "registry_requests_system_id_registry_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."registry_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_relations" ADD CONSTRAINT "registry_relations_from_id_registry_systems_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."registry_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_relations" ADD CONSTRAINT "registry_relations_to_id_registry_systems_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."registry_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_system_versions" ADD CONSTRAINT "registry_system_versions_system_id_registry_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."registry_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registry_requests_system_idx" ON "registry_requests" USING btree ("system_id","submitted_at");--> statement-breakpoint
CREATE INDEX "registry_requests_status_idx" ON "registry_requests" USING btree ("status");--> statement-breakpoint
CREATE INDEX "registry_relations_to_idx" ON "registry_relations" USING btree ("to_id");--> statement-breakpoint
CREATE INDEX "registry_systems_owner_idx" ON "registry_systems" USING btree ("owner_agency_id");--> statement-breakpoint
CREATE INDEX "registry_systems_layer_idx" ON "registry_systems" USING btree ("layer","lifecycle");