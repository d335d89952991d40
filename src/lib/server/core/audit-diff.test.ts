import { describe, expect, it } from 'vitest';
import { changedFields } from './audit-diff.ts';

describe('changedFields', () => {
	it('lists only what changed, leaving out bookkeeping fields', () => {
		expect(
			changedFields(
				{ title: 'A', progress: 10, version: 1, participantIds: [1, 2] },
				{ title: 'B', progress: 10, version: 2, participantIds: [1] }
			)
		).toEqual([
			{ field: 'title', from: 'A', to: 'B' },
			{ field: 'participantIds', from: '[1,2]', to: '[1]' }
		]);
	});
	it('treats a creation as changes from nothing', () => {
		expect(changedFields(null, { title: 'Ny' })).toEqual([{ field: 'title', from: '–', to: 'Ny' }]);
	});
});
