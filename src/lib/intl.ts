// Intl formatters are costly to build: each one loads ICU data and holds native memory until the
// garbage collector gets to it, which under load is long after the page was sent. Every formatter
// is built once per locale and options here and reused.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const norwegianOrder = new Intl.Collator('nb');

function memo<T>(cache: Map<string, T>, key: string, build: () => T): T {
	let found = cache.get(key);
	if (!found) {
		found = build();
		cache.set(key, found);
	}
	return found;
}

export function dateTimeFormat(
	locale: string,
	options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
	return memo(
		dateFormats,
		`${locale}|${JSON.stringify(options)}`,
		() => new Intl.DateTimeFormat(locale, options)
	);
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	return memo(
		numberFormats,
		`${locale}|${JSON.stringify(options)}`,
		() => new Intl.NumberFormat(locale, options)
	);
}

/** Compares two texts in Norwegian alphabetical order (æ, ø, å last). */
export function compareNorwegian(a: string, b: string): number {
	return norwegianOrder.compare(a, b);
}

/** A day as "8. desember 2023": an ISO date as it stands, a moment as its date in Norway. */
export function formatDate(value: string | Date | null | undefined, locale = 'nb-NO'): string {
	if (!value) return '–';
	const date =
		typeof value === 'string'
			? new Date(value.length === 10 ? `${value}T12:00:00Z` : value)
			: value;
	return dateTimeFormat(locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Oslo'
	}).format(date);
}

/** A moment as date and time of day in Norway, whatever the server's time zone. */
export function formatDateTime(
	at: Date | string,
	dateStyle: 'medium' | 'long' | 'full' = 'medium',
	locale = 'nb-NO'
): string {
	return dateTimeFormat(locale, {
		dateStyle,
		timeStyle: 'short',
		timeZone: 'Europe/Oslo'
	}).format(new Date(at));
}

/** A number as the locale writes it: "57,5" in Norwegian, "57.5" in English. */
export function formatNumber(value: number, locale = 'nb-NO', maximumFractionDigits = 1): string {
	return numberFormat(locale, { maximumFractionDigits }).format(value);
}
