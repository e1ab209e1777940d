/**
 * The R×F heat map's fills, from few customers to many (a white-to-green ramp like Excel's
 * "Green - White" colour scale). Flag colours live in legend.ts; these only shade the summary.
 */
export const HEAT_RAMP: readonly string[] = ["FFFFFF", "E2F0D9", "C5E0B4", "A9D18E", "70AD47", "548235"];
export const TITLE_FILL = "DDEBF7";
