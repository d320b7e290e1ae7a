export interface OffscreenDocumentDeps {
  /** Whether the extension's offscreen document currently exists. */
  exists(): Promise<boolean>;
  create(): Promise<void>;
}

/**
 * Returns `ensure()`, which makes sure the one offscreen document exists. Chrome allows a
 * single offscreen document and closes an audio one after 30 s of silence, so it is
 * checked before every use and concurrent callers share one creation.
 */
export function offscreenDocumentKeeper(deps: OffscreenDocumentDeps): () => Promise<void> {
  let creating: Promise<void> | null = null;
  return async function ensure() {
    if (creating) return creating;
    if (await deps.exists()) return;
    creating ??= deps.create().finally(() => {
      creating = null;
    });
    return creating;
  };
}
