'use strict';
// Turns format-specific edit sites into a sequence of realistic edits.
// Each "pair" applies a change and later reverts it, so the document oscillates around the
// generated text and stays valid; a typed word becomes one didChange per keystroke.

/**
 * @param {string} text the document as opened
 * @param {(r) => {apply:{offset:number,deleteLen:number,insert:string}, keystrokes?:boolean}} pick
 * @param {number} count minimum number of edits
 * @param {Function} r seeded rng
 * @returns {{offset:number, deleteLen:number, insert:string, label:string}[]}
 */
function buildEdits(text, pick, count, r) {
  const out = [];
  while (out.length < count) {
    const { apply, keystrokes } = pick(r);
    const removed = text.slice(apply.offset, apply.offset + apply.deleteLen);
    if (keystrokes && apply.deleteLen === 0 && apply.insert.length > 1) {
      for (let i = 0; i < apply.insert.length; i++) {
        out.push({ offset: apply.offset + i, deleteLen: 0, insert: apply.insert[i], label: 'type char' });
      }
      // Undo the typed word in one go (select word + Delete).
      out.push({ offset: apply.offset, deleteLen: apply.insert.length, insert: '', label: 'delete word' });
    } else {
      out.push({ ...apply, label: apply.deleteLen && apply.insert ? 'replace' : apply.insert ? 'insert' : 'delete' });
      out.push({ offset: apply.offset, deleteLen: apply.insert.length, insert: removed, label: 'revert' });
    }
  }
  return out;
}

function applyEdit(text, e) {
  return text.slice(0, e.offset) + e.insert + text.slice(e.offset + e.deleteLen);
}

module.exports = { buildEdits, applyEdit };
