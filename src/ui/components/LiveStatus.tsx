import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Read by screen readers, not drawn: what it says is already on screen in its own place.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/**
 * A polite live region that exists before its text changes (a region added with its text is
 * often not announced): progress phases, results and "cancelled" are spoken as they happen.
 */
export function LiveStatus({ text, testId }: { text: string; testId?: string }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden} data-testid={testId}>
      {text}
    </div>
  );
}
