import { and, eq } from 'drizzle-orm';
import { action } from '../actions/schema.ts';
import type { Tx } from '../core/context.ts';
import { engagement, engagementActor, inquiry } from '../engagements/schema.ts';
import { measure, measureFunding } from '../measures/schema.ts';
import { organisation } from '../partners/schema.ts';
import { osloDate } from '../shared/dates.ts';

const day = 86_400_000;

/**
 * An invented chain, marked as examples: an inquiry from research that led to an engagement and a
 * measure under HA27, and one inquiry still waiting for an answer after three weeks.
 */
export async function seedDemoRelations(tx: Tx, programmeId: number, now: Date) {
	const relative = (days: number) => osloDate(new Date(now.getTime() + days * day));
	const orgId = async (slug: string) =>
		(
			await tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.slug, slug))
		)[0].id;
	const [answered] = await tx
		.insert(inquiry)
		.values({
			fromRole: 'Forsker ved NTNU',
			kind: 'research',
			channel: 'email',
			receivedOn: relative(-90),
			topic: 'Eksempel: Samarbeid om en ny reisevaneundersøkelse for Innherred',
			status: 'answered',
			answeredOn: relative(-80),
			outcome: 'meeting_held',
			isExample: true
		})
		.returning({ id: inquiry.id });
	await tx.insert(inquiry).values({
		fromOrganisationId: await orgId('atb'),
		kind: 'business',
		channel: 'phone',
		receivedOn: relative(-21),
		topic: 'Eksempel: Spørsmål om innfartsparkering ved Verdal stasjon',
		isExample: true
	});
	const [met] = await tx
		.insert(engagement)
		.values({
			heldOn: relative(-60),
			topic: 'Eksempel: Møte om reisevaneundersøkelse og kunnskapsgrunnlag',
			participants: ['Utviklingsleder', 'Rådgiver i Trøndelag fylkeskommune'],
			summary: 'Eksempel: Partene ble enige om å utrede en felles reisevaneundersøkelse.',
			inquiryId: answered.id,
			isExample: true
		})
		.returning({ id: engagement.id });
	await tx.insert(engagementActor).values({
		engagementId: met.id,
		organisationId: await orgId('trondelag-fylkeskommune')
	});
	const [ha27] = await tx
		.select({ id: action.id })
		.from(action)
		.where(and(eq(action.programmeId, programmeId), eq(action.code, 'HA27')));
	if (!ha27) return;
	const [made] = await tx
		.insert(measure)
		.values({
			actionId: ha27.id,
			title: 'Eksempel: Reisevaneundersøkelse for Innherred',
			ownerId: await orgId('trondelag-fylkeskommune'),
			phase: 'planning',
			startsOn: relative(30),
			endsOn: relative(400),
			costEstimate: 1_500_000,
			originKind: 'engagement',
			originId: met.id
		})
		.returning({ id: measure.id });
	await tx.insert(measureFunding).values([
		{ measureId: made.id, source: 'county', amount: 750_000 },
		{ measureId: made.id, source: 'municipal', amount: 500_000 }
	]);
}
