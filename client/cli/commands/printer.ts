import { render, type OutputFormat } from '../output';

/** Prints a result on stdout in the chosen format. */
export interface Printer {
  (value: unknown): void;
  readonly format: OutputFormat;
}

export function makePrinter(format: () => OutputFormat): Printer {
  const print = ((value: unknown) => {
    process.stdout.write(`${render(value, format())}\n`);
  }) as unknown as Printer;
  Object.defineProperty(print, 'format', { get: format });
  return print;
}
