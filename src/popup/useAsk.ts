// One worker request as component state: data or error, and a way to ask again.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorText } from '../ui/components.js';

export interface Asked<T> {
  data?: T;
  error?: string;
  reload: () => Promise<void>;
}

export function useAsk<T>(request: () => Promise<T>): Asked<T> {
  const [state, setState] = useState<{ data?: T; error?: string }>({});
  // `request` is fixed for the component's life; callers pass a stable function.
  const reload = useCallback(
    () =>
      request().then(
        (data) => setState({ data }),
        (error: unknown) => setState((s) => ({ ...s, error: errorText(error) })),
      ),
    [],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  return { ...state, reload };
}
