import type { ColumnProcessor } from "../columnProcessor";
import { phoneProcessor } from "./phoneProcessor";
import { emailProcessor } from "./emailProcessor";
import { siretProcessor } from "./siretProcessor";
import { companyProcessor, fullNameProcessor } from "./nameProcessor";
import { textProcessor } from "./textProcessor";
import { dateValueProcessor, numberValueProcessor } from "./valueProcessor";

/** The processors that need no data file; the address processor takes the postal base. */
export const FIELD_PROCESSORS: readonly ColumnProcessor[] = [
  fullNameProcessor,
  companyProcessor,
  phoneProcessor,
  emailProcessor,
  siretProcessor,
  textProcessor,
  dateValueProcessor,
  numberValueProcessor,
];
