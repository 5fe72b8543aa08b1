import { useEffect, useState } from 'react';
import { z } from 'zod/mini';
import { publicConfigSchema } from '../../api/contract';

// The clinic's phone and opening hours, from its public configuration. Either may be missing (a
// clinic that has not set them, or a failed request): the page then shows neither.

const contactDetailsSchema = z.pick(publicConfigSchema, { phone: true, hours: true });
export type ClinicContactDetails = z.infer<typeof contactDetailsSchema>;

export function useClinicContactDetails(): ClinicContactDetails {
  const [details, setDetails] = useState<ClinicContactDetails>({});
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/config', { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined))
      .then((config) => {
        const parsed = contactDetailsSchema.safeParse(config);
        if (parsed.success) setDetails(parsed.data);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return details;
}

/** A phone number as a tel: link target: its digits, with the leading + of an international one. */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}
