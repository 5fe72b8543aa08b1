export function App() {
  return (
    <main className="page">
      <h1>Am I a candidate?</h1>
      <p>
        A short, private self-check: could a minimally invasive pain procedure help you? The
        questionnaire opens here.
      </p>
    </main>
  );
}
