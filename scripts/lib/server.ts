// Starts the built app in a child process on a free port, for browser tests and the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { SERVER_NODE_FLAGS } from './node-flags.ts';

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

export interface RunningServer {
	url: string;
	process: ChildProcess;
	stop(): Promise<void>;
}

export async function startServer(
	env: Record<string, string | undefined>,
	options: { quiet?: boolean; nodeArgs?: string[] } = {}
): Promise<RunningServer> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(
		process.execPath,
		[...SERVER_NODE_FLAGS, ...(options.nodeArgs ?? []), 'scripts/start.ts'],
		{
			env: {
				...process.env,
				LOG_LEVEL: 'warn',
				...env,
				PORT: String(port),
				ORIGIN: url,
				HOST: '127.0.0.1'
			},
			stdio: options.quiet ? ['ignore', 'ignore', 'inherit'] : ['ignore', 'inherit', 'inherit']
		}
	);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const deadline = Date.now() + 90_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
		try {
			const response = await fetch(url);
			if (response.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error('the server did not start within 90 s');
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		url,
		process: child,
		stop: async () => {
			if (child.exitCode !== null) return;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
			await exited;
			clearTimeout(timer);
		}
	};
}
