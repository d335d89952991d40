CREATE TABLE "question" (
	"id" serial PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"language" text DEFAULT 'nb' NOT NULL,
	"asker_name" text,
	"asker_email" text,
	"form_token" text,
	"status" text DEFAULT 'new' NOT NULL,
	"reject_reason" text DEFAULT '' NOT NULL,
	"duplicate_of_id" integer,
	"routed_to_id" integer,
	"answer_draft" text DEFAULT '' NOT NULL,
	"answer_draft_by" text DEFAULT '' NOT NULL,
	"answer_draft_at" timestamp with time zone,
	"public_text" text DEFAULT '' NOT NULL,
	"answer" text DEFAULT '' NOT NULL,
	"answered_by" text,
	"published_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"personal_data_erased_at" timestamp with time zone,
	"is_example" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "question_form_token_unique" UNIQUE("form_token")
);
--> statement-breakpoint
CREATE TABLE "question_link" (
	"question_id" integer NOT NULL,
	"kind" text NOT NULL,
	"target_id" integer NOT NULL,
	CONSTRAINT "question_link_question_id_kind_target_id_pk" PRIMARY KEY("question_id","kind","target_id")
);
--> statement-breakpoint
ALTER TABLE "question" ADD CONSTRAINT "question_duplicate_of_id_question_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."question"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question" ADD CONSTRAINT "question_routed_to_id_organisation_id_fk" FOREIGN KEY ("routed_to_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question" ADD CONSTRAINT "question_answered_by_user_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_link" ADD CONSTRAINT "question_link_question_id_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."question"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "question_status_idx" ON "question" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "question_email_idx" ON "question" USING btree ("asker_email");--> statement-breakpoint
CREATE INDEX "question_link_target_idx" ON "question_link" USING btree ("kind","target_id");