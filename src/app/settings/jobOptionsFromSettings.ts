import type { Lang } from "../../engine/i18n/lang";
import { DEFAULT_REQUIRED_FIELDS } from "../../engine/structure/structureOptions";
import type { JobOptions } from "../jobProtocol";
import type { TriaSettings } from "./triaSettings";
import { pointsGridIfValid } from "./methodSettings";

/** The jobs' options from the saved settings: one place, shared by the pane and the ribbon buttons. */
export function jobOptionsFromSettings(settings: TriaSettings, lang: Lang): JobOptions {
  const referenceDate = settings.referenceDate ? new Date(`${settings.referenceDate}T00:00:00Z`) : null;
  const points = pointsGridIfValid(settings.pointsGrid);
  return {
    lang,
    rolesByHeader: settings.rolesByHeader,
    operations: settings.operations,
    volatileRoles: settings.volatileRoles,
    requiredFields: DEFAULT_REQUIRED_FIELDS.filter((field) => settings.requiredFields.includes(field.name)),
    classes: settings.classes,
    ...(referenceDate && !Number.isNaN(referenceDate.getTime()) ? { referenceDate } : {}),
    ...(settings.scoresOnOrders ? { onOrders: true } : {}),
    ...(Object.keys(settings.dataKindsByHeader).length > 0 ? { dataKinds: settings.dataKindsByHeader } : {}),
    ...(points ? { points } : {}),
  };
}
