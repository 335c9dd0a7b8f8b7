// @mono.co/connect.js ships no types; src/core/widget/connect-loader.ts
// describes the part of it this library uses. Our builds resolve the import
// to the package's connect.js without axios (scripts/connect-js.mjs).
declare module '@mono.co/connect.js' {
  const connect: unknown;
  export default connect;
}
