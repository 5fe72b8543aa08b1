import { useEffect, useRef } from 'react';
import {
  useForm,
  useWatch,
  type FieldErrors,
  type Resolver,
  type UseFormRegisterReturn,
} from 'react-hook-form';
import { contactLimits } from '../../api/contract';
import { IntakeError } from '../../api/intakes';
import { ErrorSummary, useErrorSummaryEntry } from '../components/ErrorSummary';
import { Field, fieldId, RadioGroup } from '../components/fields';
import { ScreenHeading } from '../components/StepLayout';
import type { Catalogue } from '../i18n/catalogue';
import { CrisisSupport } from '../components/CrisisSupport';
import { useLocale } from '../i18n/locale';
import { useResultLocale } from '../result/locale';
import { QuestionnaireContext, useSend } from '../questionnaire-context';
import { telHref, useClinicContactDetails } from '../result/usePublicConfig';
import { contactErrors, fromContact, toContact, type ContactForm } from './contact-form';

// The consultation request: the contact fields of the HTTP contract, checked by the same schema the
// server uses, plus the date of birth against the age answered. Shown while sending too, so
// nothing typed is lost when the network fails.

function contactResolver(t: Catalogue, age: number): Resolver<ContactForm> {
  return (form) => {
    // A date the browser cannot read (31 February, a missing year) reaches the form as "": the
    // field's own validity tells it from an empty one.
    const dateField = document.getElementById(fieldId('dateOfBirth'));
    const unreadable = dateField instanceof HTMLInputElement && dateField.validity.badInput;
    const errors = Object.fromEntries(
      Object.entries(contactErrors(form, age, t, new Date(), unreadable)).map(
        ([field, message]) => [field, { type: 'invalid', message }],
      ),
    );
    return Object.keys(errors).length > 0
      ? { values: {}, errors: errors as FieldErrors<ContactForm> }
      : { values: form, errors: {} };
  };
}

