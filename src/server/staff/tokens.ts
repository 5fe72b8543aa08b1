import { createHash, randomBytes } from 'node:crypto';

// Session, set-up and sign-in-step tokens: 256 random bits; only their SHA-256 is stored.

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');
