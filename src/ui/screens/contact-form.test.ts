import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../i18n/catalogue';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { contactErrors, type ContactForm } from './contact-form';

// Each rule of the contact contract, broken alone, gives its own message naming its limit, in
// English and in Spanish; the other fields stay valid, so each row expects exactly one error.

const today = new Date(Date.UTC(2026, 2, 15));
const age = 52;
const valid: ContactForm = {
  firstName: 'Marta',
  lastName: 'Quintero',
  dateOfBirth: '1974-01-10',
  phone: '(732) 555-0199',
  email: '',
  preferredContact: 'text',
  bestTime: 'evening',
  message: '',
  consentContact: true,
  consentPrivacy: true,
};

type Row = [string, Partial<ContactForm>, keyof ContactForm, (t: Catalogue) => string];
const e = (t: Catalogue) => t.request.errors;
const rows: Row[] = [
  ['an empty first name', { firstName: '' }, 'firstName', (t) => e(t).firstName.empty],
  ['a first name of spaces', { firstName: '   ' }, 'firstName', (t) => e(t).firstName.empty],
  [
    'a 345-character first name',
    { firstName: 'M'.repeat(345) },
    'firstName',
    (t) => e(t).firstName.tooLong(100, 345),
  ],
  [
    'a first name over 100 once trimmed',
    { firstName: ` ${'M'.repeat(101)} ` },
    'firstName',
    (t) => e(t).firstName.tooLong(100, 101),
  ],
  [
    'a first name with a direction override',
    { firstName: 'Mar\u202Eta' },
    'firstName',
    (t) => e(t).hiddenCharacters(t.request.firstName),
  ],
  ['an empty last name', { lastName: '' }, 'lastName', (t) => e(t).lastName.empty],
  [
    'a 345-character last name',
    { lastName: 'Q'.repeat(345) },
    'lastName',
    (t) => e(t).lastName.tooLong(100, 345),
  ],
  [
    'a last name with a zero-width space',
    { lastName: 'Quin\u200Btero' },
    'lastName',
    (t) => e(t).hiddenCharacters(t.request.lastName),
  ],
  ['no date of birth', { dateOfBirth: '' }, 'dateOfBirth', (t) => e(t).dateOfBirth.empty],
  [
    'a date of birth in 2030',
    { dateOfBirth: '2030-01-01' },
    'dateOfBirth',
    (t) => e(t).dateOfBirth.future,
  ],
  [
    'a date of birth tomorrow',
    { dateOfBirth: '2026-03-16' },
    'dateOfBirth',
    (t) => e(t).dateOfBirth.future,
  ],
  [
    'a date of birth 126 years ago',
    { dateOfBirth: '1900-01-01' },
    'dateOfBirth',
    (t) => e(t).dateOfBirth.tooOld(120),
  ],
  [
    'the 30th of February',
    { dateOfBirth: '1974-02-30' },
    'dateOfBirth',
    (t) => e(t).dateOfBirth.notReal,
  ],
  [
    'a date typed day first',
    { dateOfBirth: '10/01/1974' },
    'dateOfBirth',
    (t) => e(t).dateOfBirth.notReal,
  ],
  [
    'a date of birth of another age',
    { dateOfBirth: '1990-01-01' },
    'dateOfBirth',
    (t) => e(t).dateOfBirth.age(52),
  ],
  [
    'a date of birth today (a real date, not of the age answered)',
    { dateOfBirth: '2026-03-15' },
    'dateOfBirth',
    (t) => e(t).dateOfBirth.age(52),
  ],
  ['no phone number', { phone: '  ' }, 'phone', (t) => e(t).phone.empty],
  [
    'a phone number with letters',
    { phone: '555-0199 ext 2' },
    'phone',
    (t) => e(t).phone.characters,
  ],
  ['a + inside a phone number', { phone: '555+0199' }, 'phone', (t) => e(t).phone.characters],
  ['a phone number of 5 digits', { phone: '555 01' }, 'phone', (t) => e(t).phone.digits(7, 15, 5)],
  [
    'a phone number of 16 digits',
    { phone: '1234567890123456' },
    'phone',
    (t) => e(t).phone.digits(7, 15, 16),
  ],
  [
    'a phone number of 33 characters',
    { phone: '1 . 2 . 3 . 4 . 5 . 6 . 7 . 8 . 9' },
    'phone',
    (t) => e(t).phone.tooLong(30, 33),
  ],
  ['an email address without a domain', { email: 'marta@' }, 'email', (t) => e(t).email.invalid],
  [
    'an email address of 262 characters',
    { email: `${'m'.repeat(250)}@example.com` },
    'email',
    (t) => e(t).email.tooLong(254, 262),
  ],
  [
    'contact by email without an address',
    { preferredContact: 'email', email: ' ' },
    'email',
    (t) => e(t).email.needed,
  ],
  [
    'no way of contact chosen',
    { preferredContact: undefined },
    'preferredContact',
    (t) => t.errors.chooseOne,
  ],
  ['no best time chosen', { bestTime: undefined }, 'bestTime', (t) => t.errors.chooseOne],
  [
    'a message of 1,012 characters',
    { message: 'x'.repeat(1012) },
    'message',
    (t) => e(t).message.tooLong(1000, 1012),
  ],
  [
    'a message with a direction override',
    { message: 'See you\u202E soon' },
    'message',
    (t) => e(t).hiddenCharacters(t.request.message),
  ],
  [
    'no consent to contact',
    { consentContact: false },
    'consentContact',
    (t) => e(t).consentContact,
  ],
  [
    'no consent to keep details',
    { consentPrivacy: false },
    'consentPrivacy',
    (t) => e(t).consentPrivacy,
  ],
];

describe('the contact form says what is wrong', () => {
  it('a valid form has no error', () => {
    expect(contactErrors(valid, age, en, today)).toEqual({});
    // One year either way of the age answered, for a birthday between answering and sending.
    expect(contactErrors({ ...valid, dateOfBirth: '1973-01-10' }, age, en, today)).toEqual({});
  });

  describe.each([
    ['en', en],
    ['es', es],
  ] as const)('in %s', (_locale, t) => {
    it.each(rows)('%s', (_case, change, field, message) => {
      expect(contactErrors({ ...valid, ...change }, age, t, today)).toEqual({
        [field]: message(t),
      });
    });
  });
});

describe('a date the browser cannot read', () => {
  it('is said to be not a real date, not to be missing', () => {
    for (const t of [en, es]) {
      const form = { ...valid, dateOfBirth: '' };
      expect(contactErrors(form, age, t, today, true).dateOfBirth).toBe(
        t.request.errors.dateOfBirth.notReal,
      );
      expect(contactErrors(form, age, t, today).dateOfBirth).toBe(
        t.request.errors.dateOfBirth.empty,
      );
    }
  });
});
