/**
 * How Node runs the server: `npm start` passes these (package.json), and so do the tests that start
 * the built server and every benchmark's child servers (the app and its baselines alike).
 *
 * `--max-semi-space-size=64` (MB; Node 20's default is 16): a request allocates a few hundred KB
 * that die young (rows, the answer's objects, strings); with a larger young generation fewer of
 * them survive into the old one and the scavenger runs less often. Measured on the screens'
 * lists: the server's CPU per request 10-20 % lower (docs/PERFORMANCE.md, screens). It costs at
 * most 3 × 64 MB of memory.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
