import { z } from 'zod/mini';
import { publicConfigSchema } from '../../api/contract';
import { usePublicConfig } from '../public-config';

// The clinic's phone and opening hours, from its public configuration. Either may be missing (a
// clinic that has not set them, or a failed request): the page then shows neither.

const contactDetailsSchema = z.pick(publicConfigSchema, { phone: true, hours: true });
export type ClinicContactDetails = z.infer<typeof contactDetailsSchema>;

const contactDetailsOf = (config: unknown): ClinicContactDetails | undefined => {
  const parsed = contactDetailsSchema.safeParse(config);
  return parsed.success ? parsed.data : undefined;
};

export function useClinicContactDetails(): ClinicContactDetails {
  return usePublicConfig(contactDetailsOf) ?? {};
}

/** A phone number as a tel: link target: its digits, with the leading + of an international one. */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}
