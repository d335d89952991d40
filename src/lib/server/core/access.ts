import type { Actor, Ctx } from './context.ts';
import { ForbiddenError, LoginRequiredError } from './errors.ts';

export interface ActionParties {
	leadOrganisationId: number;
	participantIds: readonly number[];
}

export const isStaff = (actor: Actor | null): boolean =>
	actor?.role === 'admin' || actor?.role === 'secretariat';

export const canUseWorkspace = (actor: Actor | null): actor is Actor => actor !== null;

/** Staff, or a user who speaks for a partner organisation. */
const staffOrPartner = (actor: Actor | null): boolean =>
	isStaff(actor) || (actor?.role === 'partner' && actor.organisationId !== null);

/**
 * Partners edit what their organisation leads or takes part in (progress, milestones, texts);
 * staff edit everything.
 */
export function canEditAction(actor: Actor | null, parties: ActionParties): boolean {
	if (!actor) return false;
	if (isStaff(actor)) return true;
	if (actor.role !== 'partner' || actor.organisationId === null) return false;
	return (
		parties.leadOrganisationId === actor.organisationId ||
		parties.participantIds.includes(actor.organisationId)
	);
}

/** Who leads and who takes part is changed by the lead organisation and staff, never a participant. */
export function canChangeParties(actor: Actor | null, parties: ActionParties): boolean {
	if (isStaff(actor)) return true;
	return (
		actor?.role === 'partner' &&
		actor.organisationId !== null &&
		parties.leadOrganisationId === actor.organisationId
	);
}

export const canSeeInternalUpdates = (actor: Actor | null): boolean => actor !== null;
export const canManagePartners = (actor: Actor | null): boolean => actor?.role === 'admin';
export const canManageUsers = (actor: Actor | null): boolean => actor?.role === 'admin';
export const canImportProgramme = (actor: Actor | null): boolean => isStaff(actor);
export const canManageHearings = (actor: Actor | null): boolean => isStaff(actor);
export const canManageStatements = (actor: Actor | null): boolean => isStaff(actor);
/** Partners give input for their organisation; the secretariat may add its own. */
export const canCommentOnStatement = staffOrPartner;
/** An organisation's own users set its position; the secretariat may do so on its behalf. */
export function canRecordPosition(actor: Actor | null, organisationId: number): boolean {
	if (isStaff(actor)) return true;
	return actor?.role === 'partner' && actor.organisationId === organisationId;
}
export const canManagePriorities = (actor: Actor | null): boolean => isStaff(actor);
/** A partner user scores for its organisation. */
export const canScorePriorities = (actor: Actor | null): boolean =>
	actor?.role === 'partner' && actor.organisationId !== null;
export const canReadOutbox = (actor: Actor | null): boolean => actor?.role === 'admin';
export const canManageGovernance = (actor: Actor | null): boolean => isStaff(actor);
/** Staff, or a partner user of the given organisation. */
function staffOrOwn(actor: Actor | null, organisationId: number | null): boolean {
	if (isStaff(actor)) return true;
	return (
		actor?.role === 'partner' && organisationId !== null && actor.organisationId === organisationId
	);
}
/** A follow-up is closed by a user of the organisation that holds it, or by the secretariat. */
export const canCompleteFollowUp = staffOrOwn;
/** The secretariat records every actor's commitments; a partner user those of its organisation. */
export const canEditCommitment = staffOrOwn;
/** Who may open the form for a new commitment: the secretariat, and partner users for their own. */
export const canRecordCommitments = staffOrPartner;
export const canViewAudit = (actor: Actor | null): boolean => actor?.role === 'admin';
/**
 * A measure is edited by whoever may edit its action point, and by a partner user of the
 * organisation that owns it (its own measures), as by the secretariat.
 */
export function canEditMeasure(
	actor: Actor | null,
	parties: ActionParties,
	ownerId: number
): boolean {
	return canEditAction(actor, parties) || staffOrOwn(actor, ownerId);
}
/** Who may open the form for a measure; saving it asks the rule above. */
export const canRecordMeasures = staffOrPartner;
/** Current matters are kept by the secretariat. */
export const canManageMatters = (actor: Actor | null): boolean => isStaff(actor);
/** Engagements with actors and inquiries to the partnership are the secretariat's record. */
export const canManageRelations = (actor: Actor | null): boolean => isStaff(actor);

/** News is written and published by the secretariat. */
export const canManageNews = (actor: Actor | null): boolean => isStaff(actor);
/** That a partner shared a post is recorded by its own users, or by the secretariat. */
export const canRecordShare = staffOrOwn;

/** Public questions are moderated, routed and answered in public by the secretariat. */
export const canModerateQuestions = (actor: Actor | null): boolean => isStaff(actor);
/** A question routed to an organisation is drafted by its users; the secretariat drafts any. */
export const canAnswerQuestion = (actor: Actor | null, routedToId: number | null): boolean =>
	staffOrOwn(actor, routedToId);
/** One person's data (GDPR articles 15 and 17) is found, exported and deleted by the administrator. */
export const canManagePersonalData = (actor: Actor | null): boolean => actor?.role === 'admin';

/** Indicators, their figures and imports are kept by the secretariat. */
export const canManageKnowledge = (actor: Actor | null): boolean => isStaff(actor);
/** The document library is kept by the secretariat; everyone logged in reads it, the public its public part. */
export const canManageDocuments = (actor: Actor | null): boolean => isStaff(actor);
/** The newsletter's subscriber counts and sending log are the administrator's. */
export const canManageNewsletter = (actor: Actor | null): boolean => actor?.role === 'admin';

/**
 * Goes on only if the rule lets the actor: otherwise a stranger is asked to log in (a session may
 * have expired) and a logged-in user is refused.
 */
export function allow(ctx: Pick<Ctx, 'actor'>, rule: (actor: Actor | null) => boolean): void {
	if (rule(ctx.actor)) return;
	throw ctx.actor ? new ForbiddenError() : new LoginRequiredError();
}
