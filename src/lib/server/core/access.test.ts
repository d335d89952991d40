import { describe, expect, it } from 'vitest';
import {
	canEditAction,
	canEditMeasure,
	canImportProgramme,
	canManagePartners,
	canViewAudit
} from './access.ts';
import type { Actor } from './context.ts';

const actor = (role: Actor['role'], organisationId: number | null = null): Actor => ({
	id: 'u',
	name: 'U',
	email: 'u@example.no',
	role,
	organisationId
});
const parties = { leadOrganisationId: 1, participantIds: [2, 3] };

describe('canEditAction', () => {
	it('lets staff edit every action point', () => {
		expect(canEditAction(actor('admin'), parties)).toBe(true);
		expect(canEditAction(actor('secretariat'), parties)).toBe(true);
	});
	it('lets a partner edit what its organisation leads or takes part in', () => {
		expect(canEditAction(actor('partner', 1), parties)).toBe(true);
		expect(canEditAction(actor('partner', 3), parties)).toBe(true);
	});
	it('refuses a partner of another organisation, a partner without one, readers and the public', () => {
		expect(canEditAction(actor('partner', 9), parties)).toBe(false);
		expect(canEditAction(actor('partner', null), parties)).toBe(false);
		expect(canEditAction(actor('reader', 1), parties)).toBe(false);
		expect(canEditAction(null, parties)).toBe(false);
	});
});

describe('canEditMeasure', () => {
	it('lets the parties of the action point, the owner organisation and staff edit a measure', () => {
		expect(canEditMeasure(actor('partner', 2), parties, 9)).toBe(true);
		expect(canEditMeasure(actor('partner', 9), parties, 9)).toBe(true);
		expect(canEditMeasure(actor('secretariat'), parties, 9)).toBe(true);
	});
	it('refuses another organisation, readers and the public', () => {
		expect(canEditMeasure(actor('partner', 8), parties, 9)).toBe(false);
		expect(canEditMeasure(actor('reader', 9), parties, 9)).toBe(false);
		expect(canEditMeasure(null, parties, 9)).toBe(false);
	});
});

describe('administrative rights', () => {
	it('keeps partner management and the audit trail to admins, import to staff', () => {
		expect(canManagePartners(actor('admin'))).toBe(true);
		expect(canManagePartners(actor('secretariat'))).toBe(false);
		expect(canViewAudit(actor('secretariat'))).toBe(false);
		expect(canViewAudit(actor('admin'))).toBe(true);
		expect(canImportProgramme(actor('secretariat'))).toBe(true);
		expect(canImportProgramme(actor('partner', 1))).toBe(false);
	});
});
