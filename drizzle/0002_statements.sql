CREATE TABLE "statement" (
	"id" serial PRIMARY KEY NOT NULL,
	"hearing_id" integer,
	"title" text NOT NULL,
	"recipient" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"input_deadline" date,
	"frozen_at" timestamp with time zone,
	"sent_on" date,
	"sent_to" text,
	"is_example" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statement_input" (
	"id" serial PRIMARY KEY NOT NULL,
	"statement_id" integer NOT NULL,
	"section_key" text NOT NULL,
	"organisation_id" integer,
	"author_id" text,
	"author_name" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" text,
	"decision_reason" text DEFAULT '' NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "statement_position" (
	"statement_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"position" text NOT NULL,
	"reservation" text DEFAULT '' NOT NULL,
	"decided_by" text DEFAULT '' NOT NULL,
	"decided_on" date,
	"case_number" text DEFAULT '' NOT NULL,
	"recorded_by" text,
	"recorded_by_name" text NOT NULL,
	"on_behalf" boolean DEFAULT false NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statement_position_statement_id_organisation_id_pk" PRIMARY KEY("statement_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "statement_version" (
	"id" serial PRIMARY KEY NOT NULL,
	"statement_id" integer NOT NULL,
	"number" integer NOT NULL,
	"sections" jsonb NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"author_id" text,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statement_version_statement_id_number_unique" UNIQUE("statement_id","number")
);
--> statement-breakpoint
ALTER TABLE "statement" ADD CONSTRAINT "statement_hearing_id_hearing_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."hearing"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement" ADD CONSTRAINT "statement_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_input" ADD CONSTRAINT "statement_input_statement_id_statement_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_input" ADD CONSTRAINT "statement_input_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_input" ADD CONSTRAINT "statement_input_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_position" ADD CONSTRAINT "statement_position_statement_id_statement_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_position" ADD CONSTRAINT "statement_position_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_position" ADD CONSTRAINT "statement_position_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_version" ADD CONSTRAINT "statement_version_statement_id_statement_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_version" ADD CONSTRAINT "statement_version_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statement_hearing_idx" ON "statement" USING btree ("hearing_id");--> statement-breakpoint
CREATE INDEX "statement_input_statement_idx" ON "statement_input" USING btree ("statement_id");