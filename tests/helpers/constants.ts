export const TEST_ADMIN_PASSWORD = 'Test-Passw0rd-42';
export { DEMO_PASSWORD } from '../../server/src/modules/demo/seed-demo.js';
