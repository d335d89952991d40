CREATE TABLE "workshop_item_goal" (
	"item_id" integer NOT NULL,
	"goal_id" integer NOT NULL,
	CONSTRAINT "workshop_item_goal_item_id_goal_id_pk" PRIMARY KEY("item_id","goal_id")
);
--> statement-breakpoint
ALTER TABLE "workshop_item_goal" ADD CONSTRAINT "workshop_item_goal_item_id_workshop_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."workshop_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_item_goal" ADD CONSTRAINT "workshop_item_goal_goal_id_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goal"("id") ON DELETE cascade ON UPDATE no action;