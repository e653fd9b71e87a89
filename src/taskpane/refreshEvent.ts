/**
 * The window event the ribbon's Refresh command raises (src/commands/commands.ts declares it in
 * WindowEventMap). Repeated here because the pane may not import the commands layer.
 */
export const REFRESH_EVENT = "kpi:refresh-requested";
