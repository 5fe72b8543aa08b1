import type {
  BloodThinnerKind,
  Imaging,
  PriorProcedureKind,
  ProcedureLasted,
  ProcedureRelief,
  RedFlagLevel,
  Severity,
} from '../../rules';
import { enFull as en } from '../i18n/full';

// Staff read the patient's catalogue in English, with short names for verdicts.

// Verdicts and statuses in the same words as the summary and the CSV.
export { verdictWords as verdictLabel, labelOr } from '../../api/clinical-summary';
export { statusWords as statusLabel } from '../../api/intake-status';

export const catalogue = en;

export const warningLevelLabel: Record<RedFlagLevel, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
};

/** How much a caution weighs, in the clinician's words. */
export const severityLabel: Record<Severity, string> = {
  important: 'Important',
  warning: 'Caution',
  info: 'Note',
};

export const formatTime = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

// Staff-side words for the answers ruleset 2026.2 added (the clinician's summary has its own, in
// src/api/clinical-summary.ts).

export const priorProcedureLabel: Record<PriorProcedureKind, string> = {
  epidural: 'Epidural steroid injection',
  facetOrMedialBranchBlock: 'Facet joint injection or medial branch block',
  radiofrequencyAblation: 'Radiofrequency ablation',
  kneeInjection: 'Knee injection or knee nerve block',
  headOrNerveBlock: 'Head or nerve block',
  spinalCordStimulatorTrial: 'Spinal cord stimulator trial',
  other: 'Other injection or procedure',
};

export const reliefLabel: Record<ProcedureRelief, string> = {
  none: 'no relief',
  under50: 'under 50% relief',
  '50to79': '50–79% relief',
  '80plus': '80% or more relief',
};

export const lastedLabel: Record<ProcedureLasted, string> = {
  underOneDay: 'lasted under a day',
  daysToWeeks: 'lasted days to weeks',
  monthsOrMore: 'lasted months or more',
};

export const imagingLabel: Record<Imaging, string> = {
  none: 'None',
  xrayOnly: 'X-ray only',
  mriOrCtWithin2Years: 'MRI or CT within 2 years',
  mriOrCtOlder: 'MRI or CT over 2 years ago',
  unsure: 'Not sure',
};

export const bloodThinnerLabel: Record<BloodThinnerKind, string> = {
  aspirin: 'Aspirin',
  antiplatelet:
    'Antiplatelet (clopidogrel/Plavix, prasugrel/Effient, ticagrelor/Brilinta, cilostazol, dipyridamole)',
  warfarin: 'Warfarin (Coumadin)',
  doac: 'DOAC (apixaban/Eliquis, rivaroxaban/Xarelto, dabigatran/Pradaxa, edoxaban/Savaysa)',
  heparin: 'Heparin injections (enoxaparin/Lovenox, fondaparinux/Arixtra)',
  unsure: 'Not sure which',
};

/** A phone number as a tel: link dials it: digits and a leading plus only. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
