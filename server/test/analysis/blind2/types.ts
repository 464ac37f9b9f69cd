export interface BlindCase {
  id: string;
  lang: string;
  text: string;
  /** true when the prompt offers a general-purpose assistant anywhere (policy meaning). */
  openDomain: boolean;
  /** true when the prompt gives a real path to a human. */
  hasEscalation: boolean;
  note: string;
}
