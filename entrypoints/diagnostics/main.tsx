import { render } from 'preact';
import { DiagnosticsApp } from './DiagnosticsApp';

render(<DiagnosticsApp />, document.getElementById('app')!);
