/* eslint-disable */
import { SubaccountState, SubaccountStateAmino, CollateralAsset, CollateralAssetAmino, CollateralBalance, CollateralBalanceAmino, Params, ParamsAmino } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
export interface QueryHealthRequest {
  owner: string;
  number: number;
}
export interface QueryHealthRequestProtoMsg {
  typeUrl: "/settle.margin.v1.QueryHealthRequest";
  value: Uint8Array;
}
/**
 * @name QueryHealthRequestAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.QueryHealthRequest
 */
export interface QueryHealthRequestAmino {
  owner?: string;
  number?: number;
}
export interface QueryHealthRequestAminoMsg {
  type: "/settle.margin.v1.QueryHealthRequest";
  value: QueryHealthRequestAmino;
}
/**
 * PositionRisk is one position's mark (size × mark per contract, negative when short), Greeks and, in
 * standard margin, its own requirements. Decimals as strings.
 */
export interface PositionRisk {
  instrumentId: string;
  size: string;
  mark: string;
  delta: string;
  gamma: string;
  vega: string;
  theta: string;
  initialMargin: string;
  maintenanceMargin: string;
}
export interface PositionRiskProtoMsg {
  typeUrl: "/settle.margin.v1.PositionRisk";
  value: Uint8Array;
}
/**
 * PositionRisk is one position's mark (size × mark per contract, negative when short), Greeks and, in
 * standard margin, its own requirements. Decimals as strings.
 * @name PositionRiskAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.PositionRisk
 */
export interface PositionRiskAmino {
  instrument_id?: string;
  size?: string;
  mark?: string;
  delta?: string;
  gamma?: string;
  vega?: string;
  theta?: string;
  initial_margin?: string;
  maintenance_margin?: string;
}
export interface PositionRiskAminoMsg {
  type: "/settle.margin.v1.PositionRisk";
  value: PositionRiskAmino;
}
export interface QueryHealthResponse {
  portfolioMargin: boolean;
  /** collateral_value: collateral at oracle prices less haircuts (rounded down). */
  collateralValue: string;
  /** equity: collateral value plus the positions' marks (long options at their haircut). */
  equity: string;
  initialMargin: string;
  maintenanceMargin: string;
  /** free_collateral: equity − initial margin; new risk and withdrawals need it ≥ 0. */
  freeCollateral: string;
  positions: PositionRisk[];
  /** worst_scenario: portfolio margin's worst scenario ("BTC/USD: spot +15%, vol up"); empty otherwise. */
  worstScenario: string;
  /** margin_call_level: MM × (1 + margin_buffer); below it the subaccount is in margin call. */
  marginCallLevel: string;
  /** liquidation_level: MM × liquidation_threshold; below it the subaccount is liquidatable. */
  liquidationLevel: string;
  /** status: "healthy", "margin_call" or "liquidatable". */
  status: string;
}
export interface QueryHealthResponseProtoMsg {
  typeUrl: "/settle.margin.v1.QueryHealthResponse";
  value: Uint8Array;
}
/**
 * @name QueryHealthResponseAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.QueryHealthResponse
 */
export interface QueryHealthResponseAmino {
  portfolio_margin?: boolean;
  /**
   * collateral_value: collateral at oracle prices less haircuts (rounded down).
   */
  collateral_value?: string;
  /**
   * equity: collateral value plus the positions' marks (long options at their haircut).
   */
  equity?: string;
  initial_margin?: string;
  maintenance_margin?: string;
  /**
   * free_collateral: equity − initial margin; new risk and withdrawals need it ≥ 0.
   */
  free_collateral?: string;
  positions?: PositionRiskAmino[];
  /**
   * worst_scenario: portfolio margin's worst scenario ("BTC/USD: spot +15%, vol up"); empty otherwise.
   */
  worst_scenario?: string;
  /**
   * margin_call_level: MM × (1 + margin_buffer); below it the subaccount is in margin call.
   */
  margin_call_level?: string;
  /**
   * liquidation_level: MM × liquidation_threshold; below it the subaccount is liquidatable.
   */
  liquidation_level?: string;
  /**
   * status: "healthy", "margin_call" or "liquidatable".
   */
  status?: string;
}
export interface QueryHealthResponseAminoMsg {
  type: "/settle.margin.v1.QueryHealthResponse";
  value: QueryHealthResponseAmino;
}
export interface QuerySubaccountRequest {
  owner: string;
  number: number;
}
export interface QuerySubaccountRequestProtoMsg {
  typeUrl: "/settle.margin.v1.QuerySubaccountRequest";
  value: Uint8Array;
}
/**
 * @name QuerySubaccountRequestAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.QuerySubaccountRequest
 */
export interface QuerySubaccountRequestAmino {
  owner?: string;
  number?: number;
}
export interface QuerySubaccountRequestAminoMsg {
  type: "/settle.margin.v1.QuerySubaccountRequest";
  value: QuerySubaccountRequestAmino;
}
export interface QuerySubaccountResponse {
  subaccount?: SubaccountState;
}
export interface QuerySubaccountResponseProtoMsg {
  typeUrl: "/settle.margin.v1.QuerySubaccountResponse";
  value: Uint8Array;
}
/**
 * @name QuerySubaccountResponseAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.QuerySubaccountResponse
 */
