// The proof helpers live in the SDK package (client/sdk), which must build on its own; re-exported here
// for the rest of client/ and the tests.
export * from './sdk/src/proofs';
