CREATE TABLE "exchange_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instance" text NOT NULL,
	"member_class" text NOT NULL,
	"code" text NOT NULL,
	"agency_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_members_agency_unique" UNIQUE("agency_id")
);
--> statement-breakpoint
CREATE TABLE "exchange_subsystems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"code" text NOT NULL,
	"system_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_subsystems_system_unique" UNIQUE("system_id")
);
--> statement-breakpoint
ALTER TABLE "exchange_subsystems" ADD CONSTRAINT "exchange_subsystems_member_id_exchange_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."exchange_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_members_identifier_unique" ON "exchange_members" USING btree ("instance","member_class",lower("code"));--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_subsystems_code_unique" ON "exchange_subsystems" USING btree ("member_id",lower("code"));--> statement-breakpoint
CREATE INDEX "exchange_subsystems_member_idx" ON "exchange_subsystems" USING btree ("member_id");