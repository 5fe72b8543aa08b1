import type {
  BloodThinnerKind,
  Imaging,
  PriorProcedureKind,
  ProcedureLasted,
  ProcedureRelief,
  Verdict,
  VerdictReason,
} from '../../rules';
import { enFull as en } from '../i18n/full';

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

// Staff-side words for what ruleset 2026.2 added, for clinicians (the patient's wording lives in
// the patient catalogues).

export const verdictReasonLabel: Record<VerdictReason, string> = {
  emergencyFlag: 'an emergency warning sign',
  infectionRisk:
    'fever with a weakened immune system and back or neck pain (spinal infection risk)',
  urgentFlag: 'an urgent warning sign',
  mild: 'mild pain and interference (3 or less)',
  recent: 'pain for under 6 weeks',
  nothingTried: 'no conservative treatment tried yet',
  respondingToTreatment: 'lasting relief from conservative care, average pain 4 or less',
  noActiveTherapy: 'no physical therapy or exercise tried yet',
  strongMatch: 'a strong procedure match after failed conservative care',
  notChronic: 'not yet long enough (chronic)',
  notSevere: 'pain and interference under 5',
  someLastingRelief: 'some conservative treatment gives lasting relief',
  medicalReviewFirst: 'pregnancy, an active infection or a bleeding disorder to review first',
  noStrongMatch: 'procedures matched, none strongly',
  noProcedureMatched: 'no procedure matched',
};

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

/** A label from a catalogue that may not know an id (one of another ruleset): the id itself then. */
export const labelOr = (labels: Partial<Record<string, string>>, id: string) => labels[id] ?? id;
