export type { LabelledPrompt as BlindCase } from '../../helpers/scoring';
