/**
 * The sidebar's `t`: its own words and the shared ones (see en.ts, messages.ts), so that
 * dist/Sidebar.html carries none of the report's texts. English only, like the sidebar.
 */
import { sharedEn, sidebarEn } from "./en";
import { fill, type MessageParams, type SharedKey } from "./messages";

/** A key the sidebar says. */
export type SidebarKey = SharedKey | keyof typeof sidebarEn;

export function t(key: SidebarKey, params?: MessageParams): string {
  return fill(
    key in sidebarEn ? sidebarEn[key as keyof typeof sidebarEn] : sharedEn[key as SharedKey],
    params,
  );
}
