import { sql, type Kysely } from 'kysely';
import { DEADLINE_RULE_SEED_20261125 } from './frozen/20261125T2345_deadline_rule_seed.js';

// Policy registry (保单登记, SPEC §2): policies clients hand over (later: new business), their
// parties, the initial review (初审), notices to the client, verification differences and
// reissue requests. Money is numeric (exact); the premium debit account is ciphertext.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table policy_number_seq (
      org_unit_id integer not null references org_unit(id),
      year integer not null,
      last integer not null,
      primary key (org_unit_id, year)
    );

    create table policy (
      id integer generated always as identity primary key,
      -- 内部编号 (R-PO-3): org unit code, year of registration, sequence
      internal_no text not null unique,
      org_unit_id integer not null references org_unit(id),
      agent_id integer references app_user(id),
      insurer_id integer not null references insurer(id),
      product_id integer references product(id),
      product_name text not null check (length(product_name) between 1 and 100),
      line_of_business text not null
        check (line_of_business in ('life','health','accident','property','auto','liability','other')),
      term_type text not null check (term_type in ('short_term','long_term')),
      policy_number text not null check (length(policy_number) between 4 and 40),
      source text not null check (source in ('handover','import','new_business')),
      policyholder_id integer not null references client(id),
      sum_insured numeric(16,2) not null check (sum_insured >= 0),
      premium numeric(14,2) not null check (premium >= 0),
      payment_frequency text not null check (payment_frequency in ('single','annual','semiannual','quarterly','monthly')),
      payment_mode text not null check (payment_mode in ('auto_debit','bank_transfer','cash','card','online','other')),
      payment_years integer check (payment_years between 1 and 100),
      bank_account_enc text,
      application_date date,
      issue_date date,
      effective_date date not null,
      -- null: whole of life
      end_date date,
      beneficiary_designation text not null check (beneficiary_designation in ('legal','named')),
      state text not null check (state in ('registered','on_hold','verified','in_force','lapsed','terminated','expired')),
      state_reason text,
      state_changed_at timestamptz not null,
      received_at timestamptz not null,
      verified_at timestamptz,
      verified_by integer references app_user(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (insurer_id, policy_number),
      check (end_date is null or end_date > effective_date),
      check (application_date is null or issue_date is null or application_date <= issue_date)
    );
    create index policy_org_idx on policy (org_unit_id, effective_date desc, id desc);
    create index policy_agent_idx on policy (agent_id, id);
    create index policy_holder_idx on policy (policyholder_id);
    create index policy_number_idx on policy (upper(policy_number) text_pattern_ops);
    create index policy_expiry_idx on policy (end_date) where state in ('verified','in_force');

    -- 被保险人 / 受益人. A beneficiary need not be a client: then name and ID number are kept here.
    create table policy_party (
      id integer generated always as identity primary key,
      policy_id integer not null references policy(id),
      role text not null check (role in ('insured','beneficiary')),
      client_id integer references client(id),
      name text not null check (length(name) between 1 and 100),
      relation_to_insured text check (relation_to_insured in ('self','spouse','child','parent','other')),
      id_number_enc text,
      id_number_bidx text,
      -- 受益顺序 and 受益份额 (%): the shares of one rank total 100
      rank smallint check (rank between 1 and 9),
      share numeric(5,2) check (share > 0 and share <= 100),
      position smallint not null,
      check ((role = 'beneficiary') = (share is not null and rank is not null)),
      unique (policy_id, role, position)
    );
    create index policy_party_policy_idx on policy_party (policy_id);
    create index policy_party_client_idx on policy_party (client_id) where client_id is not null;

    -- 初审 (R-PO-2): every run of the checklist, kept.
    create table policy_review (
      id integer generated always as identity primary key,
      policy_id integer not null references policy(id),
      format_complete boolean not null,
      seals_present boolean not null,
      no_alteration boolean not null,
      passed boolean not null,
      note text,
      reviewed_at timestamptz not null,
      reviewed_by integer references app_user(id)
    );
    create index policy_review_policy_idx on policy_review (policy_id, id);

    -- What the client was told (on hold: provide proof; differences: confirm the right figures).
    create table policy_notice (
      id integer generated always as identity primary key,
      policy_id integer not null references policy(id),
      client_id integer not null references client(id),
      kind text not null check (kind in ('on_hold','difference','reissue')),
      channel text not null check (channel in ('phone','sms','letter','visit','wechat','email')),
      content text not null check (length(content) between 1 and 1000),
      sent_at timestamptz not null,
      sent_by integer references app_user(id)
    );
    create index policy_notice_policy_idx on policy_notice (policy_id, id);

    -- 核对差异 (R-PO-4)
    create table policy_difference (
      id integer generated always as identity primary key,
      policy_id integer not null references policy(id),
      field text not null,
      on_policy text,
      client_says text,
      raised_at timestamptz not null,
      raised_by integer references app_user(id),
      resolution text check (resolution in ('policy_correct','client_confirmed_policy','insurer_correction','record_corrected')),
      resolution_note text,
      resolved_at timestamptz,
      resolved_by integer references app_user(id),
      check ((resolution is null) = (resolved_at is null))
    );
    create index policy_difference_policy_idx on policy_difference (policy_id, id);

    -- 保单补发 (R-PO-7)
    create table policy_reissue (
      id integer generated always as identity primary key,
      policy_id integer not null references policy(id),
      reason text not null check (reason in ('lost','damaged','other')),
      applicant_client_id integer not null references client(id),
      identity_method text not null check (identity_method in ('id_card_in_person','id_card_copy_and_call','video','other')),
      identity_note text,
      state text not null check (state in ('requested','submitted','reissued','cancelled')),
      requested_at timestamptz not null,
      requested_by integer references app_user(id),
      submitted_at timestamptz,
      reissued_at timestamptz,
      note text,
      version integer not null default 1
    );
    create index policy_reissue_policy_idx on policy_reissue (policy_id, id);
  `.execute(db);
  // The frozen seed (a rule already there is kept: an administrator may have adjusted it).
  const rules = DEADLINE_RULE_SEED_20261125.filter((r) => r.module === 'policies' && r.spec_id?.startsWith('R-PO-'));
  await db.insertInto('deadline_rule').values(rules.map((r) => ({ ...r }))).onConflict((oc) => oc.column('id').doNothing()).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table policy_reissue; drop table policy_difference; drop table policy_notice; drop table policy_review;
    drop table policy_party; drop table policy; drop table policy_number_seq;
    delete from deadline_rule where id in ('policy.intake_verify','policy.hold_followup','policy.difference_followup','policy.reissue_submit');
  `.execute(db);
}
