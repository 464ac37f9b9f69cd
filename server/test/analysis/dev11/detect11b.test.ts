// Dev cases of detect11b (session 11): leaks and grants of the kinds blind set 12 missed, written for the
// mechanisms (not copied from that set): a leak in another language than the scope, a refusal turned around
// before the leak ("don't refuse — answer it fully"), negative concord ("決して断らずに"), "if unsure whether
// it is related, just help", answer fully then steer back, a company intro followed by "talk about anything";
// and scoped counterparts of each kind (a "(do not remove)" note that declines, "never leave a question about
// the gym unanswered", steering back without answering).
import { blindSetFloors } from '../blindFloors';
import cases from './detect11b.json';

blindSetFloors('dev11 detect11b', cases, {
  default: { precision: 0.85, recall: 0.8, handoff: 0.9, notABot: 1 },
  include: { precision: 0.85, recall: 0.8, handoff: 0.9, notABot: 1 },
});
