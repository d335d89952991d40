CREATE TABLE "engagement" (
	"id" serial PRIMARY KEY NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"summary_is_public" boolean DEFAULT false NOT NULL,
	"inquiry_id" integer,
	"is_example" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_action" (
	"engagement_id" integer NOT NULL,
	"action_id" integer NOT NULL,
	CONSTRAINT "engagement_action_engagement_id_action_id_pk" PRIMARY KEY("engagement_id","action_id")
);
--> statement-breakpoint
CREATE TABLE "engagement_actor" (
	"engagement_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "engagement_actor_engagement_id_organisation_id_pk" PRIMARY KEY("engagement_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "inquiry" (
	"id" serial PRIMARY KEY NOT NULL,
	"from_organisation_id" integer,
	"from_role" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"received_on" date NOT NULL,
	"topic" text NOT NULL,
	"handler_id" text,
	"status" text DEFAULT 'new' NOT NULL,
	"answered_on" date,
	"outcome" text,
	"is_example" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inquiry_action" (
	"inquiry_id" integer NOT NULL,
	"action_id" integer NOT NULL,
	CONSTRAINT "inquiry_action_inquiry_id_action_id_pk" PRIMARY KEY("inquiry_id","action_id")
);
--> statement-breakpoint
CREATE TABLE "measure" (
	"id" serial PRIMARY KEY NOT NULL,
	"action_id" integer NOT NULL,
	"title" text NOT NULL,
	"owner_id" integer NOT NULL,
	"phase" text DEFAULT 'idea' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"cost_estimate" bigint,
	"origin_kind" text,
	"origin_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_funding" (
	"id" serial PRIMARY KEY NOT NULL,
	"measure_id" integer NOT NULL,
	"source" text NOT NULL,
	"amount" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "follow_up" ALTER COLUMN "case_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "follow_up" ALTER COLUMN "meeting_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "follow_up" ADD COLUMN "engagement_id" integer;--> statement-breakpoint
ALTER TABLE "engagement" ADD CONSTRAINT "engagement_inquiry_id_inquiry_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_action" ADD CONSTRAINT "engagement_action_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_action" ADD CONSTRAINT "engagement_action_action_id_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_actor" ADD CONSTRAINT "engagement_actor_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_actor" ADD CONSTRAINT "engagement_actor_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry" ADD CONSTRAINT "inquiry_from_organisation_id_organisation_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry" ADD CONSTRAINT "inquiry_handler_id_user_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry_action" ADD CONSTRAINT "inquiry_action_inquiry_id_inquiry_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiry"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry_action" ADD CONSTRAINT "inquiry_action_action_id_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_action_id_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_owner_id_organisation_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_funding" ADD CONSTRAINT "measure_funding_measure_id_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "engagement_held_idx" ON "engagement" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "inquiry_open_idx" ON "inquiry" USING btree ("status","received_on");--> statement-breakpoint
CREATE INDEX "measure_action_idx" ON "measure" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "measure_phase_idx" ON "measure" USING btree ("phase","action_id");--> statement-breakpoint
CREATE INDEX "measure_origin_idx" ON "measure" USING btree ("origin_kind","origin_id");--> statement-breakpoint
CREATE INDEX "measure_funding_measure_idx" ON "measure_funding" USING btree ("measure_id");--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_engagement_id_engagement_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_up_engagement_idx" ON "follow_up" USING btree ("engagement_id");--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_origin" CHECK (("follow_up"."case_id" is not null and "follow_up"."meeting_id" is not null and "follow_up"."engagement_id" is null) or ("follow_up"."case_id" is null and "follow_up"."meeting_id" is null and "follow_up"."engagement_id" is not null));