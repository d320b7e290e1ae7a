import type { SocketEvents, SocketHandle } from './orderConnection';

/** The browser's WebSocket behind the connection's small socket interface. */
export function openBrowserSocket(url: string, events: SocketEvents): SocketHandle {
  const socket = new WebSocket(url);
  socket.onopen = () => events.onOpen();
  socket.onmessage = (event) => events.onMessage(event.data);
  socket.onclose = (event) => events.onClose(event.code, event.reason);
  return socket;
}
