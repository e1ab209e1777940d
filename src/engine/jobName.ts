/** The jobs Tria runs: the Plan and the report both name them (own file: no plan ↔ report cycle). */
export type JobName = "inspect" | "structure" | "dedupe" | "score" | "predict" | "comply" | "segment" | "campaign" | "calls";
