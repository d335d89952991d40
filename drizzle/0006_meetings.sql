CREATE TABLE "case_counter" (
	"body_id" integer NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_counter_body_id_year_pk" PRIMARY KEY("body_id","year")
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"id" serial PRIMARY KEY NOT NULL,
	"body_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"video_url" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_case" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"body_id" integer NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"memo" text DEFAULT '' NOT NULL,
	"proposed_decision" text DEFAULT '' NOT NULL,
	"exempt" boolean DEFAULT false NOT NULL,
	"exempt_basis" text DEFAULT '' NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_case_body_id_year_number_unique" UNIQUE("body_id","year","number")
);
--> statement-breakpoint
ALTER TABLE "case_counter" ADD CONSTRAINT "case_counter_body_id_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."body"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_body_id_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."body"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_case" ADD CONSTRAINT "meeting_case_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_case" ADD CONSTRAINT "meeting_case_body_id_body_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."body"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_body_idx" ON "meeting" USING btree ("body_id","starts_at");--> statement-breakpoint
CREATE INDEX "meeting_case_meeting_idx" ON "meeting_case" USING btree ("meeting_id");