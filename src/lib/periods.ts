// Periods and months, for the server and the pages alike. An indicator's periods as Statistics Norway writes them (`2023`, `2023K4`, `2024M05`) and as a
// survey is dated (`2019-09`, `2019-09-15`): each read to the day it starts, and said in words.
/** The months' names in Norwegian, January first. */
export const MONTHS = [
	'januar',
	'februar',
	'mars',
	'april',
	'mai',
	'juni',
	'juli',
	'august',
	'september',
	'oktober',
	'november',
	'desember'
] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const inRange = (year: number) => year >= 1800 && year <= 2199;

/** The first day of a period, or null when the text is not a period. */
export function periodStart(period: string): string | null {
	let m = /^(\d{4})$/.exec(period);
	if (m) return inRange(+m[1]) ? `${m[1]}-01-01` : null;
	m = /^(\d{4})K([1-4])$/.exec(period);
	if (m) return inRange(+m[1]) ? `${m[1]}-${pad((+m[2] - 1) * 3 + 1)}-01` : null;
	m = /^(\d{4})M(0[1-9]|1[0-2])$/.exec(period);
	if (m) return inRange(+m[1]) ? `${m[1]}-${m[2]}-01` : null;
	m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
	if (m) return inRange(+m[1]) ? `${m[1]}-${m[2]}-01` : null;
	m = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(period);
	if (m) {
		const date = new Date(`${period}T00:00:00Z`);
		return inRange(+m[1]) && date.getUTCDate() === +m[3] ? period : null;
	}
	return null;
}

/** A period in Norwegian words: "4. kvartal 2023", "mai 2024", "september 2019". */
export function periodLabel(period: string): string {
	let m = /^(\d{4})K([1-4])$/.exec(period);
	if (m) return `${m[2]}. kvartal ${m[1]}`;
	m = /^(\d{4})[M-](0[1-9]|1[0-2])$/.exec(period);
	if (m) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
	return period;
}
