CREATE TABLE "indicator" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"licence" text DEFAULT '' NOT NULL,
	"geography" text NOT NULL,
	"resolution" text NOT NULL,
	"direction" text DEFAULT 'up' NOT NULL,
	"chart" text DEFAULT 'line' NOT NULL,
	"ssb_table" text,
	"is_public" boolean DEFAULT true NOT NULL,
	"feature_order" integer,
	"is_example" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "indicator_import" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"rows" integer DEFAULT 0 NOT NULL,
	"queries" integer DEFAULT 0 NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "indicator_link" (
	"indicator_id" integer NOT NULL,
	"kind" text NOT NULL,
	"target_id" integer NOT NULL,
	CONSTRAINT "indicator_link_indicator_id_kind_target_id_pk" PRIMARY KEY("indicator_id","kind","target_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_target" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"place" text NOT NULL,
	"series" text DEFAULT '' NOT NULL,
	"kind" text DEFAULT 'level' NOT NULL,
	"value" double precision NOT NULL,
	"base_period" text,
	"due_on" date NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_value" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"place" text NOT NULL,
	"place_name" text NOT NULL,
	"series" text DEFAULT '' NOT NULL,
	"value" double precision NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	CONSTRAINT "indicator_value_indicator_id_period_place_series_unique" UNIQUE("indicator_id","period","place","series")
);
--> statement-breakpoint
ALTER TABLE "indicator_import" ADD CONSTRAINT "indicator_import_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_link" ADD CONSTRAINT "indicator_link_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_target" ADD CONSTRAINT "indicator_target_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_import_started_idx" ON "indicator_import" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "indicator_link_target_idx" ON "indicator_link" USING btree ("kind","target_id");--> statement-breakpoint
CREATE INDEX "indicator_value_order_idx" ON "indicator_value" USING btree ("indicator_id","period_start");