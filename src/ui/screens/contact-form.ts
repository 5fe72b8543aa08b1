import {
  ageOn,
  contactLimits,
  contactSchema,
  hiddenCharactersMessage,
  phoneDigitCount,
  type Contact,
} from '../../api/contract';
import type { Catalogue } from '../i18n/catalogue';

// The consultation request's fields as typed, and what is wrong with them in the patient's words:
// each rule of the contact contract (src/api/contract.ts) has its own message, naming its limit.

export interface ContactForm {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  preferredContact: Contact['preferredContact'];
  bestTime: Contact['bestTime'];
  message: string;
  consentContact: boolean;
  consentPrivacy: boolean;
}

/** The contact as the contract has it: trimmed, and without the optional fields left empty. */
export const toContact = (form: ContactForm) => ({
  firstName: form.firstName.trim(),
  lastName: form.lastName.trim(),
  dateOfBirth: form.dateOfBirth,
  phone: form.phone.trim(),
  ...(form.email.trim() !== '' && { email: form.email.trim() }),
  preferredContact: form.preferredContact,
  bestTime: form.bestTime,
  ...(form.message.trim() !== '' && { message: form.message.trim() }),
  consent: { contact: form.consentContact, privacy: form.consentPrivacy },
});

/** The form again from a contact sent before (kept while sending), or nothing if it is not one. */
export const fromContact = (contact: unknown): Partial<ContactForm> => {
  const parsed = contactSchema.safeParse(contact);
  if (!parsed.success) return {};
  const c = parsed.data;
  return {
    ...c,
    email: c.email ?? '',
    message: c.message ?? '',
    consentContact: true,
    consentPrivacy: true,
  };
};

export type ContactErrors = Partial<Record<keyof ContactForm, string>>;

/**
 * What is wrong with each field, in the words of `t`: the contract's rules, then the date of birth
 * against the age answered (one year either way) and an email address for contact by email. Only
 * the first rule a field breaks is said.
 */
export function contactErrors(
  form: ContactForm,
  age: number,
  t: Catalogue,
  today = new Date(),
  /** The date field holds a date the browser cannot read (31 February, no year): not empty. */
  dateUnreadable = false,
): ContactErrors {
  const e = t.request.errors;
  const contact = toContact(form);
  const parsed = contactSchema.safeParse(contact);
  const issues = parsed.success ? [] : parsed.error.issues;
  const broken = (field: string, code?: string) =>
    issues.some((issue) => issue.path[0] === field && (code === undefined || issue.code === code));
  const hidden = (field: string) =>
    issues.some((issue) => issue.path[0] === field && issue.message === hiddenCharactersMessage);
  const errors: ContactErrors = {};

  for (const field of ['firstName', 'lastName'] as const) {
    const name = contact[field];
    if (!broken(field)) continue;
    if (name === '') errors[field] = e[field].empty;
    else if (broken(field, 'too_big'))
      errors[field] = e[field].tooLong(contactLimits.name, name.length);
    else if (hidden(field)) errors[field] = e.hiddenCharacters(t.request[field]);
  }

  // The contract's rule (a real date, 0 to 120 years ago), told apart, then the age answered.
  const dateOfBirth = form.dateOfBirth.trim();
  const born = ageOn(dateOfBirth, today);
  const ageProblem =
    dateOfBirth === ''
      ? dateUnreadable
        ? e.dateOfBirth.notReal
        : e.dateOfBirth.empty
      : born === undefined
        ? e.dateOfBirth.notReal
        : born < contactLimits.age.min
          ? e.dateOfBirth.future
          : born > contactLimits.age.max
            ? e.dateOfBirth.tooOld(contactLimits.age.max)
            : Math.abs(born - age) > 1
              ? e.dateOfBirth.age(age)
              : undefined;
  if (ageProblem !== undefined) errors.dateOfBirth = ageProblem;

  const { phone } = contact;
  if (broken('phone')) {
    const { min, max } = contactLimits.phoneDigits;
    errors.phone =
      phone === ''
        ? e.phone.empty
        : broken('phone', 'invalid_format')
          ? e.phone.characters
          : broken('phone', 'custom')
            ? e.phone.digits(min, max, phoneDigitCount(phone))
            : e.phone.tooLong(contactLimits.phone, phone.length);
  }

  const email = contact.email ?? '';
  if (broken('email')) {
    // A long address that is not one either: first, that it is not an address.
    errors.email =
      broken('email', 'too_big') && !broken('email', 'invalid_format')
        ? e.email.tooLong(contactLimits.email, email.length)
        : e.email.invalid;
  } else if (form.preferredContact === 'email' && email === '') {
    errors.email = e.email.needed;
  }

  if (broken('preferredContact')) errors.preferredContact = t.errors.chooseOne;
  if (broken('bestTime')) errors.bestTime = t.errors.chooseOne;

  const message = contact.message ?? '';
  if (broken('message', 'too_big')) {
    errors.message = e.message.tooLong(contactLimits.message, message.length);
  } else if (hidden('message')) {
    errors.message = e.hiddenCharacters(t.request.message);
  }

  if (!form.consentContact) errors.consentContact = e.consentContact;
  if (!form.consentPrivacy) errors.consentPrivacy = e.consentPrivacy;

  // A rule added to the contract and not yet worded here still stops the form from being sent.
  for (const issue of issues) {
    const field = issue.path[0] === 'consent' ? undefined : String(issue.path[0]);
    if (field !== undefined && field in form && errors[field as keyof ContactForm] === undefined) {
      errors[field as keyof ContactForm] = t.request.failed.rejected;
    }
  }
  return errors;
}
