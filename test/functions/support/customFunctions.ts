/**
 * A faithful stand-in for the custom-functions runtime globals Excel provides (CustomFunctions.Error
 * and CustomFunctions.ErrorCode, values as in the runtime's ErrorCode enum). Importing this module
 * installs them, so `src/functions/functions.ts` can be imported in Node as the issue requires.
 */
export class StandInError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidReference: "#REF!",
  invalidName: "#NAME?",
  gettingData: "#GETTING_DATA",
} as const;

(globalThis as { CustomFunctions?: unknown }).CustomFunctions = { Error: StandInError, ErrorCode, associate: () => undefined };

/** An error cell as Excel passes it inside a range argument. */
export const errorCell = (code: string, message?: string): StandInError => new StandInError(code, message);

/** The error code of a result cell, or undefined when it is a value. */
export function codeOf(value: unknown): string | undefined {
  return value instanceof StandInError ? value.code : undefined;
}

/** The message of an error result cell. */
export function messageOf(value: unknown): string | undefined {
  return value instanceof StandInError ? value.message : undefined;
}

/** Runs `call` and returns the CustomFunctions.Error it throws (fails the test when it returns or throws anything else). */
export function thrown(call: () => unknown): StandInError {
  try {
    call();
  } catch (caught) {
    if (caught instanceof StandInError) return caught;
    throw new Error(`expected a CustomFunctions.Error, got ${String(caught)}`);
  }
  throw new Error("expected the call to throw a CustomFunctions.Error");
}

/** What Excel passes for an omitted optional argument (`null`), typed as the parameter. */
export const omitted = null as unknown as unknown[][];
