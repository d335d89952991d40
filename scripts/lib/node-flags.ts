/**
 * V8 flags the app server runs with; `npm start` and `npm run serve` pass the same ones.
 * `--liftoff-only` keeps the embedded database's WebAssembly on V8's baseline compiler: the
 * optimising compiler briefly takes hundreds of MB for each of PostgreSQL's large functions.
 * `--max-semi-space-size=8` keeps the young generation small. `--heap-growing-percent=25` and
 * `--external-memory-accounted-in-global-limit` make the garbage collector run before the heap
 * and the buffers it holds have grown far past what is alive. See docs/architecture.md.
 */
export const SERVER_NODE_FLAGS = [
	'--liftoff-only',
	'--max-semi-space-size=8',
	'--heap-growing-percent=25',
	'--external-memory-accounted-in-global-limit'
];
