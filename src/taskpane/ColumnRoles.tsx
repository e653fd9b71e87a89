import { Dropdown, makeStyles, Option, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { DetectedTable, ColumnOverrides } from "../excel/port";
import { columnLetter, parseRangeStart } from "./a1";
import { rolesByColumn, withRole, type RoleChoice } from "./columnOverrides";
import { ROLE_LABEL, ROLES } from "./labels";
import { useLocale } from "./useLocale";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.2fr)", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, margin: 0 },
  header: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", margin: 0 },
  dropdown: { minWidth: "0" },
  hint: { color: tokens.colorNeutralForeground3, margin: 0 },
  warning: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  pair: { display: "contents" },
  value: { margin: 0 },
});

export interface ColumnRolesProps {
  readonly table: DetectedTable;
  readonly overrides: ColumnOverrides;
  readonly onChange: (overrides: ColumnOverrides) => void;
  /** Detection missed a role the evaluation needs: say which, and focus the first unused column. */
  readonly uncertain?: "name" | "values";
}

/** Every non-history column of the KPI table with its role, correctable from a dropdown. */
export function ColumnRoles({ table, overrides, onChange, uncertain }: ColumnRolesProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const list = useRef<HTMLDListElement>(null);
  useEffect(() => {
    if (!uncertain) return;
    const unused = [...(list.current?.querySelectorAll<HTMLElement>("[role=combobox]") ?? [])].find((e) => e.dataset.role === "none");
    unused?.focus();
  }, [uncertain]);
  const width = table.headers.length;
  const roles = rolesByColumn(table.columns, overrides, width);
  const targets = table.columns.periodTargets ?? [];
  // History and per-period target columns are listed below, not given a role one by one.
  const history = new Set([...table.columns.history, ...targets.map((p) => p.column)]);
  const offset = parseRangeStart(table.ref.address)?.column ?? 0;
  const label = (role: RoleChoice) => t(role === "none" ? "roleNone" : ROLE_LABEL[role]);
  const firstHistory = table.headers[table.columns.history[0] ?? -1];
  const lastHistory = table.headers[table.columns.history[table.columns.history.length - 1] ?? -1];
  return (
    <>
      <h3 className={styles.heading}>{t("columnsHeading")}</h3>
      {uncertain ? (
        <p className={styles.warning} role="alert">
          {t(uncertain === "name" ? "rolesMissingName" : "rolesMissingValues")}
        </p>
      ) : (
        <p className={styles.hint}>{t("columnsHint")}</p>
      )}
      <dl className={styles.list} ref={list}>
        {table.headers.map((header, column) => {
          if (history.has(column)) return null;
          const role = roles[column] ?? "none";
          const name = `${columnLetter(offset + column)}`;
          return (
            <div key={column} className={styles.pair}>
              <dt className={styles.header} title={header}>
                {name}: {header || "—"}
              </dt>
              <dd className={styles.value}>
                <Dropdown
                  className={styles.dropdown}
                  size="small"
                  aria-label={t("columnRoleLabel", { column: name, header })}
                  data-role={role}
                  value={label(role)}
                  selectedOptions={[role]}
                  onOptionSelect={(_, data) => onChange(withRole(table.columns, overrides, column, (data.optionValue ?? "none") as RoleChoice, width))}
                >
                  {/* A role can be moved to another column but not switched off (the port has no "not used"). */}
                  <Option value="none" disabled={role !== "none"}>
                    {t("roleNone")}
                  </Option>
                  {ROLES.map((r) => (
                    <Option key={r} value={r}>
                      {t(ROLE_LABEL[r])}
                    </Option>
                  ))}
                </Dropdown>
              </dd>
            </div>
          );
        })}
      </dl>
      <p className={styles.hint}>
        {firstHistory !== undefined && lastHistory !== undefined
          ? t("historyColumns", { count: table.columns.history.length, first: firstHistory, last: lastHistory })
          : t("noHistory")}
      </p>
      {targets.length > 0 && (
        <p className={styles.hint}>
          {t("periodTargetColumns", { count: targets.length, first: table.headers[targets[0]?.column ?? -1] ?? "", last: table.headers[targets[targets.length - 1]?.column ?? -1] ?? "" })}
        </p>
      )}
    </>
  );
}
