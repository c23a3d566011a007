CREATE TABLE "access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"request_id" text NOT NULL,
	"user_id" uuid,
	"token_id" uuid,
	"ip" text NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"status" integer NOT NULL,
	"duration_ms" real NOT NULL,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oidc_logins" (
	"state" text PRIMARY KEY NOT NULL,
	"code_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"return_to" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"role" text NOT NULL,
	"agency_id" text,
	"oidc_issuer" text,
	"oidc_subject" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "admin_units" (
	"code" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"type" text NOT NULL,
	"type_en" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"full_name" text NOT NULL,
	"full_name_en" text NOT NULL,
	"province_code" text,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"short_name" text,
	"parent_id" text,
	"admin_unit_code" text,
	"named_in_decision" boolean DEFAULT false NOT NULL,
	"clauses" jsonb NOT NULL,
	"position" integer NOT NULL,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "framework_components" (
	"code" text PRIMARY KEY NOT NULL,
	"layer_code" text NOT NULL,
	"scope" text NOT NULL,
	"position" integer NOT NULL,
	"group_vi" text,
	"group_en" text,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"short_name" text,
	"description_vi" text NOT NULL,
	"description_en" text NOT NULL,
	"clause" text NOT NULL,
	"legal_basis" jsonb NOT NULL,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "framework_layers" (
	"code" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"description_vi" text NOT NULL,
	"description_en" text NOT NULL,
	"national_title_vi" text NOT NULL,
	"national_title_en" text NOT NULL,
	"provincial_title_vi" text NOT NULL,
	"provincial_title_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "framework_principles" (
	"code" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"clause" text NOT NULL,
	"text_vi" text NOT NULL,
	"text_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_groups" (
	"code" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_code" text NOT NULL,
	"status" text NOT NULL,
	"note" text NOT NULL,
	"reported_on" date NOT NULL,
	"author_id" uuid,
	"author_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_tasks" (
	"code" text PRIMARY KEY NOT NULL,
	"group_code" text NOT NULL,
	"position" integer NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"lead" jsonb NOT NULL,
	"coordinating" jsonb NOT NULL,
	"period_from" integer NOT NULL,
	"period_to" integer NOT NULL,
	"priority" text NOT NULL,
	"priority_text" text NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"status_updated_at" timestamp with time zone,
	"search_text" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_components" ADD CONSTRAINT "framework_components_layer_code_framework_layers_code_fk" FOREIGN KEY ("layer_code") REFERENCES "public"."framework_layers"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_progress" ADD CONSTRAINT "roadmap_progress_task_code_roadmap_tasks_code_fk" FOREIGN KEY ("task_code") REFERENCES "public"."roadmap_tasks"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_tasks" ADD CONSTRAINT "roadmap_tasks_group_code_roadmap_groups_code_fk" FOREIGN KEY ("group_code") REFERENCES "public"."roadmap_groups"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_log_at_idx" ON "access_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "access_log_user_idx" ON "access_log" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "admin_units_province_idx" ON "admin_units" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "agencies_kind_idx" ON "agencies" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "components_layer_idx" ON "framework_components" USING btree ("layer_code","scope","position");--> statement-breakpoint
CREATE INDEX "roadmap_progress_task_idx" ON "roadmap_progress" USING btree ("task_code","created_at");--> statement-breakpoint
CREATE INDEX "roadmap_tasks_group_idx" ON "roadmap_tasks" USING btree ("group_code","position");