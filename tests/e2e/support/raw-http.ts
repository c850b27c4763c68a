import net from "node:net";

export type RawAnswer = { status: number; headers: Record<string, string>; body: string };

function parseAnswer(text: string): RawAnswer | null {
  const end = text.indexOf("\r\n\r\n");
  if (end < 0) return null;
  const [statusLine = "", ...lines] = text.slice(0, end).split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return { status: Number(statusLine.split(" ")[1]), headers, body: text.slice(end + 4) };
}

// Sends `request` byte for byte (fetch would turn a backslash into a slash, refuse TRACE and
// mend a lying Content-Length) and gives the first answer, read until the server closes.
export function rawRequest(port: number, request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(request));
    let text = "";
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      const answer = parseAnswer(text);
      if (answer) resolve(answer);
      else reject(new Error(`no answer to ${JSON.stringify(request.slice(0, 60))}`));
    };
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (text += chunk));
    socket.on("end", finish);
    socket.on("error", finish);
    socket.setTimeout(10_000, finish);
  });
}

// A request as a client would send it, asking the server to close the connection after it.
export function requestText(method: string, target: string, extra: string[] = [], body = "") {
  return [
    `${method} ${target} HTTP/1.1`,
    "Host: 127.0.0.1",
    "Connection: close",
    ...extra,
    "",
    body,
  ].join("\r\n");
}
