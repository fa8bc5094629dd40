import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { errorCode } from "../api.js";

export type Loaded<T> = { state: "loading" } | { state: "failed"; code: string } | { state: "ready"; data: T };

/** Loads what `load` fetches whenever `key` changes; an older answer that arrives late never overwrites a newer one. */
export function useLoad<T>(load: () => Promise<T>, key: string): { loaded: Loaded<T>; reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const ticket = ++latest.current;
    setLoaded((previous) => (previous.state === "ready" ? previous : { state: "loading" }));
    loadRef.current().then(
      (data) => ticket === latest.current && setLoaded({ state: "ready", data }),
      (error: unknown) => ticket === latest.current && setLoaded({ state: "failed", code: errorCode(error) }),
    );
  }, [key, generation]);

  return { loaded, reload: useCallback(() => setGeneration((g) => g + 1), []) };
}
