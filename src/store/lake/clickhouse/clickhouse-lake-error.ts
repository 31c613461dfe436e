/**
 * The ClickHouse lake is not usable as it is (not set up, not reachable): a message for the user.
 * Apart from the client, so the CLI can recognise it without loading the client.
 */
export class ClickHouseLakeError extends Error {}
