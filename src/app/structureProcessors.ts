import type { ColumnProcessor } from "../engine/structure/columnProcessor";
import { FIELD_PROCESSORS } from "../engine/structure/processors";
import { addressProcessor } from "../engine/structure/processors/addressProcessor";
import { sireneProcessor } from "../engine/structure/processors/sireneProcessor";
import type { SireneIndex } from "../engine/structure/sirene/sireneIndex";
import { buildPostalIndex, type PackedPostalCodes, type PostalIndex } from "../engine/structure/address";
// Written by `npm install` (the prepare script, src/tools/packPostalCodes.ts) from codes-postaux.
import packedPostalCodes from "../engine/structure/address/data/postalCodes.generated.json";

let postalIndex: PostalIndex | null = null;

/** The official postal-code base, indexed once per process (about a quarter of a second). */
export function postalCodeIndex(): PostalIndex {
  postalIndex ??= buildPostalIndex(packedPostalCodes as unknown as PackedPostalCodes);
  return postalIndex;
}

/**
 * The Structure job's processors, with the data they need: the app loads the postal-code base
 * and hands it to the engine, which does no I/O.
 */
export function structureProcessors(sirene?: SireneIndex): ColumnProcessor[] {
  const base = [addressProcessor(postalCodeIndex()), ...FIELD_PROCESSORS];
  return sirene ? [...base, sireneProcessor(sirene)] : base;
}
