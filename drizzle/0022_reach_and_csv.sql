CREATE TABLE "csv_draft" (
	"id" serial PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"file_name" text NOT NULL,
	"header" jsonb NOT NULL,
	"rows" jsonb NOT NULL,
	"mapping" jsonb NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"result" jsonb,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reach_figure" (
	"id" serial PRIMARY KEY NOT NULL,
	"on" date NOT NULL,
	"channel" text NOT NULL,
	"followers" integer,
	"reach" integer,
	"source" text DEFAULT 'manual' NOT NULL,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reach_figure_on_channel_unique" UNIQUE("on","channel")
);
--> statement-breakpoint
ALTER TABLE "csv_draft" ADD CONSTRAINT "csv_draft_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reach_figure" ADD CONSTRAINT "reach_figure_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reach_figure_channel_idx" ON "reach_figure" USING btree ("channel","on");