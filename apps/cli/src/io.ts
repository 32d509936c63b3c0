export const EXIT_OK = 0;
export const EXIT_VIOLATIONS = 1;
export const EXIT_INVALID_INPUT = 2;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => Promise<string>;
}
