import { compareNorwegian } from '../../intl.ts';
import type { ActionStatus } from '../../schemas/values.ts';
import { actionStatuses } from '../../schemas/values.ts';

/** What the comparison needs of one action point in a snapshot. */
export interface SnapshotItem {
	actionId: number;
	code: string;
	title: string;
	themeName: string;
	themePosition: number;
	status: ActionStatus;
	progress: number;
	overdueMilestones: number;
}

type Ref = Pick<SnapshotItem, 'code' | 'title'>;

export interface ThemeChanges {
	themeName: string;
	statusMoves: (Ref & { from: ActionStatus; to: ActionStatus })[];
	progress: (Ref & { from: number; to: number; delta: number })[];
	newDelays: (Ref & { why: 'status' | 'milestones'; overdueMilestones: number })[];
	finished: Ref[];
	added: Ref[];
	removed: Ref[];
}

const ref = (i: SnapshotItem): Ref => ({ code: i.code, title: i.title });

/**
 * What changed between two snapshots, per theme, in theme order then by code. Without a previous
 * snapshot there is nothing to compare, and every theme comes back empty. A point is newly delayed
 * when its status became "delayed" or it has overdue milestones that it did not have before;
 * finished when its status became "done".
 */
export function compareSnapshots(
	previous: readonly SnapshotItem[] | null,
	current: readonly SnapshotItem[]
): ThemeChanges[] {
	const themes = new Map<string, { position: number; changes: ThemeChanges }>();
	const bucket = (item: SnapshotItem) => {
		let entry = themes.get(item.themeName);
		if (!entry) {
			entry = {
				position: item.themePosition,
				changes: {
					themeName: item.themeName,
					statusMoves: [],
					progress: [],
					newDelays: [],
					finished: [],
					added: [],
					removed: []
				}
			};
			themes.set(item.themeName, entry);
		}
		return entry.changes;
	};
	const before = new Map((previous ?? []).map((i) => [i.actionId, i]));
	const sorted = [...current].sort((a, b) => compareNorwegian(a.code, b.code));
	for (const now of sorted) {
		const changes = bucket(now);
		if (!previous) continue;
		const then = before.get(now.actionId);
		if (!then) {
			changes.added.push(ref(now));
			continue;
		}
		if (then.status !== now.status) {
			changes.statusMoves.push({ ...ref(now), from: then.status, to: now.status });
			if (now.status === 'done') changes.finished.push(ref(now));
		}
		if (then.progress !== now.progress)
			changes.progress.push({
				...ref(now),
				from: then.progress,
				to: now.progress,
				delta: now.progress - then.progress
			});
		if (now.status === 'delayed' && then.status !== 'delayed')
			changes.newDelays.push({
				...ref(now),
				why: 'status',
				overdueMilestones: now.overdueMilestones
			});
		else if (now.overdueMilestones > then.overdueMilestones && now.status !== 'done')
			changes.newDelays.push({
				...ref(now),
				why: 'milestones',
				overdueMilestones: now.overdueMilestones
			});
	}
	const present = new Set(current.map((i) => i.actionId));
	for (const gone of [...(previous ?? [])].sort((a, b) => compareNorwegian(a.code, b.code)))
		if (!present.has(gone.actionId)) bucket(gone).removed.push(ref(gone));
	return [...themes.values()]
		.sort(
			(a, b) =>
				a.position - b.position || compareNorwegian(a.changes.themeName, b.changes.themeName)
		)
		.map((t) => t.changes);
}

export type SnapshotSummary = ReturnType<typeof summariseSnapshot>;

/** The figures of the one-page summary. */
export function summariseSnapshot(
	items: readonly SnapshotItem[],
	changes: readonly ThemeChanges[]
) {
	const byStatus = Object.fromEntries(actionStatuses.map((s) => [s, 0])) as Record<
		ActionStatus,
		number
	>;
	for (const i of items) byStatus[i.status] += 1;
	const active = items.filter((i) => i.status !== 'stopped');
	const sum = (pick: (c: ThemeChanges) => unknown[]) =>
		changes.reduce((total, c) => total + pick(c).length, 0);
	return {
		total: items.length,
		byStatus,
		averageProgress: active.length
			? Math.round(active.reduce((total, i) => total + i.progress, 0) / active.length)
			: 0,
		withOverdueMilestones: items.filter((i) => i.overdueMilestones > 0 && i.status !== 'done')
			.length,
		statusMoves: sum((c) => c.statusMoves),
		newDelays: sum((c) => c.newDelays),
		finished: sum((c) => c.finished),
		added: sum((c) => c.added),
		removed: sum((c) => c.removed)
	};
}
