/** `12/24`: the running number within the body and the year's last two digits. */
export const caseNumber = (c: { number: number; year: number }) =>
	`${c.number}/${String(c.year % 100).padStart(2, '0')}`;
