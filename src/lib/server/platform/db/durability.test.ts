import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { progressUpdate } from '../../actions/schema.ts';
import { openDatabase } from './client.ts';

describe('the embedded database', () => {
	it('keeps every acknowledged write when the process is killed with SIGKILL', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'samstemt-durability-'));
		try {
			const child = spawn(
				process.execPath,
				[resolve(import.meta.dirname, '../../testing/durability-child.ts'), dir],
				{ stdio: ['ignore', 'pipe', 'inherit'] }
			);
			const acknowledged: number[] = [];
			let buffer = '';
			await new Promise<void>((done, fail) => {
				child.on('error', fail);
				child.on('exit', () => done());
				child.stdout.on('data', (chunk: Buffer) => {
					buffer += chunk.toString();
					const lines = buffer.split('\n');
					buffer = lines.pop() ?? '';
					for (const line of lines) if (/^\d+$/.test(line)) acknowledged.push(Number(line));
					if (acknowledged.length >= 25) child.kill('SIGKILL');
				});
			});
			expect(acknowledged.length).toBeGreaterThanOrEqual(25);
			const reopened = await openDatabase({ dataDir: dir });
			const found = await reopened.db
				.select({ id: progressUpdate.id })
				.from(progressUpdate)
				.where(inArray(progressUpdate.id, acknowledged));
			await reopened.close();
			expect(found.length).toBe(acknowledged.length);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
