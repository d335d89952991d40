import type { Tx } from '../core/context.ts';
import {
	libraryDocument,
	libraryDocumentLink,
	libraryDocumentVersion
} from '../documents/schema.ts';
import { documentText } from '../documents/text.ts';
import { outlinePdf } from '../shared/documents.ts';
import { documentTypes } from '../shared/uploads.ts';
import { theme } from '../strategy/schema.ts';
import { goals, strategyFacts } from './facts.ts';

/**
 * One document for the library: a summary of the strategy written from its published facts
 * (title, vision, slogan, goals), marked as an example since it is not the strategy's own file.
 */
export async function seedDemoDocuments(tx: Tx) {
	const pdf = await outlinePdf(
		[
			{ kind: 'title', text: strategyFacts.title },
			{
				kind: 'meta',
				text: `Vedtatt av ${strategyFacts.approvedBy.toLowerCase()} ${strategyFacts.approvedOn}. Sammendrag (eksempel).`
			},
			{ kind: 'section', text: 'Visjon' },
			{ kind: 'paragraph', text: strategyFacts.vision },
			{ kind: 'paragraph', text: strategyFacts.slogan },
			{ kind: 'section', text: 'Mål' },
			...goals.map((text, i) => ({ kind: 'item' as const, text: `${i + 1}. ${text}` }))
		],
		strategyFacts.title
	);
	const [row] = await tx
		.insert(libraryDocument)
		.values({
			title: `${strategyFacts.title} – sammendrag`,
			kind: 'strategy',
			issuedOn: strategyFacts.approvedOn,
			description: 'Visjonen og de seks målene i strategien, på én side.',
			isPublic: true,
			isExample: true
		})
		.returning({ id: libraryDocument.id });
	await tx.insert(libraryDocumentVersion).values({
		documentId: row.id,
		number: 1,
		fileName: 'strategi-sammendrag.pdf',
		contentType: documentTypes.pdf,
		size: pdf.byteLength,
		content: Buffer.from(pdf),
		text: await documentText(documentTypes.pdf, pdf),
		uploadedByName: 'Sekretariatet'
	});
	const themes = await tx.select({ id: theme.id }).from(theme);
	if (themes.length)
		await tx
			.insert(libraryDocumentLink)
			.values(themes.map((t) => ({ documentId: row.id, kind: 'theme' as const, targetId: t.id })));
}
