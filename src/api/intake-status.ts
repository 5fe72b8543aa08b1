// An intake's status, in a module of its own without zod: the inbox imports it, and a value import
// of the staff contract would pull zod's checks into the chunk the patient page shares with it.

export const statuses = ['new', 'contacted', 'scheduled', 'closed'] as const;
export type Status = (typeof statuses)[number];

/** Each status in words, for the inbox and the CSV. */
export const statusWords: Record<Status, string> = {
  new: 'New',
  contacted: 'Contacted',
  scheduled: 'Scheduled',
  closed: 'Closed',
};
