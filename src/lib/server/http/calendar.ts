/** An iCalendar response that calendar clients may subscribe to. */
export function calendarResponse(body: string, fileName: string): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `inline; filename="${fileName}"`,
			'cache-control': 'public, max-age=300'
		}
	});
}
