/**
 * The V8 flags settled runs with (scripts/settled.sh passes the same; a test keeps them equal). A 64 MB
 * young generation (Node 20 defaults to 16 MB): a block's thousands of short-lived objects then die
 * young instead of being copied out, which takes ~10 % of settled's CPU per order off (docs/performance.md).
 */
export const SETTLED_V8_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
