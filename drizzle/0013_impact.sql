CREATE TABLE "statement_demand" (
	"id" serial PRIMARY KEY NOT NULL,
	"statement_id" integer NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"outcome" text DEFAULT 'open' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	CONSTRAINT "statement_demand_position" UNIQUE("statement_id","position")
);
--> statement-breakpoint
CREATE TABLE "statement_impact" (
	"id" serial PRIMARY KEY NOT NULL,
	"statement_id" integer NOT NULL,
	"decision" text,
	"decided_on" date,
	"decision_url" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statement_impact_statement_id_unique" UNIQUE("statement_id")
);
--> statement-breakpoint
ALTER TABLE "statement_demand" ADD CONSTRAINT "statement_demand_statement_id_statement_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_impact" ADD CONSTRAINT "statement_impact_statement_id_statement_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_impact" ADD CONSTRAINT "statement_impact_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statement_demand_statement_idx" ON "statement_demand" USING btree ("statement_id");