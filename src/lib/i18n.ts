import {
	formatDate as formatDateIn,
	formatDateTime as formatDateTimeIn,
	formatNumber as formatNumberIn
} from '$lib/intl';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { page } from '$app/state';

type MessageFn = (inputs?: Record<string, unknown>) => string;
const messages = m as unknown as Record<string, MessageFn | undefined>;

/**
 * Translates a message key that came from data (validation errors, enum values). A key may carry
 * its parameters as `key|{"max":"300"}`, so that a domain message says what is wanted.
 */
export function t(key: string, inputs?: Record<string, unknown>): string {
	const bar = key.indexOf('|');
	if (bar > 0) {
		let params: Record<string, unknown> = {};
		try {
			params = JSON.parse(key.slice(bar + 1));
		} catch {
			// a malformed key reads as the key alone
		}
		return t(key.slice(0, bar), { ...params, ...inputs });
	}
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

/** The formatting locale of the reader's language: English dates and numbers in English. */
const formatLocale = () => (getLocale() === 'en' ? 'en-GB' : 'nb-NO');

/** A date on a page never breaks between its day and its month: the space between is a no-break one. */
const dayAndMonthTogether = (text: string) => text.replace(' ', '\u00a0');

/** A day in the reader's language: "8. desember 2023", "8 December 2023". */
export const formatDate = (value: string | Date | null | undefined) =>
	dayAndMonthTogether(formatDateIn(value, formatLocale()));

/** A moment with its time of day in Norway, in the reader's language. */
export const formatDateTime = (at: Date | string, style: 'medium' | 'long' | 'full' = 'medium') =>
	dayAndMonthTogether(formatDateTimeIn(at, style, formatLocale()));

/** A number in the reader's language: "57,5" in Norwegian. */
export const formatNumber = (value: number, digits = 1) =>
	formatNumberIn(value, formatLocale(), digits);

/**
 * What a form action answered (http/form.ts): the form that succeeded (`done`), or the one that
 * failed, whose messages (translated) and kept input go back to that form only. One page may hold
 * one form or several; each asks for its own by the action's name.
 */
export function formResult(form: unknown) {
	// A form that succeeded redirects to its page with `lagret=<name>` (post, redirect, get).
	const saved = page.url.searchParams.get('lagret');
	const result = (form ?? (saved && saved !== '1' ? { done: saved } : {})) as {
		done?: string;
		form?: string;
		errors?: Record<string, string>;
		values?: Record<string, string | string[]>;
		conflict?: boolean;
	};
	const failedHere = (name: string) => result.form === name;
	return {
		...result,
		/** Whether this form was the one that succeeded. */
		isDone: (name: string) => result.done === name,
		/** Whether this form was refused because someone else saved first. */
		conflictOf: (name: string) => failedHere(name) && result.conflict === true,
		errorsOf: (name: string) => (failedHere(name) ? translateErrors(result.errors) : {}),
		/** The kept input of this form as strings (a field sent several times: its first value). */
		valuesOf: (name: string): Record<string, string> =>
			failedHere(name) ? firstValues(result.values) : {},
		/** The kept input of this form as it came, lists kept as lists. */
		keptOf: (name: string): Record<string, string | string[]> =>
			failedHere(name) ? (result.values ?? {}) : {},
		/** The kept input of a field sent several times (checkboxes, repeated parts). */
		listOf: (name: string, field: string): string[] => {
			const value = failedHere(name) ? result.values?.[field] : undefined;
			return Array.isArray(value) ? value : value === undefined ? [] : [value];
		},
		/**
		 * A form repeated per item (a case, a follow-up): its errors and kept values when the failure
		 * came from this item's copy, told apart by the hidden field that names the item.
		 */
		itemOf: (name: string, field: string, id: number) => {
			const mine = failedHere(name) && firstValues(result.values)[field] === String(id);
			return {
				failed: mine,
				errors: mine ? translateErrors(result.errors) : {},
				values: mine ? firstValues(result.values) : {}
			};
		}
	};
}

function firstValues(values: Record<string, string | string[]> | undefined) {
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(values ?? {}))
		out[key] = Array.isArray(value) ? (value[0] ?? '') : value;
	return out;
}
