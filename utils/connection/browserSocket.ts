/** What the connection needs from a socket: the browser's adapted below, tests pass a fake. */
export interface SocketHandle {
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface SocketEvents {
  onOpen(): void;
  onMessage(data: unknown): void;
  /** A refused handshake and a dropped network look alike here: code 1006, no reason. */
  onClose(code: number, reason: string): void;
}

/** The browser's WebSocket behind the connection's small socket interface. */
export function openBrowserSocket(url: string, events: SocketEvents): SocketHandle {
  const socket = new WebSocket(url);
  socket.onopen = () => events.onOpen();
  socket.onmessage = (event) => events.onMessage(event.data);
  socket.onclose = (event) => events.onClose(event.code, event.reason);
  return socket;
}
