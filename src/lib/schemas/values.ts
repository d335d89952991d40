// Closed value sets shared by the database schema, the forms and the API.
export const actionStatuses = ['not_started', 'in_progress', 'delayed', 'done', 'stopped'] as const;
export const horizons = ['short', 'medium', 'long'] as const;
export const programmeStatuses = ['draft', 'current', 'archived'] as const;
export const organisationKinds = [
	'kommune',
	'fylkeskommune',
	'statsforvalter',
	'statlig_etat',
	'transportselskap',
	'regionraad',
	'annet'
] as const;
export const organisationLevels = ['kommune', 'fylke', 'stat'] as const;
/** `external`: an actor the partnership deals with (an agency, an operator), not a partner. */
export const memberships = ['signatory', 'affiliated', 'observer', 'external'] as const;
export const roles = ['admin', 'secretariat', 'partner', 'reader'] as const;

export type ActionStatus = (typeof actionStatuses)[number];
export type Horizon = (typeof horizons)[number];
export type OrganisationKind = (typeof organisationKinds)[number];
export type Role = (typeof roles)[number];

export const hearingStatuses = ['new', 'in_work', 'sent', 'not_answered'] as const;
export type HearingStatus = (typeof hearingStatuses)[number];

export const statementStatuses = ['draft', 'input', 'final', 'sent'] as const;
export type StatementStatus = (typeof statementStatuses)[number];
export const positions = ['endorses', 'reservation', 'declines', 'undecided'] as const;
export type Position = (typeof positions)[number];
export const inputDecisions = ['taken', 'partly', 'not'] as const;
export type InputDecision = (typeof inputDecisions)[number];

export const bodyKinds = [
	'steering_group',
	'resource_group',
	'working_committee',
	'council',
	'partnership_meeting',
	'other'
] as const;
export const memberRoles = [
	'leader',
	'deputy_leader',
	'member',
	'deputy_member',
	'observer',
	'secretary'
] as const;

export const meetingStatuses = ['planned', 'agenda_published', 'held', 'minutes_approved'] as const;
export const caseTypes = ['orientering', 'drofting', 'vedtak'] as const;
export const attendanceStatuses = ['present', 'absent'] as const;
export const caseLinkKinds = ['action', 'hearing', 'statement'] as const;

/** What an external actor has promised, and where it stands; `delayed` carries a new date. */
export const commitmentStatuses = ['open', 'delivered', 'delayed', 'broken', 'withdrawn'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];
/** Statuses that still wait for delivery: reminders and the dashboard follow these. */
export const pendingCommitmentStatuses = ['open', 'delayed'] as const;
export const commitmentSources = [
	'agreement',
	'ntp',
	'state_budget',
	'meeting_decision',
	'letter',
	'hearing_answer'
] as const;
export const commitmentLinkKinds = [
	'action',
	'statement',
	'theme',
	'case',
	'engagement',
	'inquiry'
] as const;
/** What a commitment's pasted references may name; matters are linked from the matter's side. */
export const commitmentReferenceKinds = ['case', 'engagement', 'inquiry'] as const;

/** What became of one demand of a joint statement once the authority decided. */
export const demandOutcomes = ['met', 'partly', 'not_met', 'open'] as const;
export type DemandOutcome = (typeof demandOutcomes)[number];

export const inquiryKinds = [
	'research',
	'business',
	'state_agency',
	'neighbour_region',
	'media',
	'citizen',
	'other'
] as const;
export const inquiryChannels = ['email', 'phone', 'meeting', 'letter', 'web', 'other'] as const;
export const inquiryStatuses = ['new', 'in_progress', 'answered', 'closed'] as const;
/** Inquiries still waiting for an answer: the dashboard follows these. */
export const pendingInquiryStatuses = ['new', 'in_progress'] as const;
export const inquiryOutcomes = ['meeting_held', 'project_started', 'declined', 'referred'] as const;

export const measurePhases = [
	'idea',
	'planning',
	'regulation',
	'funding_decided',
	'construction',
	'operation',
	'done',
	'stopped'
] as const;
export const fundingSources = ['municipal', 'county', 'state', 'reward_scheme', 'other'] as const;
/** Where a measure came from. */
export const measureOrigins = ['engagement', 'inquiry', 'case', 'workshop_item'] as const;

