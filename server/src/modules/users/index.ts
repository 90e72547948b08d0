import { defineModule } from '../../kit/module.js';
import { USER_FIELD_MESSAGES, USER_ERROR_MESSAGES } from './users.messages.js';
import { userRoutes } from './routes.js';
import { createUserFromCli, resetPasswordFromCli } from './cli-commands.js';

/** Users and their roles in org units. */
export default defineModule({
  name: 'users',
  label: { zh: '用户与角色', en: 'Users and roles' },
  changesAccess: true,
  routes: userRoutes,
  messages: { fields: USER_FIELD_MESSAGES, errors: USER_ERROR_MESSAGES },
  cli(program, kit) {
    const user = program.command('user').description('manage user accounts');
    user
      .command('create')
      .description('create a user holding a role in an org unit')
      .requiredOption('--username <username>')
      .requiredOption('--name <displayName>', 'display name, e.g. 张三')
      .requiredOption('--org <code>', 'org unit code, e.g. GZ01')
      .requiredOption('--role <role...>', 'one or more roles, e.g. agent clerk')
      .option('--password <password>', 'initial password (default: generated and printed once)')
      .action((options: { username: string; name: string; org: string; role: string[]; password?: string }) =>
        kit.withRuntime(async ({ database, keyring }) => {
          const result = await createUserFromCli(database.db, keyring, { ...options, actorName: kit.actorName() });
          if (!result.ok) return kit.fail(result.problems.join('\n'));
          console.log(`Created user ${options.username} (id ${result.userId}).`);
          console.log(`Password: ${result.password} — the user must change it at first login.`);
        }),
      );
    user
      .command('reset-password')
      .description('set a new password (generated unless given); ends the user’s sessions and lifts a lockout')
      .argument('<username>')
      .option('--password <password>')
      .action((username: string, options: { password?: string }) =>
        kit.withRuntime(async ({ database }) => {
          const result = await resetPasswordFromCli(database.db, { username, password: options.password, actorName: kit.actorName() });
          if (!result.ok) return kit.fail(result.problems.join('\n'));
          console.log(`New password for ${username}: ${result.password} — to be changed at next login.`);
        }),
      );
  },
});
