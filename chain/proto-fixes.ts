/**
 * The corrections settle applies to cosmjs-types' protobuf runtime. Import this module before any
 * protobuf is written: int64 encoding (proto-int64.ts) and exact-size writer buffers (proto-alloc.ts).
 */
import './proto-int64';
import './proto-alloc';