/** What a current matter gathers by link: everything but other matters. */
export const matterLinkKinds = [
	'action',
	'hearing',
	'statement',
	'meeting',
	'case',
	'commitment',
	'engagement',
	'inquiry',
	'measure',
	'workshop_item'
] as const;
/** Every kind of item that can be linked to another, and read through `links/items.ts`. */
export const linkKinds = [...matterLinkKinds, 'matter'] as const;
export type LinkKind = (typeof linkKinds)[number];
export type MatterLinkKind = (typeof matterLinkKinds)[number];

/** What became of one item of workshop input. */
export const inputItemOutcomes = ['open', 'taken', 'merged', 'not_followed'] as const;

/** A news post's life: a draft, scheduled for a time, published, or withdrawn with a note. */
export const newsStatuses = ['draft', 'scheduled', 'published', 'withdrawn'] as const;
export type NewsStatus = (typeof newsStatuses)[number];
/** What a post's byline shows: a role, or the author's name. */
export const bylineKinds = ['role', 'name'] as const;
/** What a post can be tagged with; each tag has a public page and feeds. */
export const newsTagKinds = ['theme', 'matter', 'action', 'statement'] as const;
export type NewsTagKind = (typeof newsTagKinds)[number];

/**
 * A public question: received (`new`), accepted for an answer (and maybe routed to a partner),
 * rejected with a reason, a duplicate of another, or published with its answer.
 */
export const questionStatuses = ['new', 'accepted', 'rejected', 'duplicate', 'published'] as const;
export type QuestionStatus = (typeof questionStatuses)[number];
/** The language a question is asked in; it is answered in the same. */
export const questionLanguages = ['nb', 'nn', 'sma', 'en', 'other'] as const;
/** What an answered question shows on: an action point's page, a matter's page. */
export const questionLinkKinds = ['action', 'matter'] as const;

/** A newsletter subscription: waiting for its confirmation (double opt-in), confirmed, or ended. */
export const subscriberStatuses = ['pending', 'confirmed', 'unsubscribed'] as const;

/** Where the partnership is followed: its page and profiles, and its own site. */
export const reachChannels = ['facebook', 'linkedin', 'instagram', 'website'] as const;
export type ReachChannel = (typeof reachChannels)[number];

/** Where an indicator is measured. */
export const indicatorGeographies = [
	'municipality',
	'region',
	'rail_line',
	'road_section'
] as const;
/** How often an indicator is measured. */
export const indicatorResolutions = ['year', 'quarter', 'month', 'survey'] as const;
/** Whether a rising indicator is good news or bad. */
export const indicatorDirections = ['up', 'down'] as const;
/** How an indicator is drawn: over time, by place, as shares of a whole, or from place to place. */
export const chartKinds = ['line', 'bar', 'stacked', 'matrix'] as const;
export type ChartKind = (typeof chartKinds)[number];
/** What the zero-growth target of an urban growth agreement is followed by. */
export const zeroGrowthMeasures = ['car_traffic', 'public_transport', 'active_travel'] as const;
export type ZeroGrowthMeasure = (typeof zeroGrowthMeasures)[number];
/** What an indicator follows up in the strategy. */
export const indicatorLinkKinds = ['goal', 'action'] as const;

/** The kinds of documents in the library. */
export const documentKinds = ['strategy', 'report', 'presentation', 'map', 'other'] as const;
export type DocumentKind = (typeof documentKinds)[number];
/** What a document in the library belongs to. */
export const documentLinkKinds = ['theme', 'matter', 'action'] as const;

/** Who a search entry is for: anyone, every logged-in user, or the secretariat only. */
export const searchAudiences = ['public', 'workspace', 'staff'] as const;
export type SearchAudience = (typeof searchAudiences)[number];
/** The kinds of things the one search finds; each is one registration in `search/kinds.ts`. */
export const searchKinds = [
	'action',
	'progress',
	'measure',
	'hearing',
	'statement',
	'case',
	'commitment',
	'engagement',
	'inquiry',
	'workshop_item',
	'matter',
	'news',
	'question',
	'indicator',
	'document'
] as const;
export type SearchKind = (typeof searchKinds)[number];
