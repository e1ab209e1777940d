import fc from "fast-check";

/**
 * Property tests run on a fixed seed by default, so a CI run is repeatable: a failure names a
 * case that fails every time. `FC_SEED=random npm test` (or any number) explores new cases;
 * a failing seed printed there can be replayed with FC_SEED=<seed>.
 */
const requested = process.env.FC_SEED;
if (requested !== "random") fc.configureGlobal({ seed: requested ? Number(requested) : 20261122 });
