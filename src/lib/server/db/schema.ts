export * from '../partners/schema.ts';
export * from '../strategy/schema.ts';
export * from '../actions/schema.ts';
export * from '../users/schema.ts';
export * from '../audit-schema.ts';
export * from '../hearings/schema.ts';
export * from '../statements/schema.ts';
export * from '../priorities/schema.ts';
