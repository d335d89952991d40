import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditTrail } from '../core/audit.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../core/errors.ts';
import { createSeededDatabase } from '../testing/database.ts';
import {
	addMember,
	createBody,
	endMembership,
	getBodyBySlug,
	getBodyPage,
	listBodies,
	updateBody
} from './bodies.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
beforeAll(async () => {
	env = await createSeededDatabase();
});
afterAll(() => env.database.drop());

describe('bodies and members', () => {
	it('seeds the representative council with fifteen representatives, three per municipality', async () => {
		const council = await getBodyBySlug(
			await env.ctxAs(null),
			{ slug: 'representantskapet' },
			'2026-06-01'
		);
		const representatives = council.members.filter((m) => m.member.role === 'member');
		expect(representatives).toHaveLength(15);
		const perTown = new Map<string, number>();
		for (const r of representatives)
			perTown.set(r.organisationName!, (perTown.get(r.organisationName!) ?? 0) + 1);
		expect([...perTown.values()]).toEqual([3, 3, 3, 3, 3]);
	});

	it('hides internal bodies from the public', async () => {
		const publicNames = (await listBodies(await env.ctxAs(null))).map((b) => b.slug);
		expect(publicNames).not.toContain('ressursgruppen');
		await expect(
			getBodyBySlug(await env.ctxAs(null), { slug: 'ressursgruppen' })
		).rejects.toBeInstanceOf(NotFoundError);
		expect(
			(await getBodyBySlug(await env.ctxAs('leser'), { slug: 'ressursgruppen' })).members
		).not.toHaveLength(0);
	});

	it('keeps members over time: the public page lists only current ones', async () => {
		const staff = await env.ctxAs('sekretariat');
		await expect(
			createBody(await env.ctxAs('levanger'), { name: 'X', kind: 'other' })
		).rejects.toBeInstanceOf(ForbiddenError);
		const created = await createBody(staff, {
			name: 'Arbeidsutvalget',
			kind: 'working_committee',
			isPublic: 'on'
		});
		expect(created.slug).toBe('arbeidsutvalget');
		const leader = await addMember(staff, {
			id: created.id,
			personName: 'Leder 2023',
			organisationId: '',
			role: 'leader',
			fromDate: '2023-01-01'
		});
		await addMember(staff, {
			id: created.id,
			personName: 'Leder 2026',
			organisationId: '',
			role: 'leader',
			fromDate: '2026-01-01'
		});
		await endMembership(staff, { id: created.id, memberId: leader.id, toDate: '2025-12-31' });
		const now = await getBodyBySlug(
			await env.ctxAs(null),
			{ slug: 'arbeidsutvalget' },
			'2026-06-01'
		);
		expect(now.members.map((m) => m.member.personName)).toEqual(['Leder 2026']);
		const then = await getBodyBySlug(
			await env.ctxAs(null),
			{ slug: 'arbeidsutvalget' },
			'2024-06-01'
		);
		expect(then.members.map((m) => m.member.personName)).toEqual(['Leder 2023']);
		expect((await getBodyPage(staff, { id: created.id })).detail.members).toHaveLength(2);

		const error = await addMember(staff, {
			id: created.id,
			personName: 'Feil',
			role: 'chair',
			fromDate: '2026-02-01',
			toDate: '2026-01-01'
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect((error as ValidationError).fields).toMatchObject({ role: 'error_choice' });
		await expect(
			endMembership(staff, { id: created.id, memberId: leader.id, toDate: '2022-01-01' })
		).rejects.toBeInstanceOf(ValidationError);

		const updated = await updateBody(staff, {
			id: created.id,
			version: created.version,
			name: 'Arbeidsutvalget i regionrådet',
			kind: 'working_committee',
			description: 'Forbereder saker.'
		});
		expect(updated.isPublic).toBe(false);
		await expect(
			updateBody(staff, { id: created.id, version: created.version, name: 'Gammel', kind: 'other' })
		).rejects.toBeInstanceOf(ConflictError);
		const trail = await listAuditTrail(await env.ctxAs('admin'), 'body', created.id);
		expect(trail.map((e) => e.kind).sort()).toEqual([
			'add_member',
			'add_member',
			'create',
			'end_member',
			'update'
		]);
	});
});
