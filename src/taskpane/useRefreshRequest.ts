import { useEffect, useRef } from "react";
import { REFRESH_REQUESTED_EVENT } from "../excel/refreshEvent";

/**
 * Runs `onRefresh` whenever the ribbon's Refresh command asks for it (a window event), always the latest callback.
 * @param onRefresh what to do (the pane evaluates)
 * @param target where the event is raised @default window
 */
export function useRefreshRequest(onRefresh: () => void, target: EventTarget = window): void {
  const latest = useRef(onRefresh);
  useEffect(() => {
    latest.current = onRefresh;
  });
  useEffect(() => {
    const listener = () => latest.current();
    target.addEventListener(REFRESH_REQUESTED_EVENT, listener);
    return () => target.removeEventListener(REFRESH_REQUESTED_EVENT, listener);
  }, [target]);
}
