// The JSON API as the dashboard uses it. A lost session sends the browser to the login page; every
// other failure becomes an ApiError whose message can be shown to staff as it is.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export function toLogin() {
  location.assign('/login.html');
}

const STATUS_TEXT = {
  400: 'Yêu cầu không hợp lệ',
  429: 'Thao tác quá nhiều lần, vui lòng thử lại sau',
  403: 'Tài khoản không có quyền thực hiện thao tác này',
  404: 'Không tìm thấy',
  409: 'Có thay đổi mới hơn',
  422: 'Không lập được báo cáo',
  503: 'Dịch vụ chưa sẵn sàng',
};

// The session's anti-forgery token, learnt from /api/me; every change the dashboard sends carries it.
let csrfToken = null;

/** The token for a form the page posts itself (sign-out). */
export function formToken() {
  return csrfToken ?? '';
}

async function request(method, path, params, json) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value != null && value !== '') url.searchParams.set(key, value);
  }
  const headers = { Accept: 'application/json', 'X-Requested-With': 'fetch' };
  // a file (an import) goes as its bytes; anything else as JSON
  const file = json instanceof Blob;
  if (json !== undefined) headers['Content-Type'] = file ? 'application/octet-stream' : 'application/json; charset=utf-8';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers,
      body: json === undefined ? undefined : file ? json : JSON.stringify(json),
    });
  } catch {
    throw new ApiError('Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.', 0);
  }
  if (response.status === 401 || (response.redirected && new URL(response.url).pathname === '/login.html')) {
    toLogin();
    throw new ApiError('Phiên đăng nhập đã hết hạn.', 401);
  }
  if (response.status === 204) return {};
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const detail = body && typeof body.error === 'string' ? body.error : '';
    const base = STATUS_TEXT[response.status] ?? `Lỗi máy chủ (${response.status})`;
    throw new ApiError(detail ? `${base}: ${detail}` : base, response.status);
  }
  if (body == null) throw new ApiError('Máy chủ trả về dữ liệu không đọc được.', response.status);
  return body;
}

const enc = encodeURIComponent;

/** The address of a search's export (CSV for Excel, or JSON); the browser downloads it with the session. */
export function exportUrl(params, format) {
  const url = new URL('/api/search/export', location.origin);
  url.searchParams.set('format', format);
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value != null && value !== '' && key !== 'offset' && key !== 'limit') url.searchParams.set(key, value);
  }
  return url.pathname + url.search;
}

