// `npm run test:ibc`: the ICS-20 end-to-end test against ibc-go simd and the Go relayer (test/**/*.e2e.ts).
const base = require('./jest.config');
module.exports = { ...base, testMatch: ['**/*.e2e.ts'], testTimeout: 300000 };
