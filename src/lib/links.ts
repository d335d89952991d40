/** Where a programme and its action points are read: the current one at /handlingsprogram, an
 * archived one under its period, so that links to it keep meaning the programme they meant. */
export interface ProgrammeAddress {
	status: string;
	slug: string | null;
}

export const programmePath = (programme: ProgrammeAddress) =>
	programme.status === 'current' || !programme.slug
		? '/handlingsprogram'
		: `/handlingsprogram/${programme.slug}`;

export const actionPath = (code: string, programme: ProgrammeAddress) =>
	`${programmePath(programme)}/${code}`;
