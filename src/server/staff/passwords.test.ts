import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

describe('staff passwords', () => {
  it('hashes with scrypt N=2^17, r=8, p=1 and a fresh salt, and verifies', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^scrypt\$17\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await hashPassword('correct horse battery staple')).not.toBe(hash);
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
    expect(await verifyPassword('anything', 'md5$abc')).toBe(false);
  });

  it.each([
    ['short', 'tooShort1!'],
    ['common', 'Password1234'],
    ['one character repeated', 'zzzzzzzzzzzzzzzz'],
    ['containing the email name', 'maria.lopez-at-work'],
  ])('refuses a %s password', (_why, password) => {
    expect(passwordProblem(password, 'maria.lopez@clinic.example')).toBeDefined();
  });

  it.each([
    'correct horse battery staple',
    'dolor de espalda 2026',
    'ŝtelo kaj luno kune',
    'my knees ache on stairs '.repeat(8),
  ])('accepts a long passphrase without composition rules: %s', (password) => {
    expect(passwordProblem(password, 'maria.lopez@clinic.example')).toBeUndefined();
  });
});
