#!/usr/bin/env node
// An HTTPS endpoint that speaks HTTP/2 (and HTTP/1.1 unless told otherwise), for Tandem's benchmarks and tests
// only: Meta's Graph API offers HTTP/2, and Tandem's own sandbox (QtHttpServer 6.4) cannot. It checks and answers
// the two sends Tandem makes at speed the way the real APIs do (../shared/reference/providers.md):
//   POST /vNN.N/{phone-number-id}/messages                   Meta, Bearer token, JSON
//   POST /2010-04-01/Accounts/{AccountSid}/Messages.json     Twilio, Basic account SID and token, a form
// and counts what it accepted: GET /_sandbox/stats gives the total, the busiest second (a sliding window), the
// requests per protocol and per recipient, and the connections opened.
//
// A lost answer, for the tests of what Tandem does when it cannot know whether a message went out: a message to
// a number given with --reset-to is accepted and counted, then its stream is reset (RST_STREAM, INTERNAL_ERROR);
// --goaway-to answers the connection with GOAWAY instead; --close-to closes the connection's socket.
//
// H2_NODELAY=1 in the environment sets TCP_NODELAY on the endpoint's sockets (an experiment in docs/performance.md).
//   node h2endpoint.mjs [--port 0] [--latency-ms 0] [--http1-only] [--meta-token T] [--twilio-sid AC… --twilio-token T]
//                       [--reset-to +1…] [--goaway-to +1…] [--close-to +1…]
// Prints "listening on https://127.0.0.1:PORT" and "TANDEM_EXTRA_CA=/…/cert.pem" (the certificate it made at
// start with openssl, for the client to trust), then serves until stopped.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http2 from 'node:http2';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const options = {
    port: 0, latencyMs: 0, http1Only: false, metaToken: 'EAAsandboxTOKEN', twilioSid: 'AC00000000000000000000000000000000',
    twilioToken: 'sandbox-auth-token', resetTo: new Set(), goawayTo: new Set(), closeTo: new Set(),
};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; ++i) {
    const value = () => argv[++i];
    switch (argv[i]) {
    case '--port': options.port = Number(value()); break;
    case '--latency-ms': options.latencyMs = Number(value()); break;
    case '--http1-only': options.http1Only = true; break;
    case '--meta-token': options.metaToken = value(); break;
    case '--twilio-sid': options.twilioSid = value(); break;
    case '--twilio-token': options.twilioToken = value(); break;
    case '--reset-to': options.resetTo.add(value()); break;
    case '--goaway-to': options.goawayTo.add(value()); break;
    case '--close-to': options.closeTo.add(value()); break;
    default: console.error(`unknown option ${argv[i]}`); process.exit(2);
    }
}

const folder = mkdtempSync(join(tmpdir(), 'h2endpoint-'));
const keyFile = join(folder, 'key.pem');
const certFile = join(folder, 'cert.pem');
execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
    '-keyout', keyFile, '-out', certFile], { stdio: 'ignore' });

const stats = { accepted: 0, byProtocol: {}, byRecipient: {}, connections: 0, streamsPerConnection: 0 };
const acceptedAt = [];
let busiestSecond = 0;
let windowStart = 0;

function count(request, to) {
    const now = performance.now();
    acceptedAt.push(now);
    while (acceptedAt[windowStart] <= now - 1000) ++windowStart;
    busiestSecond = Math.max(busiestSecond, acceptedAt.length - windowStart);
    stats.accepted += 1;
    const protocol = request.httpVersion === '2.0' ? 'h2' : 'http/1.1';
    stats.byProtocol[protocol] = (stats.byProtocol[protocol] || 0) + 1;
    stats.byRecipient[to] = (stats.byRecipient[to] || 0) + 1;
}

function json(response, status, body) {
    const text = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    response.end(text);
}

function metaError(response, status, code, message, type = 'OAuthException') {
    json(response, status, { error: { message, type, code, fbtrace_id: randomBytes(8).toString('base64url') } });
}

