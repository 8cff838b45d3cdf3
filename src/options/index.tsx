import { render } from 'preact';

function Options() {
  return (
    <section data-gatekeeper-options="ready">
      <h1>Gatekeeper settings</h1>
    </section>
  );
}

render(<Options />, document.getElementById('app')!);
