/**
 * Calls `onChange` when another tab of this site writes or removes the localStorage mirror of
 * the decision (the `storage` event fires in every other same-origin document, never the writer).
 *
 * @param key The localStorage key, the consent cookie's name.
 * @param onChange Called with no arguments; the caller re-reads storage.
 * @returns A function that stops listening.
 */
export function onOtherTabs(key: string, onChange: () => void): () => void {
  const listener = (event: StorageEvent) => {
    // key null: another tab cleared all of localStorage.
    if (event.key === key || event.key == null) onChange()
  }
  addEventListener('storage', listener)
  return () => removeEventListener('storage', listener)
}
