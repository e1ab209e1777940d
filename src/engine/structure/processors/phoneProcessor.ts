import type { ColumnProcessor } from "../columnProcessor";
import { normalizePhone } from "../phones/normalizePhone";
import type { PhoneType } from "../../contact/frenchNumberingPlan";
import { cellInput, ColumnCollector, headersAfter } from "./cellInput";

const TYPE_LABELS: Readonly<Record<PhoneType, { fr: string; en: string }>> = {
  fixed: { fr: "fixe", en: "landline" },
  mobile: { fr: "mobile", en: "mobile" },
  voip: { fr: "VoIP", en: "VoIP" },
  other: { fr: "autre", en: "other" },
};

/** Phones: the national writing, E.164 for tools and dialers, and the line type. */
export const phoneProcessor: ColumnProcessor = {
  operation: "phones",
  roles: ["phone", "mobile"],
  process(values, context, source) {
    const out = new ColumnCollector(
      values.length,
      headersAfter(source.header, {
        national: { fr: "national", en: "national" },
        e164: { fr: "E.164", en: "E.164" },
        type: { fr: "type", en: "type" },
      }),
    );
    values.forEach((value, row) => {
      const text = cellInput(value);
      if (text === null) return;
      const phone = normalizePhone(text, context.defaultCountry);
      out.set("national", row, phone.national);
      out.set("e164", row, phone.e164);
      if (phone.type) out.set("type", row, TYPE_LABELS[phone.type][context.lang]);
      out.flag(row, phone.issues);
    });
    return { parts: out.parts(), issues: out.issues };
  },
};
