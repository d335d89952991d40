import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededDatabase } from '../testing/database.ts';
import { agendaOutline, agendaPdf, minutesOutline } from './export.ts';
import { getMeeting } from './meetings.ts';
import { getPublicMeeting, type PublicMeeting } from './public.ts';
import { meeting } from './schema.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
let id: number;
let pub: PublicMeeting;
beforeAll(async () => {
	env = await createSeededDatabase();
	[{ id }] = await env.db
		.select({ id: meeting.id })
		.from(meeting)
		.where(eq(meeting.place, 'Jegtvolden, Inderøy'));
	pub = await getPublicMeeting(await env.ctxAs(null), { id: id });
});
afterAll(() => env.database.drop());

const text = (lines: { kind: string; text: string }[]) => lines.map((l) => `${l.kind}: ${l.text}`);

describe('meeting papers', () => {
	it('lay out the public agenda and minutes with the exempt case as its title and basis only', () => {
		const agenda = text(agendaOutline({ ...pub.meeting, cases: pub.cases }));
		expect(agenda[0]).toBe('title: Saksliste: Representantskapet i Innherred regionråd');
		expect(agenda).toContain('meta: Sted: Jegtvolden, Inderøy');
		expect(agenda).toContain(
			'section: Sak 5/23: Signering av partnerskapsavtalen for Innherredsbyen'
		);
		expect(agenda).toContain('section: Sak 6/23: Forhandlinger om belønningsavtale');
		expect(agenda).toContain('paragraph: Unntatt offentlighet (Offl. § 23).');
		expect(agenda.join('\n')).not.toContain('Forhandlingsposisjon');

		const minutes = text(minutesOutline({ ...pub.meeting, cases: pub.cases }, pub.minutes!));
		expect(minutes).toContain('meta: Godkjent 18. desember 2023');
		expect(minutes).toContain('item: Representant Levanger 1, Levanger kommune: Til stede');
		expect(minutes).toContain('paragraph: Partnerskapsavtalen for Innherredsbyen signeres.');
		expect(minutes.join('\n')).not.toContain('mandat');
	});

	it('give members the exempt material, and make a PDF', async () => {
		const inside = await getMeeting(await env.ctxAs('sekretariat'), { id });
		const agenda = text(
			agendaOutline({ ...inside.meeting, bodyName: inside.bodyName, cases: inside.cases })
		);
		expect(agenda).toContain('paragraph: Forhandlingsposisjon overfor staten. (Eksempeltekst.)');
		const minutes = text(
			minutesOutline(
				{ ...inside.meeting, bodyName: inside.bodyName, cases: inside.cases },
				inside.minutes
			)
		);
		expect(minutes).toContain('paragraph: Sekretariatet får mandat til å føre samtalene videre.');
		expect(minutes).toContain(
			'item: Oppfølging: Rapportere fra samtalene med staten – Innherred regionråd, frist 1. mai 2024'
		);
		const pdf = await agendaPdf({ ...pub.meeting, cases: pub.cases });
		expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
	});
});
