/** Text of the report the importer could not place, with the reason in Chinese. */
export interface Unmapped {
  /** Line number in the imported text (1-based). */
  readonly line: number;
  /** The whole line, or the one cell concerned (`cell`). */
  readonly text: string;
  readonly cell?: string;
  readonly reason: string;
}
