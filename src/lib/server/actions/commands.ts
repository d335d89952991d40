import { and, eq, inArray, sql } from 'drizzle-orm';
import {
	actionInput,
	milestoneInput,
	milestoneUpdateInput,
	progressInput
} from '../../schemas/action.ts';
import { allow, canChangeParties, canEditAction, type ActionParties } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { parseInput } from '../core/validate.ts';
import { ConflictError, NotFoundError, ValidationError } from '../core/errors.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { organisation } from '../partners/schema.ts';
import { goal, theme } from '../strategy/schema.ts';
import { getCurrentProgramme, readParties } from './queries.ts';
import {
	action,
	actionGoal,
	actionParticipant,
	milestone,
	progressUpdate,
	type Action
} from './schema.ts';

/**
 * Locks an action point for the rest of the transaction (writers of one point queue here and each
 * reads what the one before wrote), loads its participants and checks that the actor may edit it.
 */
async function loadEditable(ctx: Ctx, tx: Tx, code: string, version?: number) {
	const programme = await getCurrentProgramme(tx);
	const where = and(eq(action.programmeId, programme.id), eq(action.code, code));
	const row = await lockRow(tx, action, where, 'action');
	const parties = (await readParties(tx, row.id))!;
	const { participantIds } = parties;
	allow(ctx, (actor) => canEditAction(actor, parties));
	if (version !== undefined && row.version !== version) throw new ConflictError('action');
	return { row, participantIds, parties };
}

/**
 * Who leads and takes part after a save. What the form leaves out stays as it is; a change is
 * refused unless the actor may change the parties (the lead organisation or staff).
 */
function partiesAfter(ctx: Ctx, before: ActionParties, lead?: number, participants?: number[]) {
	const leadOrganisationId = lead ?? before.leadOrganisationId;
	const participantIds = [...new Set(participants ?? before.participantIds)].filter(
		(id) => id !== leadOrganisationId
	);
	const same = (a: readonly number[], b: readonly number[]) =>
		a.length === b.length && a.every((id) => b.includes(id));
	const changed =
		leadOrganisationId !== before.leadOrganisationId ||
		!same(participantIds, before.participantIds);
	if (changed) allow(ctx, (actor) => canChangeParties(actor, before));
	return { leadOrganisationId, participantIds };
}

/** Only the referenced rows are read: a save names one theme and a handful of partners and goals. */
async function assertReferencesExist(
	tx: Tx,
	input: { themeId: number; goalIds: number[] } & ActionParties
) {
	const errors: Record<string, string> = {};
	const orgIds = [...new Set([input.leadOrganisationId, ...input.participantIds])];
	const [themes, orgs, goals] = [
		await tx.select({ id: theme.id }).from(theme).where(eq(theme.id, input.themeId)),
		await tx
			.select({ id: organisation.id })
			.from(organisation)
			.where(inArray(organisation.id, orgIds)),
		input.goalIds.length
			? await tx.select({ id: goal.id }).from(goal).where(inArray(goal.id, input.goalIds))
			: []
	];
	const knownOrgs = new Set(orgs.map((o) => o.id));
	const knownGoals = new Set(goals.map((g) => g.id));
	if (!themes.length) errors.themeId = 'error_choice';
	if (!knownOrgs.has(input.leadOrganisationId)) errors.leadOrganisationId = 'error_choice';
	if (input.participantIds.some((id) => !knownOrgs.has(id))) errors.participantIds = 'error_choice';
	if (input.goalIds.some((id) => !knownGoals.has(id))) errors.goalIds = 'error_choice';
	if (Object.keys(errors).length) throw new ValidationError(errors);
}

/**
 * Saves an edit of an action point; refused with a conflict when someone saved in between. A
 * participant edits the texts, dates and status; who leads and takes part only the lead and staff.
 */
