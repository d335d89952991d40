import {
	boolean,
	index,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { bylineKinds, newsStatuses, newsTagKinds } from '../../schemas/values.ts';
import { bytea } from '../hearings/schema.ts';
import { organisation } from '../partners/schema.ts';
import { user } from '../users/schema.ts';

/** An uploaded picture. The original is kept but never served; its scaled sizes are. */
export const newsImage = pgTable('news_image', {
	id: serial('id').primaryKey(),
	contentType: text('content_type').notNull(),
	width: integer('width').notNull(),
	height: integer('height').notNull(),
	original: bytea('original').notNull(),
	uploadedBy: text('uploaded_by').references(() => user.id),
	uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow()
});

/** A scaled size of a picture, made once at upload. */
export const newsImageVariant = pgTable(
	'news_image_variant',
	{
		imageId: integer('image_id')
			.notNull()
			.references(() => newsImage.id, { onDelete: 'cascade' }),
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		format: text('format', { enum: ['jpeg', 'webp'] }).notNull(),
		content: bytea('content').notNull()
	},
	(t) => [primaryKey({ columns: [t.imageId, t.width, t.format] })]
);

/** A news post. Its address (`slug`) stays once made, so that a shared link keeps working. */
export const newsPost = pgTable(
	'news_post',
	{
		id: serial('id').primaryKey(),
		slug: text('slug').notNull().unique(),
		title: text('title').notNull(),
		lead: text('lead').notNull().default(''),
		body: text('body').notNull().default(''),
		status: text('status', { enum: newsStatuses }).notNull().default('draft'),
		/** When a scheduled post is to be published. */
		publishAt: timestamp('publish_at', { withTimezone: true }),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
		/** Why it was withdrawn; shown at its address instead of the post. */
		withdrawnNote: text('withdrawn_note').notNull().default(''),
		/** Whether the byline is the author's name or a role ("Sekretariatet"). */
		bylineKind: text('byline_kind', { enum: bylineKinds }).notNull().default('role'),
		bylineRole: text('byline_role').notNull().default(''),
		authorName: text('author_name').notNull().default(''),
		authorId: text('author_id').references(() => user.id),
		imageId: integer('image_id').references(() => newsImage.id),
		imageAlt: text('image_alt').notNull().default(''),
		/** What the draft was made from: `progress:12`, `statement:3`, … */
		origin: text('origin'),
		isExample: boolean('is_example').notNull().default(false),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('news_post_published_idx').on(t.status, t.publishedAt),
		index('news_post_due_idx').on(t.status, t.publishAt)
	]
);

/** The themes, matters, action points and statements a post is about. */
export const newsTag = pgTable(
	'news_tag',
	{
		postId: integer('post_id')
			.notNull()
			.references(() => newsPost.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: newsTagKinds }).notNull(),
		targetId: integer('target_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.postId, t.kind, t.targetId] }),
		index('news_tag_target_idx').on(t.kind, t.targetId)
	]
);

/** Which partners shared a post on their own channels. */
export const newsShare = pgTable(
	'news_share',
	{
		postId: integer('post_id')
			.notNull()
			.references(() => newsPost.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisation.id),
		recordedBy: text('recorded_by').references(() => user.id),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.postId, t.organisationId] })]
);

export type NewsPost = typeof newsPost.$inferSelect;
