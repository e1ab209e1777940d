import type { FieldIssue } from "../fieldIssue";
import { cedexOtherDepartment, cedexUnknownDepartment } from "./addressIssues";
import type { PostalCheck, PostalIndex } from "./postalIndex";
import { townKey } from "./townKey";

/**
 * A CEDEX code (or the code of a BP / CS / TSA address) is given by La Poste to one company
 * or office: it is in no public base, so "not found" says nothing. What can be checked is
 * its department (the first two digits, three overseas): it must be one that exists, and the
 * department of the town when the town is known ("69205 LYON CEDEX 01" is in the Rhône like
 * every code of Lyon). Returns undefined when the code is a regular one (the usual check runs).
 */
export function checkCedexCode(index: PostalIndex, code: string, town: string): PostalCheck | undefined {
  if (index.byCode.has(code) || !/^\d{5}$/.test(code)) return undefined;
  const department = departmentOf(code);
  if (!departmentsOf(index).has(department)) return { status: "unknownCode", issues: [cedexUnknownDepartment(code)] };
  const records = town ? index.byTown.get(townKey(town)) : undefined;
  if (!records || records.some((r) => departmentOf(r.postalCode) === department)) return OK;
  return {
    status: "townMismatch",
    issues: [
      cedexOtherDepartment(
        code,
        town,
        records.map((r) => r.postalCode),
      ),
    ],
  };
}

const OK: PostalCheck = { status: "ok", issues: Object.freeze([]) as readonly FieldIssue[] };

/** "69205" → "69", "97411" → "974" (overseas departments have three digits). */
export function departmentOf(code: string): string {
  return code.startsWith("97") || code.startsWith("98") ? code.slice(0, 3) : code.slice(0, 2);
}

const departments = new WeakMap<PostalIndex, ReadonlySet<string>>();

function departmentsOf(index: PostalIndex): ReadonlySet<string> {
  let set = departments.get(index);
  if (!set) {
    set = new Set([...index.byCode.keys()].map(departmentOf));
    departments.set(index, set);
  }
  return set;
}
