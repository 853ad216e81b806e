// Why an article counts as the province's or not, in Vietnamese: the basis of the decision and the mentions behind
// it, as analyze's relevance judge wrote them ("title: \"Lào Cai\"", "passing (home): \"Đắk Lắk\"").

const BASIS = {
  'province-source': 'Liên quan: nguồn này chỉ viết về tỉnh.',
  title: 'Liên quan: địa danh của tỉnh nằm ở tiêu đề.',
  lead: 'Liên quan: địa danh của tỉnh nằm ở phần mở đầu bài.',
  body: 'Liên quan: địa danh của tỉnh được nêu trong thân bài.',
  passing: 'Không liên quan: bài chỉ nhắc qua đến tỉnh.',
  none: 'Không liên quan: bài không nêu địa danh nào của tỉnh.',
};

const ZONE = { title: 'Ở tiêu đề', lead: 'Ở phần mở đầu', body: 'Trong thân bài' };

const PASSING = {
  home: 'quê quán, nơi ở của một người',
  list: 'một trong nhiều tỉnh được liệt kê',
  club: 'tên câu lạc bộ thể thao',
  institution: 'tên cơ quan, trường học',
  'time zone': 'múi giờ',
  'credit or address': 'nguồn ảnh hoặc địa chỉ',
  'weather report': 'bản tin thời tiết',
};

/** The sentence for a basis; an unknown one is shown as written rather than hidden. */
export const relevanceBasis = (basis) => BASIS[basis] ?? `Căn cứ: ${basis}`;

/** One evidence line as {why, name}: where the name stands or why it does not count, and the name as written. */
export function relevanceEvidence(line) {
  const counted = /^(title|lead|body): "(.*)"$/.exec(line);
  if (counted) return { why: ZONE[counted[1]], name: counted[2] };
  const passing = /^passing \((.+)\): "(.*)"$/.exec(line);
  if (passing) return { why: `Nhắc qua (${PASSING[passing[1]] ?? passing[1]})`, name: passing[2] };
  return { why: null, name: line };
}
