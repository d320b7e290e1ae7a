import type WebSocket from 'ws';

/** The socket's next text message; `wanted` passes over others (a server's pings between frames). */
export function nextMessage(socket: WebSocket, wanted: (text: string) => boolean = () => true): Promise<string> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const text = data.toString();
      if (!wanted(text)) return;
      socket.off('message', onMessage);
      resolve(text);
    };
    socket.on('message', onMessage);
  });
}
