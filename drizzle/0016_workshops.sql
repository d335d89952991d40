CREATE TABLE "workshop" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"groups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop_item" (
	"id" serial PRIMARY KEY NOT NULL,
	"workshop_id" integer NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"group_name" text DEFAULT '' NOT NULL,
	"theme_id" integer,
	"outcome" text DEFAULT 'open' NOT NULL,
	"action_id" integer,
	"merged_into_id" integer,
	"note" text DEFAULT '' NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "workshop_item" ADD CONSTRAINT "workshop_item_workshop_id_workshop_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshop"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_item" ADD CONSTRAINT "workshop_item_theme_id_theme_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."theme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_item" ADD CONSTRAINT "workshop_item_action_id_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."action"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_item" ADD CONSTRAINT "workshop_item_merged_into_id_workshop_item_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."workshop_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "workshop_item_workshop_idx" ON "workshop_item" USING btree ("workshop_id","position");