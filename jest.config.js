/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': 'ts-jest',
    // CosmJS 0.39 is CommonJS but depends on ESM-only packages (@scure/base, @noble/*); Node 20 loads
    // them through require(esm), jest's module runtime cannot, so jest compiles them to CommonJS.
    '^.+\\.m?js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@scure|@noble|@cosmjs/[^/]+/node_modules/@noble)/)'],
  testTimeout: 60000,
};
