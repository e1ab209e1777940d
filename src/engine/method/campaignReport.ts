import type { CampaignMeasure } from "./campaignColumns";
import type { CampaignLine } from "./campaignFigures";

/** The report's `campaign`: one line per segment, and the whole campaign. Its own file: report.ts needs it, and campaignTable needs the Plan. */
export interface ReportCampaign {
  readonly columns: Readonly<Partial<Record<CampaignMeasure | "label", string>>>;
  readonly lines: readonly CampaignLine[];
  readonly total: CampaignLine;
}
