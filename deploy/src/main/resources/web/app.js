// Entry point of the dashboard: who is signed in, the tabs (kept in the address so reload and
// bookmarks work), the live alert stream, and periodic refresh of the slower views.
import { api, formToken } from './js/api.js';
import { el, refreshRelativeTimes, notify } from './js/dom.js';
import { roleName } from './js/labels.js';
import { initArticlePanel } from './js/article.js';
import { initAlerts, loadAlerts, receiveAlert } from './js/alerts.js';
import { initSearch, showSearch } from './js/search.js';
import { initStories, loadStories, focusStory } from './js/stories.js';
import { initTrends, loadTrends } from './js/trends.js';
import { initSources, loadSources } from './js/sources.js';
import { initReports, loadReports } from './js/reports.js';
import { initClaims, loadClaims } from './js/claims.js';
import { initSpokes, loadSpokes } from './js/spokes.js';
import { initIncidents, loadIncidents, focusIncident } from './js/incidents.js';
import { initPolicies, loadPolicies } from './js/policies.js';
import { initTips, loadTips, focusTip } from './js/tips.js';
import { initHelp } from './js/help.js';
import { connectAlertStream } from './js/stream.js';

const REFRESH_MS = 60_000;

// hash name → tab button id, panel id, loader (for views that are polled rather than streamed)
const TABS = {
  'canh-bao': { tab: 'tab-alerts', panel: 'panel-alerts' },
  'tim-kiem': { tab: 'tab-search', panel: 'panel-search' },
  'su-kien': { tab: 'tab-stories', panel: 'panel-stories', load: loadStories },
  'xu-huong': { tab: 'tab-trends', panel: 'panel-trends', load: loadTrends },
  'kiem-chung': { tab: 'tab-claims', panel: 'panel-claims', load: loadClaims },
  'nguoi-phat-ngon': { tab: 'tab-spokes', panel: 'panel-spokes', load: loadSpokes },
  'du-thao': { tab: 'tab-policies', panel: 'panel-policies', load: loadPolicies },
  'nguon-tin': { tab: 'tab-sources', panel: 'panel-sources', load: loadSources },
  'bao-cao': { tab: 'tab-reports', panel: 'panel-reports', load: loadReports },
  'su-co': { tab: 'tab-incidents', panel: 'panel-incidents', load: loadIncidents },
  'tin-bao': { tab: 'tab-tips', panel: 'panel-tips', load: loadTips },
};
const DEFAULT_TAB = 'canh-bao';
const loadedAt = new Map();
let currentTab = null;

async function main() {
  let me = { role: 'viewer' };
  try {
    me = await api.me();
  } catch (err) {
    if (err.status === 401) return; // on the way to the login page
    notify(err.message, 'error');
  }
  const logoutToken = document.getElementById('logout-csrf');
  if (logoutToken) logoutToken.value = formToken();
  if (me.province) {
    document.querySelector('.brand-tagline').textContent = `Theo dõi thông tin báo chí, mạng xã hội về ${me.province}`;
  }
  const user = document.getElementById('user');
  user.replaceChildren(el('span', { class: 'user-name' }, me.user ?? me.name ?? ''),
    me.role ? el('span', { class: 'user-role' }, roleName(me.role)) : null);
  const usersLink = document.getElementById('users-link');
  if (usersLink) usersLink.hidden = me.role !== 'admin';

  initArticlePanel();
  initAlerts({ role: me.role });
  initSearch();
  initStories();
  initTrends();
  initSources({ role: me.role });
  initReports({ role: me.role });
  initClaims({ role: me.role });
  initSpokes({ role: me.role });
  initIncidents({ role: me.role });
  initPolicies({ role: me.role });
  initTips({ role: me.role });
  initHelp();
  initTabs();

  document.addEventListener('tinradar:open-story', (e) => {
    location.hash = `#su-kien?story=${encodeURIComponent(e.detail.id)}`;
  });
  window.addEventListener('hashchange', route);
  route();

  loadAlerts();
  connectAlertStream({ onAlert: receiveAlert, onReconnect: loadAlerts });

  setInterval(() => {
    refreshRelativeTimes();
    const tab = TABS[currentTab];
    if (tab?.load && document.visibilityState === 'visible') refresh(currentTab, true);
  }, REFRESH_MS);
}

function initTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => {
      if (location.hash.split('?')[0] !== `#${tab.dataset.hash}`) location.hash = `#${tab.dataset.hash}`;
    });
    // WAI-ARIA tabs: arrows move between tabs, Home/End jump to the ends
    tab.addEventListener('keydown', (e) => {
      const moves = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 };
      if (!(e.key in moves)) return;
      e.preventDefault();
      const next = tabs[(moves[e.key] + tabs.length) % tabs.length];
      next.focus();
      next.click();
    });
  });
}

function route() {
  const [name, query = ''] = location.hash.replace(/^#/, '').split('?');
  const key = TABS[name] ? name : DEFAULT_TAB;
  const params = new URLSearchParams(query);
  for (const [hash, t] of Object.entries(TABS)) {
    const on = hash === key;
    const tab = document.getElementById(t.tab);
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    document.getElementById(t.panel).hidden = !on;
  }
  currentTab = key;
  if (key === 'tim-kiem') showSearch(params);
  refresh(key, false);
  if (key === 'su-kien' && params.get('story')) focusStory(params.get('story'));
  if (key === 'su-co') focusIncident(params.get('id'));
  if (key === 'tin-bao') focusTip(params.get('id'));
}

function refresh(key, force) {
  const tab = TABS[key];
  if (!tab.load) return;
  const last = loadedAt.get(key) ?? 0;
  if (!force && Date.now() - last < REFRESH_MS) return;
  loadedAt.set(key, Date.now());
  tab.load();
}

main();
