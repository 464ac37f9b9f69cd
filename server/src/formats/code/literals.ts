import type { MappedText } from '../../model/types';
import type { Piece } from './resolve';

/** The literal pieces a code prompt was read from, so fixes can edit them with the right quoting. */
export const codeLiterals = new WeakMap<MappedText, Piece[]>();
