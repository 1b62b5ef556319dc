export interface Figure {
  readonly name: string;
  readonly value: number;
}
