export interface Measurement {
  name: string;
  value: number;
  unit: string;
  /** None for figures reported beside a budget (latency at p50, the health route). */
  budget?: { atLeast: number } | { atMost: number };
}

export const withinBudget = (m: Measurement) =>
  m.budget === undefined ||
  ('atLeast' in m.budget ? m.value >= m.budget.atLeast : m.value <= m.budget.atMost);

export function table(measurements: Measurement[]): string {
  const rows = measurements.map((m) => {
    const unit = m.unit ? ` ${m.unit}` : '';
    const budget =
      m.budget === undefined
        ? ''
        : 'atLeast' in m.budget
          ? `>= ${m.budget.atLeast.toLocaleString('en-US')}${unit}`
          : `<= ${m.budget.atMost.toLocaleString('en-US')}${unit}`;
    const verdict = m.budget === undefined ? '' : withinBudget(m) ? 'ok' : 'MISSED';
    return `| ${m.name} | ${m.value.toLocaleString('en-US')}${unit} | ${budget} | ${verdict} |`;
  });
  return ['| measure | value | budget | |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
