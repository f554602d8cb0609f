// Builders for the container formats the edge reads, shared by the reader and CLI tests.
// Everything is synthetic: made from the repository's own corpus/ or from strings here.

/** One WARC/1.0 record: headers, the block, and the two CRLFs that end it. */
export function warcRecord(headers: Record<string, string>, block: string | Buffer): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block) : block;
  const head = ['WARC/1.0', ...Object.entries({ ...headers, 'Content-Length': String(body.length) }).map(([name, value]) => `${name}: ${value}`)].join('\r\n');
  return Buffer.concat([Buffer.from(head + '\r\n\r\n'), body, Buffer.from('\r\n\r\n')]);
}

/** The block of a response record: status line, headers, blank line, body. */
export function httpResponse(status: string, headers: Record<string, string>, body: string | Buffer): Buffer {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)].join('\r\n');
  return Buffer.concat([Buffer.from(head + '\r\n\r\n'), typeof body === 'string' ? Buffer.from(body) : body]);
}

/** A chunked transfer encoding of the body, in one chunk. */
export function chunked(body: string): string {
  return `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n`;
}