function twilioError(response, status, code, message) {
    json(response, status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
}

function later(work) {
    if (options.latencyMs > 0) setTimeout(work, options.latencyMs);
    else work();
}

// Loses the answer to a message that was accepted, as a broken connection or proxy would.
function loseAnswer(request, response, to) {
    if (options.resetTo.has(to) && request.stream) {
        request.stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
        return true;
    }
    if (options.goawayTo.has(to) && request.stream) {
        // The last stream it processed is this one: the client may not send it again.
        request.stream.session.goaway(http2.constants.NGHTTP2_INTERNAL_ERROR, request.stream.id);
        request.stream.session.destroy();
        return true;
    }
    if (options.closeTo.has(to)) {
        request.socket.destroy();
        return true;
    }
    return false;
}

function meta(request, response, body, phoneNumberId) {
    if (request.headers.authorization !== `Bearer ${options.metaToken}`)
        return metaError(response, 401, 190, 'Invalid OAuth access token - Cannot parse access token');
    if (!String(request.headers['content-type'] || '').startsWith('application/json'))
        return metaError(response, 400, 100, '(#100) The parameter messaging_product is required.');
    let message;
    try {
        message = JSON.parse(body);
    } catch {
        return metaError(response, 400, 100, '(#100) The parameter messaging_product is required.');
    }
    if (message.messaging_product !== 'whatsapp')
        return metaError(response, 400, 100, '(#100) The parameter messaging_product is required.');
    if (typeof message.to !== 'string' || !/^\+?[0-9]{6,15}$/.test(message.to))
        return metaError(response, 400, 100, '(#100) The parameter to is required.');
    const type = message.type || 'text';
    if (type === 'text' && !(message.text && typeof message.text.body === 'string' && message.text.body.length > 0))
        return metaError(response, 400, 100, '(#100) The parameter text[\'body\'] is required.');
    if (!message[type])
        return metaError(response, 400, 100, `(#100) The parameter ${type} is required.`);
    const to = message.to.startsWith('+') ? message.to : `+${message.to}`;
    count(request, to);
    if (loseAnswer(request, response, to)) return;
    later(() => json(response, 200, {
        messaging_product: 'whatsapp',
        contacts: [{ input: message.to, wa_id: to.slice(1) }],
        messages: [{ id: `wamid.${randomBytes(24).toString('base64url')}`, message_status: 'accepted' }],
        phone_number_id: phoneNumberId,
    }));
}

function twilio(request, response, body, accountSid) {
    const expected = `Basic ${Buffer.from(`${options.twilioSid}:${options.twilioToken}`).toString('base64')}`;
    if (request.headers.authorization !== expected || accountSid !== options.twilioSid)
        return twilioError(response, 401, 20003, 'Authenticate');
    if (!String(request.headers['content-type'] || '').startsWith('application/x-www-form-urlencoded'))
        return twilioError(response, 400, 21604, "A 'To' phone number is required.");
    const form = new URLSearchParams(body);
    const toField = form.get('To') || '';
    const from = form.get('From') || form.get('MessagingServiceSid') || '';
    if (!toField) return twilioError(response, 400, 21604, "A 'To' phone number is required.");
    if (!from) return twilioError(response, 400, 21603, "A 'From' phone number is required.");
    if (!/^whatsapp:\+[0-9]{6,15}$/.test(toField))
        return twilioError(response, 400, 21211, `Invalid 'To' Phone Number: ${toField}`);
    if (!form.get('Body') && !form.get('MediaUrl') && !form.get('ContentSid'))
        return twilioError(response, 400, 21602, 'Message body is required.');
    const to = toField.slice('whatsapp:'.length);
    count(request, to);
    if (loseAnswer(request, response, to)) return;
    const sid = `SM${randomBytes(16).toString('hex')}`;
    const now = new Date().toUTCString().replace('GMT', '+0000');
    later(() => json(response, 201, {
        account_sid: accountSid, api_version: '2010-04-01', body: form.get('Body') || '', date_created: now,
        date_sent: null, date_updated: now, direction: 'outbound-api', error_code: null, error_message: null,
        from: from, messaging_service_sid: form.get('MessagingServiceSid'), num_media: '0', num_segments: '1',
        price: null, price_unit: 'USD', sid, status: 'queued', subresource_uris: {
            media: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}/Media.json` },
        to: toField, uri: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`,
    }));
}

// Offering HTTP/1.1 alone takes Node's https server: http2's answers ALPN with h2 whatever it is given.
const tlsOptions = { key: readFileSync(keyFile), cert: readFileSync(certFile) };
const server = options.http1Only ? https.createServer({ ...tlsOptions, keepAliveTimeout: 60000 })
    : http2.createSecureServer({ ...tlsOptions, allowHTTP1: true });
server.on('secureConnection', socket => {
    stats.connections += 1;
    if (process.env.H2_NODELAY) socket.setNoDelay(true);
});
server.on('request', (request, response) => {
    const chunks = [];
    request.on('data', chunk => chunks.push(chunk));
    request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const path = request.url.split('?')[0];
        let match;
        if (request.method === 'GET' && path === '/_sandbox/stats')
            return json(response, 200, { ...stats, max_per_second: busiestSecond });
        if (request.method === 'POST' && (match = path.match(/^\/v[0-9]+\.[0-9]+\/([0-9]+)\/messages$/)))
            return meta(request, response, body, match[1]);
        if (request.method === 'POST' && (match = path.match(/^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/)))
            return twilio(request, response, body, match[1]);
        if (path.startsWith('/2010-04-01/'))
            return twilioError(response, 404, 20404, `The requested resource ${path} was not found`);
        return metaError(response, 400, 2500, `Unknown path components: ${path}`);
    });
});
server.listen(options.port, '127.0.0.1', () => {
    console.log(`listening on https://127.0.0.1:${server.address().port}`);
    console.log(`TANDEM_EXTRA_CA=${certFile}`);
});
const stop = () => { rmSync(folder, { recursive: true, force: true }); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
