import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionFilter } from '../../schemas/action.ts';
import { auditEvent } from '../core/audit-schema.ts';
import { listAuditTrail } from '../core/audit.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../core/errors.ts';
import { RepeatedSubmission, once, rememberSubmission } from '../core/submissions.ts';
import { organisation } from '../partners/schema.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { listNeedsAttention } from './attention.ts';
import { addMilestone, recordProgress, updateAction, updateMilestone } from './commands.ts';
import { getActionByCode, listActions, summariseProgramme } from './queries.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
beforeAll(async () => {
	env = await createSeededDatabase();
});
afterAll(async () => {
	await env.database.drop();
});

const filter = (raw: Record<string, string> = {}) => actionFilter.parse(raw);

async function formFor(code: string) {
	const d = await getActionByCode(await env.ctxAs(null), { code });
	return {
		title: d.action.title,
		description: d.action.description,
		themeId: String(d.action.themeId),
		horizon: d.action.horizon,
		leadOrganisationId: String(d.action.leadOrganisationId),
		participantIds: d.participants.map((p) => String(p.id)),
		goalIds: d.goals.map((g) => String(g.id)),
		dueDate: d.action.dueDate ?? '',
		status: d.action.status,
		progress: String(d.action.progress),
		version: String(d.action.version)
	};
}

/** A demo municipality user whose organisation neither leads nor takes part in the action point. */
async function outsiderOf(code: string): Promise<string> {
	const d = await getActionByCode(await env.ctxAs(null), { code });
	const involved = new Set([d.lead.slug, ...d.participants.map((p) => p.slug)]);
	const slug = ['steinkjer', 'verdal', 'levanger', 'frosta', 'inderoy', 'snasa'].find(
		(s) => !involved.has(s)
	);
	if (!slug) throw new Error('every municipality takes part');
	const [org] = await env.db.select().from(organisation).where(eq(organisation.slug, slug));
	expect(involved.has(org.slug)).toBe(false);
	return slug;
}

describe('listActions', () => {
	it('lists the 33 action points of the current programme in code order', async () => {
		const { items, total } = await listActions(await env.ctxAs(null), filter({ limit: '100' }));
		expect(total).toBe(33);
		expect(items[0].code).toBe('HA01');
		expect(items.filter((i) => !i.isExample).map((i) => i.code)).toEqual([
			'HA16',
			'HA18',
			'HA23',
			'HA25',
			'HA27'
		]);
	});
	it('finds inflected Norwegian words with full-text search', async () => {
		const { items } = await listActions(await env.ctxAs(null), filter({ q: 'sykkelstrategien' }));
		expect(items.map((i) => i.code)).toContain('HA27');
		const byCode = await listActions(await env.ctxAs(null), filter({ q: 'ha16' }));
		expect(byCode.items.map((i) => i.code)).toEqual(['HA16']);
	});
	it('finds a compound by its first part or a part inside it, whole words first', async () => {
		const ctx = await env.ctxAs(null);
		const titles = async (q: string) =>
			(await listActions(ctx, { q, limit: '100' })).items.map((i) => i.title);
		expect((await titles('sykkel')).join(' | ')).toMatch(/sykkelstrategi/);
		expect((await titles('kollektiv')).join(' | ')).toMatch(/kollektivtransportplan/);
		expect((await titles('trønder')).join(' | ')).toMatch(/Trønderbanen/);
		expect((await titles('strategi')).join(' | ')).toMatch(/sykkelstrategi/);
		// "strategien" stands as a word in HA18's title: it comes before the compounds.
		const ranked = await titles('strategien');
		expect(ranked[0]).toMatch(/strategien for utvikling av togtilbudet/);
		expect(await titles('xyzæøå')).toEqual([]);
	});
	it('filters by theme, partner, status and horizon together', async () => {
		const ctx = await env.ctxAs(null);
		const rail = await listActions(ctx, filter({ theme: 'jernbane' }));
		expect(rail.items.length).toBeGreaterThan(0);
		expect(rail.items.every((i) => i.themeSlug === 'jernbane')).toBe(true);
		const levanger = await listActions(ctx, filter({ partner: 'levanger' }));
		expect(levanger.items.map((i) => i.code)).toContain('HA27');
		const delayed = await listActions(ctx, filter({ status: 'delayed', horizon: 'short' }));
		expect(delayed.items.every((i) => i.status === 'delayed' && i.horizon === 'short')).toBe(true);
	});
	it('pages with limit and offset and ignores nonsense parameters', async () => {
		const ctx = await env.ctxAs(null);
		const page2 = await listActions(ctx, filter({ limit: '10', offset: '10' }));
		expect(page2.items.map((i) => i.code)[0]).toBe('HA11');
		const bad = await listActions(ctx, filter({ limit: 'lots', status: 'nope', sort: 'x' }));
		expect(bad.total).toBe(33);
	});
	it('sorts by due date with empty dates last', async () => {
		const { items } = await listActions(
			await env.ctxAs(null),
			filter({ sort: 'due', limit: '100' })
		);
		const dates = items.map((i) => i.dueDate ?? '9999');
		expect([...dates].sort()).toEqual(dates);
	});
});

