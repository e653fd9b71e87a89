/** Office's theme as the pane needs it: light or dark. */
export type PaneTheme = "light" | "dark";

/**
 * Light or dark from Office's theme colours (`Office.context.officeTheme`): dark when the body
 * background is dark. Passed in by index.tsx, which alone touches Office.
 * @param theme `{ bodyBackgroundColor }` or undefined when the host has no theme API
 * @returns "dark" for a background with relative luminance below 0.5, else "light"
 * @example themeOf({ bodyBackgroundColor: "#262626" }) // "dark"
 */
export function themeOf(theme: { readonly bodyBackgroundColor?: string; readonly isDarkTheme?: boolean } | undefined): PaneTheme {
  if (!theme) return "light";
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme.bodyBackgroundColor ?? "");
  if (!m) return "light";
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "ff", 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}
