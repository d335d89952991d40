import { dateTimeFormat } from '../../intl.ts';

/** The calendar date in Norway (YYYY-MM-DD) at a moment: deadlines are Norwegian dates. */
export function osloDate(at: Date = new Date()): string {
	return dateTimeFormat('en-CA', {
		timeZone: 'Europe/Oslo',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(at);
}

/** Whole days from one ISO date to another (negative when `to` lies before `from`). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The ISO date a number of days after another (before it when negative). */
export function addDays(iso: string, days: number): string {
	return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** How far off a day is, as a reminder's subject says it in Norwegian: "i morgen", "om 6 dager". */
export function inDays(days: number): string {
	return days <= 0 ? 'i dag' : days === 1 ? 'i morgen' : `om ${days} dager`;
}
