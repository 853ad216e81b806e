// Vietnamese names for the ids the API sends. Unknown ids fall back to a readable form of the id,
// so a new tier, topic or signal on the server shows up sensibly before this file learns its name.

export const SEVERITY = { info: 'Thông tin', warning: 'Cảnh báo', urgent: 'Khẩn' };
export const SEVERITY_RANK = { urgent: 0, warning: 1, info: 2 };

export const ALERT_STATUS = { firing: 'Đang cảnh báo', acknowledged: 'Đã tiếp nhận', resolved: 'Đã xử lý' };

export const TIER = {
  'provincial-press': 'Báo chí tỉnh',
  'national-press': 'Báo chí trung ương',
  'government-portal': 'Cổng TTĐT chính quyền',
  'licensed-emagazine': 'Tạp chí/trang tổng hợp có phép',
  'unlicensed-site': 'Trang tin không phép',
  'forum-social': 'Diễn đàn, MXH',
};
const LOW_TIERS = new Set(['unlicensed-site', 'forum-social']);

export const SENTIMENT = { positive: 'Tích cực', neutral: 'Trung tính', negative: 'Tiêu cực' };

export const TOPIC = {
  'dat-dai': 'Đất đai, đền bù',
  'moi-truong': 'Môi trường',
  'thien-tai': 'Thiên tai',
  'y-te': 'Y tế, dịch bệnh',
  'an-toan-thuc-pham': 'An toàn thực phẩm',
  'giao-duc': 'Giáo dục',
  'giao-thong': 'Giao thông, tai nạn',
  'an-ninh-trat-tu': 'An ninh, trật tự',
  'tham-nhung': 'Tham nhũng, sai phạm',
  'gia-ca-phi-thue': 'Giá cả, phí, thuế',
  'viec-lam': 'Việc làm, lao động',
  'du-thao-chinh-sach': 'Dự thảo chính sách',
  'du-lich': 'Du lịch',
  'dau-tu-kinh-te': 'Đầu tư, kinh tế',
  'nong-nghiep': 'Nông nghiệp',
  'ha-tang-xay-dung': 'Hạ tầng, xây dựng',
  'van-hoa-xa-hoi': 'Văn hoá, xã hội',
  'thu-tuc-hanh-chinh': 'Thủ tục hành chính',
};

export const PLACE_LEVEL = {
  province: 'Tỉnh',
  commune: 'Xã',
  ward: 'Phường',
  'former-district': 'Huyện cũ (trước sáp nhập 2025)',
  'former-province': 'Tỉnh cũ (trước sáp nhập 2025)',
};

export const TREND_KIND = { topic: 'Chủ đề', place: 'Địa bàn', 'topic-place': 'Chủ đề tại địa bàn', story: 'Sự kiện' };

// Verdicts of a reviewed claim (ClaimReview), as the Department publishes them.
export const VERDICT = { fake: 'Tin giả', false: 'Tin sai sự thật', verified: 'Tin xác thực' };

export const SOURCE_STATUS = {
  ok: 'Hoạt động tốt',
  failing: 'Đang lỗi',
  silent: 'Không có tin mới',
  pending: 'Chưa lấy tin lần nào',
};
export const SOURCE_STATUS_RANK = { failing: 0, silent: 1, pending: 2, ok: 3 };

export const ROLE = { admin: 'Quản trị', staff: 'Cán bộ theo dõi', viewer: 'Chỉ xem' };

