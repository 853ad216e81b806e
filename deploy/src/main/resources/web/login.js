// The sign-in page's only script, a file of its own: the content policy allows no inline script.
(function () {
  var params = new URLSearchParams(location.search);
  var error = params.get('error');
  if (!error) return;
  var box = document.getElementById('login-error');
  if (error === 'wait') {
    var seconds = parseInt(params.get('seconds'), 10);
    box.textContent = 'Đăng nhập sai nhiều lần. Vui lòng chờ ' + (seconds > 0 ? seconds : 'vài') + ' giây rồi thử lại.';
  } else {
    box.textContent = 'Tên đăng nhập hoặc mật khẩu không đúng.';
  }
  box.hidden = false;
})();
