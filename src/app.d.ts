import type { Actor } from '$lib/server/core/context';

declare global {
	namespace App {
		interface Locals {
			requestId: string;
			actor: Actor | null;
			/** The request carried a session cookie: without an actor, the session has expired. */
			hadSession: boolean;
		}
		interface Error {
			message: string;
			requestId?: string;
		}
	}
}

export {};
