// The reconnect banner: everything shown here comes from the session's status selector.
// Query parameters: url (Centrifugo WebSocket URL), channel (default "news"),
// backoff (fixed reconnect wait in ms; default: codestate's spread backoff).
(() => {
  const params = new URLSearchParams(location.search);
  const url = params.get('url') ?? `ws://${location.hostname}:8000/connection/websocket`;
  const channel = params.get('channel') ?? 'news';
  const backoffMs = Number(params.get('backoff') ?? 0);
  const $ = (id) => document.getElementById(id);
  const banner = $('banner');
  const message = $('message');
  const retry = $('retry');
  const reconnect = $('reconnect');

  const session = Codestate.createCentrifugoSession({
    url,
    ...(backoffMs > 0 ? { backoff: Codestate.fixedBackoff(backoffMs) } : {}),
  });
  window.session = session;

  function render() {
    const status = session.status;
    banner.dataset.state = status.state;
    message.textContent = Codestate.describeConnectionStatus(status, Date.now());
    retry.hidden = !status.canRetryNow;
    reconnect.hidden = !status.terminal;
  }

  function log(line) {
    const time = new Date().toISOString().slice(11, 23);
    $('log').textContent += `${time}  ${line}\n`;
  }

  let last = '';
  session.on('status', (status) => {
    const key = `${status.state}/${status.phase}`;
    if (key !== last) {
      last = key;
      const why =
        status.lastCode === null ? '' : ` · ${status.lastCode} ${status.lastReason ?? ''} (${status.rule})`;
      log(`connection ${status.state}${status.phase ? `.${status.phase}` : ''}${why}`);
    }
    render();
  });

  const sub = session.subscribe(channel);
  $('channel').textContent = channel;
  sub.on('status', (status) => {
    $('subscription').textContent = status.state;
    $('subscription').dataset.state = status.state;
  });
  sub.on('publication', (publication) => {
    $('publication').textContent = JSON.stringify(publication.data);
  });

  retry.addEventListener('click', () => session.retryNow());
  reconnect.addEventListener('click', () => session.connect());
  // The countdown is live: re-render a few times a second while waiting.
  setInterval(render, 250);
  session.connect();
  render();
})();
