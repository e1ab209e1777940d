// talisman ships no types. Only tests/engine/duplicates/sonnex.test.ts uses it (a dev dependency), as the oracle of our Sonnex.
declare module "talisman/phonetics/french/sonnex.js" {
  const sonnex: (word: string) => string;
  export default sonnex;
}
