/**
 * Lets a ribbon command ask the taskpane to run an inspection. In the shared runtime the commands
 * and the taskpane run in one page (taskpane.html), so a plain in-memory channel is enough.
 * A request made before the taskpane has subscribed is kept and run on subscription.
 */
export type InspectListener = () => Promise<void>;

export interface InspectRequests {
  request(): Promise<void>;
  subscribe(listener: InspectListener): () => void;
}

export function createInspectRequests(): InspectRequests {
  let listener: InspectListener | null = null;
  let pending = false;
  return {
    request() {
      if (listener) return listener();
      pending = true;
      return Promise.resolve();
    },
    subscribe(next) {
      listener = next;
      if (pending) {
        pending = false;
        void next();
      }
      return () => {
        if (listener === next) listener = null;
      };
    },
  };
}

/** The one channel of the shared runtime page (index.tsx subscribes, commands.ts requests). */
export const taskpaneInspectRequests = createInspectRequests();
