/** A file as a download (never shown inline), with its name kept in UTF-8 for every browser. */
export function download(
	body: Uint8Array,
	fileName: string,
	contentType: string,
	headers: Record<string, string> = {}
): Response {
	const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': contentType,
			'content-length': String(body.byteLength),
			'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
			'x-content-type-options': 'nosniff',
			...headers
		}
	});
}
