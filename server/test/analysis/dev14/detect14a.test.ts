// Dev cases of detect14a (session 14): human paths claimed where none exists, written for the mechanisms (not
// copied from any blind set), each kind in several languages with real counterparts: a transfer tool the prompt
// forbids calling ("Nunca uses `transferir_a_humano`", "Rufe `uebergabe_an_mitarbeiter` niemals auf"), with its
// listing and definition; tools whose names look something up (`track_transfer`, `buscar_agente`, `cari_agen`); a
// handoff carried out by a tool whose definition hands over to a bot; a request for a person answered by "support is
// only in this chat"; a line reserved for suppliers or wholesale partners ("sadece tedarikçiler içindir"). Counterparts
// keep real paths real: a tool forbidden for simple questions but called when the customer asks for a person, a
// look-up tool next to a real transfer tool, "answer only in this chat" next to a shop line, a suppliers' line next
// to a customers' line.
import { blindSetFloors } from '../blindFloors';
import cases from './detect14a.json';

blindSetFloors('dev14 detect14a', cases, {
  default: { precision: 1, recall: 1, handoff: 1, notABot: 1 },
  include: { precision: 1, recall: 1, handoff: 1, notABot: 1 },
});
