import { defineMessages } from "../i18n/defineMessages";

/** What the segment job writes and says, French first. */
export const segmentText = defineMessages(
  {
    defaultName: "Segment {number}",
    yes: "oui",
    no: "non",
    summarySheet: "Segments",
    title: "Segments de « {sheet} » ({rows} lignes)",
    name: "Segment",
    where: "Condition",
    count: "Lignes",
    share: "Part",
    copyPrefix: "Seg. ",
  },
  {
    defaultName: "Segment {number}",
    yes: "yes",
    no: "no",
    summarySheet: "Segments",
    title: 'Segments of "{sheet}" ({rows} rows)',
    name: "Segment",
    where: "Condition",
    count: "Rows",
    share: "Share",
    copyPrefix: "Seg. ",
  },
);
