CREATE TABLE "import_column_memory" (
	"header" text PRIMARY KEY NOT NULL,
	"field" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "import_draft" ALTER COLUMN "rows" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "action" ADD COLUMN "previous_id" integer;--> statement-breakpoint
ALTER TABLE "action_programme" ADD COLUMN "slug" text;--> statement-breakpoint
-- Every programme gets its address from its period; a second one of the same period its id too.
UPDATE "action_programme" p SET "slug" = p."period_start" || '-' || p."period_end" ||
	CASE WHEN EXISTS (SELECT 1 FROM "action_programme" q WHERE q."period_start" = p."period_start"
		AND q."period_end" = p."period_end" AND q."id" < p."id") THEN '-' || p."id" ELSE '' END;--> statement-breakpoint
ALTER TABLE "import_draft" ADD COLUMN "file_hash" text;--> statement-breakpoint
ALTER TABLE "import_draft" ADD COLUMN "grid" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "import_draft" ADD COLUMN "header_row" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_draft" ADD COLUMN "columns" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "import_draft" ADD COLUMN "settlements" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "import_draft" ADD COLUMN "missing" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "import_draft" ADD COLUMN "mode" text DEFAULT 'update' NOT NULL;--> statement-breakpoint
ALTER TABLE "import_draft" ADD COLUMN "result" jsonb;--> statement-breakpoint
ALTER TABLE "action" ADD CONSTRAINT "action_previous_id_action_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."action"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_draft_hash_idx" ON "import_draft" USING btree ("file_hash");--> statement-breakpoint
ALTER TABLE "action_programme" ADD CONSTRAINT "action_programme_slug_unique" UNIQUE("slug");