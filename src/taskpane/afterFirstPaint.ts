/**
 * Resolves after the browser has painted the next frame, so that work started now (loading the Excel
 * adapter and the engine) does not compete with the pane's first paint.
 * @returns a promise that settles after the next paint
 * @example await afterFirstPaint(); const excel = await import("../excel");
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    // rAF runs just before a paint; a macrotask queued from it runs after that paint.
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
