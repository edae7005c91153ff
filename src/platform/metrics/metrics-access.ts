import { createHash, timingSafeEqual } from 'node:crypto';
import net from 'node:net';
import type { Config } from '../config.ts';

export type MetricsAccess = 'allowed' | 'denied' | 'off';

function blockListOf(entries: readonly string[]): net.BlockList {
  const list = new net.BlockList();
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/');
    const family = net.isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return list;
}

// Hashing first gives both sides the same length, which timingSafeEqual requires.
const digest = (value: string) => createHash('sha256').update(value).digest();

/** "::ffff:10.0.0.1" is how a dual-stack socket shows an IPv4 client. */
function plainAddress(ip: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return { address: mapped[1]!, family: 'ipv4' };
  return { address: ip, family: net.isIP(ip) === 6 ? 'ipv6' : 'ipv4' };
}

/**
 * Who may read /metrics: a client from METRICS_ALLOW, or one that shows METRICS_TOKEN as a
 * bearer token. The address is the one Fastify determined, so behind a proxy it is the
 * client's only when that proxy is named in TRUST_PROXY. With neither setting, nobody.
 */
export function metricsAccess(settings: Config['metrics']): (ip: string, authorization: string | undefined) => MetricsAccess {
  const allowed = blockListOf(settings.allow);
  const token = settings.token === undefined ? undefined : digest(settings.token);
  if (settings.allow.length === 0 && token === undefined) return () => 'off';
  return (ip, authorization) => {
    const { address, family } = plainAddress(ip);
    if (net.isIP(address) !== 0 && allowed.check(address, family)) return 'allowed';
    const offered = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (token && offered !== undefined && timingSafeEqual(digest(offered), token)) return 'allowed';
    return 'denied';
  };
}
