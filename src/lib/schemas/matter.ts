import { z } from 'zod';
import { checkbox, emptyToNull, intInRange, rowId, tooLong } from './common.ts';
import { matterLinkKinds, type MatterLinkKind } from './values.ts';

export const matterInput = z.object({
	title: z
		.string({ error: 'error_required' })
		.trim()
		.min(3, { error: 'error_required' })
		.max(200, tooLong(200)),
	standing: z.string().trim().max(5_000, tooLong(5_000)).default(''),
	followedBy: z.string().trim().max(300, tooLong(300)).default(''),
	isPublic: checkbox,
	pinOrder: z.preprocess(emptyToNull, intInRange(1, 99).nullable())
});
export type MatterInput = z.infer<typeof matterInput>;

/**
 * What a link to a matter is typed as: an action point's code, or the address of a page in
 * Samstemt, pasted from the browser. Each address names one kind of item and its id.
 */
const patterns: [RegExp, MatterLinkKind][] = [
	[/^\/arbeidsrom\/moter\/\d+\/sak\/(\d+)$/, 'case'],
	[/^\/(?:arbeidsrom\/)?moter\/\d+#sak-(\d+)$/, 'case'],
	[/^\/(?:arbeidsrom\/)?moter\/(\d+)$/, 'meeting'],
	[/^\/arbeidsrom\/horinger\/(\d+)$/, 'hearing'],
	[/^\/horinger#horing-(\d+)$/, 'hearing'],
	[/^\/(?:arbeidsrom\/)?uttalelser\/(\d+)$/, 'statement'],
	[/^\/(?:arbeidsrom\/)?forpliktelser\/(\d+)$/, 'commitment'],
	[/^\/arbeidsrom\/aktormoter\/(\d+)$/, 'engagement'],
	[/^\/arbeidsrom\/henvendelser\/(\d+)$/, 'inquiry'],
	[/^\/arbeidsrom\/tiltak\/(\d+)$/, 'measure']
];
const actionPath = /^\/(?:handlingsprogram|arbeidsrom\/handlingspunkt)\/([A-ZÆØÅ]{1,5}\d{1,4})$/i;
const bareCode = /^[A-ZÆØÅ]{1,5}\d{1,4}$/i;

export type MatterReference =
	{ kind: 'action'; code: string } | { kind: Exclude<MatterLinkKind, 'action'>; id: number };

export function parseReference(text: string): MatterReference | null {
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
		if (id && Number(id) <= 2_147_483_647)
			return { kind: kind as Exclude<MatterLinkKind, 'action'>, id: Number(id) };
	}
	return null;
}

export const matterLinkInput = z.object({
	id: rowId,
	reference: z
		.string({ error: 'matter_error_reference' })
		.max(1_000, { error: 'matter_error_reference' })
		.transform((text, context) => {
			const parsed = parseReference(text);
			if (!parsed) context.addIssue({ code: 'custom', message: 'matter_error_reference' });
			return parsed!;
		})
});

export const matterUnlinkInput = z.object({
	id: rowId,
	kind: z.enum(matterLinkKinds, { error: 'error_invalid' }),
	targetId: rowId
});
