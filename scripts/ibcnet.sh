#!/usr/bin/env bash
# npm run ibcnet: settle and an ibc-go chain on one machine, joined by the Go relayer.
#
#   1. installs what it needs (npm packages, CometBFT, simd = ibc-go v8.8.0 simapp, rly = relayer v2.6.0;
#      the project's install scripts, cached in tools/bin) and builds settle;
#   2. starts a settle devnet (chain settle-devnet-1; RPC 26657, gRPC 9090, as `npm run devnet`) with its
#      home in .settle/ibcnet/settle;
#   3. starts a simd chain (ibcnet-simd-1; P2P 36856, RPC 36857, gRPC 36863; REST off) in .settle/ibcnet/simd,
#      with settle's development mnemonics for alice, bob and the relayer key (carol), all funded;
#   4. writes the relayer's config in .settle/ibcnet/rly without the chain registry (one chain file per
#      chain, local RPC), restores the relayer key on both chains and creates the path `settle-simd`;
#   5. shows the relayer's balance on both chains as rly reads it (rly talks to settle's RPC);
#   6. asks settle whether it speaks IBC (the ICS-02 ClientStates query the relayer needs). If it does not,
#      it says so, stops both chains and exits 3 BEFORE `rly tx link` — what works up to here is real;
#      if it does, it links the chains (clients, connection, transfer channel), prints how to send tokens
#      both ways, and runs `rly start` in the foreground (Ctrl-C stops the relayer and both chains).
#
# The same chains, relayer and transfers are tested end to end by `npm run test:ibc`.
#
# Usage: npm run ibcnet [-- --reset]   (--reset deletes .settle/ibcnet and starts both chains anew)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
WORK="$ROOT/.settle/ibcnet"
SIMD="$ROOT/tools/bin/simd"
RLY="$ROOT/tools/bin/rly"
TS_NODE=(node -r ts-node/register/transpile-only)
SETTLE_CHAIN_ID="settle-devnet-1"
SETTLE_RPC="http://127.0.0.1:26657"
SIMD_CHAIN_ID="ibcnet-simd-1"
SIMD_BASE_PORT=36856
SIMD_RPC="http://127.0.0.1:$((SIMD_BASE_PORT + 1))"
PATH_NAME="settle-simd"
# carol's public development mnemonic (chain/node/dev-accounts.ts): the relayer key on both chains
RELAYER_MNEMONIC="dish wire mention traffic plate bundle above genre zebra figure scheme carry wisdom certain fee execute speak ghost margin drop trim crunch dawn tomato"

say() { echo "[ibcnet] $*"; }
die() { echo "[ibcnet] $*" >&2; exit 1; }

reset=""
for arg in "$@"; do
  case "$arg" in
    --reset) reset=1 ;;
    -h | --help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$arg' (usage: npm run ibcnet [-- --reset])" ;;
  esac
done

bash scripts/ensure-deps.sh
bash scripts/install-cometbft.sh
bash scripts/install-simd.sh
bash scripts/install-relayer.sh
bash scripts/build.sh

if [ -n "$reset" ]; then rm -rf "$WORK"; fi
mkdir -p "$WORK"

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# wait_rpc URL NAME LOG: until CometBFT's /status answers with a height ≥ 1 (90 s).
wait_rpc() {
  for _ in $(seq 1 180); do
    h="$(curl -s --max-time 2 "$1/status" | sed -n -E 's/.*"latest_block_height": *"([0-9]+)".*/\1/p' || true)"
    if [ -n "$h" ] && [ "$h" -ge 1 ]; then return 0; fi
    sleep 0.5
  done
  die "$2 did not produce blocks at $1 within 90 s; see $3"
}

if curl -s --max-time 2 "$SETTLE_RPC/status" >/dev/null 2>&1; then
  die "something already answers at $SETTLE_RPC (a running devnet?); stop it first: ibcnet starts its own settle devnet"
fi
if curl -s --max-time 2 "$SIMD_RPC/status" >/dev/null 2>&1; then
  die "something already answers at $SIMD_RPC; stop it first"
fi

say "starting the settle devnet (home .settle/ibcnet/settle, log .settle/ibcnet/settle.log)"
node --max-semi-space-size=64 dist/chain/node/main.js devnet --home "$WORK/settle" >> "$WORK/settle.log" 2>&1 &
pids+=($!)
wait_rpc "$SETTLE_RPC" "settle" "$WORK/settle.log"

if [ ! -f "$WORK/simd/config/genesis.json" ]; then
  say "creating the simd chain $SIMD_CHAIN_ID"
  "${TS_NODE[@]}" scripts/ibc/simd-chain.ts init --simd "$SIMD" --home "$WORK/simd" --chain-id "$SIMD_CHAIN_ID" --base-port "$SIMD_BASE_PORT" > "$WORK/simd-accounts.json"
