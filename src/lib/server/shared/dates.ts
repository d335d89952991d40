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

const wallClock: Intl.DateTimeFormatOptions = {
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	hour: 'numeric',
	minute: 'numeric',
	second: 'numeric'
};

/** A date and a time of day in Norway (`HH:MM` or `HH:MM:SS`) as one instant. */
export function osloInstant(date: string, time: string): Date {
	const guess = new Date(`${date}T${time.length === 5 ? `${time}:00` : time}Z`);
	const inOslo = new Date(
		dateTimeFormat('en-US', { ...wallClock, timeZone: 'Europe/Oslo' }).format(guess)
	);
	const inUtc = new Date(dateTimeFormat('en-US', { ...wallClock, timeZone: 'UTC' }).format(guess));
	return new Date(guess.getTime() - (inOslo.getTime() - inUtc.getTime()));
}

/** A moment's date in Norway as Norwegian prose writes it: "12. april 2024". */
export function formatOsloDate(at: Date): string {
	return dateTimeFormat('nb-NO', {
		timeZone: 'Europe/Oslo',
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}).format(at);
}

/** The hour of the day in Norway (0–23) at a moment. */
export function osloHour(at: Date = new Date()): number {
	return Number(
		dateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', hourCycle: 'h23' }).format(
			at
		)
	);
}
