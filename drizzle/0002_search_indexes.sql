-- Trigram indexes make the diacritics-folded "contains" search (LIKE '%…%') an index scan.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "registry_systems_search_trgm_idx" ON "registry_systems" USING gin ("search_text" gin_trgm_ops);
