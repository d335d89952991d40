// One click from something the partnership did to a draft that tells of it: a public progress
// update, a sent statement, approved minutes, a delivered commitment. Each source is read as the
// public may see it, so a draft never carries internal text into a post.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { newsFromInput } from '../../schemas/news.ts';
import { action, progressUpdate } from '../actions/schema.ts';
import { commitment, commitmentEntry, commitmentLink } from '../commitments/schema.ts';
import { allow, canManageNews } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { caseNumber } from '../governance/numbers.ts';
import { body, meeting, meetingCase } from '../governance/schema.ts';
import { matterLink } from '../matters/schema.ts';
import { organisation } from '../partners/schema.ts';
import type { Db } from '../platform/db/client.ts';
import { formatOsloDate } from '../shared/dates.ts';
import { readPublishedQuestion } from '../questions/view.ts';
import { statement } from '../statements/schema.ts';
import { createNewsPost } from './commands.ts';

interface Draft {
	title: string;
	lead: string;
	body: string;
	actionCodes?: string;
	statementIds?: string[];
	themeIds?: string[];
	matterIds?: string[];
}

const firstSentence = (text: string) => {
	const match = /^(.{20,300}?[.!?])(\s|$)/s.exec(text.trim());
	return (match?.[1] ?? text.trim().slice(0, 300)).replace(/\s+/g, ' ');
};

const sources: Record<string, (db: Db, id: number, origin: string) => Promise<Draft | null>> = {
	async progress(db, id) {
		const [row] = await db
			.select({ update: progressUpdate, code: action.code, title: action.title })
			.from(progressUpdate)
			.innerJoin(action, eq(action.id, progressUpdate.actionId))
			.where(and(eq(progressUpdate.id, id), eq(progressUpdate.isPublic, true)));
		if (!row) return null;
		const next = row.update.nextSteps ? `\n\n**Neste steg:** ${row.update.nextSteps}` : '';
		return {
			title: `${row.code}: ${row.title}`,
			lead: firstSentence(row.update.text),
			body: `${row.update.text}${next}\n\n[Les mer om ${row.code}](/handlingsprogram/${row.code})`,
			actionCodes: row.code
		};
	},

	async statement(db, id) {
		const [row] = await db
			.select()
			.from(statement)
			.where(and(eq(statement.id, id), eq(statement.status, 'sent')));
		if (!row) return null;
		const to = row.sentTo || row.recipient;
		return {
			title: `Felles uttalelse: ${row.title}`,
			lead: `Partnerskapet har sendt en felles uttalelse${to ? ` til ${to}` : ''}.`,
			body: `Innherredsbyen har med én stemme svart på «${row.title}».\n\n[Les uttalelsen](/uttalelser/${row.id})`,
			statementIds: [String(row.id)]
		};
	},

	async minutes(db, id) {
		const [row] = await db
			.select({ meeting, bodyName: body.name })
			.from(meeting)
			.innerJoin(body, eq(body.id, meeting.bodyId))
			.where(
				and(eq(meeting.id, id), eq(meeting.status, 'minutes_approved'), eq(body.isPublic, true))
			);
		if (!row) return null;
		const cases = await db
			.select()
			.from(meetingCase)
			.where(and(eq(meetingCase.meetingId, id), eq(meetingCase.exempt, false)))
			.orderBy(asc(meetingCase.number));
		const day = formatOsloDate(row.meeting.startsAt);
		const decided = cases
			.filter((c) => c.decision)
			.map((c) => `- **Sak ${caseNumber(c)} ${c.title}:** ${c.decision.replace(/\s+/g, ' ')}`);
		return {
			title: `Vedtak i ${row.bodyName} ${day}`,
			lead: `Protokollen fra møtet i ${row.bodyName} ${day} er godkjent.`,
			body: `${decided.join('\n') || 'Protokollen er godkjent.'}\n\n[Les protokollen](/moter/${id})`
		};
	},

	async question(db, id) {
		const row = await readPublishedQuestion(db, id);
		if (!row) return null;
		return {
			title: 'Spørsmål og svar',
			lead: firstSentence(row.text),
			body: `**Spørsmål:** ${row.text}\n\n**Svar:** ${row.answer}\n\n[Se spørsmålet](/sporsmal/${id})`
		};
	},

	async commitment(db, id) {
		const [row] = await db
			.select({ commitment, actorName: organisation.name })
			.from(commitment)
			.innerJoin(organisation, eq(organisation.id, commitment.actorId))
			.where(
				and(
					eq(commitment.id, id),
					eq(commitment.isPublic, true),
					eq(commitment.status, 'delivered')
				)
			);
		if (!row) return null;
		const [entry] = await db
			.select()
			.from(commitmentEntry)
			.where(and(eq(commitmentEntry.commitmentId, id), eq(commitmentEntry.status, 'delivered')))
			.orderBy(asc(commitmentEntry.id));
		const links = await db.select().from(commitmentLink).where(eq(commitmentLink.commitmentId, id));
		const actionIds = links.filter((l) => l.kind === 'action').map((l) => l.targetId);
		const codes = actionIds.length
			? await db.select({ code: action.code }).from(action).where(inArray(action.id, actionIds))
			: [];
		const matters = await db
			.select({ id: matterLink.matterId })
			.from(matterLink)
			.where(and(eq(matterLink.kind, 'commitment'), eq(matterLink.targetId, id)));
		return {
			title: `${row.actorName} har levert`,
			lead: row.commitment.promise,
			body: `${row.actorName} lovet: «${row.commitment.promise}». Det er nå levert.${entry?.evidence ? `\n\n${entry.evidence}` : ''}\n\n[Se forpliktelsen](/forpliktelser/${id})`,
			actionCodes: codes.map((c) => c.code).join(', '),
			themeIds: links.filter((l) => l.kind === 'theme').map((l) => String(l.targetId)),
			statementIds: links.filter((l) => l.kind === 'statement').map((l) => String(l.targetId)),
			matterIds: matters.map((m) => String(m.id))
		};
	}
};

/** A draft made from the source the input names (`fra=statement:3`), with its text and tags. */
export async function createDraftFrom(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageNews);
	const { fra } = parseInput(newsFromInput, raw);
	const [kind, id] = fra.split(':');
	const read = sources[kind];
	const draft = read ? await read(ctx.db, Number(id), ctx.origin) : null;
	if (!draft) throw new ValidationError({ fra: 'news_error_source' });
	return createNewsPost(ctx, { bylineKind: 'role', bylineRole: 'Sekretariatet', ...draft }, fra);
}
