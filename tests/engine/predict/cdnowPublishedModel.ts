import type { StoredModel } from "../../../src/engine/predict/storedModel";

/**
 * Fader, Hardie & Lee's published CDNOW parameters (BG/NBD, weeks) and the Gamma-Gamma note's,
 * as Predict stores a model: what the Excel and Google Sheets model functions are checked against.
 */
export const CDNOW: StoredModel = {
  unit: "weeks",
  unitDays: 7,
  horizon: 39,
  discount: 0.1,
  margin: 0.3,
  calibrationEnd: "1997-09-30",
  bgNbd: { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 },
  gammaGamma: { p: 6.25, q: 3.74, v: 15.44 },
  populationSpend: 35.0,
};
