// The live alert stream (server-sent events) and the connection indicator in the header.
// EventSource retries by itself after a dropped connection, but gives up for good on an HTTP error
// (an expired session, a restarting server), so this keeps its own retry loop with backoff.
import { api } from './api.js';
import { formatTime } from './dom.js';

const STATES = {
  connecting: 'Đang kết nối…',
  live: 'Trực tuyến',
  retrying: 'Mất kết nối, đang thử lại…',
  offline: 'Mất kết nối',
};

export function connectAlertStream({ onAlert, onReconnect }) {
  const indicator = document.getElementById('conn');
  const label = indicator.querySelector('.conn-label');
  let source = null;
  let delay = 2000;
  let timer = null;
  let everConnected = false;
  let lostSince = null;

  const show = (state, extra = '') => {
    indicator.dataset.state = state;
    label.textContent = STATES[state] + extra;
    indicator.title = state === 'live' ? 'Cảnh báo mới hiện ngay khi có' : 'Cảnh báo mới có thể đến chậm; danh sách sẽ tự cập nhật khi kết nối lại';
  };

  const open = () => {
    clearTimeout(timer);
    source?.close();
    show(everConnected ? 'retrying' : 'connecting');
    source = new EventSource('/api/stream', { withCredentials: true });
    source.addEventListener('open', () => {
      delay = 2000;
      show('live');
      // events sent while we were away are lost: reload the list once we are back
      if (everConnected && lostSince) onReconnect?.();
      everConnected = true;
      lostSince = null;
    });
    source.addEventListener('alert', (event) => {
      let alert;
      try {
        alert = JSON.parse(event.data);
      } catch {
        return;
      }
      if (alert && alert.id) onAlert(alert);
    });
    source.addEventListener('error', () => {
      lostSince ??= Date.now();
      if (source.readyState === EventSource.CLOSED) {
        scheduleRetry();
      } else {
        show('retrying');
      }
    });
  };

  const scheduleRetry = () => {
    source?.close();
    show('offline', ` — thử lại lúc ${formatTime(Date.now() + delay)}`);
    // an expired session answers 401 here, which sends the browser to the login page
    api.me().catch(() => {});
    timer = setTimeout(open, delay);
    delay = Math.min(delay * 2, 60000);
  };

  // a laptop waking from sleep: reconnect at once instead of waiting out the backoff
  window.addEventListener('online', () => {
    if (!source || source.readyState === EventSource.CLOSED) open();
  });

  open();
  return { reconnect: open };
}
