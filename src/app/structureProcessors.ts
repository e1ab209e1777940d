import type { ColumnProcessor } from "../engine/structure/columnProcessor";
import { FIELD_PROCESSORS } from "../engine/structure/processors";

/**
 * The Structure job's processors, with the data they need (the postal-code base is loaded
 * here, by the app, and handed to the engine: the engine does no I/O).
 */
export function structureProcessors(): ColumnProcessor[] {
  return [...FIELD_PROCESSORS];
}