export async function updateAction(ctx: Ctx, raw: unknown): Promise<Action> {
	const input = parseInput(actionInput, raw);
	return ctx.db.transaction(async (tx) => {
		const loaded = await loadEditable(ctx, tx, input.code, input.version);
		const { row: before, participantIds } = loaded;
		const parties = partiesAfter(
			ctx,
			loaded.parties,
			input.leadOrganisationId,
			input.participantIds
		);
		await assertReferencesExist(tx, { ...input, ...parties });
		const goalsBefore = (
			await tx
				.select({ id: actionGoal.goalId })
				.from(actionGoal)
				.where(eq(actionGoal.actionId, before.id))
		).map((g) => g.id);
		const { version: _v, code: _c, participantIds: _p, goalIds, ...fields } = input;
		const after = await saveRow(tx, action, before.id, {
			...fields,
			leadOrganisationId: parties.leadOrganisationId
		});
		const participants = parties.participantIds;
		await tx.delete(actionParticipant).where(eq(actionParticipant.actionId, before.id));
		if (participants.length) {
			await tx
				.insert(actionParticipant)
				.values(participants.map((organisationId) => ({ actionId: before.id, organisationId })));
		}
		await tx.delete(actionGoal).where(eq(actionGoal.actionId, before.id));
		if (goalIds.length) {
			await tx
				.insert(actionGoal)
				.values([...new Set(goalIds)].map((goalId) => ({ actionId: before.id, goalId })));
		}
		await recordAudit(tx, ctx.actor, {
			entity: 'action',
			entityId: before.code,
			kind: 'update',
			before: { ...before, participantIds, goalIds: goalsBefore },
			after: { ...after, participantIds: participants, goalIds }
		});
		return after;
	});
}

/** Posts a progress update and moves the action point's status and progress with it. */
export async function recordProgress(ctx: Ctx, raw: unknown) {
	const input = parseInput(progressInput, raw);
	allow(ctx, (actor) => actor !== null);
	const actor = ctx.actor!;
	return ctx.db.transaction(async (tx) => {
		const { row: before } = await loadEditable(ctx, tx, input.code);
		const { code: _code, ...fields } = input;
		const [update] = await tx
			.insert(progressUpdate)
			.values({
				actionId: before.id,
				authorId: actor.id,
				authorName: actor.name,
				// The database's clock once the row is locked: the newest update is the one that
				// moved the point last, whichever instance wrote it.
				createdAt: sql`clock_timestamp()`,
				...fields
			})
			.returning();
		const after = await saveRow(tx, action, before.id, {
			status: input.status,
			progress: input.progress,
			lastProgressAt: update.createdAt
		});
		await recordAudit(tx, actor, {
			entity: 'action',
			entityId: before.code,
			kind: 'progress',
			before: { status: before.status, progress: before.progress },
			after: {
				status: after.status,
				progress: after.progress,
				updateId: update.id,
				isPublic: update.isPublic,
				text: update.text
			}
		});
		return update;
	});
}

export async function addMilestone(ctx: Ctx, raw: unknown) {
	const { code, ...input } = parseInput(milestoneInput, raw);
	return ctx.db.transaction(async (tx) => {
		const { row } = await loadEditable(ctx, tx, code);
		const [created] = await tx
			.insert(milestone)
			.values({ actionId: row.id, ...input })
			.returning();
		await tx.update(action).set({ updatedAt: new Date() }).where(eq(action.id, row.id));
		await recordAudit(tx, ctx.actor, {
			entity: 'action',
			entityId: row.code,
			kind: 'milestone_add',
			after: created
		});
		return created;
	});
}

export async function updateMilestone(ctx: Ctx, raw: unknown) {
	const { code, milestoneId, ...input } = parseInput(milestoneUpdateInput, raw);
	return ctx.db.transaction(async (tx) => {
		const { row } = await loadEditable(ctx, tx, code);
		const [before] = await tx
			.select()
			.from(milestone)
			.where(and(eq(milestone.id, milestoneId), eq(milestone.actionId, row.id)));
		if (!before) throw new NotFoundError('milestone');
		const [after] = await tx
			.update(milestone)
			.set(input)
			.where(eq(milestone.id, milestoneId))
			.returning();
		await tx.update(action).set({ updatedAt: new Date() }).where(eq(action.id, row.id));
		await recordAudit(tx, ctx.actor, {
			entity: 'action',
			entityId: row.code,
			kind: 'milestone_update',
			before,
			after
		});
		return after;
	});
}
