import { allow, canUseWorkspace } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';

/** The logged-in user the workspace is for; anyone else is asked to log in. */
export function getWorkspaceUser(ctx: Ctx) {
	allow(ctx, canUseWorkspace);
	return ctx.actor!;
}