describe('getActionByCode', () => {
	it('returns lead, participants, goals and milestones, and 404s unknown codes', async () => {
		const d = await getActionByCode(await env.ctxAs(null), { code: 'ha27' });
		expect(d.lead.slug).toBe('levanger');
		expect(d.milestones.length).toBe(2);
		await expect(getActionByCode(await env.ctxAs(null), { code: 'HA99' })).rejects.toBeInstanceOf(
			NotFoundError
		);
	});
});

describe('updateAction', () => {
	it('lets the lead partner save, bumps the version and writes the audit trail', async () => {
		const ctx = await env.ctxAs('levanger');
		const form = await formFor('HA27');
		const saved = await updateAction(ctx, {
			code: 'HA27',
			...form,
			title: 'Felles sykkelstrategi',
			progress: '55'
		});
		expect(saved.version).toBe(Number(form.version) + 1);
		const trail = await listAuditTrail(await env.ctxAs('admin'), 'action', 'HA27');
		expect(trail[0].kind).toBe('update');
		expect(trail[0].actorName).toBe('Kontaktperson Levanger');
		expect((trail[0].before as { title: string }).title).toBe(form.title);
		expect((trail[0].after as { title: string }).title).toBe('Felles sykkelstrategi');
	});
	it('refuses the second of two saves from the same version', async () => {
		const form = await formFor('HA27');
		await updateAction(await env.ctxAs('sekretariat'), { code: 'HA27', ...form, progress: '60' });
		await expect(
			updateAction(await env.ctxAs('levanger'), { code: 'HA27', ...form, progress: '65' })
		).rejects.toBeInstanceOf(ConflictError);
		const after = await getActionByCode(await env.ctxAs(null), { code: 'HA27' });
		expect(after.action.progress).toBe(60);
	});
	it('refuses a partner of another organisation and a reader', async () => {
		const form = await formFor('HA27');
		await expect(
			updateAction(await env.ctxAs(await outsiderOf('HA27')), { ...form, code: 'HA27' })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			updateAction(await env.ctxAs('leser'), { ...form, code: 'HA27' })
		).rejects.toBeInstanceOf(ForbiddenError);
	});
	it('names every bad field and changes nothing', async () => {
		const form = await formFor('HA16');
		const attempt = updateAction(await env.ctxAs('sekretariat'), {
			code: 'HA16',
			...form,
			title: 'x',
			progress: '120',
			dueDate: '2024-02-31',
			themeId: '9999',
			status: 'unknown'
		});
		await expect(attempt).rejects.toBeInstanceOf(ValidationError);
		const fields = await attempt.catch((e: ValidationError) => e.fields);
		expect(Object.keys(fields).sort()).toEqual(['dueDate', 'progress', 'status', 'title']);
		const unknownTheme = await updateAction(await env.ctxAs('sekretariat'), {
			code: 'HA16',
			...form,
			themeId: '9999'
		}).catch((e: ValidationError) => e.fields);
		expect(unknownTheme).toEqual({ themeId: 'error_choice' });
		expect((await formFor('HA16')).version).toBe(form.version);
	});
	it('keeps the lead out of the participant list', async () => {
		const form = await formFor('HA23');
		await updateAction(await env.ctxAs('sekretariat'), {
			code: 'HA23',
			...form,
			participantIds: [...form.participantIds, form.leadOrganisationId]
		});
		const d = await getActionByCode(await env.ctxAs(null), { code: 'HA23' });
		expect(d.participants.map((p) => String(p.id))).not.toContain(form.leadOrganisationId);
	});
});

