DROP INDEX "search_entry_public_words_idx";--> statement-breakpoint
DROP INDEX "search_entry_inside_words_idx";--> statement-breakpoint
CREATE INDEX "search_entry_public_words_idx" ON "search_entry" USING gin ("words") WITH (fastupdate=false) WHERE "search_entry"."audience" = 'public';--> statement-breakpoint
CREATE INDEX "search_entry_inside_words_idx" ON "search_entry" USING gin ("words") WITH (fastupdate=false) WHERE "search_entry"."audience" in ('workspace', 'staff');