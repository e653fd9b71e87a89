import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Lang, Objective } from "../engine";
import type { CellTarget, ColumnOverrides, CompanyOutcome, DetectedTable, Detection, EvaluateOutcome, ProgressStep, StoredState, WorkbookPort } from "../excel/port";
import { requestColumns } from "./columnOverrides";
import { todaySerial } from "./excelDate";
import { chooseStrategy, storedStrategyTable, type StrategyChoice, type StrategyPick } from "./strategyChoice";

/** Language choice in the pane: a language, or follow Office. */
export type LanguageChoice = Lang | "office";

/**
 * Settings, objectives and language as edited in the pane (issue 14 §1): they apply to the next
 * Evaluate at once; with `PaneState.keep` they are also saved in the workbook then. Absent fields
 * fall back to what the workbook stores.
 */
export interface Draft {
  readonly objectives?: readonly Objective[];
  readonly settings?: StoredState["settings"];
  readonly language?: LanguageChoice;
}

/** What the pane shows; see {@link usePane}. */
export interface PaneState {
  readonly officeLang: Lang;
  /** Display language: the pane's choice, else the stored one, else Office's. */
  readonly lang: Lang;
  readonly stored: StoredState;
  /** Edits not yet used by an evaluation (see {@link Draft}). */
  readonly draft: Draft;
  /** Whether the next Evaluate saves the settings, objectives and language in the workbook. */
  readonly keep: boolean;
  /** What the next Evaluate uses: the draft over the stored state. */
  readonly effective: { readonly objectives: readonly Objective[]; readonly settings: StoredState["settings"]; readonly language: LanguageChoice };
  readonly detection?: Detection;
  readonly detecting: boolean;
  readonly table?: DetectedTable;
  readonly overrides: ColumnOverrides;
  /** The user's pick of objectives (a strategy table's address or "typed"); undefined = automatic. */
  readonly strategyPick: StrategyPick;
  /** The objectives the next Evaluate uses: a strategy table (same sheet, or picked) or the typed ones. */
  readonly strategy: StrategyChoice;
  readonly busy: boolean;
  readonly progress?: ProgressStep;
  readonly outcome?: EvaluateOutcome;
  /** The last Company roll-up. */
  readonly company?: CompanyOutcome;
  /** The source changed after `outcome` was computed: the figures may be out of date. */
  readonly stale: boolean;
  readonly error?: unknown;
  /** A short confirmation ("Saved", "Inserted …"), already translated by the caller. */
  readonly notice?: string;
}

/** What the pane can do; each action reports failures through `PaneState.error`. */
export interface PaneActions {
  readonly detect: () => Promise<void>;
  readonly chooseTable: (address: string) => void;
  readonly useSelection: () => Promise<void>;
  /** Turns the chosen plain-range table into an Excel table; resolves to its name (undefined on failure). */
  readonly convertToTable: () => Promise<string | undefined>;
  /** Writes the sample; resolves to the sheet written (undefined on failure). */
  readonly insertSample: () => Promise<string | undefined>;
  readonly setOverrides: (overrides: ColumnOverrides) => void;
  readonly setStrategyPick: (pick: StrategyPick) => void;
  /** Evaluates the chosen team tables and writes the Company roll-up; saves the teams when `keep`. */
  readonly evaluateCompany: (teams: NonNullable<StoredState["company"]>) => Promise<void>;
  /** Edits settings, objectives or language for the next Evaluate. */
  readonly setDraft: (patch: Partial<Draft>) => void;
  readonly setKeep: (keep: boolean) => void;
  readonly evaluate: () => Promise<void>;
  readonly select: (target: CellTarget) => Promise<void>;
  readonly activeCell: () => Promise<CellTarget | undefined>;
  readonly insertFormula: (formula: string) => Promise<CellTarget | undefined>;
  readonly dismissError: () => void;
}

const sameTable = (a: DetectedTable, address: string) => a.ref.address === address;

/** Quiet time after the last change before the pane calls its results stale. */
export const STALE_DEBOUNCE_MS = 400;

/**
 * The pane's state and every workbook action, over the port. Errors are kept in `error` (shown in a
 * MessageBar), never swallowed.
 * @param port the workbook port (Office.js in the add-in, the in-memory host in the demo and tests)
 * @returns `[state, actions]`
 */
