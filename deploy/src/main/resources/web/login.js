// The sign-in page's only script, a file of its own: the content policy allows no inline script. After an admin
// reset a password, sign-in sends the person here with ?change=1 to choose a new one (POST /password).
(function () {
  var params = new URLSearchParams(location.search);
  var error = params.get('error');
  var box = document.getElementById('login-error');
  var info = document.getElementById('login-info');
  var loginForm = document.getElementById('login-form');
  var changeForm = document.getElementById('change-form');

  function show(node, text) {
    node.textContent = text;
    node.hidden = false;
  }

  if (error === 'wait') {
    var seconds = parseInt(params.get('seconds'), 10);
    show(box, 'Đăng nhập sai nhiều lần. Vui lòng chờ ' + (seconds > 0 ? seconds : 'vài') + ' giây rồi thử lại.');
  } else if (error) {
    show(box, 'Tên đăng nhập hoặc mật khẩu không đúng.');
  }
  if (params.get('change') !== '1') return;

  loginForm.hidden = true;
  changeForm.hidden = false;
  document.getElementById('change-username').value = params.get('user') || '';
  document.getElementById('change-password').focus();
  changeForm.addEventListener('submit', function (event) {
    event.preventDefault();
    box.hidden = true;
    var data = new FormData(changeForm);
    if (data.get('newPassword') !== data.get('confirm')) {
      show(box, 'Hai lần nhập mật khẩu mới không khớp nhau.');
      return;
    }
    fetch('/password', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json; charset=utf-8', Accept: 'application/json' },
      body: JSON.stringify({
        username: data.get('username'), password: data.get('password'), newPassword: data.get('newPassword'),
      }),
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          show(box, body.error || ('Không đổi được mật khẩu (lỗi ' + response.status + ').'));
          return;
        }
        changeForm.hidden = true;
        loginForm.hidden = false;
        document.getElementById('username').value = data.get('username');
        show(info, 'Đã đổi mật khẩu. Hãy đăng nhập bằng mật khẩu mới.');
        document.getElementById('password').focus();
      });
    }, function () {
      show(box, 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');
    });
  });
})();
