// Vitest's global setup: the test databases' templates, made once per run (see database.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { openDatabase } from '../platform/db/client.ts';
import { buildTemplate, TEMPLATES_ENV, type Template } from './templates.ts';

const templates: Template[] = ['migrated', 'seeded'];

export default async function setup() {
	const serverUrl = process.env.DATABASE_URL;
	if (!serverUrl) {
		const folder = mkdtempSync(join(tmpdir(), 'samstemt-templates-'));
		for (const template of templates) {
			const database = await buildTemplate(await openDatabase({}), template);
			const dump = await database.pglite!.dumpDataDir('none');
			writeFileSync(join(folder, `${template}.tar`), Buffer.from(await dump.arrayBuffer()));
			await database.close();
		}
		process.env[TEMPLATES_ENV] = folder;
		return () => rmSync(folder, { recursive: true, force: true });
	}
	const prefix = `samstemt_template_${randomBytes(4).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	for (const template of templates) {
		const name = `${prefix}_${template}`;
		await admin.unsafe(`create database ${name}`);
		const url = new URL(serverUrl);
		url.pathname = `/${name}`;
		const database = await buildTemplate(
			await openDatabase({ url: url.href, poolSize: 1 }),
			template,
			url.href
		);
		await database.close();
	}
	process.env[TEMPLATES_ENV] = prefix;
	return async () => {
		for (const template of templates)
			await admin.unsafe(`drop database if exists ${prefix}_${template} with (force)`);
		await admin.end();
	};
}
