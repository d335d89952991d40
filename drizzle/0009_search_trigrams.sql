-- Trigrams for searching the parts of Norwegian compound words (PGlite loads the extension too).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "action_title_trgm_idx" ON "action" USING gin ("title" gin_trgm_ops);
