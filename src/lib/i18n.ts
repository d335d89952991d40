import { m } from '$lib/paraglide/messages';

type MessageFn = (inputs?: Record<string, unknown>) => string;
const messages = m as unknown as Record<string, MessageFn | undefined>;

/** Translates a message key that came from data (validation errors, enum values). */
export function t(key: string, inputs?: Record<string, unknown>): string {
	const fn = messages[key];
	return fn ? fn(inputs) : key;
}

export const statusLabel = (status: string) => t(`status_${status}`);
export const horizonLabel = (horizon: string) => t(`horizon_${horizon}`);
export const kindLabel = (kind: string) => t(`kind_${kind}`);
export const roleLabel = (role: string) => t(`role_${role}`);
export const membershipLabel = (membership: string) => t(`membership_${membership}`);

/** Translates every value of a field -> key map. */
export function translateErrors(
	errors: Record<string, string> | undefined
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [field, key] of Object.entries(errors ?? {})) out[field] = t(key);
	return out;
}

export { formatDate } from '$lib/intl';

/** What a failed form action sent back: its messages, translated, and the input to show again. */
export function failureOf(form: unknown): {
	errors: Record<string, string>;
	values: Record<string, string>;
} {
	const failed = (form ?? {}) as {
		errors?: Record<string, string>;
		values?: Record<string, string>;
	};
	return { errors: translateErrors(failed.errors), values: failed.values ?? {} };
}

/**
 * What a page with several forms got back: the form that succeeded (`done`), or the one that
 * failed, whose messages (translated) and kept input go back to that form only.
 */
export function formResult(form: unknown) {
	const result = (form ?? {}) as {
		done?: string;
		form?: string;
		errors?: Record<string, string>;
		values?: Record<string, string>;
	};
	return {
		...result,
		errorsOf: (name: string) => (result.form === name ? translateErrors(result.errors) : {}),
		valuesOf: (name: string) => (result.form === name ? (result.values ?? {}) : {}),
		/**
		 * A form repeated per item (a case, a follow-up): its errors and kept values when the failure
		 * came from this item's copy, told apart by the hidden field that names the item.
		 */
		itemOf: (name: string, field: string, id: number) => {
			const mine = result.form === name && result.values?.[field] === String(id);
			return {
				failed: mine,
				errors: mine ? translateErrors(result.errors) : {},
				values: mine ? (result.values ?? {}) : {}
			};
		}
	};
}
