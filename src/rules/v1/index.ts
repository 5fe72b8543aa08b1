// Ruleset 2026.1 and answers version 1, kept only to read what was stored under them. CLINICAL
// section 0: such intakes stay exactly as stored, with their own assessment, and are never
// re-assessed; new intakes must be answers version 2. Nothing here computes anything.

export {
  answersSchema as answersV1Schema,
  redFlags as redFlagsV1,
  emergencyRedFlags as emergencyRedFlagsV1,
  historyItems as historyItemsV1,
  type Answers as AnswersV1,
  type RedFlag as RedFlagV1,
} from './answers';
export {
  rulesetVersion as rulesetV1,
  cautionIds as cautionIdsV1,
  expectationIds as expectationIdsV1,
  type Assessment as AssessmentV1,
  type CautionId as CautionIdV1,
  type ExpectationId as ExpectationIdV1,
} from './assessment';
