// The baseline of api_vs_bare_http: a bare node:http server answering every request with the same
// precomputed bytes (the body of a real plan.evaluate answer) and its content type. Run as a child
// process: `node --import tsx bare-http-server.ts <body file> <content type>`; prints "listening <port>".
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [bodyFile, contentType = "application/json"] = process.argv.slice(2);
if (bodyFile === undefined) throw new Error("usage: bare-http-server.ts <body file> [content type]");
const body = readFileSync(bodyFile);

const server = createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": contentType, "Content-Length": body.byteLength });
  response.end(body);
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening ${String(typeof address === "object" && address ? address.port : 0)}\n`);
});
process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
});
