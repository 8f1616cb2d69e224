import type { Version } from 'cosmjs-types/ibc/core/connection/v1/connection';
import { ConnectionErrors } from './errors';

/** ibc-go's one connection version: identifier "1", both channel orderings. */
export const compatibleVersions = (): Version[] => [{ identifier: '1', features: ['ORDER_ORDERED', 'ORDER_UNORDERED'] }];

export function validateVersion(v: Version | undefined): Version {
  if (!v) throw ConnectionErrors.invalidVersion.wrap('version cannot be nil');
  if (v.identifier.trim() === '') throw ConnectionErrors.invalidVersion.wrap('version identifier cannot be blank');
  for (const [i, f] of v.features.entries()) if (f.trim() === '') throw ConnectionErrors.invalidVersion.wrap(`feature ${i} cannot be blank`);
  return v;
}

/** ibc-go IsSupportedVersion: a version with the same identifier whose features include all of `v`'s. */
export function isSupportedVersion(supported: readonly Version[], v: Version): boolean {
  const s = supported.find((x) => x.identifier === v.identifier);
  return s !== undefined && v.features.every((f) => s.features.includes(f));
}

/** ibc-go PickVersion: the first supported version the counterparty also offers, with the shared features (in our order). */
export function pickVersion(supported: readonly Version[], counterparty: readonly Version[]): Version {
  for (const s of supported) {
    const c = counterparty.find((x) => x.identifier === s.identifier);
    if (!c) continue;
    const features = s.features.filter((f) => c.features.includes(f));
    if (features.length > 0) return { identifier: s.identifier, features };
  }
  throw ConnectionErrors.versionNegotiationFailed.wrap(`failed to find a matching counterparty version ${JSON.stringify(counterparty)} from the supported version list ${JSON.stringify(supported)}`);
}

/** ibc-go VerifySupportedFeature: the version allows the channel ordering (e.g. "ORDER_UNORDERED"). */
export function supportsFeature(v: Version, feature: string): boolean {
  return v.features.includes(feature);
}
