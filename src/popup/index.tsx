import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../client.js';

function Popup() {
  const [status, setStatus] = useState<'checking' | 'ready' | 'error'>('checking');
  useEffect(() => {
    ask('ping', {}).then(
      () => setStatus('ready'),
      () => setStatus('error'),
    );
  }, []);
  return (
    <section data-gatekeeper-popup={status}>
      <h1>Gatekeeper</h1>
      <p>{status === 'ready' ? 'Guarding your LinkedIn outreach.' : status === 'error' ? 'The background is not answering.' : 'Starting…'}</p>
    </section>
  );
}

render(<Popup />, document.getElementById('app')!);
