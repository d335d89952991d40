// Readiness for an urban growth agreement (byvekstavtale): what the state asks to see, in one view
// and one brief. The zero-growth indicators against their targets, the measures of the action
// points they follow up with phase and funding by source, what the partnership has asked the state
// for and what the state has committed, and the gaps. The page and the PDF are read from the same
// `readReadiness`, and the PDF is written from `readinessOutline` in the page's order.
import { and, asc, count, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { formatDate, formatNumber } from '../../intl.ts';
import type { ZeroGrowthMeasure } from '../../schemas/values.ts';
import { zeroGrowthMeasures } from '../../schemas/values.ts';
import { action, actionProgramme } from '../actions/schema.ts';
import { commitment } from '../commitments/schema.ts';
import { isLate } from '../commitments/view.ts';
import { allow, canUseWorkspace } from '../core/access.ts';
import { perGeneration } from '../core/audit.ts';
import type { Ctx } from '../core/context.ts';
import { hearing } from '../hearings/schema.ts';
import { statementDemand } from '../impact/schema.ts';
import { measure, measureFunding } from '../measures/schema.ts';
import { organisation } from '../partners/schema.ts';
import type { Db } from '../platform/db/client.ts';
import { osloDate } from '../shared/dates.ts';
import { outlinePdf, type OutlineLine } from '../shared/documents.ts';
import type { FileReply } from '../shared/files.ts';
import { documentTypes } from '../shared/uploads.ts';
import { statement } from '../statements/schema.ts';
import { indicator, indicatorLink, indicatorTarget, indicatorValue } from './schema.ts';
import { assessTarget, type Assessment } from './targets.ts';

/** The brief lists this many of the state's commitments, and says how many more there are. */
export const COMMITMENTS_SHOWN = 100;

/** Measures that are stopped or done no longer need funding, and are not counted as gaps. */
const FINISHED = ['done', 'stopped'];

export async function readReadiness(db: Db, today: string) {
	const indicators = await db
		.select()
		.from(indicator)
		.where(isNotNull(indicator.zeroGrowth))
		.orderBy(asc(indicator.name));
	const ids = indicators.map((i) => i.id);
	const [values, targets, links] = ids.length
		? await Promise.all([
				db
					.select({
						indicatorId: indicatorValue.indicatorId,
						period: indicatorValue.period,
						periodStart: indicatorValue.periodStart,
						place: indicatorValue.place,
						series: indicatorValue.series,
						value: indicatorValue.value
					})
					.from(indicatorValue)
					.where(inArray(indicatorValue.indicatorId, ids)),
				db
					.select()
					.from(indicatorTarget)
					.where(inArray(indicatorTarget.indicatorId, ids))
					.orderBy(asc(indicatorTarget.dueOn)),
				db
					.select()
					.from(indicatorLink)
					.where(and(inArray(indicatorLink.indicatorId, ids), eq(indicatorLink.kind, 'action')))
			])
		: [[], [], []];

	const followed = indicators.map((i) => {
		const own = values.filter((v) => v.indicatorId === i.id);
		const latestPeriod = own.reduce<(typeof own)[number] | null>(
			(a, v) => (!a || v.periodStart > a.periodStart ? v : a),
			null
		);
		return {
			id: i.id,
			slug: i.slug,
			name: i.name,
			unit: i.unit,
			source: [i.source, i.licence].filter(Boolean).join(', '),
			isPublic: i.isPublic,
			isExample: i.isExample,
			zeroGrowth: i.zeroGrowth as ZeroGrowthMeasure,
			latestPeriod: latestPeriod?.period ?? null,
			targets: targets
				.filter((t) => t.indicatorId === i.id)
				.map((t) => ({
					id: t.id,
					description: t.description,
					dueOn: t.dueOn,
					kind: t.kind,
					value: t.value,
					isExample: t.isExample,
					assessment: assessTarget(t, own, i.direction, today)
				}))
				.map((t) => ({ ...t, standing: assessmentText(t.assessment, t.kind, i.unit) }))
		};
	});

	// The action points the indicators follow up, in the current programme, and their measures.
	const [programme] = await db
		.select({ id: actionProgramme.id })
		.from(actionProgramme)
		.where(eq(actionProgramme.status, 'current'))
		.limit(1);
	const actionIds = [...new Set(links.map((l) => l.targetId))];
	const actions =
		programme && actionIds.length
			? await db
					.select({ id: action.id, code: action.code, title: action.title })
					.from(action)
					.where(and(inArray(action.id, actionIds), eq(action.programmeId, programme.id)))
					.orderBy(asc(action.code))
			: [];
	const measures = actions.length
		? await db
				.select({
					id: measure.id,
					actionId: measure.actionId,
					title: measure.title,
					phase: measure.phase,
					ownerName: organisation.name,
					startsOn: measure.startsOn,
					endsOn: measure.endsOn,
					costEstimate: measure.costEstimate
				})
				.from(measure)
				.innerJoin(organisation, eq(organisation.id, measure.ownerId))
				.where(
					inArray(
						measure.actionId,
						actions.map((a) => a.id)
					)
				)
				.orderBy(asc(measure.title))
		: [];
	const funding = measures.length
		? await db
				.select({
					measureId: measureFunding.measureId,
					source: measureFunding.source,
					amount: sql<number>`sum(${measureFunding.amount})::float8`
				})
				.from(measureFunding)
				.where(
					inArray(
						measureFunding.measureId,
						measures.map((m) => m.id)
					)
				)
				.groupBy(measureFunding.measureId, measureFunding.source)
				.orderBy(asc(measureFunding.source))
		: [];
	const withFunding = measures.map((m) => {
		const sources = funding.filter((f) => f.measureId === m.id);
		return {
			...m,
			code: actions.find((a) => a.id === m.actionId)?.code ?? '',
			funding: sources.map((f) => ({ source: f.source, amount: f.amount })),
			funded: sources.reduce((sum, f) => sum + f.amount, 0)
		};
	});
	const bySource = new Map<string, number>();
	for (const f of funding) bySource.set(f.source, (bySource.get(f.source) ?? 0) + f.amount);

	// What the partnership has asked the state for: the demands of statements sent to a state issuer.
	const asked = await db
		.select({
			statementId: statement.id,
			title: statement.title,
			sentOn: statement.sentOn,
			issuer: organisation.name,
			demandId: statementDemand.id,
			text: statementDemand.text,
			outcome: statementDemand.outcome
		})
		.from(statementDemand)
		.innerJoin(statement, eq(statement.id, statementDemand.statementId))
		.innerJoin(hearing, eq(hearing.id, statement.hearingId))
		.innerJoin(organisation, eq(organisation.id, hearing.issuerId))
		.where(and(eq(statement.status, 'sent'), eq(organisation.level, 'stat')))
		.orderBy(asc(statement.sentOn), asc(statement.id), asc(statementDemand.position));
	const statements = [...new Map(asked.map((a) => [a.statementId, a])).values()].map((s) => ({
		id: s.statementId,
		title: s.title,
		sentOn: s.sentOn,
		issuer: s.issuer,
		demands: asked
			.filter((a) => a.statementId === s.statementId)
			.map((a) => ({ id: a.demandId, text: a.text, outcome: a.outcome }))
	}));

	// What the state has committed: the commitments of state actors that are not withdrawn, the
	// nearest dates first; the view and the brief name how many more there are.
	const stateCommitments = and(eq(organisation.level, 'stat'), ne(commitment.status, 'withdrawn'));
	const committed = await db
		.select({
			id: commitment.id,
			actorName: organisation.name,
			promise: commitment.promise,
			status: commitment.status,
			dueOn: commitment.dueOn,
			currentDueOn: commitment.currentDueOn,
			isExample: commitment.isExample,
			sourceTitle: commitment.sourceTitle,
			sourceOn: commitment.sourceOn,
			isPublic: commitment.isPublic
		})
		.from(commitment)
		.innerJoin(organisation, eq(organisation.id, commitment.actorId))
		.where(stateCommitments)
		.orderBy(asc(commitment.currentDueOn), asc(commitment.id))
		.limit(COMMITMENTS_SHOWN);
	const [{ committedTotal }] = await db
		.select({ committedTotal: count() })
		.from(commitment)
		.innerJoin(organisation, eq(organisation.id, commitment.actorId))
		.where(stateCommitments);

	const gaps = {
		/** A target whose latest figure is missing or too old to tell where it stands. */
		staleTargets: followed.flatMap((i) =>
			i.targets
				.filter((t) => !t.assessment.recent)
				.map((t) => ({
					indicator: i.name,
					slug: i.slug,
					target: t.description,
					latest: t.assessment.latest
				}))
		),
		/** A measure under way with no funding recorded. */
		unfundedMeasures: withFunding.filter((m) => m.funded === 0 && !FINISHED.includes(m.phase)),
		/** An action point the indicators follow up that has no measure. */
		actionsWithoutMeasure: actions.filter((a) => !measures.some((m) => m.actionId === a.id))
	};

	return {
		today,
		dimensions: zeroGrowthMeasures.map((key) => ({
			key,
			indicators: followed.filter((i) => i.zeroGrowth === key)
		})),
		actions,
		measures: withFunding,
		funding: [...bySource.entries()].map(([source, amount]) => ({ source, amount })),
		statements,
		committed: committed.map((c) => ({ ...c, late: isLate(c, today) })),
		committedTotal,
		gaps
	};
}

export type Readiness = Awaited<ReturnType<typeof readReadiness>>;

/** The readiness view, for everyone logged in (it holds internal commitments and measures). */
export async function getReadinessPage(ctx: Ctx) {
	allow(ctx, canUseWorkspace);
	// The same for everyone in the workspace, and read from every figure of its indicators: kept
	// until the next change, as the dashboard's common voice is.
	const today = osloDate();
	return perGeneration(ctx.db, `readiness:${today}`, () => readReadiness(ctx.db, today));
}

// The brief's words: it is a Norwegian paper for a meeting with the state.
const dimensionText: Record<ZeroGrowthMeasure, string> = {
	car_traffic: 'Biltrafikk',
	public_transport: 'Kollektivreiser',
	active_travel: 'Gange, sykkel og kollektiv som andel av reisene'
};
const phaseText: Record<string, string> = {
	idea: 'idé',
	planning: 'planlegging',
	regulation: 'regulering',
	funding_decided: 'finansiering vedtatt',
	construction: 'under bygging',
	operation: 'i drift',
	done: 'ferdig',
	stopped: 'stanset'
};
const sourceText: Record<string, string> = {
	municipal: 'kommunalt',
	county: 'fylkeskommunalt',
	state: 'statlig',
	reward_scheme: 'belønningsordning/byvekstavtale',
	other: 'annet'
};
const commitmentText: Record<string, string> = {
	open: 'åpen',
	delivered: 'levert',
	delayed: 'forsinket',
	broken: 'brutt',
	withdrawn: 'trukket'
};
const outcomeText: Record<string, string> = {
	open: 'ikke avklart',
	met: 'innfridd',
	partly: 'delvis innfridd',
	not_met: 'ikke innfridd'
};
const kroner = (n: number) => `${formatNumber(n, 'nb-NO', 0)} kr`;

/** Where a target stands, in words: the brief's and the page's sentence. */
export function assessmentText(a: Assessment, kind: string, unit: string): string {
	if (!a.latest) return 'Ingen tall ennå.';
	const latest = `Siste tall ${a.latest.period}: ${formatNumber(a.latest.value)} ${unit}`.trim();
	const change =
		kind === 'change' && a.change !== null && a.base
			? ` (${a.change >= 0 ? '+' : ''}${formatNumber(a.change)} % fra ${a.base.period})`
			: '';
	const standing = !a.recent
		? 'For gammelt til å si hvor målet står.'
		: a.met === null
			? 'Kan ikke avgjøres.'
			: a.met
				? 'Nås nå.'
				: 'Nås ikke nå.';
	return `${latest}${change}. ${standing}`;
}

/** The brief, section by section in the page's order, with the date and every source. */
export function readinessOutline(r: Readiness): OutlineLine[] {
	const lines: OutlineLine[] = [
		{ kind: 'title', text: 'Klar for byvekstavtale' },
		{ kind: 'meta', text: `Innherredsbyen, per ${formatDate(r.today)}` },
		{ kind: 'section', text: 'Nullvekstmålet' }
	];
	for (const d of r.dimensions) {
		lines.push({ kind: 'subheading', text: dimensionText[d.key] });
		if (!d.indicators.length)
			lines.push({ kind: 'paragraph', text: 'Ingen indikator følger dette.' });
		for (const i of d.indicators) {
			lines.push({
				kind: 'paragraph',
				text: `${i.name}${i.isExample ? ' (eksempel)' : ''}. Kilde: ${i.source || 'ikke oppgitt'}.`
			});
			if (!i.targets.length) lines.push({ kind: 'item', text: 'Uten mål.' });
			for (const t of i.targets)
				lines.push({
					kind: 'item',
					text: `${t.description || 'Mål'} (innen ${formatDate(t.dueOn)}): ${t.standing}`
				});
		}
	}
	lines.push({ kind: 'section', text: 'Tiltak og finansiering' });
	if (r.funding.length)
		lines.push({
			kind: 'paragraph',
			text: `Finansiering i alt: ${r.funding.map((f) => `${sourceText[f.source]} ${kroner(f.amount)}`).join(', ')}.`
		});
	if (!r.measures.length) lines.push({ kind: 'paragraph', text: 'Ingen tiltak er registrert.' });
	for (const m of r.measures)
		lines.push({
			kind: 'item',
			text: `${m.code} ${m.title} (${m.ownerName}): ${phaseText[m.phase]}; ${
				m.funding.length
					? m.funding.map((f) => `${sourceText[f.source]} ${kroner(f.amount)}`).join(', ')
					: 'uten finansiering'
			}.`
		});
	lines.push({ kind: 'section', text: 'Hva vi har bedt staten om' });
	if (!r.statements.length)
		lines.push({ kind: 'paragraph', text: 'Ingen sendte uttalelser til statlige etater.' });
	for (const s of r.statements) {
		lines.push({
			kind: 'subheading',
			text: `${s.title}, til ${s.issuer}${s.sentOn ? `, sendt ${formatDate(s.sentOn)}` : ''}`
		});
		for (const d of s.demands)
			lines.push({ kind: 'item', text: `${d.text} – ${outcomeText[d.outcome] ?? d.outcome}` });
	}
	lines.push({ kind: 'section', text: 'Hva staten har forpliktet seg til' });
	if (!r.committed.length)
		lines.push({ kind: 'paragraph', text: 'Ingen forpliktelser er registrert.' });
	for (const c of r.committed)
		lines.push({
			kind: 'item',
			text: `${c.actorName}: ${c.promise} – ${commitmentText[c.status]}${c.late ? ', over frist' : ''}, frist ${formatDate(c.currentDueOn)}. Kilde: ${c.sourceTitle || 'ikke oppgitt'}, ${formatDate(c.sourceOn)}.`
		});
	if (r.committedTotal > r.committed.length)
		lines.push({
			kind: 'paragraph',
			text: `Og ${r.committedTotal - r.committed.length} til; alle står under Forpliktelser.`
		});
	lines.push({ kind: 'section', text: 'Hull' });
	const g = r.gaps;
	if (!g.staleTargets.length && !g.unfundedMeasures.length && !g.actionsWithoutMeasure.length)
		lines.push({ kind: 'paragraph', text: 'Ingen hull funnet.' });
	for (const t of g.staleTargets)
		lines.push({
			kind: 'item',
			text: `Mål uten ferske tall: ${t.indicator} – ${t.target}${t.latest ? ` (siste tall ${t.latest.period})` : ' (ingen tall)'}`
		});
	for (const m of g.unfundedMeasures)
		lines.push({ kind: 'item', text: `Tiltak uten finansiering: ${m.code} ${m.title}` });
	for (const a of g.actionsWithoutMeasure)
		lines.push({ kind: 'item', text: `Handlingspunkt uten tiltak: ${a.code} ${a.title}` });
	return lines;
}

/** The brief as a PDF, for everyone who may read the view. */
export async function getReadinessBrief(ctx: Ctx): Promise<FileReply> {
	const r = await getReadinessPage(ctx);
	return {
		body: await outlinePdf(readinessOutline(r), 'Klar for byvekstavtale'),
		fileName: `Klar for byvekstavtale ${r.today}.pdf`,
		contentType: documentTypes.pdf,
		cache: 'private, no-store'
	};
}
