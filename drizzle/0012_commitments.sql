CREATE TABLE "commitment" (
	"id" serial PRIMARY KEY NOT NULL,
	"actor_id" integer NOT NULL,
	"promise" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_title" text DEFAULT '' NOT NULL,
	"source_url" text,
	"source_on" date NOT NULL,
	"due_from" date,
	"due_on" date NOT NULL,
	"current_due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitment_document" (
	"id" serial PRIMARY KEY NOT NULL,
	"commitment_id" integer NOT NULL,
	"entry_id" integer,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitment_entry" (
	"id" serial PRIMARY KEY NOT NULL,
	"commitment_id" integer NOT NULL,
	"on" date NOT NULL,
	"status" text NOT NULL,
	"new_due_on" date,
	"evidence" text DEFAULT '' NOT NULL,
	"evidence_url" text,
	"recorded_by" text,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitment_link" (
	"commitment_id" integer NOT NULL,
	"kind" text NOT NULL,
	"target_id" integer NOT NULL,
	CONSTRAINT "commitment_link_commitment_id_kind_target_id_pk" PRIMARY KEY("commitment_id","kind","target_id")
);
--> statement-breakpoint
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_actor_id_organisation_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_document" ADD CONSTRAINT "commitment_document_commitment_id_commitment_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_document" ADD CONSTRAINT "commitment_document_entry_id_commitment_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."commitment_entry"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_document" ADD CONSTRAINT "commitment_document_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_entry" ADD CONSTRAINT "commitment_entry_commitment_id_commitment_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_entry" ADD CONSTRAINT "commitment_entry_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_link" ADD CONSTRAINT "commitment_link_commitment_id_commitment_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitment_actor_idx" ON "commitment" USING btree ("actor_id","status");--> statement-breakpoint
CREATE INDEX "commitment_due_idx" ON "commitment" USING btree ("status","current_due_on");--> statement-breakpoint
CREATE INDEX "commitment_document_commitment_idx" ON "commitment_document" USING btree ("commitment_id");--> statement-breakpoint
CREATE INDEX "commitment_entry_commitment_idx" ON "commitment_entry" USING btree ("commitment_id","id");--> statement-breakpoint
CREATE INDEX "commitment_link_target_idx" ON "commitment_link" USING btree ("kind","target_id");