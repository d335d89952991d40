import { describe, expect, it } from 'vitest';
import {
	parseCode,
	parseDueDate,
	parseHorizon,
	parseProgress,
	parseStatus,
	splitNames
} from './import-values.ts';

const text = (t: string) => ({ text: t });

describe('values as people write them', () => {
	it.each([
		['HA16', 'HA16'],
		['ha 16', 'HA16'],
		[' Ha16 ', 'HA16'],
		['HA-16', 'HA16']
	])('code %j is %s', (input, code) => expect(parseCode(input)).toEqual({ ok: true, value: code }));

	it('a code that is no code is refused with what would do', () => {
		expect(parseCode('sykkel')).toMatchObject({
			ok: false,
			accepted: expect.stringContaining('HA16')
		});
	});

	it.each([
		['Ferdig', 'done'],
		['Avsluttet', 'done'],
		['Ikke påbegynt', 'not_started'],
		['under arbeid', 'in_progress'],
		['PÅGÅR', 'in_progress'],
		['Utsatt', 'delayed'],
		['Stanset', 'stopped'],
		['', null]
	])('status %j is %s', (input, status) =>
		expect(parseStatus(input)).toEqual({ ok: true, value: status })
	);

	it('an unknown status lists the words that are understood', () => {
		expect(parseStatus('Snart')).toMatchObject({
			ok: false,
			accepted: expect.stringMatching(/Pågår/)
		});
	});

	it.each([
		['Kort sikt', 'short'],
		['mellomlang', 'medium'],
		['Langsiktig', 'long'],
		['', null]
	])('horizon %j is %s', (input, horizon) =>
		expect(parseHorizon(input)).toEqual({ ok: true, value: horizon })
	);

	it.each([
		[{ text: '40' }, 40],
		[{ text: '40 %' }, 40],
		[{ text: '', number: 0.4, percent: true }, 40],
		[{ text: '', number: 75 }, 75],
		[{ text: '' }, null]
	])('progress %j is %s', (cell, value) =>
		expect(parseProgress(cell)).toEqual({ ok: true, value })
	);

	it('progress over 100 is refused', () => {
		expect(parseProgress(text('140'))).toMatchObject({ ok: false });
	});

	it.each([
		['Verdal, Levanger', ['Verdal', 'Levanger']],
		['Verdal; Levanger / Frosta', ['Verdal', 'Levanger', 'Frosta']],
		['Verdal og Levanger', ['Verdal', 'Levanger']],
		['Verdal\nLevanger', ['Verdal', 'Levanger']],
		['Bane NOR & Nye Veier', ['Bane NOR', 'Nye Veier']],
		['', []]
	])('partner list %j is %j', (input, names) => expect(splitNames(input)).toEqual(names));

	it.each([
		[{ text: '', date: '2026-06-30' }, '2026-06-30', undefined],
		[text('30.06.2026'), '2026-06-30', undefined],
		[text('30.6.26'), '2026-06-30', undefined],
		[text('2026-06-30'), '2026-06-30', undefined],
		[text('juni 2026'), '2026-06-30', 'import_note_period_end'],
		[text('Feb 2028'), '2028-02-29', 'import_note_period_end'],
		[text('2. halvår 2025'), '2025-12-31', 'import_note_period_end'],
		[text('1. halvår 2025'), '2025-06-30', 'import_note_period_end'],
		[text('3. kvartal 2025'), '2025-09-30', 'import_note_period_end'],
		[text('2027'), '2027-12-31', 'import_note_period_end'],
		[text('Løpende'), null, 'import_note_no_date'],
		[text('Fortløpende'), null, 'import_note_no_date'],
		[text(''), null, undefined]
	])('due date %j is %s', (cell, value, note) => {
		const parsed = parseDueDate(cell);
		expect(parsed).toMatchObject({ ok: true, value });
		expect(parsed.ok && parsed.note?.key).toBe(note ?? undefined);
	});

	it.each(['31.02.2026', '0000-01-01', 'snart', '13.13.2026', 'trettende juni'])(
		'due date %j is refused with the formats that would do',
		(input) =>
			expect(parseDueDate(text(input))).toMatchObject({
				ok: false,
				accepted: expect.stringContaining('30.06.2026')
			})
	);
});
