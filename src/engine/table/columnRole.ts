/** The column roles of DESIGN.md §2. `other` is what a column gets when nothing fits. */
export const COLUMN_ROLES = [
  "id",
  "civility",
  "firstName",
  "lastName",
  "fullName",
  "company",
  "jobTitle",
  "address",
  "street",
  "addressComplement",
  "postalCode",
  "city",
  "country",
  "phone",
  "mobile",
  "email",
  "siren",
  "siret",
  "birthDate",
  "age",
  "gender",
  "socioProfessionalCategory",
  "lastPurchaseDate",
  "firstPurchaseDate",
  "orderDate",
  "orderId",
  "customerId",
  "frequency",
  "purchasesPerYear",
  "amount",
  "totalAmount",
  "averageBasket",
  "productCategory",
  "channel",
  "consent",
  "lastContactDate",
  "emailOpens",
  "emailClicks",
  "pageViews",
  "responded",
  "other",
] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

export function isColumnRole(value: string): value is ColumnRole {
  return (COLUMN_ROLES as readonly string[]).includes(value);
}

