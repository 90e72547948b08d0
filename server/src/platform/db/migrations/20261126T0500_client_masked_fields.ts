import { sql, type Kysely } from 'kysely';

// The masked display form (脱敏) of each sealed client field, kept beside its ciphertext:
// `138****8000`, `440106********123X`, `广东省广州市****` — what every role is shown anyway
// (R-CL-6), so a list or a search decrypts nothing; only a reveal or an edit opens the
// ciphertext. At a million clients the decrypting was most of the gap between a 20-row name
// search and the raw indexed query (docs/PERFORMANCE.md, lookup).
//
// A migration has no keys, so rows written before this one are filled in by the first start
// after it (fillClientMasks, modules/clients/fill-client-masks.ts); the partial index keeps
// finding them cheap. The checks are NOT VALID until then: every new or changed row must carry
// its mask with its ciphertext, and the old rows are checked once filled (the fill validates).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table client
      add column id_number_masked text,
      add column mobile_masked text,
      add column address_masked text;
    alter table client
      add constraint client_id_number_masked_check check ((id_number_enc is null) = (id_number_masked is null)) not valid,
      add constraint client_mobile_masked_check check ((mobile_enc is null) = (mobile_masked is null)) not valid,
      add constraint client_address_masked_check check ((address_enc is null) = (address_masked is null)) not valid;
    create index client_mask_missing_idx on client (id)
      where (id_number_enc is not null and id_number_masked is null)
         or (mobile_enc is not null and mobile_masked is null)
         or (address_enc is not null and address_masked is null);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index client_mask_missing_idx;
    alter table client
      drop constraint client_id_number_masked_check,
      drop constraint client_mobile_masked_check,
      drop constraint client_address_masked_check,
      drop column id_number_masked,
      drop column mobile_masked,
      drop column address_masked;
  `.execute(db);
}
