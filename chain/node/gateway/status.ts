/**
 * Query failures as gRPC statuses (and, for REST, the HTTP status grpc-gateway gives each code). A
 * handler that names its status in the log ("rpc error: code = NotFound desc = ..." — what CosmJS
 * matches) keeps it; otherwise the SDK root error decides.
 */
import { status as GrpcCode } from '@grpc/grpc-js';
import { ROOT_CODESPACE } from '../../errors';

export { GrpcCode };

export class GatewayError extends Error {
  constructor(
    readonly code: GrpcCode,
    message: string,
    /** The height the failed query was answered at, when it got that far. */
    readonly height?: bigint,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}


// grpc-go's code names, as they appear in "rpc error: code = NotFound desc = ..."
const GO_NAMES: Record<string, GrpcCode> = {
  OK: GrpcCode.OK,
  Canceled: GrpcCode.CANCELLED,
  Unknown: GrpcCode.UNKNOWN,
  InvalidArgument: GrpcCode.INVALID_ARGUMENT,
  DeadlineExceeded: GrpcCode.DEADLINE_EXCEEDED,
  NotFound: GrpcCode.NOT_FOUND,
  AlreadyExists: GrpcCode.ALREADY_EXISTS,
  PermissionDenied: GrpcCode.PERMISSION_DENIED,
  ResourceExhausted: GrpcCode.RESOURCE_EXHAUSTED,
  FailedPrecondition: GrpcCode.FAILED_PRECONDITION,
  Aborted: GrpcCode.ABORTED,
  OutOfRange: GrpcCode.OUT_OF_RANGE,
  Unimplemented: GrpcCode.UNIMPLEMENTED,
  Internal: GrpcCode.INTERNAL,
  Unavailable: GrpcCode.UNAVAILABLE,
  DataLoss: GrpcCode.DATA_LOSS,
  Unauthenticated: GrpcCode.UNAUTHENTICATED,
};

/** SDK root errors (codespace "sdk") with a natural gRPC code. */
const ROOT_CODES: Record<number, GrpcCode> = {
  2: GrpcCode.INVALID_ARGUMENT, // tx parse error
  6: GrpcCode.UNIMPLEMENTED, // unknown request (no handler for the path)
  7: GrpcCode.INVALID_ARGUMENT, // invalid address
  10: GrpcCode.INVALID_ARGUMENT, // invalid coins
  18: GrpcCode.INVALID_ARGUMENT, // invalid request
  22: GrpcCode.NOT_FOUND, // key not found
  26: GrpcCode.INVALID_ARGUMENT, // invalid height
};

/** A failed ABCI query response → a gateway error. */
export function queryError(res: { code: number; codespace: string; log: string; height: bigint }): GatewayError {
  const m = /rpc error: code = (\w+) desc = ([\s\S]*)$/.exec(res.log);
  if (m && GO_NAMES[m[1]] !== undefined) return new GatewayError(GO_NAMES[m[1]], m[2], res.height);
  const code = res.codespace === ROOT_CODESPACE ? (ROOT_CODES[res.code] ?? GrpcCode.UNKNOWN) : GrpcCode.UNKNOWN;
  return new GatewayError(code, res.log, res.height);
}

/** grpc-gateway's HTTP status for each gRPC code (runtime.HTTPStatusFromCode). */
export function httpStatusOf(code: GrpcCode): number {
  switch (code) {
    case GrpcCode.OK:
      return 200;
    case GrpcCode.CANCELLED:
      return 499;
    case GrpcCode.INVALID_ARGUMENT:
    case GrpcCode.FAILED_PRECONDITION:
    case GrpcCode.OUT_OF_RANGE:
      return 400;
    case GrpcCode.DEADLINE_EXCEEDED:
      return 504;
    case GrpcCode.NOT_FOUND:
      return 404;
    case GrpcCode.ALREADY_EXISTS:
    case GrpcCode.ABORTED:
      return 409;
    case GrpcCode.PERMISSION_DENIED:
      return 403;
    case GrpcCode.UNAUTHENTICATED:
      return 401;
    case GrpcCode.RESOURCE_EXHAUSTED:
      return 429;
    case GrpcCode.UNIMPLEMENTED:
      return 501;
    case GrpcCode.UNAVAILABLE:
      return 503;
    default:
      return 500;
  }
}
