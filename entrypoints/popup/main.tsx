// First: asks for what the first frame shows, before anything renders.
import { popupReady } from './preload';
import { render } from 'preact';
import { PopupApp } from './PopupApp';
import { inBackground } from '../../utils/ui/inBackground';

const show = () => render(<PopupApp />, document.getElementById('app')!);
// Rendered once, with its content; after a failed read the page reads for itself, as the hooks do.
inBackground(popupReady.finally(show), 'Preloading the popup');
