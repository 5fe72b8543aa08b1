/** A yes/no question as two radio options whose value is a boolean. */
export const yesNo = (yes: string, no: string) => [
  { value: 'yes' as const, label: yes },
  { value: 'no' as const, label: no },
];
export const parseYesNo = (value: 'yes' | 'no') => value === 'yes';
export const formatYesNo = (value: unknown) =>
  value === true ? 'yes' : value === false ? 'no' : undefined;
