CREATE TABLE "priority_comment" (
	"round_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"action_id" integer NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "priority_comment_round_id_organisation_id_action_id_pk" PRIMARY KEY("round_id","organisation_id","action_id")
);
--> statement-breakpoint
CREATE TABLE "priority_criterion" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"name" text NOT NULL,
	"weight" integer NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "priority_round" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"closed_at" timestamp with time zone,
	"published" boolean DEFAULT false NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "priority_round_action" (
	"round_id" integer NOT NULL,
	"action_id" integer NOT NULL,
	CONSTRAINT "priority_round_action_round_id_action_id_pk" PRIMARY KEY("round_id","action_id")
);
--> statement-breakpoint
CREATE TABLE "priority_score" (
	"round_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"action_id" integer NOT NULL,
	"criterion_id" integer NOT NULL,
	"score" integer NOT NULL,
	"scored_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "priority_score_round_id_organisation_id_action_id_criterion_id_pk" PRIMARY KEY("round_id","organisation_id","action_id","criterion_id")
);
--> statement-breakpoint
ALTER TABLE "priority_comment" ADD CONSTRAINT "priority_comment_round_id_priority_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."priority_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_comment" ADD CONSTRAINT "priority_comment_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_comment" ADD CONSTRAINT "priority_comment_action_id_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."action"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_criterion" ADD CONSTRAINT "priority_criterion_round_id_priority_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."priority_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_round" ADD CONSTRAINT "priority_round_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_round_action" ADD CONSTRAINT "priority_round_action_round_id_priority_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."priority_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_round_action" ADD CONSTRAINT "priority_round_action_action_id_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."action"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_score" ADD CONSTRAINT "priority_score_round_id_priority_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."priority_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_score" ADD CONSTRAINT "priority_score_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_score" ADD CONSTRAINT "priority_score_action_id_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."action"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_score" ADD CONSTRAINT "priority_score_criterion_id_priority_criterion_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."priority_criterion"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_score" ADD CONSTRAINT "priority_score_scored_by_user_id_fk" FOREIGN KEY ("scored_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;