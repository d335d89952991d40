import { bigint, bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Append-only: nothing in the app updates or deletes these rows.
export const auditEvent = pgTable(
	'audit_event',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorId: text('actor_id'),
		actorName: text('actor_name').notNull(),
		entity: text('entity').notNull(),
		entityId: text('entity_id').notNull(),
		kind: text('kind').notNull(),
		before: jsonb('before'),
		after: jsonb('after')
	},
	(t) => [index('audit_entity_idx').on(t.entity, t.entityId, t.at)]
);

/**
 * A counter that every change moves on (see recordAudit). Cached public responses carry the
 * generation they were made at, so every app instance knows when its cache is stale.
 */
export const cacheGeneration = pgTable('cache_generation', {
	scope: text('scope').primaryKey(),
	generation: bigint('generation', { mode: 'number' }).notNull()
});

/**
 * One-time tokens of forms whose post must not be saved twice (a double click, a post sent again
 * after its connection dropped), with where the saved post went (see core/submissions.ts).
 */
export const submission = pgTable(
	'submission',
	{
		token: text('token').primaryKey(),
		actorId: text('actor_id'),
		location: text('location'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('submission_created_idx').on(t.createdAt)]
);
