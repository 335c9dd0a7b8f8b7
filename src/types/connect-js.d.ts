// @mono.co/connect.js ships no types; src/core/widget/connect-loader.ts
// describes the part of it this library uses.
declare module '@mono.co/connect.js' {
  const connect: unknown;
  export default connect;
}
