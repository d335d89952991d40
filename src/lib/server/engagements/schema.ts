import {
	boolean,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import {
	inquiryChannels,
	inquiryKinds,
	inquiryOutcomes,
	inquiryStatuses
} from '../../schemas/values.ts';
import { action } from '../actions/schema.ts';
import { organisation } from '../partners/schema.ts';
import { user } from '../users/schema.ts';

/**
 * Someone who contacted the partnership: an organisation, or a person by role only (never more
 * personal data than the work needs).
 */
export const inquiry = pgTable(
	'inquiry',
	{
		id: serial('id').primaryKey(),
		fromOrganisationId: integer('from_organisation_id').references(() => organisation.id),
		fromRole: text('from_role').notNull().default(''),
		kind: text('kind', { enum: inquiryKinds }).notNull(),
		channel: text('channel', { enum: inquiryChannels }).notNull(),
		receivedOn: date('received_on').notNull(),
		topic: text('topic').notNull(),
		handlerId: text('handler_id').references(() => user.id),
		status: text('status', { enum: inquiryStatuses }).notNull().default('new'),
		answeredOn: date('answered_on'),
		outcome: text('outcome', { enum: inquiryOutcomes }),
		isExample: boolean('is_example').notNull().default(false),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('inquiry_open_idx').on(t.status, t.receivedOn)]
);

/** A meeting of ours with transport actors, state agencies or neighbouring regions. */
export const engagement = pgTable(
	'engagement',
	{
		id: serial('id').primaryKey(),
		heldOn: date('held_on').notNull(),
		topic: text('topic').notNull(),
		/** Our participants by role ("Utviklingsleder", "Ordfører i Levanger"), never by name. */
		participants: jsonb('participants').$type<string[]>().notNull().default([]),
		summary: text('summary').notNull().default(''),
		summaryIsPublic: boolean('summary_is_public').notNull().default(false),
		inquiryId: integer('inquiry_id').references(() => inquiry.id),
		isExample: boolean('is_example').notNull().default(false),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('engagement_held_idx').on(t.heldOn)]
);

/** The actors met. */
export const engagementActor = pgTable(
	'engagement_actor',
	{
		engagementId: integer('engagement_id')
			.notNull()
			.references(() => engagement.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisation.id)
	},
	(t) => [primaryKey({ columns: [t.engagementId, t.organisationId] })]
);

/** The action points an engagement concerns. */
export const engagementAction = pgTable(
	'engagement_action',
	{
		engagementId: integer('engagement_id')
			.notNull()
			.references(() => engagement.id, { onDelete: 'cascade' }),
		actionId: integer('action_id')
			.notNull()
			.references(() => action.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.engagementId, t.actionId] })]
);

/** The action points an inquiry concerns. */
export const inquiryAction = pgTable(
	'inquiry_action',
	{
		inquiryId: integer('inquiry_id')
			.notNull()
			.references(() => inquiry.id, { onDelete: 'cascade' }),
		actionId: integer('action_id')
			.notNull()
			.references(() => action.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.inquiryId, t.actionId] })]
);
