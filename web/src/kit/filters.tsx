import { useEffect, useRef, useState } from 'react';

/**
 * The text of a search box that reaches the query (`apply`) a moment after typing stops, and follows the query when
 * it changes from elsewhere (a link, the back button, "clear filters"). A pending update is dropped as soon as the
 * query changes first, and always calls the latest `apply`: a stale one could otherwise undo a newer navigation.
 */
export function useSearchText(q: string, apply: (text: string) => void, delayMs = 300): [string, (text: string) => void] {
  const [text, setText] = useState(q);
  const latestApply = useRef(apply);
  const lastApplied = useRef(q);
  useEffect(() => {
    latestApply.current = apply;
  });
  useEffect(() => {
    if (text.trim() === q) return;
    const timer = setTimeout(() => {
      lastApplied.current = text.trim();
      latestApply.current(text.trim());
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, q, delayMs]);
  useEffect(() => {
    // Our own update coming back must not overwrite what was typed since.
    if (q !== lastApplied.current) setText(q);
    lastApplied.current = q;
  }, [q]);
  return [text, setText];
}