describe('recordProgress', () => {
	it('posts an update that moves status and progress; internal updates stay out of public view', async () => {
		const ctx = await env.ctxAs('levanger');
		await recordProgress(ctx, {
			code: 'HA27',
			text: 'Høringsutkast sendt ut',
			nextSteps: 'Behandle innspill',
			status: 'in_progress',
			progress: '70',
			isPublic: 'on'
		});
		await recordProgress(ctx, {
			code: 'HA27',
			text: 'Intern merknad om budsjett',
			status: 'delayed',
			progress: '70'
		});
		const publicView = await getActionByCode(await env.ctxAs(null), { code: 'HA27' });
		expect(publicView.action.status).toBe('delayed');
		expect(publicView.updates[0].text).toBe('Høringsutkast sendt ut');
		const internalView = await getActionByCode(ctx, { code: 'HA27' });
		expect(internalView.updates[0].text).toBe('Intern merknad om budsjett');
		const kinds = await env.db.select().from(auditEvent).where(eq(auditEvent.kind, 'progress'));
		expect(kinds.length).toBe(2);
	});
	it('refuses an empty text and a progress out of range', async () => {
		const attempt = recordProgress(await env.ctxAs('levanger'), {
			code: 'HA27',
			text: ' ',
			status: 'done',
			progress: '-1'
		});
		const fields = await attempt.catch((e: ValidationError) => e.fields);
		expect(fields).toEqual({ text: 'error_required', progress: 'error_range' });
	});
});

describe('who leads and takes part', () => {
	/** An action point where a demo municipality takes part without leading it. */
	async function participation() {
		const municipalities = ['steinkjer', 'verdal', 'levanger', 'frosta', 'inderoy', 'snasa'];
		for (let n = 1; n <= 33; n++) {
			const code = `HA${String(n).padStart(2, '0')}`;
			const d = await getActionByCode(await env.ctxAs(null), { code });
			const taking = d.participants.find(
				(p) => municipalities.includes(p.slug) && p.id !== d.action.leadOrganisationId
			);
			if (taking && municipalities.includes(d.lead.slug) && d.lead.slug !== taking.slug)
				return { code, participant: taking.slug, lead: d.lead.slug };
		}
		throw new Error('no action point with a municipality taking part');
	}

	it('is changed by the lead and staff only; a participant still edits the texts', async () => {
		const { code, participant, lead } = await participation();
		const ctx = await env.ctxAs(participant);
		const [own] = await env.db
			.select()
			.from(organisation)
			.where(eq(organisation.slug, participant));
		const form = await formFor(code);
		const saved = await updateAction(ctx, { ...form, code, description: 'Ny beskrivelse' });
		expect(saved.description).toBe('Ny beskrivelse');

		const seize = await formFor(code);
		await expect(
			updateAction(ctx, { ...seize, code, leadOrganisationId: String(own.id) })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			updateAction(ctx, { ...seize, code, participantIds: [String(own.id), '1', '2', '3'] })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(updateAction(ctx, { ...seize, code, participantIds: [] })).rejects.toBeInstanceOf(
			ForbiddenError
		);

		// The participant's form leaves the parties out: they stay as they were.
		const { leadOrganisationId: _l, participantIds: _p, ...texts } = await formFor(code);
		await updateAction(ctx, { ...texts, code, title: 'Tittel endret av en medvirkende' });
		const after = await getActionByCode(ctx, { code });
		expect(after.lead.slug).toBe(lead);
		expect(after.participants.map((p) => p.slug)).toContain(participant);

		// The lead organisation may change who takes part.
		const byLead = await formFor(code);
		await updateAction(await env.ctxAs(lead), {
			...byLead,
			code,
			participantIds: byLead.participantIds.filter((id) => id !== String(own.id))
		});
		const changed = await getActionByCode(ctx, { code });
		expect(changed.participants.map((p) => p.slug)).not.toContain(participant);
	});
});

describe('concurrent progress updates', () => {
	it('leave status, progress and version as the newest update says, and refuse an edit loaded before them', async () => {
		const staff = await env.ctxAs('sekretariat');
		const stale = await formFor('HA25');
		const statuses = ['in_progress', 'delayed', 'done', 'stopped'] as const;
		for (let round = 0; round < 3; round++) {
			const before = await getActionByCode(staff, { code: 'HA25' });
			const posts = Array.from({ length: 8 }, (_, i) =>
				recordProgress(staff, {
					code: 'HA25',
					text: `Runde ${round}, oppdatering ${i}`,
					status: statuses[i % statuses.length],
					progress: String(10 * i + round),
					isPublic: 'on'
				})
			);
			await Promise.all(posts);
			const after = await getActionByCode(staff, { code: 'HA25' });
			const newest = after.updates[0];
			expect(after.action.version).toBe(before.action.version + 8);
			expect(after.action.status).toBe(newest.status);
			expect(after.action.progress).toBe(newest.progress);
			expect(after.action.lastProgressAt?.getTime()).toBe(newest.createdAt.getTime());
		}
		await expect(updateAction(staff, { ...stale, code: 'HA25' })).rejects.toBeInstanceOf(
			ConflictError
		);
	});

	it('save a repeated post of one form once, and say where the first one went', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const token = crypto.randomUUID();
		const form = { code: 'HA23', text: 'Sendt to ganger', status: 'in_progress', progress: '40' };
		const post = (input: Record<string, string>, oneTime = token) =>
			once(oneTime, ctx.actor, () => recordProgress(ctx, input));
		const before = (await getActionByCode(ctx, { code: 'HA23' })).updates.length;
		const both = await Promise.allSettled([post(form), post(form)]);
		expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const repeat = both.find((r) => r.status === 'rejected');
		expect(repeat?.status === 'rejected' && repeat.reason).toBeInstanceOf(RepeatedSubmission);
		await rememberSubmission(ctx.db, token, '/arbeidsrom/handlingspunkt/HA23?lagret=progress');
		await expect(post(form)).rejects.toMatchObject({
			location: '/arbeidsrom/handlingspunkt/HA23?lagret=progress'
		});
		expect((await getActionByCode(ctx, { code: 'HA23' })).updates.length).toBe(before + 1);
		// A token whose post failed is not used up, and a post without one is saved each time.
		const fresh = crypto.randomUUID();
		await expect(post({ ...form, text: '' }, fresh)).rejects.toBeInstanceOf(ValidationError);
		await post(form, fresh);
		await recordProgress(ctx, form);
		expect((await getActionByCode(ctx, { code: 'HA23' })).updates.length).toBe(before + 3);
	});
});

