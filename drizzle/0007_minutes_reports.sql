CREATE TABLE "attendance" (
	"meeting_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"status" text NOT NULL,
	"in_place_of_member_id" integer,
	CONSTRAINT "attendance_meeting_id_member_id_pk" PRIMARY KEY("meeting_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "case_attachment" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"exempt" boolean DEFAULT false NOT NULL,
	"exempt_basis" text DEFAULT '' NOT NULL,
	"uploaded_by" text,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_link" (
	"case_id" integer NOT NULL,
	"kind" text NOT NULL,
	"target_id" integer NOT NULL,
	CONSTRAINT "case_link_case_id_kind_target_id_pk" PRIMARY KEY("case_id","kind","target_id")
);
--> statement-breakpoint
CREATE TABLE "follow_up" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"task" text NOT NULL,
	"organisation_id" integer,
	"person_name" text DEFAULT '' NOT NULL,
	"due_date" date NOT NULL,
	"done_on" date,
	"result" text DEFAULT '' NOT NULL,
	"done_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "minutes_version" (
	"meeting_id" integer NOT NULL,
	"number" integer NOT NULL,
	"content" jsonb NOT NULL,
	"reason" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "minutes_version_meeting_id_number_pk" PRIMARY KEY("meeting_id","number")
);
--> statement-breakpoint
CREATE TABLE "status_report" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"programme_id" integer NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"as_of" date NOT NULL,
	"created_by" text,
	"previous_id" integer,
	"previous_taken_at" timestamp with time zone,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" jsonb,
	"is_example" boolean DEFAULT false NOT NULL,
	CONSTRAINT "status_report_meeting_id_unique" UNIQUE("meeting_id")
);
--> statement-breakpoint
CREATE TABLE "status_report_item" (
	"report_id" integer NOT NULL,
	"action_id" integer NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"theme_name" text NOT NULL,
	"theme_position" integer NOT NULL,
	"lead_name" text NOT NULL,
	"status" text NOT NULL,
	"progress" integer NOT NULL,
	"due_date" date,
	"last_update_at" timestamp with time zone,
	"overdue_milestones" integer NOT NULL,
	"is_example" boolean NOT NULL,
	CONSTRAINT "status_report_item_report_id_action_id_pk" PRIMARY KEY("report_id","action_id")
);
--> statement-breakpoint
ALTER TABLE "body_member" ADD COLUMN "user_id" text;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "minutes_approved_on" date;--> statement-breakpoint
ALTER TABLE "meeting_case" ADD COLUMN "decision" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting_case" ADD COLUMN "votes_for" integer;--> statement-breakpoint
ALTER TABLE "meeting_case" ADD COLUMN "votes_against" integer;--> statement-breakpoint
ALTER TABLE "meeting_case" ADD COLUMN "votes_abstain" integer;--> statement-breakpoint
ALTER TABLE "meeting_case" ADD COLUMN "vote_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_member_id_body_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."body_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_in_place_of_member_id_body_member_id_fk" FOREIGN KEY ("in_place_of_member_id") REFERENCES "public"."body_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachment" ADD CONSTRAINT "case_attachment_case_id_meeting_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."meeting_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachment" ADD CONSTRAINT "case_attachment_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_link" ADD CONSTRAINT "case_link_case_id_meeting_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."meeting_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_case_id_meeting_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."meeting_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_done_by_user_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_version" ADD CONSTRAINT "minutes_version_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_version" ADD CONSTRAINT "minutes_version_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_report" ADD CONSTRAINT "status_report_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_report" ADD CONSTRAINT "status_report_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_report_item" ADD CONSTRAINT "status_report_item_report_id_status_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."status_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_attachment_case_idx" ON "case_attachment" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "follow_up_open_idx" ON "follow_up" USING btree ("done_on","due_date");--> statement-breakpoint
CREATE INDEX "follow_up_case_idx" ON "follow_up" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "status_report_programme_idx" ON "status_report" USING btree ("programme_id","taken_at");--> statement-breakpoint
ALTER TABLE "body_member" ADD CONSTRAINT "body_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;