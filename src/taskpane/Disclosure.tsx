import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useId, useState, type ReactNode } from "react";
import { useLocale } from "./useLocale";

const useStyles = makeStyles({
  root: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingBlock: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  toggle: { justifyContent: "flex-start", width: "100%", fontSize: tokens.fontSizeBase400 },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalS },
});

export interface DisclosureProps {
  readonly title: string;
  /** Rendered (and so lazily loaded) only while open. */
  readonly children: ReactNode;
  /** @default false */
  readonly defaultOpen?: boolean;
}

/** A section that opens on demand: its heading is a button with `aria-expanded`. */
export function Disclosure({ title, children, defaultOpen = false }: DisclosureProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <section className={styles.root} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className={styles.heading}>
        <Button appearance="subtle" className={styles.toggle} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          <span aria-hidden="true">{open ? "▾" : "▸"}&nbsp;</span>
          {title}
        </Button>
      </h2>
      {open && (
        <div id={id} className={styles.body}>
          <Suspense fallback={<span>{t("loading")}</span>}>{children}</Suspense>
        </div>
      )}
    </section>
  );
}
