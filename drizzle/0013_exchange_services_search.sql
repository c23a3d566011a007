ALTER TABLE "exchange_services" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Services registered before: their title and code, lower-cased (new ones are folded by foldForSearch, diacritics too).
UPDATE "exchange_services" SET "search_text" = lower("title" || ' ' || "code") WHERE "search_text" = '';
