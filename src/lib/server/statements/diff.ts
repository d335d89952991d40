import { diffWords } from 'diff';
import type { Section } from './schema.ts';

export interface SectionDiff {
	key: string;
	heading: string;
	change: 'added' | 'removed' | 'changed' | 'same';
	parts: { text: string; kind: 'added' | 'removed' | 'same' }[];
}

const asText = (s: Section | undefined) => (s ? `${s.heading}\n\n${s.body}` : '');

/**
 * Compares two versions section by section (sections keep their key across versions), word by
 * word within a section. Sections of the newer version come in its order; removed ones follow.
 */
export function diffSections(older: Section[], newer: Section[]): SectionDiff[] {
	const before = new Map(older.map((s) => [s.key, s]));
	const after = new Map(newer.map((s) => [s.key, s]));
	const keys = [
		...newer.map((s) => s.key),
		...older.filter((s) => !after.has(s.key)).map((s) => s.key)
	];
	return keys.map((key) => {
		const a = before.get(key);
		const b = after.get(key);
		const parts = diffWords(asText(a), asText(b)).map((part) => ({
			text: part.value,
			kind: part.added
				? ('added' as const)
				: part.removed
					? ('removed' as const)
					: ('same' as const)
		}));
		const change = !a
			? 'added'
			: !b
				? 'removed'
				: parts.some((p) => p.kind !== 'same')
					? 'changed'
					: 'same';
		return { key, heading: (b ?? a)!.heading, change, parts };
	});
}
