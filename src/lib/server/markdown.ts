import { Marked } from 'marked';
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
