/** Hand-written material for one language; the generator turns it into labelled rows. */
export interface LangSource {
  pitchNotes: string[];
  warmNotes: string[];
  /** Pitch paragraphs that get hidden in long messages, usually as paragraph 2. */
  pitchParagraphs: string[];
  warmParagraphs: string[];
  greetings: string[];
  closings: string[];
}
