import { describe, expect, it } from 'vitest';
import { compareSnapshots, summariseSnapshot, type SnapshotItem } from './changes.ts';

const item = (
	actionId: number,
	themeName: string,
	status: SnapshotItem['status'],
	progress: number,
	overdueMilestones = 0
): SnapshotItem => ({
	actionId,
	code: `HA${String(actionId).padStart(2, '0')}`,
	title: `Punkt ${actionId}`,
	themeName,
	themePosition: themeName === 'Areal' ? 1 : 2,
	status,
	progress,
	overdueMilestones
});

describe('compareSnapshots', () => {
	const before = [
		item(1, 'Areal', 'in_progress', 40),
		item(2, 'Areal', 'in_progress', 50),
		item(3, 'Transport', 'not_started', 0),
		item(4, 'Transport', 'in_progress', 70, 0),
		item(5, 'Transport', 'in_progress', 20)
	];
	const after = [
		item(1, 'Areal', 'done', 100),
		item(2, 'Areal', 'delayed', 50),
		item(3, 'Transport', 'not_started', 0),
		item(4, 'Transport', 'in_progress', 75, 2),
		item(6, 'Transport', 'not_started', 0)
	];

	it('finds status moves, progress deltas, new delays, finished, added and removed points by theme', () => {
		expect(compareSnapshots(before, after)).toEqual([
			{
				themeName: 'Areal',
				statusMoves: [
					{ code: 'HA01', title: 'Punkt 1', from: 'in_progress', to: 'done' },
					{ code: 'HA02', title: 'Punkt 2', from: 'in_progress', to: 'delayed' }
				],
				progress: [{ code: 'HA01', title: 'Punkt 1', from: 40, to: 100, delta: 60 }],
				newDelays: [{ code: 'HA02', title: 'Punkt 2', why: 'status', overdueMilestones: 0 }],
				finished: [{ code: 'HA01', title: 'Punkt 1' }],
				added: [],
				removed: []
			},
			{
				themeName: 'Transport',
				statusMoves: [],
				progress: [{ code: 'HA04', title: 'Punkt 4', from: 70, to: 75, delta: 5 }],
				newDelays: [{ code: 'HA04', title: 'Punkt 4', why: 'milestones', overdueMilestones: 2 }],
				finished: [],
				added: [{ code: 'HA06', title: 'Punkt 6' }],
				removed: [{ code: 'HA05', title: 'Punkt 5' }]
			}
		]);
	});

	it('reports no changes for the first snapshot, and sums up the summary', () => {
		const first = compareSnapshots(null, after);
		expect(first.every((t) => !t.statusMoves.length && !t.added.length)).toBe(true);
		const summary = summariseSnapshot(after, compareSnapshots(before, after));
		expect(summary).toEqual({
			total: 5,
			byStatus: { not_started: 2, in_progress: 1, delayed: 1, done: 1, stopped: 0 },
			averageProgress: 45,
			withOverdueMilestones: 1,
			statusMoves: 2,
			newDelays: 2,
			finished: 1,
			added: 1,
			removed: 1
		});
	});
});
