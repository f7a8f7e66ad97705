export default function teardown(): void {
  globalThis.kindredFaultPostgres?.destroy();
}
