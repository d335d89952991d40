import { Marked, type Token } from 'marked';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in the source is escaped rather than passed through; the sanitiser then keeps only
// the elements a statement needs, whatever the Markdown produced.
const marked = new Marked({ async: false, gfm: true, breaks: false });
marked.use({
	renderer: { html: ({ text }) => sanitizeHtml(text, { allowedTags: [], allowedAttributes: {} }) }
});

const policy: sanitizeHtml.IOptions = {
	allowedTags: [
		'p',
		'h3',
		'h4',
		'ul',
		'ol',
		'li',
		'strong',
		'em',
		'a',
		'blockquote',
		'br',
		'code',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td'
	],
	allowedAttributes: { a: ['href', 'rel'] },
	allowedSchemes: ['https', 'http', 'mailto'],
	transformTags: {
		h1: 'h3',
		h2: 'h3',
		h5: 'h4',
		h6: 'h4',
		a: sanitizeHtml.simpleTransform('a', { rel: 'noopener' })
	}
};

/** Markdown to HTML that is safe to put in a page. */
export function renderMarkdown(source: string): string {
	return sanitizeHtml(marked.parse(source) as string, policy);
}

export interface TextBlock {
	kind: 'heading' | 'paragraph' | 'item';
	text: string;
}

type InlineToken = { type: string; text?: string; href?: string; tokens?: InlineToken[] };

function plain(tokens: InlineToken[] | undefined, hrefs = true): string {
	return (tokens ?? [])
		.map((token) => {
			if (token.type === 'link')
				return hrefs ? `${plain(token.tokens)} (${token.href})` : plain(token.tokens, false);
			if (token.tokens) return plain(token.tokens, hrefs);
			if (token.type === 'html') return '';
			return token.text ?? '';
		})
		.join('');
}

/** Markdown as plain blocks of text, for documents (DOCX, PDF) that lay it out themselves. */
export function markdownBlocks(source: string, hrefs = true): TextBlock[] {
	const blocks: TextBlock[] = [];
	const walk = (tokens: Token[]) => {
		for (const token of tokens) {
			if (token.type === 'heading')
				blocks.push({ kind: 'heading', text: plain(token.tokens, hrefs) });
			else if (token.type === 'paragraph' || token.type === 'text')
				blocks.push({ kind: 'paragraph', text: plain(token.tokens ?? [token], hrefs) });
			else if (token.type === 'list')
				for (const item of token.items)
					blocks.push({
						kind: 'item',
						text: plain(
							item.tokens.flatMap((t: InlineToken) => t.tokens ?? [t]),
							hrefs
						)
					});
			else if (token.type === 'blockquote') walk(token.tokens ?? []);
		}
	};
	walk(marked.lexer(source));
	return blocks.filter((b) => b.text.trim());
}

/** Markdown as the words a reader sees, without markup or link addresses: what a search finds. */
export function markdownText(source: string): string {
	return markdownBlocks(source, false)
		.map((b) => b.text)
		.join('\n');
}
