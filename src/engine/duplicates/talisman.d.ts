// talisman ships no types; only the French phonetic algorithms are used (pure functions).
declare module "talisman/phonetics/french/sonnex.js" {
  const sonnex: (word: string) => string;
  export default sonnex;
}
