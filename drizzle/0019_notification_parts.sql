ALTER TABLE "notification" ADD COLUMN "html" text;--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "headers" jsonb;