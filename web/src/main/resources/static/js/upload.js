// Shows how far an upload has got. A form.upload with a chosen file is sent with XMLHttpRequest, its progress drawn
// in the form's <progress> and said in its status line; once the server has answered (it redirects to the page to
// show, with its notice), that answer becomes the page, as it would have after a plain post. Without script, or
// where the request cannot be made, the form posts as usual.
(function () {
  'use strict';
  function send(form, event) {
    var file = form.querySelector('input[type=file]');
    var bar = form.querySelector('progress.upload-progress');
    var status = form.querySelector('.upload-status');
    if (!window.FormData || !file || !file.files.length || !bar) {
      return; // the server says what is missing
    }
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (progress) {
      if (progress.lengthComputable) {
        bar.max = progress.total;
        bar.value = progress.loaded;
        status.textContent = Math.round(100 * progress.loaded / progress.total) + '%';
      }
    });
    request.addEventListener('load', function () {
      if (request.responseURL) {
        window.history.replaceState(null, '', request.responseURL);
      }
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener('error', function () {
      form.submit();
    });
    bar.hidden = false;
    form.querySelectorAll('button').forEach(function (button) { button.disabled = true; });
    request.send(new FormData(form));
  }
  document.querySelectorAll('form.upload').forEach(function (form) {
    form.addEventListener('submit', function (event) { send(form, event); });
  });
})();
