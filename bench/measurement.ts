export interface Measurement {
  name: string;
  value: number;
  unit: string;
  budget: { atLeast: number } | { atMost: number };
}

export const withinBudget = (m: Measurement) =>
  'atLeast' in m.budget ? m.value >= m.budget.atLeast : m.value <= m.budget.atMost;

export function table(measurements: Measurement[]): string {
  const rows = measurements.map((m) => {
    const budget = 'atLeast' in m.budget ? `>= ${m.budget.atLeast}` : `<= ${m.budget.atMost}`;
    return `| ${m.name} | ${m.value.toLocaleString('en-US')} ${m.unit} | ${budget} ${m.unit} | ${withinBudget(m) ? 'ok' : 'MISSED'} |`;
  });
  return ['| measure | value | budget | |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
