export function PublicDashboardPage() {
  return <h1>PublicDashboardPage</h1>;
}
