/**
 * The custom-functions runtime globals (CustomFunctions.Error and ErrorCode) for running the functions
 * outside Excel, as test/functions/support/customFunctions.ts does for the tests.
 */
export class ExcelError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

/** Installs the stand-in once (functions.ts reads `CustomFunctions` when it is loaded). */
export function installCustomFunctionsStandIn(): void {
  const g = globalThis as { CustomFunctions?: unknown };
  if (g.CustomFunctions !== undefined) return;
  g.CustomFunctions = {
    Error: ExcelError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidReference: "#REF!", invalidName: "#NAME?", gettingData: "#GETTING_DATA" },
    associate: () => undefined,
  };
}
