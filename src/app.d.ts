import type { Actor } from '$lib/server/context';

declare global {
	namespace App {
		interface Locals {
			requestId: string;
			actor: Actor | null;
		}
		interface Error {
			message: string;
			requestId?: string;
		}
	}
}

export {};
