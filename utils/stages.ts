/**
 * The detector's stages, scripts the background injects into a journal page on demand (the reader's page side,
 * the comment walk, the posts finder of unknown layouts, the masterpost lists' reading). A stage's script and the
 * detector meet on the isolated world's global under symbols (`Symbol.for('inkwell.STAGE')`): the page's scripts
 * cannot reach that world, and no page element can answer a symbol (elements are named properties of `window` in
 * every world: `<a id="x">` answers `globalThis.x`).
 *
 * The script tells a detector that waits for it as soon as it has run, rather than leaving it to the background's
 * answer to the injection, which comes a round trip later (~30-60 ms of the reader's start, measured by the bench).
 */
export type Stage = 'story-posts' | 'reader' | 'comment-fills' | 'unlisted-posts' | 'masterpost-lists';

type Shared = { [key: symbol]: unknown };
const shared = () => globalThis as unknown as Shared;
const apiKey = (stage: Stage) => Symbol.for(`inkwell.${stage}`);
const waitingKey = (stage: Stage) => Symbol.for(`inkwell.${stage}.waiting`);

/** A stage's script puts its API where the detector finds it (undefined: withdrawn), and tells the detector if it waits. */
export function provideStage(stage: Stage, api: unknown): void {
  shared()[apiKey(stage)] = api;
  if (api !== undefined) (shared()[waitingKey(stage)] as (() => void) | undefined)?.();
}

/** The background's answer to `inject-STAGE`. */
export type InjectReply = { ok?: boolean; error?: string } | undefined;

/**
 * Loads (once; again after a failure) the stage's script through `inject` and gives its API: when the script says it
 * has run, or at the background's answer, whichever comes first. An answer that is not ok and no API: the error.
 */
export function onDemand<T>(stage: Stage, inject: () => Promise<InjectReply>): () => Promise<T> {
  const get = () => shared()[apiKey(stage)] as T | undefined;
  const failure = `The ${stage} could not be loaded.`;
  let loading: Promise<T> | null = null;
  return () => {
    const loaded = get();
    if (loaded) return Promise.resolve(loaded);
    loading ??= new Promise<T>((resolve, reject) => {
      const stopWaiting = () => {
        if (shared()[waitingKey(stage)] === ready) shared()[waitingKey(stage)] = undefined;
      };
      const ready = () => {
        const got = get();
        if (!got) return;
        stopWaiting();
        resolve(got);
      };
      shared()[waitingKey(stage)] = ready;
      inject().then(
        (res) => {
          stopWaiting();
          const got = get();
          if (got) resolve(got);
          else reject(new Error((res?.ok ? undefined : res?.error) ?? failure));
        },
        (e: Error) => {
          stopWaiting();
          const got = get();
          if (got) resolve(got);
          else reject(e);
        },
      );
    });
    loading.catch(() => (loading = null));
    return loading;
  };
}