export interface QuerySubaccountResponseAmino {
  subaccount?: SubaccountStateAmino;
}
export interface QuerySubaccountResponseAminoMsg {
  type: "/settle.margin.v1.QuerySubaccountResponse";
  value: QuerySubaccountResponseAmino;
}
export interface QuerySubaccountsRequest {
  owner: string;
}
export interface QuerySubaccountsRequestProtoMsg {
  typeUrl: "/settle.margin.v1.QuerySubaccountsRequest";
  value: Uint8Array;
}
/**
 * @name QuerySubaccountsRequestAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.QuerySubaccountsRequest
 */
export interface QuerySubaccountsRequestAmino {
  owner?: string;
}
export interface QuerySubaccountsRequestAminoMsg {
  type: "/settle.margin.v1.QuerySubaccountsRequest";
  value: QuerySubaccountsRequestAmino;
}
export interface QuerySubaccountsResponse {
  subaccounts: SubaccountState[];
}
export interface QuerySubaccountsResponseProtoMsg {
  typeUrl: "/settle.margin.v1.QuerySubaccountsResponse";
  value: Uint8Array;
}
/**
 * @name QuerySubaccountsResponseAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.QuerySubaccountsResponse
 */
export interface QuerySubaccountsResponseAmino {
  subaccounts?: SubaccountStateAmino[];
}
export interface QuerySubaccountsResponseAminoMsg {
  type: "/settle.margin.v1.QuerySubaccountsResponse";
  value: QuerySubaccountsResponseAmino;
}
export interface QueryCollateralAssetsRequest {}
export interface QueryCollateralAssetsRequestProtoMsg {
  typeUrl: "/settle.margin.v1.QueryCollateralAssetsRequest";
  value: Uint8Array;
}
/**
 * @name QueryCollateralAssetsRequestAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.QueryCollateralAssetsRequest
 */
export interface QueryCollateralAssetsRequestAmino {}
export interface QueryCollateralAssetsRequestAminoMsg {
  type: "/settle.margin.v1.QueryCollateralAssetsRequest";
  value: QueryCollateralAssetsRequestAmino;
}
export interface QueryCollateralAssetsResponse {
  assets: CollateralAsset[];
  /** totals: base units held by the module per listed denom (what deposit caps count). */
  totals: CollateralBalance[];
}
export interface QueryCollateralAssetsResponseProtoMsg {
  typeUrl: "/settle.margin.v1.QueryCollateralAssetsResponse";
  value: Uint8Array;
}
/**
 * @name QueryCollateralAssetsResponseAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.QueryCollateralAssetsResponse
 */
export interface QueryCollateralAssetsResponseAmino {
  assets?: CollateralAssetAmino[];
  /**
   * totals: base units held by the module per listed denom (what deposit caps count).
   */
  totals?: CollateralBalanceAmino[];
}
export interface QueryCollateralAssetsResponseAminoMsg {
  type: "/settle.margin.v1.QueryCollateralAssetsResponse";
  value: QueryCollateralAssetsResponseAmino;
}
export interface QueryParamsRequest {}
export interface QueryParamsRequestProtoMsg {
  typeUrl: "/settle.margin.v1.QueryParamsRequest";
  value: Uint8Array;
}
/**
 * @name QueryParamsRequestAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.QueryParamsRequest
 */
export interface QueryParamsRequestAmino {}
export interface QueryParamsRequestAminoMsg {
  type: "/settle.margin.v1.QueryParamsRequest";
  value: QueryParamsRequestAmino;
}
export interface QueryParamsResponse {
  params?: Params;
}
export interface QueryParamsResponseProtoMsg {
  typeUrl: "/settle.margin.v1.QueryParamsResponse";
  value: Uint8Array;
}
/**
 * @name QueryParamsResponseAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.QueryParamsResponse
 */
