import { and, asc, eq, sql } from 'drizzle-orm';
import { action } from '../../src/lib/server/actions/schema.ts';
import {
	commitment,
	commitmentEntry,
	commitmentLink
} from '../../src/lib/server/commitments/schema.ts';
import { prng } from '../../src/lib/server/demo/seed.ts';
import { engagement, engagementActor, inquiry } from '../../src/lib/server/engagements/schema.ts';
import { statementDemand, statementImpact } from '../../src/lib/server/impact/schema.ts';
import { matter, matterLink } from '../../src/lib/server/matters/schema.ts';
import { measure, measureFunding } from '../../src/lib/server/measures/schema.ts';
import { organisation } from '../../src/lib/server/partners/schema.ts';
import type { Db } from '../../src/lib/server/platform/db/client.ts';
import { osloDate } from '../../src/lib/server/shared/dates.ts';
import { statement } from '../../src/lib/server/statements/schema.ts';
import {
	commitmentStatuses,
	demandOutcomes,
	fundingSources,
	inquiryKinds,
	inquiryStatuses,
	measurePhases,
	type MatterLinkKind
} from '../../src/lib/schemas/values.ts';

export interface RelationsScale {
	commitments: number;
	engagements: number;
	inquiries: number;
	measures: number;
	matters: number;
	linksPerMatter: number;
	/** Demands on each sent statement, with outcomes. */
	demandsPerStatement: number;
}

async function inChunks<T, R>(rows: T[], size: number, insert: (chunk: T[]) => Promise<R[]>) {
	const out: R[] = [];
	for (let i = 0; i < rows.length; i += size) out.push(...(await insert(rows.slice(i, i + size))));
	return out;
}

/**
 * Seeds commitments over every organisation, engagements, inquiries, measures under the action
 * points, demands with outcomes on the sent statements, and matters with many links, for the
 * benchmark. Returns what its routes open.
 */
