import { z } from 'zod';
import {
	checkbox,
	idList,
	isoDate,
	optionalFile,
	pageOffset,
	rowId,
	rowVersion,
	splitCodes,
	actionCode,
	tooLong,
	urlName
} from './common.ts';
import { bylineKinds, newsTagKinds } from './values.ts';

/** A post as the secretariat writes it: the image's alt text is required with an image. */
export const newsPostInput = z
	.object({
		title: z
			.string({ error: 'error_required' })
			.trim()
			.min(3, { error: 'error_required' })
			.max(200, tooLong(200)),
		lead: z.string().trim().max(400, tooLong(400)).default(''),
		body: z
			.string({ error: 'news_error_body' })
			.trim()
			.min(1, { error: 'news_error_body' })
			.max(50_000, tooLong(50_000)),
		bylineKind: z.enum(bylineKinds, { error: 'error_choice' }).default('role'),
		bylineRole: z.string().trim().max(120, tooLong(120)).default(''),
		image: optionalFile,
		imageAlt: z.string().trim().max(300, tooLong(300)).default(''),
		removeImage: checkbox,
		themeIds: idList,
		matterIds: idList,
		statementIds: idList,
		/** Action point codes, as typed: "HA16, HA27". */
		actionCodes: z.preprocess(splitCodes, z.array(actionCode).max(100))
	})
	.refine((p) => p.bylineKind !== 'role' || p.bylineRole !== '', {
		path: ['bylineRole'],
		error: 'news_error_byline'
	});
export type NewsPostInput = z.infer<typeof newsPostInput>;

/** When a post is to be published: a date and a time of day in Norway. */
export const newsScheduleInput = z.object({
	id: rowId,
	version: rowVersion,
	date: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
	time: z
		.string({ error: 'meeting_error_time' })
		.trim()
		.regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, { error: 'meeting_error_time' })
});

export const newsWithdrawInput = z.object({
	id: rowId,
	version: rowVersion,
	note: z
		.string({ error: 'news_error_withdraw_note' })
		.trim()
		.min(3, { error: 'news_error_withdraw_note' })
		.max(1_000, tooLong(1_000))
});

/** A post made from something the partnership did: `progress:12`, `statement:3`, … */
export const newsOrigins = ['progress', 'statement', 'minutes', 'commitment', 'question'] as const;
export const newsFromInput = z.object({
	fra: z
		.string({ error: 'error_invalid' })
		.regex(/^(progress|statement|minutes|commitment|question):\d{1,9}$/, { error: 'error_invalid' })
});

/** A tag's public page: `/aktuelt/tema/kollektiv`, `/aktuelt/handlingspunkt/HA16`. */
export const newsTagPaths = {
	tema: 'theme',
	sak: 'matter',
	handlingspunkt: 'action',
	uttalelse: 'statement'
} as const satisfies Record<string, (typeof newsTagKinds)[number]>;
export const newsTagRef = z.object({
	kind: z.enum(Object.keys(newsTagPaths) as [keyof typeof newsTagPaths], {
		error: 'error_invalid'
	}),
	key: urlName(100)
});

export const newsListQuery = z.object({ offset: pageOffset });
export const newsSlugRef = z.object({ slug: urlName(100) });
export const newsFeedFormats = ['atom.xml', 'rss.xml', 'feed.json'] as const;
export const newsFeedRef = z.object({
	feed: z.enum(newsFeedFormats, { error: 'error_invalid' })
});
/** A scaled picture's file name: `12-960.webp`. */
export const newsImageRef = z.object({
	file: z
		.string()
		.regex(/^\d{1,9}-\d{2,4}\.(jpg|webp)$/, { error: 'error_invalid' })
		.transform((file) => {
			const [, id, width, ext] = /^(\d+)-(\d+)\.(jpg|webp)$/.exec(file)!;
			return {
				imageId: Number(id),
				width: Number(width),
				format: ext === 'jpg' ? ('jpeg' as const) : ('webp' as const)
			};
		})
});
