// Public facts about Innherredsbyen (see DESIGN.md), and demo rows clearly marked as examples.
import type { OrganisationKind } from '../../schemas/values.ts';

export interface PartnerFact {
	slug: string;
	name: string;
	shortName: string;
	kind: OrganisationKind;
	level: 'kommune' | 'fylke' | 'stat';
	membership: 'signatory' | 'affiliated' | 'observer';
	municipalityCode?: string;
	orgNumber?: string;
	joinedOn?: string;
	website?: string;
}

const signed = '2023-12-08';

export const partners: PartnerFact[] = [
	{
		slug: 'steinkjer',
		name: 'Steinkjer kommune',
		shortName: 'Steinkjer',
		kind: 'kommune',
		level: 'kommune',
		membership: 'signatory',
		municipalityCode: '5006',
		joinedOn: signed
	},
	{
		slug: 'verdal',
		name: 'Verdal kommune',
		shortName: 'Verdal',
		kind: 'kommune',
		level: 'kommune',
		membership: 'signatory',
		municipalityCode: '5038',
		joinedOn: signed
	},
	{
		slug: 'levanger',
		name: 'Levanger kommune',
		shortName: 'Levanger',
		kind: 'kommune',
		level: 'kommune',
		membership: 'signatory',
		municipalityCode: '5037',
		joinedOn: signed
	},
	{
		slug: 'frosta',
		name: 'Frosta kommune',
		shortName: 'Frosta',
		kind: 'kommune',
		level: 'kommune',
		membership: 'signatory',
		municipalityCode: '5036',
		joinedOn: signed
	},
	{
		slug: 'inderoy',
		name: 'Inderøy kommune',
		shortName: 'Inderøy',
		kind: 'kommune',
		level: 'kommune',
		membership: 'signatory',
		municipalityCode: '5053',
		joinedOn: signed
	},
	{
		slug: 'snasa',
		name: 'Snåsa kommune',
		shortName: 'Snåsa',
		kind: 'kommune',
		level: 'kommune',
		membership: 'signatory',
		municipalityCode: '5041',
		joinedOn: signed
	},
	{
		slug: 'trondelag-fylkeskommune',
		name: 'Trøndelag fylkeskommune',
		shortName: 'Trøndelag fylke',
		kind: 'fylkeskommune',
		level: 'fylke',
		membership: 'signatory',
		orgNumber: '817920632',
		joinedOn: signed
	},
	{
		slug: 'statsforvalteren',
		name: 'Statsforvalteren i Trøndelag',
		shortName: 'Statsforvalteren',
		kind: 'statsforvalter',
		level: 'stat',
		membership: 'affiliated'
	},
	{
		slug: 'statens-vegvesen',
		name: 'Statens vegvesen',
		shortName: 'Statens vegvesen',
		kind: 'statlig_etat',
		level: 'stat',
		membership: 'affiliated',
		orgNumber: '971032081'
	},
	{
		slug: 'jernbanedirektoratet',
		name: 'Jernbanedirektoratet',
		shortName: 'Jernbanedirektoratet',
		kind: 'statlig_etat',
		level: 'stat',
		membership: 'affiliated'
	},
	{
		slug: 'bane-nor',
		name: 'Bane NOR SF',
		shortName: 'Bane NOR',
		kind: 'statlig_etat',
		level: 'stat',
		membership: 'affiliated',
		orgNumber: '917082308'
	},
	{
		slug: 'nye-veier',
		name: 'Nye Veier AS',
		shortName: 'Nye Veier',
		kind: 'statlig_etat',
		level: 'stat',
		membership: 'affiliated',
		orgNumber: '915488099'
	},
	{
		slug: 'atb',
		name: 'AtB AS',
		shortName: 'AtB',
		kind: 'transportselskap',
		level: 'fylke',
		membership: 'affiliated'
	},
	{
		slug: 'innherred-regionrad',
		name: 'Innherred regionråd',
		shortName: 'Regionrådet',
		kind: 'regionraad',
		level: 'kommune',
		membership: 'signatory',
		joinedOn: signed
	}
];

export const strategyFacts = {
	title: 'Felles areal- og transportstrategi for Innherredsbyen 2021–2040',
	periodStart: 2021,
	periodEnd: 2040,
	vision:
		'Innherredsbyen skal utvikles til en konkurransedyktig, attraktiv og bærekraftig bo- og arbeidsmarkedsregion.',
	slogan: 'Sammen for attraktivitet og grønne reiser',
	approvedOn: '2021-05-18',
	approvedBy: 'Styringsgruppen'
};