export function usePane(port: WorkbookPort): [PaneState, PaneActions] {
  const [officeLang, setOfficeLang] = useState<Lang>("en");
  const [stored, setStored] = useState<StoredState>({});
  const [detection, setDetection] = useState<Detection>();
  const [detecting, setDetecting] = useState(true);
  const [table, setTable] = useState<DetectedTable>();
  const [overrides, setOverrides] = useState<ColumnOverrides>({});
  const [strategyPick, setStrategyPick] = useState<StrategyPick>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ProgressStep>();
  const [outcome, setOutcome] = useState<EvaluateOutcome>();
  const [error, setError] = useState<unknown>();
  const [draft, setDraftState] = useState<Draft>({});
  const [keep, setKeep] = useState(true);
  const [stale, setStale] = useState(false);
  const [company, setCompany] = useState<CompanyOutcome>();
  const staleTimer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(staleTimer.current), []);

  const guard = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      setError(undefined);
      return await work();
    } catch (e) {
      // Shown in the MessageBar; the console keeps the cause for whoever diagnoses it.
      console.error("KPI Scorecard:", e, e instanceof Error ? e.cause : undefined);
      setError(e);
      return undefined;
    }
  }, []);

  const detect = useCallback(async (prefer?: string) => {
    setDetecting(true);
    await guard(async () => {
      const found = await port.detect();
      setDetection(found);
      setTable((old) => found.kpiTables.find((t) => sameTable(t, prefer ?? old?.ref.address ?? "")) ?? found.kpiTables[0]);
    });
    setDetecting(false);
  }, [port, guard]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const init = await guard(async () => {
        const [lang, saved] = await Promise.all([port.language(), port.readState()]);
        return { lang, saved };
      });
      if (!live) return;
      if (init) {
        setOfficeLang(init.lang);
        setStored(init.saved);
        if (init.saved.columns) setOverrides(init.saved.columns);
      }
      await detect(init?.saved.kpiTable?.address);
    })();
    return () => {
      live = false;
    };
  }, [port, guard, detect]);

  // A Refresh asked for before a table is known (e.g. from the ribbon while the pane is still
  // detecting) runs once detection has found one; it is dropped when detection finds none.
  const refreshWanted = useRef(false);

  const effective = {
    objectives: draft.objectives ?? stored.objectives ?? [],
    settings: draft.settings ?? stored.settings,
    language: draft.language ?? stored.language ?? "office",
  } as const;
  const lang = effective.language === "office" ? officeLang : effective.language;
  // An explicit pick in the pane, else the table stored for this KPI table (never another table's).
  const storedPick = stored.strategyTable && stored.kpiTable?.address === table?.ref.address ? stored.strategyTable.address : undefined;
  const strategy = chooseStrategy(detection, table, strategyPick ?? storedPick);
  const state: PaneState = { officeLang, lang, stored, draft, keep, effective, detection, detecting, table, overrides, strategyPick, strategy, busy, progress, outcome, company, stale, error };
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });

  const actions = useMemo<PaneActions>(() => ({
    detect: () => detect(),
    chooseTable: (address) => {
      const next = latest.current.detection?.kpiTables.find((t) => sameTable(t, address));
      if (next) { setTable(next); setOverrides({}); }
    },
    useSelection: async () => {
      await guard(async () => {
        const picked = await port.fromSelection();
        setDetection((d) => ({ kpiTables: [picked, ...(d?.kpiTables ?? []).filter((t) => !sameTable(t, picked.ref.address))], strategyTables: d?.strategyTables ?? [] }));
        setTable(picked);
        setOverrides({});
      });
    },
    convertToTable: async () => {
      const s = latest.current;
      const from = s.table;
      if (!from || from.ref.kind !== "range") return undefined;
      const made = await guard(async () => {
        const ref = await port.convertToTable(from);
        await port.saveState({ ...s.stored, kpiTable: ref, columns: s.overrides });
        return ref;
      });
      if (!made) return undefined;
      setStored((old) => ({ ...old, kpiTable: made }));
      await detect(made.address);
      return made.name;
    },
    insertSample: async () => {
      const written = await guard(() => port.insertSample(latest.current.lang));
      if (!written) return undefined;
      setOverrides({});
      await detect(written.kpiTable.address);
      return written.kpiTable.sheet;
    },
    setOverrides,
    setStrategyPick,
    evaluate: async () => {
      const s = latest.current;
      if (s.busy) return;
      const kpiTable = s.table;
      if (!kpiTable) {
        refreshWanted.current = true;
        if (!s.detecting) await detect();
        return;
      }
      setBusy(true);
      // Changes made before this evaluation reads the source are in it: a pending stale notice is dropped.
      clearTimeout(staleTimer.current);
      setStale(false);
      setProgress("reading");
      const strategyTable = s.strategy.kind === "table" ? s.strategy.table : undefined;
      const { objectives, settings, language } = s.effective;
      // Kept edits are saved with the table choice; otherwise the workbook keeps what it had.
      const kept: StoredState = s.keep
        ? { ...s.stored, objectives, ...(settings ? { settings } : {}), language: language === "office" ? undefined : language, strategyTable: storedStrategyTable(s.strategy) }
        : s.stored;
      const next: StoredState = { ...kept, kpiTable: kpiTable.ref, columns: s.overrides };
      const result = await guard(async () => {
        await port.saveState(next);
        setStored(next);
        if (s.keep) setDraftState({});
        return port.evaluate(
          {
            kpiTable: kpiTable.ref,
            ...(Object.keys(requestColumns(s.overrides)).length > 0 ? { columns: requestColumns(s.overrides) } : {}),
            strategy: strategyTable ? { table: strategyTable.ref } : { objectives },
            settings: { ...settings, asOf: settings?.asOf ?? todaySerial() },
            language: s.lang,
          },
          (step) => setProgress(step),
        );
      });
      if (result) setOutcome(result);
      const grown = result?.kpiTable;
      if (grown) {
        // A plain range that grew: keep using (and store) the range that was read.
        const next = { ...kpiTable, ref: grown, rowCount: result.evaluation.kpis.length };
        setTable(next);
        setDetection((d) => d && { ...d, kpiTables: d.kpiTables.map((t) => (sameTable(t, kpiTable.ref.address) ? next : t)) });
        const withGrown = { ...next, kpiTable: grown };
        if (await guard(async () => { await port.saveState(withGrown); return true; })) setStored(withGrown);
      }
      if (result) {
        // Say when the source changes after this evaluation (debounced: a paste is many changes).
        const watched = [result.kpiTable ?? kpiTable.ref, ...(strategyTable ? [strategyTable.ref] : [])];
        port
          .watch(watched, () => {
            clearTimeout(staleTimer.current);
            staleTimer.current = setTimeout(() => setStale(true), STALE_DEBOUNCE_MS);
          })
          .catch((e: unknown) => console.warn("KPI Scorecard: cannot watch the source for changes", e));
      }
      setProgress(result ? "done" : undefined);
      setBusy(false);
    },
    evaluateCompany: async (teams) => {
      const s = latest.current;
      if (s.busy) return;
      setBusy(true);
      const { settings } = s.effective;
      const result = await guard(async () => {
        if (s.keep) {
          const next = { ...s.stored, company: teams };
          await port.saveState(next);
          setStored(next);
        }
        return port.evaluateCompany({
          teams: teams.map((team) => {
            const detected = s.detection?.kpiTables.find((t) => t.ref.address === team.table.address);
            const objectives = s.detection?.strategyTables.find((t) => t.ref.sheet === team.table.sheet);
            return {
              name: team.name,
              ...(team.weight === undefined ? {} : { weight: team.weight }),
              request: {
                kpiTable: team.table,
                // each team's own strategy: a strategy table on its sheet, else none
                strategy: objectives ? { table: objectives.ref } : { objectives: [] },
                settings: { ...settings, asOf: settings?.asOf ?? todaySerial() },
                language: s.lang,
                ...(detected && detected.ref.address === s.table?.ref.address && Object.keys(requestColumns(s.overrides)).length > 0 ? { columns: requestColumns(s.overrides) } : {}),
              },
            };
          }),
          language: s.lang,
        });
      });
      if (result) setCompany(result);
      setBusy(false);
    },
    setDraft: (patch) => setDraftState((d) => ({ ...d, ...patch })),
    setKeep,
    select: async (target) => { await guard(() => port.select(target)); },
    activeCell: () => guard(() => port.activeCell()),
    insertFormula: (formula) => guard(() => port.insertFormula(formula)),
    dismissError: () => setError(undefined),
  }), [port, guard, detect]);

  useEffect(() => {
    if (detecting || busy || !refreshWanted.current) return;
    refreshWanted.current = false;
    if (table) void actions.evaluate();
  }, [detecting, busy, table, actions]);

  return [state, actions];
}
