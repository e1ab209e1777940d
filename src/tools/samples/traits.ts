/**
 * What made a row messy, recorded while writing it, so that later tests can measure what
 * the cleaner finds (typos caught, postal codes missing, phones normalised...).
 */
export type Trait =
  | "name:noCivility" | "name:lastFirst" | "name:firstLast" | "name:comma" | "name:lowercase"
  | "name:uppercase" | "name:initial" | "name:lastOnly" | "name:empty"
  | "address:empty" | "address:noPostalCode" | "address:noTown" | "address:streetOnly"
  | "address:reversed" | "address:lowercase" | "address:uppercase" | "address:extraSpaces"
  | "address:multiline" | "address:townTypo" | "address:cedex" | "address:poBox"
  | "address:lieuDit" | "address:foreign" | "address:overseas" | "address:complement"
  | "phone:empty" | "phone:compact" | "phone:spaced" | "phone:dotted" | "phone:dashed"
  | "phone:plus33" | "phone:plus33zero" | "phone:0033" | "phone:lostZero" | "phone:tooShort"
  | "phone:tooLong" | "phone:two" | "phone:international" | "phone:overseas"
  | "email:empty" | "email:typo" | "email:noAt" | "email:doubleAt" | "email:comma"
  | "email:noTld" | "email:uppercase" | "email:spaces"
  | "siret:spaced" | "siret:invalid" | "siret:short" | "siret:number"
  | "date:text" | "date:words" | "date:empty" | "amount:text" | "amount:empty" | "cell:error"
  | "count:text";

export type TraitSink = Trait[];
