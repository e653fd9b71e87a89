/**
 * One refresh at a time in a shared workbook (issue 13 §7). A refresh records itself in the
 * workbook's settings (`kpiScorecard.refreshLock`: its token, who, when, until when) in its second
 * sync, checks in its last-but-one sync that the record is still its own, and removes it in its last
 * sync. Settings are part of the file, so co-authors see them (Excel merges co-authors' changes to the
 * file; see docs/refresh-in-place.md for what that can and cannot promise). A second refresh that finds
 * a live record of another run refuses with a message saying who and since when; a record older than
 * {@link LOCK_MINUTES} is abandoned (a closed pane, a crashed Excel) and is replaced.
 */
import type { Bilingual } from "../../engine";
import { WorkbookError } from "../port";

export const LOCK_KEY = "kpiScorecard.refreshLock";

/** How long a refresh may hold the workbook: far longer than a refresh of 100,000 KPIs takes. */
export const LOCK_MINUTES = 5;

export interface RefreshLock {
  readonly token: string;
  readonly user: string;
  /** When it was taken (as shown: `2027-03-01 09:30`). */
  readonly started: string;
  /** Expiry, milliseconds since 1970 (UTC). */
  readonly expires: number;
}

/**
 * Reads a lock setting; anything malformed reads as no lock.
 * @param value the setting's value (object or JSON text)
 * @returns the lock, or undefined
 * @example parseLock({ token: "a", user: "", started: "", expires: 5 })?.token // "a"
 */
export function parseLock(value: unknown): RefreshLock | undefined {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      return undefined;
    }
  }
  if (v === null || typeof v !== "object" || Array.isArray(v)) return undefined;
  const raw = v as Record<string, unknown>;
  if (typeof raw.token !== "string" || raw.token === "" || typeof raw.expires !== "number" || !Number.isFinite(raw.expires)) return undefined;
  return {
    token: raw.token,
    user: typeof raw.user === "string" ? raw.user : "",
    started: typeof raw.started === "string" ? raw.started : "",
    expires: raw.expires,
  };
}

/**
 * Whether a lock keeps this run out: another run's, not expired.
 * @param lock the lock found (or none)
 * @param token this run's token
 * @param now milliseconds since 1970
 * @returns true when this run must not go on
 */
export function lockBlocks(lock: RefreshLock | undefined, token: string, now: number): lock is RefreshLock {
  return lock !== undefined && lock.token !== token && lock.expires > now;
}

/**
 * The lock this run records.
 * @param token this run's token
 * @param user who refreshes (may be blank)
 * @param started when, as shown
 * @param now milliseconds since 1970
 * @returns the lock
 */
export function newLock(token: string, user: string | undefined, started: string, now: number): RefreshLock {
  return { token, user: user ?? "", started, expires: now + LOCK_MINUTES * 60_000 };
}

/**
 * The refusal a second refresh meets.
 * @param lock the other run's lock
 * @returns the error, saying who and since when
 */
export function busyError(lock: RefreshLock): WorkbookError {
  const who = lock.user !== "" ? lock.user : undefined;
  const text: Bilingual = {
    en: `${who ?? "Someone else"} started refreshing this scorecard${lock.started !== "" ? ` at ${lock.started}` : ""}. Wait until it finishes (at most ${LOCK_MINUTES} minutes), then refresh again. Nothing was changed.`,
    zh: `${who ?? "其他人"}${lock.started !== "" ? `于 ${lock.started} ` : ""}开始刷新此计分卡。请等待其完成（最多 ${LOCK_MINUTES} 分钟）后再次刷新。工作簿未做任何更改。`,
  };
  return new WorkbookError("REFRESH_BUSY", text);
}

/** What the lock check after the last-but-one sync found, when another run took over meanwhile. */
export function lostLockError(lock: RefreshLock | undefined): WorkbookError {
  return lock === undefined
    ? new WorkbookError("REFRESH_BUSY", {
        en: "This refresh's record in the workbook disappeared while it ran (another refresh or a co-author removed it). Nothing was changed; refresh again.",
        zh: "刷新过程中，本次刷新在工作簿中的记录被移除（另一次刷新或其他协作者所为）。工作簿未做任何更改；请再次刷新。",
      })
    : busyError(lock);
}
