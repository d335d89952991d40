ALTER TABLE "submission" ADD COLUMN "location" text;--> statement-breakpoint
ALTER TABLE "submission" DROP COLUMN "result_id";