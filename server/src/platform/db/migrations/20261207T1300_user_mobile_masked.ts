import { sql, type Kysely } from 'kysely';

// The masked display form (脱敏) of a user's mobile, kept beside its ciphertext as the client's is
// (20261126T0500_client_masked_fields): the users list shows `139****0009` for every row, and
// decrypting 50 ciphertexts a page was half of the main-thread time the list costs beyond its
// statements (bench screens, "users"). Only a reveal opens the ciphertext now.
//
// A migration has no keys: rows written before this one are filled in by the first start after it
// (fillUserMasks, modules/users/fill-user-masks.ts), found by the partial index. The check is NOT
// VALID until then: every new or changed row carries its mask with its ciphertext.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table app_user add column mobile_masked text;
    alter table app_user add constraint app_user_mobile_masked_check check ((mobile_enc is null) = (mobile_masked is null)) not valid;
    create index app_user_mask_missing_idx on app_user (id) where mobile_enc is not null and mobile_masked is null;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index app_user_mask_missing_idx;
    alter table app_user drop constraint app_user_mobile_masked_check, drop column mobile_masked;
  `.execute(db);
}
