/**
 * The JSDoc Sheets shows in its formula autocomplete for the model functions (modelFunctions.ts),
 * under their English and French names. Apps Script only sees a custom function declared with
 * its comment at the top level: src/tools/buildSheets.ts writes these declarations after
 * globals.js, each forwarding to TriaSheets.
 */
export interface CustomFunctionDoc {
  readonly name: string;
  readonly summary: string;
  readonly params: readonly (readonly [name: string, text: string])[];
  readonly returns: string;
}

type ParamName = "t" | "x" | "tx" | "T" | "meanValue";

/** The functions' arguments, in the order each takes them. */
const SIGNATURES = {
  pAlive: ["x", "tx", "T"],
  expectedPurchases: ["t", "x", "tx", "T"],
  clv: ["x", "tx", "T", "meanValue"],
} as const satisfies Record<string, readonly ParamName[]>;

interface Language {
  readonly params: Readonly<Record<ParamName, string>>;
  readonly functions: Readonly<Record<keyof typeof SIGNATURES, { name: string; summary: string; returns: string }>>;
}

const LANGUAGES: readonly Language[] = [
  {
    params: {
      t: "Horizon, in the model's unit.",
      x: "Repeat purchases (purchases after the first; several on one day count once).",
      tx: "Time from the first purchase to the last one, in the model's unit (t_x).",
      T: "Time from the first purchase to the end of calibration, in the model's unit.",
      meanValue: "Mean value of the repeat purchases (0 or empty without any).",
    },
    functions: {
      pAlive: {
        name: "CRM_PALIVE",
        summary:
          'The probability that a customer is still a customer (BG/NBD), from the model Tria\'s Predict kept in the hidden sheet "Tria modèle". Ranges give one answer per row.',
        returns: "P(still a customer), from 0 to 1.",
      },
      expectedPurchases: {
        name: "CRM_EXPECTEDPURCHASES",
        summary: 'Purchases a customer should make over the next t units (BG/NBD), from the model kept in "Tria modèle". Ranges give one answer per row.',
        returns: "Expected number of purchases.",
      },
      clv: {
        name: "CRM_CLV",
        summary:
          'Customer lifetime value over Predict\'s horizon: margin rate × value of a purchase × expected purchases, discounted (model kept in "Tria modèle"). Ranges give one answer per row.',
        returns: "Margin expected over the horizon, discounted.",
      },
    },
  },
  {
    params: {
      t: "Horizon, dans l'unité du modèle.",
      x: "Achats répétés (achats après le premier ; plusieurs le même jour comptent pour un).",
      tx: "Temps du premier au dernier achat, dans l'unité du modèle (t_x).",
      T: "Temps du premier achat à la fin de la période d'ajustement, dans l'unité du modèle.",
      meanValue: "Valeur moyenne des rachats (0 ou vide sans rachat).",
    },
    functions: {
      pAlive: {
        name: "CRM_P_ENCORE_CLIENT",
        summary:
          "La probabilité qu'un client soit encore client (BG/NBD), d'après le modèle que Prévoir a gardé dans la feuille masquée « Tria modèle ». Avec des plages : une réponse par ligne.",
        returns: "P(encore client), de 0 à 1.",
      },
      expectedPurchases: {
        name: "CRM_ACHATS_ATTENDUS",
        summary:
          "Le nombre d'achats qu'un client devrait faire dans les t prochaines unités (BG/NBD), d'après le modèle gardé dans « Tria modèle ». Avec des plages : une réponse par ligne.",
        returns: "Nombre d'achats attendus.",
      },
      clv: {
        name: "CRM_VALEUR_CLIENT",
        summary:
          "La valeur client sur l'horizon de Prévoir : taux de marge × valeur d'un achat × achats attendus, actualisés (modèle gardé dans « Tria modèle »). Avec des plages : une réponse par ligne.",
        returns: "Marge attendue sur l'horizon, actualisée.",
      },
    },
  },
];

export const MODEL_FUNCTION_DOCS: readonly CustomFunctionDoc[] = LANGUAGES.flatMap((language) =>
  (Object.keys(SIGNATURES) as (keyof typeof SIGNATURES)[]).map((key) => ({
    ...language.functions[key],
    params: SIGNATURES[key].map((param) => [param, language.params[param]] as const),
  })),
);

/** The top-level declaration Apps Script needs: the JSDoc, then a call forwarded to the bundle. */
export function customFunctionDeclaration(doc: CustomFunctionDoc): string {
  const names = doc.params.map(([name]) => name).join(", ");
  return [
    "/**",
    ` * ${doc.summary}`,
    ...doc.params.map(([name, text]) => ` * @param {number} ${name} ${text}`),
    ` * @return ${doc.returns}`,
    " * @customfunction",
    " */",
    `function ${doc.name}(${names}) {`,
    `  return TriaSheets.${doc.name}(${names});`,
    "}",
    "",
  ].join("\n");
}
