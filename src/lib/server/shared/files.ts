/** A file as the domain hands it out: a download, a paper, a calendar feed. */
export interface FileReply {
	body: Uint8Array | string;
	fileName: string;
	contentType: string;
	/** `inline` for what a client subscribes to or shows (calendars); a download otherwise. */
	disposition?: 'attachment' | 'inline';
	/** Cache-Control; `private, no-store` unless said otherwise. */
	cache?: string;
}

/** Public papers and feeds may be kept for a few minutes by browsers and proxies. */
export const PUBLIC_CACHE = 'public, max-age=300';
