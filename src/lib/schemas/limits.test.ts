import { describe, expect, it } from 'vitest';
import { actionInput, progressInput } from './action.ts';
import { fieldLimits } from './limits.ts';

describe('the limits of a form', () => {
	it('are read from its schema', () => {
		expect(fieldLimits(actionInput)).toMatchObject({ title: 300, description: 20_000 });
		expect(fieldLimits(progressInput)).toMatchObject({ text: 5_000, nextSteps: 2_000 });
	});
});
