CREATE TABLE "registry_integration_traffic" (
	"from_system_id" uuid NOT NULL,
	"to_system_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"calls" integer NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "registry_integration_traffic_pk" PRIMARY KEY("from_system_id","to_system_id","channel")
);
--> statement-breakpoint
ALTER TABLE "registry_integration_traffic" ADD CONSTRAINT "registry_integration_traffic_from_system_id_registry_systems_id_fk" FOREIGN KEY ("from_system_id") REFERENCES "public"."registry_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_integration_traffic" ADD CONSTRAINT "registry_integration_traffic_to_system_id_registry_systems_id_fk" FOREIGN KEY ("to_system_id") REFERENCES "public"."registry_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registry_integration_traffic_to_idx" ON "registry_integration_traffic" USING btree ("to_system_id");