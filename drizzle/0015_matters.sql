CREATE TABLE "matter" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"standing" text DEFAULT '' NOT NULL,
	"followed_by" text DEFAULT '' NOT NULL,
	"is_public" boolean DEFAULT true NOT NULL,
	"pin_order" integer,
	"is_example" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matter_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "matter_link" (
	"matter_id" integer NOT NULL,
	"kind" text NOT NULL,
	"target_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matter_link_matter_id_kind_target_id_pk" PRIMARY KEY("matter_id","kind","target_id")
);
--> statement-breakpoint
ALTER TABLE "matter_link" ADD CONSTRAINT "matter_link_matter_id_matter_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matter"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matter_pin_idx" ON "matter" USING btree ("pin_order");--> statement-breakpoint
CREATE INDEX "matter_link_target_idx" ON "matter_link" USING btree ("kind","target_id");