import { useCallback, useEffect, useReducer, useRef, useState, type ReactNode } from "react";
import type { Lang } from "../engine/i18n/lang";
import type { Report } from "../engine/report";
import { IDLE, inspectReducer } from "./inspectState";
import type { InspectListener } from "./inspectRequests";
import { InspectView } from "./components/InspectView";

/** What the UI can ask of its host; the taskpane wires Excel, the web page a file, tests a fake. */
export interface TriaOperations {
  inspect(lang: Lang): Promise<Report>;
}

export interface AppProps {
  readonly operations: TriaOperations;
  readonly initialLang: Lang;
  /** "sheet" in Excel, "file" on the stand-alone page: only changes the button's words. */
  readonly target?: "sheet" | "file";
  readonly canInspect?: boolean;
  /** Extra controls above the button (the web page's file picker), in the current language. */
  readonly renderSource?: (lang: Lang) => ReactNode;
  /** Lets ribbon commands (or a newly dropped file) start an inspection. */
  readonly subscribeInspectRequests?: (listener: InspectListener) => () => void;
  readonly onLangChange?: (lang: Lang) => void;
}

export function App(props: AppProps) {
  const { operations, subscribeInspectRequests, onLangChange } = props;
  const [lang, setLang] = useState<Lang>(props.initialLang);
  const [state, dispatch] = useReducer(inspectReducer, IDLE);
  const langRef = useRef(lang);
  langRef.current = lang;

  const inspect = useCallback(async () => {
    dispatch({ type: "start" });
    try {
      dispatch({ type: "success", report: await operations.inspect(langRef.current) });
    } catch (error) {
      dispatch({ type: "failure", error });
    }
  }, [operations]);

  useEffect(() => subscribeInspectRequests?.(inspect), [subscribeInspectRequests, inspect]);

  const changeLang = (next: Lang) => {
    setLang(next);
    onLangChange?.(next);
  };

  return (
    <InspectView
      state={state}
      lang={lang}
      target={props.target ?? "sheet"}
      canInspect={props.canInspect ?? true}
      source={props.renderSource?.(lang)}
      onInspect={() => void inspect()}
      onLangChange={changeLang}
    />
  );
}
