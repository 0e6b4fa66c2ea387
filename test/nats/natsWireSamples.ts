/** Server → client byte streams captured from nats-server 2.9.10 (spec §5), for parser tests. */
const enc = new TextEncoder();

/** One INFO line as nats-server 2.9.10 writes it (note the space before CRLF). */
export const INFO_LINE =
  'INFO {"server_id":"NANLR7","server_name":"NANLR7","version":"2.9.10","proto":1,"go":"go1.19.8",' +
  '"host":"127.0.0.1","port":14240,"headers":true,"auth_required":true,"max_payload":1024,' +
  '"client_id":5,"client_ip":"127.0.0.1"} \r\n';

/** Every kind of frame the server sends, in one stream. */
export const SAMPLE_STREAM = enc.encode(
  INFO_LINE +
    "-ERR 'Authorization Violation'\r\n" +
    '+OK\r\nPONG\r\n' +
    'MSG foo 1 5\r\nhello\r\n' +
    'MSG foo 1 reply.to 2\r\nhi\r\n' +
    'HMSG foo 1 22 27\r\nNATS/1.0\r\nX-Key: v\r\n\r\nhello\r\n' +
    'HMSG _INBOX.abc 4 16 16\r\nNATS/1.0 503\r\n\r\n\r\n' +
    '-ERR \'Permissions Violation for Subscription to "secret.q" using queue "workers"\'\r\n' +
    'PING\r\n' +
    'msg lower 7 3\r\nabc\r\n' +
    'MSG\tutf.\u00e9t\u00e9\t9\t\t4\r\n\u00e9\u00e9\r\n',
);
