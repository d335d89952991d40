// Reads that return non-public data decide access themselves, whoever calls them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsToCsv } from '../actions/export.ts';
import { neutraliseCell } from '../shared/sheets.ts';
import { getImportPage } from '../actions/import.ts';
import { getActionAudit, getActionForEdit } from '../actions/queries.ts';
import { getHearingsPage } from '../hearings/queries.ts';
import { getOutboxPage } from '../notifications/deliver.ts';
import { listAllOrganisations } from '../partners/queries.ts';
import { getStatementsPage } from '../statements/queries.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { getUsersPage } from '../users/commands.ts';
import { getWorkspaceUser } from '../users/queries.ts';
import { ForbiddenError, LoginRequiredError, ValidationError } from './errors.ts';
import { listAuditTrail } from './audit.ts';
import { parseInput } from './validate.ts';
import { actionInput } from '../../schemas/action.ts';
import { idRef, isoDate } from '../../schemas/common.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
beforeAll(async () => {
	env = await createSeededDatabase();
});
afterAll(() => env.database.drop());

describe('reads of non-public data', () => {
	it('ask a stranger to log in and refuse those without the right', async () => {
		const anonymous = await env.ctxAs(null);
		const reader = await env.ctxAs('leser');
		const partner = await env.ctxAs('levanger');
		const staff = await env.ctxAs('sekretariat');
		const refusals: [string, () => Promise<unknown>, unknown][] = [
			['workspace', async () => getWorkspaceUser(anonymous), LoginRequiredError],
			['hearings', () => getHearingsPage(anonymous, {}), LoginRequiredError],
			['statements', () => getStatementsPage(anonymous), LoginRequiredError],
			['audit trail', () => listAuditTrail(staff, 'action', 'HA16'), ForbiddenError],
			['action log', () => getActionAudit(partner, { code: 'HA16' }), ForbiddenError],
			['import', () => getImportPage(partner, {}), ForbiddenError],
			['outbox', () => getOutboxPage(staff, {}), ForbiddenError],
			['users', () => getUsersPage(staff), ForbiddenError],
			['all organisations', () => listAllOrganisations(reader), ForbiddenError],
			['edit HA18 as a reader', () => getActionForEdit(reader, { code: 'HA18' }), ForbiddenError]
		];
		for (const [what, read, kind] of refusals)
			await expect(read(), what).rejects.toBeInstanceOf(kind as typeof ForbiddenError);
		expect((await listAuditTrail(await env.ctxAs('admin'), 'action', 'HA16')).length).toBe(0);
		expect(getWorkspaceUser(reader).role).toBe('reader');
	});

	it('tell a participant it may edit the texts but not who takes part', async () => {
		const edit = await getActionForEdit(await env.ctxAs('sekretariat'), { code: 'HA16' });
		expect(edit.canChangeParties).toBe(true);
	});
});

describe('input', () => {
	it('with a NUL character, an id beyond integer or a year 0 is refused, never passed on', () => {
		const nul = () => parseInput(idRef, { id: '1', note: 'a\u0000b' });
		expect(nul).toThrow(ValidationError);
		for (const id of ['2147483648', '1.5', '-1', 'abc', '', 'Infinity', '1e20'])
			expect(() => parseInput(idRef, { id }), id).toThrow(ValidationError);
		expect(parseInput(idRef, { id: '2147483647' }).id).toBe(2147483647);
		expect(isoDate.safeParse('0000-01-01').success).toBe(false);
		expect(isoDate.safeParse('2026-02-30').success).toBe(false);
		expect(isoDate.safeParse('2026-12-01').success).toBe(true);
		const fields = (() => {
			try {
				parseInput(actionInput, { code: 'HA16', version: '2147483648', themeId: '1.5' });
			} catch (err) {
				return (err as ValidationError).fields;
			}
		})();
		expect(fields).toMatchObject({ version: 'error_invalid', themeId: 'error_choice' });
	});
});

describe('a CSV export', () => {
	it('writes a cell that a spreadsheet would read as a formula as text', () => {
		for (const cell of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
			expect(neutraliseCell(cell)).toBe(`'${cell}`);
		expect(neutraliseCell('Sykkelstrategi')).toBe('Sykkelstrategi');
		expect(neutraliseCell(-5)).toBe(-5);
		const csv = actionsToCsv(
			[
				{
					code: 'HA01',
					title: '=cmd|"/c calc"!A1',
					themeName: 'Tema',
					leadName: '@Levanger',
					status: 'done',
					progress: 100,
					horizon: 'short',
					dueDate: null,
					isExample: false
				} as never
			],
			{
				headers: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'],
				status: (s) => s,
				horizon: (h) => h,
				example: 'ja'
			}
		);
		expect(csv).toContain(`"'=cmd|""/c calc""!A1"`);
		expect(csv).toContain(`'@Levanger`);
	});
});
