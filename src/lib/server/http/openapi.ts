import { z } from 'zod';
import { actionQuery } from '../../schemas/action.ts';
import { commitmentQuery } from '../../schemas/commitment.ts';
import { meetingQuery } from '../../schemas/meeting-query.ts';
import { searchQuery } from '../../schemas/search.ts';
import {
	actionStatuses,
	caseTypes,
	commitmentSources,
	commitmentStatuses,
	horizons,
	meetingStatuses,
	memberships,
	organisationKinds,
	searchKinds
} from '../../schemas/values.ts';

/** Query parameters of a zod object as OpenAPI parameters, so the document follows the validation. */
function parametersOf(schema: z.ZodObject) {
	const json = z.toJSONSchema(schema, { io: 'input' }) as { properties: Record<string, object> };
	return Object.entries(json.properties).map(([name, property]) => ({
		name,
		in: 'query',
		required: false,
		schema: property
	}));
}

const nullableString = { type: ['string', 'null'] };
/** A page of a list as every list endpoint answers it. */
const pageOf = (item: string) => ({
	type: 'object',
	properties: {
		total: { type: 'integer' },
		limit: { type: 'integer' },
		offset: { type: 'integer' },
		items: { type: 'array', items: { $ref: `#/components/schemas/${item}` } }
	}
});
const problem = {
	description: 'Feil i forespørselen',
	content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
};

