// The sharing kit of a published post: ready texts for Facebook and LinkedIn within their limits,
// the post's link with campaign parameters for each partner municipality, and the record of which
// partners shared it.
import { and, asc, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { idRef, choiceId } from '../../schemas/common.ts';
import { allow, canRecordShare, canUseWorkspace, isStaff } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { organisation } from '../partners/schema.ts';
import { newsPost, newsShare } from './schema.ts';

/** The longest post each service takes, in characters. */
export const SHARE_LIMITS = { facebook: 63_206, linkedin: 3_000 } as const;
export type Channel = keyof typeof SHARE_LIMITS;

/** Title, lead and link, the lead shortened with "…" where the service's limit asks for it. */
export function shareText(post: { title: string; lead: string }, url: string, channel: Channel) {
	const limit = SHARE_LIMITS[channel];
	const whole = [post.title, post.lead, url].filter(Boolean).join('\n\n');
	if (whole.length <= limit) return whole;
	const room = limit - post.title.length - url.length - 5;
	const lead = room > 0 ? `${post.lead.slice(0, room).trimEnd()}…` : '';
	return [post.title.slice(0, limit - url.length - 2), lead, url].filter(Boolean).join('\n\n');
}

/** The post's address with campaign parameters: who shared it, where, and which post. */
export function campaignLink(origin: string, slug: string, source: string, channel: Channel) {
	const url = new URL(`/aktuelt/${slug}`, origin);
	url.searchParams.set('utm_source', source);
	url.searchParams.set('utm_medium', channel);
	url.searchParams.set('utm_campaign', slug);
	return url.href;
}

async function publishedPost(ctx: Ctx, id: number) {
	const [post] = await ctx.db
		.select()
		.from(newsPost)
		.where(and(eq(newsPost.id, id), eq(newsPost.status, 'published')));
	if (!post) throw new NotFoundError('news_post');
	return post;
}

/** The kit of one published post, for every user of the workspace. */
export async function getSharingKit(ctx: Ctx, input: unknown) {
	allow(ctx, canUseWorkspace);
	const { id } = parseInput(idRef, input);
	const post = await publishedPost(ctx, id);
	const municipalities = await ctx.db
		.select({ id: organisation.id, slug: organisation.slug, name: organisation.name })
		.from(organisation)
		.where(and(eq(organisation.kind, 'kommune'), eq(organisation.active, true)))
		.orderBy(asc(organisation.name));
	const shares = await ctx.db
		.select({
			organisationId: newsShare.organisationId,
			name: organisation.name,
			at: newsShare.recordedAt
		})
		.from(newsShare)
		.innerJoin(organisation, eq(organisation.id, newsShare.organisationId))
		.where(eq(newsShare.postId, id))
		.orderBy(asc(organisation.name));
	const plain = new URL(`/aktuelt/${post.slug}`, ctx.origin).href;
	const own = ctx.actor?.organisationId ?? null;
	const recorders = isStaff(ctx.actor)
		? await ctx.db
				.select({ value: organisation.id, label: organisation.name })
				.from(organisation)
				.where(and(eq(organisation.active, true), ne(organisation.membership, 'external')))
				.orderBy(asc(organisation.name))
		: own !== null && canRecordShare(ctx.actor, own)
			? await ctx.db
					.select({ value: organisation.id, label: organisation.name })
					.from(organisation)
					.where(eq(organisation.id, own))
			: [];
	return {
		post: {
			id: post.id,
			slug: post.slug,
			title: post.title,
			lead: post.lead,
			version: post.version
		},
		texts: {
			facebook: shareText(post, plain, 'facebook'),
			linkedin: shareText(post, plain, 'linkedin')
		},
		limits: SHARE_LIMITS,
		links: municipalities.map((m) => ({
			name: m.name,
			facebook: campaignLink(ctx.origin, post.slug, m.slug, 'facebook'),
			linkedin: campaignLink(ctx.origin, post.slug, m.slug, 'linkedin')
		})),
		shares,
		recorders: recorders.filter((r) => !shares.some((s) => s.organisationId === r.value))
	};
}

const shareInput = z.object({ id: z.coerce.number().int().positive(), organisationId: choiceId });

/** Records that a partner shared the post: by the partner's own users, or by the secretariat. */
export async function recordShare(ctx: Ctx, raw: unknown) {
	allow(ctx, canUseWorkspace);
	const input = parseInput(shareInput, raw);
	allow(ctx, (actor) => canRecordShare(actor, input.organisationId));
	const post = await publishedPost(ctx, input.id);
	return ctx.db.transaction(async (tx) => {
		const [org] = await tx
			.select({ id: organisation.id })
			.from(organisation)
			.where(eq(organisation.id, input.organisationId));
		if (!org) throw new ValidationError({ organisationId: 'error_choice' });
		const [row] = await tx
			.insert(newsShare)
			.values({ postId: post.id, organisationId: org.id, recordedBy: ctx.actor?.id ?? null })
			.onConflictDoNothing()
			.returning();
		if (row)
			await recordAudit(tx, ctx.actor, {
				entity: 'news_post',
				entityId: post.id,
				kind: 'share',
				after: { organisationId: org.id }
			});
		return row ?? null;
	});
}
