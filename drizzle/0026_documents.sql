CREATE TABLE "library_document" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"issued_on" date NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"is_example" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_document_link" (
	"document_id" integer NOT NULL,
	"kind" text NOT NULL,
	"target_id" integer NOT NULL,
	CONSTRAINT "library_document_link_document_id_kind_target_id_pk" PRIMARY KEY("document_id","kind","target_id")
);
--> statement-breakpoint
CREATE TABLE "library_document_version" (
	"id" serial PRIMARY KEY NOT NULL,
	"document_id" integer NOT NULL,
	"number" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"uploaded_by" text,
	"uploaded_by_name" text DEFAULT '' NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_document_version_document_id_number_unique" UNIQUE("document_id","number")
);
--> statement-breakpoint
ALTER TABLE "library_document_link" ADD CONSTRAINT "library_document_link_document_id_library_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."library_document"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_document_version" ADD CONSTRAINT "library_document_version_document_id_library_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."library_document"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_document_version" ADD CONSTRAINT "library_document_version_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "library_document_link_target_idx" ON "library_document_link" USING btree ("kind","target_id");