export function GoalsPage() {
  return <h1>GoalsPage</h1>;
}
