// Personal-data protection (个人信息保护): keys, field encryption, blind indexes, masking,
// identifier validation. R-CL-6, R-SE-3; key handling in KEYS.md.
export {
  type Keyring,
  type KeyringErrorCode,
  KeyringError,
  KEY_ENV_VAR,
  generateKeyring,
  keySource,
  loadKeyring,
  parseKeyring,
  rotateEncryptionKey,
  serializeKeyring,
} from './keys.js';
export { databaseNeedsKeys, fingerprintKey, forgetKey, keyringFingerprints, readFingerprints, reconcileKeys } from './key-fingerprints.js';
export {
  type FieldCryptoErrorCode,
  FieldCryptoError,
  decryptField,
  decryptOptional,
  encryptField,
  encryptOptional,
  needsReencryption,
} from './field-crypto.js';
export {
  type BlindIndexErrorCode,
  type BlindIndexKind,
  BlindIndexError,
  blindIndex,
  normaliseForBlindIndex,
} from './blind-index.js';
export {
  type MaskingPolicyEntry,
  type PiiKind,
  MASKING_POLICY,
  MASK_RULES,
  isSecretField,
  mask,
  maskRecordForAudit,
  shouldMask,
} from './masking.js';
export {
  type ResidentIdInfo,
  isValidMobile,
  isValidResidentId,
  isValidUnifiedSocialCreditCode,
  normaliseMobile,
  residentIdInfo,
  stripMobileFormatting,
} from './identifiers.js';
