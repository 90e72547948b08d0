/**
 * How Node runs the server: `npm start` passes these (package.json), and so do the tests that start
 * the built server and every benchmark's child servers (the app and its baselines alike).
 *
 * `--max-semi-space-size=16` (MB, Node 20's own default, pinned): what decides a list's p99 at a
 * fixed load is how long one scavenge stops the event loop, and that grows with the young
 * generation — on these 2 cores 11-25 ms at 64 MB, 4-6 ms at 16, 2.6 at 8 (a share of each
 * request's objects lives a second or two and is copied). At 120-200 requests a second the CPU per
 * request was the same at 8, 16, 32 and 64 MB within the noise (docs/PERFORMANCE.md, queue).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=16'];
