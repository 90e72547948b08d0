import { sql, type Kysely } from 'kysely';

// The catalogue: insurers and their products, company-wide. The regulatory checks on a
// product's figures (hesitation, grace) live in modules/catalog/catalog-rules.data.ts so an
// adjusted figure needs no migration; the database keeps only structural constraints.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table insurer (
      id integer generated always as identity primary key,
      code text not null unique check (code ~ '^[A-Z0-9._-]{2,20}$'),
      name text not null check (name <> ''),
      name_en text,
      contact_person text,
      service_phone text,
      address text,
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create table product (
      id integer generated always as identity primary key,
      insurer_id integer not null references insurer(id),
      code text not null check (code ~ '^[A-Z0-9._-]{2,40}$'),
      name text not null check (name <> ''),
      name_en text,
      line_of_business text not null
        check (line_of_business in ('life','health','accident','property','auto','liability','other')),
      term_type text not null check (term_type in ('short_term','long_term')),
      long_term_health boolean not null default false check (not long_term_health or line_of_business = 'health'),
      participating boolean not null default false,
      investment_linked boolean not null default false,
      universal boolean not null default false,
      hesitation_period_days integer check (hesitation_period_days between 0 and 365),
      grace_period_days integer not null default 60 check (grace_period_days between 0 and 365),
      renewable boolean not null default false,
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (insurer_id, code)
    );
    create index product_line_idx on product (line_of_business, id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table product; drop table insurer;`.execute(db);
}
