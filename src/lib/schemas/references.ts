import { z } from 'zod';
import { splitLines } from './common.ts';
import type { LinkKind } from './values.ts';

/**
 * What a link to an item is typed as: an action point's code, or the address of a page in
 * Samstemt, pasted from the browser. Each address names one kind of item and its id.
 */
const patterns: [RegExp, Exclude<LinkKind, 'action'>][] = [
	[/^\/arbeidsrom\/moter\/\d+\/sak\/(\d+)$/, 'case'],
	[/^\/(?:arbeidsrom\/)?moter\/\d+#sak-(\d+)$/, 'case'],
	[/^\/(?:arbeidsrom\/)?moter\/(\d+)$/, 'meeting'],
	[/^\/arbeidsrom\/horinger\/(\d+)$/, 'hearing'],
	[/^\/horinger#horing-(\d+)$/, 'hearing'],
	[/^\/(?:arbeidsrom\/)?uttalelser\/(\d+)$/, 'statement'],
	[/^\/(?:arbeidsrom\/)?forpliktelser\/(\d+)$/, 'commitment'],
	[/^\/arbeidsrom\/aktormoter\/(\d+)$/, 'engagement'],
	[/^\/arbeidsrom\/henvendelser\/(\d+)$/, 'inquiry'],
	[/^\/arbeidsrom\/tiltak\/(\d+)$/, 'measure'],
	[/^\/(?:arbeidsrom\/)?innspill\/\d+#innspill-(\d+)$/, 'workshop_item'],
	[/^\/arbeidsrom\/aktuelle-saker\/(\d+)$/, 'matter']
];
const actionPath = /^\/(?:handlingsprogram|arbeidsrom\/handlingspunkt)\/([A-ZÆØÅ]{1,5}\d{1,4})$/i;
const bareCode = /^[A-ZÆØÅ]{1,5}\d{1,4}$/i;

export type Reference =
	{ kind: 'action'; code: string } | { kind: Exclude<LinkKind, 'action'>; id: number };

export function parseReference(text: string): Reference | null {
	const trimmed = text.trim();
	if (bareCode.test(trimmed)) return { kind: 'action', code: trimmed.toUpperCase() };
	let path: string;
	try {
		const url = new URL(trimmed, 'https://samstemt.invalid');
		path = url.pathname.replace(/\/$/, '') + url.hash;
	} catch {
		return null;
	}
	const code = actionPath.exec(path)?.[1];
	if (code) return { kind: 'action', code: code.toUpperCase() };
	for (const [pattern, kind] of patterns) {
		const id = pattern.exec(path)?.[1];
		if (id && Number(id) <= 2_147_483_647) return { kind, id: Number(id) };
	}
	return null;
}

/** One typed reference to an item of one of the given kinds. */
export const reference = (kinds: readonly LinkKind[]) =>
	z
		.string({ error: 'matter_error_reference' })
		.max(1_000, { error: 'matter_error_reference' })
		.transform((text, context) => {
			const parsed = parseReference(text);
			if (!parsed || !kinds.includes(parsed.kind))
				context.addIssue({ code: 'custom', message: 'matter_error_reference' });
			return parsed!;
		});

/** References typed one per line; each line must name an item of one of the kinds. */
export const referenceLines = (kinds: readonly LinkKind[], max = 50) =>
	z.preprocess(
		splitLines,
		z
			.array(z.string().max(1_000))
			.max(max, { error: 'error_invalid' })
			.transform((lines, context) => {
				const parsed = lines.map(parseReference);
				if (parsed.some((p) => !p || !kinds.includes(p.kind)))
					context.addIssue({ code: 'custom', message: 'link_error_references' });
				return parsed as Reference[];
			})
	);
