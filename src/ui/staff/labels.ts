import type { Verdict } from '../../rules';
import { en } from '../i18n/en';

// Staff read the patient's catalogue in English, with short names for verdicts.

export const verdictLabel: Record<Verdict, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  goodCandidate: 'Good candidate',
  possibleCandidate: 'Possible candidate',
  conservativeFirst: 'Conservative care first',
};

export const statusLabel = {
  new: 'New',
  contacted: 'Contacted',
  scheduled: 'Scheduled',
  closed: 'Closed',
} as const;

export const catalogue = en;

export const formatTime = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