describe('milestones', () => {
	it('adds and ticks off a milestone, refusing bad dates', async () => {
		const ctx = await env.ctxAs('levanger');
		const created = await addMilestone(ctx, {
			code: 'HA27',
			title: 'Vedtak i kommunestyrene',
			dueDate: '2027-03-01'
		});
		await updateMilestone(ctx, {
			code: 'HA27',
			milestoneId: created.id,
			title: created.title,
			dueDate: '2027-03-01',
			doneOn: '2027-02-20'
		});
		const d = await getActionByCode(ctx, { code: 'HA27' });
		expect(d.milestones.find((m) => m.id === created.id)?.doneOn).toBe('2027-02-20');
		await expect(
			addMilestone(ctx, { code: 'HA27', title: 'X y', dueDate: '01.03.2027' })
		).rejects.toBeInstanceOf(ValidationError);
		const outsider = await outsiderOf('HA27');
		await expect(
			addMilestone(await env.ctxAs(outsider), {
				code: 'HA27',
				title: 'Nope',
				dueDate: '2027-01-01'
			})
		).rejects.toBeInstanceOf(ForbiddenError);
	});
});

describe('needs attention and summary', () => {
	it('scopes a partner to its organisation and shows staff everything', async () => {
		const today = new Date('2026-06-01T12:00:00Z');
		const all = await listNeedsAttention(await env.ctxAs('sekretariat'), today);
		const mine = await listNeedsAttention(await env.ctxAs('levanger'), today);
		expect(all.scoped).toBe(false);
		expect(mine.scoped).toBe(true);
		const levangerCodes = (
			await listActions(await env.ctxAs(null), filter({ partner: 'levanger', limit: '100' }))
		).items.map((i) => i.code);
		for (const row of [...mine.stale.rows, ...mine.delayed.rows, ...mine.overdueMilestones.rows])
			expect(levangerCodes).toContain(row.code);
		expect(all.stale.total + all.delayed.total).toBeGreaterThanOrEqual(
			mine.stale.total + mine.delayed.total
		);
		expect(all.delayed.rows.every((r) => r.status === 'delayed')).toBe(true);
		// Each list shows the most urgent few, and says how many there are in all.
		for (const list of [all.stale, all.delayed, all.overdueMilestones]) {
			expect(list.rows.length).toBe(Math.min(list.total, all.shown));
		}
		const [oldest] = all.stale.rows;
		expect(
			all.stale.rows.every((r) => (r.lastProgressAt ?? 0) >= (oldest.lastProgressAt ?? 0))
		).toBe(true);
	});
	it('counts the programme per status and theme', async () => {
		const s = await summariseProgramme(await env.ctxAs(null));
		expect(s.total).toBe(33);
		expect(s.byTheme.reduce((n, t) => n + t.n, 0)).toBe(33);
	});
});
