CREATE TABLE "dictionary_code_items" (
	"list_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"parent" text,
	"level" integer DEFAULT 1 NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"search_text" text NOT NULL,
	CONSTRAINT "dictionary_code_items_list_id_code_pk" PRIMARY KEY("list_id","code")
);
--> statement-breakpoint
CREATE TABLE "dictionary_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"object_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"action" text NOT NULL,
	"version" text NOT NULL,
	"field" text,
	"old_value" jsonb,
	"new_value" jsonb,
	"comment" text,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dictionary_objects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" text NOT NULL,
	"approved_version" text,
	"replaced_by" text,
	"spec" jsonb NOT NULL,
	"approved_spec" jsonb,
	"owner_agency_id" text NOT NULL,
	"name_vi" text NOT NULL,
	"search_text" text NOT NULL,
	"approved_search_text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dictionary_objects_kind_code" UNIQUE("kind","code")
);
--> statement-breakpoint
CREATE TABLE "dictionary_versions" (
	"object_id" uuid NOT NULL,
	"version" text NOT NULL,
	"spec" jsonb NOT NULL,
	"approved_by" text NOT NULL,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dictionary_versions_object_id_version_pk" PRIMARY KEY("object_id","version")
);
--> statement-breakpoint
CREATE TABLE "dictionary_validation_findings" (
	"run_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"row" integer NOT NULL,
	"field" text NOT NULL,
	"problem" text NOT NULL,
	"value" text,
	"message_vi" text NOT NULL,
	"message_en" text NOT NULL,
	CONSTRAINT "dictionary_validation_findings_run_id_seq_pk" PRIMARY KEY("run_id","seq")
);
--> statement-breakpoint
CREATE TABLE "dictionary_validation_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_code" text NOT NULL,
	"entity_version" text NOT NULL,
	"source" text NOT NULL,
	"file_name" text,
	"bytes" bigint,
	"agency_id" text,
	"created_by" uuid,
	"created_by_label" text NOT NULL,
	"rows" integer NOT NULL,
	"valid_rows" integer NOT NULL,
	"invalid_rows" integer NOT NULL,
	"finding_count" integer NOT NULL,
	"truncated" boolean NOT NULL,
	"summary" jsonb NOT NULL,
	"duration_ms" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dictionary_code_items" ADD CONSTRAINT "dictionary_code_items_list_id_dictionary_objects_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."dictionary_objects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dictionary_versions" ADD CONSTRAINT "dictionary_versions_object_id_dictionary_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."dictionary_objects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dictionary_validation_findings" ADD CONSTRAINT "dictionary_validation_findings_run_id_dictionary_validation_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."dictionary_validation_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dictionary_code_items_parent_idx" ON "dictionary_code_items" USING btree ("list_id","parent");--> statement-breakpoint
CREATE INDEX "dictionary_changes_object_idx" ON "dictionary_changes" USING btree ("object_id","id");--> statement-breakpoint
CREATE INDEX "dictionary_objects_status_idx" ON "dictionary_objects" USING btree ("kind","status");--> statement-breakpoint
CREATE INDEX "dictionary_validation_runs_created_idx" ON "dictionary_validation_runs" USING btree ("created_at");