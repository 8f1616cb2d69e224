/* eslint-disable */
import * as _0 from "./bridge/v1/events";
import * as _1 from "./bridge/v1/genesis";
import * as _2 from "./bridge/v1/query";
import * as _3 from "./bridge/v1/tx";
import * as _4 from "./bridge/v1/types";
import * as _5 from "./liquidation/v1/events";
import * as _6 from "./liquidation/v1/genesis";
import * as _7 from "./liquidation/v1/query";
import * as _8 from "./liquidation/v1/tx";
import * as _9 from "./liquidation/v1/types";
import * as _10 from "./margin/v1/events";
import * as _11 from "./margin/v1/genesis";
import * as _12 from "./margin/v1/query";
import * as _13 from "./margin/v1/tx";
import * as _14 from "./margin/v1/types";
import * as _15 from "./options/v1/events";
import * as _16 from "./options/v1/genesis";
import * as _17 from "./options/v1/query";
import * as _18 from "./options/v1/tx";
import * as _19 from "./options/v1/types";
import * as _20 from "./oracle/v1/events";
import * as _21 from "./oracle/v1/genesis";
import * as _22 from "./oracle/v1/query";
import * as _23 from "./oracle/v1/tx";
import * as _24 from "./oracle/v1/types";
import * as _25 from "./bridge/v1/tx.amino";
import * as _26 from "./liquidation/v1/tx.amino";
import * as _27 from "./margin/v1/tx.amino";
import * as _28 from "./options/v1/tx.amino";
import * as _29 from "./oracle/v1/tx.amino";
import * as _30 from "./bridge/v1/tx.registry";
import * as _31 from "./liquidation/v1/tx.registry";
import * as _32 from "./margin/v1/tx.registry";
import * as _33 from "./options/v1/tx.registry";
import * as _34 from "./oracle/v1/tx.registry";
import * as _35 from "./bridge/v1/query.rpc.Query";
import * as _36 from "./liquidation/v1/query.rpc.Query";
import * as _37 from "./margin/v1/query.rpc.Query";
import * as _38 from "./options/v1/query.rpc.Query";
import * as _39 from "./oracle/v1/query.rpc.Query";
import * as _40 from "./bridge/v1/tx.rpc.msg";
import * as _41 from "./liquidation/v1/tx.rpc.msg";
import * as _42 from "./margin/v1/tx.rpc.msg";
import * as _43 from "./options/v1/tx.rpc.msg";
import * as _44 from "./oracle/v1/tx.rpc.msg";
import * as _45 from "./rpc.query";
import * as _46 from "./rpc.tx";
export namespace settle {
  export namespace bridge {
    export const v1 = {
      ..._0,
      ..._1,
      ..._2,
      ..._3,
      ..._4,
      ..._25,
      ..._30,
      ..._35,
      ..._40
    };
  }
  export namespace liquidation {
    export const v1 = {
      ..._5,
      ..._6,
      ..._7,
      ..._8,
      ..._9,
      ..._26,
      ..._31,
      ..._36,
      ..._41
    };
  }
  export namespace margin {
    export const v1 = {
      ..._10,
      ..._11,
      ..._12,
      ..._13,
      ..._14,
      ..._27,
      ..._32,
      ..._37,
      ..._42
    };
  }
  export namespace options {
    export const v1 = {
      ..._15,
      ..._16,
      ..._17,
      ..._18,
      ..._19,
      ..._28,
      ..._33,
      ..._38,
      ..._43
    };
  }
  export namespace oracle {
    export const v1 = {
      ..._20,
      ..._21,
      ..._22,
      ..._23,
      ..._24,
      ..._29,
      ..._34,
      ..._39,
      ..._44
    };
  }
  export const ClientFactory = {
    ..._45,
    ..._46
  };
}