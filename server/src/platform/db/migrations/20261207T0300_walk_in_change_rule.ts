import { sql, type Kysely } from 'kysely';

// R-SV-1: "a walk-in request is done on the spot; otherwise agreed and done within 3 WD". A change the
// client asks for in person at the counter had the 3-working-day rule, whose basis reads "not done on
// the spot". Its own rule: done the day it is received (0 working days; after the 17:30 cut-off or on a
// day off, the next working day). Frozen values: deadlines/deadline-rules.data.ts is today's truth.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    insert into deadline_rule (id, module, name_zh, name_en, spec_id, law_ref, basis_zh, basis_en, start_event, completion_event,
                               duration, unit, roll_to_working_day, cutoff_time, warn_before, warn_unit, escalate_to_role, needs_confirmation)
    values ('servicing.change_walk_in', 'servicing', '临柜保全当场办结', 'Finish a walk-in change on the spot', 'R-SV-1', null,
            '客户本人临柜申请的保全变更当场办结（受理当日）', 'A change the client asks for in person at the counter is done on the spot (the day it is received)',
            'servicing.received_walk_in', 'servicing.completed', 0, 'working_days', false, '17:30', 0, 'working_days', 'supervisor', false)
    on conflict (id) do nothing
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from deadline_rule where id = 'servicing.change_walk_in' and not exists (select 1 from deadline where rule_id = 'servicing.change_walk_in')`.execute(db);
}
