/* eslint-disable */
import { GeneratedType, Registry, OfflineSigner } from "@cosmjs/proto-signing";
import { defaultRegistryTypes, AminoTypes, SigningStargateClient } from "@cosmjs/stargate";
import { HttpEndpoint } from "@cosmjs/tendermint-rpc";
import * as settleBridgeV1TxRegistry from "./bridge/v1/tx.registry";
import * as settleLiquidationV1TxRegistry from "./liquidation/v1/tx.registry";
import * as settleMarginV1TxRegistry from "./margin/v1/tx.registry";
import * as settleOptionsV1TxRegistry from "./options/v1/tx.registry";
import * as settleOracleV1TxRegistry from "./oracle/v1/tx.registry";
import * as settleBridgeV1TxAmino from "./bridge/v1/tx.amino";
import * as settleLiquidationV1TxAmino from "./liquidation/v1/tx.amino";
import * as settleMarginV1TxAmino from "./margin/v1/tx.amino";
import * as settleOptionsV1TxAmino from "./options/v1/tx.amino";
import * as settleOracleV1TxAmino from "./oracle/v1/tx.amino";
export const settleAminoConverters = {
  ...settleBridgeV1TxAmino.AminoConverter,
  ...settleLiquidationV1TxAmino.AminoConverter,
  ...settleMarginV1TxAmino.AminoConverter,
  ...settleOptionsV1TxAmino.AminoConverter,
  ...settleOracleV1TxAmino.AminoConverter
};
export const settleProtoRegistry: ReadonlyArray<[string, GeneratedType]> = [...settleBridgeV1TxRegistry.registry, ...settleLiquidationV1TxRegistry.registry, ...settleMarginV1TxRegistry.registry, ...settleOptionsV1TxRegistry.registry, ...settleOracleV1TxRegistry.registry];
export const getSigningSettleClientOptions = ({
  defaultTypes = defaultRegistryTypes
}: {
  defaultTypes?: ReadonlyArray<[string, GeneratedType]>;
} = {}): {
  registry: Registry;
  aminoTypes: AminoTypes;
} => {
  const registry = new Registry([...defaultTypes, ...settleProtoRegistry]);
  const aminoTypes = new AminoTypes({
    ...settleAminoConverters
  });
  return {
    registry,
    aminoTypes
  };
};
export const getSigningSettleClient = async ({
  rpcEndpoint,
  signer,
  defaultTypes = defaultRegistryTypes
}: {
  rpcEndpoint: string | HttpEndpoint;
  signer: OfflineSigner;
  defaultTypes?: ReadonlyArray<[string, GeneratedType]>;
}) => {
  const {
    registry,
    aminoTypes
  } = getSigningSettleClientOptions({
    defaultTypes
  });
  const client = await SigningStargateClient.connectWithSigner(rpcEndpoint, signer, {
    registry: registry as any,
    aminoTypes
  });
  return client;
};