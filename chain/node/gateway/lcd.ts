/**
 * The LCD: the Cosmos SDK's REST API (grpc-gateway paths and JSON) served by settled beside the node.
 * Each path calls a gRPC method of the gateway backend with a request built from the path, the query
 * string and (POST) the JSON body; the answer is the response message as the SDK's gateway renders it,
 * with the height it was read at in `x-cosmos-block-height`. The height to read at comes from the
 * `x-cosmos-block-height` header or `?height=` (default: the latest committed block).
 */
import * as http from 'node:http';
import type { Logger } from 'pino';
import { closeServer } from '../metrics';
import { hostPort, parseListenAddress } from './address';
import type { GatewayBackend } from './backend';
import { methodCodecs } from './codecs';
import { LCD_ROUTES, matchRoute, type LcdRoute } from './lcd-routes';
import { messageFromJson, queryParamsObject, responseJson } from './proto-json';
import { settleProtos, settleProtosError } from './settle-protos';
import { stakingDecimalsJson } from './staking-view';
import { GatewayError, GrpcCode, httpStatusOf } from './status';

export const HEIGHT_HEADER = 'x-cosmos-block-height';
const MAX_BODY = 8 * 1024 * 1024;

/** The height a request asks for: header, then ?height=; 0 = latest. */
export function requestedHeight(value: string | string[] | undefined | null): bigint {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || v === null || v === '') return 0n;
  if (!/^\d{1,19}$/.test(v)) throw new GatewayError(GrpcCode.INVALID_ARGUMENT, `invalid height "${v}": expected a non-negative integer`);
  return BigInt(v);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new GatewayError(GrpcCode.RESOURCE_EXHAUSTED, `request body larger than ${MAX_BODY} bytes`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': `content-type, ${HEIGHT_HEADER}`,
  'access-control-expose-headers': HEIGHT_HEADER,
};

function send(res: http.ServerResponse, status: number, body: unknown, height?: bigint): void {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (height !== undefined) {
    headers[HEIGHT_HEADER] = height.toString();
    headers['grpc-metadata-x-cosmos-block-height'] = height.toString();
  }
  res.writeHead(status, headers).end(JSON.stringify(body));
}

/** The SDK gateway's error body: {code (gRPC), message, details}. */
function sendError(res: http.ServerResponse, err: unknown, logger: Logger): void {
  if (err instanceof GatewayError) {
    send(res, httpStatusOf(err.code), { code: err.code, message: err.message, details: [] }, err.height);
    return;
  }
  logger.error({ err: (err as Error).message }, 'LCD request failed');
  send(res, 500, { code: GrpcCode.INTERNAL, message: (err as Error).message, details: [] });
}

/** Answers one REST request. */
export async function handleLcd(backend: GatewayBackend, req: http.IncomingMessage, res: http.ServerResponse, logger: Logger, routes: LcdRoute[] = LCD_ROUTES): Promise<void> {
  try {
    if (req.method === 'OPTIONS') {
      // a CORS preflight (answered with the allow headers only when CORS is on)
      res.writeHead(204).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://lcd');
    let match: ReturnType<typeof matchRoute>;
    try {
      match = matchRoute(req.method ?? 'GET', url.pathname, routes);
    } catch {
      throw new GatewayError(GrpcCode.INVALID_ARGUMENT, `malformed path ${url.pathname}`);
    }
    if (!match) throw new GatewayError(GrpcCode.NOT_FOUND, `Not Found: no route for ${req.method} ${url.pathname}`);
    const codecs = methodCodecs(match.route.grpc);
    if (!codecs) throw new GatewayError(GrpcCode.UNIMPLEMENTED, `no codec for ${match.route.grpc}`);
    const height = requestedHeight(req.headers[HEIGHT_HEADER] ?? url.searchParams.get('height'));
    let body: Record<string, unknown> = {};
    if (match.route.method === 'POST') {
      const text = await readBody(req);
      try {
        body = text.trim() === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
      } catch (err) {
        throw new GatewayError(GrpcCode.INVALID_ARGUMENT, `invalid JSON body: ${(err as Error).message}`);
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new GatewayError(GrpcCode.INVALID_ARGUMENT, 'the JSON body must be an object');
    }
    let request: Uint8Array;
    try {
      const json = { ...queryParamsObject(url.searchParams, ['height']), ...body, ...match.params };
      request = codecs.request.encode(messageFromJson(codecs.request, json)).finish();
    } catch (err) {
      throw new GatewayError(GrpcCode.INVALID_ARGUMENT, `invalid request: ${(err as Error).message}`);
    }
    const answer = await backend.call(match.route.grpc, request, height);
    const json = responseJson(match.route.grpc, codecs.response, answer.value);
    send(res, 200, match.route.grpc.startsWith('/cosmos.staking.') ? stakingDecimalsJson(json) : json, answer.height);
  } catch (err) {
    sendError(res, err, logger);
  }
}

export interface LcdServer {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

/** Serves the LCD at http://address (host:port); with `corsAnyOrigin`, browsers on any origin may call it. */
export async function serveLcd(backend: GatewayBackend, address: string, logger: Logger, options: { corsAnyOrigin?: boolean } = {}): Promise<LcdServer> {
  const { host, port } = parseListenAddress(address, 'LCD');
  // load settle's .proto descriptors now rather than on the first request
  if (!settleProtos()) logger.warn({ reason: settleProtosError() }, "settle's .proto files unavailable: settle.* JSON from the generated codecs (zero enums as numbers)");
  const server = http.createServer((req, res) => {
    if (options.corsAnyOrigin) for (const [k, v] of Object.entries(CORS_HEADERS)) res.setHeader(k, v);
    void handleLcd(backend, req, res, logger);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (err) => logger.error({ err: err.message }, 'LCD server error'));
  const bound = server.address();
  const url = `http://${hostPort(host, bound && typeof bound === 'object' ? bound.port : port)}`;
  logger.info({ url }, 'LCD (REST) listening');
  return { server, url, close: () => closeServer(server) };
}
