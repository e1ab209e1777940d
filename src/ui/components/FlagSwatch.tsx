import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { FLAG_OUTLINES, FLAG_STYLES, FLAG_SYMBOLS, type FlagKind } from "../../engine/legend";

const useStyles = makeStyles({
  swatch: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    width: "20px",
    height: "18px",
    boxSizing: "border-box",
    fontSize: "12px",
    lineHeight: 1,
    color: tokens.colorNeutralForeground1,
  },
});

/**
 * The look of a flagged cell (the legend's fill or border) with an outline of 3:1 or more
 * against the page and the kind's symbol; the words are given beside it, so it is hidden from
 * screen readers.
 */
export function swatchStyle(kind: FlagKind): { backgroundColor?: string; border: string; color?: string } {
  const style = FLAG_STYLES[kind];
  const outline = FLAG_OUTLINES[kind];
  return {
    ...(style.fill ? { backgroundColor: `#${style.fill}` } : { color: `#${outline}` }),
    border: `2px ${style.borderStyle ?? "solid"} #${outline}`,
  };
}

export function FlagSwatch({ kind, className }: { kind: FlagKind; className?: string }) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.swatch, className)} style={swatchStyle(kind)} aria-hidden="true" data-swatch={kind}>
      {FLAG_SYMBOLS[kind]}
    </span>
  );
}
