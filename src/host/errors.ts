/**
 * Errors shaped like `OfficeExtension.Error`: a stable `code` (from `Excel.ErrorCodes` or the
 * application-specific list), a `message` and `debugInfo` with the failing location.
 * Source: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */

/** The error codes this host raises (strings, as in `Excel.ErrorCodes`). */
export const HostErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  invalidRequestContext: "InvalidRequestContext",
} as const;

/** One of the codes above, or any other code a test injects with `failNext`. */
export type HostErrorCode = (typeof HostErrorCodes)[keyof typeof HostErrorCodes] | (string & {});

/** Default messages, worded as Excel words them (see the error-handling page above). */
const defaultMessages: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict: "Cannot complete the operation. A table can't overlap with another table.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded:
    "The property was not loaded. Call the load method and then context.sync() before reading it.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise: "The batch function passed to run must return a promise.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
};

/** Extra detail carried by a host error, as `OfficeExtension.Error.debugInfo` does. */
export interface HostDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

/** An error shaped like `OfficeExtension.Error`. */
export class HostError extends Error {
  readonly code: string;
  readonly debugInfo: HostDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: HostErrorCode, detail?: string, errorLocation?: string) {
    const base = defaultMessages[code] ?? `The operation failed (${code}).`;
    const message = detail === undefined ? base : `${base} ${detail}`;
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation === undefined ? {} : { errorLocation }) };
  }

  /** Returns a copy carrying the location of the statement that failed. */
  at(errorLocation: string): HostError {
    if (this.debugInfo.errorLocation !== undefined) return this;
    const copy = new HostError(this.code, undefined, errorLocation);
    Object.defineProperty(copy, "message", { value: this.message });
    copy.debugInfo.message = this.message;
    return copy;
  }
}

/** Builds a host error; a shorthand used everywhere in the host. */
export function hostError(code: HostErrorCode, detail?: string): HostError {
  return new HostError(code, detail);
}