// Signal names come from the scoring and alert rules; the known ones get a Vietnamese name.
export const SIGNAL = {
  // the suspicion scorer's signals
  'source-tier': 'Loại nguồn kém tin cậy',
  'young-domain': 'Tên miền mới xuất hiện',
  'new-account': 'Trang, kênh, nhóm mới xuất hiện',
  'fast-spread': 'Lượt chia sẻ, bình luận tăng nhanh',
  'clickbait-wording': 'Từ ngữ giật gân, câu khách',
  'no-attribution': 'Không nêu nguồn tin',
  'anonymous-author': 'Tác giả ẩn danh',
  'no-date': 'Không có ngày đăng',
  'toxicity': 'Ngôn từ xúc phạm, độc hại',
  'toxicity-model': 'Mô hình nhận diện ngôn từ độc hại',
  'learned-model': 'Mô hình học máy về tin sai sự thật',
  'debunked-claim': 'Trùng tin đã bị kết luận sai sự thật',
  'verified-claim': 'Khớp thông tin đã được xác thực',
  // story and alert signals
  'low-tier-copy-spread': 'Bản sao lan trên nhiều trang kém tin cậy',
  'no-mainstream-source': 'Chưa có báo chí chính thống đưa tin',
  'coordinated-posting': 'Đăng đồng loạt trên nhiều tài khoản',
  'low-tier-spread': 'Lan truyền trên nguồn không chính thống',
  'tiers': 'Số loại nguồn',
  'copies': 'Bản sao gần nguyên văn',
  'volume': 'Số bài trong khung giờ',
  'sources': 'Số nguồn đưa tin',
  'stories': 'Số câu chuyện nhắc đến',
  'watch-list': 'Danh sách theo dõi',
  'policy': 'Dự thảo chính sách',
  'low-tier-source': 'Nguồn tin kém tin cậy',
  'unlicensed-source': 'Trang tin không phép',
  'sensational-title': 'Tiêu đề giật gân',
  'clickbait': 'Tiêu đề câu khách',
  'all-caps': 'Viết hoa toàn bộ',
  'exclamation': 'Nhiều dấu chấm than',
  'no-source-cited': 'Không dẫn nguồn',
  'unverified-claim': 'Thông tin chưa kiểm chứng',
  'rumour-words': 'Từ ngữ tin đồn',
  'contradicts-official': 'Trái với thông tin chính thức',
  'no-official-coverage': 'Báo chí chính thống chưa đưa tin',
  'official-coverage': 'Báo chí chính thống đã đưa tin',
  'fast-spread': 'Lan truyền nhanh',
  'copy-spread': 'Được sao chép nhiều',
  'high-engagement': 'Tương tác cao',
  'burst': 'Tăng đột biến',
  'topic-burst': 'Chủ đề tăng đột biến',
  'place-burst': 'Địa bàn tăng đột biến',
  'negative-share': 'Tỉ lệ tin tiêu cực cao',
  'negative-sentiment': 'Sắc thái tiêu cực',
  'many-sources': 'Nhiều nguồn cùng đưa tin',
  'source-count': 'Số nguồn đưa tin',
  'suspicion': 'Nghi vấn sai sự thật',
  'high-suspicion': 'Nghi vấn sai sự thật cao',
  'sensitive-topic': 'Chủ đề nhạy cảm',
  'keyword': 'Từ khoá theo dõi',
  'watch-keyword': 'Từ khoá theo dõi',
  'consultation': 'Thời gian lấy ý kiến còn lại',
  'quiet-days': 'Số ngày vắng tin',
  'errors': 'Tỉ lệ lỗi khi thu thập',
  'last-error': 'Lỗi gần nhất',
  'usual-gap': 'Nhịp đăng tin thường ngày',
  'cleared': 'Đã hết điều kiện cảnh báo',
  'replaced': 'Thay bằng cảnh báo mới',
  'joined-story': 'Thuộc câu chuyện đã gộp cảnh báo trước',
  'also-found': 'Cùng sự việc, cũng phát hiện',
  'covered-by-story-alerts': 'Đã có cảnh báo về sự việc này',
  'usual-negative-share': 'Tỉ lệ tin tiêu cực thường ngày của địa bàn, chủ đề',
  'shared-term': 'Các bài cùng nói về một vấn đề (cụm từ chung)',
  'story-suspicion': 'Đánh giá nghi vấn của sự kiện',
  'title-diff': 'Tiêu đề đã sửa',
  'body-diff': 'Nội dung đã sửa',
  'removed': 'Bài đã bị gỡ',
  'rechecked': 'Kiểm tra lại sau khi đăng',
};

export const humanise = (id) => {
  if (id == null || id === '') return '';
  const s = String(id).replace(/[-_]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
};

const pick = (map) => (id) => (id == null ? '' : map[id] ?? humanise(id));
export const severityName = pick(SEVERITY);
export const alertStatusName = pick(ALERT_STATUS);
export const tierName = pick(TIER);
export const sentimentName = pick(SENTIMENT);
export const placeLevelName = pick(PLACE_LEVEL);
export const trendKindName = pick(TREND_KIND);
export const sourceStatusName = pick(SOURCE_STATUS);
export const roleName = pick(ROLE);
const signalLabel = pick(SIGNAL);
/** A signal's name as staff read it; a story repeats its articles' suspicion signals as `suspicion:<name>`. */
export const signalName = (id) => (String(id ?? '').startsWith('suspicion:')
  ? `Nghi vấn: ${signalLabel(String(id).slice('suspicion:'.length)).toLowerCase()}` : signalLabel(id));
export const verdictName = pick(VERDICT);

/** A topic id such as `thien-tai` as staff read it; a label that is already a display name passes through. */
export const topicName = (label) => {
  if (label == null) return '';
  if (TOPIC[label]) return TOPIC[label];
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(label) ? humanise(label) : label;
};

export const isLowTier = (tier) => LOW_TIERS.has(tier);

/** Removes Vietnamese diacritics (and đ) so that an old place name can be compared with today's. */
export const fold = (s) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
