CREATE TABLE "news_image" (
	"id" serial PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"original" "bytea" NOT NULL,
	"uploaded_by" text,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "news_image_variant" (
	"image_id" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"format" text NOT NULL,
	"content" "bytea" NOT NULL,
	CONSTRAINT "news_image_variant_image_id_width_format_pk" PRIMARY KEY("image_id","width","format")
);
--> statement-breakpoint
CREATE TABLE "news_post" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"publish_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_note" text DEFAULT '' NOT NULL,
	"byline_kind" text DEFAULT 'role' NOT NULL,
	"byline_role" text DEFAULT '' NOT NULL,
	"author_name" text DEFAULT '' NOT NULL,
	"author_id" text,
	"image_id" integer,
	"image_alt" text DEFAULT '' NOT NULL,
	"origin" text,
	"is_example" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "news_post_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "news_share" (
	"post_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "news_share_post_id_organisation_id_pk" PRIMARY KEY("post_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "news_tag" (
	"post_id" integer NOT NULL,
	"kind" text NOT NULL,
	"target_id" integer NOT NULL,
	CONSTRAINT "news_tag_post_id_kind_target_id_pk" PRIMARY KEY("post_id","kind","target_id")
);
--> statement-breakpoint
ALTER TABLE "news_image" ADD CONSTRAINT "news_image_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_image_variant" ADD CONSTRAINT "news_image_variant_image_id_news_image_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."news_image"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_post" ADD CONSTRAINT "news_post_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_post" ADD CONSTRAINT "news_post_image_id_news_image_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."news_image"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_share" ADD CONSTRAINT "news_share_post_id_news_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."news_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_share" ADD CONSTRAINT "news_share_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_share" ADD CONSTRAINT "news_share_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_tag" ADD CONSTRAINT "news_tag_post_id_news_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."news_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "news_post_published_idx" ON "news_post" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "news_post_due_idx" ON "news_post" USING btree ("status","publish_at");--> statement-breakpoint
CREATE INDEX "news_tag_target_idx" ON "news_tag" USING btree ("kind","target_id");