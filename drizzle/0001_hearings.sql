CREATE TABLE "hearing" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"issuer_id" integer NOT NULL,
	"reference_url" text,
	"received_on" date,
	"public_deadline" date NOT NULL,
	"internal_deadline" date,
	"responsible_user_id" text,
	"status" text DEFAULT 'new' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hearing_action" (
	"hearing_id" integer NOT NULL,
	"action_id" integer NOT NULL,
	CONSTRAINT "hearing_action_hearing_id_action_id_pk" PRIMARY KEY("hearing_id","action_id")
);
--> statement-breakpoint
CREATE TABLE "hearing_document" (
	"id" serial PRIMARY KEY NOT NULL,
	"hearing_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hearing_theme" (
	"hearing_id" integer NOT NULL,
	"theme_id" integer NOT NULL,
	CONSTRAINT "hearing_theme_hearing_id_theme_id_pk" PRIMARY KEY("hearing_id","theme_id")
);
--> statement-breakpoint
ALTER TABLE "hearing" ADD CONSTRAINT "hearing_issuer_id_organisation_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing" ADD CONSTRAINT "hearing_responsible_user_id_user_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_action" ADD CONSTRAINT "hearing_action_hearing_id_hearing_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."hearing"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_action" ADD CONSTRAINT "hearing_action_action_id_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_document" ADD CONSTRAINT "hearing_document_hearing_id_hearing_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."hearing"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_document" ADD CONSTRAINT "hearing_document_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_theme" ADD CONSTRAINT "hearing_theme_hearing_id_hearing_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."hearing"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_theme" ADD CONSTRAINT "hearing_theme_theme_id_theme_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."theme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hearing_deadline_idx" ON "hearing" USING btree ("status","public_deadline");--> statement-breakpoint
CREATE INDEX "hearing_document_hearing_idx" ON "hearing_document" USING btree ("hearing_id");