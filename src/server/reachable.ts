import type { NetworkInterfaceInfo } from 'node:os';

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

const loopback = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Where people can reach this server, as the lines it prints say: PUBLIC_URL when set, else each
 * address it listens on (every address of the machine when it listens on 0.0.0.0 or ::), loopback
 * written as localhost and first.
 */
export function reachableAt(options: {
  port: number;
  host: string;
  publicUrl?: string | undefined;
  interfaces: Interfaces;
}): string[] {
  const { port, host, publicUrl, interfaces } = options;
  if (publicUrl !== undefined) return [publicUrl];
  const url = (address: string) =>
    `http://${loopback.has(address) ? 'localhost' : address.includes(':') ? `[${address}]` : address}:${port}`;
  if (host !== '0.0.0.0' && host !== '::') return [url(host)];
  const addresses = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    // 0.0.0.0 listens on IPv4 alone. A link-local IPv6 address (fe80::) needs a zone such as
    // %eth0, which browsers do not accept in an address.
    .filter((a) => (a.family === 'IPv4' || host === '::') && !/^fe[89ab]/i.test(a.address))
    .map((a) => url(a.address));
  const local = url('localhost');
  return [...new Set(addresses)].sort((a, b) => Number(b === local) - Number(a === local));
}

/**
 * Whether one of these is plain http other than localhost: there browsers drop the staff inbox's
 * Secure sign-in cookie, so the first administrator could not stay signed in.
 */
export const plainHttpBeyondLocalhost = (urls: string[]) =>
  urls.some((u) => {
    const { protocol, hostname } = new URL(u);
    return protocol === 'http:' && hostname !== 'localhost';
  });