export const goals = [
	'Regionen når nasjonale og regionale klima-, transport- og arealmål',
	'Innherredsbyen utvikles til et mer attraktivt og funksjonelt bo- og arbeidsmarked',
	'Byer og tettsteder utvikles til kompakte og levende sentrumsområder',
	'Regionen oppnår økt konkurransekraft i nasjonale prioriteringer av samferdselsprosjekter (NTP)',
	'Sykling, gange og kollektivtransport gis konkurransefortrinn',
	'Ny kunnskap og kunnskapsdeling skal gi alle parter i prosjektet økt kompetanse'
];

export const themes = [
	{ slug: 'areal', name: 'Areal og stedsutvikling' },
	{ slug: 'kollektiv', name: 'Kollektivtransport' },
	{ slug: 'jernbane', name: 'Jernbane' },
	{ slug: 'sykkel-gange', name: 'Sykkel og gange' },
	{ slug: 'veg', name: 'Veg og trafikk' },
	{ slug: 'finansiering', name: 'Finansiering og avtaler' },
	{ slug: 'kunnskap', name: 'Kunnskap og samarbeid' }
];

/** The five action points whose titles are published; every other one is an example. */
export const knownActions: Record<string, { title: string; theme: string; lead: string }> = {
	HA16: {
		title:
			'Arbeid for å posisjonere Innherredsbyen til å inngå i statlig ordning for belønningsmidler/byvekstavtale',
		theme: 'finansiering',
		lead: 'innherred-regionrad'
	},
	HA18: {
		title:
			'Kommunene og Trøndelag fylkeskommune skal være pådriver for at strategien for utvikling av togtilbudet følges opp i Nasjonal transportplan og i årlige statsbudsjett',
		theme: 'jernbane',
		lead: 'trondelag-fylkeskommune'
	},
	HA23: {
		title: 'Utvikling av en helhetlig kollektivtransportplan (mobilitetsplan) for Innherredsbyen',
		theme: 'kollektiv',
		lead: 'trondelag-fylkeskommune'
	},
	HA25: {
		title: 'Utvikle et felles samordnet pris- og billettsystem',
		theme: 'kollektiv',
		lead: 'atb'
	},
	HA27: {
		title: 'Det utarbeides en felles sykkelstrategi for Innherredsbyen',
		theme: 'sykkel-gange',
		lead: 'levanger'
	}
};

/** Invented titles for the 28 action points that are not public. Shown with an "example" tag. */
export const exampleTitles: [string, string][] = [
	['Felles prinsipper for lokalisering av boliger og arbeidsplasser', 'areal'],
	['Sentrumsplaner med fortetting rundt kollektivknutepunkt', 'areal'],
	['Felles parkeringspolitikk for sentrumsområdene', 'areal'],
	['Regional plan for handel og service', 'areal'],
	['Kartlegging av arealreserver i sentrumssonene', 'areal'],
	['Samordnet planstrategi for kommunene', 'areal'],
	['Ny busstrasé mellom Levanger og Verdal sentrum', 'kollektiv'],
	['Bedre overgang mellom tog og buss på stasjonene', 'kollektiv'],
	['Pendlerparkering ved stasjonene', 'kollektiv'],
	['Bestillingstransport i distriktene', 'kollektiv'],
	['Universell utforming av holdeplasser', 'kollektiv'],
	['Elektrifisering av Trønderbanen', 'jernbane'],
	['Halvtimesfrekvens på Trønderbanen', 'jernbane'],
	['Oppgradering av stasjoner på Innherred', 'jernbane'],
	['Sammenhengende sykkelvegnett mellom byene', 'sykkel-gange'],
	['Trygge skoleveger', 'sykkel-gange'],
	['Sykkelparkering ved knutepunkt', 'sykkel-gange'],
	['Gåvennlige sentrumsgater', 'sykkel-gange'],
	['E6 Åsen–Steinkjer som sammenhengende utbygging', 'veg'],
	['Trafikksikkerhetstiltak på fylkesvegene', 'veg'],
	['Godsstrategi for regionen', 'veg'],
	['Ladeinfrastruktur for elbil og tungtransport', 'veg'],
	['Felles reisevaneundersøkelse', 'kunnskap'],
	['Indikatorer for måloppnåelse', 'kunnskap'],
	['Kompetanseprogram for planleggere', 'kunnskap'],
	['Felles kommunikasjonsplan', 'kunnskap'],
	['Samarbeid med næringslivet om grønne reiser', 'kunnskap'],
	['Mobilitetsplaner for store arbeidsplasser', 'finansiering']
];