/** One consent: a checkbox whose error shows above it and in the error summary. */
function Consent({
  id,
  label,
  error,
  input,
}: {
  id: string;
  label: string;
  error: string | undefined;
  input: UseFormRegisterReturn;
}) {
  useErrorSummaryEntry(id, error);
  return (
    <div className={`choice${error !== undefined ? ' invalid' : ''}`}>
      {error !== undefined && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <label>
        <input
          id={id}
          type="checkbox"
          aria-invalid={error !== undefined || undefined}
          aria-describedby={error !== undefined ? `${id}-error` : undefined}
          {...input}
        />
        <span className="choice-text">
          <span>{label}</span>
        </span>
      </label>
    </div>
  );
}

export function RequestScreen() {
  const { t, locale } = useLocale();
  const send = useSend();
  const sending = QuestionnaireContext.useSelector((s) => s.value === 'submitting');
  const age = QuestionnaireContext.useSelector((s) => s.context.draft.age ?? 0);
  const savedContact = QuestionnaireContext.useSelector((s) => s.context.contact);
  const submitError = QuestionnaireContext.useSelector((s) => s.context.submitError);
  const r = t.request;
  const form = useForm<ContactForm>({
    resolver: contactResolver(t, age),
    // The error summary takes focus instead, and links to each field (GOV.UK).
    shouldFocusError: false,
    defaultValues: {
      firstName: '',
      lastName: '',
      dateOfBirth: '',
      phone: '',
      email: '',
      message: '',
      consentContact: false,
      consentPrivacy: false,
      ...fromContact(savedContact),
    },
  });
  const { errors } = form.formState;
  // The errors are worded when checked: after a language switch, checked again in the new words.
  useEffect(() => {
    if (form.formState.isSubmitted) void form.trigger();
  }, [locale, form]);
  // Lengths as the contract counts them: trimmed.
  const [firstName, lastName, message] = useWatch({
    control: form.control,
    name: ['firstName', 'lastName', 'message'],
  });
  const length = { firstName: firstName.trim().length, lastName: lastName.trim().length };
  const failure =
    submitError instanceof IntakeError
      ? submitError.formOutdated
        ? 'outdated'
        : submitError.failure
      : submitError
        ? 'offline'
        : undefined;
  const onSubmit = form.handleSubmit((values) =>
    send({ type: 'SUBMIT', contact: toContact(values), locale }),
  );

  return (
    <form
      className="request"
      noValidate
      aria-labelledby="screen-title"
      onSubmit={(event) => {
        void onSubmit(event);
      }}
    >
      <ScreenHeading>{r.title}</ScreenHeading>
      <p className="intro">{r.intro}</p>
      {failure !== undefined && <SendFailure message={r.failed[failure]} />}
      <ErrorSummary submitCount={form.formState.submitCount}>
        <fieldset className="plain" disabled={sending}>
          <legend className="visually-hidden">{r.title}</legend>
          <div className="name-fields">
            <Field
              id={fieldId('firstName')}
              label={r.firstName}
              error={errors.firstName?.message}
              count={{ length: length.firstName, max: contactLimits.name }}
            >
              {({ id, describedBy }) => (
                <input
                  id={id}
                  className="text-input"
                  autoComplete="given-name"
                  aria-invalid={errors.firstName ? true : undefined}
                  aria-describedby={describedBy}
                  {...form.register('firstName')}
                />
              )}
            </Field>
            <Field
              id={fieldId('lastName')}
              label={r.lastName}
              error={errors.lastName?.message}
              count={{ length: length.lastName, max: contactLimits.name }}
            >
              {({ id, describedBy }) => (
                <input
                  id={id}
                  className="text-input"
                  autoComplete="family-name"
                  aria-invalid={errors.lastName ? true : undefined}
                  aria-describedby={describedBy}
                  {...form.register('lastName')}
                />
              )}
            </Field>
          </div>
          <Field
            id={fieldId('dateOfBirth')}
            label={r.dateOfBirth}
            hint={r.dateOfBirthHint}
            error={errors.dateOfBirth?.message}
          >
            {({ id, describedBy }) => (
              <input
                id={id}
                type="date"
                className="text-input date-input"
                autoComplete="bday"
                aria-invalid={errors.dateOfBirth ? true : undefined}
                aria-describedby={describedBy}
                {...form.register('dateOfBirth')}
              />
            )}
          </Field>
          <Field
            id={fieldId('phone')}
            label={r.phone}
            hint={r.phoneHint}
            error={errors.phone?.message}
          >
            {({ id, describedBy }) => (
              <input
                id={id}
                type="tel"
                className="text-input"
                autoComplete="tel"
                aria-invalid={errors.phone ? true : undefined}
                aria-describedby={describedBy}
                {...form.register('phone')}
              />
            )}
          </Field>
          <Field
            id={fieldId('email')}
            label={r.email}
            hint={r.emailHint}
            error={errors.email?.message}
          >
            {({ id, describedBy }) => (
              <input
                id={id}
                type="email"
                className="text-input"
                autoComplete="email"
                aria-invalid={errors.email ? true : undefined}
                aria-describedby={describedBy}
                {...form.register('email')}
              />
            )}
          </Field>
          <RadioGroup
            control={form.control}
            name="preferredContact"
            legend={r.preferredContact.legend}
            options={(['phone', 'text', 'email'] as const).map((value) => ({
              value,
              label: r.preferredContact.options[value],
            }))}
            error={errors.preferredContact?.message}
          />
          <RadioGroup
            control={form.control}
            name="bestTime"
            legend={r.bestTime.legend}
            className="inline"
            options={(['morning', 'afternoon', 'evening', 'any'] as const).map((value) => ({
              value,
              label: r.bestTime.options[value],
            }))}
            error={errors.bestTime?.message}
          />
          <Field
            id={fieldId('message')}
            label={r.message}
            error={errors.message?.message}
            count={{ length: message.trim().length, max: contactLimits.message, always: true }}
          >
            {({ id, describedBy }) => (
              <textarea
                id={id}
                className="text-input"
                rows={4}
                aria-invalid={errors.message ? true : undefined}
                aria-describedby={describedBy}
                {...form.register('message')}
              />
            )}
          </Field>
          <fieldset className="group">
            <legend>{r.consentLegend}</legend>
            {(['consentContact', 'consentPrivacy'] as const).map((name) => (
              <Consent
                key={name}
                id={fieldId(name)}
                label={name === 'consentContact' ? r.consentContact : r.consentPrivacy}
                error={errors[name]?.message}
                input={form.register(name)}
              />
            ))}
          </fieldset>
        </fieldset>
      </ErrorSummary>
      <p className="sending" aria-live="polite">
        {sending ? r.sending : ''}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button secondary"
          disabled={sending}
          onClick={() => send({ type: 'BACK' })}
        >
          {t.app.back}
        </button>
        <button type="submit" className="button primary" disabled={sending}>
          {sending ? r.sending : failure !== undefined ? r.retry : r.send}
        </button>
      </div>
    </form>
  );
}

/**
 * After the request is sent: the reference, and what happens next, which depends on the verdict
 * (an urgent one must not wait for our call), with the clinic's phone and hours when it has them.
 */
export function SubmittedScreen() {
  const { t, locale } = useResultLocale();
  const send = useSend();
  const receipt = QuestionnaireContext.useSelector((s) => s.context.receipt);
  const selfHarm = QuestionnaireContext.useSelector(
    (s) => s.context.draft.mood?.selfHarmThoughts === true,
  );
  const { phone, hours } = useClinicContactDetails();
  const s = t.submitted;
  const urgent = receipt?.verdict === 'urgent';
  const openingHours = hours?.[locale];
  return (
    <div className="submitted">
      <ScreenHeading>{s.title}</ScreenHeading>
      {urgent && (
        <section className="submitted-urgent" aria-labelledby="submitted-urgent-heading">
          <h2 id="submitted-urgent-heading">{s.urgentHeading}</h2>
          <p>{s.urgent}</p>
        </section>
      )}
      <p>{s.reference}</p>
      <p className="reference">{receipt?.reference ?? ''}</p>
      <p>{s.keepReference}</p>
      {selfHarm ? (
        <>
          <p className="lead">{s.selfHarmNext}</p>
          <CrisisSupport />
        </>
      ) : (
        !urgent && <p className="lead">{s.next}</p>
      )}
      {phone !== undefined && (
        <p className="clinic-phone">
          {s.callUs}{' '}
          <a href={telHref(phone)} className="phone-link">
            {phone}
          </a>
        </p>
      )}
      {openingHours !== undefined && (
        <p className="clinic-hours">
          {s.hours} {openingHours}
        </p>
      )}
      <p>{s.worse}</p>
      <button type="button" className="button secondary" onClick={() => send({ type: 'RESTART' })}>
        {s.again}
      </button>
    </div>
  );
}

/**
 * Why the request could not be sent. The form's fieldset was disabled while sending, so the focus
 * went nowhere: it comes here, at the top, where the patient reads what happened and what to do.
 */
function SendFailure({ message }: { message: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message]);
  return (
    <p className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      {message}
    </p>
  );
}
