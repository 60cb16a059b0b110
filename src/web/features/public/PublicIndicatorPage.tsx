export function PublicIndicatorPage() {
  return <h1>PublicIndicatorPage</h1>;
}
