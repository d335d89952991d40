import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../core/errors.ts';
import { createSeededDatabase } from '../testing/database.ts';
import {
	addWorkshopItems,
	createWorkshop,
	decideWorkshopItem,
	updateWorkshop
} from './commands.ts';
import { getPublicWorkshop, getWorkshopPage } from './queries.ts';
import { createMeasure } from '../measures/commands.ts';
import { linkToMatter } from '../matters/commands.ts';
import { getMatterPage } from '../matters/queries.ts';
import { matter } from '../matters/schema.ts';
import { organisation } from '../partners/schema.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;

async function errorsOf(work: Promise<unknown>): Promise<Record<string, string>> {
	const error = await work.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).fields;
}

beforeAll(async () => {
	env = await createSeededDatabase();
});
afterAll(() => env.database.drop());

describe('workshop input', () => {
	it('keeps items in order and what became of each, with counts by theme and outcome; public only when marked', async () => {
		const staff = await env.ctxAs('sekretariat');
		const w = await createWorkshop(staff, {
			title: 'Verksted om kollektivtransport',
			heldOn: '2026-05-10',
			place: 'Levanger',
			groups: 'Levanger kommune\nVerdal kommune',
			isPublic: ''
		});
		expect(w.groups).toEqual(['Levanger kommune', 'Verdal kommune']);
		await addWorkshopItems(staff, {
			id: w.id,
			items: 'Flere avganger om kvelden\n\nBedre overgang tog–buss\nSamme som første punkt',
			groupName: 'Levanger kommune',
			themeId: ''
		});
		const page = await getWorkshopPage(staff, { id: w.id });
		expect(page.items.map((i) => [i.position, i.text])).toEqual([
			[1, 'Flere avganger om kvelden'],
			[2, 'Bedre overgang tog–buss'],
			[3, 'Samme som første punkt']
		]);
		const [first, second, third] = page.items;
		await decideWorkshopItem(staff, {
			id: w.id,
			itemId: first.id,
			version: first.version,
			outcome: 'taken',
			actionCode: 'ha27'
		});
		await decideWorkshopItem(staff, {
			id: w.id,
			itemId: third.id,
			version: third.version,
			outcome: 'merged',
			mergedIntoId: String(first.id)
		});
		expect(
			await errorsOf(
				decideWorkshopItem(staff, {
					id: w.id,
					itemId: second.id,
					version: second.version,
					outcome: 'not_followed',
					note: ''
				})
			)
		).toEqual({ note: 'workshop_error_reason' });
		expect(
			await errorsOf(
				decideWorkshopItem(staff, {
					id: w.id,
					itemId: second.id,
					version: second.version,
					outcome: 'merged',
					mergedIntoId: String(second.id)
				})
			)
		).toEqual({ mergedIntoId: 'workshop_error_merged' });
		await expect(
			decideWorkshopItem(staff, {
				id: w.id,
				itemId: first.id,
				version: first.version,
				outcome: 'open'
			})
		).rejects.toBeInstanceOf(ConflictError);
		const after = await getWorkshopPage(staff, { id: w.id });
		expect(after.items.map((i) => [i.outcome, i.actionCode, i.mergedIntoPosition])).toEqual([
			['taken', 'HA27', null],
			['open', null, null],
			['merged', null, 1]
		]);
		expect(after.byOutcome).toEqual([
			{ outcome: 'open', n: 1 },
			{ outcome: 'taken', n: 1 },
			{ outcome: 'merged', n: 1 },
			{ outcome: 'not_followed', n: 0 }
		]);
		await expect(getPublicWorkshop(await env.ctxAs(null), { id: w.id })).rejects.toBeInstanceOf(
			NotFoundError
		);
		await updateWorkshop(staff, {
			id: w.id,
			version: w.version,
			title: w.title,
			heldOn: w.heldOn,
			groups: 'Levanger kommune',
			isPublic: 'on'
		});
		expect((await getPublicWorkshop(await env.ctxAs(null), { id: w.id })).items).toHaveLength(3);
		// An item of another workshop cannot be decided through this one.
		const other = await createWorkshop(staff, { title: 'Annet verksted', heldOn: '2026-05-11' });
		await expect(
			decideWorkshopItem(staff, {
				id: other.id,
				itemId: first.id,
				version: 2,
				outcome: 'open'
			})
		).rejects.toBeInstanceOf(NotFoundError);
		for (const who of ['steinkjer', 'leser'])
			await expect(
				addWorkshopItems(await env.ctxAs(who), { id: w.id, items: 'x' })
			).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('links an item to goals, a measure made from it and a matter, shown in its summary', async () => {
		const staff = await env.ctxAs('sekretariat');
		const w = await createWorkshop(staff, {
			title: 'Verksted om sykkel',
			heldOn: '2026-05-12',
			isPublic: 'on'
		});
		const [item] = await addWorkshopItems(staff, { id: w.id, items: 'Sykkelvei langs E6' });
		const page = await getWorkshopPage(staff, { id: w.id });
		const [goal2, goal5] = [page.goals[1], page.goals[4]];
		expect(
			await errorsOf(
				decideWorkshopItem(staff, {
					id: w.id,
					itemId: item.id,
					version: item.version,
					outcome: 'open',
					goalIds: ['999999']
				})
			)
		).toEqual({ goalIds: 'error_choice' });
		await decideWorkshopItem(staff, {
			id: w.id,
			itemId: item.id,
			version: item.version,
			outcome: 'taken',
			actionCode: 'HA27',
			goalIds: [String(goal2.value), String(goal5.value)]
		});
		const [owner] = await env.db.select({ id: organisation.id }).from(organisation).limit(1);
		const measure = await createMeasure(staff, {
			code: 'HA27',
			title: 'Forprosjekt sykkelvei langs E6',
			ownerId: String(owner.id),
			phase: 'idea',
			originKind: 'workshop_item',
			originId: String(item.id)
		});
		const [mattersRow] = await env.db.select({ id: matter.id }).from(matter).limit(1);
		await linkToMatter(staff, {
			id: String(mattersRow.id),
			reference: `/arbeidsrom/innspill/${w.id}#innspill-${item.id}`
		});
		const summary = await getPublicWorkshop(await env.ctxAs(null), { id: w.id });
		expect(summary.items[0].goals.map((g) => g.number)).toEqual([2, 5]);
		expect(summary.items[0].measures.map((ms) => [ms.id, ms.code])).toEqual([[measure.id, 'HA27']]);
		const timeline = (await getMatterPage(staff, { id: String(mattersRow.id) })).timeline;
		expect(timeline.find((i) => i.kind === 'workshop_item')).toMatchObject({
			id: item.id,
			href: `/arbeidsrom/innspill/${w.id}#innspill-${item.id}`
		});
	});

	it('holds the demo’s five points from 12 April 2024', async () => {
		const list = await getPublicWorkshop(await env.ctxAs(null), { id: 1 });
		expect(list.workshop.heldOn).toBe('2024-04-12');
		expect(list.items.map((i) => i.text.slice(0, 20))).toHaveLength(5);
		expect(list.items[4].text).toBe('Snakk og utøv Innherredsbyen med felles stemme');
	});
});
