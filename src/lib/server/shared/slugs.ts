// Readable, unique address parts (partners, bodies).

export function slugify(text: string): string {
	return text
		.toLocaleLowerCase('nb')
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'o')
		.replace(/å/g, 'a')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 80);
}

/** A slug of the text that is not among the taken ones: `name`, then `name-2`, `name-3`, … */
export function uniqueSlug(text: string, fallback: string, taken: ReadonlySet<string>): string {
	const base = slugify(text) || fallback;
	let slug = base;
	for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
	return slug;
}
