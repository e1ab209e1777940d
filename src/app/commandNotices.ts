import type { Lang } from "../engine/i18n/lang";

/**
 * What a ribbon button has to say once its job ended. Excel gives ExecuteFunction commands no
 * toast API (Outlook's notificationMessages is mailbox-only; Office docs, "Add-in commands"):
 * the shared runtime lets the command and the taskpane talk in memory, so the pane shows the
 * notice — and a failure also opens the pane so it is seen (Office.addin.showAsTaskpane).
 */
export interface CommandNotice {
  readonly ok: boolean;
  readonly messages: Readonly<Record<Lang, string>>;
}

export type NoticeListener = (notice: CommandNotice) => void;

export interface CommandNotices {
  publish(notice: CommandNotice): void;
  /** A listener gets the last notice at once when one came before it subscribed. */
  subscribe(listener: NoticeListener): () => void;
}

export function createCommandNotices(): CommandNotices {
  const listeners = new Set<NoticeListener>();
  let last: CommandNotice | null = null;
  return {
    publish(notice) {
      last = notice;
      for (const listener of listeners) listener(notice);
    },
    subscribe(listener) {
      listeners.add(listener);
      if (last) listener(last);
      return () => void listeners.delete(listener);
    },
  };
}

/** The one channel of the shared runtime page. */
export const commandNotices = createCommandNotices();
