// Makes the partnership's theme the Designsystemet way: the colours in designsystemet.config.json
// become design tokens, and the tokens become src/lib/theme/innherred.css. Run it after changing a
// colour (`npm run theme`); the generated file is committed, so neither the build nor the tests
// need the theme tool.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TOOL = '@digdir/designsystemet@1.15.0';
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'samstemt-theme-'));
try {
	copyFileSync(join(root, 'designsystemet.config.json'), join(work, 'designsystemet.config.json'));
	const run = (...args: string[]) =>
		execFileSync('npx', ['--yes', TOOL, ...args], { cwd: work, stdio: 'inherit' });
	run('tokens', 'create', '--config', 'designsystemet.config.json');
	run('tokens', 'build', '-t', 'design-tokens', '-o', 'dist', '--clean');
	copyFileSync(join(work, 'dist', 'innherred.css'), join(root, 'src/lib/theme/innherred.css'));
	console.log('src/lib/theme/innherred.css er laget på nytt.');
} finally {
	rmSync(work, { recursive: true, force: true });
}
