// Motcua: Vietnamese for the fixed English texts of form-js, the Camunda Forms renderer bundled in
// Tasklist 7.24. form-js writes its validation messages and placeholders as literals (no translate
// module, no custom messages in schemaVersion 16, and Tasklist does not read them from
// locales/vi.json), so this custom script (config.js: customScripts) rewrites them where they are
// shown. It changes a text node's data in place: form-js (Preact) keeps its own copy of what it
// rendered, so it writes again only when its message changes, and then this runs again.

import { locales } from '../../motcua-locale.js';

const MESSAGES = [
  [/^Field is required\.$/, () => 'Vui lòng nhập mục này.'],
  // the pattern is for the machine; the field's description says the format in words (e.g. "12 chữ số")
  [/^Field must match pattern .*\.$/, () => 'Chưa đúng định dạng (xem hướng dẫn dưới ô).'],
  [/^Field must have minimum value of (.*)\.$/, (m) => `Giá trị nhỏ nhất là ${m[1]}.`],
  [/^Field must have maximum value of (.*)\.$/, (m) => `Giá trị lớn nhất là ${m[1]}.`],
  [/^Field must have minimum length of (.*)\.$/, (m) => `Cần ít nhất ${m[1]} ký tự.`],
  [/^Field must have maximum length of (.*)\.$/, (m) => `Nhiều nhất ${m[1]} ký tự.`],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử chưa đúng.'],
  [/^Field must be a valid +international phone number\..*$/, () => 'Số điện thoại chưa đúng (ví dụ +84912345678).'],
  [/^Value is expected to be an integer\.$/, () => 'Vui lòng nhập số nguyên.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `Nhiều nhất ${m[1]} chữ số thập phân.`],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    (m) => `Giá trị không hợp lệ; hai giá trị gần nhất là ${m[1]} và ${m[2]}.`],
  [/^Select$/, () => 'Chọn'],
  [/^No results$/, () => 'Không có kết quả'],
  [/^All values selected$/, () => 'Đã chọn tất cả']
];

const PLACEHOLDERS = { Search: 'Tìm kiếm', 'hh:mm ?m': 'giờ:phút' };

export function vietnamese(text) {
  for (const [pattern, words] of MESSAGES) {
    const match = pattern.exec(text);
    if (match) {
      return words(match);
    }
  }
  return null;
}

function translateWithin(root) {
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement && node.parentElement.closest('[class*="fjs-"]')
      ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT)
  });
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const words = vietnamese(node.data.trim());
    if (words !== null && node.data !== words) {
      node.data = words;
    }
  }
  root.querySelectorAll('input[class*="fjs-"][placeholder]').forEach((input) => {
    const words = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (words) {
      input.setAttribute('placeholder', words);
    }
  });
}

// English on request (?lang=en) stays English
if (locales.fallbackLocale === 'vi' && typeof MutationObserver !== 'undefined') {
  new MutationObserver(() => translateWithin(document.body))
    .observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}