export interface QueryParamsResponseAmino {
  params?: ParamsAmino;
}
export interface QueryParamsResponseAminoMsg {
  type: "/settle.margin.v1.QueryParamsResponse";
  value: QueryParamsResponseAmino;
}
function createBaseQueryHealthRequest(): QueryHealthRequest {
  return {
    owner: "",
    number: 0
  };
}
export const QueryHealthRequest = {
  typeUrl: "/settle.margin.v1.QueryHealthRequest",
  encode(message: QueryHealthRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.number !== 0) {
      writer.uint32(16).uint32(message.number);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryHealthRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryHealthRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        case 2:
          message.number = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryHealthRequest {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      number: isSet(object.number) ? Number(object.number) : 0
    };
  },
  toJSON(message: QueryHealthRequest): JsonSafe<QueryHealthRequest> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.number !== undefined && (obj.number = Math.round(message.number));
    return obj;
  },
  fromPartial(object: DeepPartial<QueryHealthRequest>): QueryHealthRequest {
    const message = createBaseQueryHealthRequest();
    message.owner = object.owner ?? "";
    message.number = object.number ?? 0;
    return message;
  },
  fromAmino(object: QueryHealthRequestAmino): QueryHealthRequest {
    const message = createBaseQueryHealthRequest();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.number !== undefined && object.number !== null) {
      message.number = object.number;
    }
    return message;
  },
  toAmino(message: QueryHealthRequest): QueryHealthRequestAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.number = message.number === 0 ? undefined : message.number;
    return obj;
  },
  fromAminoMsg(object: QueryHealthRequestAminoMsg): QueryHealthRequest {
    return QueryHealthRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryHealthRequestProtoMsg): QueryHealthRequest {
    return QueryHealthRequest.decode(message.value);
  },
  toProto(message: QueryHealthRequest): Uint8Array {
    return QueryHealthRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryHealthRequest): QueryHealthRequestProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.QueryHealthRequest",
      value: QueryHealthRequest.encode(message).finish()
    };
  }
};
function createBasePositionRisk(): PositionRisk {
  return {
    instrumentId: "",
    size: "",
    mark: "",
    delta: "",
    gamma: "",
    vega: "",
    theta: "",
    initialMargin: "",
    maintenanceMargin: ""
  };
}
export const PositionRisk = {
  typeUrl: "/settle.margin.v1.PositionRisk",
  encode(message: PositionRisk, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.instrumentId !== "") {
      writer.uint32(10).string(message.instrumentId);
    }
    if (message.size !== "") {
      writer.uint32(18).string(message.size);
    }
    if (message.mark !== "") {
      writer.uint32(26).string(message.mark);
    }
    if (message.delta !== "") {
      writer.uint32(34).string(message.delta);
    }
    if (message.gamma !== "") {
      writer.uint32(42).string(message.gamma);
    }
    if (message.vega !== "") {
      writer.uint32(50).string(message.vega);
    }
    if (message.theta !== "") {
      writer.uint32(58).string(message.theta);
    }
    if (message.initialMargin !== "") {
      writer.uint32(66).string(message.initialMargin);
    }
    if (message.maintenanceMargin !== "") {
      writer.uint32(74).string(message.maintenanceMargin);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PositionRisk {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePositionRisk();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.instrumentId = reader.string();
          break;
        case 2:
          message.size = reader.string();
          break;
        case 3:
          message.mark = reader.string();
          break;
        case 4:
          message.delta = reader.string();
          break;
        case 5:
          message.gamma = reader.string();
          break;
        case 6:
          message.vega = reader.string();
          break;
        case 7:
          message.theta = reader.string();
          break;
        case 8:
          message.initialMargin = reader.string();
          break;
        case 9:
          message.maintenanceMargin = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PositionRisk {
    return {
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      size: isSet(object.size) ? String(object.size) : "",
      mark: isSet(object.mark) ? String(object.mark) : "",
      delta: isSet(object.delta) ? String(object.delta) : "",
      gamma: isSet(object.gamma) ? String(object.gamma) : "",
      vega: isSet(object.vega) ? String(object.vega) : "",
      theta: isSet(object.theta) ? String(object.theta) : "",
      initialMargin: isSet(object.initialMargin) ? String(object.initialMargin) : "",
      maintenanceMargin: isSet(object.maintenanceMargin) ? String(object.maintenanceMargin) : ""
    };
  },
  toJSON(message: PositionRisk): JsonSafe<PositionRisk> {
    const obj: any = {};
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.size !== undefined && (obj.size = message.size);
    message.mark !== undefined && (obj.mark = message.mark);
    message.delta !== undefined && (obj.delta = message.delta);
    message.gamma !== undefined && (obj.gamma = message.gamma);
    message.vega !== undefined && (obj.vega = message.vega);
    message.theta !== undefined && (obj.theta = message.theta);
    message.initialMargin !== undefined && (obj.initialMargin = message.initialMargin);
    message.maintenanceMargin !== undefined && (obj.maintenanceMargin = message.maintenanceMargin);
    return obj;
  },
  fromPartial(object: DeepPartial<PositionRisk>): PositionRisk {
    const message = createBasePositionRisk();
    message.instrumentId = object.instrumentId ?? "";
    message.size = object.size ?? "";
    message.mark = object.mark ?? "";
    message.delta = object.delta ?? "";
    message.gamma = object.gamma ?? "";
    message.vega = object.vega ?? "";
    message.theta = object.theta ?? "";
    message.initialMargin = object.initialMargin ?? "";
    message.maintenanceMargin = object.maintenanceMargin ?? "";
    return message;
  },
  fromAmino(object: PositionRiskAmino): PositionRisk {
    const message = createBasePositionRisk();
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.size !== undefined && object.size !== null) {
      message.size = object.size;
    }
    if (object.mark !== undefined && object.mark !== null) {
      message.mark = object.mark;
    }
    if (object.delta !== undefined && object.delta !== null) {
      message.delta = object.delta;
    }
    if (object.gamma !== undefined && object.gamma !== null) {
      message.gamma = object.gamma;
    }
    if (object.vega !== undefined && object.vega !== null) {
      message.vega = object.vega;
    }
    if (object.theta !== undefined && object.theta !== null) {
      message.theta = object.theta;
    }
    if (object.initial_margin !== undefined && object.initial_margin !== null) {
      message.initialMargin = object.initial_margin;
    }
    if (object.maintenance_margin !== undefined && object.maintenance_margin !== null) {
      message.maintenanceMargin = object.maintenance_margin;
    }
    return message;
  },
  toAmino(message: PositionRisk): PositionRiskAmino {
    const obj: any = {};
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.size = message.size === "" ? undefined : message.size;
    obj.mark = message.mark === "" ? undefined : message.mark;
    obj.delta = message.delta === "" ? undefined : message.delta;
    obj.gamma = message.gamma === "" ? undefined : message.gamma;
    obj.vega = message.vega === "" ? undefined : message.vega;
    obj.theta = message.theta === "" ? undefined : message.theta;
    obj.initial_margin = message.initialMargin === "" ? undefined : message.initialMargin;
    obj.maintenance_margin = message.maintenanceMargin === "" ? undefined : message.maintenanceMargin;
    return obj;
  },
  fromAminoMsg(object: PositionRiskAminoMsg): PositionRisk {
    return PositionRisk.fromAmino(object.value);
  },
  fromProtoMsg(message: PositionRiskProtoMsg): PositionRisk {
    return PositionRisk.decode(message.value);
  },
  toProto(message: PositionRisk): Uint8Array {
    return PositionRisk.encode(message).finish();
  },
  toProtoMsg(message: PositionRisk): PositionRiskProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.PositionRisk",
      value: PositionRisk.encode(message).finish()
    };
  }
};
function createBaseQueryHealthResponse(): QueryHealthResponse {
  return {
    portfolioMargin: false,
    collateralValue: "",
    equity: "",
    initialMargin: "",
    maintenanceMargin: "",
    freeCollateral: "",
    positions: [],
    worstScenario: "",
    marginCallLevel: "",
    liquidationLevel: "",
    status: ""
  };
}
export const QueryHealthResponse = {
  typeUrl: "/settle.margin.v1.QueryHealthResponse",
  encode(message: QueryHealthResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.portfolioMargin === true) {
      writer.uint32(8).bool(message.portfolioMargin);
    }
    if (message.collateralValue !== "") {
      writer.uint32(18).string(message.collateralValue);
    }
    if (message.equity !== "") {
      writer.uint32(26).string(message.equity);
    }
    if (message.initialMargin !== "") {
      writer.uint32(34).string(message.initialMargin);
    }
    if (message.maintenanceMargin !== "") {
      writer.uint32(42).string(message.maintenanceMargin);
    }
    if (message.freeCollateral !== "") {
      writer.uint32(50).string(message.freeCollateral);
    }
    for (const v of message.positions) {
      PositionRisk.encode(v!, writer.uint32(58).fork()).ldelim();
    }
    if (message.worstScenario !== "") {
      writer.uint32(66).string(message.worstScenario);
    }
    if (message.marginCallLevel !== "") {
      writer.uint32(74).string(message.marginCallLevel);
    }
    if (message.liquidationLevel !== "") {
      writer.uint32(82).string(message.liquidationLevel);
    }
    if (message.status !== "") {
      writer.uint32(90).string(message.status);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryHealthResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryHealthResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.portfolioMargin = reader.bool();
          break;
        case 2:
          message.collateralValue = reader.string();
          break;
        case 3:
          message.equity = reader.string();
          break;
        case 4:
          message.initialMargin = reader.string();
          break;
        case 5:
          message.maintenanceMargin = reader.string();
          break;
        case 6:
          message.freeCollateral = reader.string();
          break;
        case 7:
          message.positions.push(PositionRisk.decode(reader, reader.uint32()));
          break;
        case 8:
          message.worstScenario = reader.string();
          break;
        case 9:
          message.marginCallLevel = reader.string();
          break;
        case 10:
          message.liquidationLevel = reader.string();
          break;
        case 11:
          message.status = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryHealthResponse {
    return {
      portfolioMargin: isSet(object.portfolioMargin) ? Boolean(object.portfolioMargin) : false,
      collateralValue: isSet(object.collateralValue) ? String(object.collateralValue) : "",
      equity: isSet(object.equity) ? String(object.equity) : "",
      initialMargin: isSet(object.initialMargin) ? String(object.initialMargin) : "",
      maintenanceMargin: isSet(object.maintenanceMargin) ? String(object.maintenanceMargin) : "",
      freeCollateral: isSet(object.freeCollateral) ? String(object.freeCollateral) : "",
      positions: Array.isArray(object?.positions) ? object.positions.map((e: any) => PositionRisk.fromJSON(e)) : [],
      worstScenario: isSet(object.worstScenario) ? String(object.worstScenario) : "",
      marginCallLevel: isSet(object.marginCallLevel) ? String(object.marginCallLevel) : "",
      liquidationLevel: isSet(object.liquidationLevel) ? String(object.liquidationLevel) : "",
      status: isSet(object.status) ? String(object.status) : ""
    };
  },
  toJSON(message: QueryHealthResponse): JsonSafe<QueryHealthResponse> {
    const obj: any = {};
    message.portfolioMargin !== undefined && (obj.portfolioMargin = message.portfolioMargin);
    message.collateralValue !== undefined && (obj.collateralValue = message.collateralValue);
    message.equity !== undefined && (obj.equity = message.equity);
    message.initialMargin !== undefined && (obj.initialMargin = message.initialMargin);
    message.maintenanceMargin !== undefined && (obj.maintenanceMargin = message.maintenanceMargin);
    message.freeCollateral !== undefined && (obj.freeCollateral = message.freeCollateral);
    if (message.positions) {
      obj.positions = message.positions.map(e => e ? PositionRisk.toJSON(e) : undefined);
    } else {
      obj.positions = [];
    }
    message.worstScenario !== undefined && (obj.worstScenario = message.worstScenario);
    message.marginCallLevel !== undefined && (obj.marginCallLevel = message.marginCallLevel);
    message.liquidationLevel !== undefined && (obj.liquidationLevel = message.liquidationLevel);
    message.status !== undefined && (obj.status = message.status);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryHealthResponse>): QueryHealthResponse {
    const message = createBaseQueryHealthResponse();
    message.portfolioMargin = object.portfolioMargin ?? false;
    message.collateralValue = object.collateralValue ?? "";
    message.equity = object.equity ?? "";
    message.initialMargin = object.initialMargin ?? "";
    message.maintenanceMargin = object.maintenanceMargin ?? "";
    message.freeCollateral = object.freeCollateral ?? "";
    message.positions = object.positions?.map(e => PositionRisk.fromPartial(e)) || [];
    message.worstScenario = object.worstScenario ?? "";
    message.marginCallLevel = object.marginCallLevel ?? "";
    message.liquidationLevel = object.liquidationLevel ?? "";
    message.status = object.status ?? "";
    return message;
  },
  fromAmino(object: QueryHealthResponseAmino): QueryHealthResponse {
    const message = createBaseQueryHealthResponse();
    if (object.portfolio_margin !== undefined && object.portfolio_margin !== null) {
      message.portfolioMargin = object.portfolio_margin;
    }
    if (object.collateral_value !== undefined && object.collateral_value !== null) {
      message.collateralValue = object.collateral_value;
    }
    if (object.equity !== undefined && object.equity !== null) {
      message.equity = object.equity;
    }
    if (object.initial_margin !== undefined && object.initial_margin !== null) {
      message.initialMargin = object.initial_margin;
    }
    if (object.maintenance_margin !== undefined && object.maintenance_margin !== null) {
      message.maintenanceMargin = object.maintenance_margin;
    }
    if (object.free_collateral !== undefined && object.free_collateral !== null) {
      message.freeCollateral = object.free_collateral;
    }
    message.positions = object.positions?.map(e => PositionRisk.fromAmino(e)) || [];
    if (object.worst_scenario !== undefined && object.worst_scenario !== null) {
      message.worstScenario = object.worst_scenario;
    }
    if (object.margin_call_level !== undefined && object.margin_call_level !== null) {
      message.marginCallLevel = object.margin_call_level;
    }
    if (object.liquidation_level !== undefined && object.liquidation_level !== null) {
      message.liquidationLevel = object.liquidation_level;
    }
    if (object.status !== undefined && object.status !== null) {
      message.status = object.status;
    }
    return message;
  },
  toAmino(message: QueryHealthResponse): QueryHealthResponseAmino {
    const obj: any = {};
    obj.portfolio_margin = message.portfolioMargin === false ? undefined : message.portfolioMargin;
    obj.collateral_value = message.collateralValue === "" ? undefined : message.collateralValue;
    obj.equity = message.equity === "" ? undefined : message.equity;
    obj.initial_margin = message.initialMargin === "" ? undefined : message.initialMargin;
    obj.maintenance_margin = message.maintenanceMargin === "" ? undefined : message.maintenanceMargin;
    obj.free_collateral = message.freeCollateral === "" ? undefined : message.freeCollateral;
    if (message.positions && message.positions.length > 0) {
      obj.positions = message.positions.map(e => e ? PositionRisk.toAmino(e) : undefined);
    }
    obj.worst_scenario = message.worstScenario === "" ? undefined : message.worstScenario;
    obj.margin_call_level = message.marginCallLevel === "" ? undefined : message.marginCallLevel;
    obj.liquidation_level = message.liquidationLevel === "" ? undefined : message.liquidationLevel;
    obj.status = message.status === "" ? undefined : message.status;
    return obj;
  },
  fromAminoMsg(object: QueryHealthResponseAminoMsg): QueryHealthResponse {
    return QueryHealthResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryHealthResponseProtoMsg): QueryHealthResponse {
    return QueryHealthResponse.decode(message.value);
  },
  toProto(message: QueryHealthResponse): Uint8Array {
    return QueryHealthResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryHealthResponse): QueryHealthResponseProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.QueryHealthResponse",
      value: QueryHealthResponse.encode(message).finish()
    };
  }
};
function createBaseQuerySubaccountRequest(): QuerySubaccountRequest {
  return {
    owner: "",
    number: 0
  };
}
export const QuerySubaccountRequest = {
  typeUrl: "/settle.margin.v1.QuerySubaccountRequest",
  encode(message: QuerySubaccountRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.number !== 0) {
      writer.uint32(16).uint32(message.number);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QuerySubaccountRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQuerySubaccountRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        case 2:
          message.number = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QuerySubaccountRequest {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      number: isSet(object.number) ? Number(object.number) : 0
    };
  },
  toJSON(message: QuerySubaccountRequest): JsonSafe<QuerySubaccountRequest> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.number !== undefined && (obj.number = Math.round(message.number));
    return obj;
  },
  fromPartial(object: DeepPartial<QuerySubaccountRequest>): QuerySubaccountRequest {
    const message = createBaseQuerySubaccountRequest();
    message.owner = object.owner ?? "";
    message.number = object.number ?? 0;
    return message;
  },
  fromAmino(object: QuerySubaccountRequestAmino): QuerySubaccountRequest {
    const message = createBaseQuerySubaccountRequest();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.number !== undefined && object.number !== null) {
      message.number = object.number;
    }
    return message;
  },
  toAmino(message: QuerySubaccountRequest): QuerySubaccountRequestAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.number = message.number === 0 ? undefined : message.number;
    return obj;
  },
  fromAminoMsg(object: QuerySubaccountRequestAminoMsg): QuerySubaccountRequest {
    return QuerySubaccountRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QuerySubaccountRequestProtoMsg): QuerySubaccountRequest {
    return QuerySubaccountRequest.decode(message.value);
  },
  toProto(message: QuerySubaccountRequest): Uint8Array {
    return QuerySubaccountRequest.encode(message).finish();
  },
  toProtoMsg(message: QuerySubaccountRequest): QuerySubaccountRequestProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.QuerySubaccountRequest",
      value: QuerySubaccountRequest.encode(message).finish()
    };
  }
};
function createBaseQuerySubaccountResponse(): QuerySubaccountResponse {
  return {
    subaccount: undefined
  };
}
export const QuerySubaccountResponse = {
  typeUrl: "/settle.margin.v1.QuerySubaccountResponse",
  encode(message: QuerySubaccountResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.subaccount !== undefined) {
      SubaccountState.encode(message.subaccount, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QuerySubaccountResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQuerySubaccountResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.subaccount = SubaccountState.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QuerySubaccountResponse {
    return {
      subaccount: isSet(object.subaccount) ? SubaccountState.fromJSON(object.subaccount) : undefined
    };
  },
  toJSON(message: QuerySubaccountResponse): JsonSafe<QuerySubaccountResponse> {
    const obj: any = {};
    message.subaccount !== undefined && (obj.subaccount = message.subaccount ? SubaccountState.toJSON(message.subaccount) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<QuerySubaccountResponse>): QuerySubaccountResponse {
    const message = createBaseQuerySubaccountResponse();
    message.subaccount = object.subaccount !== undefined && object.subaccount !== null ? SubaccountState.fromPartial(object.subaccount) : undefined;
    return message;
  },
  fromAmino(object: QuerySubaccountResponseAmino): QuerySubaccountResponse {
    const message = createBaseQuerySubaccountResponse();
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = SubaccountState.fromAmino(object.subaccount);
    }
    return message;
  },
  toAmino(message: QuerySubaccountResponse): QuerySubaccountResponseAmino {
    const obj: any = {};
    obj.subaccount = message.subaccount ? SubaccountState.toAmino(message.subaccount) : undefined;
    return obj;
  },
  fromAminoMsg(object: QuerySubaccountResponseAminoMsg): QuerySubaccountResponse {
    return QuerySubaccountResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QuerySubaccountResponseProtoMsg): QuerySubaccountResponse {
    return QuerySubaccountResponse.decode(message.value);
  },
  toProto(message: QuerySubaccountResponse): Uint8Array {
    return QuerySubaccountResponse.encode(message).finish();
  },
  toProtoMsg(message: QuerySubaccountResponse): QuerySubaccountResponseProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.QuerySubaccountResponse",
      value: QuerySubaccountResponse.encode(message).finish()
    };
  }
};
function createBaseQuerySubaccountsRequest(): QuerySubaccountsRequest {
  return {
    owner: ""
  };
}
export const QuerySubaccountsRequest = {
  typeUrl: "/settle.margin.v1.QuerySubaccountsRequest",
  encode(message: QuerySubaccountsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QuerySubaccountsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQuerySubaccountsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QuerySubaccountsRequest {
    return {
      owner: isSet(object.owner) ? String(object.owner) : ""
    };
  },
  toJSON(message: QuerySubaccountsRequest): JsonSafe<QuerySubaccountsRequest> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    return obj;
  },
  fromPartial(object: DeepPartial<QuerySubaccountsRequest>): QuerySubaccountsRequest {
    const message = createBaseQuerySubaccountsRequest();
    message.owner = object.owner ?? "";
    return message;
  },
  fromAmino(object: QuerySubaccountsRequestAmino): QuerySubaccountsRequest {
    const message = createBaseQuerySubaccountsRequest();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    return message;
  },
  toAmino(message: QuerySubaccountsRequest): QuerySubaccountsRequestAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    return obj;
  },
  fromAminoMsg(object: QuerySubaccountsRequestAminoMsg): QuerySubaccountsRequest {
    return QuerySubaccountsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QuerySubaccountsRequestProtoMsg): QuerySubaccountsRequest {
    return QuerySubaccountsRequest.decode(message.value);
  },
  toProto(message: QuerySubaccountsRequest): Uint8Array {
    return QuerySubaccountsRequest.encode(message).finish();
  },
  toProtoMsg(message: QuerySubaccountsRequest): QuerySubaccountsRequestProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.QuerySubaccountsRequest",
      value: QuerySubaccountsRequest.encode(message).finish()
    };
  }
};
function createBaseQuerySubaccountsResponse(): QuerySubaccountsResponse {
  return {
    subaccounts: []
  };
}
export const QuerySubaccountsResponse = {
  typeUrl: "/settle.margin.v1.QuerySubaccountsResponse",
  encode(message: QuerySubaccountsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.subaccounts) {
      SubaccountState.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QuerySubaccountsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQuerySubaccountsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.subaccounts.push(SubaccountState.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QuerySubaccountsResponse {
    return {
      subaccounts: Array.isArray(object?.subaccounts) ? object.subaccounts.map((e: any) => SubaccountState.fromJSON(e)) : []
    };
  },
  toJSON(message: QuerySubaccountsResponse): JsonSafe<QuerySubaccountsResponse> {
    const obj: any = {};
    if (message.subaccounts) {
      obj.subaccounts = message.subaccounts.map(e => e ? SubaccountState.toJSON(e) : undefined);
    } else {
      obj.subaccounts = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<QuerySubaccountsResponse>): QuerySubaccountsResponse {
    const message = createBaseQuerySubaccountsResponse();
    message.subaccounts = object.subaccounts?.map(e => SubaccountState.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: QuerySubaccountsResponseAmino): QuerySubaccountsResponse {
    const message = createBaseQuerySubaccountsResponse();
    message.subaccounts = object.subaccounts?.map(e => SubaccountState.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: QuerySubaccountsResponse): QuerySubaccountsResponseAmino {
    const obj: any = {};
    if (message.subaccounts && message.subaccounts.length > 0) {
      obj.subaccounts = message.subaccounts.map(e => e ? SubaccountState.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: QuerySubaccountsResponseAminoMsg): QuerySubaccountsResponse {
    return QuerySubaccountsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QuerySubaccountsResponseProtoMsg): QuerySubaccountsResponse {
    return QuerySubaccountsResponse.decode(message.value);
  },
  toProto(message: QuerySubaccountsResponse): Uint8Array {
    return QuerySubaccountsResponse.encode(message).finish();
  },
  toProtoMsg(message: QuerySubaccountsResponse): QuerySubaccountsResponseProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.QuerySubaccountsResponse",
      value: QuerySubaccountsResponse.encode(message).finish()
    };
  }
};
function createBaseQueryCollateralAssetsRequest(): QueryCollateralAssetsRequest {
  return {};
}
export const QueryCollateralAssetsRequest = {
  typeUrl: "/settle.margin.v1.QueryCollateralAssetsRequest",
  encode(_: QueryCollateralAssetsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryCollateralAssetsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryCollateralAssetsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): QueryCollateralAssetsRequest {
    return {};
  },
  toJSON(_: QueryCollateralAssetsRequest): JsonSafe<QueryCollateralAssetsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<QueryCollateralAssetsRequest>): QueryCollateralAssetsRequest {
    const message = createBaseQueryCollateralAssetsRequest();
    return message;
  },
  fromAmino(_: QueryCollateralAssetsRequestAmino): QueryCollateralAssetsRequest {
    const message = createBaseQueryCollateralAssetsRequest();
    return message;
  },
  toAmino(_: QueryCollateralAssetsRequest): QueryCollateralAssetsRequestAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: QueryCollateralAssetsRequestAminoMsg): QueryCollateralAssetsRequest {
    return QueryCollateralAssetsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryCollateralAssetsRequestProtoMsg): QueryCollateralAssetsRequest {
    return QueryCollateralAssetsRequest.decode(message.value);
  },
  toProto(message: QueryCollateralAssetsRequest): Uint8Array {
    return QueryCollateralAssetsRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryCollateralAssetsRequest): QueryCollateralAssetsRequestProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.QueryCollateralAssetsRequest",
      value: QueryCollateralAssetsRequest.encode(message).finish()
    };
  }
};
function createBaseQueryCollateralAssetsResponse(): QueryCollateralAssetsResponse {
  return {
    assets: [],
    totals: []
  };
}
export const QueryCollateralAssetsResponse = {
  typeUrl: "/settle.margin.v1.QueryCollateralAssetsResponse",
  encode(message: QueryCollateralAssetsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.assets) {
      CollateralAsset.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.totals) {
      CollateralBalance.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryCollateralAssetsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryCollateralAssetsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.assets.push(CollateralAsset.decode(reader, reader.uint32()));
          break;
        case 2:
          message.totals.push(CollateralBalance.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryCollateralAssetsResponse {
    return {
      assets: Array.isArray(object?.assets) ? object.assets.map((e: any) => CollateralAsset.fromJSON(e)) : [],
      totals: Array.isArray(object?.totals) ? object.totals.map((e: any) => CollateralBalance.fromJSON(e)) : []
    };
  },
  toJSON(message: QueryCollateralAssetsResponse): JsonSafe<QueryCollateralAssetsResponse> {
    const obj: any = {};
    if (message.assets) {
      obj.assets = message.assets.map(e => e ? CollateralAsset.toJSON(e) : undefined);
    } else {
      obj.assets = [];
    }
    if (message.totals) {
      obj.totals = message.totals.map(e => e ? CollateralBalance.toJSON(e) : undefined);
    } else {
      obj.totals = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<QueryCollateralAssetsResponse>): QueryCollateralAssetsResponse {
    const message = createBaseQueryCollateralAssetsResponse();
    message.assets = object.assets?.map(e => CollateralAsset.fromPartial(e)) || [];
    message.totals = object.totals?.map(e => CollateralBalance.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: QueryCollateralAssetsResponseAmino): QueryCollateralAssetsResponse {
    const message = createBaseQueryCollateralAssetsResponse();
    message.assets = object.assets?.map(e => CollateralAsset.fromAmino(e)) || [];
    message.totals = object.totals?.map(e => CollateralBalance.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: QueryCollateralAssetsResponse): QueryCollateralAssetsResponseAmino {
    const obj: any = {};
    if (message.assets && message.assets.length > 0) {
      obj.assets = message.assets.map(e => e ? CollateralAsset.toAmino(e) : undefined);
    }
    if (message.totals && message.totals.length > 0) {
      obj.totals = message.totals.map(e => e ? CollateralBalance.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: QueryCollateralAssetsResponseAminoMsg): QueryCollateralAssetsResponse {
    return QueryCollateralAssetsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryCollateralAssetsResponseProtoMsg): QueryCollateralAssetsResponse {
    return QueryCollateralAssetsResponse.decode(message.value);
  },
  toProto(message: QueryCollateralAssetsResponse): Uint8Array {
    return QueryCollateralAssetsResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryCollateralAssetsResponse): QueryCollateralAssetsResponseProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.QueryCollateralAssetsResponse",
      value: QueryCollateralAssetsResponse.encode(message).finish()
    };
  }
};
function createBaseQueryParamsRequest(): QueryParamsRequest {
  return {};
}
export const QueryParamsRequest = {
  typeUrl: "/settle.margin.v1.QueryParamsRequest",
  encode(_: QueryParamsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryParamsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryParamsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): QueryParamsRequest {
    return {};
  },
  toJSON(_: QueryParamsRequest): JsonSafe<QueryParamsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<QueryParamsRequest>): QueryParamsRequest {
    const message = createBaseQueryParamsRequest();
    return message;
  },
  fromAmino(_: QueryParamsRequestAmino): QueryParamsRequest {
    const message = createBaseQueryParamsRequest();
    return message;
  },
  toAmino(_: QueryParamsRequest): QueryParamsRequestAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: QueryParamsRequestAminoMsg): QueryParamsRequest {
    return QueryParamsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryParamsRequestProtoMsg): QueryParamsRequest {
    return QueryParamsRequest.decode(message.value);
  },
  toProto(message: QueryParamsRequest): Uint8Array {
    return QueryParamsRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryParamsRequest): QueryParamsRequestProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.QueryParamsRequest",
      value: QueryParamsRequest.encode(message).finish()
    };
  }
};
function createBaseQueryParamsResponse(): QueryParamsResponse {
  return {
    params: undefined
  };
}
export const QueryParamsResponse = {
  typeUrl: "/settle.margin.v1.QueryParamsResponse",
  encode(message: QueryParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryParamsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.params = Params.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryParamsResponse {
    return {
      params: isSet(object.params) ? Params.fromJSON(object.params) : undefined
    };
  },
  toJSON(message: QueryParamsResponse): JsonSafe<QueryParamsResponse> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryParamsResponse>): QueryParamsResponse {
    const message = createBaseQueryParamsResponse();
    message.params = object.params !== undefined && object.params !== null ? Params.fromPartial(object.params) : undefined;
    return message;
  },
  fromAmino(object: QueryParamsResponseAmino): QueryParamsResponse {
    const message = createBaseQueryParamsResponse();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromAmino(object.params);
    }
    return message;
  },
  toAmino(message: QueryParamsResponse): QueryParamsResponseAmino {
    const obj: any = {};
    obj.params = message.params ? Params.toAmino(message.params) : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryParamsResponseAminoMsg): QueryParamsResponse {
    return QueryParamsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryParamsResponseProtoMsg): QueryParamsResponse {
    return QueryParamsResponse.decode(message.value);
  },
  toProto(message: QueryParamsResponse): Uint8Array {
    return QueryParamsResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryParamsResponse): QueryParamsResponseProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.QueryParamsResponse",
      value: QueryParamsResponse.encode(message).finish()
    };
  }
};