export function openApiDocument(serverUrl: string) {
	return {
		openapi: '3.1.0',
		info: {
			title: 'Samstemt API',
			version: '1.0.0',
			description:
				'Åpne data om handlingsprogrammet og partnerne i Innherredsbyen. Alt er offentlig og krever ingen innlogging.'
		},
		servers: [{ url: serverUrl }],
		paths: {
			'/api/v1/actions': {
				get: {
					summary: 'Handlingspunkter i gjeldende handlingsprogram',
					parameters: parametersOf(actionQuery),
					responses: {
						200: {
							description: 'En side med handlingspunkter',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/ActionPage' } }
							}
						},
						400: problem
					}
				}
			},
			'/api/v1/actions/{code}': {
				get: {
					summary: 'Ett handlingspunkt med milepæler og offentlig framdriftslogg',
					parameters: [
						{
							name: 'code',
							in: 'path',
							required: true,
							schema: { type: 'string', examples: ['HA16'] }
						}
					],
					responses: {
						200: {
							description: 'Handlingspunktet',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/ActionDetail' } }
							}
						},
						400: problem,
						404: { ...problem, description: 'Ukjent kode' }
					}
				}
			},
			'/api/v1/organisations': {
				get: {
					summary: 'Partnerne',
					parameters: [
						{
							name: 'limit',
							in: 'query',
							schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 }
						},
						{ name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } }
					],
					responses: {
						200: {
							description: 'En side med partnere',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/OrganisationPage' } }
							}
						},
						400: problem
					}
				}
			},
			'/api/v1/commitments': {
				get: {
					summary: 'Offentlige forpliktelser fra aktører overfor Innherredsbyen',
					description: 'late er sann når forpliktelsen er forsinket, eller åpen og forbi fristen.',
					parameters: parametersOf(commitmentQuery),
					responses: {
						200: {
							description: 'En side med forpliktelser',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/CommitmentPage' } }
							}
						},
						400: problem
					}
				}
			},
			'/api/v1/commitments/{id}': {
				get: {
					summary: 'Én offentlig forpliktelse med historikken sin',
					parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
					responses: {
						200: {
							description: 'Forpliktelsen',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/Commitment' } }
							}
						},
						400: problem,
						404: problem
					}
				}
			},
			'/api/v1/meetings': {
				get: {
					summary: 'Møter med publisert saksliste i offentlige organer',
					description:
						'q søker i sakstitler, saksframlegg og vedtak; i saker unntatt offentlighet bare i tittelen.',
					parameters: parametersOf(meetingQuery),
					responses: {
						200: {
							description: 'En side med møter',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/MeetingPage' } }
							}
						},
						400: problem
					}
				}
			},
			'/api/v1/meetings/{id}': {
				get: {
					summary: 'Ett møte med saksliste og godkjent protokoll',
					description:
						'En sak unntatt offentlighet har bare nummer, tittel og hjemmel; ikke saksframlegg, vedtak eller vedlegg.',
					parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
					responses: {
						200: {
							description: 'Møtet',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/Meeting' } }
							}
						},
						400: problem,
						404: problem
					}
				}
			},
			'/api/v1/search': {
				get: {
					summary: 'Søk i alt som er offentlig',
					description:
						'q leses som i et søkefelt: ord, «sitat» for en frase, or for ett av ordene og - foran et ord som ikke skal være med. Norsk bøying regnes som samme ord. Treff i tittelen rangeres over treff i teksten; i utdraget er ordene merket med <mark>. En sak unntatt offentlighet finnes bare på nummer, tittel og hjemmel.',
					parameters: parametersOf(searchQuery),
					responses: {
						200: {
							description: 'En side med treff og antallet per slag',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/SearchPage' } }
							}
						},
						400: problem
					}
				}
			}
		},
		components: {
			schemas: {
				SearchPage: {
					type: 'object',
					properties: {
						q: { type: 'string' },
						total: { type: 'integer', description: 'Antall treff, talt opp til 1000' },
						capped: {
							type: 'boolean',
							description:
								'Sann når det er flere enn 1000 treff; da er antallene per slag fra de første 1001'
						},
						counts: {
							type: 'object',
							propertyNames: { enum: [...searchKinds] },
							additionalProperties: { type: 'integer' }
						},
						limit: { type: 'integer' },
						offset: { type: 'integer' },
						items: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									kind: { enum: [...searchKinds] },
									title: { type: 'string' },
									date: nullableString,
									excerpt: { type: 'string', description: 'HTML: escaped text with <mark>' },
									url: { type: 'string', format: 'uri' }
								}
							}
						}
					}
				},
				Problem: {
					type: 'object',
					required: ['title', 'status'],
					properties: {
						type: { type: 'string' },
						title: { type: 'string' },
						status: { type: 'integer' },
						detail: { type: 'string' },
						errors: { type: 'array', items: { type: 'object' } }
					}
				},
				Ref: {
					type: 'object',
					properties: {
						slug: { type: 'string' },
						name: { type: 'string' },
						shortName: { type: 'string' }
					}
				},
				ActionSummary: {
					type: 'object',
					required: ['code', 'title', 'status', 'progress'],
					properties: {
						code: { type: 'string' },
						title: { type: 'string' },
						theme: { $ref: '#/components/schemas/Ref' },
						lead: { $ref: '#/components/schemas/Ref' },
						status: { enum: [...actionStatuses] },
						progress: { type: 'integer', minimum: 0, maximum: 100 },
						horizon: { enum: [...horizons] },
						dueDate: { ...nullableString, format: 'date' },
						updatedAt: { type: 'string', format: 'date-time' },
						isExample: { type: 'boolean', description: 'Eksempeldata laget for demonstrasjonen' },
						url: { type: 'string', format: 'uri' }
					}
				},
				ActionPage: {
					type: 'object',
					properties: {
						programme: {
							type: 'object',
							properties: {
								title: { type: 'string' },
								periodStart: { type: 'integer' },
								periodEnd: { type: 'integer' }
							}
						},
						total: { type: 'integer' },
						limit: { type: 'integer' },
						offset: { type: 'integer' },
						items: { type: 'array', items: { $ref: '#/components/schemas/ActionSummary' } }
					}
				},
				ActionDetail: {
					type: 'object',
					properties: {
						code: { type: 'string' },
						title: { type: 'string' },
						description: { type: 'string' },
						theme: { $ref: '#/components/schemas/Ref' },
						horizon: { enum: [...horizons] },
						status: { enum: [...actionStatuses] },
						progress: { type: 'integer' },
						dueDate: { ...nullableString, format: 'date' },
						isExample: { type: 'boolean' },
						updatedAt: { type: 'string', format: 'date-time' },
						lead: { $ref: '#/components/schemas/Ref' },
						participants: { type: 'array', items: { $ref: '#/components/schemas/Ref' } },
						goals: {
							type: 'array',
							items: {
								type: 'object',
								properties: { number: { type: 'integer' }, title: { type: 'string' } }
							}
						},
						milestones: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									title: { type: 'string' },
									dueDate: { type: 'string', format: 'date' },
									doneOn: { ...nullableString, format: 'date' }
								}
							}
						},
						updates: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									at: { type: 'string', format: 'date-time' },
									author: { type: 'string' },
									text: { type: 'string' },
									nextSteps: { type: 'string' },
									status: { enum: [...actionStatuses] },
									progress: { type: 'integer' }
								}
							}
						}
					}
				},
				Organisation: {
					type: 'object',
					properties: {
						slug: { type: 'string' },
						name: { type: 'string' },
						shortName: { type: 'string' },
						kind: { enum: [...organisationKinds] },
						level: { type: 'string' },
						membership: { enum: [...memberships] },
						orgNumber: nullableString,
						municipalityCode: nullableString,
						joinedOn: { ...nullableString, format: 'date' },
						website: nullableString,
						url: { type: 'string', format: 'uri' }
					}
				},
				MeetingSummary: {
					type: 'object',
					required: ['id', 'body', 'startsAt', 'status'],
					properties: {
						id: { type: 'integer' },
						body: { $ref: '#/components/schemas/Ref' },
						startsAt: { type: 'string', format: 'date-time' },
						place: { type: 'string' },
						status: { enum: [...meetingStatuses] },
						isExample: { type: 'boolean' },
						url: { type: 'string', format: 'uri' }
					}
				},
				MeetingPage: pageOf('MeetingSummary'),
				Meeting: {
					allOf: [
						{ $ref: '#/components/schemas/MeetingSummary' },
						{
							type: 'object',
							properties: {
								cases: {
									type: 'array',
									items: {
										type: 'object',
										required: ['caseNumber', 'title', 'exempt'],
										properties: {
											caseNumber: { type: 'string', examples: ['12/24'] },
											title: { type: 'string' },
											exempt: { type: 'boolean' },
											exemptBasis: { type: 'string' },
											type: { enum: [...caseTypes] },
											memo: { type: 'string', description: 'Markdown' },
											proposedDecision: { type: 'string' },
											links: { type: 'array', items: { type: 'object' } },
											attachments: { type: 'array', items: { type: 'object' } }
										}
									}
								},
								minutes: { type: ['object', 'null'] },
								corrections: { type: 'array', items: { type: 'object' } }
							}
						}
					]
				},
				CommitmentSummary: {
					type: 'object',
					required: ['id', 'actor', 'promise', 'status', 'late', 'dueOn', 'currentDueOn'],
					properties: {
						id: { type: 'integer' },
						actor: { type: 'string' },
						promise: { type: 'string' },
						status: { enum: [...commitmentStatuses] },
						late: { type: 'boolean' },
						dueOn: { type: 'string', format: 'date' },
						currentDueOn: { type: 'string', format: 'date' },
						sourceKind: { enum: [...commitmentSources] },
						sourceOn: { type: 'string', format: 'date' },
						isExample: { type: 'boolean' },
						url: { type: 'string', format: 'uri' }
					}
				},
				CommitmentPage: pageOf('CommitmentSummary'),
				Commitment: {
					type: 'object',
					required: ['id', 'actor', 'promise', 'status', 'history'],
					properties: {
						id: { type: 'integer' },
						actor: { type: 'string' },
						promise: { type: 'string' },
						status: { enum: [...commitmentStatuses] },
						late: { type: 'boolean' },
						dueFrom: { ...nullableString, format: 'date' },
						dueOn: { type: 'string', format: 'date' },
						currentDueOn: { type: 'string', format: 'date' },
						source: {
							type: 'object',
							properties: {
								kind: { enum: [...commitmentSources] },
								title: { type: 'string' },
								url: nullableString,
								date: { type: 'string', format: 'date' }
							}
						},
						actions: { type: 'array', items: { type: 'string' } },
						themes: { type: 'array', items: { type: 'string' } },
						history: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									on: { type: 'string', format: 'date' },
									status: { enum: [...commitmentStatuses] },
									newDueOn: { ...nullableString, format: 'date' },
									evidence: { type: 'string' },
									evidenceUrl: nullableString
								}
							}
						},
						isExample: { type: 'boolean' },
						url: { type: 'string', format: 'uri' }
					}
				},
				OrganisationPage: pageOf('Organisation')
			}
		}
	};
}