export async function seedLargeRelations(
	db: Db,
	scale: RelationsScale,
	programmeId: number,
	now = new Date()
) {
	const random = prng(12);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
	const day = (offset: number) => osloDate(new Date(now.getTime() + offset * 86_400_000));
	const orgIds = (await db.select({ id: organisation.id }).from(organisation)).map((o) => o.id);
	const actionIds = (
		await db
			.select({ id: action.id })
			.from(action)
			.where(eq(action.programmeId, programmeId))
			.orderBy(asc(action.code))
	).map((a) => a.id);

	const commitments = await inChunks(
		Array.from({ length: scale.commitments }, (_, i) => {
			const due = day(Math.floor(random() * 1_400) - 700);
			return {
				actorId: orgIds[i % orgIds.length],
				promise: `Eksempel: forpliktelse ${i + 1} om bedre togtilbud og trygg veg`,
				sourceKind: 'meeting_decision' as const,
				sourceOn: day(-800),
				dueOn: due,
				currentDueOn: due,
				status: pick(commitmentStatuses),
				isPublic: random() < 0.8,
				isExample: true
			};
		}),
		1_000,
		(chunk) =>
			db
				.insert(commitment)
				.values(chunk)
				.returning({ id: commitment.id, status: commitment.status })
	);
	await inChunks(
		commitments.flatMap((c) => [
			{ commitmentId: c.id, on: day(-800), status: 'open' as const, recordedByName: 'Ytelsestest' },
			...(c.status === 'open'
				? []
				: [
						{
							commitmentId: c.id,
							on: day(-10),
							status: c.status,
							evidence: 'Eksempel.',
							recordedByName: 'Ytelsestest'
						}
					])
		]),
		2_000,
		(chunk) => db.insert(commitmentEntry).values(chunk).returning({ id: commitmentEntry.id })
	);
	await inChunks(
		commitments.map((c, i) => ({
			commitmentId: c.id,
			kind: 'action' as const,
			targetId: actionIds[i % actionIds.length]
		})),
		2_000,
		(chunk) =>
			db.insert(commitmentLink).values(chunk).returning({ id: commitmentLink.commitmentId })
	);

	const engagements = await inChunks(
		Array.from({ length: scale.engagements }, (_, i) => ({
			heldOn: day(-Math.floor(random() * 900)),
			topic: `Eksempel: møte ${i + 1} med aktører om kollektivtransport`,
			participants: ['Utviklingsleder'],
			summary: 'Eksempel på referat.',
			summaryIsPublic: random() < 0.5,
			isExample: true
		})),
		1_000,
		(chunk) => db.insert(engagement).values(chunk).returning({ id: engagement.id })
	);
	await inChunks(
		engagements.map((e, i) => ({ engagementId: e.id, organisationId: orgIds[i % orgIds.length] })),
		2_000,
		(chunk) =>
			db.insert(engagementActor).values(chunk).returning({ id: engagementActor.engagementId })
	);
	const inquiries = await inChunks(
		Array.from({ length: scale.inquiries }, (_, i) => ({
			fromRole: 'Forsker',
			kind: pick(inquiryKinds),
			channel: 'email' as const,
			receivedOn: day(-Math.floor(random() * 900)),
			topic: `Eksempel: henvendelse ${i + 1}`,
			status: pick(inquiryStatuses.filter((s) => s !== 'answered')),
			isExample: true
		})),
		1_000,
		(chunk) => db.insert(inquiry).values(chunk).returning({ id: inquiry.id })
	);
	// Measures: most under the first action point's neighbours, four on every tenth point.
	const measures = await inChunks(
		Array.from({ length: scale.measures }, (_, i) => ({
			actionId: actionIds[i % actionIds.length],
			title: `Eksempel: tiltak ${i + 1}`,
			ownerId: orgIds[i % orgIds.length],
			phase: pick(measurePhases),
			costEstimate: Math.floor(random() * 50_000_000),
			originKind: 'engagement' as const,
			originId: engagements[i % engagements.length].id
		})),
		1_000,
		(chunk) =>
			db.insert(measure).values(chunk).returning({ id: measure.id, actionId: measure.actionId })
	);
	await inChunks(
		measures.flatMap((ms) =>
			fundingSources.slice(0, 1 + (ms.id % 3)).map((source) => ({
				measureId: ms.id,
				source,
				amount: 1_000_000 * (1 + (ms.id % 7))
			}))
		),
		2_000,
		(chunk) => db.insert(measureFunding).values(chunk).returning({ id: measureFunding.id })
	);

	const sent = await db
		.select({ id: statement.id })
		.from(statement)
		.where(eq(statement.status, 'sent'));
	await inChunks(
		sent.map((s) => ({ statementId: s.id, decision: 'Eksempel: vedtak', decidedOn: day(-5) })),
		1_000,
		(chunk) => db.insert(statementImpact).values(chunk).returning({ id: statementImpact.id })
	);
	await inChunks(
		sent.flatMap((s) =>
			Array.from({ length: scale.demandsPerStatement }, (_, k) => ({
				statementId: s.id,
				position: k + 1,
				text: `Eksempel: krav ${k + 1}`,
				outcome: pick(demandOutcomes)
			}))
		),
		2_000,
		(chunk) => db.insert(statementDemand).values(chunk).returning({ id: statementDemand.id })
	);

	const kinds: [MatterLinkKind, number[]][] = [
		['commitment', commitments.map((c) => c.id)],
		['engagement', engagements.map((e) => e.id)],
		['inquiry', inquiries.map((q) => q.id)],
		['measure', measures.map((ms) => ms.id)],
		['action', actionIds],
		['statement', sent.map((s) => s.id)]
	];
	const matters = await db
		.insert(matter)
		.values(
			Array.from({ length: scale.matters }, (_, i) => ({
				slug: `sak-${i + 1}`,
				title: `Eksempel: sak ${i + 1}`,
				standing: 'Eksempel på status.',
				pinOrder: i < 5 ? i + 1 : null,
				isExample: true
			}))
		)
		.returning({ id: matter.id, slug: matter.slug });
	await inChunks(
		matters.flatMap((mt, i) =>
			Array.from({ length: scale.linksPerMatter }, (_, k) => {
				const [kind, ids] = kinds[k % kinds.length];
				return { matterId: mt.id, kind, targetId: ids[(i * 37 + k * 11) % ids.length] };
			})
		),
		2_000,
		(chunk) =>
			db
				.insert(matterLink)
				.values(chunk)
				.onConflictDoNothing()
				.returning({ id: matterLink.matterId })
	);
	const [withMeasures] = await db
		.select({ code: action.code })
		.from(action)
		.where(
			and(
				eq(action.programmeId, programmeId),
				sql`exists (select 1 from ${measure} where ${measure.actionId} = ${action.id})`
			)
		)
		.orderBy(asc(action.code))
		.limit(1);
	return { matterSlug: matters[0].slug, measureCode: withMeasures.code };
}
