import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditTrail } from '../core/audit.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../core/errors.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { createOrganisation, setOrganisationActive, updateOrganisation } from './commands.ts';
import { getPartnerPage, listAllOrganisations, listOrganisations } from './queries.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
beforeAll(async () => {
	env = await createSeededDatabase();
});
afterAll(async () => {
	await env.database.drop();
});

const input = {
	name: 'Meråker kommune',
	shortName: 'Meråker',
	kind: 'kommune',
	level: 'kommune',
	membership: 'observer',
	orgNumber: '',
	municipalityCode: '5034',
	joinedOn: '2025-01-01',
	website: 'https://www.meraker.kommune.no',
	description: ''
};

describe('partner management', () => {
	it('lets an admin add a partner with a unique slug, audited', async () => {
		const ctx = await env.ctxAs('admin');
		const created = await createOrganisation(ctx, input);
		expect(created.slug).toBe('meraker');
		const again = await createOrganisation(ctx, { ...input, name: 'Meråker kommune 2' });
		expect(again.slug).toBe('meraker-2');
		expect((await listAuditTrail(ctx, 'organisation', created.id))[0].kind).toBe('create');
	});

	it('validates the organisation number with mod-11 and refuses one already taken', async () => {
		const ctx = await env.ctxAs('admin');
		const bad = await createOrganisation(ctx, { ...input, orgNumber: '971032082' }).catch(
			(e: unknown) => e
		);
		expect((bad as ValidationError).fields).toEqual({ orgNumber: 'error_org_number' });
		const taken = await createOrganisation(ctx, { ...input, orgNumber: '971032081' }).catch(
			(e: unknown) => e
		);
		expect((taken as ValidationError).fields).toEqual({ orgNumber: 'error_org_number_taken' });
		const web = await createOrganisation(ctx, { ...input, website: 'javascript:alert(1)' }).catch(
			(e: unknown) => e
		);
		expect((web as ValidationError).fields).toEqual({ website: 'error_url' });
	});

	it('refuses everyone but admins', async () => {
		await expect(createOrganisation(await env.ctxAs('sekretariat'), input)).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(createOrganisation(await env.ctxAs('levanger'), input)).rejects.toBeInstanceOf(
			ForbiddenError
		);
	});

	it('edits with optimistic locking and deactivates without deleting', async () => {
		const ctx = await env.ctxAs('admin');
		const { partner: atb } = await getPartnerPage(ctx, { slug: 'atb' });
		const values = {
			...input,
			name: 'AtB AS',
			shortName: 'AtB',
			kind: 'transportselskap',
			level: 'fylke',
			municipalityCode: '',
			website: ''
		};
		const saved = await updateOrganisation(ctx, {
			id: atb.id,
			version: atb.version,
			...values,
			description: 'Kollektivselskapet i Trøndelag'
		});
		expect(saved.version).toBe(atb.version + 1);
		await expect(
			updateOrganisation(ctx, { id: atb.id, version: atb.version, ...values })
		).rejects.toBeInstanceOf(ConflictError);
		await setOrganisationActive(ctx, { id: String(atb.id), active: 'false' });
		expect((await listOrganisations(ctx)).map((o) => o.slug)).not.toContain('atb');
		expect((await listAllOrganisations(ctx)).map((o) => o.slug)).toContain('atb');
		const trail = await listAuditTrail(ctx, 'organisation', atb.id);
		expect(trail.map((e) => e.kind)).toEqual(['deactivate', 'update']);
	});
});
