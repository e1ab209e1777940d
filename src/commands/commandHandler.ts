/**
 * Wraps a ribbon job so that Office always hears event.completed(), even when the job fails:
 * without it the button stays busy and Office shows an error (Microsoft docs, "Create add-in
 * commands": ExecuteFunction handlers must call completed()). Failures are shown in the taskpane.
 */
export interface CommandEvent {
  completed(): void;
}

export function commandHandler(job: () => Promise<void>): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      await job();
    } catch (error) {
      // The taskpane's MessageBar shows inspection errors; this is only for what happens before it.
      console.error("Tria command failed", error);
    } finally {
      event.completed();
    }
  };
}
