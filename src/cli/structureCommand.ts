import type { Command } from "commander";
import { runStructure } from "../app/runStructure";
import { STRUCTURE_OPERATIONS, type RequiredField, type StructureOperation } from "../engine/structure/structureOptions";
import { isColumnRole } from "../engine/table/columnRole";
import type { CliIo } from "./cliContext";
import { runFileJob, type FileJobCliOptions } from "./fileJob";
import { addCommonOptions, UsageError } from "./commonOptions";
import { sireneLoader } from "./sireneFile";

interface StructureCliOptions extends FileJobCliOptions {
  readonly only?: string;
  readonly country?: string;
  readonly volatile?: string;
  readonly required?: string;
  readonly columns?: string;
  readonly sirene?: string;
}

/** `tria structure FILE`: one datum per column, flags with their notes, a quality column. */
export function registerStructureCommand(program: Command, io: CliIo): void {
  addCommonOptions(
    program
      .command("structure")
      .description("split addresses and names, normalise phones and e-mails, check SIRET, flag what is wrong / structurer et qualifier")
      .argument("<file>", "customer file: .xlsx, .csv or .txt"),
  )
    .option("--only <ops>", `operations to run, comma-separated: ${STRUCTURE_OPERATIONS.join(",")} (default: all)`)
    .option("--country <ISO>", "country of numbers and addresses written without one", "FR")
    .option(
      "--volatile <roles>",
      "roles flagged volatile, comma-separated (default: phone,mobile,email,jobTitle,lastPurchaseDate,lastContactDate; 'none' for none)",
    )
    .option(
      "--required <fields>",
      "fields each row needs, ';'-separated, each a '+' list of roles (default: 'fullName+lastName+company;phone+mobile+email+address+street'; 'none' for none)",
    )
    .option("--columns <letters>", "source columns to work on, e.g. B,D,E (default: every column with a role)")
    .option(
      "--sirene <file.csv>",
      "SIRENE StockEtablissement CSV (whole or an extract): SIRET from name + postal code, closed establishments, official name and address / base SIRENE des établissements",
    )
    .action(async (file: string, options: StructureCliOptions) => {
      await runFileJob(file, options, io, (host, read) =>
        runStructure(host, {
          ...read,
          defaultCountry: (options.country ?? "FR").toUpperCase(),
          ...(options.only === undefined ? {} : { operations: parseList(options.only, isOperation, "--only") }),
          ...(options.volatile === undefined
            ? {}
            : { volatileRoles: options.volatile === "none" ? [] : parseList(options.volatile, isColumnRole, "--volatile") }),
          ...(options.required === undefined ? {} : { requiredFields: parseRequired(options.required) }),
          ...(options.columns === undefined ? {} : { columns: parseColumns(options.columns) }),
          ...(options.sirene === undefined ? {} : { loadSirene: sireneLoader(options.sirene, read.lang) }),
        }),
      );
    });
}

/** "fullName+lastName;phone+email" → two required fields, each satisfied by any of its roles. */
function parseRequired(text: string): RequiredField[] {
  if (text.trim() === "none") return [];
  return text
    .split(";")
    .filter((part) => part.trim() !== "")
    .map((part, i) => ({ name: `required${i + 1}`, roles: parseList(part.replace(/\+/g, ","), isColumnRole, "--required") }));
}

/** "B,D,AA" → 0-based column indexes. */
function parseColumns(text: string): number[] {
  return text.split(",").map((letters) => {
    const clean = letters.trim().toUpperCase();
    if (!/^[A-Z]{1,3}$/.test(clean)) throw new UsageError(`--columns: ${letters} ?`);
    return [...clean].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  });
}

function isOperation(value: string): value is StructureOperation {
  return (STRUCTURE_OPERATIONS as readonly string[]).includes(value);
}

export function parseList<T extends string>(text: string, accept: (v: string) => v is T, option: string): T[] {
  const items = text
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  const wrong = items.filter((item) => !accept(item));
  if (wrong.length > 0) throw new UsageError(`${option}: ${wrong.join(", ")} ?`);
  return items as T[];
}
