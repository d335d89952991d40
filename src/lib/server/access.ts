import type { Actor } from './context.ts';
import { ForbiddenError } from './errors.ts';

export interface ActionParties {
	leadOrganisationId: number;
	participantIds: readonly number[];
}

export const isStaff = (actor: Actor | null): boolean =>
	actor?.role === 'admin' || actor?.role === 'secretariat';

export const canUseWorkspace = (actor: Actor | null): actor is Actor => actor !== null;

/** Partners edit what their organisation leads or takes part in; staff edit everything. */
export function canEditAction(actor: Actor | null, parties: ActionParties): boolean {
	if (!actor) return false;
	if (isStaff(actor)) return true;
	if (actor.role !== 'partner' || actor.organisationId === null) return false;
	return (
		parties.leadOrganisationId === actor.organisationId ||
		parties.participantIds.includes(actor.organisationId)
	);
}

export const canSeeInternalUpdates = (actor: Actor | null): boolean => actor !== null;
export const canManagePartners = (actor: Actor | null): boolean => actor?.role === 'admin';
export const canManageUsers = (actor: Actor | null): boolean => actor?.role === 'admin';
export const canImportProgramme = (actor: Actor | null): boolean => isStaff(actor);
export const canManageHearings = (actor: Actor | null): boolean => isStaff(actor);
export const canViewAudit = (actor: Actor | null): boolean => actor?.role === 'admin';

export function assertAllowed(allowed: boolean, reason?: string): void {
	if (!allowed) throw new ForbiddenError(reason);
}
