import { defineModule } from '../../kit/module.js';
import { importRoutes } from './routes.js';
import { IMPORT_ERROR_MESSAGES } from './imports.messages.js';
import { importFromCli, writeTemplateFromCli } from './cli-commands.js';

/**
 * 批量导入 (R-PO-6): the import framework only — template, preview, row-by-row report, the
 * all-or-nothing commit. The kinds live in their modules (`importKinds` in their index.ts).
 */
export default defineModule({
  name: 'imports',
  label: { zh: '批量导入', en: 'Bulk import' },
  routes: importRoutes,
  messages: { errors: IMPORT_ERROR_MESSAGES },
  cli(program, kit) {
    const kinds = kit.registry.flatMap((m) => m.importKinds ?? []);
    const imports = program.command('import').description('bulk intake from xlsx or csv (R-PO-6): every row checked, all rows or none');
    for (const { key } of kinds) {
      imports
        .command(key)
        .description(`import ${key} from FILE (xlsx or csv); prints the row report; exit 0 only when every row is valid and stored (with --dry-run: valid)`)
        .argument('<file>')
        .option('--dry-run', 'check every row, write nothing')
        .option('--org-unit <code>', 'org unit of rows that name none')
        .option('--lang <lang>', 'language of the report: zh-CN or en', 'zh-CN')
        .action((file: string, options: { dryRun?: boolean; orgUnit?: string; lang: string }) =>
          kit.withRuntime(async ({ system }) => {
            const result = await importFromCli(system, kinds, {
              kind: key, file, dryRun: options.dryRun === true, orgUnit: options.orgUnit, locale: options.lang === 'en' ? 'en' : 'zh-CN', actorName: kit.actorName(),
            });
            if (!result.ok && result.usage) kit.fail(result.lines.join('\n'));
            for (const line of result.lines) console.log(line);
            if (!result.ok) kit.fail(result.refusal ?? result.lines.join('\n'), 1);
          }),
        );
    }
    imports
      .command('template')
      .description(`write the import template of a kind (${kinds.map((k) => k.key).join(', ')}) to FILE: xlsx, or csv when FILE ends in .csv`)
      .argument('<kind>')
      .argument('<file>')
      .action(async (kind: string, file: string) => {
        const result = await writeTemplateFromCli(kinds, kind, file);
        if (!result.ok) kit.fail(result.lines.join('\n'));
        for (const line of result.lines) console.log(line);
      });
  },
});
