CREATE TABLE "search_entry" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"entity_id" integer NOT NULL,
	"audience" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"url" text NOT NULL,
	"on" date,
	"year" smallint,
	"theme_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"matter_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"words" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('norwegian', title), 'A') || setweight(to_tsvector('norwegian', left(body, 100000)), 'B')) STORED NOT NULL,
	CONSTRAINT "search_entry_kind_entity_id_audience_unique" UNIQUE("kind","entity_id","audience")
);
--> statement-breakpoint
CREATE INDEX "search_entry_public_words_idx" ON "search_entry" USING gin ("words") WHERE "search_entry"."audience" = 'public';--> statement-breakpoint
CREATE INDEX "search_entry_inside_words_idx" ON "search_entry" USING gin ("words") WHERE "search_entry"."audience" in ('workspace', 'staff');