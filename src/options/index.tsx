import { render } from 'preact';
import { applyDocumentLanguage } from '../ui/i18n.js';
import { App } from './App.js';

applyDocumentLanguage();
render(<App />, document.getElementById('app')!);
