/* eslint-disable */
import { Params, ParamsAmino, CollateralAsset, CollateralAssetAmino, SubaccountState, SubaccountStateAmino, Clearing, ClearingAmino } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
/** GenesisState is the margin module's section of genesis (app_state.margin, proto3 JSON). */
export interface GenesisState {
  params?: Params;
  assets: CollateralAsset[];
  subaccounts: SubaccountState[];
  /** clearing: instruments part-way through settlement and their clearing balances. */
  clearing: Clearing[];
}
export interface GenesisStateProtoMsg {
  typeUrl: "/settle.margin.v1.GenesisState";
  value: Uint8Array;
}
/**
 * GenesisState is the margin module's section of genesis (app_state.margin, proto3 JSON).
 * @name GenesisStateAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.GenesisState
 */
export interface GenesisStateAmino {
  params?: ParamsAmino;
  assets?: CollateralAssetAmino[];
  subaccounts?: SubaccountStateAmino[];
  /**
   * clearing: instruments part-way through settlement and their clearing balances.
   */
  clearing?: ClearingAmino[];
}
export interface GenesisStateAminoMsg {
  type: "/settle.margin.v1.GenesisState";
  value: GenesisStateAmino;
}
function createBaseGenesisState(): GenesisState {
  return {
    params: undefined,
    assets: [],
    subaccounts: [],
    clearing: []
  };
}
export const GenesisState = {
  typeUrl: "/settle.margin.v1.GenesisState",
  encode(message: GenesisState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.assets) {
      CollateralAsset.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    for (const v of message.subaccounts) {
      SubaccountState.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.clearing) {
      Clearing.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): GenesisState {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseGenesisState();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.params = Params.decode(reader, reader.uint32());
          break;
        case 2:
          message.assets.push(CollateralAsset.decode(reader, reader.uint32()));
          break;
        case 3:
          message.subaccounts.push(SubaccountState.decode(reader, reader.uint32()));
          break;
        case 4:
          message.clearing.push(Clearing.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): GenesisState {
    return {
      params: isSet(object.params) ? Params.fromJSON(object.params) : undefined,
      assets: Array.isArray(object?.assets) ? object.assets.map((e: any) => CollateralAsset.fromJSON(e)) : [],
      subaccounts: Array.isArray(object?.subaccounts) ? object.subaccounts.map((e: any) => SubaccountState.fromJSON(e)) : [],
      clearing: Array.isArray(object?.clearing) ? object.clearing.map((e: any) => Clearing.fromJSON(e)) : []
    };
  },
  toJSON(message: GenesisState): JsonSafe<GenesisState> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    if (message.assets) {
      obj.assets = message.assets.map(e => e ? CollateralAsset.toJSON(e) : undefined);
    } else {
      obj.assets = [];
    }
    if (message.subaccounts) {
      obj.subaccounts = message.subaccounts.map(e => e ? SubaccountState.toJSON(e) : undefined);
    } else {
      obj.subaccounts = [];
    }
    if (message.clearing) {
      obj.clearing = message.clearing.map(e => e ? Clearing.toJSON(e) : undefined);
    } else {
      obj.clearing = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<GenesisState>): GenesisState {
    const message = createBaseGenesisState();
    message.params = object.params !== undefined && object.params !== null ? Params.fromPartial(object.params) : undefined;
    message.assets = object.assets?.map(e => CollateralAsset.fromPartial(e)) || [];
    message.subaccounts = object.subaccounts?.map(e => SubaccountState.fromPartial(e)) || [];
    message.clearing = object.clearing?.map(e => Clearing.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: GenesisStateAmino): GenesisState {
    const message = createBaseGenesisState();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromAmino(object.params);
    }
    message.assets = object.assets?.map(e => CollateralAsset.fromAmino(e)) || [];
    message.subaccounts = object.subaccounts?.map(e => SubaccountState.fromAmino(e)) || [];
    message.clearing = object.clearing?.map(e => Clearing.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: GenesisState): GenesisStateAmino {
    const obj: any = {};
    obj.params = message.params ? Params.toAmino(message.params) : undefined;
    if (message.assets && message.assets.length > 0) {
      obj.assets = message.assets.map(e => e ? CollateralAsset.toAmino(e) : undefined);
    }
    if (message.subaccounts && message.subaccounts.length > 0) {
      obj.subaccounts = message.subaccounts.map(e => e ? SubaccountState.toAmino(e) : undefined);
    }
    if (message.clearing && message.clearing.length > 0) {
      obj.clearing = message.clearing.map(e => e ? Clearing.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: GenesisStateAminoMsg): GenesisState {
    return GenesisState.fromAmino(object.value);
  },
  fromProtoMsg(message: GenesisStateProtoMsg): GenesisState {
    return GenesisState.decode(message.value);
  },
  toProto(message: GenesisState): Uint8Array {
    return GenesisState.encode(message).finish();
  },
  toProtoMsg(message: GenesisState): GenesisStateProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.GenesisState",
      value: GenesisState.encode(message).finish()
    };
  }
};