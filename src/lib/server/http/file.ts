import type { RequestEvent } from '@sveltejs/kit';
import type { Ctx } from '../core/context.ts';
import type { FileReply } from '../shared/files.ts';
import { ctxOf } from './context.ts';
import { throwAnswer } from './page.ts';

/** A filename for Content-Disposition, kept in UTF-8 for every browser. */
function dispositionOf(kind: 'attachment' | 'inline', fileName: string): string {
	const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function fileResponse(file: FileReply): Response {
	const body = typeof file.body === 'string' ? new TextEncoder().encode(file.body) : file.body;
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': file.contentType,
			'content-length': String(body.byteLength),
			'content-disposition': dispositionOf(file.disposition ?? 'attachment', file.fileName),
			'x-content-type-options': 'nosniff',
			'cache-control': file.cache ?? 'private, no-store'
		}
	});
}

/** A file download or feed: the domain returns the file, domain errors are the error page. */
export function download<E extends RequestEvent>(work: (ctx: Ctx, event: E) => Promise<FileReply>) {
	return async (event: E): Promise<Response> => {
		const ctx = await ctxOf(event);
		try {
			return fileResponse(await work(ctx, event));
		} catch (err) {
			throwAnswer(err, event);
		}
	};
}
