CREATE TABLE "submission" (
	"token" text PRIMARY KEY NOT NULL,
	"actor_id" text,
	"result_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "claimed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "message_id" text;--> statement-breakpoint
CREATE INDEX "submission_created_idx" ON "submission" USING btree ("created_at");