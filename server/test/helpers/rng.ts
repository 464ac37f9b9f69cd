// The seeded PRNG of the classifier's training, for tests that need reproducible random edits.
export { mulberry32 as rng } from '../../src/analysis/classifier/training/logistic';
