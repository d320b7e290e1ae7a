// First: asks for what the first frame shows, before anything renders.
import { popupReady } from './preload';
import { render } from 'preact';
import { PopupApp } from './PopupApp';

const show = () => render(<PopupApp />, document.getElementById('app')!);
// Rendered once, with its content; after a failed read the page reads for itself, as the hooks do.
popupReady.then(show, (error: unknown) => {
  console.warn('Preloading the popup failed:', error);
  show();
});
