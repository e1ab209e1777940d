import { useRef, useState, type DragEvent } from "react";
import { Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import type { Lang } from "../engine/i18n/lang";
import { t } from "../ui/i18n/strings";
import { ACCEPTED_EXTENSIONS } from "./acceptedFile";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    cursor: "pointer",
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hint: { color: tokens.colorNeutralForeground2 },
  hidden: { display: "none" },
});

export interface FilePickerProps {
  readonly lang: Lang;
  readonly fileName: string | null;
  readonly onFile: (file: File) => void;
}

/** Drop zone + button for one .xlsx/.csv file; the file never leaves the browser (DESIGN.md §8). */
export function FilePicker({ lang, fileName, onFile }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      // The hint says "click to choose": a click anywhere in the zone opens the picker (the
      // button inside is the keyboard's way, Enter or Space, so the zone holds one control).
      onClick={(event) => {
        if (event.target instanceof HTMLElement && event.target.closest("button")) return;
        input.current?.click();
      }}
      data-testid="drop-zone"
    >
      <Subtitle2 as="h2">{t(lang, "fileTitle")}</Subtitle2>
      <Caption1 className={styles.hint}>{t(lang, "fileHint")}</Caption1>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={ACCEPTED_EXTENSIONS.join(",")}
        aria-label={t(lang, "fileChoose")}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
        }}
      />
      <Button onClick={() => input.current?.click()}>{t(lang, "fileChoose")}</Button>
      {fileName && <Caption1>{t(lang, "fileChosen", { name: fileName })}</Caption1>}
    </div>
  );
}
