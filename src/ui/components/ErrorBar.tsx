import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import { t } from "../i18n/strings";
import { describeError } from "../describeError";

/** What went wrong and what to do about it, never a bare console.log (STYLE.md). */
export function ErrorBar({ lang, error }: { lang: Lang; error: unknown }) {
  const { message, actionable } = describeError(error, lang);
  return (
    // role=alert: an error is announced at once, whatever the screen reader was saying.
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t(lang, "errorTitle")}</MessageBarTitle>
        {message || t(lang, "unknownError")}
        {!actionable && ` ${t(lang, "errorWhatToDo")}`}
      </MessageBarBody>
    </MessageBar>
  );
}