export const api = {
  me: async () => {
    const me = await request('GET', '/api/me');
    if (me.csrfToken) csrfToken = me.csrfToken;
    return me;
  },
  alerts: (status) => request('GET', '/api/alerts', { status }),
  audit: (id) => request('GET', `/api/alerts/${enc(id)}/audit`),
  acknowledge: (id) => request('POST', `/api/alerts/${enc(id)}/ack`),
  resolve: (id) => request('POST', `/api/alerts/${enc(id)}/resolve`),
  assign: (id, assignee, due) => request('POST', `/api/alerts/${enc(id)}/assign`, { assignee, due }),
  silence: (id, minutes, reason) => request('POST', `/api/alerts/${enc(id)}/silence`, { minutes, reason }),
  search: (params) => request('GET', '/api/search', params),
  savedSearches: () => request('GET', '/api/searches'),
  saveSearch: (name, params) => request('POST', '/api/searches', null, { name, params }),
  deleteSearch: (id) => request('DELETE', `/api/searches/${enc(id)}`),
  claims: () => request('GET', '/api/claims'),
  addClaim: (claim) => request('POST', '/api/claims', null, claim),
  withdrawClaim: (id) => request('POST', `/api/claims/${enc(id)}/withdraw`),
  policies: () => request('GET', '/api/policies'),
  savePolicy: (policy) => request('POST', '/api/policies', null, policy),
  deletePolicy: (id) => request('DELETE', `/api/policies/${enc(id)}`),
  policyPage: (id) => request('GET', `/api/policies/${enc(id)}`),
  story: (id) => request('GET', `/api/stories/${enc(id)}`),
  article: (id) => request('GET', `/api/articles/${enc(id)}`),
  stories: (limit) => request('GET', '/api/stories', { limit }),
  trends: (limit) => request('GET', '/api/trends', { limit }),
  sources: () => request('GET', '/api/sources'),
  importPosts: (file) => request('POST', '/api/imports', { name: file.name }, file),
  reports: () => request('GET', '/api/reports'),
  buildReport: (period) => request('POST', '/api/reports', null, period),
  incidents: () => request('GET', '/api/incidents'),
  incident: (id, order) => request('GET', `/api/incidents/${enc(id)}`, { order }),
  openIncident: (from) => request('POST', '/api/incidents', null, from),
  addIncidentTask: (id, task) => request('POST', `/api/incidents/${enc(id)}/tasks`, null, task),
  finishIncidentTask: (id, task) => request('POST', `/api/incidents/${enc(id)}/tasks/${enc(task)}/done`),
  addHandover: (id, text) => request('POST', `/api/incidents/${enc(id)}/handovers`, null, { text }),
  addResponse: (id, response) => request('POST', `/api/incidents/${enc(id)}/responses`, null, response),
  closeIncident: (id, closing) => request('POST', `/api/incidents/${enc(id)}/close`, null, closing),
  tips: (status) => request('GET', '/api/tips', { status }),
  tip: (id) => request('GET', `/api/tips/${enc(id)}`),
  submitTip: (tip) => request('POST', '/api/tips', null, tip),
  changeTip: (id, change) => request('POST', `/api/tips/${enc(id)}`, null, change),
  tipClaimDraft: (id) => request('GET', `/api/tips/${enc(id)}/claim-draft`),
  tipToClaim: (id, claim) => request('POST', `/api/tips/${enc(id)}/claim`, null, claim),
  tipToIncident: (id, link) => request('POST', `/api/tips/${enc(id)}/incident`, null, link),
  users: () => request('GET', '/api/users'),
  userAudit: () => request('GET', '/api/users/audit'),
  addUser: (name, role, password) => request('POST', '/api/users', null, { name, role, password }),
  changeRole: (name, role) => request('POST', `/api/users/${enc(name)}/role`, null, { role }),
  disableUser: (name) => request('POST', `/api/users/${enc(name)}/disable`),
  enableUser: (name) => request('POST', `/api/users/${enc(name)}/enable`),
  resetPassword: (name) => request('POST', `/api/users/${enc(name)}/reset`),
};

/** The spokesperson network: the directory (admins change it), an alert's agencies, response requests. */
export const spokesApi = {
  directory: () => request('GET', '/api/spokes'),
  addAgency: (agency) => request('POST', '/api/spokes/agencies', null, agency),
  editAgency: (id, agency) => request('POST', `/api/spokes/agencies/${enc(id)}`, null, agency),
  removeAgency: (id) => request('DELETE', `/api/spokes/agencies/${enc(id)}`),
  addPerson: (person) => request('POST', '/api/spokes/persons', null, person),
  editPerson: (id, person) => request('POST', `/api/spokes/persons/${enc(id)}`, null, person),
  removePerson: (id) => request('DELETE', `/api/spokes/persons/${enc(id)}`),
  importCsv: (csv) => request('POST', '/api/spokes/import', null, { csv }),
  agenciesFor: (alertId) => request('GET', `/api/alerts/${enc(alertId)}/agencies`),
  requestResponse: (alertId, draft) => request('POST', `/api/alerts/${enc(alertId)}/responses`, null, draft),
  requests: (params) => request('GET', '/api/responses', params),
  answer: (id, draft) => request('POST', `/api/responses/${enc(id)}/answer`, null, draft),
};
