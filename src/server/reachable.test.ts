import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { plainHttpBeyondLocalhost, reachableAt } from './reachable';

const v4 = (address: string): NetworkInterfaceInfo => ({
  address,
  family: 'IPv4',
  netmask: '255.255.255.0',
  mac: '00:00:00:00:00:00',
  internal: address.startsWith('127.'),
  cidr: `${address}/24`,
});
const v6 = (address: string): NetworkInterfaceInfo => ({
  address,
  family: 'IPv6',
  netmask: 'ffff:ffff:ffff:ffff::',
  mac: '00:00:00:00:00:00',
  internal: address === '::1',
  cidr: `${address}/64`,
  scopeid: 0,
});
// What this kind of machine reports: loopback, and one network card with IPv4, a unique local
// IPv6 address and a link-local one.
const interfaces = {
  lo: [v4('127.0.0.1'), v6('::1')],
  eth0: [v4('192.0.2.2'), v6('fd00::2'), v6('fe80::fc:ff:fe00:1')],
};

describe('reachableAt: the addresses the server prints (Ready, and the first administrator link)', () => {
  it('PUBLIC_URL alone when it is set, wherever the server listens', () => {
    for (const host of ['0.0.0.0', '::', '127.0.0.1'])
      expect(
        reachableAt({ port: 8080, host, publicUrl: 'https://selfcheck.example', interfaces }),
      ).toEqual(['https://selfcheck.example']);
  });

  it('on 0.0.0.0: localhost and each IPv4 address of the machine', () => {
    expect(reachableAt({ port: 8080, host: '0.0.0.0', interfaces })).toEqual([
      'http://localhost:8080',
      'http://192.0.2.2:8080',
    ]);
  });

  it('on ::: IPv6 addresses too, once for loopback, without link-local ones a browser cannot open', () => {
    expect(reachableAt({ port: 8080, host: '::', interfaces })).toEqual([
      'http://localhost:8080',
      'http://192.0.2.2:8080',
      'http://[fd00::2]:8080',
    ]);
  });

  it('localhost first even when the system lists the network card first', () => {
    expect(
      reachableAt({
        port: 3000,
        host: '0.0.0.0',
        interfaces: { eth0: [v4('10.0.0.7')], lo: [v4('127.0.0.1')] },
      }),
    ).toEqual(['http://localhost:3000', 'http://10.0.0.7:3000']);
  });

  it('on one address: that address, loopback as localhost', () => {
    expect(reachableAt({ port: 8080, host: '127.0.0.1', interfaces })).toEqual([
      'http://localhost:8080',
    ]);
    expect(reachableAt({ port: 8080, host: '::1', interfaces })).toEqual(['http://localhost:8080']);
    expect(reachableAt({ port: 8080, host: '192.0.2.2', interfaces })).toEqual([
      'http://192.0.2.2:8080',
    ]);
    expect(reachableAt({ port: 8080, host: 'fd00::2', interfaces })).toEqual([
      'http://[fd00::2]:8080',
    ]);
    expect(reachableAt({ port: 8080, host: 'selfcheck.lan', interfaces })).toEqual([
      'http://selfcheck.lan:8080',
    ]);
  });
});

describe('plainHttpBeyondLocalhost: whether to say that staff sign-in needs HTTPS there', () => {
  it('yes for a plain-http address other than localhost, no otherwise', () => {
    expect(plainHttpBeyondLocalhost(['http://localhost:8080', 'http://192.0.2.2:8080'])).toBe(true);
    expect(plainHttpBeyondLocalhost(['http://localhost:8080'])).toBe(false);
    expect(plainHttpBeyondLocalhost(['http://localhost'])).toBe(false);
    expect(plainHttpBeyondLocalhost(['http://selfcheck.lan'])).toBe(true);
    expect(plainHttpBeyondLocalhost(['https://selfcheck.example'])).toBe(false);
  });
});
