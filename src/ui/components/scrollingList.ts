import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** A list without bullets that scrolls past `maxHeight`: the result lists of the tabs (calls, GDPR findings, flagged cells). */
export function scrollingList(maxHeight: string, gap: string = tokens.spacingVerticalXS): GriffelStyle {
  return { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap, maxHeight, overflowY: "auto" };
}
