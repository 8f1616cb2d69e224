/* eslint-disable */
import * as _0 from "./liquidation/v1/events";
import * as _1 from "./liquidation/v1/genesis";
import * as _2 from "./liquidation/v1/query";
import * as _3 from "./liquidation/v1/tx";
import * as _4 from "./liquidation/v1/types";
import * as _5 from "./margin/v1/events";
import * as _6 from "./margin/v1/genesis";
import * as _7 from "./margin/v1/query";
import * as _8 from "./margin/v1/tx";
import * as _9 from "./margin/v1/types";
import * as _10 from "./options/v1/events";
import * as _11 from "./options/v1/genesis";
import * as _12 from "./options/v1/query";
import * as _13 from "./options/v1/tx";
import * as _14 from "./options/v1/types";
import * as _15 from "./oracle/v1/events";
import * as _16 from "./oracle/v1/genesis";
import * as _17 from "./oracle/v1/query";
import * as _18 from "./oracle/v1/tx";
import * as _19 from "./oracle/v1/types";
import * as _20 from "./liquidation/v1/tx.amino";
import * as _21 from "./margin/v1/tx.amino";
import * as _22 from "./options/v1/tx.amino";
import * as _23 from "./oracle/v1/tx.amino";
import * as _24 from "./liquidation/v1/tx.registry";
import * as _25 from "./margin/v1/tx.registry";
import * as _26 from "./options/v1/tx.registry";
import * as _27 from "./oracle/v1/tx.registry";
import * as _28 from "./liquidation/v1/query.rpc.Query";
import * as _29 from "./margin/v1/query.rpc.Query";
import * as _30 from "./options/v1/query.rpc.Query";
import * as _31 from "./oracle/v1/query.rpc.Query";
import * as _32 from "./liquidation/v1/tx.rpc.msg";
import * as _33 from "./margin/v1/tx.rpc.msg";
import * as _34 from "./options/v1/tx.rpc.msg";
import * as _35 from "./oracle/v1/tx.rpc.msg";
import * as _36 from "./rpc.query";
import * as _37 from "./rpc.tx";
export namespace settle {
  export namespace liquidation {
    export const v1 = {
      ..._0,
      ..._1,
      ..._2,
      ..._3,
      ..._4,
      ..._20,
      ..._24,
      ..._28,
      ..._32
    };
  }
  export namespace margin {
    export const v1 = {
      ..._5,
      ..._6,
      ..._7,
      ..._8,
      ..._9,
      ..._21,
      ..._25,
      ..._29,
      ..._33
    };
  }
  export namespace options {
    export const v1 = {
      ..._10,
      ..._11,
      ..._12,
      ..._13,
      ..._14,
      ..._22,
      ..._26,
      ..._30,
      ..._34
    };
  }
  export namespace oracle {
    export const v1 = {
      ..._15,
      ..._16,
      ..._17,
      ..._18,
      ..._19,
      ..._23,
      ..._27,
      ..._31,
      ..._35
    };
  }
  export const ClientFactory = {
    ..._36,
    ..._37
  };
}