fi
say "starting simd (home .settle/ibcnet/simd, log .settle/ibcnet/simd.log)"
"$SIMD" start --home "$WORK/simd" >> "$WORK/simd.log" 2>&1 &
pids+=($!)
wait_rpc "$SIMD_RPC" "simd" "$WORK/simd.log"

if [ ! -f "$WORK/rly/config/config.yaml" ]; then
  say "writing the relayer config (.settle/ibcnet/rly): chains $SETTLE_CHAIN_ID and $SIMD_CHAIN_ID, path $PATH_NAME"
  "${TS_NODE[@]}" scripts/ibc/relayer.ts setup --rly "$RLY" --home "$WORK/rly" --path "$PATH_NAME" \
    --chain "$SETTLE_CHAIN_ID,$SETTLE_RPC,settle,0.025usettle" \
    --chain "$SIMD_CHAIN_ID,$SIMD_RPC,cosmos,0stake" \
    --mnemonic "$RELAYER_MNEMONIC" > "$WORK/rly-addresses.json"
fi
say "relayer addresses: $(cat "$WORK/rly-addresses.json")"
# The relayer's balances, read by rly itself through each chain's RPC (settle's bank queries work today).
for chain in "$SETTLE_CHAIN_ID" "$SIMD_CHAIN_ID"; do
  if bal="$("$RLY" query balance "$chain" --home "$WORK/rly" 2>&1)"; then say "rly query balance $chain: $bal"; else say "rly query balance $chain failed: $(printf '%s' "$bal" | tail -n 2)"; fi
done

# Does settle answer the queries a relayer starts with? (code 0 from the ICS-02 ClientStates query)
answer="$(curl -s --max-time 5 "$SETTLE_RPC/abci_query?path=%22/ibc.core.client.v1.Query/ClientStates%22" || true)"
[ -n "$answer" ] || die "settle's RPC did not answer the ClientStates query; see $WORK/settle.log"
# CometBFT leaves "code" out of the JSON when it is 0
code="$(printf '%s\n' "$answer" | sed -n -E 's/.*"code": *([0-9]+).*/\1/p' | head -n1)"
if [ "${code:-0}" != "0" ]; then
  cat <<EOF
[ibcnet] ------------------------------------------------------------------------------------------
[ibcnet] settle does not speak IBC yet: /ibc.core.client.v1.Query/ClientStates answered code $code.
[ibcnet] Stopping here, before 'rly tx link'. What ran: settle devnet ($SETTLE_RPC), simd $SIMD_CHAIN_ID
[ibcnet] ($SIMD_RPC), the relayer config with both chains and the path $PATH_NAME (.settle/ibcnet/rly).
[ibcnet] settle's IBC core (issue 17: modules/ibc) has to be wired into settled first. Both chains stop now.
[ibcnet] ------------------------------------------------------------------------------------------
EOF
  exit 3
fi

say "linking $PATH_NAME: clients, connection, channel transfer/channel-N (ics20-1, unordered)"
if ! "$RLY" tx link "$PATH_NAME" --src-port transfer --dst-port transfer --order unordered --version ics20-1 --home "$WORK/rly" >> "$WORK/rly-link.log" 2>&1; then
  tail -n 20 "$WORK/rly-link.log"
  die "rly tx link failed; its whole log is in $WORK/rly-link.log"
fi
"$RLY" query channels "$SETTLE_CHAIN_ID" --home "$WORK/rly" 2>/dev/null | tail -n 3 || true
cat <<EOF
[ibcnet] ------------------------------------------------------------------------------------------
[ibcnet] Linked. Send 1 ATOM-like token from simd to settle's alice (the channel ids are printed above):
[ibcnet]   $SIMD tx ibc-transfer transfer transfer channel-0 settle1ve08aydnlg69wuhd2mwdt7plw46ky9j97ct79u 1000000uatom \\
[ibcnet]     --from alice --home $WORK/simd --keyring-backend test --chain-id $SIMD_CHAIN_ID --node tcp://127.0.0.1:$((SIMD_BASE_PORT + 1)) --yes
[ibcnet] then: curl $SETTLE_RPC/abci_query?... or the LCD: curl http://127.0.0.1:1317/cosmos/bank/v1beta1/balances/settle1ve08aydnlg69wuhd2mwdt7plw46ky9j97ct79u
[ibcnet] The relayer runs below; Ctrl-C stops it and both chains.
[ibcnet] ------------------------------------------------------------------------------------------
EOF
"$RLY" start "$PATH_NAME" --home "$WORK/rly"
