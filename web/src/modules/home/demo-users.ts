/** The demo users to try for each role (README: "Which user to try for what"; server/src/modules/demo/demo-users.ts). */
export const DEMO_USERS = [
  { username: 'gz01.clerk', key: 'clerk' },
  { username: 'gz01.agent1', key: 'agent' },
  { username: 'gz.supervisor', key: 'supervisor' },
  { username: 'ho.auditor', key: 'auditor' },
] as const;
