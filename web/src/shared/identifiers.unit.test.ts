import { describe, expect, it } from 'vitest';
import * as server from '../../../server/src/platform/pii/identifiers';
import * as web from './identifiers';

// The web checks identifiers as the user types; the server decides. Both must agree on every case.
const RESIDENT_IDS = [
  '11010519491231002X', '11010519491231002x', '110105194912310021', '440106199003071231', '44010619900307124X',
  '110105198001010016', '110105198002300016', '110105179901010016', '11010519800101001', '1101051980010100161',
  '11010519800101001A', 'ABCDEFGHIJKLMNOPQR', '',
];
const CREDIT_CODES = ['91350100M000100Y43', '91350100M000100Y44', '91110000100000000R', '91110000100000000r', '91110000100000000I', '9111000010000000R', ''];
const MOBILES = ['13912345678', '139 1234 5678', '139-1234-5678', '+8613912345678', '008613912345678', '12912345678', '1391234567', '23912345678', '139123456789', ''];

describe('identifier checks in the browser agree with the server', () => {
  it.each(RESIDENT_IDS)('resident ID %j: same verdict, birth date and gender', (id) => {
    expect(web.isValidResidentId(id)).toBe(server.isValidResidentId(id));
    expect(web.residentIdInfo(id)).toEqual(server.residentIdInfo(id));
  });

  it.each(CREDIT_CODES)('unified social credit code %j: same verdict', (code) => {
    expect(web.isValidUnifiedSocialCreditCode(code)).toBe(server.isValidUnifiedSocialCreditCode(code));
  });

  it.each(MOBILES)('mobile %j: same verdict and the same 11 digits', (mobile) => {
    expect(web.normaliseMobile(mobile)).toBe(server.normaliseMobile(mobile));
    expect(web.isValidMobile(mobile)).toBe(server.isValidMobile(mobile));
  });

  it('reads birth date and gender from a valid resident ID (17th digit odd = male)', () => {
    expect(web.residentIdInfo('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: 'female' });
    expect(web.residentIdInfo('440106199003071231')).toEqual({ birthDate: '1990-03-07', gender: 'male' });
    expect(web.residentIdInfo('110105194912310021')).toBeNull();
  });

  it('normalises an identifier the way the server does: spacing dropped, full-width folded, upper case', () => {
    expect(web.normaliseIdentifier(' 440106 19900307 123x ')).toBe('44010619900307123X');
    expect(web.normaliseIdentifier('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
  });
});
