// Shows how far an upload has got. A form.upload with a chosen file is sent with XMLHttpRequest, its progress drawn
// in the form's <progress> and said in its status line; once the server has answered (it redirects to the page to
// show, with its notice), that answer becomes the page, as it would have after a plain post. Without script, or
// where the request cannot be made, the form posts as usual.
// Every form beside the application form that changes the draft's materials (data-keeps-typed) first takes with it
// what has been typed into the application form and not yet saved, so that the page it returns still shows it.
(function () {
  'use strict';
  var typed = document.getElementById('application-form');
  function carryTyped(form) {
    form.querySelectorAll('input.carried').forEach(function (input) { input.remove(); });
    if (!typed || !window.FormData) {
      return;
    }
    new FormData(typed).forEach(function (value, name) {
      if (name === 'typed' || name.indexOf('f.') === 0) {
        var input = document.createElement('input');
        input.type = 'hidden';
        input.className = 'carried';
        input.name = name;
        input.value = value;
        form.appendChild(input);
      }
    });
  }
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
  document.querySelectorAll('form[data-keeps-typed]').forEach(function (form) {
    form.addEventListener('submit', function () { carryTyped(form); });
  });
  document.querySelectorAll('form.upload').forEach(function (form) {
    form.addEventListener('submit', function (event) { send(form, event); });
  });
})();
