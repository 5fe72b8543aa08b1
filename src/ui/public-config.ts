import { useEffect, useState } from 'react';

/**
 * A part of the clinic's public configuration (`GET /api/config`), read by `read` once it arrives:
 * undefined until then, and when the request fails or `read` finds nothing usable. `read` must be
 * stable (defined outside the component). It takes no contract schema itself, so the first screen
 * does not carry one; callers parse what they need.
 */
export function usePublicConfig<T>(read: (config: unknown) => T | undefined): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/config', { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined))
      .then((config) => {
        const found = read(config);
        if (found !== undefined) setValue(found);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [read]);
  return value;
}
